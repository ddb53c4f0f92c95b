/**
 * Issue 16 item 1: the findings of src/rules/delivered-rules.ts pinned whole, with their text word
 * for word (built by hand from the rule's template): an earlier session with no total in a 24 h or a
 * course window, hard or soft; the sessions a window counted conservatively; a window limit without
 * the session's date, hard or soft; the protocol's duration range, each bound passed and failed, and a
 * range with one bound. A soft windowed limit alone, a course window and a one-sided duration range
 * are in no built-in record, so those cases edit a copy of the built-in catalogue (createCalculator).
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, planInfusion } from '../support/untyped.js';
import { mgSession } from '../support/sessions.js';
import type { Check } from '../../src/types/plan.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const of = (r: ReturnType<typeof planInfusion>, code: string): readonly Json[] =>
  (r.ok ? r.plan.checks.filter((c: Check) => c.code === code) : r.issues.filter((i) => i.code === code)) as readonly Json[];
const texts = (r: ReturnType<typeof planInfusion>, code: string) => of(r, code).map((c) => [c['rule'], c['severity'], c['passed'], c['message']]);

/**
 * A copy of the built-in catalogue with one more ketamine limit: soft, 1000 mg a session counted over
 * `window` (a catalogue may add a limit; it may not loosen a built-in hard one, so magnesium's hard
 * windowed limits cannot be taken away to leave a soft one alone).
 */
function ketamineWithSoftWindow(window: Json | string) {
  const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
  const agent = (cat['agents'] as Json[]).find((a) => a['id'] === 'ketamine') as Json;
  const limits = agent['limits'] as Json[];
  limits.push({ ...(limits[0] as Json), id: 'site.ketamine.session-dose.soft', bound: 'upper', severity: 'soft', value: '1000', unit: 'mg', window });
  const made = createCalculator(cat);
  if (!made.ok) throw new Error(JSON.stringify(made.issues));
  return made.calculator;
}

/** Ketamine clinic course, 80 kg at 0.3 mg/kg/h in 250 mL, session 2 after a session 1 that recorded a rate but no total. */
const clinic2 = (date?: string) => ({
  patient: { weight: { value: 80, unit: 'kg' } },
  protocol: 'ketamine-clinic-course-2x3',
  session: 2,
  dose: { rate: { value: 0.3, unit: 'mg/kg/h' } },
  preparation: { containerVolume: { value: 250, unit: 'mL' } },
  ...(date ? { date } : {}),
  history: [{ date: '2026-03-02', protocol: 'ketamine-clinic-course-2x3', session: 1, given: { rate: { value: 0.3, unit: 'mg/kg/h' } }, completed: true }],
});

// Collins at 100 kg: 70 mg/kg x 100 kg = 7000 mg = 7 g this session (tests/plan/cumulative.test.ts).
const collins100 = { patient: { weight: { value: 100, unit: 'kg' } }, protocol: 'magnesium-crps-collins-2009', session: 2 };

describe('an earlier session with no total in a window', () => {
  it('24 h window, hard limit: refused, saying the 24 h total is unknown and that a hard limit refuses', () => {
    const r = planInfusion({ ...collins100, date: '2026-03-02', history: [mgSession('2026-03-02')] });
    expect(r.ok).toBe(false);
    expect(texts(r, 'cumulative_dose_unknown')).toEqual([
      [
        'magnesium-sulfate.session-dose.upper-hard',
        'hard',
        false,
        'The 2026-03-02 session records no total dose, so the 24 h total for magnesium-sulfate.session-dose.upper-hard is not known; record it (a hard limit that cannot be evaluated refuses the plan).',
      ],
    ]);
  });

  it('a course window on a soft limit (ketamine has no hard windowed limit): a soft finding naming the course total, to record or acknowledge', () => {
    const r = ketamineWithSoftWindow('course').planInfusion(clinic2('2026-03-04'));
    expect(r.ok && r.plan.status).toBe('needs-acknowledgement');
    expect(texts(r, 'cumulative_dose_unknown')).toEqual([
      [
        'site.ketamine.session-dose.soft',
        'soft',
        false,
        'The 2026-03-02 session records no total dose, so the course total for site.ketamine.session-dose.soft is not known; record it, or acknowledge with a reason.',
      ],
    ]);
  });
});

describe('sessions counted conservatively', () => {
  it('a renal patient, two timed sessions two days before a date-only session: the 48 h note lists both, comma-separated', () => {
    // This session has a date only (00:00 to 23:59 on 2026-03-02). 2026-02-28T08:00 and T20:00 are 40 h
    // to 64 h and 28 h to 52 h before it: each may or may not be within 48 h, so each is counted
    // (conservatively); both are more than 24 h before, outside the 24 h limits. 2026-03-01 (date only)
    // is within 48 h whatever the times, but may or may not be within 24 h. 7 g + 2 + 2 + 2 = 13 g <= 20 g.
    const r = planInfusion({
      ...collins100,
      patient: { ...collins100.patient, risks: ['renal-impairment'] },
      session: 4,
      date: '2026-03-02',
      history: [
        { ...mgSession('2026-02-28T08:00', '2'), session: 1 },
        { ...mgSession('2026-02-28T20:00', '2'), session: 2 },
        { ...mgSession('2026-03-01', '2'), session: 3 },
      ],
    });
    const note = (id: string, hours: string, dates: string) => ({
      code: 'window_counted_conservatively',
      rule: id,
      severity: 'info',
      passed: false,
      agent: 'magnesium-sulfate',
      message: `The ${hours} h total for ${id} counts the session(s) on ${dates}: dates without times, counted because they may fall within ${hours} h of this session. Give times (YYYY-MM-DDTHH:MM) to count the window exactly.`,
    });
    expect(of(r, 'window_counted_conservatively')).toEqual([
      note('magnesium-sulfate.session-dose.upper-soft', '24', '2026-03-01'),
      note('magnesium-sulfate.session-dose.upper-hard', '24', '2026-03-01'),
      note('magnesium-sulfate.session-dose.upper-hard.renal-48h', '48', '2026-02-28T08:00, 2026-02-28T20:00'),
    ]);
  });
});

