/**
 * The protocol-cap findings (src/checks/caps.ts) and the pump-range checks (src/checks/pump-range.ts):
 * their rule ids, units and the exact text a person reads. Issue 16 item 1: these pin Stryker's
 * survivors of the two files. The caps and rates are written here; every expected value follows by
 * hand from them (arithmetic in the comments).
 */
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal/index.js';
import type { Source } from '../../src/catalogue/types.js';
import { capAppliedCheck, capChecks } from '../../src/checks/caps.js';
import { pumpRangeChecks } from '../../src/checks/pump-range.js';

const SOURCE: Source = { citation: 'test protocol', grade: 'label', verified: true };

describe('capAppliedCheck: the unit follows the measure capped', () => {
  it('a per-kg rate cap binds in mg/h, with the lowered dose in the message', () => {
    // 0.5 mg/kg/h x 70 kg = 35 mg/h is the cap in force; the order was 0.6 mg/kg/h x 70 kg = 42 mg/h.
    const c = capAppliedCheck(
      { cap: { id: 'p.cap.rate', value: '0.5', unit: 'mg/kg/h', source: SOURCE }, measure: 'dose-rate-per-kg', limit: dec(35), uncapped: dec(42), bound: true },
      'ketamine',
    );
    expect(c).toStrictEqual({
      code: 'protocol_cap_applied',
      rule: 'p.cap.rate',
      severity: 'info',
      passed: false,
      agent: 'ketamine',
      observed: { value: '42', unit: 'mg/h' },
      limit: { value: '35', unit: 'mg/h' },
      source: SOURCE,
      message: 'The protocol cap of 0.5 mg/kg/h binds: the dose is lowered from 42 mg/h to 35 mg/h.',
    });
  });

  it('a plain rate cap is in mg/h too', () => {
    const c = capAppliedCheck(
      { cap: { id: 'p.cap.rate', value: '40', unit: 'mg/h', source: SOURCE }, measure: 'dose-rate', limit: dec(40), uncapped: dec(30), bound: false },
      'ketamine',
    );
    expect([c.observed, c.limit, c.passed, c.message]).toEqual([
      { value: '30', unit: 'mg/h' },
      { value: '40', unit: 'mg/h' },
      true,
      'The protocol cap of 40 mg/h does not bind.',
    ]);
  });

  it('a session cap binds in mg', () => {
    // The order was 1.5 g = 1500 mg; the cap 1 g = 1000 mg.
    const c = capAppliedCheck(
      { cap: { id: 'p.cap.session', value: '1', unit: 'g', source: SOURCE }, measure: 'session-dose', limit: dec(1000), uncapped: dec(1500), bound: true },
      'magnesium',
    );
    expect([c.observed, c.limit, c.message]).toEqual([
      { value: '1500', unit: 'mg' },
      { value: '1000', unit: 'mg' },
      'The protocol cap of 1 g binds: the dose is lowered from 1500 mg to 1000 mg.',
    ]);
  });

  it('a per-kg session cap is in mg', () => {
    // 7 mg/kg x 70 kg = 490 mg; the order was 8 mg/kg x 70 kg = 560 mg.
    const c = capAppliedCheck(
      { cap: { id: 'p.cap.kg', value: '7', unit: 'mg/kg', source: SOURCE }, measure: 'session-dose-per-kg', limit: dec(490), uncapped: dec(560), bound: true },
      'lidocaine',
    );
    expect([c.observed?.unit, c.limit?.unit, c.message]).toEqual(['mg', 'mg', 'The protocol cap of 7 mg/kg binds: the dose is lowered from 560 mg to 490 mg.']);
  });
});

describe('capChecks: the hard check of what is delivered against a cap', () => {
  const rateCap = { id: 'p.cap.rate', stated: { value: '40', unit: 'mg/h' }, perHour: true, limit: dec(40), source: SOURCE };
  const sessionCap = { id: 'p.cap.session', stated: { value: '1', unit: 'g' }, perHour: false, limit: dec(1000), source: SOURCE };

  it('within both caps: each passes and says so, in its own unit', () => {
    // 40 mg/h delivered against a 40 mg/h cap (40 <= 40); 800 mg against 1000 mg.
    const [rate, session] = capChecks([rateCap, sessionCap], { rateMgH: dec(40), sessionMg: dec(800) }, 'ketamine');
    expect([rate?.rule, rate?.passed, rate?.observed, rate?.message]).toEqual([
      'p.cap.rate',
      true,
      { value: '40', unit: 'mg/h' },
      'The delivered dose is within the protocol cap of 40 mg/h.',
    ]);
    expect([session?.rule, session?.passed, session?.observed, session?.message]).toEqual([
      'p.cap.session',
      true,
      { value: '800', unit: 'mg' },
      'The delivered dose is within the protocol cap of 1 g.',
    ]);
  });

  it('over a cap: refused, with the text that says so', () => {
    // 40.5 mg/h > 40 mg/h.
    const [rate] = capChecks([rateCap], { rateMgH: dec('40.5'), sessionMg: dec(800) }, 'ketamine');
    expect([rate?.code, rate?.severity, rate?.passed, rate?.message]).toEqual([
      'protocol_cap_exceeded',
      'hard',
      false,
      'The delivered dose would exceed the protocol cap of 40 mg/h; it is refused.',
    ]);
  });
});

describe('pumpRangeChecks: rule ids and messages', () => {
  const range = { minRate: dec('0.1'), maxRate: dec(999), source: SOURCE };

  it('within range: the lower check reads the lowest rate, the upper the highest, each with its own rule id', () => {
    // Segments at 5, 12.5 and 3 mL/h: lowest 3 >= 0.1, highest 12.5 <= 999.
    const [lower, upper] = pumpRangeChecks([dec(5), dec('12.5'), dec(3)], range);
    expect(lower).toStrictEqual({
      code: 'pump_rate_below_minimum',
      rule: 'pump.min-rate',
      severity: 'hard',
      passed: true,
      observed: { value: '3', unit: 'mL/h' },
      limit: { value: '0.1', unit: 'mL/h' },
      source: SOURCE,
      message: "Pump rate is within the pump's minimum of 0.1 mL/h.",
    });
    expect(upper).toStrictEqual({
      code: 'pump_rate_above_maximum',
      rule: 'pump.max-rate',
      severity: 'hard',
      passed: true,
      observed: { value: '12.5', unit: 'mL/h' },
      limit: { value: '999', unit: 'mL/h' },
      source: SOURCE,
      message: "Pump rate is within the pump's maximum of 999 mL/h.",
    });
  });

  it('out of range on either side: the refusal text names the rate and the bound', () => {
    // 0.05 < 0.1 (too slow); 1200 > 999 (too fast).
    const [lower] = pumpRangeChecks([dec('0.05')], range);
    expect([lower?.rule, lower?.passed, lower?.message]).toEqual([
      'pump.min-rate',
      false,
      'The pump cannot run at 0.05 mL/h (its minimum is 0.1 mL/h); choose another container volume or concentration.',
    ]);
    const [, upper] = pumpRangeChecks([dec(1200)], range);
    expect([upper?.rule, upper?.passed, upper?.message]).toEqual([
      'pump.max-rate',
      false,
      'The pump cannot run at 1200 mL/h (its maximum is 999 mL/h); choose another container volume or concentration.',
    ]);
  });
});
