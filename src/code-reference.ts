/**
 * The code reference: for every code the library can return (rule findings, refusals of input,
 * checkPlan disagreements, administration findings, titration rule ids) its severity, what it says
 * happened and what the caller or clinician does about it. Each table `satisfies` a record over its
 * code union, so a code added to a list without an entry here (or an entry for a code that does not
 * exist) fails the type check. docs/codes.md is generated from this module (`npm run docs:codes`).
 *
 * Nothing in src imports this module except src/index.ts, so a bundle that plans infusions and never
 * reads CODE_REFERENCE drops it.
 */
import type { TitrationRuleId } from './catalogue/titration.js';
import type { CheckCode } from './types/codes.js';
import type { INPUT_ISSUE_CODES } from './types/issue-codes.js';
import type { AdministrationFindingCode } from './verify/administration-types.js';
import type { CheckPlanCode } from './verify/check-plan-types.js';

/** One code's entry: its severity, what it says happened, and what to do about it. */
export interface CodeDoc {
  /**
   * For a rule finding `hard`, `soft` or `info` (or several, when the limit record decides); `refusal`
   * for a refusal of input; `disagreement` for a checkPlan code; for an administration finding the
   * severity the check assigns; `decision` for a titration rule id.
   */
  readonly severity: string;
  /** One sentence: what the code says happened, as the code that emits it does. */
  readonly meaning: string;
  /** What the caller or clinician does about it. */
  readonly action: string;
}

/** A code of {@link INPUT_ISSUE_CODES}. */
export type InputIssueCode = (typeof INPUT_ISSUE_CODES)[number];

const ACK = 'Review it; proceed only with an acknowledgement of the code with a reason, or change the order.';
const HARD = 'The plan is refused and no acknowledgement clears it: change the order or the input, or do not give it.';
const NOTE = 'Nothing to acknowledge: read it and record it with the plan.';

