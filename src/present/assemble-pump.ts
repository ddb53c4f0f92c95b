/**
 * The pump settings in the public plan: the main rate as programmed and how it was rounded, the
 * volume and duration, the pump's limits, and each segment with the dose it delivers.
 */
import type { Agent } from '../catalogue/types.js';
import type { PumpSegment } from '../pump/settings.js';
import { quantity } from '../units/quantity.js';
import type { PlanParts } from './assemble.js';
import { massQ, massRateQ } from './assemble-mass.js';
import type { PumpSettings, RateSegment } from '../types/plan.js';

/**
 * The pump as set: the main segment's rate, the whole run's volume and duration, and each segment.
 * @param parts - the planner's parts (the pump plan, the ordered and loading durations, the pump's limits)
 * @returns the plan's pump settings
 */
export function presentPumpSettings(parts: PlanParts): PumpSettings {
  const { pump, agent } = parts;
  const main = pump.main;
  return {
    rateExact: quantity(main.rateExact, 'mL/h'),
    rate: quantity(main.rate.value, 'mL/h'),
    increment: quantity(parts.increment, 'mL/h'),
    rounding: { mode: main.rate.mode, roundedDownForLimit: main.rate.roundedDownForLimit },
    volumeToBeInfused: quantity(pump.vtbiMl, 'mL'),
    // min = h x 60
    duration: quantity(pump.durationH.mul(60), 'min'),
    // min = (maintenance h + loading h) x 60
    durationOrdered: quantity(parts.ordered.durationH.add(parts.loading?.durationH ?? 0).mul(60), 'min'),
    minRate: quantity(parts.minRate, 'mL/h'),
    maxRate: quantity(parts.maxPumpRate, 'mL/h'),
    segments: pump.segments.map((seg) => presentSegment(seg, agent)),
  };
}

/**
 * One segment as the pump runs it, with the agent's dose over it.
 * @param seg - the segment, in mL/h, h, mL and mg
 * @param agent - the agent whose unit the dose is shown in
 * @returns the plan's rate segment
 */
function presentSegment(seg: PumpSegment, agent: Agent): RateSegment {
  return {
    kind: seg.kind,
    rate: quantity(seg.rate.value, 'mL/h'),
    duration: quantity(seg.durationH.mul(60), 'min'),
    volume: quantity(seg.volumeMl, 'mL'),
    doses: [{ agent: agent.id, amount: massQ(seg.doseMg, agent), doseRate: massRateQ(seg.doseRateMgH, agent) }],
  };
}
