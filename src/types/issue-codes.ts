/**
 * Issue codes: the closed set of `Issue.code` values any public function can return. A refusal by a
 * safety rule carries its finding's code (a {@link CheckCode}); every other problem has one of
 * INPUT_ISSUE_CODES: bad input at a door, a catalogue that does not validate, a plan that cannot be
 * made. Codes are API: tests assert them and callers branch on them.
 */
import type { NumberProblem } from '../decimal/index.js';
import { CHECK_CODES, type CheckCode } from './codes.js';

/** The codes of problems that are not a rule's finding. */
export const INPUT_ISSUE_CODES = Object.freeze([
  'acknowledgement_reason_required',
  'actuation_volume_implausible',
  'actuation_volume_required',
  'age_required',
  'bag_volume_not_stocked',
  'bottle_too_small_for_one_dose',
  'cap_above_hard_limit',
  'cap_unit_invalid',
  'care_area_required',
  'clearance_reason_required',
  'combination_duplicate_agent',
  'combination_mismatch',
  'combination_not_whole_bag',
  'container_too_small',
  'container_volume_required',
  'creatinine_required',
  'date_out_of_range',
  'dose_not_adjustable',
  'dose_not_whole_sprays',
  'dose_range_out_of_order',
  'dose_range_outside_hard_limit',
  'dose_required',
  'dose_unit_mismatch',
  'dosing_weight_not_positive',
  'duplicate_id',
  'empty_bag',
  'empty_number',
  'empty_value',
  'hard_limit_loosened',
  'hard_limit_missing',
  'height_not_positive',
  'height_required',
  'history_after_session',
  'history_out_of_order',
  'ideal_weight_not_valid',
  'increment_too_coarse',
  'invalid_date',
  'invalid_decimals',
  'invalid_input',
  'invalid_number',
  'invalid_options',
  'invalid_pattern',
  'invalid_rounding_mode',
  'invalid_session',
  'invalid_type',
  'invalid_value',
  'limit_unit_invalid',
  'limits_out_of_order',
  'mass_unit_mismatch',
  'missing',
  'negative_value',
  'no_schedule_pattern',
  'not_a_number',
  'not_a_quantity',
  'not_an_integer',
  'not_applicable_to_premix',
  'not_finite',
  'not_plain_decimal',
  'not_positive',
  'pain_out_of_range',
  'parameter_unit_invalid',
  'patient_limit_invalid',
  'phases_invalid',
  'preparation_invalid',
  'product_agent_mismatch',
  'product_not_usable',
  'product_strength_invalid',
  'product_volume_invalid',
  'product_volume_unknown',
  'regimen_parameter_missing',
  'relief_out_of_range',
  'required',
  'rounds_to_zero',
  'sessions_given_not_increasing',
  'sex_required',
  'titration_dose_not_recorded',
  'titration_maximum_required',
  'titration_no_tolerated_dose',
  'titration_rule_invalid',
  'titration_stop_futile',
  'titration_stop_severe',
  'titration_unit_mismatch',
  'too_many_digits',
  'unknown_agent',
  'unknown_care_area',
  'unknown_diluent',
  'unknown_key',
  'unknown_pattern',
  'unknown_product',
  'unknown_protocol',
  'unknown_unit',
  'value_not_string',
  'volume_not_measurable',
  'weight_not_positive',
] as const);

/** Any code an {@link Issue} can carry. */
export type IssueCode = CheckCode | (typeof INPUT_ISSUE_CODES)[number];

function allIssueCodes(): readonly IssueCode[] {
  return Object.freeze([...new Set<IssueCode>([...CHECK_CODES, ...INPUT_ISSUE_CODES])]);
}

/** Every issue code (frozen). Built by a pure call, so a bundle that never reads it drops it. */
export const ISSUE_CODES: readonly IssueCode[] = /* @__PURE__ */ allIssueCodes();

/** The issue code for each way a value fails to be a plain decimal, the same at every door. */
export const NUMBER_PROBLEM_CODES: Readonly<Record<NumberProblem, IssueCode>> = {
  not_a_number: 'not_a_number',
  not_finite: 'not_finite',
  not_plain_decimal: 'not_plain_decimal',
  empty_string: 'empty_number',
};
