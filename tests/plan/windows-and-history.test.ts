// Time windows over history, courses and combination bags, and the integrity of the history that
// drives a dose, worked by hand from the reference:
// - clonidine: "150-300 mcg by slow IV ... may repeat to max 750 mcg/24 h" (Galway IV guide, section 5);
// - magnesium sulfate: 30-40 g per 24 h; severe renal insufficiency <= 20 g per 48 h (label, section 3);
// - Collins: 70 mg/kg over 4 h daily for 5 consecutive days (section 8, P13).
import { describe, expect, it } from 'vitest';
import { planCombination, planCourse, planInfusion } from '../support/untyped.js';

const clonidine = (date: string, ug: number) => ({
  date,
  protocol: 'clonidine-iv-150-300',
  session: 1,
  given: { total: { value: ug, unit: 'ug' } },
  completed: true,
});
const clonidinePlan = (date: string, history: unknown[], ug = 300) =>
  planInfusion({
    patient: { weight: { value: 70, unit: 'kg' } },
    protocol: 'clonidine-iv-150-300',
    session: 2,
    dose: { total: { value: ug, unit: 'ug' } },
    date,
    history,
  });
const codes = (r: ReturnType<typeof planInfusion>) => (r.ok ? r.warnings.map((w) => w.code) : r.issues.map((i) => i.code));

describe('a limit per 24 h counts every session inside the 24 h before this one', () => {
  // Findings are in each agent's display unit (issue 13 item 2): clonidine in ug (0.8 mg x 1000 = 800 ug),
  // magnesium in g (21,000 mg / 1000 = 21 g).
  it('clonidine: 500 mcg at 09:00 and 300 mcg at 15:00 the same day is 800 mcg in 24 h, above 750: refused', () => {
    // 500 + 300 = 800 mcg > 750 mcg per 24 h (hard).
    const r = clonidinePlan('2026-03-02T15:00', [clonidine('2026-03-02T09:00', 500)]);
    expect(r.ok).toBe(false);
    const hard = r.ok ? undefined : r.issues.find((i) => i.code === 'session_dose_above_hard_limit');
    expect(hard?.rule).toBe('clonidine.session-dose.upper-hard');
    expect(hard?.observed).toEqual({ value: '800', unit: 'ug' });
    expect(hard?.message).toContain('Counted with 1 earlier session(s) in the 24 h window: 2026-03-02T09:00.');
  });

  it('clonidine: 400 mcg then 300 mcg (700 mcg in 24 h) is within 750; the short interval is a soft finding', () => {
    // 400 + 300 = 700 mcg <= 750 mcg. Six hours apart against the protocol's minimum of 24 h: soft.
    const r = clonidinePlan('2026-03-02T15:00', [clonidine('2026-03-02T09:00', 400)]);
    expect(r.ok).toBe(true);
    const hard = r.ok ? r.plan.checks.find((c) => c.rule === 'clonidine.session-dose.upper-hard') : undefined;
    expect([hard?.passed, hard?.observed]).toEqual([true, { value: '700', unit: 'ug' }]);
    const interval = r.ok ? r.plan.checks.find((c) => c.code === 'interval_below_minimum') : undefined;
    expect([interval?.severity, interval?.observed, interval?.limit]).toEqual(['soft', { value: '6', unit: 'h' }, { value: '24', unit: 'h' }]);
  });

  it('with times, 23 h earlier counts and 25 h earlier does not', () => {
    // 2026-03-01T16:00 -> 2026-03-02T15:00 is 23 h: 500 + 300 = 800 mcg > 750, refused.
    expect(codes(clonidinePlan('2026-03-02T15:00', [clonidine('2026-03-01T16:00', 500)]))).toContain('session_dose_above_hard_limit');
    // 2026-03-01T14:00 -> 2026-03-02T15:00 is 25 h: only this session's 300 mcg counts.
    const r = clonidinePlan('2026-03-02T15:00', [clonidine('2026-03-01T14:00', 500)]);
    expect(r.ok && r.plan.checks.find((c) => c.rule === 'clonidine.session-dose.upper-hard')?.observed).toEqual({ value: '300', unit: 'ug' });
  });

  it('with dates alone, a session the day before counts in a 24 h window, and the refusal says why', () => {
    // 2026-03-01 may have been at 23:59, one minute before 2026-03-02 00:00: counted, 800 mcg > 750.
    const r = clonidinePlan('2026-03-02', [clonidine('2026-03-01', 500)]);
    const hard = r.ok ? undefined : r.issues.find((i) => i.code === 'session_dose_above_hard_limit');
    expect(hard?.message).toContain('dates without times, counted because they may fall within 24 h of this session');
    // Two days before (2026-02-28) is at least 24 h 1 min earlier: not counted.
    expect(clonidinePlan('2026-03-02', [clonidine('2026-02-28', 500)]).ok).toBe(true);
  });
});

