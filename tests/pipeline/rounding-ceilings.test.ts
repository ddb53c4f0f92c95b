// Issue 16 item 1 (src/pipeline/order-step.ts ceilingsFor): only the agent's UPPER limits are
// ceilings that rounding must not cross. A dose ordered exactly at a lower limit rounds to the nearest
// pump increment, up if that is nearest; a lower limit must not make it round down below itself.
// Worked by hand from the dexmedetomidine label record (maintenance 0.2-1 mcg/kg/h soft, standard
// concentration 4 mcg/mL, pump rate increment 0.1 mL/h).
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, planInfusion } from '../support/untyped.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const FOO = 'lidocaine-perioperative-foo-2021';

/** Plans on an institution copy of Foo 2021 changed by `edit` (4 mg/mL premix, pump steps of 0.1 mL and 0.1 mL/h). */
function planFooCopy(edit: (foo: Json) => void, request: Json) {
  const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
  edit(cat['protocols'].find((p: Json) => p['id'] === FOO));
  const calc = createCalculator(cat);
  expect(calc.ok, calc.ok ? '' : JSON.stringify(calc.issues)).toBe(true);
  const r = calc.ok ? calc.calculator.planInfusion({ protocol: FOO, session: 1, ...request }) : undefined;
  expect(r?.ok, r?.ok ? '' : JSON.stringify(r?.issues)).toBe(true);
  return r?.ok ? r.plan : undefined;
}

// 175 cm male, 70 kg: IBW 70.46 kg, actual 70 kg is lower, so Foo 2021 doses at 70 kg. Without the
// loading dose and at 0.1 mg/kg/h for 3.4 h: 7 mg/h, 7 x 3.4 = 23.8 mg, 23.8 / 4 mg/mL = 5.95 mL to infuse.
const noLoading = { patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' } };
const lowRate = { ...noLoading, dose: { rate: { value: 0.1, unit: 'mg/kg/h' }, duration: { value: 3.4, unit: 'h' } } };

describe('a lower limit is not a rounding ceiling', () => {
  it('dexmedetomidine 0.2 mcg/kg/h at 71 kg: 3.55 mL/h is programmed as 3.6 mL/h, not floored to 3.5', () => {
    // 0.2 mcg/kg/h x 71 kg = 14.2 mcg/h; / 4 mcg/mL = 3.55 mL/h exactly. Half-up to 0.1 mL/h: 3.6 mL/h
    // (14.4 mcg/h = 0.2028 mcg/kg/h, inside the 0.2-1 range). Read as a ceiling, the 0.2 mcg/kg/h lower
    // limit (14.2 mcg/h) would floor the rate to 3.5 mL/h = 14 mcg/h = 0.197 mcg/kg/h, below the range.
    const r = planInfusion({
      patient: { weight: { value: 71, unit: 'kg' } },
      protocol: 'dexmedetomidine-procedural-label',
      session: 1,
      dose: { rate: { value: 0.2, unit: 'ug/kg/h' }, duration: { value: 2, unit: 'h' } },
    });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    expect([r.plan.pump.rateExact, r.plan.pump.rate]).toEqual([
      { value: '3.55', unit: 'mL/h' },
      { value: '3.6', unit: 'mL/h' },
    ]);
    expect(r.plan.pump.rounding).toEqual({ mode: 'halfExpand', roundedDownForLimit: false });
    const lower = r.plan.checks.find((c) => c.rule === 'dexmedetomidine.dose-rate-per-kg.lower-soft');
    expect(lower?.passed).toBe(true);
  });
});

describe('the protocol caps are ceilings of their own kind', () => {
  it('a per-kg rate cap holds the pump rate down: 1.2 mg/kg/h at 70.25 kg is 21.075 mL/h, programmed as 21.0', () => {
    // Actual 70.25 kg < IBW 70.46 kg: dosing weight 70.25 kg. Cap 1.2 x 70.25 = 84.3 mg/h binds the
    // 1.5 x 70.25 = 105.375 mg/h rate; 84.3 / 4 = 21.075 mL/h. Nearest 0.1 is 21.1 mL/h = 84.4 mg/h,
    // past the cap, so it is floored to 21.0 mL/h = 84 mg/h <= 84.3 mg/h: the cap check passes.
    const plan = planFooCopy((foo) => (foo['caps'][0] = { ...foo['caps'][0], value: '1.2', unit: 'mg/kg/h' }), {
      patient: { weight: { value: 70.25, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' },
      dose: { duration: { value: 4, unit: 'h' } },
    });
    expect([plan?.pump.rate, plan?.pump.rounding]).toEqual([
      { value: '21', unit: 'mL/h' },
      { mode: 'floor', roundedDownForLimit: true },
    ]);
    const cap = plan?.checks.find((c) => c.code === 'protocol_cap_exceeded' && c.rule === 'foo.rate-cap');
    expect([cap?.passed, cap?.observed, cap?.limit]).toEqual([true, { value: '84', unit: 'mg/h' }, { value: '84.3', unit: 'mg/h' }]);
  });

  it('a session cap holds the volume to infuse down: 23.8 mg under a 23.9 mg cap is 5.9 mL, not 6.0', () => {
    // An institution session cap of 23.9 mg (no loading dose): 5.95 mL rounds to 6.0 mL = 24 mg > 23.9,
    // so it is floored to 5.9 mL = 23.6 mg <= 23.9 mg: the cap check passes.
    const plan = planFooCopy((foo) => {
      delete foo['loading'];
      foo['caps'].push({ id: 'institution.session-cap', value: '23.9', unit: 'mg', source: foo['caps'][0]['source'] });
    }, lowRate);
    expect(plan?.pump.volumeToBeInfused).toEqual({ value: '5.9', unit: 'mL' });
    const cap = plan?.checks.find((c) => c.code === 'protocol_cap_exceeded' && c.rule === 'institution.session-cap');
    expect([cap?.passed, cap?.observed, cap?.limit]).toEqual([true, { value: '23.6', unit: 'mg' }, { value: '23.9', unit: 'mg' }]);
    expect(cap?.message).toBe('The delivered dose is within the protocol cap of 23.9 mg.');
  });

  it("the duration's maximum (hours) is not a session ceiling (mg): 5.95 mL rounds to 6.0 mL under a 23.9 h maximum", () => {
    // Same 23.8 mg with no cap but the duration's maximum set to 23.9 h: nothing in mg is near 24 mg,
    // so 5.95 mL takes the nearest 0.1 mL, 6.0 mL = 24 mg. Read as 23.9 mg it would floor to 5.9 mL.
    const plan = planFooCopy((foo) => {
      delete foo['loading'];
      foo['duration']['max'] = '23.9';
    }, lowRate);
    expect(plan?.pump.volumeToBeInfused).toEqual({ value: '6', unit: 'mL' });
  });
});
