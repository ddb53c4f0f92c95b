/** Plausibility checks on the patient record: weight, height and age against the catalogue's limits. */
import { type Dec, dec } from '../decimal/index.js';
import type { Limit } from '../catalogue/types.js';
import type { Check } from '../types/plan.js';
import { quantity } from '../units/quantity.js';

/**
 * Checks weight (kg), height (cm) and age (years) against every patient limit whose value is known.
 * Codes: `weight_implausible` / `height_implausible` (hard), `weight_unusual` / `height_unusual`
 * (soft), `patient_not_adult` and `age_implausible` (hard).
 */
export function patientChecks(limits: readonly Limit[], observed: { weight: Dec; height?: Dec; age?: Dec }): Check[] {
  const checks: Check[] = [];
  for (const limit of limits) {
    const kind = limit.id.split('.')[1];
    const value = kind === 'weight' ? observed.weight : kind === 'height' ? observed.height : observed.age;
    if (value === undefined) continue;
    const stated = dec(limit.value);
    const passed = limit.bound === 'upper' ? value.lte(stated) : value.gte(stated);
    const what = kind === 'age' ? 'Age' : kind === 'height' ? 'Height' : 'Weight';
    const adjective = limit.severity === 'hard' ? 'implausible' : 'unusual';
    const code = kind === 'age' && limit.bound === 'lower' ? 'patient_not_adult' : `${kind}_${adjective}`;
    checks.push({
      code,
      rule: limit.id,
      severity: limit.severity,
      passed,
      observed: quantity(value, limit.unit),
      limit: quantity(stated, limit.unit),
      source: limit.source,
      message: passed
        ? `${what} is within the ${limit.severity} ${limit.bound} limit of ${limit.value} ${limit.unit}.`
        : kind === 'age' && limit.bound === 'lower'
          ? `Age is under ${limit.value} years; the catalogue holds adult doses only.`
          : limit.severity === 'hard'
            ? `${what} ${limit.bound === 'upper' ? 'above' : 'below'} ${limit.value} ${limit.unit} cannot be an adult's: check the value and its unit.`
            : `${what} ${limit.bound === 'upper' ? 'above' : 'below'} ${limit.value} ${limit.unit} is unusual for an adult: confirm it was measured, and acknowledge with a reason.`,
    });
  }
  return checks;
}