describe('planCourse counts the sessions it plans in each windowed limit', () => {
  const collinsCourse = (risks?: string[]) =>
    planCourse({
      protocol: 'magnesium-crps-collins-2009',
      startDate: '2026-03-02',
      infusion: { patient: { weight: { value: 150, unit: 'kg' }, ...(risks ? { risks } : {}) } },
    });

  it('five days of Collins at 150 kg with renal impairment: 21 g in 48 h on day 2, above 20 g: refused', () => {
    // 70 mg/kg x 150 kg = 10,500 mg = 10.5 g a day; day 1 + day 2 = 21 g > 20 g per 48 h (hard).
    const r = collinsCourse(['renal-impairment']);
    expect(r.ok).toBe(false);
    const day2 = r.ok ? undefined : r.issues.find((i) => i.session === 2 && i.code === 'session_dose_above_hard_limit');
    expect(day2?.rule).toBe('magnesium-sulfate.session-dose.upper-hard.renal-48h');
    expect(day2?.observed).toEqual({ value: '21', unit: 'g' });
    expect(day2?.path).toEqual(['infusion', 'dose']);
  });

  it('without renal impairment the same course is within 30 g per 24 h on every day', () => {
    // Dates alone: each day counts the day before (conservative): 10.5 + 10.5 = 21 g <= 30 g soft.
    const r = collinsCourse();
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    expect(r.ok && r.course.totals?.course).toEqual({ value: '52.5', unit: 'g' }); // 5 x 10.5 g
  });

  it('with a session time the windows count exactly: day 3 holds days 2 and 3 in 48 h, not day 1', () => {
    // Collins at 100 kg with renal impairment: 70 mg/kg x 100 kg = 7 g a day.
    // Dates alone, day 3 counts days 1-3 in 48 h (day 1 may be 47 h 1 min before): 3 x 7 = 21 g > 20 g.
    // At 09:00 each, day 1 is exactly 48 h before day 3 (outside; the window's start is excluded):
    // days 2 and 3 = 14 g <= 20 g, and the course is planned.
    const course = (sessionTime?: string) =>
      planCourse({
        protocol: 'magnesium-crps-collins-2009',
        startDate: '2026-03-02',
        ...(sessionTime ? { sessionTime } : {}),
        infusion: { patient: { weight: { value: 100, unit: 'kg' }, risks: ['renal-impairment'] } },
      });
    const untimed = course();
    const day3 = untimed.ok ? undefined : untimed.issues.find((i) => i.session === 3 && i.code === 'session_dose_above_hard_limit');
    expect(day3?.observed).toEqual({ value: '21', unit: 'g' });
    expect(day3?.message).toContain('dates without times');
    const timed = course('09:00');
    expect(timed.ok, timed.ok ? '' : JSON.stringify(timed.issues)).toBe(true);
    expect(timed.ok && timed.course.sessionTime).toBe('09:00');
    expect(planCourse({ protocol: 'magnesium-crps-collins-2009', startDate: '2026-03-02', sessionTime: '9am' }).ok).toBe(false);
  });

  it('a session already given inside a hard window, whose dose the course does not know, refuses; its recorded dose is counted', () => {
    // sessionsGiven 2026-03-02 is the day before day 1: without its dose the 40 g per 24 h (hard) cannot be evaluated.
    const course = (history?: unknown[]) =>
      planCourse({
        protocol: 'magnesium-crps-collins-2009',
        startDate: '2026-03-03',
        sessionsGiven: ['2026-03-02'],
        infusion: { patient: { weight: { value: 70, unit: 'kg' } }, ...(history ? { history } : {}) },
      });
    const r = course();
    expect(r.ok ? [] : r.issues.filter((i) => i.session === 1).map((i) => [i.code, i.rule])).toEqual([
      ['cumulative_dose_unknown', 'magnesium-sulfate.session-dose.upper-hard'],
    ]);
    // Recorded in the history (4.9 g = 70 mg/kg x 70 kg), it counts: day 1 is 4.9 + 4.9 = 9.8 g <= 30 g.
    const given = { date: '2026-03-02', protocol: 'magnesium-crps-collins-2009', session: 1, given: { total: { value: 4.9, unit: 'g' } }, completed: true };
    const known = course([given]);
    expect(known.ok, known.ok ? '' : JSON.stringify(known.issues)).toBe(true);
  });
});

