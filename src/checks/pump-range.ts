/**
 * The pump's own range: every segment's rate must be one the pump can run. One rule, used by the
 * single-agent and the combination paths, so the two can never disagree on what it says.
 */
import type { Dec } from '../decimal/index.js';
import type { Source } from '../catalogue/types.js';
import type { Check } from '../types/plan.js';
import { quantity } from '../units/quantity.js';

/** The pump range in force: its limits in mL/h and where they come from. */
export interface PumpRange {
  readonly minRate: Dec;
  readonly maxRate: Dec;
  readonly source: Source;
}

/**
 * The lower and upper pump-range checks, each against the most extreme rate of the plan's segments.
 *
 * @param rates - Every segment's programmed rate in mL/h (at least one).
 * @param range - The pump range in force.
 * @returns Two hard checks, lower then upper, passed or not, each with a message that says which.
 */
export function pumpRangeChecks(rates: readonly Dec[], range: PumpRange): Check[] {
  const lowest = rates.reduce((m, r) => (r.lt(m) ? r : m));
  const highest = rates.reduce((m, r) => (r.gt(m) ? r : m));
  return [pumpRangeCheck('lower', lowest, range.minRate, range.source), pumpRangeCheck('upper', highest, range.maxRate, range.source)];
}

function pumpRangeCheck(bound: 'lower' | 'upper', observedRate: Dec, lim: Dec, source: Source): Check {
  const passed = bound === 'lower' ? observedRate.gte(lim) : observedRate.lte(lim);
  const which = bound === 'lower' ? 'minimum' : 'maximum';
  return {
    code: bound === 'lower' ? 'pump_rate_below_minimum' : 'pump_rate_above_maximum',
    rule: `pump.${bound === 'lower' ? 'min' : 'max'}-rate`,
    severity: 'hard',
    passed,
    observed: quantity(observedRate, 'mL/h'),
    limit: quantity(lim, 'mL/h'),
    source,
    message: passed
      ? `Pump rate is within the pump's ${which} of ${quantity(lim, 'mL/h').value} mL/h.`
      : `The pump cannot run at ${quantity(observedRate, 'mL/h').value} mL/h (its ${which} is ${quantity(lim, 'mL/h').value} mL/h); choose another container volume or concentration.`,
  };
}
