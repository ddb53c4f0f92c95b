/**
 * An independent re-calculation of a finished plan from its own bag contents and pump settings.
 *
 * Independence is the point. This file and its steps (`check-plan-*.ts`) share no arithmetic with
 * the planner: they import only the exact-decimal constructor (`dec`, `Dec`) and the unit table.
 * Nothing from `plan/` (the `Plan` types aside), `pump/`, `compounding/` or `checks/`; they do not
 * even share the planner's output formatting. Each number the plan states is worked out again,
 * forwards, from the numbers a pharmacist and a nurse act on (volume drawn, product strength, bag
 * volume, pump rate, duration):
 *
 * - each additive's amount = volume drawn x product strength;
 * - the diluent after withdrawal = nominal + overfill - withdrawn (withdrawn = the volume drawn
 *   for `withdraw-equal`, 0 for `add`);
 * - the final volume = diluent after withdrawal + the volumes drawn (a premix without diluent:
 *   its nominal volume + any volumes drawn);
 * - each agent's concentration = its amount (all its additives summed) / final volume;
 * - per pump segment: volume = rate x duration, dose = volume x concentration, dose rate =
 *   rate x concentration;
 * - the totals: volume to be infused = sum of segment volumes, duration = sum of segment
 *   durations, delivered total dose = sum of segment doses, delivered dose rate = the highest
 *   dose rate of a segment that is not a loading dose, per kg by the dosing weight;
 * - residual volume = final volume - volume infused; a whole-bag plan infuses the final volume;
 * - whole vials: volume drawn = sum of vials x vial volume, vials to open = sum of counts, and an
 *   agent dosed in whole vials (or whose total is not its ordered amount) totals what the bag holds.
 *
 * A premix without additives states its concentration from the product label, which the plan does
 * not restate: that concentration is taken as stated (it cannot be recomputed from the plan), and
 * everything downstream of it is still recomputed.
 *
 * Tolerance rule. The plan prints every value with at most 6 decimal places, half-up, so each
 * printed number is within half a unit in the 6th place (of its own unit) of the exact one. Each
 * recomputed value carries a worst-case bound of the error those half-units cause on the way
 * (interval propagation: a sum adds the bounds; a product x.y adds |x|.ey + |y|.ex + ex.ey; a
 * quotient is bounded the same way), which scales the tolerance sensibly for products (a dose =
 * volume x concentration may differ by volume x 0.0000005 mg/mL). A stated value agrees when
 * |stated - recomputed| <= that bound + 2 units in the 6th place of the stated value's unit (its
 * own half-up rounding with margin). Any larger difference is a disagreement.
 */
import { PLAN_BOUNDS, checkBounds } from '../types/input-limits.js';
import type { Catalogue } from '../catalogue/types.js';
import { acceptCatalogue } from '../formulary/entry.js';
import { guard } from '../schema/guard.js';
import { readAnyPlan } from '../format/plan-kind.js';
import type { CombinationPlan } from '../plan/combination-types.js';
import type { NasalSprayPlan } from '../nasal/types.js';
import { checkCombinationOrder } from './check-plan-combination.js';
import { checkNasal } from './check-plan-nasal.js';
import type { Found } from './check-plan-read.js';
import type { Plan } from '../types/plan.js';
import { frozenCopy } from '../types/freeze.js';
import { checkAdditives, checkConcentrations, checkFinalVolume } from './check-plan-bag.js';
import { type StatedWeight, checkDelivered } from './check-plan-delivered.js';
import { checkOrder } from './check-plan-order.js';
import { checkPumpTotals, checkResidual, checkSegments } from './check-plan-pump.js';
import { checkWholeVials } from './check-plan-vials.js';
import type { CheckPlanResult } from './check-plan-types.js';

export { CHECK_PLAN_CODES, type CheckPlanCode, type CheckPlanResult, type PlanDisagreement } from './check-plan-types.js';

// ------------------------------------------------------------------------------------------------
// The re-calculation

/**
 * Recomputes a plan's bag, pump and delivered doses from its own bag contents and pump settings,
 * by a path that shares no arithmetic with the planner, and lists every stated value that does
 * not agree (see the file comment for the formulas and the tolerance rule).
 *
 * With the catalogue the plan came from, it also re-derives the order (check-plan-order.ts): the
 * dosing weight from the patient the plan records and the protocol record's weight basis, the
 * ordered dose rate and session dose from the plan's prescribed values, that weight and the
 * protocol record's caps, and each drawn product's strength from the catalogue's product record.
 *
 * @param plan - a plan from `planInfusion`.
 * @param catalogue - optional: the catalogue the plan came from (e.g. `BUILTIN_CATALOGUE`), to re-derive the order as well.
 * @returns `{ ok: true }` when every value agrees; otherwise the disagreements, each with a stable
 *   code, the path of the value, the stated and the recomputed value. Never throws: a value that is
 *   not a single-infusion plan (`not_a_plan`, `combination_plan_not_supported`, the guard's codes), a
 *   catalogue that does not validate, or an internal failure (`internal_error`) gives
 *   `{ ok: false, disagreements: [], issues }`.
 * @example
 * const r = planInfusion(input);
 * if (r.ok) {
 *   const c = checkPlan(r.plan);
 *   if (!c.ok) console.error(c.disagreements.map((d) => `${d.code} at ${d.path.join('.')}`));
 * }
 */
