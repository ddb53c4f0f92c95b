/**
 * Finding codes: the closed set of `Check.code` values that any path (infusion, combination, course,
 * nasal spray) can produce. Codes are API: a caller acknowledges a soft finding by its code, and
 * tests assert codes, so every one is listed here and a new one is a deliberate change to this file.
 */

/** The measures a limit can bound, as they appear in a limit's code. */
export const MEASURE_CODES = Object.freeze(['dose_rate', 'dose_rate_per_kg', 'session_dose', 'session_dose_per_kg', 'concentration', 'duration'] as const);
/** One measure's part of a limit code. */
export type MeasureCode = (typeof MEASURE_CODES)[number];
/** A catalogue limit's outcome, e.g. `dose_rate_per_kg_above_soft_limit`. */
export type LimitCode = `${MeasureCode}_${'above' | 'below'}_${'soft' | 'hard'}_limit`;

/** The patient measures the plausibility limits read. */
export const PATIENT_MEASURES = Object.freeze(['weight', 'height', 'age', 'creatinine'] as const);
/** A patient plausibility limit's outcome, e.g. `weight_unusual`. */
export type PatientCode = `${(typeof PATIENT_MEASURES)[number]}_${'implausible' | 'unusual'}` | 'patient_not_adult';

/** Every other finding code, one per rule family's outcome. */
export const RULE_CODES = Object.freeze([
  'acknowledgement_unused',
  'adjustment_for_age',
  'adjustment_for_hepatic_impairment',
  'adjustment_for_renal_impairment',
  'age_required_for_adjustment',
  'clearance_band',
  'compatibility_unknown',
  'compatible_agents',
  'contraindicated_for_patient',
  'container_volume_differs_from_protocol',
  'container_volume_not_stocked',
  'course_length_matches_protocol',
  'course_length_open_ended',
  'course_longer_than_protocol',
  'course_shorter_than_protocol',
  'course_total',
  'cumulative_dose_unknown',
  'daily_dose_above_prescriber_limit',
  'date_required_for_window',
  'dose_above_titration',
  'duration_above_protocol_range',
  'duration_below_protocol_range',
  'duration_differs_from_protocol',
  'ecg_missing',
  'fasting_too_short',
  'history_not_used',
  'ibw_extrapolated',
  'incompatible_agents',
  'interval_at_least_minimum',
  'interval_below_minimum',
  'loading_above_protocol_range',
  'loading_below_protocol_range',
  'loading_differs_from_protocol',
  'month_end_clamped',
  'nasal_dose_above_hard_limit',
  'nasal_dose_above_soft_limit',
  'no_escort',
  'overfill_not_stated',
  'pattern_from_input',
  'priming_not_stated',
  'product_not_for_dilution',
  'product_not_in_protocol',
  'product_requires_dilution',
  'protocol_cap_applied',
  'protocol_cap_exceeded',
  'pump_rate_above_maximum',
  'pump_rate_below_minimum',
  'pump_rounding_beyond_tolerance',
  'pump_segment_empty',
  'pump_rounding_far_from_order',
  'rate_above_label_maximum',
  'rate_above_protocol_range',
  'rate_below_protocol_range',
  'rate_differs_from_protocol',
  'requirement_unconfirmed',
  'residual_in_container',
  'rounded_down_for_limit',
  'rounded_to_whole_vials',
  'session_beyond_course',
  'session_number_mismatch',
  'severe_event_cleared',
  'severe_event_needs_clearance',
  'sessions_on_same_day',
  'tenfold_dose',
  'tenfold_long_duration',
  'tenfold_low_dose',
  'tenfold_short_duration',
  'total_above_protocol_range',
  'total_below_protocol_range',
  'total_differs_from_protocol',
  'unverified_data',
  'weekend_sessions_moved',
  'whole_vials_beyond_tolerance',
  'whole_vials_far_from_order',
  'window_counted_conservatively',
] as const);

/** Any code a {@link Check} can carry. */
export type CheckCode = (typeof RULE_CODES)[number] | LimitCode | PatientCode;

function limitCodes(): LimitCode[] {
  return MEASURE_CODES.flatMap((m) => (['above', 'below'] as const).flatMap((b) => (['soft', 'hard'] as const).map((s): LimitCode => `${m}_${b}_${s}_limit`)));
}

function patientCodes(): PatientCode[] {
  return [...PATIENT_MEASURES.flatMap((m) => (['implausible', 'unusual'] as const).map((a): PatientCode => `${m}_${a}`)), 'patient_not_adult'];
}

/** Every catalogue limit's outcome code, measure by measure (frozen). */
export const LIMIT_CODES: readonly LimitCode[] = /* @__PURE__ */ Object.freeze(limitCodes());

/** Every patient plausibility outcome code (frozen). */
export const PATIENT_CODES: readonly PatientCode[] = /* @__PURE__ */ Object.freeze(patientCodes());

function allCheckCodes(): readonly CheckCode[] {
  return Object.freeze([...RULE_CODES, ...limitCodes(), ...patientCodes()]);
}

/** Every finding code, for callers that validate or map codes (frozen). Built by a pure call, so a bundle that never reads it drops it. */
export const CHECK_CODES: readonly CheckCode[] = /* @__PURE__ */ allCheckCodes();
