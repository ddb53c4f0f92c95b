/**
 * Rules on what the pump delivers over time: windowed totals that cannot be known, a window limit
 * without the session's date, and a derived duration against the protocol's range.
 */
import type { Dec } from '../decimal/index.js';
import type { Limit, Protocol } from '../catalogue/types.js';
import type { ExactParam } from '../prepare/exact.js';
import type { Check } from '../types/plan.js';
import type { HistorySession } from '../schema/history.js';
import { quantity } from '../units/quantity.js';

/** An earlier session in a limit's window that recorded no total dose. */
export function cumulativeUnknownCheck(limit: Limit, h: HistorySession, agent: string): Check {
  const window = limit.window;
  return {
    code: 'cumulative_dose_unknown',
    rule: limit.id,
    // A hard limit that cannot be evaluated is a refusal, never something an acknowledgement clears.
    severity: limit.severity,
    passed: false,
    agent,
    message: `The ${h.date} session records no total dose, so the ${window === 'course' ? 'course' : `${window?.hours} h`} total for ${limit.id} is not known; ${limit.severity === 'hard' ? 'record it (a hard limit that cannot be evaluated refuses the plan)' : 'record it, or acknowledge with a reason'}.`,
  };
}

/**
 * A note naming the earlier sessions a window counted only because their date gives no time: each
 * may have been inside the window, so it was added (the conservative count).
 */
export function windowConservativeCheck(limit: Limit, sessions: readonly HistorySession[], agent: string): Check {
  const dates = sessions.map((h) => h.date).join(', ');
  const hours = limit.window === 'course' ? '' : limit.window?.hours;
  return {
    code: 'window_counted_conservatively',
    rule: limit.id,
    severity: 'info',
    passed: false,
    agent,
    message: `The ${hours} h total for ${limit.id} counts the session(s) on ${dates}: dates without times, counted because they may fall within ${hours} h of this session. Give times (YYYY-MM-DDTHH:MM) to count the window exactly.`,
  };
}

/**
 * A windowed limit needs the session's date to add the earlier sessions: without it a hard windowed
 * limit cannot be evaluated, which refuses the plan; a soft one needs an acknowledgement.
 */
export function dateRequiredCheck(severity: 'hard' | 'soft'): Check {
  return {
    code: 'date_required_for_window',
    rule: 'cumulative.date',
    severity,
    passed: false,
    message:
      severity === 'hard'
        ? 'A hard limit of this agent counts doses over a time window, but the session has no date, so it cannot be evaluated against the history; give date (YYYY-MM-DD or YYYY-MM-DDTHH:MM).'
        : 'A limit of this agent counts doses over a time window, but the session has no date, so earlier sessions were not added; give date (YYYY-MM-DD) or acknowledge.',
  };
}

/**
 * A derived duration against the protocol's duration range, lower then upper; `exact` is the range
 * in hours as the protocol was prepared (`undefined` when no measure reads its unit, which catalogue
 * validation rejects).
 */
export function durationRangeChecks(protocol: Protocol, exact: ExactParam | undefined, durationH: Dec): Check[] {
  const d = protocol.duration;
  if (!d) return [];
  const checks: Check[] = [];
  for (const [bound, v, base] of [
    ['lower', d.min, exact?.min],
    ['upper', d.max, exact?.max],
  ] as const) {
    if (v === undefined) continue;
    if (!base) throw new Error(`protocol ${protocol.id} duration unit ${d.unit}`);
    const passed = bound === 'lower' ? durationH.gte(base) : durationH.lte(base);
    checks.push({
      code: bound === 'lower' ? 'duration_below_protocol_range' : 'duration_above_protocol_range',
      rule: `protocol.duration.${bound === 'lower' ? 'min' : 'max'}`,
      severity: 'soft',
      passed,
      observed: quantity(durationH.mul(60), 'min'),
      limit: quantity(base.mul(60), 'min'),
      source: d.source,
      message: passed
        ? `The infusion time is within the protocol's ${bound === 'lower' ? 'minimum' : 'maximum'} of ${v} ${d.unit}.`
        : `The infusion would take ${quantity(durationH.mul(60), 'min').value} min, ${bound === 'lower' ? 'under' : 'over'} the protocol's ${v} ${d.unit}; adjust the rate or acknowledge with a reason.`,
    });
  }
  return checks;
}
