/**
 * Issue 16 item 1 (Stryker's survivors of src/rules/history-rules.ts): what the history rules say, word
 * for word, built by hand from their templates in that file:
 * - interval_below_minimum: "<a> to <b> is <hours> h[ (one day)], below <protocol>'s minimum interval of
 *   <min> h; acknowledge with a reason, or correct the history or the date.", where an earlier session
 *   is "history entry <index> (<date>)" and this one "this session (<date>)"; its source is the
 *   schedule pattern's minIntervalSource;
 * - severe_event_needs_clearance / severe_event_cleared list each history entry with a severe event as
 *   "<protocol> on <date> (history entry <i>): <severe kinds, comma-separated>", joined by "; ".
 * Schwartzman (ketamine-crps-schwartzman-2009) is daily, minimum interval 24 h (its pattern).
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, planInfusion } from '../support/untyped.js';

const SCH = 'ketamine-crps-schwartzman-2009';
const entry = (date: string, session: number, adverseEvents: { kind: string; severity: string }[] = []) => ({
  date,
  protocol: SCH,
  session,
  given: { rate: { value: 0.35, unit: 'mg/kg/h' } },
  adverseEvents,
  completed: true,
});
const schwartzman = (session: number, date: string, history: unknown[], extra: Record<string, unknown> = {}) =>
  planInfusion({ patient: { weight: { value: 70, unit: 'kg' } }, protocol: SCH, session, date, history, ...extra });

describe('interval_below_minimum, word for word', () => {
  // History 2026-03-02 09:00 and 20:00 (11 h apart, one calendar day), this session 2026-03-03 08:00
  // (20:00 -> 08:00 next day = 12 h, across two days). Both are under 24 h: two soft findings.
  const r = schwartzman(3, '2026-03-03T08:00', [entry('2026-03-02T09:00', 1), entry('2026-03-02T20:00', 2)]);
  const found = r.ok ? r.plan.checks.filter((c) => c.code === 'interval_below_minimum') : [];

  it('two history entries on one day: named by index and date, 11 h (one day)', () => {
    expect(found[0]?.rule).toBe('history.min-interval');
    expect(found[0]?.message).toBe(
      "history entry 0 (2026-03-02T09:00) to history entry 1 (2026-03-02T20:00) is 11 h (one day), below ketamine-crps-schwartzman-2009's minimum interval of 24 h; acknowledge with a reason, or correct the history or the date.",
    );
  });

  it('the last entry to this session the next morning: "this session", 12 h, no "(one day)"', () => {
    expect(found[1]?.rule).toBe('history.min-interval.planned');
    expect([found[1]?.observed, found[1]?.limit]).toEqual([
      { value: '12', unit: 'h' },
      { value: '24', unit: 'h' },
    ]);
    expect(found[1]?.message).toBe(
      "history entry 1 (2026-03-02T20:00) to this session (2026-03-03T08:00) is 12 h, below ketamine-crps-schwartzman-2009's minimum interval of 24 h; acknowledge with a reason, or correct the history or the date.",
    );
    expect(found).toHaveLength(2);
  });

  it("cites the pattern's minimum-interval source (grade derived), not the schedule's (grade RCT)", () => {
    // Schwartzman's schedule source is the RCT (grade RCT); the 24 h floor is derived from its daily pattern.
    for (const c of found) expect([c.source?.citation, c.source?.grade]).toEqual(['Schwartzman RJ et al., Pain 2009;147:107-115; NCT00579085', 'derived']);
  });
});

describe('a protocol with no schedule pattern has no minimum interval to judge', () => {
  it('two sessions on one day and this one an hour later: no interval finding, every finding a coded object', () => {
    // A validated catalogue may leave schedule.pattern out (a single session can still be planned).
    const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as { protocols: { id: string; schedule: Record<string, unknown> }[] };
    const protocol = cat.protocols.find((p) => p.id === SCH);
    if (protocol === undefined) throw new Error('Schwartzman is built in');
    delete protocol.schedule['pattern'];
    const calc = createCalculator(cat);
    if (!calc.ok) throw new Error(JSON.stringify(calc.issues));
    const r = calc.calculator.planInfusion({
      patient: { weight: { value: 70, unit: 'kg' } },
      protocol: SCH,
      session: 3,
      date: '2026-03-02T21:00',
      history: [entry('2026-03-02T09:00', 1), entry('2026-03-02T20:00', 2)],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.checks.every((c) => typeof c === 'object' && typeof c.code === 'string')).toBe(true);
    expect(r.plan.checks.map((c) => c.code)).not.toContain('interval_below_minimum');
    expect(r.plan.status).toBe('ready');
  });
});

describe('a severe adverse event: the entries and their severe kinds, word for word', () => {
  // Entry 0 (2026-03-02): hypertension (severe), nausea (mild), dysphoria (severe); entry 1 (2026-03-03):
  // hallucination (severe). Only the severe kinds are named, in their order; entries joined by "; ".
  const history = [
    entry('2026-03-02', 1, [
      { kind: 'hypertension', severity: 'severe' },
      { kind: 'nausea', severity: 'mild' },
      { kind: 'dysphoria', severity: 'severe' },
    ]),
    entry('2026-03-03', 2, [{ kind: 'hallucination', severity: 'severe' }]),
  ];
  const events =
    'ketamine-crps-schwartzman-2009 on 2026-03-02 (history entry 0): hypertension, dysphoria; ketamine-crps-schwartzman-2009 on 2026-03-03 (history entry 1): hallucination';

  it('without clearance: the refusal points at the history', () => {
    const r = schwartzman(3, '2026-03-05', history);
    expect(r.ok ? [] : r.issues.filter((i) => i.code === 'severe_event_needs_clearance').map((i) => i.path)).toEqual([['history']]);
  });

  it('without clearance: refused (hard), naming every severe event', () => {
    const r = schwartzman(3, '2026-03-05', history);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.rule, i.severity, i.agent, i.message])).toEqual([
      [
        'severe_event_needs_clearance',
        'history.severe-event',
        'hard',
        'ketamine',
        `A severe adverse event with ketamine is recorded (${events}). The agent is not given again, and no dose is escalated, until a clinician clears the patient with a reason (titration.clearance).`,
      ],
    ]);
  });

  it('cleared: an info note quoting the clearance, naming the same events', () => {
    const r = schwartzman(3, '2026-03-05', history, { titration: { clearance: { reason: 'reviewed by Dr A' } } });
    const note = r.ok ? r.plan.checks.filter((c) => c.code === 'severe_event_cleared') : [];
    expect(note.map((c) => [c.severity, c.passed, c.agent, c.message])).toEqual([
      [
        'info',
        false,
        'ketamine',
        `A severe adverse event with ketamine is recorded (${events}); a clinician cleared the patient to continue: "reviewed by Dr A". No dose is escalated after it.`,
      ],
    ]);
  });
});
