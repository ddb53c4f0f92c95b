/**
 * Resolving a protocol's regimen into an ordered dose: which two of rate, total and duration are
 * given (by the protocol or the clinician), the third derived, and protocol caps applied.
 * All values in base units: mg, mg/h, h.
 */
import type { Dec } from '../decimal/index.js';
import { type ExactCap, type ExactParam, exactParam } from '../prepare/exact.js';
import type { DoseParameter, Protocol, ProtocolCap } from '../catalogue/types.js';
import type { Issue } from '../types/issues.js';
import type { Parsed } from '../schema/input.js';
import { type DoseUnit, type TimeUnit, doseUnitCode } from '../units/index.js';
import { type Measure, MEASURE_BASE_UNIT, readMeasure } from '../units/measure.js';

/** The three dose parameters of a regimen. */
export type ParamName = 'rate' | 'total' | 'duration' | 'loading';
/** The parameters a regimen is made of. */
export type RegimenParam = Exclude<ParamName, 'loading'>;

/** Which parameters a regimen takes as inputs (the third is derived). */
export const REGIMEN_INPUTS: Record<Protocol['regimen'], readonly [RegimenParam, RegimenParam]> = {
  'rate-duration': ['rate', 'duration'],
  'total-duration': ['total', 'duration'],
  'total-rate': ['total', 'rate'],
};

/** A dose parameter's value after resolution. */
export interface ResolvedParam {
  readonly name: ParamName;
  readonly measure: Measure;
  /** Value in the measure's base unit (mg/kg/h, mg/h, mg/kg, mg or h). */
  readonly base: Dec;
  /** The value as stated (protocol's or clinician's own unit). */
  readonly stated: { readonly value: Dec; readonly unit: string };
  /** `titration`: the titration engine's next dose from the patient's earlier sessions. */
  readonly from: 'protocol' | 'clinician' | 'titration';
  readonly param: DoseParameter;
  /** The parameter's numbers, read when the protocol was prepared. */
  readonly exact: ExactParam;
}

/** The parameter's numbers as prepared; a unit no measure reads is a catalogue bug (validation rejects it). */
function exactOf(p: DoseParameter): ExactParam {
  const exact = exactParam(p);
  if (!exact) throw new Error(`protocol parameter unit ${p.unit} is not a dose or time unit`);
  return exact;
}

/** Each parameter in words, for messages. */
export const PARAM_WORD: Record<ParamName, string> = { rate: 'dose rate', total: 'session dose', duration: 'duration', loading: 'loading dose' };

function rangeText(p: DoseParameter): string {
  if (p.min !== undefined && p.max !== undefined) return `${p.min} to ${p.max} ${p.unit}`;
  if (p.max !== undefined) return `at most ${p.max} ${p.unit}`;
  if (p.min !== undefined) return `at least ${p.min} ${p.unit}`;
  return `in ${p.unit}`;
}

/**
 * Resolves one input parameter: the clinician's value (converted) or the protocol's, or an issue
 * when neither exists or the units do not fit.
 */
export function resolveParam(
  name: ParamName,
  param: DoseParameter | undefined,
  given: Parsed<DoseUnit> | Parsed<TimeUnit> | undefined,
): { ok: true; value: ResolvedParam } | { ok: false; issue: Issue } {
  if (param === undefined) throw new Error(`protocol regimen needs a ${name} parameter`);
  const exact = exactOf(param);
  if (given !== undefined) {
    const unit = typeof given.unit === 'string' ? given.unit : doseUnitCode(given.unit);
    const m = readMeasure(given.value, unit);
    const expected = exact.measure;
    if (!m || m.measure !== expected) {
      return {
        ok: false,
        issue: {
          code: 'dose_unit_mismatch',
          path: ['dose', name, 'unit'],
          message: `This protocol states its ${PARAM_WORD[name]} in ${param.unit}; give the ${name} in a unit of the same kind (${MEASURE_BASE_UNIT[expected]} or an equivalent).`,
          expected: param.unit,
          received: unit,
        },
      };
    }
    return { ok: true, value: { name, measure: m.measure, base: m.base, stated: { value: given.value, unit }, from: 'clinician', param, exact } };
  }
  if (exact.value === undefined) {
    return {
      ok: false,
      issue: {
        code: 'dose_required',
        path: ['dose', name],
        message: `This protocol gives no ${PARAM_WORD[name]}; the clinician must supply one (${rangeText(param)}).`,
        expected: param.unit,
      },
    };
  }
  return {
    ok: true,
    value: { name, measure: exact.measure, base: exact.value.base, stated: { value: exact.value.stated, unit: param.unit }, from: 'protocol', param, exact },
  };
}

