// Limits counted over a window with earlier sessions (magnesium label: 30-40 g per 24 h; severe
// renal insufficiency: at most 20 g per 48 h), worked by hand.
import { describe, expect, it } from 'vitest';
import { planInfusion } from '../support/untyped.js';
import { mgSession } from '../support/sessions.js';

// Collins at 100 kg: 70 x 100 = 7000 mg = 14 mL of 500 mg/mL = 7 g this session.
const collins100 = { patient: { weight: { value: 100, unit: 'kg' } }, protocol: 'magnesium-crps-collins-2009', session: 2 };

describe('cumulative limits', () => {
  // Magnesium's findings are in its display unit, g (issue 13 item 2): 32,000 mg / 1000 = 32 g.
  it('adds earlier same-day doses to the 24 h limits', () => {
    // 7 g now + 25 g earlier the same day = 32 g > 30 g soft (needs acknowledgement), <= 40 g hard.
    const r = planInfusion({ ...collins100, date: '2026-03-02', history: [mgSession('2026-03-02', '25')] });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    const soft = r.ok ? r.plan.checks.find((c) => c.rule === 'magnesium-sulfate.session-dose.upper-soft') : undefined;
    expect([soft?.passed, soft?.observed]).toEqual([false, { value: '32', unit: 'g' }]);
    // 7 g + 34 g = 41 g > 40 g hard: refused.
    const h = planInfusion({ ...collins100, date: '2026-03-02', history: [mgSession('2026-03-02', '34')] });
    expect(h.ok ? [] : h.issues.map((i) => i.code)).toEqual(['session_dose_above_hard_limit']);
  });

  it('counts a date-only dose from the day before in a 24 h window, and says it was counted conservatively', () => {
    // Dates alone: 25 g on 2026-03-01 may have been at 23:59, one minute before a session at 00:00 on
    // 2026-03-02, so it counts: 7 g + 25 g = 32 g > 30 g soft.
    const r = planInfusion({ ...collins100, date: '2026-03-02', history: [mgSession('2026-03-01', '25')] });
    const soft = r.ok
      ? r.plan.checks.find((c) => c.code === 'session_dose_above_soft_limit' && c.rule === 'magnesium-sulfate.session-dose.upper-soft')
      : undefined;
    expect([soft?.passed, soft?.observed]).toEqual([false, { value: '32', unit: 'g' }]);
    expect(soft?.message).toContain('counted because they may fall within 24 h');
    expect(r.ok && r.plan.checks.filter((c) => c.code === 'window_counted_conservatively').map((c) => c.rule)).toEqual([
      'magnesium-sulfate.session-dose.upper-soft',
      'magnesium-sulfate.session-dose.upper-hard',
    ]);
  });

  it('does not count a dose 25 h earlier when both sessions give a time', () => {
    // 2026-03-01T08:00 to 2026-03-02T09:00 is 25 h > 24 h: outside the window, 7 g <= 30 g.
    const r = planInfusion({ ...collins100, date: '2026-03-02T09:00', history: [mgSession('2026-03-01T08:00', '25')] });
    expect(r.ok && r.plan.checks.find((c) => c.rule === 'magnesium-sulfate.session-dose.upper-soft')?.observed).toEqual({ value: '7', unit: 'g' });
    // 2026-03-01T10:00 is 23 h earlier: inside, 7 g + 25 g = 32 g > 30 g, with no conservative note.
    const inside = planInfusion({ ...collins100, date: '2026-03-02T09:00', history: [mgSession('2026-03-01T10:00', '25')] });
    const soft = inside.ok ? inside.plan.checks.find((c) => c.rule === 'magnesium-sulfate.session-dose.upper-soft') : undefined;
    expect([soft?.passed, soft?.observed]).toEqual([false, { value: '32', unit: 'g' }]);
    expect(inside.ok && inside.plan.checks.some((c) => c.code === 'window_counted_conservatively')).toBe(false);
  });

  it('does not count a date-only dose two days before in a 24 h window', () => {
    // 2026-02-28 at 23:59 is still 24 h 1 min before 2026-03-02 00:00: outside, 7 g.
    const r = planInfusion({ ...collins100, date: '2026-03-02', history: [mgSession('2026-02-28', '25')] });
    expect(r.ok && r.plan.checks.find((c) => c.rule === 'magnesium-sulfate.session-dose.upper-soft')?.observed).toEqual({ value: '7', unit: 'g' });
  });

  it('applies the 20 g in 48 h renal limit only to a patient with renal impairment', () => {
    // 7 g now + 14 g the day before = 21 g > 20 g within 48 h: refused with renal impairment.
    const history = [mgSession('2026-03-01', '14')];
    const renal = planInfusion({ ...collins100, patient: { ...collins100.patient, risks: ['renal-impairment'] }, date: '2026-03-02', history });
    expect(renal.ok ? [] : renal.issues.map((i) => `${i.code}:${String(i['rule'])}`)).toEqual([
      'session_dose_above_hard_limit:magnesium-sulfate.session-dose.upper-hard.renal-48h',
    ]);
    const normal = planInfusion({ ...collins100, date: '2026-03-02', history });
    expect(normal.ok).toBe(true);
  });

  it('asks for the date when a window limit meets a history', () => {
    // The 40 g per 24 h limit is hard: without a date it cannot be evaluated, so the plan is refused
    // (an acknowledgement cannot clear it).
    const r = planInfusion({ ...collins100, history: [mgSession('2026-03-01', '14')] });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['date_required_for_window', ['date']]]);
    const acked = planInfusion({
      ...collins100,
      history: [mgSession('2026-03-01', '14')],
      acknowledgements: [{ code: 'date_required_for_window', reason: 'x' }],
    });
    expect(acked.ok).toBe(false);
  });

  it('refuses an earlier session inside a hard window that recorded no total', () => {
    // The 24 h total cannot be known without the earlier dose, so the hard 40 g limit cannot be evaluated.
    const noTotal = {
      date: '2026-03-02',
      protocol: 'magnesium-crps-collins-2009',
      session: 1,
      given: { rate: { value: 5, unit: 'mg/kg/h' } },
      completed: true,
    };
    const r = planInfusion({ ...collins100, date: '2026-03-02', history: [noTotal] });
    expect(r.ok ? [] : r.issues.filter((i) => i.code === 'cumulative_dose_unknown').map((i) => [i.rule, i.path])).toEqual([
      ['magnesium-sulfate.session-dose.upper-hard', ['history']],
    ]);
  });
});
