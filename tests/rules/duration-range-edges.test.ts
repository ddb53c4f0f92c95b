/**
 * Issue 16 item 2: the protocol's duration range on a duration that follows from dose and rate (RCH
 * lidocaine, 60 to 120 min), at both ends and just past the top, worked by hand. These pin
 * decimal-method mutants of src/rules/delivered-rules.ts (proof/decimal-mutants.json).
 */
import { describe, expect, it } from 'vitest';
import { planInfusion } from '../support/untyped.js';

/** RCH lidocaine for a man 70 in tall (IBW 73 kg) of `kg`: the dosing weight is the lower, actual or ideal. */
const rch = (kg: number, totalMgKg: number, rateMcgKgMin: number) =>
  planInfusion({
    patient: { weight: { value: kg, unit: 'kg' }, height: { value: 70, unit: 'in' }, sex: 'male' },
    protocol: 'lidocaine-chronic-pain-rch',
    session: 1,
    dose: { total: { value: totalMgKg, unit: 'mg/kg' }, rate: { value: rateMcgKgMin, unit: 'mcg/kg/min' } },
  });

const durationChecks = (r: ReturnType<typeof rch>) =>
  r.ok ? r.plan.checks.filter((c) => c.rule?.startsWith('protocol.duration.')).map((c) => [c.rule, c.passed, c.observed?.value, c.limit?.value]) : [];

describe('the duration range of RCH lidocaine (60 to 120 min)', () => {
  it('exactly 60 min is not under the minimum: 90 kg (IBW 73 kg), 3 mg/kg at 50 mcg/kg/min', () => {
    // 3 x 73 = 219 mg = 10.95 mL of 20 mg/mL -> 11 mL = 220 mg; 50 x 73 = 3650 mcg/min = 219 mg/h = 10.95 mL/h
    // of 20 mg/mL -> 11 mL/h; 11 mL / 11 mL/h = 1 h = 60 min.
    expect(durationChecks(rch(90, 3, 50))).toEqual([
      ['protocol.duration.min', true, '60', '60'],
      ['protocol.duration.max', true, '60', '120'],
    ]);
  });

  it('exactly 120 min is not over the maximum: 50 kg (below the IBW), 4.8 mg/kg at 40 mcg/kg/min', () => {
    // 4.8 x 50 = 240 mg = 12 mL of 20 mg/mL; 40 x 50 = 2000 mcg/min = 120 mg/h = 6 mL/h; 12 / 6 = 2 h = 120 min.
    expect(durationChecks(rch(50, 4.8, 40))).toEqual([
      ['protocol.duration.min', true, '120', '60'],
      ['protocol.duration.max', true, '120', '120'],
    ]);
  });

  it('125 min is over the maximum, and the message gives it in minutes: 50 kg, 5 mg/kg at 40 mcg/kg/min', () => {
    // 5 x 50 = 250 mg = 12.5 mL; 6 mL/h as above; 12.5 / 6 = 2.083333 h x 60 = 125 min.
    const r = rch(50, 5, 40);
    expect(durationChecks(r)).toEqual([
      ['protocol.duration.min', true, '125', '60'],
      ['protocol.duration.max', false, '125', '120'],
    ]);
    expect(r.ok && r.plan.checks.find((c) => c.rule === 'protocol.duration.max')?.message).toBe(
      "The infusion would take 125 min, over the protocol's 120 min; adjust the rate or acknowledge with a reason.",
    );
  });
});