describe('a window limit without the session date', () => {
  it('with a hard windowed limit: refused, with the hard text', () => {
    const r = planInfusion({ ...collins100, history: [mgSession('2026-03-01', '14')] });
    expect(of(r, 'date_required_for_window')).toEqual([
      {
        code: 'date_required_for_window',
        rule: 'cumulative.date',
        severity: 'hard',
        passed: false,
        path: ['date'],
        message:
          'A hard limit of this agent counts doses over a time window, but the session has no date, so it cannot be evaluated against the history; give date (YYYY-MM-DD or YYYY-MM-DDTHH:MM).',
      },
    ]);
  });

  it('with only a soft windowed limit: a soft finding to acknowledge, with the soft text', () => {
    const r = ketamineWithSoftWindow({ hours: '24' }).planInfusion(clinic2());
    expect(r.ok && r.plan.status).toBe('needs-acknowledgement');
    expect(of(r, 'date_required_for_window')).toEqual([
      {
        code: 'date_required_for_window',
        rule: 'cumulative.date',
        severity: 'soft',
        passed: false,
        message:
          'A limit of this agent counts doses over a time window, but the session has no date, so earlier sessions were not added; give date (YYYY-MM-DD) or acknowledge.',
      },
    ]);
  });
});

describe("the protocol's duration range (RCH lidocaine, 60 to 120 min)", () => {
  /** RCH for a man 70 in tall (IBW 73 kg) of `kg`: the dosing weight is the lower, actual or ideal. */
  const rch = (kg: number, totalMgKg: number, rateMcgKgMin: number) => ({
    patient: { weight: { value: kg, unit: 'kg' }, height: { value: 70, unit: 'in' }, sex: 'male' },
    protocol: 'lidocaine-chronic-pain-rch',
    session: 1,
    dose: { total: { value: totalMgKg, unit: 'mg/kg' }, rate: { value: rateMcgKgMin, unit: 'mcg/kg/min' } },
  });
  const source = BUILTIN_CATALOGUE.protocols.find((p) => p.id === 'lidocaine-chronic-pain-rch')?.duration?.source;

  it('40 min is under the minimum (code, rule, text) and within the maximum (its own text)', () => {
    // 60 kg (below IBW 73 kg): 2 mg/kg x 60 = 120 mg = 6 mL of 20 mg/mL; 50 mcg/kg/min x 60 = 3000 mcg/min
    // = 180 mg/h = 9 mL/h; 6 / 9 h = 0.6667 h = 40 min.
    expect(of(planInfusion(rch(60, 2, 50)), 'duration_below_protocol_range').concat(of(planInfusion(rch(60, 2, 50)), 'duration_above_protocol_range'))).toEqual(
      [
        {
          code: 'duration_below_protocol_range',
          rule: 'protocol.duration.min',
          severity: 'soft',
          passed: false,
          observed: { value: '40', unit: 'min' },
          limit: { value: '60', unit: 'min' },
          source,
          message: "The infusion would take 40 min, under the protocol's 60 min; adjust the rate or acknowledge with a reason.",
        },
        {
          code: 'duration_above_protocol_range',
          rule: 'protocol.duration.max',
          severity: 'soft',
          passed: true,
          observed: { value: '40', unit: 'min' },
          limit: { value: '120', unit: 'min' },
          source,
          message: "The infusion time is within the protocol's maximum of 120 min.",
        },
      ],
    );
  });

  it('60 min passes the minimum, with its text', () => {
    // 90 kg (IBW 73 kg doses): 3 mg/kg x 73 = 219 mg = 10.95 -> 11 mL; 50 x 73 = 219 mg/h = 10.95 -> 11 mL/h: 60 min.
    expect(texts(planInfusion(rch(90, 3, 50)), 'duration_below_protocol_range')).toEqual([
      ['protocol.duration.min', 'soft', true, "The infusion time is within the protocol's minimum of 60 min."],
    ]);
  });

  it('a range with a minimum only gives the lower check alone', () => {
    const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
    const protocol = (cat['protocols'] as Json[]).find((p) => p['id'] === 'lidocaine-chronic-pain-rch') as Json;
    delete (protocol['duration'] as Json)['max'];
    const made = createCalculator(cat);
    if (!made.ok) throw new Error(JSON.stringify(made.issues));
    const r = made.calculator.planInfusion(rch(60, 2, 50));
    expect(r.ok && r.plan.checks.filter((c) => c.rule?.startsWith('protocol.duration.m')).map((c) => [c.code, c.passed])).toEqual([
      ['duration_below_protocol_range', false],
    ]);
  });
});