const CHECKS = {
  acknowledgement_unused: {
    severity: 'info',
    meaning: 'An acknowledgement in the input names a code that matches no failed soft finding of this plan.',
    action: 'Check the acknowledged code for a typo or a finding that no longer fires, and remove or correct the acknowledgement.',
  },
  adjustment_for_age: {
    severity: 'soft; hard when the adjustment record contraindicates the agent over an age (none in the built-in catalogue)',
    meaning:
      "An adjustment the agent's source gives for patients over an age applies (the patient is older): a loading-dose maximum or a minimum infusion time (passed when the plan keeps it), a review the source asks for, or a contraindication.",
    action: 'Follow the adjustment or acknowledge it with a reason; a contraindication refuses the plan.',
  },
  adjustment_for_hepatic_impairment: {
    severity: 'soft',
    meaning:
      "An adjustment the agent's source gives for a patient risk whose name does not include `renal` (the hepatic risks) applies to this patient: a loading-dose maximum or a minimum infusion time (passed when the plan keeps it), or a review the source asks for.",
    action: 'Follow the adjustment (lower the loading dose, lengthen the infusion), or acknowledge with a reason.',
  },
  adjustment_for_renal_impairment: {
    severity: 'soft',
    meaning:
      "An adjustment the agent's source gives for a renal patient risk applies to this patient: a loading-dose maximum or a minimum infusion time (passed when the plan keeps it), or a review the source asks for.",
    action: 'Follow the adjustment (lower the loading dose, lengthen the infusion), or acknowledge with a reason.',
  },
  age_required_for_adjustment: {
    severity: 'soft; hard when one of the adjustments that need the age contraindicates the agent over an age (none in the built-in catalogue)',
    meaning:
      "The agent has an age-based adjustment for this protocol but the patient's age is not given, so it cannot be judged. A contraindication by age that cannot be judged refuses the plan.",
    action: 'Give patient.ageYears, or acknowledge the soft finding with a reason (a refusal cannot be acknowledged).',
  },
  clearance_band: {
    severity: 'hard',
    meaning:
      "The protocol doses by creatinine-clearance band, and the patient's clearance falls in a band where the product is not recommended (passed when the band gives a dose).",
    action: 'Do not give this product at this renal function; ask the prescriber and pharmacy for an alternative.',
  },
  compatibility_unknown: {
    severity: 'soft',
    meaning: 'No cited compatibility statement exists for two agents put in one combination bag.',
    action: 'Confirm compatibility with pharmacy or a compatibility reference, then acknowledge with a reason.',
  },
  compatible_agents: {
    severity: 'info',
    meaning: 'A cited source states the two agents are compatible in one bag.',
    action: NOTE,
  },
  contraindicated_for_patient: {
    severity: 'hard',
    meaning: "The agent's source contraindicates it for a state this patient has (a patient risk).",
    action: 'Do not give the agent; the plan is refused and cannot be acknowledged.',
  },
  container_volume_differs_from_protocol: {
    severity: 'soft',
    meaning: 'The protocol fixes a bag volume and the input chose another, which changes the concentration and pump rate the source describes.',
    action: "Use the protocol's volume, or acknowledge with a reason.",
  },
  container_volume_not_stocked: {
    severity: 'soft',
    meaning: 'The chosen bag volume is not one the diluent is stocked in (its bagVolumes).',
    action: 'Check with pharmacy that such a bag exists, choose a stocked volume, or acknowledge with a reason.',
  },
  course_length_matches_protocol: {
    severity: 'soft',
    meaning: "A course check that passes: the planned number of sessions equals the protocol's course.",
    action: 'Nothing to do.',
  },
  course_length_open_ended: {
    severity: 'info',
    meaning: 'The protocol gives sessions per visit and no course length, so the planned count is only reported.',
    action: NOTE,
  },
  course_longer_than_protocol: {
    severity: 'soft',
    meaning: "The course plans more sessions than the protocol's course.",
    action: 'Shorten the pattern, or acknowledge the longer course with a reason.',
  },
  course_shorter_than_protocol: {
    severity: 'info',
    meaning: "The course plans fewer sessions than the protocol's course.",
    action: 'Check the course is meant to be shorter; nothing to acknowledge.',
  },
  course_total: {
    severity: 'info',
    meaning: 'A note with the total the course delivers over its sessions at the planned doses.',
    action: NOTE,
  },
  cumulative_dose_unknown: {
    severity: 'hard or soft: the limit record decides',
    meaning: "An earlier session inside a windowed (time-window or course) limit's window records no total dose, so the windowed total cannot be known.",
    action: 'Record the total dose of that session; a soft limit can instead be acknowledged with a reason, a hard one refuses the plan until it is recorded.',
  },
  daily_dose_above_prescriber_limit: {
    severity: 'hard',
    meaning: "A nasal-spray check: the daily total (dose x doses per day) is above the prescriber's maximum daily dose (passed when within it).",
    action: 'Lower the dose or the doses per day; it cannot be acknowledged.',
  },
  date_required_for_window: {
    severity: 'hard or soft: the limit record decides',
    meaning: 'A limit of the agent counts doses over a time window but the session has no date, so earlier sessions were not added.',
    action: 'Give the session date (a hard windowed limit refuses the plan without it; a soft one can be acknowledged with a reason).',
  },
  dose_above_titration: {
    severity: 'soft',
    meaning: "The clinician's chosen dose is above the titration engine's next dose from the history.",
    action: "Use the engine's dose, or acknowledge with a reason.",
  },
  duration_above_protocol_range: {
    severity: 'soft',
    meaning: "The infusion time (the stated one, or the one the rate and dose derive) is above the protocol's maximum duration (passed when within it).",
    action: 'Adjust the rate or duration, or acknowledge with a reason.',
  },
  duration_below_protocol_range: {
    severity: 'soft',
    meaning: "The infusion time (the stated one, or the one the rate and dose derive) is below the protocol's minimum duration (passed when within it).",
    action: 'Adjust the rate or duration, or acknowledge with a reason.',
  },
  duration_differs_from_protocol: {
    severity: 'soft',
    meaning: 'The protocol states one duration and no range, and the chosen duration is another (passed when equal).',
    action: "Use the protocol's duration, or acknowledge with a reason.",
  },
  ecg_missing: {
    severity: 'soft',
    meaning: 'The protocol requires an ECG on file and the readiness input says there is none (ecgOnFile: false).',
    action: 'Obtain the ECG, or acknowledge with a reason.',
  },
  fasting_too_short: {
    severity: 'soft',
    meaning: "The readiness input's fasting hours are below the hours the protocol's fasting requirement states.",
    action: 'Wait until the fast is long enough, or acknowledge with a reason.',
  },
  history_not_used: {
    severity: 'info',
    meaning: 'The history holds sessions but this protocol has no titration rule, so they do not change the dose.',
    action: NOTE,
  },
  ibw_extrapolated: {
    severity: 'soft',
    meaning: 'The height is under 60 in, where the Devine ideal-weight formula is not validated, and the line was continued below it for the dosing weight.',
    action: 'Confirm the dosing weight (pharmacy), then acknowledge with a reason.',
  },
  incompatible_agents: {
    severity: 'hard',
    meaning: 'A cited source states the two agents are incompatible in one bag.',
    action: 'Give the agents in separate bags or lines; the combination is refused.',
  },
  interval_at_least_minimum: {
    severity: 'soft',
    meaning: "A course check that passes: every interval between consecutive sessions (given and planned) is at least the protocol's minimum.",
    action: 'Nothing to do.',
  },
  interval_below_minimum: {
    severity: 'soft',
    meaning:
      "Two consecutive sessions of the protocol (in the history, with this session, or in a planned course) are closer than the protocol's minimum interval.",
    action: 'Correct the history or the date, choose a later start or pattern, or acknowledge with a reason.',
  },
  loading_above_protocol_range: {
    severity: 'soft',
    meaning: "The chosen loading dose is above the protocol's stated maximum (passed when within it).",
    action: ACK,
  },
  loading_below_protocol_range: {
    severity: 'soft',
    meaning: "The chosen loading dose is below the protocol's stated minimum (passed when within it).",
    action: ACK,
  },
  loading_differs_from_protocol: {
    severity: 'soft',
    meaning: 'The protocol states one loading dose and no range, and the chosen loading dose is another (passed when equal).',
    action: "Use the protocol's loading dose, or acknowledge with a reason.",
  },
  month_end_clamped: {
    severity: 'info',
    meaning: "A monthly course's start day does not exist in some months, so those sessions were put on the month's last day.",
    action: 'Check the listed dates; nothing to acknowledge.',
  },
  nasal_dose_above_hard_limit: {
    severity: 'hard',
    meaning: 'The nasal-spray dose per administration is above the hard per-dose limit (passed when within it).',
    action: 'Lower the dose per administration; it cannot be acknowledged.',
  },
  nasal_dose_above_soft_limit: {
    severity: 'soft',
    meaning: 'The nasal-spray dose per administration is above the soft per-dose limit (passed when within it).',
    action: ACK,
  },
  no_escort: {
    severity: 'soft',
    meaning: 'The protocol requires an escort home and the readiness input says there is none (escort: false).',
    action: 'Arrange an escort, or acknowledge with a reason.',
  },
  overfill_not_stated: {
    severity: 'info',
    meaning: 'No bag overfill was given, so none is counted and the bag may hold more than its nominal volume.',
    action: "Give preparation.overfill from the manufacturer's data to count it.",
  },
  pattern_from_input: {
    severity: 'info',
    meaning: "The course's schedule pattern was given in the input, not taken from the protocol's cited schedule.",
    action: NOTE,
  },
  priming_not_stated: {
    severity: 'info',
    meaning: 'No nasal-pump priming actuations were given, so none are counted and the bottle counts are the most it can give.',
    action: 'Give primingActuations from the pump maker to count them.',
  },
  product_not_for_dilution: {
    severity: 'soft',
    meaning: 'The label does not recommend diluting the product, and the bag dilutes it.',
    action: 'Choose another strength, or acknowledge with a reason.',
  },
  product_not_in_protocol: {
    severity: 'soft',
    meaning: "The product named in the input is not one of the products the protocol's preparation lists.",
    action: "Choose one of the protocol's products, or acknowledge with a reason.",
  },
  product_requires_dilution: {
    severity: 'hard',
    meaning: 'The label requires the product to be diluted before IV use and the plan gives it neat.',
    action: 'Make up a diluted bag; the plan is refused as it stands.',
  },
  protocol_cap_applied: {
    severity: 'info',
    meaning: 'A protocol cap bound the ordered dose and lowered it to the cap (passed when the cap does not bind).',
    action: NOTE,
  },
  protocol_cap_exceeded: {
    severity: 'hard',
    meaning: 'The delivered dose rate (mg/h) or session dose (mg, without a loading dose) is above a protocol cap (passed when within it).',
    action: HARD,
  },
  pump_rate_above_maximum: {
    severity: 'hard',
    meaning: "The highest segment rate is above the pump range's maximum (passed when within it).",
    action: 'Choose another container volume or concentration, or give the real pump range; the plan is refused as it stands.',
  },
  pump_rate_below_minimum: {
    severity: 'hard',
    meaning: "The lowest segment rate is below the pump range's minimum (passed when within it).",
    action: 'Choose another container volume or concentration, or give the real pump range; the plan is refused as it stands.',
  },
  pump_rounding_beyond_tolerance: {
    severity: 'soft',
    meaning: "Rounding a segment's pump rate to the pump increment moves the delivered dose rate by more than 5% of the order (short of twice or half).",
    action: 'Use a finer pump increment or another concentration, or acknowledge with a reason.',
  },
  pump_segment_empty: {
    severity: 'hard',
    meaning:
      "A pump segment would run for 0 min or infuse 0 mL at the pump's resolution (or the plan has no segment), so the order cannot be given as planned.",
    action: 'Check the duration and its unit; the plan is refused.',
  },
  pump_rounding_far_from_order: {
    severity: 'hard',
    meaning: "Rounding a segment's pump rate to the pump increment gives twice the ordered rate or more, or half or less.",
    action: 'Use a pump with a finer rate increment or a more dilute bag; the plan is refused.',
  },
  rate_above_label_maximum: {
    severity: 'hard',
    meaning:
      "The clinician's rate is above the product label's maximum rate (the at-risk maximum for a patient at risk of thrombosis or renal injury); passed when within it.",
    action: 'Lower the rate to the label maximum; it cannot be acknowledged.',
  },
  rate_above_protocol_range: {
    severity: 'soft',
    meaning: "The chosen dose rate is above the protocol's stated maximum (passed when within it).",
    action: ACK,
  },
  rate_below_protocol_range: {
    severity: 'soft',
    meaning: "The chosen dose rate is below the protocol's stated minimum (passed when within it).",
    action: ACK,
  },
  rate_differs_from_protocol: {
    severity: 'soft',
    meaning: 'The protocol states one dose rate and no range, and the chosen dose rate is another (passed when equal).',
    action: "Use the protocol's dose rate, or acknowledge with a reason.",
  },
  requirement_unconfirmed: {
    severity: 'info',
    meaning: 'A pre-infusion requirement of the protocol (fasting, escort or ECG) is not stated in the readiness input.',
    action: 'Confirm the requirement before starting, and record it in readiness.',
  },
  residual_in_container: {
    severity: 'info',
    meaning: 'Part of the container stays after the infusion (the pump infuses less than the container holds).',
    action: 'Discard the residual and record it as waste.',
  },
  rounded_down_for_limit: {
    severity: 'info',
    meaning:
      'Rounding to the nearest measurable volume or pump increment would have crossed a protocol cap or hard limit, or run the infusion under a minimum duration, so it was rounded down.',
    action: NOTE,
  },
  rounded_to_whole_vials: {
    severity: 'info',
    meaning: "The protocol rounds to whole vials and the bag holds a different amount from the order, within the protocol's tolerance.",
    action: 'Nothing to acknowledge: the plan gives what the vials hold.',
  },
  session_beyond_course: {
    severity: 'soft',
    meaning: "The session number is beyond the protocol's course length (passed when within it).",
    action: 'Check the session number, or acknowledge with a reason.',
  },
  session_number_mismatch: {
    severity: 'soft',
    meaning: "The session asked for is not the one after the history's earlier sessions of this protocol.",
    action: 'Check the history and the session number, and acknowledge with a reason.',
  },
  severe_event_cleared: {
    severity: 'info',
    meaning:
      'A severe adverse event with this agent is recorded in the history and a clinician cleared the patient to continue, with a reason; no dose is escalated after it.',
    action: NOTE,
  },
  severe_event_needs_clearance: {
    severity: 'hard',
    meaning: 'A severe adverse event with this agent (under any protocol) is recorded in the history and no clinician clearance is given.',
    action: 'A clinician clears the patient with a reason (titration.clearance), or the agent is not given again.',
  },
  sessions_on_same_day: {
    severity: 'hard',
    meaning: 'A course places two sessions (a given one and a planned one) on the same day.',
    action: 'Move the start date or remove the duplicate given session.',
  },
  tenfold_dose: {
    severity: 'hard',
    meaning:
      "The chosen dose rate, session dose or loading dose is ten or more times the protocol's usual value, outside the protocol's own range: a likely decimal or unit slip.",
    action: 'Check the value and its unit; the plan is refused.',
  },
  tenfold_long_duration: {
    severity: 'soft',
    meaning: "The chosen duration is ten or more times the protocol's usual duration, outside the protocol's own range.",
    action: 'Check for a decimal or unit slip, and acknowledge with a reason to proceed.',
  },
  tenfold_low_dose: {
    severity: 'soft',
    meaning: "The chosen dose rate, session dose or loading dose is a tenth or less of the protocol's usual value, outside the protocol's own range.",
    action: 'Check for a decimal or unit slip, and acknowledge with a reason to proceed.',
  },
  tenfold_short_duration: {
    severity: 'hard',
    meaning: "The chosen duration is a tenth or less of the protocol's usual duration, outside the protocol's own range: a likely decimal or unit slip.",
    action: 'Check the value and its unit; the plan is refused.',
  },
  total_above_protocol_range: {
    severity: 'soft',
    meaning: "The chosen session dose is above the protocol's stated maximum (passed when within it).",
    action: ACK,
  },
  total_below_protocol_range: {
    severity: 'soft',
    meaning: "The chosen session dose is below the protocol's stated minimum (passed when within it).",
    action: ACK,
  },
  total_differs_from_protocol: {
    severity: 'soft',
    meaning: 'The protocol states one session dose and no range, and the chosen session dose is another (passed when equal).',
    action: "Use the protocol's session dose, or acknowledge with a reason.",
  },
  unverified_data: {
    severity: 'info',
    meaning: 'The plan uses data (a limit, a dose parameter, a schedule or other record) whose source the reference marks [UNVERIFIED] or [CONFLICT].',
    action: 'Have a pharmacist or prescriber confirm the value against the cited source before use.',
  },
  weekend_sessions_moved: {
    severity: 'info',
    meaning: 'Course sessions falling on a Saturday or Sunday were moved to the Monday, with every later session moved by the same days.',
    action: 'Check the listed moves; nothing to acknowledge.',
  },
  whole_vials_beyond_tolerance: {
    severity: 'soft',
    meaning: "Rounding to whole vials changes the dose by more than the protocol's tolerance (percent of the order), short of twice or half.",
    action: 'Change the order or the vial sizes, or acknowledge with a reason (the plan gives what the vials hold).',
  },
  whole_vials_far_from_order: {
    severity: 'hard',
    meaning: 'Whole vials hold twice the order or more, or half or less, or cross a protocol cap or agent limit that the ordered dose respects.',
    action: 'Choose other vial sizes or change the order; the plan is refused.',
  },
  window_counted_conservatively: {
    severity: 'info',
    meaning: "A windowed limit's total counted earlier sessions dated without a time because they may fall inside the window.",
    action: 'Give session times (YYYY-MM-DDTHH:MM) to count the window exactly.',
  },
  dose_rate_above_soft_limit: {
    severity: 'soft',
    meaning: "The delivered dose rate is above a soft upper limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action: 'Review the value against the limit; acknowledge with a reason to proceed, or change the order.',
  },
  dose_rate_above_hard_limit: {
    severity: 'hard',
    meaning: "The delivered dose rate is above a hard upper limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action:
      'The plan is refused and no acknowledgement clears it: change the dose, the bag or the duration so the value is within the limit, or do not give it.',
  },
  dose_rate_below_soft_limit: {
    severity: 'soft',
    meaning: "The delivered dose rate is below a soft lower limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action: 'Review the value against the limit; acknowledge with a reason to proceed, or change the order.',
  },
  dose_rate_below_hard_limit: {
    severity: 'hard',
    meaning: "The delivered dose rate is below a hard lower limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action:
      'The plan is refused and no acknowledgement clears it: change the dose, the bag or the duration so the value is within the limit, or do not give it.',
  },
  dose_rate_per_kg_above_soft_limit: {
    severity: 'soft',
    meaning:
      "The delivered dose rate per kg of dosing weight is above a soft upper limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action: 'Review the value against the limit; acknowledge with a reason to proceed, or change the order.',
  },
  dose_rate_per_kg_above_hard_limit: {
    severity: 'hard',
    meaning:
      "The delivered dose rate per kg of dosing weight is above a hard upper limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action:
      'The plan is refused and no acknowledgement clears it: change the dose, the bag or the duration so the value is within the limit, or do not give it.',
  },
  dose_rate_per_kg_below_soft_limit: {
    severity: 'soft',
    meaning:
      "The delivered dose rate per kg of dosing weight is below a soft lower limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action: 'Review the value against the limit; acknowledge with a reason to proceed, or change the order.',
  },
  dose_rate_per_kg_below_hard_limit: {
    severity: 'hard',
    meaning:
      "The delivered dose rate per kg of dosing weight is below a hard lower limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action:
      'The plan is refused and no acknowledgement clears it: change the dose, the bag or the duration so the value is within the limit, or do not give it.',
  },
  session_dose_above_soft_limit: {
    severity: 'soft',
    meaning:
      "The delivered session dose is above a soft upper limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action: 'Review the value against the limit; acknowledge with a reason to proceed, or change the order.',
  },
  session_dose_above_hard_limit: {
    severity: 'hard',
    meaning:
      "The delivered session dose is above a hard upper limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action:
      'The plan is refused and no acknowledgement clears it: change the dose, the bag or the duration so the value is within the limit, or do not give it.',
  },
  session_dose_below_soft_limit: {
    severity: 'soft',
    meaning:
      "The delivered session dose is below a soft lower limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action: 'Review the value against the limit; acknowledge with a reason to proceed, or change the order.',
  },
  session_dose_below_hard_limit: {
    severity: 'hard',
    meaning:
      "The delivered session dose is below a hard lower limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action:
      'The plan is refused and no acknowledgement clears it: change the dose, the bag or the duration so the value is within the limit, or do not give it.',
  },
  session_dose_per_kg_above_soft_limit: {
    severity: 'soft',
    meaning:
      "The delivered session dose per kg of dosing weight is above a soft upper limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action: 'Review the value against the limit; acknowledge with a reason to proceed, or change the order.',
  },
  session_dose_per_kg_above_hard_limit: {
    severity: 'hard',
    meaning:
      "The delivered session dose per kg of dosing weight is above a hard upper limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action:
      'The plan is refused and no acknowledgement clears it: change the dose, the bag or the duration so the value is within the limit, or do not give it.',
  },
  session_dose_per_kg_below_soft_limit: {
    severity: 'soft',
    meaning:
      "The delivered session dose per kg of dosing weight is below a soft lower limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action: 'Review the value against the limit; acknowledge with a reason to proceed, or change the order.',
  },
  session_dose_per_kg_below_hard_limit: {
    severity: 'hard',
    meaning:
      "The delivered session dose per kg of dosing weight is below a hard lower limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action:
      'The plan is refused and no acknowledgement clears it: change the dose, the bag or the duration so the value is within the limit, or do not give it.',
  },
  concentration_above_soft_limit: {
    severity: 'soft',
    meaning:
      "The final concentration in the bag is above a soft upper limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action: 'Review the value against the limit; acknowledge with a reason to proceed, or change the order.',
  },
  concentration_above_hard_limit: {
    severity: 'hard',
    meaning:
      "The final concentration in the bag is above a hard upper limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action:
      'The plan is refused and no acknowledgement clears it: change the dose, the bag or the duration so the value is within the limit, or do not give it.',
  },
  concentration_below_soft_limit: {
    severity: 'soft',
    meaning:
      "The final concentration in the bag is below a soft lower limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action: 'Review the value against the limit; acknowledge with a reason to proceed, or change the order.',
  },
  concentration_below_hard_limit: {
    severity: 'hard',
    meaning:
      "The final concentration in the bag is below a hard lower limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action:
      'The plan is refused and no acknowledgement clears it: change the dose, the bag or the duration so the value is within the limit, or do not give it.',
  },
  duration_above_soft_limit: {
    severity: 'soft',
    meaning: "The infusion duration is above a soft upper limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action: 'Review the value against the limit; acknowledge with a reason to proceed, or change the order.',
  },
  duration_above_hard_limit: {
    severity: 'hard',
    meaning: "The infusion duration is above a hard upper limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action:
      'The plan is refused and no acknowledgement clears it: change the dose, the bag or the duration so the value is within the limit, or do not give it.',
  },
  duration_below_soft_limit: {
    severity: 'soft',
    meaning: "The infusion duration is below a soft lower limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action: 'Review the value against the limit; acknowledge with a reason to proceed, or change the order.',
  },
  duration_below_hard_limit: {
    severity: 'hard',
    meaning: "The infusion duration is below a hard lower limit in force from the catalogue (the agent's limits for this care area, protocol and patient).",
    action:
      'The plan is refused and no acknowledgement clears it: change the dose, the bag or the duration so the value is within the limit, or do not give it.',
  },
  creatinine_implausible: {
    severity: 'hard',
    meaning:
      "The patient's serum creatinine is outside a hard plausibility limit of the catalogue (built in: below 0.1 or above 30 mg/dL, after umol/L is converted at 88.4 per mg/dL), so it is taken as an entry error.",
    action: 'Check the value and its unit (mg/dL or umol/L); the plan is refused.',
  },
  creatinine_unusual: {
    severity: 'soft',
    meaning: "The patient's serum creatinine is outside a soft plausibility limit of the catalogue (the built-in catalogue has none).",
    action: 'Confirm the laboratory value, and acknowledge with a reason.',
  },
  weight_implausible: {
    severity: 'hard',
    meaning: "The patient's weight is outside a hard plausibility limit of the catalogue (built in: below 25 kg or above 350 kg), so it cannot be an adult's.",
    action: 'Check the value and its unit; the plan is refused.',
  },
  weight_unusual: {
    severity: 'soft',
    meaning: "The patient's weight is outside a soft plausibility limit of the catalogue: unusual for an adult.",
    action: 'Confirm the weight was measured, and acknowledge with a reason.',
  },
  height_implausible: {
    severity: 'hard',
    meaning: "The patient's height is outside a hard plausibility limit of the catalogue (built in: below 100 cm or above 250 cm), so it cannot be an adult's.",
    action: 'Check the value and its unit; the plan is refused.',
  },
  height_unusual: {
    severity: 'soft',
    meaning: "The patient's height is outside a soft plausibility limit of the catalogue: unusual for an adult.",
    action: 'Confirm the height was measured, and acknowledge with a reason.',
  },
  age_implausible: {
    severity: 'hard',
    meaning: "The patient's age is above a hard upper age limit of the catalogue (built in: 120 years).",
    action: 'Check the age; the plan is refused.',
  },
  age_unusual: {
    severity: 'soft',
    meaning: "The patient's age is above a soft upper age limit of the catalogue (the built-in catalogue has none; an institution catalogue may add one).",
    action: 'Confirm the age, and acknowledge with a reason.',
  },
  patient_not_adult: {
    severity: 'hard or soft: the limit record decides (hard in the built-in catalogue)',
    meaning: "The patient's age is under the catalogue's lower age limit: the catalogue holds adult doses only.",
    action: 'Do not plan with this catalogue; dose a younger patient outside the library.',
  },
} satisfies Record<CheckCode, CodeDoc>;

