/**
 * checkPlan's delivered-dose step: each agent's delivered total dose and dose rate, in all and per
 * kg of the dosing weight, from the sums the pump step worked out.
 */
import type { AgentDose, Plan } from '../types/plan.js';
import { type Approx, div } from './check-plan-approx.js';
import type { Segments } from './check-plan-pump.js';
import { Checker, type Found, type Path } from './check-plan-read.js';

/** Where an agent's dosing weight is stated: the quantity and its path in the plan. */
export interface StatedWeight {
  readonly value: Plan['dosingWeight']['value'];
  readonly path: Path;
}

/**
 * Every agent the plan doses: delivered total dose = sum of segment doses, dose rate = highest
 * non-loading segment's, per kg of the agent's own dosing weight (one for a single infusion, one per
 * component of a combination bag).
 */
export function checkDelivered(
  agents: readonly AgentDose[],
  weightFor: (agent: string) => StatedWeight,
  concentrationByAgent: ReadonlyMap<string, Approx>,
  s: Segments,
): Found {
  const c = new Checker();
  // Each stated weight is read once, so a weight that is not above zero is one disagreement, not one per agent.
  const weights = new Map<string, Approx | null>();
  const weightOf = (agent: string): Approx | null => {
    const stated = weightFor(agent);
    const key = stated.path.join('.');
    if (!weights.has(key)) weights.set(key, c.absorb(readDosingWeight(stated)).weight);
    return weights.get(key) ?? null;
  };
  agents.forEach((a, i) => {
    const weight = weightOf(a.agent);
    if (!concentrationByAgent.has(a.agent)) {
      c.flag(
        'agent_missing_from_plan',
        ['agents', i],
        `The plan doses ${a.agent}, but the bag holds no stated concentration of it.`,
        a.delivered.totalDose,
        null,
      );
      return;
    }
    if (!s.readable) return;
    c.absorb(checkTotalDose(a, i, s.totalDose.get(a.agent), weight));
    c.absorb(checkDoseRate(a, i, s.maxDoseRate.get(a.agent), weight));
  });
  return { disagreements: c.disagreements };
}

/** The dosing weight to divide by; `null` when it cannot be read or is not above zero. */
function readDosingWeight(stated: StatedWeight): Found & { readonly weight: Approx | null } {
  const c = new Checker();
  const read = c.read(stated.value, 'weight', stated.path);
  // A dosing weight of zero (or one that may be zero within its printing) gives no per-kg figure
  // to compare: that is itself a disagreement, never a silent pass.
  const weight = read !== null && read.v.gt(read.e) ? read : null;
  if (read !== null && weight === null) {
    c.flag(
      'dosing_weight_not_positive',
      stated.path,
      `The dosing weight ${stated.value.value} ${stated.value.unit} is not above zero, so no per-kg dose can be checked.`,
      stated.value,
      null,
    );
  }
  return { weight, disagreements: c.disagreements };
}

/** An agent's delivered total dose, and per kg: mg/kg = mg / kg. */
function checkTotalDose(a: AgentDose, i: number, total: Approx | undefined, weight: Approx | null): Found {
  if (total === undefined) return { disagreements: [] };
  const c = new Checker();
  const p = ['agents', i, 'delivered'];
  c.compare(
    'delivered_total_dose_mismatch',
    [...p, 'totalDose'],
    a.delivered.totalDose,
    'mass',
    total,
    `Delivered total dose of ${a.agent} (sum of segment doses)`,
  );
  const perKg = weight === null ? null : div(total, weight);
  if (perKg !== null)
    c.compare(
      'delivered_total_dose_per_kg_mismatch',
      [...p, 'totalDosePerKg'],
      a.delivered.totalDosePerKg,
      'dose-per-kg',
      perKg,
      `Delivered total dose of ${a.agent} per kg of dosing weight`,
    );
  return { disagreements: c.disagreements };
}

/** An agent's delivered dose rate, and per kg: mg/kg/h = mg/h / kg. */
function checkDoseRate(a: AgentDose, i: number, rate: Approx | undefined, weight: Approx | null): Found {
  if (rate === undefined) return { disagreements: [] };
  const c = new Checker();
  const p = ['agents', i, 'delivered'];
  c.compare(
    'delivered_dose_rate_mismatch',
    [...p, 'doseRate'],
    a.delivered.doseRate,
    'dose-rate',
    rate,
    `Delivered dose rate of ${a.agent} (highest non-loading segment)`,
  );
  const perKg = weight === null ? null : div(rate, weight);
  if (perKg !== null)
    c.compare(
      'delivered_dose_rate_per_kg_mismatch',
      [...p, 'doseRatePerKg'],
      a.delivered.doseRatePerKg,
      'dose-rate-per-kg',
      perKg,
      `Delivered dose rate of ${a.agent} per kg of dosing weight`,
    );
  return { disagreements: c.disagreements };
}
