/**
 * Resolving a protocol's regimen into an ordered dose: which two of rate, total and duration are
 * given (by the protocol or the clinician), the third derived, and protocol caps applied.
 * All values in base units: mg, mg/h, h.
 */
import { type Dec, dec } from '../decimal/index.js';
import { type ExactCap, type ExactParam, exactParam } from '../prepare/exact.js';
import type { DoseParameter, Protocol, ProtocolCap, Source } from '../catalogue/types.js';
import type { Issue } from '../types/issues.js';
import type { Parsed } from '../schema/input.js';
import type { Check } from '../types/plan.js';
import { type DoseUnit, type TimeUnit, doseUnitCode } from '../units/index.js';
import { type Measure, MEASURE_BASE_UNIT, readMeasure } from '../units/measure.js';
import { quantity } from '../units/quantity.js';

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

/** A tenth: the other side of the tenfold check. */
const TENTH = dec('0.1');

const PARAM_WORD: Record<ParamName, string> = { rate: 'dose rate', total: 'session dose', duration: 'duration', loading: 'loading dose' };

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

/**
 * Checks a clinician's value against the protocol's range (soft) or, where the protocol states one
 * value and no range, against that value (soft); then against its usual dose (tenfold).
 */
export function checkParam(r: ResolvedParam): Check[] {
  const p = r.param;
  const checks: Check[] = [];
  if (r.from === 'clinician') {
    if (p.max !== undefined) checks.push(checkProtocolBound(r, 'max', p.max));
    if (p.min !== undefined) checks.push(checkProtocolBound(r, 'min', p.min));
    if (p.value !== undefined && p.min === undefined && p.max === undefined) checks.push(checkFixedValue(r, p.value));
  }
  if (p.usual !== undefined) checks.push(...checkTenfold(r, p.usual));
  return checks;
}

/**
 * A protocol that states one value and no range (Schwartzman's 4 h, Collins' 70 mg/kg) fixes it: a
 * clinician's other value is a deviation from the regimen the source studied, so it needs a reason
 * even when it is within a factor of ten (8 h instead of 4 h doubles the session dose).
 */
function checkFixedValue(r: ResolvedParam, stated: string): Check {
  const p = r.param;
  const unit = MEASURE_BASE_UNIT[r.measure];
  const fixed = (r.exact.value as NonNullable<ExactParam['value']>).base;
  const passed = r.base.eq(fixed);
  return {
    code: `${r.name}_differs_from_protocol`,
    rule: `protocol.${r.name}.value`,
    severity: 'soft',
    passed,
    observed: quantity(r.base, unit),
    limit: quantity(fixed, unit),
    source: p.source,
    message: passed
      ? `The chosen ${PARAM_WORD[r.name]} is the protocol's ${stated} ${p.unit}.`
      : `The protocol gives a ${PARAM_WORD[r.name]} of ${stated} ${p.unit} and no range; the chosen ${quantity(r.base, unit).value} ${unit} departs from the regimen its source studied. Acknowledge with a reason to proceed.`,
  };
}

/** Whether the value lies inside a range the protocol states with both ends (its own range is not a slip). */
function isInsideStatedRange(r: ResolvedParam): boolean {
  const { min, max } = r.exact;
  if (min === undefined || max === undefined) return false;
  return r.base.gte(min) && r.base.lte(max);
}

/** The clinician's value against the protocol's stated maximum or minimum (in the protocol's unit). */
function checkProtocolBound(r: ResolvedParam, bound: 'max' | 'min', stated: string): Check {
  const p = r.param;
  const unit = MEASURE_BASE_UNIT[r.measure];
  const limit = r.exact[bound] as Dec;
  const upper = bound === 'max';
  const passed = upper ? r.base.lte(limit) : r.base.gte(limit);
  const word = upper ? 'maximum' : 'minimum';
  return {
    code: upper ? `${r.name}_above_protocol_range` : `${r.name}_below_protocol_range`,
    rule: `protocol.${r.name}.${bound}`,
    severity: 'soft',
    passed,
    observed: quantity(r.base, unit),
    limit: quantity(limit, unit),
    source: p.source,
    message: passed
      ? `The chosen ${PARAM_WORD[r.name]} is within the protocol's ${word} of ${stated} ${p.unit}.`
      : `The chosen ${PARAM_WORD[r.name]} is ${upper ? 'above' : 'below'} the protocol's ${word} of ${stated} ${p.unit}; acknowledge with a reason to proceed.`,
  };
}

/** What both tenfold checks of one value share. */
interface TenfoldFacts {
  readonly r: ResolvedParam;
  /** The usual value as the protocol states it, and in base units. */
  readonly usualText: string;
  readonly usual: Dec;
  /** Whether ten times the usual is the dangerous slip (a tenth, for a duration). */
  readonly highIsDanger: boolean;
  /** Ten times (or a tenth of) the usual, but inside the range the protocol states: the source's own value, not a slip. */
  readonly inRange: boolean;
  readonly source: Source;
}

/**
 * The value against the protocol's usual `usualText`: the dangerous tenfold slip is refused (hard),
 * the other direction is flagged for acknowledgement (soft).
 */
