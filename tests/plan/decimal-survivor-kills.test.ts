/**
 * Issue 16 item 2: the decimal-method mutants (npm run mutate:decimal) that survived the stage,
 * rule and pipeline files' test subsets, each pinned by a hand-worked case. Every expectation is
 * worked from the cited data (shared/reference/clinical-dosing.md) in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, planInfusion } from '../support/untyped.js';
import { dec } from '../../src/decimal/index.js';
import { pumpRangeChecks } from '../../src/checks/pump-range.js';
import { ceilingsFor } from '../../src/pipeline/order-step.js';
import { prepareProtocol } from '../../src/prepare/protocol.js';
import type { Params } from '../../src/pipeline/params-step.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const asJson = (): Json => JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
const kg = (value: number | string) => ({ value, unit: 'kg' });
const calculatorOf = (cat: Json) => {
  const calc = createCalculator(cat);
  if (!calc.ok) throw new Error(JSON.stringify(calc.issues));
  return calc.calculator;
};

describe('a protocol without a loading dose gets no maximum-loading finding (src/rules/table.ts 399)', () => {
  it('dexmedetomidine with no loading dose (the label: none when converting from another sedative), age 70', () => {
    // An institution's copy of the label protocol without its loading dose. 80 kg: maintenance
    // 0.6 mcg/kg/h x 80 kg = 48 mcg/h; at 4 mcg/mL that is 48 / 4 = 12 mL/h. There is no loading
    // dose, so the label's 0.5 mcg/kg maximum loading dose for age over 65 has nothing to judge:
    // no finding at all (a passed one would claim a loading dose was checked). The maintenance
    // reduction the label asks to consider over 65 is still a soft finding.
    const cat = asJson();
    const label = cat['protocols'].find((p: Json) => p['id'] === 'dexmedetomidine-procedural-label');
    const noLoading = { ...structuredClone(label), id: 'dexmedetomidine-no-loading', name: 'Dexmedetomidine without loading dose' };
    delete noLoading['loading'];
    cat['protocols'].push(noLoading);
    const r = calculatorOf(cat).planInfusion({
      patient: { weight: kg(80), ageYears: 70 },
      protocol: 'dexmedetomidine-no-loading',
      session: 1,
      dose: { duration: { value: 2, unit: 'h' } },
    });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    expect(r.plan.pump.segments.map((s) => [s.kind, s.rate.value])).toEqual([['maintenance', '12']]);
    expect(r.plan.checks.filter((c) => c.rule.startsWith('dexmedetomidine.age-over-65')).map((c) => [c.rule, c.passed])).toEqual([
      ['dexmedetomidine.age-over-65.maintenance', false],
    ]);
  });
});

describe('an agent per-kg rate limit is a rounding ceiling at the dosing weight (src/pipeline/order-step.ts 80)', () => {
  it('RCH lidocaine at 70 kg: 75 mcg/kg/min is a 315 mg/h ceiling', () => {
    // 75 mcg/kg/min = 75 x 60 / 1000 = 4.5 mg/kg/h; x 70 kg = 315 mg/h. The agent-wide rate limits
    // are the other rate ceilings (the label's 300 mg in any 1 h, soft, and the 1000 mg/h hard
    // limit); the session ceilings are RCH's 500 mg and 7.5 mg/kg x 70 kg = 525 mg. With no caps
    // and no protocol maxima passed, these are all.
    const p = prepareProtocol(BUILTIN_CATALOGUE, 'lidocaine-chronic-pain-rch', undefined);
    if (!p.ok) throw new Error(p.issue.message);
    const c = ceilingsFor(p.value, { caps: [] } as never, {} as Params, dec(70));
    expect(c.rate.map((x) => x.toString()).sort()).toEqual(['1000', '300', '315']);
    expect(c.total.map((x) => x.toString()).sort()).toEqual(['500', '525']);
  });
});

describe('patient values exactly on a limit (src/checks/patient.ts 46, src/pipeline/patient-step.ts 37)', () => {
  it('a weight of exactly 25 kg is at the hard lower limit, not below it: planned, not refused', () => {
    // The built-in hard lower weight limit is 25 kg; 25 >= 25 passes. Schwartzman (actual weight):
    // 0.35 mg/kg/h x 25 kg = 8.75 mg/h.
    const r = planInfusion({ patient: { weight: kg(25) }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    expect(r.plan.checks.find((c) => c.rule === 'patient.weight.lower-hard')?.passed).toBe(true);
    expect(r.plan.agents[0]?.doseRate).toEqual({ value: '8.75', unit: 'mg/h' });
  });

  // An institution whose hard lower weight limit is 27 kg: a man 127 cm tall (127 / 2.54 = 50 in
  // exactly) has a Devine ideal weight of 50 + 2.3 x (50 - 60) = 27 kg, exactly the lightest adult.
  const lightest27 = () => {
    const cat = asJson();
    const limit = cat['patientLimits'].find((l: Json) => l['id'] === 'patient.weight.lower-hard');
    limit.value = '27';
    return calculatorOf(cat);
  };
  const lidocaine40min = (height: string) => ({
    patient: { weight: kg(40), height: { value: height, unit: 'cm' }, sex: 'male' },
    protocol: 'lidocaine-5mgkg-40min',
    session: 1,
  });

  it('an ideal weight exactly at the lightest adult weight is valid: 5 mg/kg x 27 kg = 135 mg', () => {
    const r = lightest27().planInfusion(lidocaine40min('127'));
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    // Ideal weight (27 kg) is below the actual 40 kg, so it is the dosing weight.
    expect([r.plan.dosingWeight.value, r.plan.dosingWeight.basis]).toEqual([{ value: '27', unit: 'kg' }, 'ideal']);
    expect(r.plan.agents[0]?.totalDose).toEqual({ value: '135', unit: 'mg' });
  });

  it('just under it is refused: 126.746 cm = 49.9 in gives 50 - 2.3 x 10.1 = 26.77 kg', () => {
    const r = lightest27().planInfusion(lidocaine40min('126.746'));
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.received])).toEqual([['ideal_weight_not_valid', '26.77 kg']]);
  });
});

describe('a pump rate exactly at the pump minimum or maximum is within range (src/checks/pump-range.ts 31)', () => {
  const source = { citation: 'Pump manual', grade: 'hosp', verified: true } as const;
  const range = { minRate: dec('0.1'), maxRate: dec(999), source };
  it('0.1 mL/h on a 0.1 to 999 mL/h pump passes both checks; so does 999 mL/h', () => {
    expect(pumpRangeChecks([dec('0.1'), dec(5)], range).map((c) => [c.code, c.passed])).toEqual([
      ['pump_rate_below_minimum', true],
      ['pump_rate_above_maximum', true],
    ]);
    expect(pumpRangeChecks([dec(999)], range).map((c) => c.passed)).toEqual([true, true]);
  });
  it('0.09 mL/h is below it and 999.1 mL/h above it', () => {
    expect(pumpRangeChecks([dec('0.09'), dec('999.1')], range).map((c) => [c.code, c.passed])).toEqual([
      ['pump_rate_below_minimum', false],
      ['pump_rate_above_maximum', false],
    ]);
  });
});

describe("fixed-rate phases run the bag's overfill too (src/pipeline/params-step.ts 111)", () => {
  it('lidocaine 5 mg/kg in 150 mL with a stated 10 mL overfill runs 43 min, not 40', () => {
    // 70 kg man, 175 cm: ideal weight 70.46 kg, actual 70 kg is lower, so 70 kg; 5 mg/kg x 70 =
    // 350 mg. The bag holds 150 mL + 10 mL overfill = 160 mL (the drug volume is withdrawn first).
    // Phase 1: 300 mL/h for 10 min = 50 mL; phase 2: the 110 mL left at 200 mL/h = 0.55 h = 33 min.
    // 10 + 33 = 43 min.
    const r = planInfusion({
      patient: { weight: kg(70), height: { value: 175, unit: 'cm' }, sex: 'male' },
      protocol: 'lidocaine-5mgkg-40min',
      session: 1,
      preparation: { overfill: { value: 10, unit: 'mL' } },
    });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    expect(r.plan.pump.segments.map((s) => [s.rate.value, s.volume.value])).toEqual([
      ['300', '50'],
      ['200', '110'],
    ]);
    expect(r.plan.pump.duration).toEqual({ value: '43', unit: 'min' });
    // The ordered duration follows the same 160 mL (not 150 - 10 = 140 mL, 37 min): 43 min =
    // 43 / 60 = 0.716667 h, and the mean dose rate 350 mg / (43 / 60) h = 21000 / 43 = 488.372093 mg/h.
    expect(r.plan.pump.durationOrdered).toEqual({ value: '43', unit: 'min' });
    expect(r.plan.agents[0]?.prescribed.duration).toEqual({ value: '0.716667', unit: 'h' });
    expect(r.plan.agents[0]?.doseRate).toEqual({ value: '488.372093', unit: 'mg/h' });
  });
});
