/**
 * Issue 16 item 3: hand-worked cases for the realistic bugs of proof/bugs.json added for the rule
 * families no bug covered before (titration, dosing weight, ...). Each case fails with its bug in
 * and passes without; the bug's id names the describe.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, planCombination, planInfusion } from '../support/untyped.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('bug titration-session-repeat: a session number the history already holds is flagged', () => {
  // Clinic course (titration rule), 80 kg, 250 mL; the history holds sessions 1, 2 and 3.
  const session = (n: number, rate: string, relief: number) => ({
    date: `2026-01-0${n * 2}`,
    protocol: 'ketamine-clinic-course-2x3',
    session: n,
    given: { rate: { value: rate, unit: 'mg/kg/h' } },
    reliefPercent: relief,
    adverseEvents: [],
    completed: true,
  });
  const plan = (n: number) =>
    planInfusion({
      patient: { weight: { value: 80, unit: 'kg' } },
      protocol: 'ketamine-clinic-course-2x3',
      session: n,
      preparation: { containerVolume: { value: 250, unit: 'mL' } },
      history: [session(1, '0.2', 10), session(2, '0.4', 20), session(3, '0.6', 15)],
    });
  const codes = (n: number) => {
    const r = plan(n);
    return r.ok ? r.warnings.map((w) => w.code) : r.issues.map((i) => i.code);
  };

  it('session 3 again (3 earlier sessions: the next is 4) needs acknowledgement, as does a skipped 5; 4 does not', () => {
    expect(codes(3)).toContain('session_number_mismatch');
    expect(codes(5)).toContain('session_number_mismatch');
    expect(codes(4)).not.toContain('session_number_mismatch');
  });
});

describe('bug ibw-extrapolated-at-60-in: exactly 60 in is inside the range Devine was validated for', () => {
  const ivig = (cm: number) =>
    planInfusion({
      patient: { weight: { value: 50, unit: 'kg' }, height: { value: cm, unit: 'cm' }, sex: 'female', ageYears: 40 },
      protocol: 'ivig-crps-goebel-2010',
      session: 1,
    });

  it('152.4 cm = 60 in: ideal 45.5 kg, not extrapolated; 152.3 cm: 45.409449 kg, extrapolated', () => {
    // 152.4 / 2.54 = 60 in exactly; female Devine 45.5 + 2.3 x (60 - 60) = 45.5 kg.
    const at = ivig(152.4);
    expect(at.ok && at.plan.dosingWeight.ideal).toEqual({ value: '45.5', unit: 'kg' });
    expect(at.ok && at.warnings.map((w) => w.code)).not.toContain('ibw_extrapolated');
    // 152.3 / 2.54 = 59.960630 in; 45.5 + 2.3 x (59.960630 - 60) = 45.5 - 0.090551 = 45.409449 kg.
    const below = ivig(152.3);
    expect(below.ok && below.plan.dosingWeight.ideal).toEqual({ value: '45.409449', unit: 'kg' });
    expect(below.ok && below.warnings.map((w) => w.code)).toContain('ibw_extrapolated');
  });
});

describe("bug shared-bag-session-cap-at-rate: in a combination bag an agent's session cap is judged on what the session gives", () => {
  it('Schwartzman (site session cap 90 mg) with Collins, 82 kg: the cap is judged on 90 mg in the bag, not 22.5 mg in one hour', () => {
    // Ketamine: 0.35 x 82 = 28.7 mg/h, capped at 25 mg/h x 4 h = 100 mg, then at the site's 90 mg: 1.8 mL of 50 mg/mL.
    // Magnesium: 70 x 82 = 5,740 mg -> 11.4 mL = 5,700 mg (rounded down under the 70 mg/kg soft limit).
    // 100 mL bag, withdraw-equal: 100 mL over 4 h = 25 mL/h; ketamine 90 mg / 100 mL x 25 mL/h = 22.5 mg/h.
    const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
    cat['protocols']
      .find((p: Json) => p['id'] === 'ketamine-crps-schwartzman-2009')
      .caps.push({ id: 'schwartzman.session-cap.site', value: '90', unit: 'mg', source: { citation: 'Site policy', grade: 'hosp', verified: true } });
    const calc = createCalculator(cat);
    if (!calc.ok) throw new Error(JSON.stringify(calc.issues));
    const r = planCombination(
      {
        patient: { weight: { value: 82, unit: 'kg' } },
        session: 1,
        components: [{ protocol: 'ketamine-crps-schwartzman-2009' }, { protocol: 'magnesium-crps-collins-2009' }],
        acknowledgements: [{ code: 'compatibility_unknown', reason: 'pharmacy reviewed' }],
      },
      calc.calculator.catalogue,
    );
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    expect([r.plan.bag.additives[0]?.amount, r.plan.pump.rate.value, r.plan.agents[0]?.delivered.doseRate.value]).toEqual([
      { value: '90', unit: 'mg' },
      '25',
      '22.5',
    ]);
    const exceeded = r.plan.checks.filter((c) => c.code === 'protocol_cap_exceeded').map((c) => [c.rule, c.passed, c.observed, c.limit]);
    expect(exceeded).toEqual([
      ['schwartzman.rate-cap', true, { value: '22.5', unit: 'mg/h' }, { value: '25', unit: 'mg/h' }],
      ['schwartzman.session-cap.site', true, { value: '90', unit: 'mg' }, { value: '90', unit: 'mg' }],
    ]);
  });
});