/** The ordered dose in base units after caps. */
export interface OrderedDose {
  readonly rateMgH: Dec;
  readonly totalMg: Dec;
  readonly durationH: Dec;
  readonly caps: readonly { readonly cap: ProtocolCap; readonly measure: Measure; readonly limit: Dec; readonly uncapped: Dec; readonly bound: boolean }[];
}

/**
 * Works out the ordered dose from the two given parameters, then applies the protocol's caps in
 * order. A cap lowers the capped value and re-derives the regimen's derived value.
 */
export function orderDose(
  regimen: Protocol['regimen'],
  params: Partial<Record<ParamName, ResolvedParam>>,
  caps: readonly ExactCap[],
  weightKg: Dec,
): OrderedDose {
  let dose = uncappedDose(regimen, params, weightKg);
  const outcomes: OrderedDose['caps'][number][] = [];
  for (const cap of caps) {
    const capped = applyCap(regimen, dose, cap, weightKg);
    outcomes.push(capped.outcome);
    dose = capped.dose;
  }
  return { rateMgH: dose.r, totalMg: dose.t, durationH: dose.d, caps: outcomes };
}

/** A dose in base units: rate mg/h, total mg, duration h. */
interface Dose {
  readonly r: Dec;
  readonly t: Dec;
  readonly d: Dec;
}

/** The dose from the regimen's two given parameters (per kg ones times the weight), the third derived. */
function uncappedDose(regimen: Protocol['regimen'], params: Partial<Record<ParamName, ResolvedParam>>, weightKg: Dec): Dose {
  const perKg = (r: ResolvedParam | undefined): Dec | undefined =>
    r === undefined ? undefined : r.measure === 'dose-rate-per-kg' || r.measure === 'session-dose-per-kg' ? r.base.mul(weightKg) : r.base;
  const rate = perKg(params.rate);
  const total = perKg(params.total);
  const duration = params.duration?.base;
  // Derive the third value: mg = mg/h x h; mg/h = mg / h; h = mg / (mg/h).
  if (regimen === 'rate-duration') return { r: rate as Dec, t: (rate as Dec).mul(duration as Dec), d: duration as Dec };
  if (regimen === 'total-duration') return { r: (total as Dec).div(duration as Dec), t: total as Dec, d: duration as Dec };
  return { r: rate as Dec, t: total as Dec, d: (total as Dec).div(rate as Dec) };
}

/** One cap on the dose: what it bound, and the dose after it (the capped value lowered, the derived one re-derived). */
function applyCap(regimen: Protocol['regimen'], dose: Dose, { cap, read: m }: ExactCap, weightKg: Dec): { dose: Dose; outcome: OrderedDose['caps'][number] } {
  if (!m) throw new Error(`protocol cap ${cap.id} has unit ${cap.unit}, which no cap can use`);
  const { r, t, d } = dose;
  if (m.measure === 'dose-rate' || m.measure === 'dose-rate-per-kg') {
    const limit = m.measure === 'dose-rate' ? m.base : m.base.mul(weightKg);
    const bound = r.gt(limit);
    const outcome = { cap, measure: m.measure, limit, uncapped: r, bound };
    if (!bound) return { dose, outcome };
    // mg = mg/h x h, or h = mg / (mg/h) when the total is given.
    return { dose: regimen === 'total-rate' ? { r: limit, t, d: t.div(limit) } : { r: limit, t: limit.mul(d), d }, outcome };
  }
  if (m.measure === 'session-dose' || m.measure === 'session-dose-per-kg') {
    const limit = m.measure === 'session-dose' ? m.base : m.base.mul(weightKg);
    const bound = t.gt(limit);
    const outcome = { cap, measure: m.measure, limit, uncapped: t, bound };
    if (!bound) return { dose, outcome };
    // h = mg / (mg/h) when the rate is given, else mg/h = mg / h.
    return { dose: regimen === 'total-rate' ? { r, t: limit, d: limit.div(r) } : { r: limit.div(d), t: limit, d }, outcome };
  }
  throw new Error(`protocol cap ${cap.id} must cap a dose rate or a session dose`);
}