const R = 'refusal';
const FIX = 'Correct the input at the path given and call again.';
const CAT = 'Fix the catalogue record at the path given and validate it again; no plan is made from it.';

const INPUT_ISSUES = {
  acknowledgement_reason_required: {
    severity: R,
    meaning: 'An acknowledgement gives an empty reason.',
    action: 'Give the reason for acknowledging the finding; it is recorded in the plan.',
  },
  actuation_volume_implausible: {
    severity: R,
    meaning: "The nasal pump's actuation volume is outside the range a metered nasal pump delivers.",
    action: 'Check the value and its unit (mL) against the dispensed pump.',
  },
  actuation_volume_required: {
    severity: R,
    meaning: 'A nasal-spray plan gives no actuation volume; there is no default.',
    action: 'Give the volume one actuation of the dispensed pump delivers, in mL.',
  },
  age_required: {
    severity: R,
    meaning: "The protocol doses by creatinine clearance (Cockcroft-Gault) and the patient's age is not given.",
    action: 'Give patient.ageYears.',
  },
  bag_volume_not_stocked: { severity: R, meaning: "Catalogue validation: a protocol's fixed bag volume is not one the diluent is stocked in.", action: CAT },
  bottle_too_small_for_one_dose: {
    severity: R,
    meaning: 'After priming, the nasal-spray bottle gives fewer whole sprays than one dose needs.',
    action: 'Dispense a larger bottle.',
  },
  cap_above_hard_limit: { severity: R, meaning: "Catalogue validation: a protocol cap sits above one of the agent's hard limits.", action: CAT },
  cap_unit_invalid: { severity: R, meaning: 'Catalogue validation: a protocol cap is not on a dose rate or a session dose.', action: CAT },
  catalogue_not_validated: {
    severity: R,
    meaning: 'The catalogue passed to a planner was not validated by this library.',
    action: 'Pass BUILTIN_CATALOGUE, or create a calculator with createCalculator(catalogue) and plan with it.',
  },
  care_area_required: { severity: R, meaning: 'The catalogue sets limits for care areas and the input names none.', action: 'Give careArea.' },
  clearance_bands_invalid: {
    severity: R,
    meaning: "Catalogue validation: a protocol's creatinine-clearance bands leave a gap, overlap, are out of order, or do not reach from 0 mL/min up.",
    action: CAT,
  },
  clearance_reason_required: {
    severity: R,
    meaning: 'A clinician clearance after a severe adverse event gives an empty reason.',
    action: 'Give the reason for the clearance; it is recorded in the plan.',
  },
  combination_duplicate_agent: { severity: R, meaning: 'A combination bag names the same agent more than once.', action: 'List each agent once.' },
  combination_mismatch: {
    severity: R,
    meaning: 'The components of a combination bag need different durations or diluents.',
    action: 'Choose components that run for one duration in one diluent, or give them in separate bags.',
  },
  combination_not_whole_bag: {
    severity: R,
    meaning: 'A component protocol does not make up a whole bag from a vial, so it cannot share a bag.',
    action: 'Give that agent in its own bag.',
  },
  combination_plan_not_supported: {
    severity: R,
    meaning: 'A combination plan was passed to a function that reads single-infusion plans only.',
    action: 'Pass a plan from planInfusion.',
  },
  container_too_small: {
    severity: R,
    meaning:
      'The dose does not fit the container: the additive volume (or the additives together) is more than the bag, a bag at the standard concentration does not hold the dose, or a premix holds less than the order.',
    action: 'Choose a larger bag or premix, or a stronger product.',
  },
  container_volume_required: {
    severity: R,
    meaning: 'The protocol gives no bag volume and the input chose none.',
    action: 'Give preparation.containerVolume.',
  },
  creatinine_required: {
    severity: R,
    meaning: "The protocol doses by creatinine clearance (Cockcroft-Gault) and the patient's serum creatinine is not given.",
    action: 'Give patient.creatinine.',
  },
  cyclic_input: { severity: R, meaning: 'The input refers back to itself (a cycle).', action: 'Pass a tree of plain data.' },
  date_out_of_range: { severity: R, meaning: 'A course would run past 9999-12-31.', action: 'Check the start date.' },
  dose_not_adjustable: {
    severity: R,
    meaning: 'The input sets a dose parameter this protocol derives from its other parameters (or from its fixed-rate phases).',
    action: 'Remove it and give the parameters the protocol takes instead.',
  },
  dose_not_whole_sprays: {
    severity: R,
    meaning: 'The nasal dose is not a whole number of sprays at this concentration and actuation volume.',
    action: 'Choose one of the whole-spray doses offered, or change the concentration.',
  },
  dose_range_out_of_order: { severity: R, meaning: "Catalogue validation: a protocol's dose parameter has min, value and max out of order.", action: CAT },
  dose_range_outside_hard_limit: {
    severity: R,
    meaning: "Catalogue validation: a protocol's dose reaches beyond one of the agent's hard limits.",
    action: CAT,
  },
  dose_required: {
    severity: R,
    meaning: 'The protocol gives no value for a dose parameter and the input supplies none.',
    action: 'Give the dose parameter at the path, within the protocol range named in the message.',
  },
  dose_unit_mismatch: {
    severity: R,
    meaning: 'A dose parameter is given in a unit of another kind than the protocol states it in.',
    action: 'Give it in a unit of the same kind.',
  },
  dosing_weight_not_positive: {
    severity: R,
    meaning: 'The ideal-weight formula gives no positive weight at this height.',
    action: 'Check the height and its unit.',
  },
  duplicate_id: { severity: R, meaning: 'Catalogue validation: an id is used more than once.', action: CAT },
  empty_bag: { severity: R, meaning: 'verifyAdministration input: the bag lists no ingredient.', action: 'List the bag ingredients.' },
  empty_number: { severity: R, meaning: 'A number is given as an empty string.', action: FIX },
  empty_value: { severity: R, meaning: 'formatQuantity: the value is an empty string.', action: 'Give a plain decimal string such as "0.5".' },
  fhir_decimal_not_exact: {
    severity: R,
    meaning: 'toFhir: a decimal in the plan does not survive as a JSON number, so the plan has no faithful R4 form.',
    action: 'Report the plan; it cannot be written to FHIR as it stands.',
  },
  fhir_multiple_agents: {
    severity: R,
    meaning:
      'toFhir: the plan has several agents, and an R4 Dosage cannot name which ingredient a doseAndRate belongs to. historyFromFhir: a bag of several agents is given in a mass, which does not say which agent it is of.',
    action: 'Write single-agent plans only; record a bag of several agents given as a volume (mL, mL/h).',
  },
  fhir_multiple_rate_caps: {
    severity: R,
    meaning: 'toFhir: the plan has several dose-rate caps and R4 Dosage.maxDosePerPeriod holds one.',
    action: 'Send the order by another route.',
  },
  fhir_unit_not_ucum: {
    severity: R,
    meaning: 'toFhir: a unit in the plan is not a UCUM code the module writes.',
    action: 'Report the plan; it cannot be written to FHIR as it stands.',
  },
  hard_limit_loosened: {
    severity: R,
    meaning: 'Catalogue validation: a hard limit is looser than the built-in one it replaces.',
    action: 'A catalogue may tighten a hard limit, not loosen it: Fix the catalogue record at the path given and validate it again; no plan is made from it.',
  },
  hard_limit_missing: {
    severity: R,
    meaning:
      'Catalogue validation: a built-in hard limit is removed, or a planned agent has no hard upper dose or dose-rate limit for every care area and patient.',
    action: CAT,
  },
  height_not_positive: { severity: R, meaning: 'The height is not greater than zero.', action: FIX },
  height_required: {
    severity: R,
    meaning: "The protocol doses by ideal or adjusted body weight and the patient's height is not given.",
    action: 'Give patient.height.',
  },
  history_after_session: { severity: R, meaning: "A history entry is dated after this session's date.", action: "Correct the history or the session's date." },
  history_out_of_order: {
    severity: R,
    meaning: 'History entries are not listed oldest first with strictly increasing dates.',
    action: 'Order the history; two sessions on one day need a time each.',
  },
  internal_error: {
    severity: R,
    meaning: 'The library failed an invariant on this input; nothing was planned.',
    action: 'Do not use any output; report the input to the maintainers.',
  },
  ideal_weight_not_valid: {
    severity: R,
    meaning: 'The Devine ideal weight at this height is below the lightest adult weight, so no ideal or adjusted weight can be worked out.',
    action: 'Check the height and its unit, or dose this patient outside the planner.',
  },
  increment_too_coarse: {
    severity: R,
    meaning: 'The pump rate increment given is coarser than the library accepts.',
    action: "Give the pump's real step (usually 0.1 mL/h).",
  },
  invalid_date: {
    severity: R,
    meaning:
      'A date or time (the session date, a history date, a course start date, sessionsGiven or sessionTime, an acknowledgement time) is not a real date or time in the accepted format.',
    action: FIX,
  },
  invalid_decimals: { severity: R, meaning: 'formatQuantity: options.decimals is not a whole number in the accepted range.', action: FIX },
  invalid_input: {
    severity: R,
    meaning: 'The input failed a schema rule other than a type, key or number problem, or verifyAdministration could not read it.',
    action: FIX,
  },
  invalid_number: { severity: R, meaning: 'verifyAdministration input: a value is not a finite number or a plain decimal string.', action: FIX },
  invalid_options: { severity: R, meaning: 'formatQuantity: options is not an object.', action: 'Pass { decimals?, mode? }.' },
  invalid_pattern: {
    severity: R,
    meaning: 'A twice-weekly pattern (in a protocol or a course input) has day offsets that are not different and increasing.',
    action: 'Give two increasing day offsets, e.g. [0, 3].',
  },
  invalid_rounding_mode: { severity: R, meaning: 'formatQuantity: options.mode is not one of the rounding modes.', action: 'Use one of ROUNDING_MODES.' },
  invalid_session: { severity: R, meaning: 'A session number (of the plan or a history entry) is not a whole number in the accepted range.', action: FIX },
  invalid_type: { severity: R, meaning: 'A value at the door has the wrong type.', action: FIX },
  invalid_value: {
    severity: R,
    meaning:
      'A value is not one the field accepts: out of its format or range, an empty text (such as an acknowledgement `by`), or an unknown choice (such as an additiveVolume method).',
    action: FIX,
  },
  limit_unit_invalid: { severity: R, meaning: 'Catalogue validation: a limit or adjustment unit is not one its measure can use.', action: CAT },
  limits_out_of_order: {
    severity: R,
    meaning: 'Catalogue validation: limits of one measure are out of order, or a patient limit lies outside a hard one.',
    action: CAT,
  },
  mass_unit_mismatch: {
    severity: R,
    meaning: "Catalogue validation: an agent's mass unit differs from the built-in one, or would show its protocol doses in too large a unit.",
    action: CAT,
  },
  missing: { severity: R, meaning: 'verifyAdministration input: a required field is missing.', action: FIX },
  negative_value: {
    severity: R,
    meaning: 'A value that may be zero but not less (fasting hours, bag overfill, age, a nasal-spray count) is negative.',
    action: FIX,
  },
  no_schedule_pattern: {
    severity: R,
    meaning: 'planCourse: the protocol has no cited schedule pattern or minimum interval.',
    action: 'Add one to the protocol record (with its source) before planning its course.',
  },
  not_a_number: { severity: R, meaning: 'A number is NaN or a value that is not a number.', action: FIX },
  not_a_plan: {
    severity: R,
    meaning: "The value passed where a plan from planInfusion is expected does not have a plan's shape.",
    action: 'Pass a plan returned by planInfusion.',
  },
  not_a_quantity: { severity: R, meaning: 'formatQuantity: the argument is not a quantity { value, unit }.', action: FIX },
  not_an_integer: { severity: R, meaning: 'A nasal-spray count (doses per day, priming actuations) is not a whole number.', action: FIX },
  not_applicable_to_premix: {
    severity: R,
    meaning: 'The input sets a preparation field that a ready-to-use premix fixes.',
    action: 'Remove the field, or name a vial product to make up a bag.',
  },
  not_finite: { severity: R, meaning: 'A number is Infinity or -Infinity.', action: FIX },
  not_plain_decimal: {
    severity: R,
    meaning: 'A number is written with an exponent, hex, separators or other form that is not a plain decimal.',
    action: 'Write it as a plain decimal such as 0.5.',
  },
  not_positive: {
    severity: R,
    meaning:
      'A value that must be greater than zero (serum creatinine, a bag volume, a pump increment or rate limit, a dose parameter, a history dose given, a nasal-spray quantity or count, a verifyAdministration quantity) is zero or less.',
    action: FIX,
  },
  pain_out_of_range: { severity: R, meaning: 'A history pain score is outside 0-10.', action: FIX },
  parameter_unit_invalid: { severity: R, meaning: "Catalogue validation: a protocol's dose parameter unit is not one its parameter takes.", action: CAT },
  patient_limit_invalid: {
    severity: R,
    meaning: 'Catalogue validation: a patient limit is not named patient.weight.*, patient.height.* or patient.age.* in kg, cm or a.',
    action: CAT,
  },
  phases_invalid: {
    severity: R,
    meaning: "Catalogue validation: a protocol's fixed-rate phases are not mL/h rates with a duration (in min or h) on every phase but the last.",
    action: CAT,
  },
  preparation_invalid: {
    severity: R,
    meaning:
      "The bag cannot be made up as asked (a vial diluted for a premix protocol that states no concentration, or a concentration at or above the product's strength), or, in catalogue validation, a protocol's preparation lacks what its style, loading dose or phases need, or has whole-vial rounding (wholeVials) without a neat standard concentration.",
    action: CAT,
  },
  product_agent_mismatch: { severity: R, meaning: 'Catalogue validation: a product names another agent than the one it is listed under.', action: CAT },
  product_not_usable: {
    severity: R,
    meaning: 'The input names a ready-to-use premix for a protocol that makes up a bag from a vial or ampoule.',
    action: 'Name a vial or ampoule product.',
  },
  product_strength_invalid: { severity: R, meaning: "Catalogue validation: a product's strength is not a positive mg/mL value.", action: CAT },
  product_volume_invalid: { severity: R, meaning: "Catalogue validation: a product's volume is not a positive mL value, or a premix has none.", action: CAT },
  product_volume_unknown: {
    severity: R,
    meaning: "The protocol rounds to whole vials and the chosen product's vial size is not in the catalogue.",
    action: 'Choose a product with a stated vial size.',
  },
  regimen_parameter_missing: { severity: R, meaning: 'Catalogue validation: a protocol lacks a dose parameter its regimen needs.', action: CAT },
  relief_out_of_range: { severity: R, meaning: 'A history reliefPercent is outside 0-100.', action: FIX },
  required: { severity: R, meaning: 'A required field is missing.', action: FIX },
  rounds_to_zero: {
    severity: R,
    meaning: 'formatQuantity: the value shown to the asked decimals would read as 0, hiding a dose.',
    action: 'Format it with more decimals or without decimals.',
  },
  sessions_given_not_increasing: { severity: R, meaning: 'planCourse: sessionsGiven is not in date order without repeats.', action: FIX },
  sex_required: {
    severity: R,
    meaning: "The protocol doses by a weight or a creatinine clearance that needs the patient's sex, and none is given.",
    action: 'Give patient.sex.',
  },
  titration_dose_not_recorded: {
    severity: R,
    meaning: 'The titration needs the dose given in the last session and the history records none.',
    action: 'Record the dose actually given in that session.',
  },
  titration_maximum_required: {
    severity: R,
    meaning: 'The last session did not respond and the protocol states no maximum, so the engine will not escalate.',
    action: 'The clinician chooses the dose.',
  },
  titration_no_tolerated_dose: {
    severity: R,
    meaning: 'A clinician cleared the patient after a severe event, but no earlier session recorded a dose given without a moderate or severe event.',
    action: 'The clinician chooses the dose.',
  },
  titration_rule_invalid: {
    severity: R,
    meaning:
      "A titration rule's value is not a plain decimal or not in a unit of the parameter it titrates, or the rule titrates a parameter the protocol does not state.",
    action: 'Fix the titration rule record.',
  },
  titration_stop_futile: {
    severity: R,
    meaning: 'The titration rule stops: too many assessed sessions in a row without a response.',
    action: 'Review the treatment with the prescriber; no dose is proposed.',
  },
  titration_stop_severe: {
    severity: R,
    meaning: 'The titration rule stops after a severe adverse event in the history.',
    action: 'A clinician reviews; with a clearance and a reason the dose is held at the last tolerated dose.',
  },
  titration_unit_mismatch: {
    severity: R,
    meaning: 'A history dose is in a unit of another kind than the protocol titrates.',
    action: "Record it in the protocol's unit or an equivalent.",
  },
  too_deep: { severity: R, meaning: 'The input is nested deeper than the input limits allow.', action: 'Pass flatter plain data.' },
  too_large: {
    severity: R,
    meaning: 'The input holds more values (or, at the command line, more bytes) than the input limits allow.',
    action: 'Pass a smaller input.',
  },
  too_long: { severity: R, meaning: 'A text is longer than the input limits allow.', action: 'Shorten the text.' },
  too_many: { severity: R, meaning: 'A list has more entries than the input limits allow.', action: 'Pass fewer entries.' },
  fhir_observation_invalid: {
    severity: R,
    meaning:
      'fromFhir: a weight, height or creatinine Observation is not used because it lacks a final/amended/corrected status, a time, or a positive UCUM valueQuantity in a unit the reader converts (a note beside the request, or a refusal when it leaves no weight).',
    action: 'Correct or replace the Observation in the record, or give the value directly in the plan request.',
  },
  fhir_observation_missing: {
    severity: R,
    meaning: 'fromFhir: no valid Observation of a measure (weight LOINC 29463-7, height 8302-2, creatinine 2160-0); without a weight no request is made.',
    action: 'Record the measure (a weight is always needed) and read again; height and creatinine only where the protocol needs them.',
  },
  fhir_observation_stale: {
    severity: R,
    meaning: "fromFhir: the latest Observation of a measure is older than the caller's maxAgeDays and is not used (a stale weight stops the request).",
    action: 'Weigh or measure the patient again, or raise maxAgeDays if local policy allows that age.',
  },
  fhir_administration_invalid: {
    severity: R,
    meaning:
      'historyFromFhir: a MedicationAdministration cannot be read as a session (not a MedicationAdministration, no valid status, no full date in effectiveDateTime or effectivePeriod.start, a dose quantity with no value above zero, or an id used twice).',
    action: 'Correct the record at the path given and read again.',
  },
  fhir_administration_left_out: {
    severity: R,
    meaning: 'historyFromFhir (a note, not a refusal): an administration entered in error or not done is left out of the history; nothing was given in it.',
    action: 'None if the record is right; if a dose was in fact given, correct its status to completed or stopped.',
  },
  fhir_administration_not_final: {
    severity: R,
    meaning: 'historyFromFhir: an administration is in progress, on hold or of unknown status: what was given is not known yet, so no history is made.',
    action: 'Record the session as completed or stopped (with what was given) before planning the next dose.',
  },
  fhir_extension_missing: {
    severity: R,
    meaning:
      "historyFromFhir: the project's extension for the protocol (on the administration, or on each active ingredient of a bag of several agents), the session number or the relief is missing, given twice or of the wrong value type; nothing is guessed from the medication or the order of the records.",
    action: 'Add the extension (see the README, "FHIR history in") and read again.',
  },
  fhir_unit_unknown: {
    severity: R,
    meaning:
      'historyFromFhir: a dose, rate or strength is not in a UCUM dose unit (mg, ug, g, per kg, per h or min) or volume (mL, L, mL/h, mL/min, L/h), so it is not converted.',
    action: 'Record the quantity in UCUM with one of these units.',
  },
  fhir_reference_unresolved: {
    severity: R,
    meaning:
      'historyFromFhir: an AdverseEvent does not reference (suspectEntity.instance) an administration among the sessions given, or an administration given as a volume has no contained Medication with the strength to share it by.',
    action: 'Give the referenced records together (the administration, its contained Medication), or correct the reference.',
  },
  fhir_adverse_event_invalid: {
    severity: R,
    meaning:
      'historyFromFhir: an AdverseEvent has no actuality or no one severity code of the R4 adverse-event-severity system (mild, moderate, severe); a potential event is a note and not counted.',
    action: 'Record the severity (and that the event was actual) and read again: a severe event must not go uncounted.',
  },
  fhir_subject_mismatch: {
    severity: R,
    meaning: 'historyFromFhir: the administrations name more than one patient (subject.reference), or an AdverseEvent names another patient than they do.',
    action: "Give one patient's records only.",
  },
  fhir_protocol_missing: {
    severity: R,
    meaning: 'fromFhir: the draft MedicationRequest names no protocol (instantiatesCanonical or instantiatesUri), so no request is made.',
    action: "Put the protocol id in the order's instantiatesCanonical (or instantiatesUri) and read again.",
  },
  pcd03_label_ramp: {
    severity: R,
    meaning: 'toPcd03: the plan steps through a label rate ramp, which a PIV multistep program cannot express (each step waits for tolerance).',
    action: 'Program the ramp at the pump by hand from the plan; no PCD-03 message is sent.',
  },
  pcd03_multiple_additives: {
    severity: R,
    meaning: 'toPcd03: the bag holds several additives, so there is no single drug amount and volume (RXG-17/23) a pump can match.',
    action: 'Send the order another way (FHIR, a worksheet) or program the pump by hand; nothing approximate is sent.',
  },
  pcd03_multiple_agents: {
    severity: R,
    meaning: 'toPcd03: the plan has more than one agent; a PIV order programs one medication.',
    action: 'Program the pump from the plan by hand, or send each agent in its own order where the practice allows.',
  },
  pcd03_not_ready: {
    severity: R,
    meaning: 'toPcd03: the plan still needs acknowledgement of soft findings, and the caller did not set allowNotReady.',
    action: 'Acknowledge the open findings (needsAcknowledgement) and plan again, or set allowNotReady and keep the findings with the order.',
  },
  pcd03_unit_not_coded: {
    severity: R,
    meaning: "toPcd03: a unit of the plan has no MDC code in the library's table, so it cannot be sent as MDC.",
    action: 'Ask for UCUM units in the options.',
  },
  pcd03_value_too_long: {
    severity: R,
    meaning: 'toPcd03: a number of the plan has more characters than its HL7 field holds; it is refused, never truncated.',
    action: 'Do not send the message; program the pump from the plan, and report the value if it came from a built-in protocol.',
  },
  pump_report_invalid: {
    severity: R,
    meaning:
      'fromPumpReport: an observation of the report cannot be read (a reference id with another MDC code, an observation given twice, or a value or unit the reader does not take).',
    action: "Check the pump's report (its OBX segments) and read it again; the report is not checked against the plan.",
  },
  pump_report_observation_missing: {
    severity: R,
    meaning: 'fromPumpReport: the report lacks an observation the check needs (the drug, the rate, the concentration or volume ...).',
    action: 'Ask the pump (or its gateway) for a report with that observation, or check the pump by hand.',
  },
  pump_report_step_required: {
    severity: R,
    meaning: 'fromPumpReport: the plan has several pump steps and the report does not say which step is running.',
    action: "Give the running step (from the pump's report) and read again.",
  },
  too_many_digits: {
    severity: R,
    meaning: 'A number has more characters written out than the input limits allow.',
    action: 'Give the number with fewer digits.',
  },
  unknown_agent: { severity: R, meaning: 'Catalogue validation: a protocol names an agent the catalogue does not hold.', action: CAT },
  unknown_care_area: {
    severity: R,
    meaning: 'The care area named is not one the catalogue sets limits for.',
    action: 'Name one of the care areas listed in the message.',
  },
  unknown_diluent: {
    severity: R,
    meaning: 'The diluent named is not one listed for the agent (at planning or in catalogue validation).',
    action: 'Use one of the diluents listed.',
  },
  unknown_key: { severity: R, meaning: 'The input has a field the door does not know.', action: 'Remove it or check its spelling.' },
  unknown_pattern: {
    severity: R,
    meaning: 'A schedule pattern kind is unknown (or a taper phase is itself a taper).',
    action: 'Use one of the pattern kinds listed.',
  },
  unknown_product: { severity: R, meaning: 'The product named is not one the agent (or catalogue) holds.', action: 'Use one of the products listed.' },
  unknown_protocol: {
    severity: R,
    meaning: 'A protocol id (in the input, a history entry or a limit record) is not in the catalogue.',
    action: 'Use a catalogue protocol id.',
  },
  unknown_unit: { severity: R, meaning: 'A unit is not one the field takes.', action: 'Use one of the units listed.' },
  unreadable_input: {
    severity: R,
    meaning: 'A value could not be read (a getter or a Proxy threw, or a list has no readable length).',
    action: 'Pass plain data.',
  },
  value_not_string: { severity: R, meaning: 'formatQuantity: the value is not a string.', action: 'Give a plain decimal string such as "0.5".' },
  volume_not_measurable: {
    severity: R,
    meaning: 'The dose needs a product volume that rounds to nothing a syringe can measure.',
    action: 'Choose a weaker product.',
  },
  weight_not_positive: { severity: R, meaning: 'The weight is not greater than zero.', action: FIX },
} satisfies Record<InputIssueCode, CodeDoc>;

