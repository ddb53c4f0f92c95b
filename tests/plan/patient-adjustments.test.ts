// Issue 11 item 5: the dose adjustments and contraindications a label (or the agent's guideline)
// states for age, renal or hepatic state are findings. Each expectation is worked by hand from the
// reference (shared/reference/clinical-dosing.md sections 1-7).
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, planInfusion } from '../support/untyped.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const failed = (r: ReturnType<typeof planInfusion>) => (r.ok ? r.plan.checks.filter((c) => !c.passed && c.severity !== 'info') : []);
const kg = (value: number) => ({ value, unit: 'kg' });

// Dexmedetomidine label: loading 1 mcg/kg over 10 min; 0.5 mcg/kg over 10 min for age > 65;
// dose reduction to be considered in hepatic impairment and in age > 65.
const dex = (patient: Record<string, unknown>, dose: Record<string, unknown> = {}) =>
  planInfusion({
    patient: { weight: kg(80), ...patient },
    protocol: 'dexmedetomidine-procedural-label',
    session: 1,
    dose: { duration: { value: 2, unit: 'h' }, ...dose },
  });

describe('dexmedetomidine by age (label)', () => {
  it('a 70-year-old given the adult 1 mcg/kg loading dose gets a soft finding naming 0.5 mcg/kg', () => {
    // 80 kg: loading 1 mcg/kg x 80 = 80 mcg = 0.08 mg; per kg 0.08 / 80 = 0.001 mg/kg = 1 mcg/kg > 0.5.
    const r = dex({ ageYears: 70 });
    const loading = failed(r).find((c) => c.rule === 'dexmedetomidine.age-over-65.loading');
    expect([loading?.code, loading?.severity, loading?.observed, loading?.limit]).toEqual([
      'adjustment_for_age',
      'soft',
      { value: '1', unit: 'ug/kg' },
      { value: '0.5', unit: 'ug/kg' },
    ]);
    expect(loading?.message).toContain('0.5 mcg/kg over 10 min for age over 65; this plan gives 1 mcg/kg (age over 65)');
    expect(r.ok && r.plan.status).toBe('needs-acknowledgement');
  });

  it('0.5 mcg/kg for a 70-year-old passes the loading rule; the maintenance reduction still asks for review', () => {
    const r = dex({ ageYears: 70 }, { loading: { value: '0.5', unit: 'ug/kg' } });
    expect(r.ok && r.plan.checks.find((c) => c.rule === 'dexmedetomidine.age-over-65.loading')?.passed).toBe(true);
    expect(failed(r).map((c) => c.rule)).toEqual(['dexmedetomidine.age-over-65.maintenance']);
  });

  it('exactly 65 is not over 65, and a 50-year-old has no age finding', () => {
    expect(failed(dex({ ageYears: 65 })).map((c) => c.code)).toEqual([]);
    expect(failed(dex({ ageYears: 50 })).map((c) => c.code)).toEqual([]);
  });

  it('without an age the plan asks for it once (soft), since the label adjusts by age', () => {
    const r = dex({});
    expect(failed(r).map((c) => c.code)).toEqual(['age_required_for_adjustment']);
  });

  it('hepatic impairment asks for a reviewed dose (soft)', () => {
    const r = dex({ ageYears: 50, risks: ['hepatic-impairment'] });
    expect(failed(r).map((c) => `${c.code}:${c.severity}`)).toEqual(['adjustment_for_hepatic_impairment:soft']);
    // A severe state implies the milder one.
    const severe = dex({ ageYears: 50, risks: ['severe-hepatic-impairment'] });
    expect(failed(severe).map((c) => c.rule)).toEqual(['dexmedetomidine.hepatic-impairment']);
  });
});

