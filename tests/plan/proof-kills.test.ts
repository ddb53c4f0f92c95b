// Issue 16 item 3: realistic bugs from proof/bugs.json that no quick test caught, each killed here by a
// case worked by hand. The bug each case kills is named in its title.
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, planInfusion } from '../support/untyped.js';
import { compatibilityChecks } from '../../src/rules/compatibility-rules.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const asJson = (): Json => JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;

// 175 cm male: IBW = 50 + 2.3 x (175 / 2.54 - 60) = 70.464567 kg; actual 70 kg is lower, so the
// dosing weight is 70 kg (Foo 2021: IBW, actual when lower).
const patient = { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' };

/** The built-in catalogue with one more lidocaine dose-rate limit that is not for maintenance only. */
function withRateLimit(value: string, severity: 'hard' | 'soft') {
  const cat = asJson();
  cat['agents']
    .find((a: Json) => a['id'] === 'lidocaine')
    .limits.push({
      id: 'lidocaine.dose-rate.upper.site-peak',
      bound: 'upper',
      severity,
      value,
      unit: 'mg/h',
      source: { citation: 'Site policy', grade: 'hosp', verified: true },
    });
  const calc = createCalculator(cat);
  if (!calc.ok) throw new Error(JSON.stringify(calc.issues));
  return calc.calculator;
}

describe('bug loading-left-out-of-rate-ceiling: a dose-rate limit reads the loading dose rate', () => {
  // Foo 2021 for 2 h: loading 1.5 mg/kg x 70 kg = 105 mg over 10 min; 105 mg / (10/60 h) = 630 mg/h.
  // Maintenance 1.5 mg/kg/h x 70 kg = 105 mg/h. A limit of 300 mg/h not marked for maintenance
  // only is crossed by the loading segment alone (630 > 300), not by the maintenance (105 < 300).
  const request = { patient, protocol: 'lidocaine-perioperative-foo-2021', session: 1, dose: { duration: { value: 2, unit: 'h' } } };

  it('a hard 300 mg/h limit refuses the plan: the loading dose runs at 630 mg/h', () => {
    const r = withRateLimit('300', 'hard').planInfusion(request);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['dose_rate_above_hard_limit']);
  });

  it('a soft 300 mg/h limit is failed at the loading rate, not passed at the maintenance rate', () => {
    const r = withRateLimit('300', 'soft').planInfusion({
      ...request,
      acknowledgements: [{ code: 'dose_rate_above_soft_limit', reason: 'loading dose as the protocol gives it' }],
    });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    const check = r.ok ? r.plan.checks.find((c) => c.rule === 'lidocaine.dose-rate.upper.site-peak') : undefined;
    expect(check?.passed).toBe(false);
    // The loading volume 105 mg / 4 mg/mL = 26.25 mL at 26.25 / (10/60) = 157.5 mL/h (on the 0.1 mL/h
    // increment); 157.5 mL/h x 4 mg/mL = 630 mg/h.
    expect(check?.observed).toEqual({ value: '630', unit: 'mg/h' });
  });

  it('a 700 mg/h limit passes: 630 mg/h is under it', () => {
    const r = withRateLimit('700', 'hard').planInfusion(request);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    expect(r.ok && r.plan.checks.find((c) => c.rule === 'lidocaine.dose-rate.upper.site-peak')?.passed).toBe(true);
  });
});

describe('decimal mutant src/stages/dose.ts isInsideStatedRange lte -> lt: the top of a stated range is inside it', () => {
  it('a duration exactly at a stated maximum ten times the usual is the protocol’s own value, not a tenfold slip', () => {
    // Sanacora with its duration range widened to 2-400 min (usual 40): 400 min = 10 x 40, so the
    // tenfold check would flag it as ten or more times the usual, but it is the range's own top end.
    const cat = asJson();
    const sanacora = cat['protocols'].find((p: Json) => p['id'] === 'ketamine-depression-sanacora-2017');
    sanacora.duration.max = '400';
    const calc = createCalculator(cat);
    expect(calc.ok, calc.ok ? '' : JSON.stringify(calc.issues)).toBe(true);
    if (!calc.ok) return;
    const plan = (minutes: number) =>
      calc.calculator.planInfusion({
        patient: { weight: { value: 70, unit: 'kg' } },
        protocol: 'ketamine-depression-sanacora-2017',
        session: 1,
        dose: { duration: { value: minutes, unit: 'min' } },
      });
    const codes = (r: ReturnType<typeof plan>) => (r.ok ? r.plan.checks.filter((c) => !c.passed).map((c) => c.code) : r.issues.map((i) => i.code));
    // 400 min: inside 2-400, so no tenfold finding.
    expect(codes(plan(400))).not.toContain('tenfold_long_duration');
    // 401 min: above the range and 401 / 40 = 10.025 times the usual, so the soft tenfold finding is back.
    expect(codes(plan(401))).toContain('tenfold_long_duration');
  });
});

