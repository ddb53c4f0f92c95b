/**
 * Rules on the dose parameters: a clinician's value against the protocol's range or its one stated
 * value (soft), and against the protocol's usual value (a tenfold slip: the dangerous direction is
 * refused, the other needs acknowledgement). Moved from the dose stage so the dose step judges its
 * parameters with rule objects in the table.
 */
import { type Dec, dec } from '../decimal/index.js';
import type { Source } from '../catalogue/types.js';
import { PARAM_WORD, type ResolvedParam } from '../stages/dose.js';
import type { ExactParam } from '../prepare/exact.js';
import type { Check } from '../types/plan.js';
import { MEASURE_BASE_UNIT } from '../units/measure.js';
import { quantity } from '../units/quantity.js';

/**
 * Checks a clinician's value against the protocol's range (soft) or, where the protocol states one
 * value and no range, against that value (soft); then against its usual dose (tenfold).
 */
export function checkParam(r: ResolvedParam): Check[] {
  return [...paramRangeChecks(r), ...tenfoldChecks(r)];
}

/** A clinician's value against the protocol's range, or against the one value it states. */
export function paramRangeChecks(r: ResolvedParam): Check[] {
  const p = r.param;
  const checks: Check[] = [];
  if (r.from === 'clinician') {
    if (p.max !== undefined) checks.push(checkProtocolBound(r, 'max', p.max));
    if (p.min !== undefined) checks.push(checkProtocolBound(r, 'min', p.min));
    if (p.value !== undefined && p.min === undefined && p.max === undefined) checks.push(checkFixedValue(r, p.value));
  }
  return checks;
}

/** The value against the protocol's usual value, where it states one (tenfold slips). */
export function tenfoldChecks(r: ResolvedParam): Check[] {
  return r.param.usual === undefined ? [] : checkTenfold(r, r.param.usual);
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

/** A tenth: the other side of the tenfold check. */
const TENTH = dec('0.1');

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