const D = 'disagreement';
const RECHECK = 'Do not use the plan: re-plan with planInfusion and check again; if it persists, report it.';

const CHECK_PLAN = {
  spray_amount_mismatch: {
    severity: D,
    meaning: "checkPlan, nasal spray: the plan's mg per spray is not the concentration x the volume per spray.",
    action: RECHECK,
  },
  dose_not_whole_sprays: {
    severity: D,
    meaning: 'checkPlan, nasal spray: the dose divided by mg per spray is not a whole number of sprays (a ready nasal plan doses whole sprays).',
    action: RECHECK,
  },
  sprays_per_dose_mismatch: {
    severity: D,
    meaning:
      "checkPlan, nasal spray: the plan's sprays per dose, or its split between the nostrils (larger half first), is not what the dose and mg per spray give.",
    action: RECHECK,
  },
  daily_dose_mismatch: {
    severity: D,
    meaning: "checkPlan, nasal spray: the plan's sprays a day or daily dose is not the dose (or sprays) per dose x doses a day.",
    action: RECHECK,
  },
  daily_dose_above_maximum: {
    severity: D,
    meaning: "checkPlan, nasal spray: the daily dose worked out from the plan is above the prescriber's daily maximum it records.",
    action: 'Do not dispense: the plan should have been refused; re-plan and report it.',
  },
  bottle_count_mismatch: {
    severity: D,
    meaning:
      "checkPlan, nasal spray: the bottle's priming volume, usable volume, sprays, whole doses or days of supply are not what the bottle, the priming sprays and the dose give.",
    action: RECHECK,
  },
  unreadable_quantity: {
    severity: D,
    meaning: 'A quantity in the plan (or the recorded height) cannot be read as a quantity of the expected kind.',
    action: RECHECK,
  },
  additive_amount_mismatch: {
    severity: D,
    meaning: 'The amount of agent the plan says was added differs from volume drawn x product strength.',
    action: RECHECK,
  },
  withdrawn_volume_mismatch: {
    severity: D,
    meaning: 'The diluent withdrawn differs from what the additive method implies (equal to the volume added, or none when added).',
    action: RECHECK,
  },
  diluent_volume_mismatch: { severity: D, meaning: 'The diluent volume differs from nominal + overfill - withdrawn.', action: RECHECK },
  final_volume_mismatch: { severity: D, meaning: 'The final bag volume differs from nominal + overfill - withdrawn + drawn.', action: RECHECK },
  concentration_mismatch: { severity: D, meaning: "An agent's stated concentration differs from amount / final volume.", action: RECHECK },
  concentration_missing: { severity: D, meaning: 'An agent is drawn into the bag but the plan states no concentration for it.', action: RECHECK },
  agent_not_in_bag: { severity: D, meaning: 'The bag states a concentration of an agent of which no additive was drawn into it.', action: RECHECK },
  no_segments: { severity: D, meaning: 'The pump has no segments: nothing is infused.', action: RECHECK },
  empty_segment: { severity: D, meaning: 'A pump segment infuses nothing (zero duration or rate).', action: RECHECK },
  segment_volume_mismatch: { severity: D, meaning: "A segment's volume differs from rate x duration.", action: RECHECK },
  segment_dose_missing: { severity: D, meaning: 'A segment gives an agent from the bag but states no dose of it.', action: RECHECK },
  segment_dose_mismatch: { severity: D, meaning: "A segment's dose of an agent differs from volume x concentration.", action: RECHECK },
  segment_dose_rate_mismatch: { severity: D, meaning: "A segment's dose rate of an agent differs from rate x concentration.", action: RECHECK },
  pump_rate_mismatch: { severity: D, meaning: "The headline pump rate differs from the main (last) segment's rate.", action: RECHECK },
  volume_to_be_infused_mismatch: { severity: D, meaning: 'The volume to be infused differs from the sum of the segment volumes.', action: RECHECK },
  duration_mismatch: { severity: D, meaning: 'The duration differs from the sum of the segment durations.', action: RECHECK },
  whole_bag_not_infused: { severity: D, meaning: "A whole-bag plan's segments do not infuse the bag's final volume within tolerance.", action: RECHECK },
  infused_exceeds_bag: { severity: D, meaning: 'The segments infuse more than the bag holds.', action: RECHECK },
  residual_volume_mismatch: {
    severity: D,
    meaning: 'The residual volume differs from final volume - volume infused (zero for a whole-bag plan).',
    action: RECHECK,
  },
  delivered_total_dose_mismatch: { severity: D, meaning: "An agent's delivered total dose differs from what the segments deliver.", action: RECHECK },
  delivered_dose_rate_mismatch: { severity: D, meaning: "An agent's delivered dose rate differs from the one the segments give.", action: RECHECK },
  delivered_total_dose_per_kg_mismatch: {
    severity: D,
    meaning: "An agent's delivered total dose per kg differs from the delivered total / dosing weight.",
    action: RECHECK,
  },
  delivered_dose_rate_per_kg_mismatch: {
    severity: D,
    meaning: "An agent's delivered dose rate per kg differs from the delivered rate / dosing weight.",
    action: RECHECK,
  },
  agent_missing_from_plan: { severity: D, meaning: 'The plan doses an agent of which the bag holds no stated concentration.', action: RECHECK },
  dosing_weight_not_positive: { severity: D, meaning: 'The dosing weight is not above zero, so no per-kg dose can be checked.', action: RECHECK },
  whole_vials_mismatch: {
    severity: D,
    meaning: 'A whole-vial list cannot be read, or the volume drawn or container count differs from the vials listed.',
    action: RECHECK,
  },
  total_dose_not_in_bag: { severity: D, meaning: "An agent's total dose differs from what the bag holds.", action: RECHECK },
  protocol_not_in_catalogue: {
    severity: D,
    meaning: "With a catalogue given, it has no protocol of the plan's id (or not its agent), or a combination plan lists no protocol for one of its agents.",
    action: 'Check with the catalogue the plan was made from.',
  },
  product_strength_mismatch: {
    severity: D,
    meaning: "With a catalogue given, a drawn product is not in it or its strength differs from the catalogue's.",
    action: RECHECK,
  },
  dosing_weight_mismatch: {
    severity: D,
    meaning:
      "With a catalogue given, the dosing weight differs from the one re-derived on the protocol's weight basis (or the plan lacks the height and sex that basis needs).",
    action: RECHECK,
  },
  ordered_dose_rate_mismatch: {
    severity: D,
    meaning:
      "With a catalogue given, the ordered dose rate differs from the one re-derived from the prescription and the protocol, or a rate said to be the protocol's is not the record's.",
    action: RECHECK,
  },
  ordered_total_dose_mismatch: {
    severity: D,
    meaning:
      "With a catalogue given, the ordered session dose differs from the one re-derived from the prescription and the protocol, a prescribed value cannot be read, or a value said to be the protocol's is not the record's.",
    action: RECHECK,
  },
  plan_too_large: {
    severity: D,
    meaning: 'The value passed as a plan is beyond the input limits, so it was not checked.',
    action: 'Pass a plan returned by planInfusion.',
  },
} satisfies Record<CheckPlanCode, CodeDoc>;