describe('planCombination applies the windowed limits of each agent in the shared bag', () => {
  const magnesium = (date: string, grams: number) => ({
    date,
    protocol: 'magnesium-crps-collins-2009',
    session: 1,
    given: { total: { value: grams, unit: 'g' } },
    completed: true,
  });
  const bag = (history: unknown[], risks?: string[]) =>
    planCombination({
      patient: { weight: { value: 100, unit: 'kg' }, ...(risks ? { risks } : {}) },
      session: 2,
      date: '2026-03-03',
      history,
      components: [{ protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } }, { protocol: 'magnesium-crps-collins-2009' }],
      preparation: { containerVolume: { value: 250, unit: 'mL' } },
      acknowledgements: [{ code: 'compatibility_unknown', reason: 'pharmacy reviewed' }],
    });

  it('magnesium 14 g the day before with renal impairment: 7 + 14 = 21 g in 48 h, above 20 g: refused', () => {
    // Collins at 100 kg: 70 mg/kg x 100 kg = 7,000 mg = 7 g in the bag; 7 + 14 = 21 g > 20 g per 48 h.
    const r = bag([magnesium('2026-03-02', 14)], ['renal-impairment']);
    expect(r.ok).toBe(false);
    const hard = r.ok ? undefined : r.issues.find((i) => i.code === 'session_dose_above_hard_limit');
    expect(hard?.rule).toBe('magnesium-sulfate.session-dose.upper-hard.renal-48h');
    expect(hard?.observed).toEqual({ value: '21', unit: 'g' });
  });

  it('without renal impairment, 7 + 14 = 21 g is within 30 g per 24 h', () => {
    const r = bag([magnesium('2026-03-02', 14)]);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    const soft = r.ok
      ? r.plan.checks.find((c) => c.code === 'session_dose_above_soft_limit' && c.rule === 'magnesium-sulfate.session-dose.upper-soft')
      : undefined;
    expect([soft?.passed, soft?.observed]).toEqual([true, { value: '21', unit: 'g' }]);
  });

  it("a bad history is the request's own issue, once, not one per component", () => {
    const r = bag([magnesium('2026-03-09', 14)]);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['history_after_session', ['history', 0, 'date']]]);
  });
});

const remaBag = {
  patient: { weight: { value: 70, unit: 'kg' } },
  protocol: 'ketamine-escalation-rema-2012',
  preparation: { containerVolume: { value: 250, unit: 'mL' } },
};

describe('history must be possible before it drives a dose', () => {
  const rema = (i: number, date: string, extra: Record<string, unknown> = {}) => ({
    date,
    protocol: 'ketamine-escalation-rema-2012',
    session: i,
    given: { rate: { value: 0.2, unit: 'mg/kg/h' } },
    reliefPercent: 0,
    completed: true,
    ...extra,
  });
  const remaPlan = (session: number, date: string, history: unknown[], extra: Record<string, unknown> = {}) =>
    planInfusion({ ...remaBag, session, date, history, ...extra });

  it('an entry dated after the planned session is refused', () => {
    // Session 4 on 2026-01-04 from sessions recorded on 2026-01-05 and 2026-01-08: they have not happened.
    const r = remaPlan(4, '2026-01-04', [rema(1, '2026-01-02'), rema(2, '2026-01-05'), rema(3, '2026-01-08')]);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ['history_after_session', ['history', 1, 'date']],
      ['history_after_session', ['history', 2, 'date']],
    ]);
  });

  it('two entries on one day need a time each; with times they are ordered', () => {
    const sameDay = remaPlan(3, '2026-01-09', [rema(1, '2026-01-05'), rema(2, '2026-01-05')]);
    expect(sameDay.ok ? [] : sameDay.issues.map((i) => i.code)).toEqual(['history_out_of_order']);
    const timed = remaPlan(3, '2026-01-09', [rema(1, '2026-01-05T08:00'), rema(2, '2026-01-05T14:00')]);
    // Six hours apart against Rema's daily minimum of 24 h: a soft finding naming both entries.
    const interval = timed.ok ? timed.plan.checks.find((c) => c.code === 'interval_below_minimum') : undefined;
    expect([interval?.observed, interval?.limit]).toEqual([
      { value: '6', unit: 'h' },
      { value: '24', unit: 'h' },
    ]);
  });

  it('this session on the same day as the last one is below the minimum interval', () => {
    // 2026-01-05 to 2026-01-05 is 0 days x 24 h = 0 h < 24 h.
    const r = remaPlan(2, '2026-01-05', [rema(1, '2026-01-05')]);
    const interval = r.ok ? r.plan.checks.find((c) => c.code === 'interval_below_minimum') : undefined;
    expect([interval?.rule, interval?.observed]).toEqual(['history.min-interval.planned', { value: '0', unit: 'h' }]);
    expect(r.ok && r.plan.status).toBe('needs-acknowledgement');
  });

  it('Kim magnesium every other day: a session the day after the last is below its 48 h minimum', () => {
    // 1 day x 24 h = 24 h < 48 h (Kim 2015: every other day).
    const r = planInfusion({
      patient: { weight: { value: 70, unit: 'kg' } },
      protocol: 'magnesium-phn-kim-2015',
      session: 2,
      date: '2026-03-03',
      history: [{ date: '2026-03-02', protocol: 'magnesium-phn-kim-2015', session: 1, given: { total: { value: 2.1, unit: 'g' } }, completed: true }],
    });
    const interval = r.ok ? r.plan.checks.find((c) => c.code === 'interval_below_minimum') : undefined;
    expect([interval?.observed, interval?.limit]).toEqual([
      { value: '24', unit: 'h' },
      { value: '48', unit: 'h' },
    ]);
  });

  it('an entry under a protocol the catalogue does not hold is refused: its agent cannot be counted', () => {
    const r = remaPlan(2, '2026-01-09', [{ ...rema(1, '2026-01-05'), protocol: 'ketamine-elsewhere' }]);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['unknown_protocol', ['history', 0, 'protocol']]]);
  });
});