describe('contraindications refuse', () => {
  it('ketamine in severe hepatic impairment is refused (Cohen 2018: avoid)', () => {
    const r = planInfusion({ patient: { weight: kg(70), risks: ['severe-hepatic-impairment'] }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(['contraindicated_for_patient@patient.risks']);
  });

  it('ketamine in (moderate) hepatic impairment needs acknowledgement (use cautiously with monitoring)', () => {
    const r = planInfusion({ patient: { weight: kg(70), risks: ['hepatic-impairment'] }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
    expect(failed(r).map((c) => `${c.code}:${c.severity}`)).toEqual(['adjustment_for_hepatic_impairment:soft']);
  });

  it('lidocaine in severe renal or severe hepatic impairment is refused (RCH, Starship contraindications)', () => {
    const patient = { weight: kg(70), height: { value: 175, unit: 'cm' }, sex: 'male' };
    for (const risk of ['severe-renal-impairment', 'severe-hepatic-impairment']) {
      const r = planInfusion({ patient: { ...patient, risks: [risk] }, protocol: 'lidocaine-5mgkg-40min', session: 1 });
      expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['contraindicated_for_patient']);
    }
  });
});

describe('renal adjustments', () => {
  it("Collins magnesium in renal impairment: the trial excluded renal disease (soft); Brill's regimen has no such exclusion", () => {
    const collins = planInfusion({ patient: { weight: kg(70), risks: ['renal-impairment'] }, protocol: 'magnesium-crps-collins-2009', session: 1 });
    expect(failed(collins).map((c) => c.rule)).toEqual(['magnesium-sulfate.collins.renal-impairment']);
    const brill = planInfusion({ patient: { weight: kg(70), risks: ['renal-impairment'] }, protocol: 'magnesium-phn-brill-2002', session: 1 });
    expect(failed(brill)).toEqual([]);
  });

  it('pamidronate in severe renal impairment over 2 h: under the 4 h the label summary gives (soft), with the creatinine check', () => {
    // [Robinson: 60 mg; severe renal impairment: infuse over 4-6 h (secondary)] 2 h < 4 h.
    const base = { protocol: 'pamidronate-crps-robinson-2004', session: 1, preparation: { containerVolume: { value: 500, unit: 'mL' } } };
    const r = planInfusion({ ...base, patient: { weight: kg(70), risks: ['severe-renal-impairment'] }, dose: { duration: { value: 2, unit: 'h' } } });
    const duration = failed(r).find((c) => c.rule === 'pamidronate.severe-renal-impairment.duration');
    expect([duration?.code, duration?.limit]).toEqual(['adjustment_for_renal_impairment', { value: '4', unit: 'h' }]);
    expect(failed(r).map((c) => c.rule)).toContain('pamidronate.renal-impairment');
    // Over 4 h the duration rule passes; the label's creatinine check still asks for review.
    const slow = planInfusion({ ...base, patient: { weight: kg(70), risks: ['severe-renal-impairment'] }, dose: { duration: { value: 4, unit: 'h' } } });
    expect(failed(slow).map((c) => c.rule)).toEqual(['pamidronate.renal-impairment']);
  });

  it('severe renal impairment implies renal impairment for the magnesium 20 g per 48 h limit too', () => {
    // Collins at 100 kg: 7 g; 14 g the day before: 21 g in 48 h > 20 g -> refused.
    const r = planInfusion({
      patient: { weight: kg(100), risks: ['severe-renal-impairment'] },
      protocol: 'magnesium-crps-collins-2009',
      session: 2,
      date: '2026-03-02',
      history: [
        {
          date: '2026-03-01',
          protocol: 'magnesium-crps-collins-2009',
          session: 1,
          given: { total: { value: '14', unit: 'g' } },
          reliefPercent: 0,
          completed: true,
        },
      ],
    });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['session_dose_above_hard_limit']);
  });

  it('a hepatic state does not lower immune globulin rates (only thrombosis or renal risk does)', () => {
    const input = { patient: { weight: kg(70), height: { value: 170, unit: 'cm' }, sex: 'female' }, protocol: 'ivig-crps-goebel-2010', session: 1 };
    const plain = planInfusion(input);
    const hepatic = planInfusion({ ...input, patient: { ...input.patient, risks: ['hepatic-impairment'] } });
    expect(hepatic.ok && hepatic.plan.pump.rate).toEqual(plain.ok && plain.plan.pump.rate);
  });
});

describe('the input and the catalogue', () => {
  it('refuses an unknown risk with a code', () => {
    const r = planInfusion({ patient: { weight: kg(70), risks: ['liver'] }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
    expect(r.ok).toBe(false);
  });

  it('an adjustment with a unit of the wrong kind is a coded catalogue issue', () => {
    const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
    const dexAgent = cat['agents'].find((a: Json) => a['id'] === 'dexmedetomidine');
    dexAgent.adjustments[0].action.unit = 'ug/kg/h';
    const r = createCalculator(cat);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['limit_unit_invalid']);
  });
});
