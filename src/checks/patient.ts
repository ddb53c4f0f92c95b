/** Plausibility checks on the patient record: weight, height and age against the catalogue's limits. */
import { PATIENT_MEASURES, type PatientCode } from '../types/codes.js';
import { type Dec, dec } from '../decimal/index.js';
import type { Limit } from '../catalogue/types.js';
import type { Check } from '../types/plan.js';
import { quantity } from '../units/quantity.js';

/**
 * Checks weight (kg), height (cm) and age (years) against every patient limit whose value is known.
 * Codes: `weight_implausible` / `height_implausible` (hard), `weight_unusual` / `height_unusual`
 * (soft), `patient_not_adult`, `age_implausible` and `creatinine_implausible` (hard).
 */
export function patientChecks(limits: readonly Limit[], observed: { weight: Dec; height?: Dec; age?: Dec; creatinine?: Dec }): Check[] {
  const checks: Check[] = [];
  for (const limit of limits) {
    // A limit id names its measure (patient.weight.upper-hard); any other name reads the age, as before.
    // The id is split once, not once per measure compared (that split was 5% of a Schwartzman plan).
    const measure = limit.id.split('.')[1];
    const kind = PATIENT_MEASURES.find((m) => m === measure) ?? 'age';
    // The observed values are keyed by measure.
    const value = observed[kind];
    if (value !== undefined) checks.push(patientCheck(limit, kind, value));
  }
  return checks;
}

type PatientMeasure = (typeof PATIENT_MEASURES)[number];

const STATED = new WeakMap<Limit, Dec>();

/**
 * A patient limit's value, read once per frozen limit record (catalogue data is deep-frozen when
 * validated, so its reading never changes); an unfrozen record is read afresh.
 */
function statedValue(limit: Limit): Dec {
  const known = STATED.get(limit);
  if (known) return known;
  const stated = dec(limit.value);
  if (Object.isFrozen(limit)) STATED.set(limit, stated);
  return stated;
}

/** One patient limit against the patient's value. */
function patientCheck(limit: Limit, kind: PatientMeasure, value: Dec): Check {
  const stated = statedValue(limit);
  const passed = limit.bound === 'upper' ? value.lte(stated) : value.gte(stated);
  const adjective = limit.severity === 'hard' ? 'implausible' : 'unusual';
  const code: PatientCode = kind === 'age' && limit.bound === 'lower' ? 'patient_not_adult' : `${kind}_${adjective}`;
  return {
    code,
    rule: limit.id,
    severity: limit.severity,
    passed,
    observed: quantity(value, limit.unit),
    limit: quantity(stated, limit.unit),
    source: limit.source,
    message: patientMessage(limit, kind, passed),
  };
}

const WHAT: Readonly<Record<PatientMeasure, string>> = { age: 'Age', height: 'Height', weight: 'Weight', creatinine: 'Serum creatinine' };

function patientMessage(limit: Limit, kind: PatientMeasure, passed: boolean): string {
  const what = WHAT[kind];
  const side = limit.bound === 'upper' ? 'above' : 'below';
  if (passed) return `${what} is within the ${limit.severity} ${limit.bound} limit of ${limit.value} ${limit.unit}.`;
  if (kind === 'age' && limit.bound === 'lower') return `Age is under ${limit.value} years; the catalogue holds adult doses only.`;
  if (limit.severity === 'hard') return `${what} ${side} ${limit.value} ${limit.unit} cannot be an adult's: check the value and its unit.`;
  return `${what} ${side} ${limit.value} ${limit.unit} is unusual for an adult: confirm it was measured, and acknowledge with a reason.`;
}
