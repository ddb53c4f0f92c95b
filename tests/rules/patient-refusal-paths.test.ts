/**
 * Where a refusal by patient plausibility points: the field it read (src/rules/metadata.ts,
 * PATIENT_CODE_PATH). A static mutant of that table (a path emptied) is in force only when the module
 * loads with it, which Stryker does not judge; `node scripts/static-mutants.mjs` applied each and found
 * the height, age and creatinine paths read by no test (2026-11-29). The limits are the built-in
 * patient limits (src/patient/limits.ts): height 100-250 cm, age 18-120 years and creatinine
 * 0.1-30 mg/dL, hard.
 */
import { describe, expect, it } from 'vitest';
import { planInfusion } from '../support/untyped.js';

/** Schwartzman's ketamine at 70 kg, with the patient fields given. */
const refusals = (patient: Record<string, unknown>) => {
  const r = planInfusion({ patient: { weight: { value: 70, unit: 'kg' }, ...patient }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
  return r.ok ? [] : r.issues.map((i) => [i.code, i.path]);
};

describe('a patient refusal points at the field it read', () => {
  it('height 260 cm (over the hard 250 cm) and 90 cm (under the hard 100 cm): patient.height.value', () => {
    expect(refusals({ height: { value: 260, unit: 'cm' } })).toEqual([['height_implausible', ['patient', 'height', 'value']]]);
    expect(refusals({ height: { value: 90, unit: 'cm' } })).toEqual([['height_implausible', ['patient', 'height', 'value']]]);
  });

  it('age 125 (over the hard 120 years): patient.ageYears', () => {
    expect(refusals({ ageYears: 125 })).toEqual([['age_implausible', ['patient', 'ageYears']]]);
  });

  it('creatinine 35 mg/dL (over the hard 30 mg/dL): patient.creatinine.value', () => {
    expect(refusals({ creatinine: { value: 35, unit: 'mg/dL' } })).toEqual([['creatinine_implausible', ['patient', 'creatinine', 'value']]]);
  });
});
