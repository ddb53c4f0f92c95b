// Issue 16 item 1 (src/pipeline/delivered-step.ts): a protocol cap as the delivered step judges it.
// The hard protocol_cap_exceeded check states the cap as the protocol wrote it, compares a per-hour cap
// (mg/h or mg/kg/h) with the delivered rate in mg/h, and a session cap with the session dose in mg.
// Expected values are worked by hand from the Foo 2021 record and the template in src/checks/caps.ts.
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, planInfusion } from '../support/untyped.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const asJson = (): Json => JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;

// 175 cm male, 70 kg: IBW 70.46 kg, actual 70 kg is lower, so Foo 2021 doses at 70 kg.
const patient = { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' };
const FOO = 'lidocaine-perioperative-foo-2021';
const request = { patient, protocol: FOO, session: 1, dose: { duration: { value: 4, unit: 'h' } } };
const hardCap = (checks: readonly Json[]) => checks.find((c) => c['code'] === 'protocol_cap_exceeded' && c['rule'] === 'foo.rate-cap');

describe('the protocol cap check', () => {
  it("states Foo 2021's 120 mg/h cap as the protocol wrote it", () => {
    const r = planInfusion(request);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    // 1.5 mg/kg/h x 70 kg = 105 mg/h <= 120 mg/h: passed. Template: "The delivered dose is within the
    // protocol cap of <stated value> <stated unit>."
    const c = hardCap(r.plan.checks);
    expect([c?.['severity'], c?.['passed'], c?.['limit']]).toEqual(['hard', true, { value: '120', unit: 'mg/h' }]);
    expect(c?.['observed']?.['unit']).toBe('mg/h');
    expect(c?.['message']).toBe('The delivered dose is within the protocol cap of 120 mg/h.');
  });

  it('judges a cap stated per kg per hour against the delivered rate, in mg/h', () => {
    // An institution copy whose cap is 1.2 mg/kg/h: 1.2 x 70 kg = 84 mg/h, which binds the 105 mg/h
    // maintenance rate down to 84 mg/h (84 / 4 mg/mL = 21 mL/h exactly, so no rounding). The check
    // compares 84 mg/h (the rate, not the 84 x 4 = 336 mg session) with the 84 mg/h limit: passed.
    const cat = asJson();
    const foo = cat['protocols'].find((p: Json) => p['id'] === FOO);
    foo.caps[0] = { ...foo.caps[0], value: '1.2', unit: 'mg/kg/h' };
    const calc = createCalculator(cat);
    expect(calc.ok, calc.ok ? '' : JSON.stringify(calc.issues)).toBe(true);
    const r = calc.ok ? calc.calculator.planInfusion(request) : undefined;
    expect(r?.ok, r?.ok ? '' : JSON.stringify(r?.issues)).toBe(true);
    if (!r?.ok) return;
    const c = hardCap(r.plan.checks);
    expect([c?.['passed'], c?.['observed'], c?.['limit']]).toEqual([true, { value: '84', unit: 'mg/h' }, { value: '84', unit: 'mg/h' }]);
    expect(c?.['message']).toBe('The delivered dose is within the protocol cap of 1.2 mg/kg/h.');
    expect(r.plan.status).toBe('ready');
  });
});
