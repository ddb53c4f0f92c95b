/**
 * The dose step: the two given parameters of the protocol's regimen, each from the clinician, the
 * titration engine or the protocol, with the features that set one (a label ramp's rate, fixed-rate
 * phases' duration, a creatinine-clearance band's dose). The step resolves; the rules of the table
 * judge each parameter as it is resolved (RULES.resolvedParam) and once all are (RULES.params).
 */
import { type Dec, dec } from '../decimal/index.js';
import type { DoseParameter } from '../catalogue/types.js';
import { type ParamName, REGIMEN_INPUTS, type RegimenParam, type ResolvedParam, resolveParam } from '../stages/dose.js';
import type { PreparedProtocol } from '../prepare/protocol.js';
import { paramStep } from '../present/trace-dose.js';
import { phasesDuration } from '../pump/settings.js';
import { bandFor } from '../rules/dose-rules.js';
import type { ResolvedParamPhase } from '../rules/param-rules.js';
import { RULES, judge, refusalsOf } from '../rules/table.js';
import type { PlanInput } from '../schema/input.js';
import type { Issue } from '../types/issues.js';
import type { ContainerChoice, LabelRamp } from '../stages/features.js';
import type { Decided } from '../titration/result.js';
import type { Check } from '../types/plan.js';
import { type DoseUnit, doseUnitCode, readDoseUnit } from '../units/index.js';
import { readMeasure } from '../units/measure.js';
import type { PatientFacts } from './patient-step.js';
import { type Findings, type Step, next, refuseAny } from './state.js';

/** What the dose step reads besides the input and the protocol. */
export interface DoseContext {
  readonly input: PlanInput;
  readonly p: PreparedProtocol;
  readonly patient: PatientFacts;
  readonly ramp: LabelRamp | undefined;
  readonly container: ContainerChoice;
  /** The titration decision with the exact values of its doses. */
  readonly titration: Decided | undefined;
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

/**
 * Resolves the regimen's two given parameters, judging each as it is resolved, and refuses on any
 * issue or refusal (a band where the product is not recommended, a rate above the label's maximum);
 * then judges each resolved parameter.
 */
export function paramsStep(ctx: DoseContext, issues: Issue[], f: Findings): Step<Params> {
  const params: Params = {};
  const judged: Check[] = [];
  for (const name of REGIMEN_INPUTS[ctx.p.protocol.regimen]) {
    const found = paramFor(name, ctx, issues);
    const r = found.param === 'skip' ? undefined : resolveWithTitration(name, found.param, ctx);
    const resolved = r?.resolved;
    if (resolved?.ok) params[name] = resolved.value;
    else if (resolved) issues.push(resolved.issue);
    const facts: ResolvedParamPhase = { name, labelRamp: found.labelRamp, clearance: found.clearance, titrated: r?.titrated };
    judged.push(...judge(RULES.resolvedParam, facts, f.paths));
  }
  f.checks.push(...judged);
  const refused = refusalsOf(judged, f.paths);
  const notResolved = refuseAny([...issues, ...refused]);
  if (notResolved) return notResolved;
  for (const r of Object.values(params)) {
    f.checks.push(...judge(RULES.params, { param: r }, f.paths));
    f.trace.push(paramStep(r));
  }
  return next(params);
}

/** A regimen parameter as a feature sets it, with what its rules read of that feature. */
interface ParamFound {
  /** The protocol's parameter; 'skip' when an issue was recorded or no dose results. */
  readonly param: DoseParameter | undefined | 'skip';
  readonly labelRamp: ResolvedParamPhase['labelRamp'];
  readonly clearance: ResolvedParamPhase['clearance'];
}

const found = (param: ParamFound['param'], more: Partial<Omit<ParamFound, 'param'>> = {}): ParamFound => ({
  param,
  labelRamp: more.labelRamp,
  clearance: more.clearance,
});

/** The protocol's parameter, as a feature sets it. */
function paramFor(name: RegimenParam, ctx: DoseContext, issues: Issue[]): ParamFound {
  const { protocol } = ctx.p;
  const param = protocol[name];
  if (name === 'rate' && ctx.ramp && param && param.value === undefined) return rampRate(ctx, ctx.ramp);
  if (name === 'duration' && protocol.phases) {
    if (ctx.input.dose.duration !== undefined) {
      issues.push({ code: 'dose_not_adjustable', path: ['dose', 'duration'], message: 'In this protocol the duration follows from its fixed-rate phases.' });
      return found('skip');
    }
    // Fixed-rate phases set the duration: the fixed phases' time, then what is left of the bag at
    // the last phase's rate. h = sum(h) + (mL - sum(mL/h x h)) / (mL/h)
    const finalMl = (ctx.container.containerMl ?? dec(0)).add(ctx.container.overfill.ml);
    return found({ unit: 'h', value: phasesDuration(protocol.phases, finalMl).toFixed(), source: protocol.preparation.source });
  }
  if (name === 'total' && protocol.clearanceBands) return bandTotal(ctx, issues);
  return found(param);
}

/** The label ramp's start rate, never above its maximum; a clinician's rate, for the rule on that maximum. */
function rampRate(ctx: DoseContext, lr: LabelRamp): ParamFound {
  const param: DoseParameter = {
    unit: 'mg/kg/min',
    ...(ctx.input.dose.rate === undefined ? { value: lr.ramp.start.toFixed() } : {}),
    max: lr.ramp.max.toFixed(),
    source: lr.product.ramp.source,
  };
  const given = ctx.input.dose.rate === undefined ? undefined : resolveParam('rate', param, ctx.input.dose.rate);
  return found(param, given?.ok ? { labelRamp: { rateMgKgH: given.value.base, ramp: lr } } : {});
}

/** The issue code for each patient field creatinine clearance needs. */
const CLEARANCE_REQUIRED = { ageYears: 'age_required', sex: 'sex_required', creatinine: 'creatinine_required' } as const;

/** The session dose from the creatinine-clearance band: not the clinician's to set. */
function bandTotal(ctx: DoseContext, issues: Issue[]): ParamFound {
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
    return found('skip');
  }
  if (ctx.input.dose.total !== undefined) {
    issues.push({ code: 'dose_not_adjustable', path: ['dose', 'total'], message: 'In this protocol the dose follows from the creatinine-clearance band.' });
    return found('skip');
  }
  const band = bandFor(ctx.p.exact.clearanceBands ?? [], crcl);
  const clearance = { bands, crcl, band };
  const dose = band?.band.dose;
  if (dose === undefined) return found('skip', { clearance });
  // The band's dose is also its maximum, so rounding the draw never goes above it.
  return found({ unit: bands.unit, value: dose, max: dose, source: bands.source }, { clearance });
}