describe('bug loading-left-out-of-bag: the container must hold the loading dose too', () => {
  // Foo 2021, 70 kg: loading 1.5 mg/kg x 70 = 105 mg; maintenance 1.5 mg/kg/h x 70 = 105 mg/h. Both
  // premixes hold 2,000 mg (4 mg/mL x 500 mL, 8 mg/mL x 250 mL).
  const foo = (hours: number) =>
    planInfusion({ patient, protocol: 'lidocaine-perioperative-foo-2021', session: 1, dose: { duration: { value: hours, unit: 'h' } } });

  it('19 h is refused: 105 + 105 x 19 = 2,100 mg, more than the 2,000 mg a premix holds (maintenance alone, 1,995 mg, would fit)', () => {
    const r = foo(19);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toContain('container_too_small');
  });

  it('18 h is planned: 105 + 105 x 18 = 1,995 mg fits in 2,000 mg', () => {
    const r = foo(18);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues.map((i) => i.code))).toBe(true);
    expect(r.ok && r.plan.agents[0]?.totalDose).toEqual({ value: '1995', unit: 'mg' });
  });
});

describe('decimal mutant src/stages/dose.ts checkTenfold ratio lte -> lt: exactly a tenth of the usual, inside the range', () => {
  it('Sanacora at 4 min (4 / 40 = 0.1 of the usual, inside Andrade 2-100 min) is not refused as a tenfold short duration', () => {
    // 50 kg: 0.5 mg/kg x 50 = 25 mg over 4 min. The ratio to the usual 40 min is exactly 0.1, so the
    // tenfold test fires, but 4 min is inside the protocol's own 2-100 min: the source's value, not a slip.
    const r = planInfusion({
      patient: { weight: { value: 50, unit: 'kg' } },
      protocol: 'ketamine-depression-sanacora-2017',
      session: 1,
      dose: { duration: { value: 4, unit: 'min' } },
    });
    const codes = r.ok ? r.plan.checks.filter((c) => !c.passed).map((c) => c.code) : r.issues.map((i) => i.code);
    expect(codes).not.toContain('tenfold_short_duration');
    // The rate is still judged: 25 mg / (4/60 h) = 375 mg/h = 7.5 mg/kg/h, above the 1 mg/kg/h soft limit.
    expect(codes).toContain('dose_rate_per_kg_above_soft_limit');
  });
});

describe('bug cap-check-loading-counted: a protocol session cap is on the maintenance dose, without the loading dose', () => {
  /** Foo 2021 with a site's own 250 mg session cap besides its 120 mg/h rate cap. */
  function fooWithSessionCap() {
    const cat = asJson();
    cat['protocols']
      .find((p: Json) => p['id'] === 'lidocaine-perioperative-foo-2021')
      .caps.push({ id: 'foo.session-cap.site', value: '250', unit: 'mg', source: { citation: 'Site policy', grade: 'hosp', verified: true } });
    const calc = createCalculator(cat);
    if (!calc.ok) throw new Error(JSON.stringify(calc.issues));
    return calc.calculator;
  }

  it('Foo 2021 for 2 h: the maintenance dose is within a 250 mg cap though 314.8 mg is given with the loading dose', () => {
    // 70 kg: maintenance 1.5 mg/kg/h x 70 x 2 h = 210 mg = 52.5 mL of 4 mg/mL (on the 0.1 mL grid).
    // Loading 105 mg = 26.25 mL; the nearest 26.3 mL (105.2 mg) is above the loading dose's own
    // 105 mg, so it rounds down to 26.2 mL = 104.8 mg. Delivered 104.8 + 210 = 314.8 mg; the cap reads
    // the delivered dose less the 105 mg loading dose ordered: 314.8 - 105 = 209.8 mg, within 250 mg.
    // Counting the loading dose (314.8 mg) would refuse the plan.
    const r = fooWithSessionCap().planInfusion({
      patient,
      protocol: 'lidocaine-perioperative-foo-2021',
      session: 1,
      dose: { duration: { value: 2, unit: 'h' } },
    });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues.map((i) => i.code))).toBe(true);
    const cap = r.ok ? r.plan.checks.find((c) => c.code === 'protocol_cap_exceeded' && c.rule === 'foo.session-cap.site') : undefined;
    expect([cap?.passed, cap?.observed]).toEqual([true, { value: '209.8', unit: 'mg' }]);
    // Ordered: 105 + 210 = 315 mg; the segments as set: 26.2 mL then 52.5 mL.
    expect(r.ok && r.plan.agents[0]?.totalDose).toEqual({ value: '315', unit: 'mg' });
    expect(r.ok && r.plan.pump.segments.map((s) => s.volume.value)).toEqual(['26.2', '52.5']);
  });
});

