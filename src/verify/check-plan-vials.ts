/**
 * checkPlan's whole-vial step: a bag made of whole vials holds the vials it lists (volume drawn =
 * sum of count x vial volume, vials to open = sum of counts), and an agent whose dose was rounded
 * to whole vials (or whose stated total is not its ordered amount) totals what the bag holds.
 */
import { dec } from '../decimal/index.js';
import type { Additive, Plan } from '../types/plan.js';
import { type Approx, ZERO, add, mul } from './check-plan-approx.js';
import { Checker, type Found } from './check-plan-read.js';

/** Every whole-vial additive's volume and count, and each agent's total against the bag's amount of it. */
export function checkWholeVials(plan: Pick<Plan, 'bag' | 'agents'>, amountByAgent: ReadonlyMap<string, Approx>): Found {
  const c = new Checker();
  plan.bag.additives.forEach((a, i) => {
    if (a.vials !== undefined) c.absorb(checkVialList(a, i));
  });
  plan.agents.forEach((agent, i) => {
    const whole = plan.bag.additives.some((a) => a.agent === agent.agent && a.vials !== undefined);
    const stated = agent.orderedDose;
    const rounded = stated !== undefined && (stated.total.value !== agent.totalDose.value || stated.total.unit !== agent.totalDose.unit);
    const inBag = amountByAgent.get(agent.agent);
    if (!(whole || rounded) || inBag === undefined) return;
    c.compare('total_dose_not_in_bag', ['agents', i, 'totalDose'], agent.totalDose, 'mass', inBag, `Total dose of ${agent.agent} (what the bag holds)`);
  });
  return { disagreements: c.disagreements };
}

/** One additive's vials: mL drawn = sum(count x mL per vial); containers = sum(count). */
function checkVialList(a: Additive, i: number): Found {
  const c = new Checker();
  const p = ['bag', 'additives', i];
  let volume: Approx = ZERO;
  let count = 0;
  let readable = true;
  (a.vials ?? []).forEach((v, j) => {
    const each = c.read(v.containerVolume, 'volume', [...p, 'vials', j, 'containerVolume']);
    if (each === null || !Number.isInteger(v.count) || v.count < 1) {
      readable = false;
      return;
    }
    count += v.count;
    // mL = count x mL per vial (a count is exact)
    volume = add(volume, mul(each, { v: dec(v.count), e: dec(0) }));
  });
  if (!readable) {
    c.flag('whole_vials_mismatch', [...p, 'vials'], 'A vial size or count in the list cannot be read (a count is a whole number of at least 1).', null, null);
    return { disagreements: c.disagreements };
  }
  c.compare('whole_vials_mismatch', [...p, 'volume'], a.volume, 'volume', volume, `Volume of ${a.agent} drawn (the whole vials listed)`);
  if (a.containers !== count) {
    c.flag('whole_vials_mismatch', [...p, 'containers'], `The plan says ${a.containers ?? 'no'} vials to open; the list holds ${count}.`, null, null);
  }
  return { disagreements: c.disagreements };
}