/**
 * The clinician's value, else the titration engine's next dose, else the protocol's; with a
 * clinician's value where the engine gives one, both in base units for the rule that compares them.
 */
function resolveWithTitration(
  name: RegimenParam,
  param: DoseParameter | undefined,
  ctx: DoseContext,
): { resolved: ReturnType<typeof resolveParam>; titrated: ResolvedParamPhase['titrated'] } {
  const titration = ctx.titration?.decision;
  const exactDose = ctx.titration?.exact.dose;
  const given = ctx.input.dose[name];
  const engine = titration?.dose !== undefined && ctx.p.protocol.titration?.param === name ? { ...titration, dose: titration.dose } : undefined;
  if (engine === undefined) return { resolved: resolveParam(name, param, given), titrated: undefined };
  if (given === undefined) {
    const titratedDose = readTitrated(engine.dose, exactDose);
    const resolved = resolveParam(name, param, titratedDose);
    return { resolved: resolved.ok && titratedDose ? { ok: true, value: { ...resolved.value, from: 'titration' } } : resolved, titrated: undefined };
  }
  const resolved = resolveParam(name, param, given);
  return { resolved, titrated: resolved.ok ? titratedFacts(resolved.value, engine, exactDose) : undefined };
}

/** The engine's next dose in base units beside the clinician's value, when it reads as a dose. */
function titratedFacts(
  given: ResolvedParam,
  decision: NonNullable<ResolvedParamPhase['titrated']>['decision'],
  exactDose: Dec | undefined,
): ResolvedParamPhase['titrated'] {
  const t = readTitrated(decision.dose, exactDose);
  const tm = t ? readMeasure(t.value, doseUnitCode(t.unit)) : undefined;
  return tm ? { given, titratedBase: tm.base, decision } : undefined;
}

/**
 * The titration engine's dose as a dose: its exact value (the engine's, never its string read back)
 * in the unit it names. A decision with a dose always carries its exact value; one without is a bug.
 */
function readTitrated(q: { unit: string }, exact: Dec | undefined): { value: Dec; unit: DoseUnit } | undefined {
  if (exact === undefined) throw new Error('titration decision without the exact value of its dose');
  const unit = readDoseUnit(q.unit);
  return unit ? { value: exact, unit } : undefined;
}
