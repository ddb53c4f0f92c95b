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

/** Dexmedetomidine (label), 80 kg, age 40, for 2 h from the 100 mcg/mL vial, with `more`. */
const dex = (more: Record<string, unknown>) =>
  planInfusion({
    protocol: 'dexmedetomidine-procedural-label',
    session: 1,
    patient: { weight: { value: 80, unit: 'kg' }, ageYears: 40 },
    preparation: { product: 'dexmedetomidine-100ug-ml-2ml' },
    ...more,
    dose: { duration: { value: 2, unit: 'h' }, ...(more['dose'] as object | undefined) },
  });

describe("bug order-loading-range-clinician-skipped: a clinician's loading dose is judged against the protocol's range and usual value", () => {
  it('1.5 mcg/kg is above the label range of 0.5 to 1 mcg/kg (soft); 10 mcg/kg is ten times the usual 1 mcg/kg (refused)', () => {
    const above = dex({ dose: { loading: { value: '1.5', unit: 'ug/kg' } } });
    const range = above.ok ? above.plan.checks.filter((c) => c.code === 'loading_above_protocol_range') : [];
    expect(range.map((c) => [c.passed, c.severity, c.observed, c.limit])).toEqual([
      [false, 'soft', { value: '1.5', unit: 'ug/kg' }, { value: '1', unit: 'ug/kg' }],
    ]);
    expect(above.ok && above.plan.status).toBe('needs-acknowledgement');
    // 10 / 1 = 10: a tenfold slip in the dangerous direction.
    const tenfold = dex({ dose: { loading: { value: '10', unit: 'ug/kg' } } });
    expect(tenfold.ok ? [] : tenfold.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toContain('tenfold_dose@dose.loading');
  });
});

describe('bug pump-range-first-segment-only: every pump segment is checked against the pump range, not only the first', () => {
  it('the loading runs at 120 mL/h, the maintenance at 12 mL/h: a pump whose minimum is 15 mL/h cannot run the maintenance', () => {
    // At the label concentration of 4 mcg/mL (0.004 mg/mL). Loading 1 mcg/kg x 80 kg = 80 mcg = 20 mL over 10 min = 120 mL/h;
    // maintenance 0.6 mcg/kg/h x 80 kg = 48 mcg/h / 4 mcg/mL = 12 mL/h < 15 mL/h.
    const plain = dex({});
    expect(plain.ok && plain.plan.pump.segments.map((s) => [s.kind, s.rate.value])).toEqual([
      ['loading', '120'],
      ['maintenance', '12'],
    ]);
    const r = dex({ pump: { minRate: { value: 15, unit: 'mL/h' } } });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.message])).toEqual([
      ['pump_rate_below_minimum', 'The pump cannot run at 12 mL/h (its minimum is 15 mL/h); choose another container volume or concentration.'],
    ]);
  });
});

describe('decimal mutants of the rule files left by this run (hand-worked)', () => {
  it('ibw_extrapolated gives its limit as 60 in', () => {
    const r = planInfusion({
      patient: { weight: { value: 50, unit: 'kg' }, height: { value: 152.3, unit: 'cm' }, sex: 'female', ageYears: 40 },
      protocol: 'ivig-crps-goebel-2010',
      session: 1,
    });
    expect(r.ok && r.plan.checks.find((c) => c.code === 'ibw_extrapolated')?.limit).toEqual({ value: '60', unit: '[in_i]' });
  });

  it("a clinician's dose equal to the titration engine's is not above it", () => {
    // Clinic course, 80 kg: last 0.6 mg/kg/h, relief 15% < 30%, tolerated: the engine gives 0.6 + 0.2 = 0.8 mg/kg/h.
    const session = (n: number, rate: string, relief: number) => ({
      date: `2026-01-0${n * 2}`,
      protocol: 'ketamine-clinic-course-2x3',
      session: n,
      given: { rate: { value: rate, unit: 'mg/kg/h' } },
      reliefPercent: relief,
      adverseEvents: [],
      completed: true,
    });
    const plan = (rate: string) =>
      planInfusion({
        patient: { weight: { value: 80, unit: 'kg' } },
        protocol: 'ketamine-clinic-course-2x3',
        session: 4,
        preparation: { containerVolume: { value: 250, unit: 'mL' } },
        dose: { rate: { value: rate, unit: 'mg/kg/h' } },
        history: [session(1, '0.2', 10), session(2, '0.4', 20), session(3, '0.6', 15)],
      });
    const equal = plan('0.8');
    expect(equal.ok && equal.plan.titration?.dose?.value).toBe('0.8');
    expect(equal.ok && equal.warnings.map((w) => w.code)).not.toContain('dose_above_titration');
    const above = plan('0.9');
    expect(above.ok && above.warnings.map((w) => w.code)).toContain('dose_above_titration');
  });

  it('a loading dose of exactly a tenth of the usual is a possible slip (soft): dexmedetomidine 0.1 mcg/kg against the usual 1', () => {
    // 0.1 / 1 = 0.1: a tenth or less, and outside the label range of 0.5 to 1 mcg/kg.
    const r = dex({ dose: { loading: { value: '0.1', unit: 'ug/kg' } } });
    expect(r.ok && r.plan.checks.filter((c) => c.code === 'tenfold_low_dose').map((c) => [c.rule, c.passed, c.severity])).toEqual([
      ['protocol.rate.usual', true, 'soft'],
      ['protocol.loading.usual', false, 'soft'],
    ]);
  });
});
