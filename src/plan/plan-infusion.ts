/**
 * The orchestrator: parse -> resolve -> dose -> mix -> pump -> check -> trace.
 * `planInfusion` never throws for bad input: every problem is a coded issue.
 */
import { type Dec, dec, minDec } from '../decimal/index.js';
import { BUILTIN_CATALOGUE } from '../catalogue/builtin.js';
import type { Catalogue, Limit, Product, Protocol } from '../catalogue/types.js';
import { acknowledge } from '../checks/acknowledge.js';
import { agentLimitChecks, limitsForCareArea } from '../checks/agent-limits.js';
import { type CapInForce, capChecks } from '../checks/caps.js';
import { readLimit } from '../checks/limits.js';
import { type PumpRange, pumpRangeChecks } from '../checks/pump-range.js';
import { patientChecks } from '../checks/patient.js';
import { unverified } from '../checks/unverified.js';
import { crossesNewCeiling } from '../compounding/measurable.js';
import { type Concentration, type Preparation, amountIn, prepareStandard, prepareWholeBag, volumeFor } from '../compounding/prepare.js';
import { bodySurfaceArea, creatinineClearance } from '../patient/formulas.js';
import { chooseDosingWeight, heightInches } from '../patient/weights.js';
import { DEFAULT_RATE_INCREMENT, type PumpPlan, type SegmentSpec, phasesDuration, plainSegment, runSegments } from '../pump/settings.js';
import { type PlanInput, parsePlanInput } from '../schema/input.js';
import type { Issue, Issues } from '../schema/issues.js';
import { type DoseUnit, cmPer, doseUnitCode, kgPer, mLPer, readDoseUnit } from '../units/index.js';
import { decideNextDose } from '../titration/decide.js';
import { daysBetween } from '../course/dates.js';
import type { TitrationDecision } from '../titration/types.js';
import { type Measure, readMeasure } from '../units/measure.js';
import { quantity } from '../units/quantity.js';
import { type OrderedDose, type ParamName, REGIMEN_INPUTS, type RegimenParam, type ResolvedParam, checkParam, orderDose, resolveParam } from './dose.js';
import { assemblePlan } from './assemble.js';
import type { Check, PlanResult, TraceStep } from './types.js';

/** Pump rate range used when the input names none (a typical large-volume pump). */
export const DEFAULT_PUMP_RANGE = {
  minRate: '0.1',
  maxRate: '999',
  source: {
    citation:
      'Typical large-volume pump range: UCLH injectable medicines guide (usual range 1-999 mL/h); Alaris GP volumetric pump brochure (0.1-1200 mL/h); drugdose drip calculator warnings (below 0.1 or above 999 mL/h)',
    grade: 'secondary',
    verified: true,
  },
} as const;

function fail(issues: Issue[]): PlanResult {
  return { ok: false, issues: issues as unknown as Issues };
}

const PATIENT_PATH: Record<string, readonly (string | number)[]> = {
  weight: ['patient', 'weight', 'value'],
  height: ['patient', 'height', 'value'],
  age: ['patient', 'ageYears'],
};

/** Where a refused check points in the plan input. */
export function pathForCheck(c: Check): readonly (string | number)[] {
  if (c.rule.startsWith('patient.')) return PATIENT_PATH[c.rule.split('.')[1] as string] ?? ['patient'];
  if (c.rule.startsWith('protocol.')) return ['dose', c.rule.split('.')[1] as string];
  if (c.code.startsWith('pump_rate')) return ['pump'];
  if (c.code.startsWith('concentration') || c.code.startsWith('product_')) return ['preparation'];
  return ['dose'];
}

/**
 * Plans one weight-based infusion session against a catalogue.
 *
 * @param input - Untrusted input: `{ patient, protocol, session, dose?, preparation?, pump?, acknowledgements? }`.
 * @param catalogue - The catalogue to plan against (the built-in one by default).
 * @returns `{ ok: true, plan, warnings }`, or `{ ok: false, issues }` for bad input or a hard-limit finding.
 * @example
 * ```ts
 * const result = planInfusion({
 *   patient: { weight: { value: 70, unit: 'kg' } },
 *   protocol: 'ketamine-crps-schwartzman-2009',
 *   session: 1,
 * });
 * if (result.ok) console.log(result.plan.pump.rate); // { value: '25', unit: 'mL/h' }
 * ```
 */
export function planInfusion(input: unknown, catalogue: Catalogue = BUILTIN_CATALOGUE): PlanResult {
  return planInfusionWithFacts(input, catalogue).result;
}

/**
 * What a plan's rules judged, in exact values, for a path that re-judges the same agent in another
 * setting (a combination bag) with the same rules instead of reading the public plan back.
 */
export interface ComponentFacts {
  readonly agent: string;
  readonly dosingWeightKg: Dec;
  /** Every ceiling on the dose rate in mg/h that rounding must not cross: caps, upper limits, protocol maxima. */
  readonly rateCeilingsMgH: readonly Dec[];
  /** The agent's limits in force in the care area (conditions are judged against `risks`). */
  readonly limits: readonly Limit[];
  readonly risks: ReadonlySet<string>;
  readonly caps: readonly CapInForce[];
  readonly pumpRange: PumpRange;
  readonly increment: Dec;
  /** The amount in the bag in mg. */
  readonly amountMg: Dec;
  readonly durationH: Dec;
}

/** {@link planInfusion}, with the exact facts behind an ok plan for the combination path. */
export function planInfusionWithFacts(input: unknown, catalogue: Catalogue): { result: PlanResult; facts?: ComponentFacts } {
  const parsed = parsePlanInput(input);
  if (!parsed.ok) return { result: fail(parsed.issues) };
  const out: { facts?: ComponentFacts } = {};
  const result = planParsed(parsed.value, catalogue, out);
  return result.ok && out.facts ? { result, facts: out.facts } : { result };
}

