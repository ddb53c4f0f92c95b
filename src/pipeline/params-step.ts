/**
 * The dose step: the two given parameters of the protocol's regimen, each from the clinician, the
 * titration engine or the protocol, with the features that set one (a label ramp's rate, fixed-rate
 * phases' duration, a creatinine-clearance band's dose), then each checked against its range.
 */
import { type Dec, dec } from '../decimal/index.js';
import type { DoseParameter } from '../catalogue/types.js';
import { unverified } from '../checks/unverified.js';
import { type ParamName, REGIMEN_INPUTS, type RegimenParam, type ResolvedParam, checkParam, resolveParam } from '../stages/dose.js';
import type { PreparedProtocol } from '../prepare/protocol.js';
import { paramStep } from '../present/trace-dose.js';
import { phasesDuration } from '../pump/settings.js';
import { aboveTitrationCheck, bandFor, clearanceBandCheck, labelMaximumCheck } from '../rules/dose-rules.js';
import type { PlanInput } from '../schema/input.js';
import type { Issue } from '../types/issues.js';
import type { ContainerChoice, LabelRamp } from '../stages/features.js';
import type { TitrationDecision } from '../catalogue/titration.js';
import { type DoseUnit, doseUnitCode, readDoseUnit } from '../units/index.js';
import { readMeasure } from '../units/measure.js';
import type { PatientFacts } from './patient-step.js';
import { type Findings, type Step, next, refuse } from './state.js';

/** What the dose step reads besides the input and the protocol. */
export interface DoseContext {
  readonly input: PlanInput;
  readonly p: PreparedProtocol;
  readonly patient: PatientFacts;
  readonly ramp: LabelRamp | undefined;
  readonly container: ContainerChoice;
  readonly titration: TitrationDecision | undefined;
}

/** The resolved parameters by name. */
export type Params = Partial<Record<ParamName, ResolvedParam>>;

/** The parameter a regimen derives from the other two. */
export function derivedParam(regimen: PreparedProtocol['protocol']['regimen']): RegimenParam {
  const [first, second] = REGIMEN_INPUTS[regimen];
  return (['rate', 'total', 'duration'] as const).find((n) => n !== first && n !== second) as RegimenParam;
}

/** The issue for a clinician's value where the protocol derives it. */
export function notDerivable(input: PlanInput, derived: RegimenParam, regimen: PreparedProtocol['protocol']['regimen']): Issue | undefined {
  if (input.dose[derived] === undefined) return undefined;
  const [first, second] = REGIMEN_INPUTS[regimen];
  return {
    code: 'dose_not_adjustable',
    path: ['dose', derived],
    message: `In this protocol the ${derived} follows from the ${first} and the ${second}; give those instead.`,
  };
}

/** Resolves the regimen's two given parameters, refusing on any issue or refused band or label maximum. */
export function paramsStep(ctx: DoseContext, issues: Issue[], f: Findings): Step<Params> {
  const params: Params = {};
  for (const name of REGIMEN_INPUTS[ctx.p.protocol.regimen]) {
    const param = paramFor(name, ctx, issues, f);
    if (param === 'skip') continue;
    const r = resolveWithTitration(name, param, ctx, f);
    if (r.ok) params[name] = r.value;
    else issues.push(r.issue);
  }
  const refused = f.checks.filter((c) => (c.code === 'clearance_band' || c.code === 'rate_above_label_maximum') && !c.passed);
  if (issues.length > 0 || refused.length > 0) {
    return refuse(...issues, ...refused.map((c) => ({ ...c, path: c.code === 'clearance_band' ? ['patient', 'creatinine'] : ['dose', 'rate'] })));
  }
  for (const r of Object.values(params)) {
    f.checks.push(...checkParam(r));
    const note = unverified(`protocol.${r.name}`, `The protocol's ${r.name}`, r.param.source);
    if (note && r.from === 'protocol') f.checks.push(note);
    f.trace.push(paramStep(r));
  }
  return next(params);
}

/** The protocol's parameter, as a feature sets it; 'skip' when an issue was recorded or no dose results. */
function paramFor(name: RegimenParam, ctx: DoseContext, issues: Issue[], f: Findings): DoseParameter | undefined | 'skip' {
  const { protocol } = ctx.p;
  const param = protocol[name];
  if (name === 'rate' && ctx.ramp && param && param.value === undefined) return rampRate(ctx, ctx.ramp, f);
  if (name === 'duration' && protocol.phases) {
    if (ctx.input.dose.duration !== undefined) {
      issues.push({ code: 'dose_not_adjustable', path: ['dose', 'duration'], message: 'In this protocol the duration follows from its fixed-rate phases.' });
      return 'skip';
    }
    // Fixed-rate phases set the duration: the fixed phases' time, then what is left of the bag at
    // the last phase's rate. h = sum(h) + (mL - sum(mL/h x h)) / (mL/h)
    const finalMl = (ctx.container.containerMl ?? dec(0)).add(ctx.container.overfill.ml);
    return { unit: 'h', value: phasesDuration(protocol.phases, finalMl).toFixed(), source: protocol.preparation.source };
  }
  if (name === 'total' && protocol.clearanceBands) return bandTotal(ctx, issues, f);
  return param;
}

