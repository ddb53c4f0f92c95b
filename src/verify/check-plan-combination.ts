/**
 * checkPlan for a combination plan (several agents in one bag at one shared rate), by the same
 * independent steps as a single infusion: each additive's amount (volume drawn x strength), the one
 * bag's final volume, each agent's concentration in it (its amount / final volume), each segment's
 * volume and each agent's dose and dose rate at the shared pump rate (rate x concentration), the
 * pump totals, a whole bag run out, and each agent's delivered dose per kg of its own dosing weight.
 *
 * With the catalogue, each component's order is re-derived from its own protocol record (dosing
 * weight, ordered dose rate and session dose, drawn strengths) on a view of the plan that holds that
 * component only; each disagreement's path is written back to where the combination plan states it.
 */
import type { Catalogue } from '../catalogue/types.js';
import type { CombinationPlan } from '../plan/combination-types.js';
import type { Plan } from '../types/plan.js';
import { checkOrder } from './check-plan-order.js';
import type { Found, Path } from './check-plan-read.js';
import type { PlanDisagreement } from './check-plan-types.js';

/** One component as a single-agent view: its protocol, dosing weight, agent and additives. */
interface Component {
  readonly view: Plan;
  /** The plan's agent index of this component. */
  readonly agentIndex: number;
  readonly protocolIndex: number;
  readonly weightIndex: number;
  /** The plan's additive index of each of the view's additives. */
  readonly additiveIndexes: readonly number[];
}

/** The components of a combination plan, matched by agent: protocol i doses agent i (the planner's order), the weight by agent id. */
function components(plan: CombinationPlan): Component[] {
  return plan.agents.flatMap((agent, agentIndex) => {
    const protocol = plan.protocols[agentIndex];
    const weightIndex = plan.dosingWeights.findIndex((w) => w.agent === agent.agent);
    const weight = plan.dosingWeights[weightIndex]?.weight;
    if (protocol === undefined || weight === undefined) return [];
    const additiveIndexes = plan.bag.additives.flatMap((a, i) => (a.agent === agent.agent ? [i] : []));
    const view = {
      ...(plan as unknown as Plan),
      protocol,
      dosingWeight: weight,
      agents: [agent],
      bag: { ...plan.bag, additives: additiveIndexes.map((i) => plan.bag.additives[i]).filter((a) => a !== undefined) },
    } as Plan;
    return [{ view, agentIndex, protocolIndex: agentIndex, weightIndex, additiveIndexes }];
  });
}

/** A path in the single-agent view, written as the path in the combination plan. */
function remap(path: Path, c: Component): Path {
  const [head, second, ...rest] = path;
  if (head === 'protocol') return ['protocols', c.protocolIndex, ...path.slice(1)];
  if (head === 'dosingWeight') return ['dosingWeights', c.weightIndex, 'weight', ...path.slice(1)];
  if (head === 'agents') return ['agents', c.agentIndex, ...rest];
  if (head === 'bag' && second === 'additives' && typeof rest[0] === 'number')
    return ['bag', 'additives', c.additiveIndexes[rest[0]] ?? rest[0], ...rest.slice(1)];
  return path;
}

/**
 * Re-derives each component's order from the catalogue.
 * @param plan - a combination plan, read
 * @param catalogue - the catalogue the plan came from, accepted
 * @returns the disagreements, at their paths in the combination plan
 */
export function checkCombinationOrder(plan: CombinationPlan, catalogue: Catalogue): Found {
  const disagreements: PlanDisagreement[] = [];
  for (const c of components(plan)) {
    for (const d of checkOrder(c.view, catalogue).disagreements) disagreements.push({ ...d, path: remap(d.path, c) });
  }
  // An agent with no protocol of its own has no order to re-derive: named, never passed in silence.
  plan.agents.forEach((agent, i) => {
    if (plan.protocols[i] !== undefined) return;
    disagreements.push({
      code: 'protocol_not_in_catalogue',
      path: ['protocols', i],
      message: `The plan lists no protocol for ${agent.agent} (protocols.${i}), so its order cannot be re-derived from the catalogue.`,
      planValue: null,
      recomputed: null,
    });
  });
  return { disagreements };
}