function planParsed(input: PlanInput, catalogue: Catalogue, out: { facts?: ComponentFacts }): PlanResult {
  const trace: TraceStep[] = [];
  const checks: Check[] = [];
  const issues: Issue[] = [];

  // Resolve the protocol and agent.
  const protocol: Protocol | undefined = catalogue.protocols.find((p) => p.id === input.protocol);
  if (!protocol) {
    return fail([
      {
        code: 'unknown_protocol',
        path: ['protocol'],
        message: `No protocol "${input.protocol}" in catalogue ${catalogue.id} ${catalogue.version}; known: ${catalogue.protocols.map((p) => p.id).join(', ')}.`,
        expected: catalogue.protocols.map((p) => p.id).join(', '),
        received: JSON.stringify(input.protocol),
      },
    ]);
  }
  const agent = catalogue.agents.find((a) => a.id === protocol.agent);
  if (!agent) throw new Error(`catalogue protocol ${protocol.id} names unknown agent ${protocol.agent}`);
  // Limits in force: those for every care area, and those for the input's care area.
  const careAreas = new Set(catalogue.agents.flatMap((a) => a.limits.flatMap((l) => l.careAreas ?? [])));
  if (input.careArea !== undefined && !careAreas.has(input.careArea)) {
    return fail([
      {
        code: 'unknown_care_area',
        path: ['careArea'],
        message: `No limits are set for care area "${input.careArea}" in this catalogue; known: ${[...careAreas].join(', ') || '(none)'}.`,
      },
    ]);
  }
  const limitsInForce = limitsForCareArea(agent.limits, input.careArea);
  trace.push({
    step: 'catalogue',
    description: 'Catalogue and protocol used',
    result: `${catalogue.id} ${catalogue.version}; ${protocol.id} ${protocol.version}${input.careArea ? `; care area ${input.careArea}` : ''}`,
  });

  // Patient: exact conversion to kg and cm.
  const weightKg = input.patient.weight.value.mul(kgPer(input.patient.weight.unit));
  trace.push({
    step: 'patient.weight',
    description: 'Body weight in kg',
    formula: input.patient.weight.unit === 'kg' ? 'kg' : 'kg = lb x 0.45359237 (exact)',
    inputs: { weight: quantity(input.patient.weight.value, input.patient.weight.unit) },
    result: quantity(weightKg, 'kg'),
  });
  const heightCm = input.patient.height ? input.patient.height.value.mul(cmPer(input.patient.height.unit)) : undefined;
  if (input.patient.height && heightCm) {
    trace.push({
      step: 'patient.height',
      description: 'Height in cm',
      formula: input.patient.height.unit === 'cm' ? 'cm' : 'cm = in x 2.54 (exact)',
      inputs: { height: quantity(input.patient.height.value, input.patient.height.unit) },
      result: quantity(heightCm, 'cm'),
    });
  }
  if (weightKg.lte(0)) {
    return fail([{ code: 'weight_not_positive', path: ['patient', 'weight', 'value'], message: 'Weight must be greater than zero.' }]);
  }
  if (heightCm && heightCm.lte(0)) {
    return fail([{ code: 'height_not_positive', path: ['patient', 'height', 'value'], message: 'Height must be greater than zero.' }]);
  }
  const patientObserved: { weight: Dec; height?: Dec; age?: Dec } = { weight: weightKg };
  if (heightCm) patientObserved.height = heightCm;
  if (input.patient.ageYears) patientObserved.age = input.patient.ageYears;
  checks.push(...patientChecks(catalogue.patientLimits, patientObserved));
  const patientHard = checks.filter((c) => c.severity === 'hard' && !c.passed);
  if (patientHard.length > 0) return fail(patientHard.map((c) => ({ ...c, path: pathForCheck(c) })));

  // Dosing weight.
  const weightRule = protocol.weight ?? agent.weight;
  const dw = chooseDosingWeight(weightRule, {
    weightKg,
    ...(heightCm ? { heightCm } : {}),
    ...(input.patient.sex ? { sex: input.patient.sex } : {}),
  });
  if (!dw.ok) {
    return fail(
      dw.missing.map((m) => ({
        code: `${m}_required`,
        path: ['patient', m],
        message: `This protocol doses by ${weightRule.basis} body weight, which needs the patient's ${m}.`,
        source: weightRule.source,
      })),
    );
  }
  const W = dw.value.kg;
  trace.push({
    step: 'dosing-weight',
    description: `Dosing weight (${dw.value.basis}${dw.value.basis !== dw.value.requested ? `, requested ${dw.value.requested}` : ''}): ${dw.value.reason}`,
    formula: dw.value.formula,
    inputs: {
      actual: quantity(weightKg, 'kg'),
      ...(heightCm ? { height: quantity(heightCm, 'cm') } : {}),
      ...(input.patient.sex ? { sex: input.patient.sex } : {}),
    },
    result: quantity(W, 'kg'),
  });
  if (W.lte(0)) {
    return fail([
      {
        code: 'dosing_weight_not_positive',
        path: ['patient', 'height'],
        message: 'The ideal-weight formula gives no positive weight at this height; check the height and its unit.',
      },
    ]);
  }
  if (dw.value.extrapolated && heightCm) {
    checks.push({
      code: 'ibw_extrapolated',
      rule: 'patient.ideal-weight.height-under-60-in',
      severity: 'soft',
      passed: false,
      observed: quantity(heightInches(heightCm), '[in_i]'),
      limit: quantity(dec(60), '[in_i]'),
      source: { citation: 'GlobalRPh IBW calculator; calculatorhub (Devine not validated under 60 in)', grade: 'secondary', verified: false },
      message: 'Height is under 60 in, where the Devine formula is not validated; the line was continued below 60 in. Confirm the dosing weight and acknowledge.',
    });
  }
  const weightNote = unverified('weight-basis', 'The dosing-weight rule', weightRule.source);
  if (weightNote) checks.push(weightNote);

  // Session number against the course.
  checks.push({
    code: 'session_beyond_course',
    rule: 'protocol.schedule.sessions',
    severity: 'soft',
    passed: input.session <= protocol.schedule.sessions,
    observed: { value: String(input.session), unit: '{session}' },
    limit: { value: String(protocol.schedule.sessions), unit: '{session}' },
    source: protocol.schedule.source,
    message:
      input.session <= protocol.schedule.sessions
        ? `Session ${input.session} of ${protocol.schedule.sessions} (${protocol.schedule.description}).`
        : `Session ${input.session} is beyond the protocol's course of ${protocol.schedule.sessions} (${protocol.schedule.description}); acknowledge with a reason.`,
  });

  // Body-surface area and creatinine clearance, where the record allows them.
  const bsa = heightCm ? bodySurfaceArea(heightCm, weightKg) : undefined;
  const clearance = (weightBasisKg: Dec) =>
    input.patient.ageYears && input.patient.sex && input.patient.creatinineMgDl
      ? creatinineClearance(input.patient.ageYears, weightBasisKg, input.patient.creatinineMgDl, input.patient.sex)
      : undefined;
  const bands = protocol.clearanceBands;
  const crcl = clearance(bands && bands.weight !== 'actual' ? W : weightKg);
  if (bsa) {
    trace.push({
      step: 'patient.bsa',
      description: 'Body-surface area (Mosteller)',
      formula: 'm2 = sqrt(cm x kg / 3600)',
      inputs: { height: quantity(heightCm as Dec, 'cm'), weight: quantity(weightKg, 'kg') },
      result: quantity(bsa, 'm2'),
    });
  }
  if (crcl) {
    trace.push({
      step: 'patient.creatinine-clearance',
      description: 'Creatinine clearance (Cockcroft-Gault)',
      formula: 'mL/min = (140 - age) x kg / (72 x SCr mg/dL), x 0.85 if female',
      inputs: {
        age: quantity(input.patient.ageYears as Dec, 'a'),
        weight: quantity(bands && bands.weight !== 'actual' ? W : weightKg, 'kg'),
        creatinine: quantity(input.patient.creatinineMgDl as Dec, 'mg/dL'),
      },
      result: quantity(crcl, 'mL/min'),
    });
  }

  // Dose parameters.
  const [first, second] = REGIMEN_INPUTS[protocol.regimen];
  const derivedName = (['rate', 'total', 'duration'] as const).find((n) => n !== first && n !== second) as RegimenParam;
  if (input.dose[derivedName] !== undefined) {
    issues.push({
      code: 'dose_not_adjustable',
      path: ['dose', derivedName],
      message: `In this protocol the ${derivedName} follows from the ${first} and the ${second}; give those instead.`,
    });
  }
  const params: Partial<Record<ParamName, ResolvedParam>> = {};
  // A product with a label rate ramp (immune globulin) sets the rate unless the clinician gives one.
  // Its family (same strength and ramp, with stated vial sizes) is where whole vials come from.
  const firstProductId = input.preparation.product ?? protocol.preparation.products[0];
  const rampProduct = agent.products.find((p) => p.id === firstProductId && p.ramp !== undefined);
  const atRisk = (input.patient.risks ?? []).length > 0;
  const ramp = rampProduct?.ramp ? rampInMgPerKgMin(rampProduct.ramp, dec(rampProduct.strength.value), atRisk) : undefined;
  // Container volume and overfill in mL: the input's choice, else the protocol's.
  const containerMl = input.preparation.containerVolume
    ? input.preparation.containerVolume.value.mul(mLPer(input.preparation.containerVolume.unit))
    : protocol.preparation.containerVolume !== undefined
      ? dec(protocol.preparation.containerVolume)
      : undefined;
  const overfill = input.preparation.overfill
    ? { ml: input.preparation.overfill.value.mul(mLPer(input.preparation.overfill.unit)), stated: true }
    : { ml: dec(0), stated: false };

  // Titration: the next dose from earlier sessions of this protocol, by the protocol's own rule.
  const courseHistory = input.history.filter((h) => h.protocol === protocol.id);
  let titration: TitrationDecision | undefined;
  if (input.history.length > 0 && protocol.titration) {
    const rule = protocol.titration;
    const titrated = protocol[rule.param];
    if (!titrated) throw new Error(`protocol ${protocol.id} titrates a ${rule.param} it does not have`);
    const decided = decideNextDose(rule, titrated, courseHistory, {
      ...(input.titrationClearance ? { clinicianClearance: input.titrationClearance } : {}),
    });
    if (!decided.ok) return fail([...decided.issues]);
    titration = decided.value;
    trace.push({
      step: 'titration',
      description: `Titration from ${courseHistory.length} earlier session(s): ${titration.decision} (${titration.rule})`,
      inputs: titration.lastDose ? { lastDose: titration.lastDose } : {},
      result: titration.dose ?? 'no dose',
    });
    if (titration.decision === 'stop-severe' || titration.decision === 'stop-futile') {
      return fail([
        {
          code: titration.decision === 'stop-severe' ? 'titration_stop_severe' : 'titration_stop_futile',
          path: ['history'],
          message: titration.reason,
          rule: titration.rule,
          sources: titration.sources,
        },
      ]);
    }
    if (input.session !== courseHistory.length + 1) {
      checks.push({
        code: 'session_number_mismatch',
        rule: 'titration.session',
        severity: 'soft',
        passed: false,
        message: `Session ${input.session} was asked for, but the history holds ${courseHistory.length} earlier session(s) of this protocol; check the record and acknowledge.`,
      });
    }
  } else if (input.history.length > 0 && courseHistory.length > 0) {
    checks.push({
      code: 'history_not_used',
      rule: 'titration.none',
      severity: 'info',
      passed: false,
      message: 'This protocol has no titration rule: the earlier sessions do not change the dose.',
    });
  }
  for (const name of [first, second]) {
    let param = protocol[name];
    if (name === 'rate' && ramp && rampProduct?.ramp && param && param.value === undefined) {
      // The label ramp's start rate, never above its maximum (the at-risk maximum for a patient at risk).
      param = {
        unit: 'mg/kg/min',
        ...(input.dose.rate === undefined ? { value: ramp.start.toFixed() } : {}),
        max: ramp.max.toFixed(),
        source: rampProduct.ramp.source,
      };
      if (input.dose.rate !== undefined) {
        const given = resolveParam('rate', param, input.dose.rate);
        if (given.ok) {
          const maxBase = readMeasure(ramp.max, 'mg/kg/min')?.base ?? dec(0);
          checks.push({
            code: 'rate_above_label_maximum',
            rule: `${rampProduct.id}.ramp.max`,
            severity: 'hard',
            passed: given.value.base.lte(maxBase),
            observed: quantity(given.value.base.div(60), 'mg/kg/min'),
            limit: quantity(ramp.max, 'mg/kg/min'),
            source: rampProduct.ramp.source,
            message: `The rate ${given.value.base.lte(maxBase) ? 'is within' : 'is above'} the label's maximum of ${quantity(ramp.max, 'mg/kg/min').value} mg/kg/min for ${rampProduct.name}${atRisk ? ' in a patient at risk of thrombosis or renal injury' : ''}.`,
          });
        }
      }
    }
    if (name === 'duration' && protocol.phases) {
      // Fixed-rate phases set the duration: the fixed phases' time, then what is left of the bag at
      // the last phase's rate. h = sum(h) + (mL - sum(mL/h x h)) / (mL/h)
      if (input.dose.duration !== undefined) {
        issues.push({ code: 'dose_not_adjustable', path: ['dose', 'duration'], message: 'In this protocol the duration follows from its fixed-rate phases.' });
        continue;
      }
      const finalMl = (containerMl ?? dec(0)).add(overfill.ml);
      param = { unit: 'h', value: phasesDuration(protocol.phases, finalMl).toFixed(), source: protocol.preparation.source };
    }
    if (name === 'total' && bands) {
      // The session dose comes from the clearance band; it is not the clinician's to set.
      const missing = [
        ...(input.patient.ageYears ? [] : (['ageYears'] as const)),
        ...(input.patient.sex ? [] : (['sex'] as const)),
        ...(input.patient.creatinineMgDl ? [] : (['creatinine'] as const)),
      ];
      if (missing.length > 0 || crcl === undefined) {
        issues.push(
          ...missing.map((m) => ({
            code: `${m === 'ageYears' ? 'age' : m}_required`,
            path: ['patient', m],
            message: `This protocol doses by creatinine clearance (Cockcroft-Gault), which needs the patient's age, sex and serum creatinine.`,
            source: bands.source,
          })),
        );
        continue;
      }
      if (input.dose.total !== undefined) {
        issues.push({ code: 'dose_not_adjustable', path: ['dose', 'total'], message: 'In this protocol the dose follows from the creatinine-clearance band.' });
        continue;
      }
      const band = bands.bands.find(
        (b) =>
          (b.min === undefined || (b.minExclusive ? crcl.gt(dec(b.min)) : crcl.gte(dec(b.min)))) &&
          (b.max === undefined || (b.maxInclusive ? crcl.lte(dec(b.max)) : crcl.lt(dec(b.max)))),
      );
      checks.push({
        code: 'clearance_band',
        rule: 'protocol.clearance-bands',
        severity: 'hard',
        passed: band?.dose !== undefined,
        observed: quantity(crcl, 'mL/min'),
        ...(band?.max !== undefined ? { limit: quantity(dec(band.max), 'mL/min') } : band?.min !== undefined ? { limit: quantity(dec(band.min), 'mL/min') } : {}),
        source: bands.source,
        message:
          band?.dose !== undefined
            ? `Creatinine clearance ${quantity(crcl, 'mL/min').value} mL/min gives a dose of ${band.dose} ${bands.unit}.`
            : `Creatinine clearance ${quantity(crcl, 'mL/min').value} mL/min is in a band where this product is not recommended.`,
      });
      if (band?.dose === undefined) continue;
      // The band's dose is also its maximum, so rounding the draw never goes above it.
      param = { unit: bands.unit, value: band.dose, max: band.dose, source: bands.source };
    }
    // The titration engine's dose stands in for the clinician's when the clinician gives none.
    const titratedDose =
      titration?.dose && protocol.titration?.param === name && input.dose[name] === undefined
        ? readTitrated(titration.dose)
        : undefined;
    const given = input.dose[name] ?? titratedDose;
    const resolved = resolveParam(name, param, given);
    const r = resolved.ok && titratedDose ? { ok: true as const, value: { ...resolved.value, from: 'titration' as const } } : resolved;
    if (titration?.dose && protocol.titration?.param === name && input.dose[name] !== undefined && r.ok) {
      const t = readTitrated(titration.dose);
      const tm = t ? readMeasure(t.value, doseUnitCode(t.unit)) : undefined;
      if (tm && r.value.base.gt(tm.base)) {
        checks.push({
          code: 'dose_above_titration',
          rule: titration.rule,
          severity: 'soft',
          passed: false,
          observed: quantity(r.value.stated.value, r.value.stated.unit),
          limit: titration.dose,
          message: `The chosen dose is above the titration engine's next dose (${titration.dose.value} ${titration.dose.unit}: ${titration.reason}); acknowledge with a reason.`,
        });
      }
    }
    if (r.ok) params[name] = r.value;
    else issues.push(r.issue);
  }
  const refusedBand = checks.filter((c) => (c.code === 'clearance_band' || c.code === 'rate_above_label_maximum') && !c.passed);
  if (issues.length > 0 || refusedBand.length > 0) {
    return fail([...issues, ...refusedBand.map((c) => ({ ...c, path: c.code === 'clearance_band' ? ['patient', 'creatinine'] : ['dose', 'rate'] }))]);
  }
  for (const r of Object.values(params)) {
    checks.push(...checkParam(r));
    const note = unverified(`protocol.${r.name}`, `The protocol's ${r.name}`, r.param.source);
    if (note && r.from === 'protocol') checks.push(note);
    trace.push({
      step: `dose.${r.name}`,
      description: `${r.name} from the ${r.from}`,
      inputs: { stated: quantity(r.stated.value, r.stated.unit) },
      result: quantity(r.base, { 'dose-rate': 'mg/h', 'dose-rate-per-kg': 'mg/kg/h', 'session-dose': 'mg', 'session-dose-per-kg': 'mg/kg', concentration: 'mg/mL', duration: 'h' }[r.measure]),
    });
  }

  const ordered = orderDose(protocol.regimen, params, protocol.caps, W);

  // A loading dose, given over its own first segment before the maintenance regimen.
  let loading: { mg: Dec; durationH: Dec; ceilings: Dec[]; stated: { value: Dec; unit: string } } | undefined;
  if (protocol.loading) {
    const lt = resolveParam('loading', protocol.loading.total, input.dose.loading);
    const ld = resolveParam('duration', protocol.loading.duration, undefined);
    if (!lt.ok) return fail([{ ...lt.issue, path: ['dose', 'loading'] }]);
    if (!ld.ok) throw new Error(`protocol ${protocol.id} loading dose has no duration`);
    checks.push(...checkParam(lt.value));
    const perKg = lt.value.measure === 'session-dose-per-kg';
    const mg = perKg ? lt.value.base.mul(W) : lt.value.base;
    const max = lt.value.param.max !== undefined ? readMeasure(dec(lt.value.param.max), lt.value.param.unit) : undefined;
    loading = { mg, durationH: ld.value.base, ceilings: max ? [perKg ? max.base.mul(W) : max.base] : [], stated: lt.value.stated };
    trace.push({
      step: 'dose.loading',
      description: `Loading dose from the ${lt.value.from}, over ${quantity(ld.value.base.mul(60), 'min').value} min`,
      formula: perKg ? 'mg = mg/kg x kg' : 'mg',
      inputs: { stated: quantity(lt.value.stated.value, lt.value.stated.unit), dosingWeight: quantity(W, 'kg') },
      result: quantity(mg, 'mg'),
    });
  } else if (input.dose.loading !== undefined) {
    return fail([{ code: 'dose_not_adjustable', path: ['dose', 'loading'], message: 'This protocol has no loading dose.' }]);
  }
  const loadingMg = loading?.mg ?? dec(0);
  trace.push({
    step: 'dose.ordered',
    description: `Ordered dose (${protocol.regimen}; ${derivedName} derived)`,
    formula: {
      'rate-duration': 'mg = mg/h x h; mg/h = mg/kg/h x kg for a per-kg rate',
      'total-duration': 'mg/h = mg / h; mg = mg/kg x kg for a per-kg dose',
      'total-rate': 'h = mg / (mg/h); mg = mg/kg x kg, mg/h = mg/kg/h x kg for per-kg values',
    }[protocol.regimen],
    inputs: { dosingWeight: quantity(W, 'kg') },
    result: `${quantity(ordered.rateMgH, 'mg/h').value} mg/h for ${quantity(ordered.durationH, 'h').value} h = ${quantity(ordered.totalMg, 'mg').value} mg`,
  });
  for (const c of ordered.caps) {
    const unit = c.measure.startsWith('dose-rate') ? 'mg/h' : 'mg';
    trace.push({
      step: `cap.${c.cap.id}`,
      description: c.bound ? `Protocol cap ${c.cap.value} ${c.cap.unit} binds` : `Protocol cap ${c.cap.value} ${c.cap.unit} does not bind`,
      formula: 'capped = min(uncapped, cap)',
      inputs: { uncapped: quantity(c.uncapped, unit), cap: quantity(c.limit, unit) },
      result: quantity(minDec(c.uncapped, c.limit), unit),
    });
    checks.push({
      code: 'protocol_cap_applied',
      rule: c.cap.id,
      severity: 'info',
      passed: !c.bound,
      agent: agent.id,
      observed: quantity(c.uncapped, unit),
      limit: quantity(c.limit, unit),
      source: c.cap.source,
      message: c.bound
        ? `The protocol cap of ${c.cap.value} ${c.cap.unit} binds: the dose is lowered from ${quantity(c.uncapped, unit).value} ${unit} to ${quantity(c.limit, unit).value} ${unit}.`
        : `The protocol cap of ${c.cap.value} ${c.cap.unit} does not bind.`,
    });
  }

  // Ceilings that rounding must never cross: protocol caps and upper limits, soft and hard, so that
  // rounding never creates a finding the exact dose does not have.
  const upperLimits = limitsInForce.filter((l) => l.bound === 'upper').map((l) => readLimit(l));
  const rateCeilings: Dec[] = [];
  const totalCeilings: Dec[] = [];
  for (const c of ordered.caps) (c.measure.startsWith('dose-rate') ? rateCeilings : totalCeilings).push(c.limit);
  for (const l of upperLimits) {
    if (l.measure === 'dose-rate') rateCeilings.push(l.base);
    if (l.measure === 'dose-rate-per-kg') rateCeilings.push(l.base.mul(W));
    if (l.measure === 'session-dose') totalCeilings.push(l.base);
    if (l.measure === 'session-dose-per-kg') totalCeilings.push(l.base.mul(W));
  }

  // Protocol maxima are ceilings for rounding too: a dose within the protocol's range stays within it.
  for (const r of Object.values(params)) {
    if (r.param.max === undefined || r.name === 'duration') continue;
    const m = readMeasure(dec(r.param.max), r.param.unit);
    if (!m) continue;
    const perKg = m.measure === 'dose-rate-per-kg' || m.measure === 'session-dose-per-kg';
    (r.name === 'rate' ? rateCeilings : totalCeilings).push(perKg ? m.base.mul(W) : m.base);
  }

  // Preparation.
  const rule = protocol.preparation;
  const firstCandidate = agent.products.find((p) => p.id === (input.preparation.product ?? rule.products[0]));
  const sameFamily = (id: string) => {
    const p = agent.products.find((x) => x.id === id);
    return (
      p !== undefined &&
      firstCandidate !== undefined &&
      p.volume !== undefined &&
      p.strength.value === firstCandidate.strength.value &&
      JSON.stringify(p.ramp) === JSON.stringify(firstCandidate.ramp)
    );
  };
  // Whole vials: the first listed product's family of vial sizes (or the one named in the input).
  const candidateIds =
    input.preparation.product !== undefined
      ? [input.preparation.product]
      : protocol.wholeVials
        ? rule.products.filter(sameFamily)
        : rule.products;
  const candidates: Product[] = [];
  for (const id of candidateIds) {
    const product = agent.products.find((p) => p.id === id);
    if (!product) {
      return fail([
        {
          code: 'unknown_product',
          path: ['preparation', 'product'],
          message: `No ${agent.name} product "${id}"; known: ${agent.products.map((p) => p.id).join(', ')}.`,
          expected: agent.products.map((p) => p.id).join(', '),
        },
      ]);
    }
    candidates.push(product);
  }
  const diluentId = input.preparation.diluent ?? rule.diluent;
  const diluent = diluentId === undefined ? undefined : catalogue.diluents.find((d) => d.id === diluentId);
  if (diluentId !== undefined && (!diluent || !agent.diluents.some((d) => d.id === diluentId))) {
    return fail([
      {
        code: 'unknown_diluent',
        path: ['preparation', 'diluent'],
        message: `"${diluentId}" is not a diluent listed for ${agent.name}; use one of: ${agent.diluents.map((d) => d.id).join(', ')}.`,
        expected: agent.diluents.map((d) => d.id).join(', '),
      },
    ]);
  }
  const handling = input.preparation.additiveVolume ?? rule.additiveVolume;
  // An amount drawn for the session crosses a ceiling on the session dose, or, spread over the
  // ordered duration, on the dose rate.
  const crosses = (mg: Dec, exactMg: Dec) =>
    crossesNewCeiling(mg, exactMg, totalCeilings) ||
    crossesNewCeiling(mg.div(ordered.durationH), exactMg.div(ordered.durationH), rateCeilings);

  if (rule.style === 'whole-bag' && containerMl === undefined) {
    return fail([
      {
        code: 'container_volume_required',
        path: ['preparation', 'containerVolume'],
        message: 'This protocol gives no bag volume; the clinician must choose one (for example { "value": 250, "unit": "mL" }).',
        source: rule.source,
      },
    ]);
  }
  const prepareWith = (product: Product): { ok: true; value: Preparation } | { ok: false; issue: Issue } => {
    if (rule.style === 'standard-concentration') {
      return prepareStandard(rule, product, diluent, containerMl, overfill, handling, ordered.totalMg.add(loadingMg), crosses, protocol.wholeVials !== undefined);
    }
    if (product.form === 'premix') {
      return {
        ok: false,
        issue: {
          code: 'product_not_usable',
          path: ['preparation', 'product'],
          message: `${product.name} is a ready-to-use premix; this protocol makes up a bag from a vial or ampoule.`,
        },
      };
    }
    if (diluent === undefined || containerMl === undefined) throw new Error(`whole-bag protocol ${protocol.id} has no diluent`);
    return prepareWholeBag(rule, product, diluent, containerMl, overfill, handling, ordered.totalMg, crosses);
  };
  // The candidate whose measurable volume comes closest to the ordered amount; on a tie the first
  // listed (the protocol's preference), or with whole vials the one needing fewer vials.
  let prepared: { ok: true; value: Preparation } | { ok: false; issue: Issue } | undefined;
  let product = candidates[0] as Product;
  let bestDeviation: Dec | undefined;
  let bestContainers = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const attempt = prepareWith(candidate);
    if (!attempt.ok) {
      prepared ??= attempt;
      continue;
    }
    const a = attempt.value.additive;
    const deviation = a ? a.amountMg.sub(a.orderedMg).abs() : dec(0);
    const containers = a?.containers ?? 0;
    // With whole vials nothing is left over, so on a tie fewer vials is simply better.
    const fewer = protocol.wholeVials !== undefined && containers < bestContainers;
    if (bestDeviation === undefined || deviation.lt(bestDeviation) || (deviation.eq(bestDeviation) && fewer)) {
      bestContainers = containers;
      bestDeviation = deviation;
      prepared = attempt;
      product = candidate;
    }
  }
  if (prepared === undefined) throw new Error(`protocol ${protocol.id} lists no products`);
  if (candidates.length > 1 && prepared.ok) {
    trace.push({
      step: 'bag.product',
      description: 'Product chosen: the one whose measurable volume comes closest to the ordered amount',
      inputs: Object.fromEntries(candidates.map((c, i) => [`candidate${i + 1}`, c.id])),
      result: product.id,
    });
  }
  if (!prepared.ok) return fail([prepared.issue]);
  const prep = prepared.value;

  if (prep.additive) {
    const a = prep.additive;
    trace.push({
      step: 'bag.additive',
      description: `Volume of ${product.name} to draw up`,
      formula: 'mL = mg / (mg/mL), rounded to a measurable volume (0.01 mL under 1 mL, 0.1 mL from 1 mL)',
      inputs: { amount: quantity(a.orderedMg, 'mg'), strength: quantity(dec(product.strength.value), 'mg/mL') },
      result: quantity(a.drawn.value, 'mL'),
      rounding: {
        exact: quantity(a.exactMl, 'mL'),
        increment: quantity(a.drawn.increment, 'mL'),
        mode: a.drawn.mode,
        ...(a.drawn.roundedDownForLimit ? { reason: 'rounded down: the nearest volume would cross a protocol cap, protocol maximum or agent limit' } : {}),
      },
    });
    if (product.dilution === 'not-recommended' && prep.diluent) {
      checks.push({
        code: 'product_not_for_dilution',
        rule: `${product.id}.dilution`,
        severity: 'soft',
        passed: false,
        agent: agent.id,
        source: product.source,
        message: `The label does not recommend diluting ${product.name}; choose another strength or acknowledge with a reason.`,
      });
    }
    if (product.dilution === 'required' && !prep.diluent) {
      checks.push({
        code: 'product_requires_dilution',
        rule: `${product.id}.dilution`,
        severity: 'hard',
        passed: false,
        agent: agent.id,
        source: product.source,
        message: `${product.name} must be diluted before IV use; it cannot be given neat.`,
      });
    }
  }
  if (protocol.wholeVials && prep.additive && !prep.additive.amountMg.eq(prep.additive.orderedMg)) {
    const a = prep.additive;
    checks.push({
      code: 'rounded_to_whole_vials',
      rule: 'protocol.whole-vials',
      severity: 'info',
      passed: false,
      agent: agent.id,
      observed: quantity(a.amountMg, 'mg'),
      limit: quantity(a.orderedMg, 'mg'),
      source: protocol.wholeVials.source,
      message: `The dose is rounded to whole vials: ${a.containers ?? '?'} x ${product.name} = ${quantity(a.amountMg, 'mg').value} mg for ${quantity(a.orderedMg, 'mg').value} mg ordered (${quantity(a.amountMg.sub(a.orderedMg).div(a.orderedMg).mul(100), '%').value}%).`,
    });
  }
  const productNote = unverified(product.id, `The product ${product.name}`, product.source);
  if (productNote) checks.push(productNote);
  trace.push({
    step: 'bag.concentration',
    description: 'Final volume and concentration',
    formula: prep.diluent
      ? prep.additiveVolume === 'withdraw-equal'
        ? 'final mL = bag mL + overfill - withdrawn + additive mL; mg/mL = mg / final mL'
        : 'final mL = bag mL + overfill + additive mL; mg/mL = mg / final mL'
      : 'mg/mL = product strength',
    inputs: {
      ...(prep.additive ? { amount: quantity(prep.additive.amountMg, 'mg') } : {}),
      finalVolume: quantity(prep.finalMl, 'mL'),
    },
    result: quantity(prep.concentrationMgPerMl, 'mg/mL'),
  });
  if (prep.diluent && !prep.diluent.overfillStated) {
    checks.push({
      code: 'overfill_not_stated',
      rule: 'preparation.overfill',
      severity: 'info',
      passed: false,
      message: 'No bag overfill was given, so none is counted: the bag may hold more than its nominal volume. Give preparation.overfill from the manufacturer to include it.',
    });
  }

  // Pump.
  const increment = input.pump.increment?.value ?? dec(DEFAULT_RATE_INCREMENT);
  // Shortest durations the agent and protocol allow: rounding the rate up must not undercut them.
  const minDurations = [
    ...limitsInForce.filter((l) => l.bound === 'lower').map((l) => readLimit(l)).filter((m) => m.measure === 'duration').map((m) => m.base),
    ...(protocol.duration?.min !== undefined ? [readMeasure(dec(protocol.duration.min), protocol.duration.unit)?.base ?? dec(0)] : []),
  ];
  const conc = prep.concentration;
  const rampSpecs = rampSegments(ramp, params.rate, W, conc, rateCeilings);
  const specs: SegmentSpec[] = rampSpecs
    ? rampSpecs
    : protocol.phases
    ? protocol.phases.map((ph) => ({
        kind: 'phase' as const,
        rateExact: dec(ph.rate.value),
        ...(ph.duration ? { durationH: readMeasure(dec(ph.duration.value), ph.duration.unit)?.base ?? dec(0) } : {}),
        rateCeilingsMgH: rateCeilings,
      }))
    : [
        ...(loading
          ? [
              {
                kind: 'loading' as const,
                // mL/h = mg / h / (mg/mL); mL = mg / (mg/mL)
                rateExact: volumeFor(loading.mg, conc).div(loading.durationH),
                volumeExact: volumeFor(loading.mg, conc),
                doseCeilingsMg: loading.ceilings,
              },
            ]
          : []),
        plainSegment(prep, ordered, rateCeilings, totalCeilings.map((c) => c.sub(loadingMg)), minDurations),
      ];
  const pump: PumpPlan = runSegments(specs, conc, increment, prep.finalMl);
  pump.segments.forEach((seg, i) => {
    const id = pump.segments.length === 1 ? 'pump' : `pump.segment${i + 1}`;
    trace.push({
      step: `${id}.rate`,
      description: pump.segments.length === 1 ? 'Pump rate' : `Segment ${i + 1} (${seg.kind}) pump rate`,
      formula: prep.style === 'whole-bag' && seg.kind === 'maintenance' ? 'mL/h = final mL / h' : 'mL/h = (mg/h) / (mg/mL)',
      inputs:
        prep.style === 'whole-bag'
          ? { volume: quantity(prep.finalMl, 'mL'), duration: quantity(ordered.durationH, 'h') }
          : { doseRate: quantity(seg.rateExact.mul(prep.concentrationMgPerMl), 'mg/h'), concentration: quantity(prep.concentrationMgPerMl, 'mg/mL') },
      result: quantity(seg.rate.value, 'mL/h'),
      rounding: {
        exact: quantity(seg.rateExact, 'mL/h'),
        increment: quantity(increment, 'mL/h'),
        mode: seg.rate.mode,
        ...(seg.rate.roundedDownForLimit ? { reason: 'rounded down: the nearest rate would cross a protocol cap, protocol maximum or agent limit' } : {}),
      },
    });
    if (seg.volume) {
      trace.push({
        step: `${id}.volume`,
        description: 'Volume to be infused',
        formula: 'mL = mg / (mg/mL), to the pump volume resolution',
        inputs: { dose: quantity(seg.volumeExact.mul(prep.concentrationMgPerMl), 'mg'), concentration: quantity(prep.concentrationMgPerMl, 'mg/mL') },
        result: quantity(seg.volumeMl, 'mL'),
        rounding: { exact: quantity(seg.volumeExact, 'mL'), increment: quantity(seg.volume.increment, 'mL'), mode: seg.volume.mode },
      });
    }
    trace.push({
      step: `${id}.duration`,
      description: 'Duration at the rounded rate',
      formula: 'min = mL / (mL/h) x 60',
      inputs: { volume: quantity(seg.volumeMl, 'mL'), rate: quantity(seg.rate.value, 'mL/h') },
      result: quantity(seg.durationH.mul(60), 'min'),
    });
    trace.push({
      step: `${id}.delivered`,
      description: 'Dose delivered at the rounded rate',
      formula: 'mg/h = mL/h x mg/mL; mg = mL x mg/mL',
      inputs: { rate: quantity(seg.rate.value, 'mL/h'), concentration: quantity(prep.concentrationMgPerMl, 'mg/mL') },
      result: `${quantity(seg.doseRateMgH, 'mg/h').value} mg/h; ${quantity(seg.doseMg, 'mg').value} mg`,
    });
  });
  const roundedDown = pump.segments.some((seg) => seg.rate.roundedDownForLimit || seg.volume?.roundedDownForLimit === true);
  if (roundedDown || prep.additive?.drawn.roundedDownForLimit) {
    checks.push({
      code: 'rounded_down_for_limit',
      rule: 'rounding.ceiling',
      severity: 'info',
      passed: false,
      agent: agent.id,
      message: 'Rounding to the nearest measurable volume or pump increment would have crossed a protocol cap or hard limit, so it was rounded down instead.',
    });
  }

  const minRate = input.pump.minRate?.value ?? dec(DEFAULT_PUMP_RANGE.minRate);
  const maxPumpRate = input.pump.maxRate?.value ?? dec(DEFAULT_PUMP_RANGE.maxRate);
  const pumpSource = input.pump.minRate || input.pump.maxRate
    ? ({ citation: 'Pump range given in the input', grade: 'derived', verified: true } as const)
    : DEFAULT_PUMP_RANGE.source;
  // Every segment's rate must be one the pump can run; the check reports the most extreme.
  const pumpRange: PumpRange = { minRate, maxRate: maxPumpRate, source: pumpSource };
  checks.push(...pumpRangeChecks(pump.segments.map((seg) => seg.rate.value), pumpRange));

  // Limits on what is delivered.
  const observed: Partial<Record<Measure, Dec>> = {
    'dose-rate': pump.deliveredRateMgH,
    'dose-rate-per-kg': pump.deliveredRateMgH.div(W),
    'session-dose': pump.deliveredMg,
    'session-dose-per-kg': pump.deliveredMg.div(W),
    concentration: prep.concentrationMgPerMl,
    duration: pump.durationH,
  };
  // A loading dose counts against every dose-rate limit not marked as for maintenance only.
  const observedPeak: Partial<Record<Measure, Dec>> = {
    ...observed,
    'dose-rate': pump.peakRateMgH,
    'dose-rate-per-kg': pump.peakRateMgH.div(W),
  };
  // Session-dose limits over a window add the earlier sessions of this agent dated within it.
  const risks = new Set(input.patient.risks ?? []);
  const windowed = (limit: (typeof limitsInForce)[number]): Partial<Record<Measure, Dec>> | undefined => {
    const window = limit.window;
    if (window === undefined) return undefined;
    const prior = input.history.filter((h) => {
      const p = catalogue.protocols.find((x) => x.id === h.protocol);
      if (p?.agent !== agent.id) return false;
      if (window === 'course') return h.protocol === protocol.id;
      if (input.date === undefined) return false;
      const days = daysBetween(h.date, input.date);
      return days >= 0 && dec(days).mul(24).lt(dec(window.hours));
    });
    let priorMg = dec(0);
    for (const h of prior) {
      const t = h.given.total;
      const m = t ? readMeasure(t.value, doseUnitCode(t.unit)) : undefined;
      if (m?.measure === 'session-dose') priorMg = priorMg.add(m.base);
      else if (m?.measure === 'session-dose-per-kg') priorMg = priorMg.add(m.base.mul(W));
      else {
        checks.push({
          code: 'cumulative_dose_unknown',
          rule: limit.id,
          severity: 'soft',
          passed: false,
          agent: agent.id,
          message: `The ${h.date} session records no total dose, so the ${window === 'course' ? 'course' : `${window.hours} h`} total for ${limit.id} is not known; record it, or acknowledge with a reason.`,
        });
      }
    }
    if (prior.length > 0) {
      trace.push({
        step: `cumulative.${limit.id}`,
        description: `Earlier doses within the ${window === 'course' ? 'course' : `${window.hours} h window`} added to this session's`,
        formula: 'mg = this session + sum(earlier sessions in the window)',
        inputs: { thisSession: quantity(pump.deliveredMg, 'mg'), earlier: quantity(priorMg, 'mg') },
        result: quantity(pump.deliveredMg.add(priorMg), 'mg'),
      });
    }
    return { 'session-dose': pump.deliveredMg.add(priorMg), 'session-dose-per-kg': pump.deliveredMg.add(priorMg).div(W) };
  };
  if (input.date === undefined && input.history.length > 0 && limitsInForce.some((l) => l.window !== undefined && l.window !== 'course')) {
    checks.push({
      code: 'date_required_for_window',
      rule: 'cumulative.date',
      severity: 'soft',
      passed: false,
      message: 'A limit of this agent counts doses over a time window, but the session has no date, so earlier sessions were not added; give date (YYYY-MM-DD) or acknowledge.',
    });
  }
  checks.push(
    ...agentLimitChecks(limitsInForce, risks, (limit) => windowed(limit) ?? (limit.appliesTo === 'maintenance' ? observed : observedPeak), agent.id, true),
  );
  // Protocol caps on what is delivered: rounding is built never to cross them, and this says so.
  const capsInForce = ordered.caps.map(capInForce);
  checks.push(...capChecks(capsInForce, { rateMgH: pump.deliveredRateMgH, sessionMg: pump.deliveredMg.sub(loadingMg) }, agent.id));
  // What stays in the container: a standard-concentration bag usually holds more than the dose.
  const residualMl = prep.finalMl.sub(pump.vtbiMl);
  if (residualMl.gt(0)) {
    checks.push({
      code: 'residual_in_container',
      rule: 'preparation.residual',
      severity: 'info',
      passed: false,
      agent: agent.id,
      observed: quantity(residualMl, 'mL'),
      message: `${quantity(residualMl, 'mL').value} mL (${quantity(amountIn(residualMl, prep.concentration), 'mg').value} mg of ${agent.name}) stays in the ${prep.containerKind} after the infusion; discard and record it as waste.`,
    });
  }

  // A derived duration is checked against the protocol's duration range.
  if (derivedName === 'duration' && protocol.duration) {
    const d = protocol.duration;
    for (const [bound, v] of [['lower', d.min], ['upper', d.max]] as const) {
      if (v === undefined) continue;
      const m = readMeasure(dec(v), d.unit);
      if (!m) throw new Error(`protocol ${protocol.id} duration unit ${d.unit}`);
      const passed = bound === 'lower' ? pump.durationH.gte(m.base) : pump.durationH.lte(m.base);
      checks.push({
        code: bound === 'lower' ? 'duration_below_protocol_range' : 'duration_above_protocol_range',
        rule: `protocol.duration.${bound === 'lower' ? 'min' : 'max'}`,
        severity: 'soft',
        passed,
        observed: quantity(pump.durationH.mul(60), 'min'),
        limit: quantity(m.base.mul(60), 'min'),
        source: d.source,
        message: passed
          ? `The infusion time is within the protocol's ${bound === 'lower' ? 'minimum' : 'maximum'} of ${v} ${d.unit}.`
          : `The infusion would take ${quantity(pump.durationH.mul(60), 'min').value} min, ${bound === 'lower' ? 'under' : 'over'} the protocol's ${v} ${d.unit}; adjust the rate or acknowledge with a reason.`,
      });
    }
  }

  // Pre-infusion requirements: what the input confirms, denies, or leaves unstated.
  const requirements = [...(agent.requirements ?? []), ...(protocol.requirements ?? [])].map((req) => {
    const r = input.readiness;
    const confirmed =
      req.id === 'fasting'
        ? r.fastingHours === undefined
          ? null
          : r.fastingHours.gte(dec(req.hours ?? '0'))
        : req.id === 'escort'
          ? (r.escort ?? null)
          : (r.ecgOnFile ?? null);
    const code = { fasting: 'fasting_too_short', escort: 'no_escort', ecg: 'ecg_missing' }[req.id];
    checks.push({
      code: confirmed === null ? 'requirement_unconfirmed' : code,
      rule: `requirement.${req.id}`,
      severity: confirmed === null ? 'info' : 'soft',
      passed: confirmed === true,
      agent: agent.id,
      ...(req.id === 'fasting' && r.fastingHours !== undefined
        ? { observed: quantity(r.fastingHours, 'h'), limit: quantity(dec(req.hours ?? '0'), 'h') }
        : {}),
      source: req.source,
      message:
        confirmed === null
          ? `Confirm before starting: ${req.text}`
          : confirmed
            ? `Confirmed: ${req.text}`
            : `Not met: ${req.text} Resolve it, or acknowledge with a reason.`,
    });
    return { id: req.id, text: req.text, confirmed, source: req.source };
  });

  // Acknowledgements.
  const { checks: finalChecks, needsAck } = acknowledge(checks, input.acknowledgements);
  const hard = finalChecks.filter((c) => c.severity === 'hard' && !c.passed);
  if (hard.length > 0) {
    return fail(hard.map((c) => ({ ...c, path: pathForCheck(c) })));
  }
  out.facts = {
    agent: agent.id,
    dosingWeightKg: W,
    rateCeilingsMgH: rateCeilings,
    limits: limitsInForce,
    risks,
    caps: capsInForce,
    pumpRange,
    increment,
    amountMg: prep.additive?.amountMg ?? dec(0),
    durationH: ordered.durationH,
  };

  // Assemble the public plan.
  return assemblePlan({
    catalogue,
    protocol,
    agent,
    product,
    input,
    weightKg,
    heightCm,
    bsa,
    crcl,
    dosingWeight: dw.value,
    params,
    ordered,
    loading: loading ? { mg: loading.mg, durationH: loading.durationH, stated: loading.stated } : undefined,
    prep,
    pump,
    increment,
    minRate,
    maxPumpRate,
    checks: finalChecks,
    needsAck,
    requirements,
    titration,
    trace,
  });
}

