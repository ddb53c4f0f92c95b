/**
 * Issue 16 item 1 (Stryker's survivors of src/rules/phases.ts): the words a windowed limit's finding
 * adds when earlier sessions count against it, and the unverified note an agent limit carries on the
 * single-agent path. Built by hand from the template in windowedLimitChecks:
 * "<finding's message> Counted with <n> earlier session(s) in the <course | H h window>: <date>, <date>."
 * No built-in limit has a course-long window, so a catalogue gives magnesium's 30 g soft session limit one.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, planInfusion } from '../support/untyped.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const earlier = (date: string, session: number) => ({
  date,
  protocol: 'magnesium-crps-collins-2009',
  session,
  given: { total: { value: '1', unit: 'g' } },
  reliefPercent: 0,
  completed: true,
});

describe('a limit over the whole course counts the earlier sessions and says so', () => {
  it('Collins, 70 kg, session 3 after two sessions of 1 g: 4.9 g + 2 g = 6.9 g against 30 g, "in the course"', () => {
    const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
    const limits = (cat['agents'] as Json[]).find((a) => a['id'] === 'magnesium-sulfate')?.['limits'] as Json[];
    const soft = limits.find((l) => l['id'] === 'magnesium-sulfate.session-dose.upper-soft') as Json;
    soft['window'] = 'course';
    const calc = createCalculator(cat);
    if (!calc.ok) throw new Error(JSON.stringify(calc.issues));
    // Collins 70 mg/kg x 70 kg = 4,900 mg = 4.9 g this session; 1 g + 1 g earlier in the course: 6.9 g <= 30 g.
    const r = calc.calculator.planInfusion({
      patient: { weight: { value: 70, unit: 'kg' } },
      protocol: 'magnesium-crps-collins-2009',
      session: 3,
      date: '2026-03-05',
      history: [earlier('2026-03-01', 1), earlier('2026-03-02', 2)],
    });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    expect(r.ok && r.plan.checks.filter((c) => c.rule === soft['id']).map((c) => [c.code, c.passed, c.observed, c.limit, c.message])).toEqual([
      [
        'session_dose_above_soft_limit',
        true,
        { value: '6.9', unit: 'g' },
        { value: '30', unit: 'g' },
        'Session dose is within the soft upper limit of 30 g. Counted with 2 earlier session(s) in the course: 2026-03-01, 2026-03-02.',
      ],
    ]);
  });
});

describe("an agent limit from an unverified source carries its note in a single agent's plan", () => {
  it("dexmedetomidine's hard 1.5 mcg/kg/h rests on a secondary summary: the note follows the limit's finding", () => {
    const r = planInfusion({
      patient: { weight: { value: 70, unit: 'kg' }, ageYears: 40 },
      protocol: 'dexmedetomidine-procedural-label',
      session: 1,
      dose: { duration: { value: 2, unit: 'h' } },
    });
    // The label's 0.6 mcg/kg/h <= 1.5 mcg/kg/h: passed; the source is marked verified: false in the data.
    expect(
      r.ok && r.plan.checks.filter((c) => c.rule === 'dexmedetomidine.dose-rate-per-kg.upper-hard').map((c) => [c.code, c.severity, c.passed, c.message]),
    ).toEqual([
      ['dose_rate_per_kg_above_hard_limit', 'hard', true, 'Dose rate per kg is within the hard upper limit of 1.5 mcg/kg/h.'],
      [
        'unverified_data',
        'info',
        false,
        'The limit dexmedetomidine.dose-rate-per-kg.upper-hard rests on data the reference marks [UNVERIFIED]: Secondary only: the label range the reference gives extends to about 1 mcg/kg/h.',
      ],
    ]);
  });
});