describe('bug patient-plausibility-boundary: a value exactly at a hard upper plausibility limit is not past it', () => {
  // The built-in adult limits refuse an age above 120 years (a typing slip), not 120 itself.
  const codesAt = (ageYears: number) => {
    const r = planInfusion({ patient: { weight: { value: 70, unit: 'kg' }, ageYears }, protocol: 'ketamine-depression-sanacora-2017', session: 1 });
    return r.ok ? r.plan.checks.filter((c) => !c.passed).map((c) => c.code) : r.issues.map((i) => i.code);
  };

  it('120 years passes the 120-year hard limit; 121 years is refused as implausible', () => {
    expect(codesAt(120)).not.toContain('age_implausible');
    expect(codesAt(121)).toContain('age_implausible');
  });
});

describe('bug compatibility-incompatible-soft: an agent to be given alone makes a hard finding', () => {
  it('ketamine with zoledronic acid (give alone in a separate line, CHEO) is incompatible, hard, and fails', () => {
    const [c] = compatibilityChecks(['ketamine', 'zoledronic-acid']);
    expect([c?.code, c?.severity, c?.passed]).toEqual(['incompatible_agents', 'hard', false]);
  });
});

describe('bug pump-rounding-under-ignored: a rate rounded down by more than 5% is a finding too', () => {
  it('ketamine 7 mg/h from 28 mg in 13 mL at a 1 mL/h increment: 3.25 mL/h is set to 3 mL/h, -7.69%', () => {
    // 70 kg x 0.1 mg/kg/h = 7 mg/h over 4 h = 28 mg; 28 mg in 13 mL = 28/13 mg/mL; 7 / (28/13) = 3.25 mL/h.
    // To the nearest 1 mL/h: 3 mL/h; (3 - 3.25) / 3.25 = -7.69% of the ordered dose rate, beyond 5%
    // but above half the order (1.625 mL/h): a soft finding, not a refusal.
    const r = planInfusion({
      patient: { weight: { value: 70, unit: 'kg' } },
      protocol: 'ketamine-clinic-course-2x3',
      session: 1,
      dose: { rate: { value: 0.1, unit: 'mg/kg/h' } },
      preparation: { containerVolume: { value: 13, unit: 'mL' } },
      pump: { increment: { value: 1, unit: 'mL/h' } },
    });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues.map((i) => i.code))).toBe(true);
    if (!r.ok) return;
    expect(r.plan.pump.rate).toEqual({ value: '3', unit: 'mL/h' });
    const c = r.warnings.find((w) => w.code === 'pump_rounding_beyond_tolerance');
    expect([c?.severity, c?.observed?.unit, c?.observed?.value.startsWith('-7.69')]).toEqual(['soft', '%', true]);
  });
});

describe('decimal mutants src/stages/dose.ts orderDose gt -> gte: a dose exactly at a protocol cap is not bound by it', () => {
  it('Sanacora 70 kg with site caps of 35 mg and 52.5 mg/h: both are met exactly, neither binds', () => {
    // 0.5 mg/kg x 70 kg = 35 mg over 40 min; 35 mg / (40/60 h) = 52.5 mg/h. At exactly the cap
    // nothing is lowered, so each cap's info finding says it does not bind (passed).
    const cat = asJson();
    const source = { citation: 'Site policy', grade: 'hosp', verified: true };
    cat['protocols']
      .find((p: Json) => p['id'] === 'ketamine-depression-sanacora-2017')
      .caps.push({ id: 'sanacora.session-cap.site', value: '35', unit: 'mg', source }, { id: 'sanacora.rate-cap.site', value: '52.5', unit: 'mg/h', source });
    const calc = createCalculator(cat);
    expect(calc.ok, calc.ok ? '' : JSON.stringify(calc.issues)).toBe(true);
    if (!calc.ok) return;
    const r = calc.calculator.planInfusion({ patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-depression-sanacora-2017', session: 1 });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues.map((i) => i.code))).toBe(true);
    if (!r.ok) return;
    const applied = r.plan.checks.filter((c) => c.code === 'protocol_cap_applied').map((c) => [c.rule, c.passed]);
    expect(applied).toEqual([
      ['sanacora.session-cap.site', true],
      ['sanacora.rate-cap.site', true],
    ]);
  });
});