/** A protocol cap as the ordered dose applied it, as the cap rule reads it. */
function capInForce(c: OrderedDose['caps'][number]): CapInForce {
  return { id: c.cap.id, stated: { value: c.cap.value, unit: c.cap.unit }, perHour: c.measure.startsWith('dose-rate'), limit: c.limit, source: c.cap.source };
}

/** The titration engine's dose (a plain decimal in the protocol's unit) as a parsed dose. */
function readTitrated(q: { value: string; unit: string }): { value: Dec; unit: DoseUnit } | undefined {
  const unit = readDoseUnit(q.unit);
  return unit ? { value: dec(q.value), unit } : undefined;
}

/** A label ramp in mg/kg/min: start, steps and the maximum that applies (the at-risk one when at risk). */
function rampInMgPerKgMin(
  ramp: NonNullable<Product['ramp']>,
  strengthMgPerMl: Dec,
  atRisk: boolean,
): { start: Dec; steps: Dec[]; max: Dec; everyH: Dec } {
  // mg/kg/min from mL/kg/min x mg/mL; per hour / 60.
  const toMgKgMin = (v: string) => {
    const x = dec(v);
    const perMin = ramp.unit.endsWith('/h') ? x.div(60) : x;
    return ramp.unit.startsWith('mL') ? perMin.mul(strengthMgPerMl) : perMin;
  };
  const max = toMgKgMin(atRisk && ramp.maxAtRisk !== undefined ? ramp.maxAtRisk : ramp.max);
  const start = minDec(toMgKgMin(ramp.start), max);
  return { start, steps: ramp.steps.map(toMgKgMin).filter((s) => s.gt(start) && s.lt(max)), max, everyH: dec(ramp.everyMinutes).div(60) };
}

