/**
 * Issue 16 item 2: a per-kg session limit counted over a window with an earlier session in it, worked
 * by hand. No built-in per-kg limit has a window, so a catalogue gives magnesium's 70 mg/kg soft limit
 * a 24 h window. It pins the windowed per-kg total of src/rules/phases.ts (proof/decimal-mutants.json).
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator } from '../support/untyped.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('a windowed per-kg session limit adds the earlier sessions in its window', () => {
  it('Collins, 100 kg: 7 g now + 14 g earlier the same day = 21 g / 100 kg = 210 mg/kg > 70 mg/kg', () => {
    const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
    const limits = (cat['agents'] as Json[]).find((a) => a['id'] === 'magnesium-sulfate')?.['limits'] as Json[];
    const perKg = limits.find((l) => l['id'] === 'magnesium-sulfate.session-dose-per-kg.upper-soft') as Json;
    perKg['window'] = { hours: '24' };
    const calc = createCalculator(cat);
    if (!calc.ok) throw new Error(JSON.stringify(calc.issues));
    // Collins 70 mg/kg x 100 kg = 7,000 mg this session; 14 g = 14,000 mg earlier on 2026-03-02.
    // (7,000 + 14,000) / 100 kg = 210 mg/kg, shown in magnesium's unit g: 0.21 g/kg against 0.07 g/kg.
    const r = calc.calculator.planInfusion({
      patient: { weight: { value: 100, unit: 'kg' } },
      protocol: 'magnesium-crps-collins-2009',
      session: 2,
      date: '2026-03-02',
      history: [
        {
          date: '2026-03-02',
          protocol: 'magnesium-crps-collins-2009',
          session: 1,
          given: { total: { value: '14', unit: 'g' } },
          reliefPercent: 0,
          completed: true,
        },
      ],
    });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    expect(r.ok && r.plan.checks.filter((c) => c.rule === perKg['id']).map((c) => [c.passed, c.observed, c.limit])).toEqual([
      [false, { value: '0.21', unit: 'g/kg' }, { value: '0.07', unit: 'g/kg' }],
    ]);
  });
});