const STOP = 'Stop (or do not start) the pump and re-check the rate, the bag and the order.';

const ADMINISTRATION = {
  match: { severity: 'info', meaning: 'The dose from the bag and the pump rate agrees with the order.', action: 'Nothing to do.' },
  wrong_field: {
    severity: 'hard',
    meaning: "A dose unit was entered in the pump's rate field, or the rate typed is the ordered dose's number rather than the rate in mL/h.",
    action: 'Enter the rate in mL/h. Stop (or do not start) the pump and re-check the rate, the bag and the order.',
  },
  tenfold_high: { severity: 'hard', meaning: 'The patient would receive about ten times the ordered dose or more.', action: STOP },
  tenfold_low: { severity: 'hard', meaning: 'The patient would receive about a tenth of the ordered dose or less.', action: STOP },
  unit_mix_up: {
    severity: 'hard',
    meaning: 'The delivered dose is about 1000 times or 1/1000 of the order: mcg and mg are likely confused.',
    action: 'Check the units on the bag label, the order and the pump. Stop (or do not start) the pump and re-check the rate, the bag and the order.',
  },
  concentration_mismatch: {
    severity: 'soft',
    meaning: "The bag's concentration differs by more than 1% from the concentration the order names.",
    action: 'Review the bag against the order (pharmacy) before continuing.',
  },
  dose_mismatch: {
    severity: 'soft',
    meaning: 'The delivered dose differs from the order beyond the tolerance but by less than twice or half.',
    action: 'Review the rate against the order before continuing.',
  },
  dose_mismatch_large: { severity: 'hard', meaning: 'The delivered dose is twice the order or more, or half or less, short of a tenfold slip.', action: STOP },
  agent_not_in_bag: {
    severity: 'hard',
    meaning: 'The bag lists none of the ordered agent: the patient receives none of it.',
    action: 'Check that the right bag is hung. Stop (or do not start) the pump and re-check the rate, the bag and the order.',
  },
} satisfies Record<AdministrationFindingCode, CodeDoc>;

