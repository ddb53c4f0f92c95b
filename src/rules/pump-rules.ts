/**
 * The rule on what rounding the pump rate does to the ordered dose rate: the pump runs at a whole
 * number of its rate increments, so the dose rate it delivers differs from the order by the rounding.
 * Each segment but a loading dose (whose dose is set by its volume, not its rate) is judged: the
 * deviation |rounded - exact| / exact x 100, in percent of the ordered rate.
 */
import { dec } from '../decimal/index.js';
import type { Source } from '../catalogue/types.js';
import type { PumpSegment } from '../pump/settings.js';
import type { Check } from '../types/plan.js';
import { quantity } from '../units/quantity.js';

/** Beyond this deviation (percent of the ordered rate) rounding the pump rate needs an acknowledgement. */
export const PUMP_ROUNDING_TOLERANCE_PERCENT = '5';
/** The same tolerance as an exact value, read once when the module loads. */
const TOLERANCE = dec(PUMP_ROUNDING_TOLERANCE_PERCENT);

/** Why 5%, and why twice or half the order is refused. */
export const PUMP_ROUNDING_SOURCE: Source = Object.freeze({
  citation:
    'Derived from the reference rounding convention (shared/reference/clinical-dosing.md, "Rounding convention": pump rates to the nearest 0.1 mL/h) and the usual pump range of 1-999 mL/h (UCLH injectable medicines guide, as cited for the default pump range): rounding to the nearest 0.1 mL/h moves a rate of 1 mL/h or more by at most half a step, 0.05 mL/h, which is at most 5% of the rate. A larger move means the increment is too coarse for the rate. Twice the order or more, or half or less, is refused, as for whole vials.',
  grade: 'derived',
  verified: true,
});

/**
 * What these rules read of a pump segment: a single agent's segment, or the one segment of a
 * combination bag run at its shared rate (whose rounding moves every agent's dose rate alike).
 */
export type RoundedSegment = Pick<PumpSegment, 'kind' | 'rateExact' | 'rate' | 'volumeMl' | 'durationH'>;

/** The agent a finding names, when it is one agent's (a combination's shared rate is every agent's). */
const forAgent = (agentId: string | undefined): { agent?: string } => (agentId === undefined ? {} : { agent: agentId });

/** The rounding finding for one segment, or none when the rounding moves the rate by 5% or less. */
function segmentCheck(segment: RoundedSegment, index: number, agentId: string | undefined): Check | undefined {
  const exact = segment.rateExact;
  const rounded = segment.rate.value;
  if (exact.lte(0) || rounded.lte(0)) return undefined; // a zero rate is the pump-range rule's refusal
  const percent = rounded.sub(exact).div(exact).mul(100);
  if (percent.abs().lte(TOLERANCE)) return undefined;
  const far = rounded.gte(exact.mul(2)) || rounded.lte(exact.div(2));
  const what = `segment ${index + 1} (${segment.kind}) is set to ${quantity(rounded, 'mL/h').value} mL/h for an ordered ${quantity(exact, 'mL/h').value} mL/h (${percent.gt(0) ? '+' : ''}${quantity(percent, '%').value}% of the ordered dose rate) at a pump increment of ${quantity(segment.rate.increment, 'mL/h').value} mL/h`;
  const base = { rule: 'pump.rounding', passed: false, ...forAgent(agentId), observed: quantity(percent, '%'), source: PUMP_ROUNDING_SOURCE } as const;
  if (far) {
    return {
      ...base,
      code: 'pump_rounding_far_from_order',
      severity: 'hard',
      limit: quantity(dec(100), '%'),
      message: `Rounding the pump rate cannot come close to the order: ${what}, twice the order or more, or half or less. Use a pump with a finer rate increment, or a more dilute bag.`,
    };
  }
  return {
    ...base,
    code: 'pump_rounding_beyond_tolerance',
    severity: 'soft',
    limit: quantity(TOLERANCE, '%'),
    message: `Rounding the pump rate changes the delivered dose rate by more than ${TOLERANCE.toFixed()}%: ${what}. Use a finer increment or another concentration, or acknowledge with a reason.`,
  };
}

/**
 * A segment the pump would run for no time or no volume (issue 12 item 5: a dose.duration of 1e-10 h
 * gave a ready plan whose maintenance ran 0 min, 0 mL): the order cannot be given as planned, so the
 * plan is refused. No source is needed: a segment that delivers nothing is not the order.
 */
export function emptySegmentChecks(segments: readonly RoundedSegment[], agentId?: string): Check[] {
  const empty = segments
    .map((segment, index) => ({ segment, index }))
    .filter(({ segment }) => segment.volumeMl.lte(0) || quantity(segment.durationH.mul(60), 'min').value === '0');
  if (segments.length > 0 && empty.length === 0) return [];
  const which = empty.length > 0 ? empty.map(({ segment, index }) => `segment ${index + 1} (${segment.kind})`).join(', ') : 'the plan';
  return [
    {
      code: 'pump_segment_empty',
      rule: 'pump.segments',
      severity: 'hard',
      passed: false,
      ...forAgent(agentId),
      message: `${which} would run for 0 min or infuse 0 mL at the pump's resolution, so the order cannot be given as planned; check the duration and its unit (a duration such as 1e-10 h is a slip).`,
    },
  ];
}

/** The rounding findings of every segment but a loading dose. */
export function pumpRoundingChecks(segments: readonly RoundedSegment[], agentId?: string): Check[] {
  return segments.flatMap((segment, index) => {
    const check = segment.kind === 'loading' ? undefined : segmentCheck(segment, index, agentId);
    return check ? [check] : [];
  });
}
