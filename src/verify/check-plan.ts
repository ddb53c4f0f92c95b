/**
 * An independent re-calculation of a finished plan from its own bag contents and pump settings.
 *
 * Independence is the point. This file shares no arithmetic with the planner: it imports only the
 * exact-decimal constructor (`dec`, `Dec`) and the unit table. Nothing from `plan/` (the `Plan`
 * types aside), `pump/`, `compounding/` or `checks/`; it does not even share the planner's output
 * formatting. Each number the plan states is worked out again, forwards, from the numbers a
 * pharmacist and a nurse act on (volume drawn, product strength, bag volume, pump rate, duration):
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
 * - residual volume = final volume - volume infused; a whole-bag plan infuses the final volume.
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
import type { Plan } from '../plan/types.js';
import { type Approx, STATED_SLACK, ZERO, add, div, mul, show, sub } from './check-plan-approx.js';
import { checkAdditives, checkConcentrations, checkFinalVolume } from './check-plan-bag.js';
import { Checker } from './check-plan-read.js';
import type { CheckPlanResult } from './check-plan-types.js';

export { CHECK_PLAN_CODES, type CheckPlanCode, type CheckPlanResult, type PlanDisagreement } from './check-plan-types.js';

// ------------------------------------------------------------------------------------------------
// The re-calculation

/**
 * Recomputes a plan's bag, pump and delivered doses from its own bag contents and pump settings,
 * by a path that shares no arithmetic with the planner, and lists every stated value that does
 * not agree (see the file comment for the formulas and the tolerance rule).
 *
 * @param plan - a plan from `planInfusion`.
 * @returns `{ ok: true }` when every value agrees; otherwise the disagreements, each with a stable
 *   code, the path of the value, the stated and the recomputed value.
 * @example
 * const r = planInfusion(input);
 * if (r.ok) {
 *   const c = checkPlan(r.plan);
 *   if (!c.ok) console.error(c.disagreements.map((d) => `${d.code} at ${d.path.join('.')}`));
 * }
 */
