/**
 * The agent's dose in the public plan: as prescribed (in the protocol's own units), as ordered after
 * the protocol's caps, and as delivered by the bag and pump (in the agent's own unit).
 */
import type { Agent } from '../catalogue/types.js';
import { quantity } from '../units/quantity.js';
import type { PlanParts } from './assemble.js';
import { massPerKgQ, massQ, massRateQ } from './assemble-mass.js';
import type { OrderedDose } from '../stages/dose.js';
import type { AgentDose, CapOutcome } from '../types/plan.js';

/**
 * The agent's dose: prescribed, ordered, capped and delivered.
 * @param parts - the planner's parts
 * @returns the plan's entry for its one agent
 */
export function presentAgentDose(parts: PlanParts): AgentDose {
  const { agent, ordered, pump } = parts;
  const W = parts.dosingWeight.kg;
  // a loading dose is part of the session's total: mg = maintenance mg + loading mg
  const orderedMg = ordered.totalMg.add(parts.loading?.mg ?? 0);
  // Whole vials go into the bag whole and the pump runs the bag out: the session's total is what the vials hold.
  const wholeVials = parts.prep.additive?.wholeVials !== undefined ? parts.prep.additive : undefined;
  return {
    agent: agent.id,
    name: agent.name,
    displayUnit: agent.displayUnit?.unit ?? agent.massUnit,
    prescribed: presentPrescribed(parts),
    orderedDose: { total: massQ(orderedMg, agent) },
    doseRate: massRateQ(ordered.rateMgH, agent),
    totalDose: massQ(wholeVials ? wholeVials.amountMg : orderedMg, agent),
    caps: ordered.caps.map((c) => presentCap(c, agent)),
    delivered: {
      doseRate: massRateQ(pump.deliveredRateMgH, agent),
      // mg/kg/h = mg/h / kg (dosing weight)
      doseRatePerKg: massPerKgQ(pump.deliveredRateMgH.div(W), agent, true),
      totalDose: massQ(pump.deliveredMg, agent),
      // mg/kg = mg / kg (dosing weight)
      totalDosePerKg: massPerKgQ(pump.deliveredMg.div(W), agent, false),
    },
  };
}

/**
 * The dose as stated, each parameter only when the regimen has it, and where each came from.
 * @param parts - the planner's parts (the resolved parameters and the loading dose)
 * @returns the prescribed dose in the units it was stated in
 */
function presentPrescribed(parts: PlanParts): AgentDose['prescribed'] {
  const { params, loading } = parts;
  return {
    ...(params.rate ? { rate: quantity(params.rate.stated.value, params.rate.stated.unit) } : {}),
    ...(params.total ? { total: quantity(params.total.stated.value, params.total.stated.unit) } : {}),
    ...(params.duration ? { duration: quantity(params.duration.stated.value, params.duration.stated.unit) } : {}),
    ...(loading ? { loading: quantity(loading.stated.value, loading.stated.unit) } : {}),
    from: Object.fromEntries(Object.values(params).map((r) => [r.name, r.from])),
  };
}

/**
 * One protocol cap: its limit and the value before it, as a rate when the cap is on the dose rate.
 * @param c - the cap as the ordered dose applied it, in mg or mg/h
 * @param agent - the agent whose unit the cap is shown in
 * @returns the cap's outcome for the plan
 */
function presentCap(c: OrderedDose['caps'][number], agent: Agent): CapOutcome {
  const perHour = c.measure.startsWith('dose-rate');
  const q = perHour ? massRateQ : massQ;
  return { id: c.cap.id, limit: q(c.limit, agent), bound: c.bound, uncapped: q(c.uncapped, agent), source: c.cap.source };
}