const DECISION = 'decision';

const TITRATION = {
  'titration.start': {
    severity: DECISION,
    meaning: "No earlier sessions: the rule's start dose (capped at the protocol maximum) or, without one, the protocol's own dose applies.",
    action: 'Use the proposed dose.',
  },
  'titration.stop-severe': {
    severity: DECISION,
    meaning: 'A severe adverse event is recorded: titration stops and no dose is proposed.',
    action: 'A clinician may clear the patient with a reason (titration.clearance) to hold at the last tolerated dose.',
  },
  'titration.hold-after-severe-cleared': {
    severity: DECISION,
    meaning:
      'After a severe adverse event a clinician cleared the patient: hold at the last tolerated dose (lowered to the maximum or the last dose given), never escalate.',
    action: 'Use the proposed dose.',
  },
  'titration.step-down-moderate': {
    severity: DECISION,
    meaning: 'The last session recorded a moderate adverse event: step down from the last dose, not below the start.',
    action: 'Use the proposed dose; where the start binds, review whether to continue.',
  },
  'titration.hold-response': {
    severity: DECISION,
    meaning: 'The last session responded with no moderate or severe adverse event: hold at the last dose given (lowered to the maximum if above it).',
    action: 'Use the proposed dose.',
  },
  'titration.stop-futile': {
    severity: DECISION,
    meaning: "The rule's number of assessed sessions in a row passed without a response: titration stops and no dose is proposed.",
    action: 'Review the treatment with the prescriber.',
  },
  'titration.hold-response-not-assessed': {
    severity: DECISION,
    meaning: "The last session's response cannot be judged: hold at the last dose given, never escalate on missing data.",
    action: 'Record the response to titrate.',
  },
  'titration.hold-at-maximum': {
    severity: DECISION,
    meaning: 'The last session did not respond but the last dose is at or above the protocol maximum: hold at the maximum.',
    action: 'Use the proposed dose; escalation beyond the maximum is not offered.',
  },
  'titration.escalate': {
    severity: DECISION,
    meaning: "The last session was tolerated without a response: escalate by the rule's step from the last dose, capped at the protocol maximum.",
    action: 'Use the proposed dose.',
  },
} satisfies Record<TitrationRuleId, CodeDoc>;