/** The label ramp's start rate, never above its maximum; a clinician's rate is checked against that maximum. */
function rampRate(ctx: DoseContext, lr: LabelRamp, f: Findings): DoseParameter {
  const param: DoseParameter = {
    unit: 'mg/kg/min',
    ...(ctx.input.dose.rate === undefined ? { value: lr.ramp.start.toFixed() } : {}),
    max: lr.ramp.max.toFixed(),
    source: lr.product.ramp.source,
  };
  if (ctx.input.dose.rate !== undefined) {
    const given = resolveParam('rate', param, ctx.input.dose.rate);
    if (given.ok) f.checks.push(labelMaximumCheck(given.value.base, lr.ramp.max, lr.product, lr.product.ramp.source, lr.atRisk));
  }
  return param;
}

/** The issue code for each patient field creatinine clearance needs. */
const CLEARANCE_REQUIRED = { ageYears: 'age_required', sex: 'sex_required', creatinine: 'creatinine_required' } as const;

/** The session dose from the creatinine-clearance band: not the clinician's to set. */
function bandTotal(ctx: DoseContext, issues: Issue[], f: Findings): DoseParameter | 'skip' {
  const bands = ctx.p.protocol.clearanceBands as NonNullable<PreparedProtocol['protocol']['clearanceBands']>;
  const pt = ctx.input.patient;
  const missing = [
    ...(pt.ageYears ? [] : (['ageYears'] as const)),
    ...(pt.sex ? [] : (['sex'] as const)),
    ...(pt.creatinineMgDl ? [] : (['creatinine'] as const)),
  ];
  const crcl = ctx.patient.crcl;
  if (missing.length > 0 || crcl === undefined) {
    issues.push(
      ...missing.map((m) => ({
        code: CLEARANCE_REQUIRED[m],
        path: ['patient', m],
        message: `This protocol doses by creatinine clearance (Cockcroft-Gault), which needs the patient's age, sex and serum creatinine.`,
        source: bands.source,
      })),
    );
    return 'skip';
  }
  if (ctx.input.dose.total !== undefined) {
    issues.push({ code: 'dose_not_adjustable', path: ['dose', 'total'], message: 'In this protocol the dose follows from the creatinine-clearance band.' });
    return 'skip';
  }
  const band = bandFor(bands, crcl);
  f.checks.push(clearanceBandCheck(bands, crcl, band));
  if (band?.dose === undefined) return 'skip';
  // The band's dose is also its maximum, so rounding the draw never goes above it.
  return { unit: bands.unit, value: band.dose, max: band.dose, source: bands.source };
}

/** The clinician's value, else the titration engine's next dose, else the protocol's. */
function resolveWithTitration(name: RegimenParam, param: DoseParameter | undefined, ctx: DoseContext, f: Findings): ReturnType<typeof resolveParam> {
  const { titration, input } = ctx;
  const titrates = titration?.dose !== undefined && ctx.p.protocol.titration?.param === name;
  const titratedDose = titrates && titration?.dose && input.dose[name] === undefined ? readTitrated(titration.dose) : undefined;
  const resolved = resolveParam(name, param, input.dose[name] ?? titratedDose);
  if (resolved.ok && titratedDose) return { ok: true, value: { ...resolved.value, from: 'titration' } };
  if (titrates && titration?.dose && input.dose[name] !== undefined && resolved.ok) {
    const t = readTitrated(titration.dose);
    const tm = t ? readMeasure(t.value, doseUnitCode(t.unit)) : undefined;
    if (tm && resolved.value.base.gt(tm.base)) f.checks.push(aboveTitrationCheck(resolved.value.stated, { ...titration, dose: titration.dose }));
  }
  return resolved;
}

/** The titration engine's dose (a plain decimal in the protocol's unit) as a parsed dose. */
function readTitrated(q: { value: string; unit: string }): { value: Dec; unit: DoseUnit } | undefined {
  const unit = readDoseUnit(q.unit);
  return unit ? { value: dec(q.value), unit } : undefined;
}
