/**
 * The public shape of {@link checkPlan}'s answer: its codes and disagreements. Kept apart from the
 * re-calculation so every step of it can name a disagreement without importing the entry point.
 */
import type { Issues } from '../types/issues.js';
import type { Quantity } from '../units/index.js';

/** Codes of the disagreements, stable API. */
export const CHECK_PLAN_CODES = Object.freeze([
  'unreadable_quantity',
  'additive_amount_mismatch',
  'withdrawn_volume_mismatch',
  'diluent_volume_mismatch',
  'final_volume_mismatch',
  'concentration_mismatch',
  'concentration_missing',
  'agent_not_in_bag',
  'no_segments',
  'empty_segment',
  'segment_volume_mismatch',
  'segment_dose_missing',
  'segment_dose_mismatch',
  'segment_dose_rate_mismatch',
  'pump_rate_mismatch',
  'volume_to_be_infused_mismatch',
  'duration_mismatch',
  'whole_bag_not_infused',
  'infused_exceeds_bag',
  'residual_volume_mismatch',
  'delivered_total_dose_mismatch',
  'delivered_dose_rate_mismatch',
  'delivered_total_dose_per_kg_mismatch',
  'delivered_dose_rate_per_kg_mismatch',
  'agent_missing_from_plan',
  'dosing_weight_not_positive',
  'whole_vials_mismatch',
  'total_dose_not_in_bag',
  'protocol_not_in_catalogue',
  'product_strength_mismatch',
  'dosing_weight_mismatch',
  'ordered_dose_rate_mismatch',
  'ordered_total_dose_mismatch',
  'plan_too_large',
  // A nasal-spray plan (issue 13 item 3): its spray, dose, day and bottle arithmetic.
  'spray_amount_mismatch',
  'dose_not_whole_sprays',
  'sprays_per_dose_mismatch',
  'daily_dose_mismatch',
  'daily_dose_above_maximum',
  'bottle_count_mismatch',
] as const);
/** A code from {@link CHECK_PLAN_CODES}. */
export type CheckPlanCode = (typeof CHECK_PLAN_CODES)[number];

/** One value the plan states that the re-calculation does not reproduce. */
export interface PlanDisagreement {
  readonly code: CheckPlanCode;
  /** Where in the plan, as keys (e.g. `['pump', 'segments', 0, 'volume']`). */
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** The value as the plan states it; `null` when the plan states none. */
  readonly planValue: Quantity | null;
  /** The recomputed value in the plan value's unit (6 places, half-up); `null` when none could be worked out. */
  readonly recomputed: Quantity | null;
}

/**
 * The result of {@link checkPlan}: agreement, the disagreements, or (for a value that is not a
 * single-infusion plan, a catalogue that does not validate, or an internal failure) no
 * disagreements and the coded `issues` that stopped the check.
 */
export type CheckPlanResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly disagreements: readonly PlanDisagreement[] }
  | { readonly ok: false; readonly disagreements: readonly []; readonly issues: Issues };