describe('a severe adverse event with the same agent, under any protocol, needs clearance', () => {
  const schwartzman = (date: string, severity: 'mild' | 'severe') => ({
    date,
    protocol: 'ketamine-crps-schwartzman-2009',
    session: 1,
    given: { rate: { value: 0.35, unit: 'mg/kg/h' } },
    adverseEvents: [{ kind: 'hypertension', severity }],
    completed: true,
  });
  const plan = (protocol: string, history: unknown[], extra: Record<string, unknown> = {}) =>
    planInfusion({
      patient: remaBag.patient,
      protocol,
      session: 2,
      date: '2026-03-03',
      history,
      // Rema leaves the bag volume to the clinician; Schwartzman fixes it.
      ...(protocol === remaBag.protocol ? { preparation: remaBag.preparation } : {}),
      ...extra,
    });

  it('Schwartzman session 2 the day after a severe event is refused without clearance', () => {
    const r = plan('ketamine-crps-schwartzman-2009', [schwartzman('2026-03-02', 'severe')]);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['severe_event_needs_clearance', ['history']]]);
    // A mild event is not a stop.
    expect(plan('ketamine-crps-schwartzman-2009', [schwartzman('2026-03-02', 'mild')]).ok).toBe(true);
  });

  it('with a clinician clearance the plan records it, with its reason', () => {
    const r = plan('ketamine-crps-schwartzman-2009', [schwartzman('2026-03-02', 'severe')], {
      titration: { clearance: { reason: 'BP controlled, reviewed by Dr A' } },
    });
    const note = r.ok ? r.plan.checks.find((c) => c.code === 'severe_event_cleared') : undefined;
    expect(note?.severity).toBe('info');
    expect(note?.message).toContain('"BP controlled, reviewed by Dr A"');
    // A blank reason is no clearance.
    expect(plan('ketamine-crps-schwartzman-2009', [schwartzman('2026-03-02', 'severe')], { titration: { clearance: { reason: ' ' } } }).ok).toBe(false);
  });

  it('a severe event under Schwartzman stops the Rema escalation too; cleared, Rema holds instead of escalating', () => {
    const remaEntry = {
      date: '2026-03-02',
      protocol: 'ketamine-escalation-rema-2012',
      session: 1,
      given: { rate: { value: 0.2, unit: 'mg/kg/h' } },
      reliefPercent: 0,
      completed: true,
    };
    const history = [schwartzman('2026-02-20', 'severe'), remaEntry];
    expect(codes(plan('ketamine-escalation-rema-2012', history))).toContain('severe_event_needs_clearance');
    // Without the severe event, Rema escalates 0.2 -> 0.4 mg/kg/h (no response, tolerated).
    const plain = plan('ketamine-escalation-rema-2012', [remaEntry]);
    expect(plain.ok && plain.plan.titration?.dose).toEqual({ value: '0.4', unit: 'mg/kg/h' });
    // Cleared: no escalation after a severe event, so it holds at the last dose given, 0.2 mg/kg/h.
    const cleared = plan('ketamine-escalation-rema-2012', history, { titration: { clearance: { reason: 'reviewed' } } });
    expect(cleared.ok && [cleared.plan.titration?.decision, cleared.plan.titration?.dose]).toEqual(['hold', { value: '0.2', unit: 'mg/kg/h' }]);
  });

  it('a severe event with another agent does not stop ketamine', () => {
    const magnesium = {
      date: '2026-03-02',
      protocol: 'magnesium-crps-collins-2009',
      session: 1,
      given: { total: { value: 4.9, unit: 'g' } },
      adverseEvents: [{ kind: 'flushing', severity: 'severe' }],
      completed: true,
    };
    expect(plan('ketamine-crps-schwartzman-2009', [magnesium]).ok).toBe(true);
  });
});
