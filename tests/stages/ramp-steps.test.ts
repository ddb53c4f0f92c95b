/**
 * Issue 16 item 2: a label ramp with steps. No built-in product has steps (the reference gives no step
 * sizes), so a catalogue that gives Privigen steps of 1 and 2 mg/kg/min reaches the ramp's segments;
 * worked by hand. It pins the mg/kg/min to mL/h factor of src/stages/pump-program.ts, which the
 * built-in plans never reach (proof/decimal-mutants.json).
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator } from '../support/untyped.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('a label ramp with steps', () => {
  it('Goebel, 70 kg (actual, below IBW), Privigen 0.5 -> 1 -> 2 -> 8 mg/kg/min every 30 min', () => {
    const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
    for (const p of cat['agents'].find((a: Json) => a['id'] === 'immune-globulin')['products'])
      if (p.ramp && String(p.id).includes('privigen')) p.ramp.steps = ['1', '2'];
    const calc = createCalculator(cat);
    if (!calc.ok) throw new Error(JSON.stringify(calc.issues));
    const r = calc.calculator.planInfusion({
      patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' },
      protocol: 'ivig-crps-goebel-2010',
      session: 1,
    });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    // 0.25 g/kg x 70 kg = 17.5 g in 175 mL (100 mg/mL). mL/h = mg/kg/min x 70 kg x 60 min/h / 100 mg/mL:
    // 0.5 -> 21 mL/h for 30 min = 10.5 mL; 1 -> 42 mL/h, 21 mL; 2 -> 84 mL/h, 42 mL;
    // 8 (the maximum) -> 336 mL/h for the 175 - 10.5 - 21 - 42 = 101.5 mL left: 101.5 / 336 h = 18.125 min.
    expect(r.plan.pump.segments.map((s) => [s.kind, s.rate.value, s.duration.value, s.volume.value])).toEqual([
      ['phase', '21', '30', '10.5'],
      ['phase', '42', '30', '21'],
      ['phase', '84', '30', '42'],
      ['phase', '336', '18.125', '101.5'],
    ]);
  });
});