/**
 * Pump segments for a label ramp the protocol follows (no clinician rate): the start rate for one
 * interval, each step for one interval, then the maximum until the dose is given. Without steps in
 * the data the start rate is held throughout: the plan never escalates by a schedule it was not given.
 */
function rampSegments(
  ramp: ReturnType<typeof rampInMgPerKgMin> | undefined,
  rate: ResolvedParam | undefined,
  W: Dec,
  conc: Concentration,
  rateCeilings: readonly Dec[],
): SegmentSpec[] | undefined {
  if (!ramp || !rate || rate.from !== 'protocol' || ramp.steps.length === 0) return undefined;
  // mL/h = mg/kg/min x kg x 60 / (mg/mL)
  const mlh = (mgKgMin: Dec) => volumeFor(mgKgMin.mul(W).mul(60), conc);
  const ceiling = [...rateCeilings, ramp.max.mul(W).mul(60)];
  return [
    { kind: 'phase', rateExact: mlh(ramp.start), durationH: ramp.everyH, rateCeilingsMgH: ceiling },
    ...ramp.steps.map((s) => ({ kind: 'phase' as const, rateExact: mlh(s), durationH: ramp.everyH, rateCeilingsMgH: ceiling })),
    { kind: 'phase', rateExact: mlh(ramp.max), rateCeilingsMgH: ceiling },
  ];
}