/** Every code's entry, by list. Frozen all the way down. */
export interface CodeReference {
  /** Rule findings: `Check.code`, {@link CheckCode}. */
  readonly checks: Readonly<Record<CheckCode, CodeDoc>>;
  /** Refusals of input: the codes of `INPUT_ISSUE_CODES`. */
  readonly inputIssues: Readonly<Record<InputIssueCode, CodeDoc>>;
  /** checkPlan disagreements: {@link CheckPlanCode}. */
  readonly checkPlan: Readonly<Record<CheckPlanCode, CodeDoc>>;
  /** verifyAdministration findings: {@link AdministrationFindingCode}. */
  readonly administration: Readonly<Record<AdministrationFindingCode, CodeDoc>>;
  /** Titration rule ids: {@link TitrationRuleId}. */
  readonly titration: Readonly<Record<TitrationRuleId, CodeDoc>>;
}

function freezeReference(r: CodeReference): CodeReference {
  for (const table of Object.values(r) as Record<string, CodeDoc>[]) {
    for (const doc of Object.values(table)) Object.freeze(doc);
    Object.freeze(table);
  }
  return Object.freeze(r);
}

/**
 * For every code the library returns, its severity, what it means and what to do. docs/codes.md is
 * generated from it (`npm run docs:codes`).
 *
 * @example
 * CODE_REFERENCE.checks.tenfold_dose.severity; // 'hard'
 */
export const CODE_REFERENCE: CodeReference = /* @__PURE__ */ freezeReference({
  checks: CHECKS,
  inputIssues: INPUT_ISSUES,
  checkPlan: CHECK_PLAN,
  administration: ADMINISTRATION,
  titration: TITRATION,
});
