/**
 * Masses for the public plan in the agent's own unit. The planner works in mg throughout; a plan
 * shows the unit its agent is prescribed in (mg, g or mcg), so every presenter of a mass goes
 * through these three.
 */
import type { Dec } from '../decimal/index.js';
import type { Agent } from '../catalogue/types.js';
import { type Quantity, mgPer } from '../units/index.js';
import { quantity } from '../units/quantity.js';

/**
 * A mass in the agent's own unit (mg, g or ug).
 * @param mg - the mass in mg
 * @param agent - the agent whose unit the mass is shown in
 * @returns the mass as an output quantity
 */
export function massQ(mg: Dec, agent: Agent): Quantity {
  // agent unit = mg / (mg per agent unit)
  return quantity(mg.div(mgPer(agent.massUnit)), agent.massUnit);
}

/**
 * A dose rate in the agent's own unit per hour.
 * @param mgH - the rate in mg/h
 * @param agent - the agent whose unit the rate is shown in
 * @returns the rate as an output quantity, e.g. `mcg/h`
 */
export function massRateQ(mgH: Dec, agent: Agent): Quantity {
  const q = massQ(mgH, agent);
  return { value: q.value, unit: `${q.unit}/h` };
}

/**
 * A weight-based dose in the agent's own unit per kg, per hour when it is a rate.
 * @param mgKg - the dose in mg/kg (or mg/kg/h)
 * @param agent - the agent whose unit the dose is shown in
 * @param perHour - whether the dose is a rate
 * @returns the dose as an output quantity, e.g. `mg/kg` or `mcg/kg/h`
 */
export function massPerKgQ(mgKg: Dec, agent: Agent, perHour: boolean): Quantity {
  const q = massQ(mgKg, agent);
  return { value: q.value, unit: `${q.unit}/kg${perHour ? '/h' : ''}` };
}
