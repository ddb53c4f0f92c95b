/**
 * Issue 16 item 2: a label ramp with steps. No built-in product has steps (the reference gives no step
 * sizes), so a catalogue that gives Privigen steps of 1 and 2 mg/kg/min reaches the ramp's segments;
 * worked by hand. It pins the mg/kg/min to mL/h factors of src/stages/pump-program.ts (the rates and
 * the label maximum as a rounding ceiling), which the built-in plans never reach (proof/decimal-mutants.json).
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator } from '../support/untyped.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Goebel at `kg` (male, 175 cm: IBW 70.464567 kg, so actual weight below it), Privigen with steps of 1 and 2 mg/kg/min. */
function goebelWithSteps(kg: number, risks: string[] = [], max?: string, protocolRate?: string) {
  const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
  const products = cat['agents'].find((a: Json) => a['id'] === 'immune-globulin')['products'] as Json[];
  for (const p of products) if (p['ramp'] && String(p['id']).includes('privigen')) p['ramp'] = { ...p['ramp'], steps: ['1', '2'], ...(max ? { max } : {}) };
  const goebel = (cat['protocols'] as Json[]).find((p) => p['id'] === 'ivig-crps-goebel-2010') as Json;
  if (protocolRate) goebel['rate'] = { ...goebel['rate'], value: protocolRate };
  const calc = createCalculator(cat);
  if (!calc.ok) throw new Error(JSON.stringify(calc.issues));
  return calc.calculator.planInfusion({
    patient: { weight: { value: kg, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male', risks },
    protocol: 'ivig-crps-goebel-2010',
    session: 1,
  });
}

describe('a label ramp with steps', () => {
  it('Goebel, 70 kg (actual, below IBW), Privigen 0.5 -> 1 -> 2 -> 8 mg/kg/min every 30 min', () => {
    const r = goebelWithSteps(70);
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

  it('70.1 kg: the maximum phase rounds down rather than above 8 mg/kg/min', () => {
    // 0.25 x 70.1 = 17.525 g -> 17.5 g in 175 mL (multiples of 2.5 g). mL/h = mg/kg/min x 70.1 x 60 / 100:
    // 0.5 -> 21.03 -> 21 mL/h, 10.5 mL; 1 -> 42.06 -> 42.1 mL/h, 21.05 mL; 2 -> 84.12 -> 84.1 mL/h, 42.05 mL.
    // 8 -> 336.48 mL/h; the nearest 336.5 mL/h would give 33,650 mg/h > 8 x 70.1 x 60 = 33,648 mg/h, so 336.4 mL/h
    // (rounded down for the limit) for the 175 - 10.5 - 21.05 - 42.05 = 101.4 mL left: 101.4 / 336.4 h = 18.085612 min.
    const r = goebelWithSteps(70.1);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    expect(r.plan.pump.segments.map((s) => [s.rate.value, s.duration.value, s.volume.value])).toEqual([
      ['21', '30', '10.5'],
      ['42.1', '30', '21.05'],
      ['84.1', '30', '42.05'],
      ['336.4', '18.085612', '101.4'],
    ]);
    expect(r.plan.checks.filter((c) => c.code === 'rounded_down_for_limit').length).toBe(1);
  });

  it('at risk of thrombosis, 70.05 kg: the ramp stops at the at-risk maximum of 2 mg/kg/min and rounds down rather than above it', () => {
    // The at-risk ramp ends at 2 mg/kg/min (its step of 2 is the maximum itself). The protocol's own rate
    // range reaches 8, so only the ramp's maximum guards 2. mL/h = mg/kg/min x 70.05 x 60 / 100:
    // 0.5 -> 21.015 -> 21 mL/h, 10.5 mL; 1 -> 42.03 -> 42 mL/h, 21 mL; 2 -> 84.06 mL/h: the nearest 84.1 mL/h
    // would give 8,410 mg/h > 2 x 70.05 x 60 = 8,406 mg/h, so 84 mL/h for the 175 - 10.5 - 21 = 143.5 mL left:
    // 143.5 / 84 h = 102.5 min.
    const r = goebelWithSteps(70.05, ['thrombosis']);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    expect(r.plan.pump.segments.map((s) => [s.rate.value, s.duration.value, s.volume.value])).toEqual([
      ['21', '30', '10.5'],
      ['42', '30', '21'],
      ['84', '102.5', '143.5'],
    ]);
  });

  it('a ramp maximum below every other ceiling (6 mg/kg/min in a local catalogue), 70.1 kg: the ramp maximum alone guards it', () => {
    // The agent's limits and the protocol's range stop at 8 mg/kg/min, so only the ramp's own maximum of 6
    // is a ceiling for the last phase. 6 x 70.1 x 60 / 100 = 252.36 mL/h; the nearest 252.4 mL/h would give
    // 25,240 mg/h > 6 x 70.1 x 60 = 25,236 mg/h, so 252.3 mL/h for the 101.4 mL left (as above):
    // 101.4 / 252.3 h = 0.401902 h = 24.11415 min.
    const r = goebelWithSteps(70.1, [], '6');
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    expect(r.plan.pump.segments.map((s) => [s.rate.value, s.duration.value, s.volume.value])).toEqual([
      ['21', '30', '10.5'],
      ['42.1', '30', '21.05'],
      ['84.1', '30', '42.05'],
      ['252.3', '24.11415', '101.4'],
    ]);
  });

  it('the same, in a local protocol that states its own rate of 0.5 mg/kg/min: the ramp maximum is still a ceiling', () => {
    // With a rate value of its own the protocol's rate parameter no longer carries the ramp's maximum, so
    // the ramp segments must add it: the same 252.3 mL/h (not the nearest 252.4) as above.
    const r = goebelWithSteps(70.1, [], '6', '0.5');
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    expect(r.plan.pump.segments.map((s) => s.rate.value)).toEqual(['21', '42.1', '84.1', '252.3']);
    expect(r.plan.checks.filter((c) => c.code === 'rounded_down_for_limit').length).toBe(1);
  });
});
