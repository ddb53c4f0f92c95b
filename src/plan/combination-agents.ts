/**
 * Each agent at the bag's shared rate: what it delivers (mg/h = mL/h x mg / final mL), judged by the
 * same limit and cap rules as its own plan, on exact values from its own plan's facts.
 */
import type { Dec } from '../decimal/index.js';
import { type RefusalPaths, RULES, judge } from '../rules/table.js';
import type { ComponentFacts } from '../stages/component-facts.js';
import type { SharedRate } from '../stages/combined-bag.js';
import { type Measure } from '../units/measure.js';
import { quantity } from '../units/quantity.js';
import { mgPer, readMassUnit } from '../units/index.js';
import type { AgentDose, Check, Plan } from '../types/plan.js';

/** mg in one unit of an output mass unit. */
function mgPerUnit(unit: string): Dec {
  const mass = readMassUnit(unit.split('/')[0] ?? '');
  if (!mass) throw new Error(`plan quantity in ${unit}, which is not a mass unit`);
  return mgPer(mass);
}

/** One agent's dose at the shared rate, and its limits and caps judged on it (each refusal's path within the component recorded in `paths`). */
export function agentAtSharedRate(part: Plan, f: ComponentFacts, shared: SharedRate, finalMl: Dec, paths: RefusalPaths): { dose: AgentDose; checks: Check[] } {
  const a = part.agents[0] as AgentDose;
  const unit = a.totalDose.unit;
  const perUnit = mgPerUnit(unit);
  const mg = f.amountMg;
  const kg = f.dosingWeightKg;
  const rateMgH = shared.rate.value.mul(mg).div(finalMl);
  const observed: Partial<Record<Measure, Dec>> = {
    'dose-rate': rateMgH,
    'dose-rate-per-kg': rateMgH.div(kg),
    'session-dose': mg,
    'session-dose-per-kg': mg.div(kg),
    concentration: mg.div(finalMl),
    duration: shared.durationH,
  };
  // The same rules as the agent's own plan, on what this bag delivers at the shared rate (no
  // loading dose and no earlier sessions here: every limit reads this session's values).
  const checks = judge(RULES.sharedBagAgent, { facts: f, observed, rateMgH, amountMg: mg }, paths);
  const dose: AgentDose = {
    ...a,
    delivered: {
      doseRate: quantity(rateMgH.div(perUnit), `${unit}/h`),
      doseRatePerKg: quantity(rateMgH.div(kg).div(perUnit), `${unit}/kg/h`),
      totalDose: quantity(mg.div(perUnit), unit),
      totalDosePerKg: quantity(mg.div(kg).div(perUnit), `${unit}/kg`),
    },
  };
  return { dose, checks };
}
