// Issue 11 item 6: a limit that belongs to one protocol is not agent-wide. RCH's 500 mg and
// 7.5 mg/kg per chronic-pain session (60-120 min) and its 40-75 mcg/kg/min range are RCH's own; the
// perioperative consensus (Foo 2021: 1.5 mg/kg/h for up to 24 h) is not refused by them. Worked by hand.
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, planInfusion } from '../../src/index.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const asJson = (): Json => JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;

// 175 cm male: IBW = 50 + 2.3 x (175 / 2.54 - 60) = 50 + 2.3 x 8.897638 = 70.464567 kg; actual 70 kg
// is lower, so the dosing weight is 70 kg (Foo 2021: IBW, actual when lower).
const patient = { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' };
const foo = (hours: number) =>
  planInfusion({ patient, protocol: 'lidocaine-perioperative-foo-2021', session: 1, dose: { duration: { value: hours, unit: 'h' } } });

describe("RCH's session limits belong to the chronic-pain protocols", () => {
  it('Foo 2021 for 4 h is planned: 105 mg loading + 105 mg/h x 4 h = 525 mg, past RCH 500 mg', () => {
    // Loading 1.5 mg/kg x 70 = 105 mg over 10 min; maintenance 1.5 mg/kg/h x 70 = 105 mg/h (under
    // the 120 mg/h ceiling); 105 + 105 x 4 = 525 mg. The old agent-wide 500 mg refused this.
    const r = foo(4);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues.map((i) => i.code))).toBe(true);
    expect(r.ok && r.plan.agents[0]?.totalDose).toEqual({ value: '525', unit: 'mg' });
    expect(r.ok && r.plan.checks.some((c) => c.rule.startsWith('lidocaine.session-dose'))).toBe(false);
    expect(r.ok && r.plan.checks.some((c) => c.rule === 'lidocaine.dose-rate-per-kg.upper-soft')).toBe(false);
  });

  it('Foo 2021 for 12 h is planned: 105 + 105 x 12 = 1365 mg (one 500 mL premix of 4 mg/mL holds 2000 mg)', () => {
    const r = foo(12);
    expect(r.ok && r.plan.agents[0]?.totalDose).toEqual({ value: '1365', unit: 'mg' });
    // The label's 300 mg in any 1 h is agent-wide and still judged: 105 mg/h passes it.
    expect(r.ok && r.plan.checks.find((c) => c.rule === 'lidocaine.dose-rate.upper-soft')?.passed).toBe(true);
  });

  it('RCH itself still refuses above 500 mg: 7.5 mg/kg x 70 kg = 525 mg is capped by its own 500 mg', () => {
    // The protocol's cap brings 525 mg to 500 mg; the limit (in force for RCH) then passes at 500 mg.
    const r = planInfusion({
      patient,
      protocol: 'lidocaine-chronic-pain-rch',
      session: 1,
      dose: { total: { value: '7.5', unit: 'mg/kg' }, rate: { value: 75, unit: 'ug/kg/min' } },
    });
    const hard = r.ok ? r.plan.checks.find((c) => c.rule === 'lidocaine.session-dose.upper-hard') : undefined;
    expect([hard?.passed, hard?.limit]).toEqual([true, { value: '500', unit: 'mg' }]);
    expect(r.ok && r.plan.checks.find((c) => c.rule === 'lidocaine.dose-rate-per-kg.upper-soft')?.passed).toBe(true);
  });

  it('the 5 mg/kg over 40 min session keeps the 500 mg maximum but not the RCH rate range', () => {
    // 5 mg/kg x 70 = 350 mg over 40 min = 525 mg/h = 125 mcg/kg/min: above RCH's 75 but that range is RCH's.
    const r = planInfusion({ patient, protocol: 'lidocaine-5mgkg-40min', session: 1 });
    expect(r.ok && r.plan.checks.find((c) => c.rule === 'lidocaine.session-dose.upper-hard')?.passed).toBe(true);
    expect(r.ok && r.plan.checks.some((c) => c.rule === 'lidocaine.dose-rate-per-kg.upper-soft')).toBe(false);
  });
});

describe('a limit scoped to protocols in an institution catalogue', () => {
  it('applies only to the protocols it names', () => {
    const cat = asJson();
    const ketamine = cat['agents'].find((a: Json) => a['id'] === 'ketamine');
    // An institution's own 20 mg/h hard ceiling for Schwartzman only.
    ketamine.limits.push({
      id: 'ketamine.dose-rate.upper-hard.site',
      protocols: ['ketamine-crps-schwartzman-2009'],
      bound: 'upper',
      severity: 'hard',
      value: '20',
      unit: 'mg/h',
      source: { citation: 'Site policy', grade: 'hosp', verified: true },
    });
    const calc = createCalculator(cat);
    expect(calc.ok).toBe(true);
    if (!calc.ok) return;
    // Schwartzman 70 kg: 0.35 x 70 = 24.5 mg/h > 20 mg/h: refused.
    const s = calc.calculator.planInfusion({ patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
    expect(s.ok ? [] : s.issues.map((i) => i.code)).toEqual(['dose_rate_above_hard_limit']);
    // Sanacora 70 kg: 35 mg over 40 min = 52.5 mg/h, but the limit is not Sanacora's.
    const d = calc.calculator.planInfusion({ patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-depression-sanacora-2017', session: 1 });
    expect(d.ok).toBe(true);
  });

  it('naming a protocol that is not one of the agent protocols is a coded catalogue issue', () => {
    const cat = asJson();
    const lidocaine = cat['agents'].find((a: Json) => a['id'] === 'lidocaine');
    lidocaine.limits[0].protocols = ['ketamine-crps-schwartzman-2009', 'no-such-protocol'];
    const r = createCalculator(cat);
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual([
      `unknown_protocol@agents.${cat['agents'].indexOf(lidocaine)}.limits.0.protocols.0`,
      `unknown_protocol@agents.${cat['agents'].indexOf(lidocaine)}.limits.0.protocols.1`,
    ]);
  });
});