export function checkPlan(plan: Plan | CombinationPlan | NasalSprayPlan, catalogue?: Catalogue): CheckPlanResult {
  const result = guard((): CheckPlanResult => {
    const tooBig = checkBounds(plan, PLAN_BOUNDS);
    // A cycle is not a size: it is refused as unreadable input, as every door refuses it.
    if (tooBig?.code === 'cyclic_input') return { ok: false, disagreements: [], issues: [tooBig] };
    if (tooBig)
      return { ok: false, disagreements: [{ code: 'plan_too_large', path: tooBig.path, message: tooBig.message, planValue: null, recomputed: null }] };
    const read = readAnyPlan(plan);
    if (!read.ok) return { ok: false, disagreements: [], issues: read.issues };
    // A nasal spray has no bag and no catalogue record: its own arithmetic is re-derived.
    if (read.kind === 'nasal') return checkNasal(read.plan);
    const accepted = catalogue === undefined ? undefined : acceptCatalogue(catalogue);
    if (accepted !== undefined && !accepted.ok) return { ok: false, disagreements: [], issues: accepted.issues };
    const known = accepted?.catalogue;
    return read.kind === 'combination' ? recheckCombination(read.plan, known) : recheck(read.plan, known);
  });
  // Every answer is a frozen copy: it may quote the caller's plan, which stays the caller's.
  const answer: CheckPlanResult = 'disagreements' in result || result.ok ? result : { ok: false, disagreements: [], issues: result.issues };
  return frozenCopy(answer);
}

function recheck(plan: Plan, catalogue?: Catalogue): CheckPlanResult {
  const weight: StatedWeight = { value: plan.dosingWeight.value, path: ['dosingWeight', 'value'] };
  return recheckBag(plan, () => weight, catalogue === undefined ? undefined : () => checkOrder(plan, catalogue));
}

/** A combination plan: the same steps on its one bag and shared rate, each agent per kg of its own dosing weight. */
function recheckCombination(plan: CombinationPlan, catalogue?: Catalogue): CheckPlanResult {
  const weightFor = (agent: string): StatedWeight => {
    const j = plan.dosingWeights.findIndex((w) => w.agent === agent);
    const stated = plan.dosingWeights[j]?.weight.value;
    // An agent with no dosing weight of its own is read at an empty path, which reports it unreadable.
    return stated === undefined
      ? { value: null as unknown as StatedWeight['value'], path: ['dosingWeights'] }
      : { value: stated, path: ['dosingWeights', j, 'weight', 'value'] };
  };
  return recheckBag(plan, weightFor, catalogue === undefined ? undefined : () => checkCombinationOrder(plan, catalogue));
}

/** The bag, the pump and the delivered doses worked forwards, then (with a catalogue) the order. */
function recheckBag(plan: Pick<Plan, 'bag' | 'pump' | 'agents'>, weightFor: (agent: string) => StatedWeight, order?: () => Found): CheckPlanResult {
  const { bag, pump } = plan;
  const additives = checkAdditives(bag);
  const volume = checkFinalVolume(bag, additives.drawn);
  const concentrations = checkConcentrations(bag, additives.amountByAgent, volume.finalVolume);
  const segments = checkSegments(pump.segments, concentrations.concentrationByAgent);
  const steps = [
    additives,
    volume,
    concentrations,
    segments,
    checkPumpTotals(pump, segments),
    checkResidual(bag, pump, volume.finalVolume, segments),
    checkDelivered(plan.agents, weightFor, concentrations.concentrationByAgent, segments),
    checkWholeVials(plan, additives.amountByAgent),
    ...(order === undefined ? [] : [order()]),
  ];
  // The steps' lists in the order the steps run: the order of disagreements is part of the answer.
  const disagreements = steps.flatMap((step) => step.disagreements);
  // A disagreement quotes the caller's plan; a copy is frozen, never the caller's own objects.
  return frozenCopy(disagreements.length === 0 ? { ok: true } : { ok: false, disagreements });
}
