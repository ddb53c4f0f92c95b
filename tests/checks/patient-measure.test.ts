// Patient checks read each limit's measure from its id once (issue 15: the id was split once per
// measure compared, about 5% of a Schwartzman plan): the measure named in the id picks the observed
// value, and any other name reads the age, as before. Expected values from the catalogue's limits
// (patient.weight.lower-soft 50.7 kg, patient.age.lower-hard 18 a) and by hand.
import { describe, expect, it } from 'vitest';
import { patientChecks } from '../../src/checks/patient.js';
import { dec } from '../../src/decimal/index.js';
import { BUILTIN_CATALOGUE } from '../../src/index.js';
import type { Limit } from '../../src/catalogue/types.js';

const limits = BUILTIN_CATALOGUE.patientLimits;
const byRule = (checks: ReturnType<typeof patientChecks>, rule: string) => checks.find((c) => c.rule === rule);

describe('patient checks by the measure their limit id names', () => {
  it('judges each given measure against its own limits, and skips measures not given', () => {
    const a = patientChecks(limits, { weight: dec('82') });
    expect(a.map((c) => c.rule)).toEqual(['patient.weight.lower-hard', 'patient.weight.lower-soft', 'patient.weight.upper-soft', 'patient.weight.upper-hard']);
    expect(byRule(a, 'patient.weight.lower-soft')).toMatchObject({
      code: 'weight_unusual',
      passed: true,
      observed: { value: '82', unit: 'kg' },
      limit: { value: '50.7', unit: 'kg' },
      message: 'Weight is within the soft lower limit of 50.7 kg.',
    });
    const b = patientChecks(limits, { weight: dec('45'), age: dec('17') });
    // 45 kg < 50.7 kg: the soft lower limit fails, with its own message.
    expect(byRule(b, 'patient.weight.lower-soft')).toMatchObject({
      passed: false,
      message: 'Weight below 50.7 kg is unusual for an adult: confirm it was measured, and acknowledge with a reason.',
    });
    // 17 < 18 years: not an adult (the age lower limit's own code).
    expect(byRule(b, 'patient.age.lower-hard')).toMatchObject({
      code: 'patient_not_adult',
      passed: false,
      message: 'Age is under 18 years; the catalogue holds adult doses only.',
    });
  });

  it('reads the age for a limit whose id names no measure', () => {
    const odd: Limit = { ...(limits.find((l) => l.id === 'patient.age.upper-hard') as Limit), id: 'patient.years.upper-hard' };
    // No age given: no finding; 130 > 120 years: failed.
    expect(patientChecks([odd], { weight: dec('70') })).toEqual([]);
    expect(patientChecks([odd], { weight: dec('70'), age: dec('130') })[0]).toMatchObject({
      code: 'age_implausible',
      passed: false,
      observed: { value: '130', unit: 'a' },
    });
  });
});
