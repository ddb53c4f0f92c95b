// Issue 12 (the rest): serum creatinine has a hard plausibility range, as weight, height and age do.
// Before, 1e-90 mg/dL was accepted (and gave a creatinine clearance of about 1e92 mL/min). The bounds and
// their source are in src/patient/limits.ts: 0.1 mg/dL (the lowest lower reference limit the UCSF
// laboratory lists at any age) and 30 mg/dL (about 24 times the adult upper reference limit, 1.24 mg/dL).
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, CHECK_CODES, PATIENT_MEASURES, planInfusion } from '../support/untyped.js';

const plan = (creatinine: { value: number | string; unit: string }) =>
  planInfusion({
    patient: { weight: { value: 82, unit: 'kg' }, ageYears: 50, sex: 'male', creatinine },
    protocol: 'ketamine-crps-schwartzman-2009',
    session: 1,
  });
const codes = (r: ReturnType<typeof plan>) => (r.ok ? r.plan.status : r.issues.map((i) => [i.code, i.path.join('.')]));

describe('serum creatinine plausibility', () => {
  it('1e-90 mg/dL (a JS number, 92 characters written out) is refused as creatinine_implausible at its path', () => {
    expect(codes(plan({ value: 1e-90, unit: 'mg/dL' }))).toEqual([['creatinine_implausible', 'patient.creatinine.value']]);
  });

  it('the refusal and the passed check name the measure: "Serum creatinine"', () => {
    // The hard upper limit is 30 mg/dL (src/patient/limits.ts); 30.1 is above it, 1 is within it.
    const refused = plan({ value: '30.1', unit: 'mg/dL' });
    expect(refused.ok ? [] : refused.issues.map((i) => i.message)).toEqual([
      "Serum creatinine above 30 mg/dL cannot be an adult's: check the value and its unit.",
    ]);
    const ready = plan({ value: '1', unit: 'mg/dL' });
    expect(ready.ok && ready.plan.checks.filter((c) => c.code === 'creatinine_implausible').map((c) => c.message)).toEqual([
      'Serum creatinine is within the hard lower limit of 0.1 mg/dL.',
      'Serum creatinine is within the hard upper limit of 30 mg/dL.',
    ]);
  });

  it('mg/dL: 0.1 and 30 are accepted; 0.09 and 30.1 are refused', () => {
    expect(codes(plan({ value: '0.1', unit: 'mg/dL' }))).toBe('ready');
    expect(codes(plan({ value: '30', unit: 'mg/dL' }))).toBe('ready');
    expect(codes(plan({ value: '0.09', unit: 'mg/dL' }))).toEqual([['creatinine_implausible', 'patient.creatinine.value']]);
    expect(codes(plan({ value: '30.1', unit: 'mg/dL' }))).toEqual([['creatinine_implausible', 'patient.creatinine.value']]);
  });

  it('umol/L is checked after conversion at 88.4 umol/L per mg/dL: 8.84 and 2,652 are the bounds', () => {
    // 0.1 mg/dL x 88.4 = 8.84 umol/L; 30 mg/dL x 88.4 = 2,652 umol/L.
    expect(codes(plan({ value: '8.84', unit: 'umol/L' }))).toBe('ready');
    expect(codes(plan({ value: '2652', unit: 'umol/L' }))).toBe('ready');
    expect(codes(plan({ value: '8.8', unit: 'umol/L' }))).toEqual([['creatinine_implausible', 'patient.creatinine.value']]);
    // 90 mg/dL entered where umol/L was meant the other way round: 90 umol/L is 1.02 mg/dL (plausible), but
    // 90 mg/dL is 7,956 umol/L: refused.
    expect(codes(plan({ value: '90', unit: 'mg/dL' }))).toEqual([['creatinine_implausible', 'patient.creatinine.value']]);
  });

  it('the refusal is hard: an acknowledgement does not clear it', () => {
    const r = planInfusion({
      patient: { weight: { value: 82, unit: 'kg' }, creatinine: { value: '0.01', unit: 'mg/dL' } },
      protocol: 'ketamine-crps-schwartzman-2009',
      session: 1,
      acknowledgements: [{ code: 'creatinine_implausible', reason: 'checked' }],
    });
    expect(r.ok ? r.plan.status : r.issues.map((i) => i.code)).toEqual(['creatinine_implausible']);
  });

  it('every patient measure has a hard lower and upper limit in the built-in catalogue, each with a source', () => {
    expect(PATIENT_MEASURES).toEqual(['weight', 'height', 'age', 'creatinine']);
    expect(CHECK_CODES).toContain('creatinine_implausible');
    for (const m of PATIENT_MEASURES) {
      for (const bound of ['lower', 'upper'] as const) {
        const limit = BUILTIN_CATALOGUE.patientLimits.find((l) => l.id === `patient.${m}.${bound}-hard`);
        expect([m, bound, limit?.severity, typeof limit?.source.citation]).toEqual([m, bound, 'hard', 'string']);
      }
    }
    // The creatinine bounds are a design choice on one laboratory's reference intervals: marked unverified.
    const creatinine = BUILTIN_CATALOGUE.patientLimits.filter((l) => l.id.startsWith('patient.creatinine.'));
    expect(creatinine.map((l) => [l.value, l.unit, l.source.verified])).toEqual([
      ['0.1', 'mg/dL', false],
      ['30', 'mg/dL', false],
    ]);
  });
});