function checkTenfold(r: ResolvedParam, usualText: string): Check[] {
  const usual = r.exact.usual as Dec;
  const ratio = r.base.div(usual);
  // A longer duration lowers the rate, so for duration the dangerous slip is the short one.
  const highIsDanger = r.name !== 'duration';
  // A value inside the protocol's own stated range (Andrade's 2-100 min around the usual 40) is the
  // source's, not a decimal slip, so neither direction fires there.
  const inRange = (ratio.gte(10) || ratio.lte(TENTH)) && isInsideStatedRange(r);
  const tooHigh = !inRange && ratio.gte(10);
  const tooLow = !inRange && ratio.lte(TENTH);
  const source = {
    citation: 'ISMP: no universal maximum dose; tenfold (decimal-slip) errors are a known hazard',
    grade: 'guideline',
    verified: true,
    note: `Usual ${PARAM_WORD[r.name]} for this protocol: ${usualText} ${r.param.unit}.`,
  } as const;
  const facts: TenfoldFacts = { r, usualText, usual, highIsDanger, inRange, source };
  return [dangerousSlip(facts, highIsDanger ? tooHigh : tooLow), oddSlip(facts, highIsDanger ? tooLow : tooHigh)];
}

function dangerousSlip({ r, usualText, usual, highIsDanger, inRange, source }: TenfoldFacts, dangerous: boolean): Check {
  const unit = MEASURE_BASE_UNIT[r.measure];
  const passedText = inRange
    ? `The ${PARAM_WORD[r.name]} is inside the protocol's own range of ${r.param.min} to ${r.param.max} ${r.param.unit}, so it is not taken for a slip.`
    : `The ${PARAM_WORD[r.name]} is within a factor of ten of the protocol's usual ${usualText} ${r.param.unit}.`;
  return {
    code: highIsDanger ? 'tenfold_dose' : 'tenfold_short_duration',
    rule: `protocol.${r.name}.usual`,
    severity: 'hard',
    passed: !dangerous,
    observed: quantity(r.base, unit),
    limit: quantity(highIsDanger ? usual.mul(10) : usual.div(10), unit),
    source,
    message: dangerous
      ? `The ${PARAM_WORD[r.name]} is ${highIsDanger ? 'ten or more times' : 'a tenth or less of'} the protocol's usual ${usualText} ${r.param.unit}: a likely decimal or unit slip. It is refused.`
      : passedText,
  };
}

function oddSlip({ r, usualText, usual, highIsDanger, source }: TenfoldFacts, odd: boolean): Check {
  const unit = MEASURE_BASE_UNIT[r.measure];
  return {
    code: highIsDanger ? 'tenfold_low_dose' : 'tenfold_long_duration',
    rule: `protocol.${r.name}.usual`,
    severity: 'soft',
    passed: !odd,
    observed: quantity(r.base, unit),
    limit: quantity(highIsDanger ? usual.div(10) : usual.mul(10), unit),
    source,
    message: odd
      ? `The ${PARAM_WORD[r.name]} is ${highIsDanger ? 'a tenth or less of' : 'ten or more times'} the protocol's usual ${usualText} ${r.param.unit}: check for a decimal or unit slip, and acknowledge with a reason to proceed.`
      : `The ${PARAM_WORD[r.name]} is not a tenth or less of the usual.`,
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
  const perKg = (r: ResolvedParam | undefined): Dec | undefined =>
    r === undefined ? undefined : r.measure === 'dose-rate-per-kg' || r.measure === 'session-dose-per-kg' ? r.base.mul(weightKg) : r.base;
  let rate = perKg(params.rate);
  let total = perKg(params.total);
  let duration = params.duration?.base;
  // Derive the third value: mg = mg/h x h; mg/h = mg / h; h = mg / (mg/h).
  if (regimen === 'rate-duration') total = (rate as Dec).mul(duration as Dec);
  else if (regimen === 'total-duration') rate = (total as Dec).div(duration as Dec);
  else duration = (total as Dec).div(rate as Dec);
  let r = rate as Dec;
  let t = total as Dec;
  let d = duration as Dec;

  const outcomes: OrderedDose['caps'][number][] = [];
  for (const { cap, read: m } of caps) {
    if (!m) throw new Error(`protocol cap ${cap.id} has unit ${cap.unit}, which no cap can use`);
    if (m.measure === 'dose-rate' || m.measure === 'dose-rate-per-kg') {
      const limit = m.measure === 'dose-rate' ? m.base : m.base.mul(weightKg);
      const bound = r.gt(limit);
      outcomes.push({ cap, measure: m.measure, limit, uncapped: r, bound });
      if (bound) {
        r = limit;
        if (regimen === 'total-rate') d = t.div(r);
        else t = r.mul(d);
      }
    } else if (m.measure === 'session-dose' || m.measure === 'session-dose-per-kg') {
      const limit = m.measure === 'session-dose' ? m.base : m.base.mul(weightKg);
      const bound = t.gt(limit);
      outcomes.push({ cap, measure: m.measure, limit, uncapped: t, bound });
      if (bound) {
        t = limit;
        if (regimen === 'total-rate') d = t.div(r);
        else r = t.div(d);
      }
    } else {
      throw new Error(`protocol cap ${cap.id} must cap a dose rate or a session dose`);
    }
  }
  return { rateMgH: r, totalMg: t, durationH: d, caps: outcomes };
}
