/**
 * Evaluating catalogue limits against a plan's delivered values. Each rule is a pure function that
 * returns a {@link Check}, passed or not, with the observed value, the limit and its source.
 */
import type { LimitCode, MeasureCode } from '../types/codes.js';
import { type Dec, dec } from '../decimal/index.js';
import type { Limit } from '../catalogue/types.js';
import type { Check } from '../types/plan.js';
import { type Measure, MEASURE_BASE_UNIT, readMeasure } from '../units/measure.js';
import { quantity } from '../units/quantity.js';

const MEASURE_CODE: Record<Measure, MeasureCode> = {
  'dose-rate': 'dose_rate',
  'dose-rate-per-kg': 'dose_rate_per_kg',
  'session-dose': 'session_dose',
  'session-dose-per-kg': 'session_dose_per_kg',
  concentration: 'concentration',
  duration: 'duration',
};

const MEASURE_NAME: Record<Measure, string> = {
  'dose-rate': 'Dose rate',
  'dose-rate-per-kg': 'Dose rate per kg',
  'session-dose': 'Session dose',
  'session-dose-per-kg': 'Session dose per kg',
  concentration: 'Final concentration',
  duration: 'Infusion duration',
};

/** The stable code of a limit's outcome, e.g. `dose_rate_above_soft_limit`. */
export function limitCode(measure: Measure, bound: 'upper' | 'lower', severity: 'soft' | 'hard'): LimitCode {
  return `${MEASURE_CODE[measure]}_${bound === 'upper' ? 'above' : 'below'}_${severity}_limit`;
}

const READ = new WeakMap<Limit, { measure: Measure; base: Dec }>();

/**
 * A limit read into base units, once per frozen limit record (catalogue data is deep-frozen when
 * validated, so its reading never changes). Throws for a unit no limit can use: catalogue data is
 * checked when loaded.
 */
export function readLimit(limit: Limit): { measure: Measure; base: Dec } {
  const known = READ.get(limit);
  if (known) return known;
  const m = readMeasure(dec(limit.value), limit.unit);
  if (!m) throw new Error(`catalogue limit ${limit.id} has unit ${limit.unit}, which no limit can use`);
  if (Object.isFrozen(limit)) READ.set(limit, Object.freeze(m));
  return m;
}

/**
 * Checks one limit against the observed values (in base units, by measure). Returns `undefined`
 * when the plan has no value for the limit's measure.
 */
export function checkLimit(limit: Limit, observed: Partial<Record<Measure, Dec>>, agent: string | undefined): Check | undefined {
  const { measure, base } = readLimit(limit);
  const value = observed[measure];
  if (value === undefined) return undefined;
  const passed = limit.bound === 'upper' ? value.lte(base) : value.gte(base);
  const unit = MEASURE_BASE_UNIT[measure];
  const stated = `${limit.value} ${limit.unit}`;
  const what = MEASURE_NAME[measure];
  const message = passed
    ? `${what} is within the ${limit.severity} ${limit.bound} limit of ${stated}.`
    : `${what} ${limit.bound === 'upper' ? 'exceeds' : 'is below'} the ${limit.severity} ${limit.bound} limit of ${stated}${
        limit.severity === 'hard' ? '; this cannot be overridden' : '; acknowledge with a reason to proceed'
      }.`;
  return {
    code: limitCode(measure, limit.bound, limit.severity),
    rule: limit.id,
    severity: limit.severity,
    passed,
    ...(agent ? { agent } : {}),
    observed: quantity(value, unit),
    limit: quantity(base, unit),
    source: limit.source,
    message,
  };
}
