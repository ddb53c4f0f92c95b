/** Rules on the patient record that the dosing weight and the course depend on. */
import { type Dec, dec } from '../decimal/index.js';
import type { Protocol } from '../catalogue/types.js';
import { DEVINE_BELOW_60_IN, heightInches } from '../patient/weights.js';
import type { Check } from '../types/plan.js';
import { quantity } from '../units/quantity.js';

/** Devine is not validated under 60 in: a dosing weight continued below it needs acknowledgement. */
export function ibwExtrapolatedCheck(heightCm: Dec): Check {
  return {
    code: 'ibw_extrapolated',
    rule: 'patient.ideal-weight.height-under-60-in',
    severity: 'soft',
    passed: false,
    observed: quantity(heightInches(heightCm), '[in_i]'),
    limit: quantity(dec(60), '[in_i]'),
    source: DEVINE_BELOW_60_IN,
    message: 'Height is under 60 in, where the Devine formula is not validated; the line was continued below 60 in. Confirm the dosing weight and acknowledge.',
  };
}

/** The session number against the protocol's course length. */
export function sessionInCourseCheck(session: number, protocol: Protocol): Check {
  const { sessions, description, source } = protocol.schedule;
  const passed = session <= sessions;
  return {
    code: 'session_beyond_course',
    rule: 'protocol.schedule.sessions',
    severity: 'soft',
    passed,
    observed: { value: String(session), unit: '{session}' },
    limit: { value: String(sessions), unit: '{session}' },
    source,
    message: passed
      ? `Session ${session} of ${sessions} (${description}).`
      : `Session ${session} is beyond the protocol's course of ${sessions} (${description}); acknowledge with a reason.`,
  };
}