export function checkPlan(plan: Plan): CheckPlanResult {
  const c = new Checker();
  const bag = plan.bag;
  const additives = c.absorb(checkAdditives(bag));
  const { finalVolume } = c.absorb(checkFinalVolume(bag, additives.drawn));
  const { concentrationByAgent } = c.absorb(checkConcentrations(bag, additives.amountByAgent, finalVolume));

  // --- Pump segments: volume = rate x duration; dose = volume x concentration; dose rate = rate x concentration.
  const pump = plan.pump;
  const segments = pump.segments;
  if (segments.length === 0) c.flag('no_segments', ['pump', 'segments'], 'The pump has no segments: nothing is infused.', null, null);
  let infused: Approx = ZERO;
  let duration: Approx = ZERO;
  let segmentsReadable = true;
  const totalDose = new Map<string, Approx>();
  const maxDoseRate = new Map<string, Approx>();
  segments.forEach((seg, i) => {
    const p = ['pump', 'segments', i];
    const rate = c.read(seg.rate, 'volume-rate', [...p, 'rate']);
    const time = c.read(seg.duration, 'time', [...p, 'duration']);
    if (rate === null || time === null) {
      segmentsReadable = false;
      return;
    }
    // mL = mL/h x h
    const volume = mul(rate, time);
    c.compare('segment_volume_mismatch', [...p, 'volume'], seg.volume, 'volume', volume, `Volume of segment ${i + 1} (rate x duration)`);
    infused = add(infused, volume);
    duration = add(duration, time);
    for (const [agent, conc] of concentrationByAgent) {
      const j = seg.doses.findIndex((d) => d.agent === agent);
      // mg = mL x mg/mL; mg/h = mL/h x mg/mL
      const dose = mul(volume, conc);
      const doseRate = mul(rate, conc);
      totalDose.set(agent, add(totalDose.get(agent) ?? ZERO, dose));
      if (seg.kind !== 'loading') {
        const m = maxDoseRate.get(agent);
        if (m === undefined || doseRate.v.gt(m.v)) maxDoseRate.set(agent, doseRate);
      }
      const d = seg.doses[j];
      if (d === undefined) {
        c.flag('segment_dose_missing', [...p, 'doses'], `Segment ${i + 1} gives ${agent} from the bag, but states no dose of it.`, null, null);
        continue;
      }
      c.compare('segment_dose_mismatch', [...p, 'doses', j, 'amount'], d.amount, 'mass', dose, `Dose of ${agent} in segment ${i + 1} (volume x concentration)`);
      c.compare('segment_dose_rate_mismatch', [...p, 'doses', j, 'doseRate'], d.doseRate, 'dose-rate', doseRate, `Dose rate of ${agent} in segment ${i + 1} (rate x concentration)`);
    }
  });

  // --- Pump totals.
  const last = segments[segments.length - 1];
  if (last !== undefined) {
    const lastRate = c.read(last.rate, 'volume-rate', ['pump', 'segments', segments.length - 1, 'rate']);
    if (lastRate !== null) c.compare('pump_rate_mismatch', ['pump', 'rate'], pump.rate, 'volume-rate', lastRate, "Pump rate (the main, last segment's rate)");
  }
  if (segmentsReadable && segments.length > 0) {
    c.compare('volume_to_be_infused_mismatch', ['pump', 'volumeToBeInfused'], pump.volumeToBeInfused, 'volume', infused, 'Volume to be infused (sum of segment rate x duration)');
    c.compare('duration_mismatch', ['pump', 'duration'], pump.duration, 'time', duration, 'Duration (sum of segment durations)');
  }

  // --- Residual volume: final - infused; a whole-bag plan infuses the whole bag.
  if (finalVolume !== null && segmentsReadable && segments.length > 0) {
    if (bag.style === 'whole-bag') {
      // The segments as set (rate x duration) must give the whole bag: two recomputed values.
      const gap = infused.v.sub(finalVolume.v).abs();
      const tol = infused.e.add(finalVolume.e).add(STATED_SLACK);
      if (gap.gt(tol)) {
        c.flag(
          'whole_bag_not_infused',
          ['pump', 'volumeToBeInfused'],
          `A whole-bag plan infuses the final volume: the segments as set (rate x duration) give ${show(infused.v)} mL, the bag holds ${show(finalVolume.v)} mL (tolerance ${show(tol)} mL).`,
          pump.volumeToBeInfused,
          { value: show(finalVolume.v), unit: 'mL' },
        );
      }
      c.compare('residual_volume_mismatch', ['bag', 'residualVolume'], bag.residualVolume, 'volume', ZERO, 'Residual volume of a whole-bag plan');
    } else {
      const residual = sub(finalVolume, infused);
      if (residual.v.add(residual.e).add(STATED_SLACK).lt(0)) {
        c.flag(
          'infused_exceeds_bag',
          ['pump', 'volumeToBeInfused'],
          `The segments infuse ${show(infused.v)} mL, more than the ${show(finalVolume.v)} mL in the bag.`,
          pump.volumeToBeInfused,
          { value: show(finalVolume.v), unit: 'mL' },
        );
      } else {
        c.compare('residual_volume_mismatch', ['bag', 'residualVolume'], bag.residualVolume, 'volume', residual, 'Residual volume (final - volume infused)');
      }
    }
  }

  // --- Delivered doses per agent.
  const stated = c.read(plan.dosingWeight.value, 'weight', ['dosingWeight', 'value']);
  // A dosing weight of zero (or one that may be zero within its printing) gives no per-kg figure
  // to compare: that is itself a disagreement, never a silent pass.
  const weight = stated !== null && stated.v.gt(stated.e) ? stated : null;
  if (stated !== null && weight === null) {
    c.flag('dosing_weight_not_positive', ['dosingWeight', 'value'], `The dosing weight ${plan.dosingWeight.value.value} ${plan.dosingWeight.value.unit} is not above zero, so no per-kg dose can be checked.`, plan.dosingWeight.value, null);
  }
  plan.agents.forEach((a, i) => {
    const p = ['agents', i, 'delivered'];
    const total = totalDose.get(a.agent);
    const rate = maxDoseRate.get(a.agent);
    if (!concentrationByAgent.has(a.agent)) {
      c.flag('agent_missing_from_plan', ['agents', i], `The plan doses ${a.agent}, but the bag holds no stated concentration of it.`, a.delivered.totalDose, null);
      return;
    }
    if (!segmentsReadable) return;
    if (total !== undefined) {
      c.compare('delivered_total_dose_mismatch', [...p, 'totalDose'], a.delivered.totalDose, 'mass', total, `Delivered total dose of ${a.agent} (sum of segment doses)`);
      const perKg = weight === null ? null : div(total, weight);
      if (perKg !== null) c.compare('delivered_total_dose_per_kg_mismatch', [...p, 'totalDosePerKg'], a.delivered.totalDosePerKg, 'dose-per-kg', perKg, `Delivered total dose of ${a.agent} per kg of dosing weight`);
    }
    if (rate !== undefined) {
      c.compare('delivered_dose_rate_mismatch', [...p, 'doseRate'], a.delivered.doseRate, 'dose-rate', rate, `Delivered dose rate of ${a.agent} (highest non-loading segment)`);
      const perKg = weight === null ? null : div(rate, weight);
      if (perKg !== null) c.compare('delivered_dose_rate_per_kg_mismatch', [...p, 'doseRatePerKg'], a.delivered.doseRatePerKg, 'dose-rate-per-kg', perKg, `Delivered dose rate of ${a.agent} per kg of dosing weight`);
    }
  });

  return c.disagreements.length === 0 ? { ok: true } : { ok: false, disagreements: c.disagreements };
}
