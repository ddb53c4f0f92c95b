/**
 * Issue 16 item 1 (Stryker's survivors of src/pipeline/params-step.ts): the refusals the dose step
 * raises itself, word for word, built by hand from the templates in that file:
 * - a clearance-band protocol (zoledronic-acid-4mg-by-crcl, Zometa table) needs age, sex and serum
 *   creatinine for Cockcroft-Gault: one issue per missing field, in the order age, sex, creatinine,
 *   codes age_required / sex_required / creatinine_required at ['patient', 'ageYears' | 'sex' |
 *   'creatinine'], each with the message "This protocol doses by creatinine clearance
 *   (Cockcroft-Gault), which needs the patient's age, sex and serum creatinine." and the bands' source;
 * - the band sets the dose: a clinician's total is refused, dose_not_adjustable at ['dose', 'total'],
 *   "In this protocol the dose follows from the creatinine-clearance band.";
 * - fixed-rate phases set the duration (lidocaine-5mgkg-40min, 300 mL/h for 10 min then 200 mL/h):
 *   a clinician's duration is refused, dose_not_adjustable at ['dose', 'duration'], "In this protocol
 *   the duration follows from its fixed-rate phases.".
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, type PlanResult, planInfusion } from '../support/untyped.js';

const ZOMETA = 'zoledronic-acid-4mg-by-crcl';
const zometa = (patient: Record<string, unknown>, dose: Record<string, unknown> = { duration: { value: 15, unit: 'min' } }) =>
  planInfusion({ patient: { weight: { value: 80, unit: 'kg' }, ...patient }, protocol: ZOMETA, session: 1, dose });
const issues = (r: PlanResult) => (r.ok ? [] : r.issues.map((i) => ({ code: i.code, path: i.path, message: i.message, source: i.source })));
const bandsSource = BUILTIN_CATALOGUE.protocols.find((p) => p.id === ZOMETA)?.clearanceBands?.source;
const NEEDS = "This protocol doses by creatinine clearance (Cockcroft-Gault), which needs the patient's age, sex and serum creatinine.";
const CREATININE = { value: 1, unit: 'mg/dL' };

describe('a creatinine-clearance protocol without what Cockcroft-Gault needs is refused, field by field', () => {
  it('the bands carry their source, unverified (the Zometa table as the protocol cites it)', () => {
    expect(bandsSource?.verified).toBe(false);
  });

  it('no age: age_required at patient.ageYears only', () => {
    const r = zometa({ sex: 'male', creatinine: CREATININE });
    expect(r.ok).toBe(false);
    expect(issues(r)).toEqual([{ code: 'age_required', path: ['patient', 'ageYears'], message: NEEDS, source: bandsSource }]);
  });

  it('no sex: sex_required at patient.sex only', () => {
    const r = zometa({ ageYears: 50, creatinine: CREATININE });
    expect(issues(r)).toEqual([{ code: 'sex_required', path: ['patient', 'sex'], message: NEEDS, source: bandsSource }]);
  });

  it('no serum creatinine: creatinine_required at patient.creatinine only', () => {
    const r = zometa({ ageYears: 50, sex: 'female' });
    expect(issues(r)).toEqual([{ code: 'creatinine_required', path: ['patient', 'creatinine'], message: NEEDS, source: bandsSource }]);
  });

  it('none of the three: three issues, in the order age, sex, creatinine', () => {
    const r = zometa({});
    expect(issues(r)).toEqual([
      { code: 'age_required', path: ['patient', 'ageYears'], message: NEEDS, source: bandsSource },
      { code: 'sex_required', path: ['patient', 'sex'], message: NEEDS, source: bandsSource },
      { code: 'creatinine_required', path: ['patient', 'creatinine'], message: NEEDS, source: bandsSource },
    ]);
  });

  it('all three given: planned from the band, no such issue', () => {
    // (140 - 50) x 80 / (72 x 1) = 7200 / 72 = 100 mL/min > 60: the 4 mg band.
    const r = zometa({ ageYears: 50, sex: 'male', creatinine: CREATININE });
    expect(r.ok).toBe(true);
  });
});

describe("a clinician's value the protocol sets itself is refused", () => {
  it('a total for the Zometa band protocol: dose_not_adjustable at dose.total', () => {
    const r = zometa({ ageYears: 50, sex: 'male', creatinine: CREATININE }, { total: { value: 4, unit: 'mg' }, duration: { value: 15, unit: 'min' } });
    expect(r.ok).toBe(false);
    expect(issues(r)).toEqual([
      {
        code: 'dose_not_adjustable',
        path: ['dose', 'total'],
        message: 'In this protocol the dose follows from the creatinine-clearance band.',
        source: undefined,
      },
    ]);
  });

  it('a duration for the two-rate lidocaine protocol: dose_not_adjustable at dose.duration', () => {
    const lido = (dose: Record<string, unknown>) =>
      planInfusion({
        patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' },
        protocol: 'lidocaine-5mgkg-40min',
        session: 1,
        dose,
      });
    // Without a duration the phases set it: 300 mL/h x 10 min = 50 mL, then the rest of the 150 mL
    // bag at 200 mL/h; the plan is made (its soft findings aside).
    expect(issues(lido({}))).toEqual([]);
    const r = lido({ duration: { value: 40, unit: 'min' } });
    expect(r.ok).toBe(false);
    expect(issues(r)).toEqual([
      {
        code: 'dose_not_adjustable',
        path: ['dose', 'duration'],
        message: 'In this protocol the duration follows from its fixed-rate phases.',
        source: undefined,
      },
    ]);
  });
});
