// Issue 12 item 2, counted instead of timed: a course asks the date comparisons of src/dates/session-time.ts
// a number of times linear in sessions + history entries, and decides a titration once, whatever the load
// on the machine. Before the prepared history each session walked every entry in the interval rule, the
// history-after-session check and each windowed limit: sessions x entries comparisons (366 x 1,000 is
// 366,000 for each walk), and one titration decision per session.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type HistoryEntryInput, planCourse } from '../../src/index.js';

const counts = vi.hoisted(() => ({ dates: 0, decisions: 0 }));

vi.mock('../../src/dates/session-time.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/dates/session-time.js')>();
  const counted =
    <A extends unknown[], R>(f: (...args: A) => R) =>
    (...args: A): R => {
      counts.dates += 1;
      return f(...args);
    };
  return {
    ...real,
    minuteSpan: counted(real.minuteSpan),
    inWindow: counted(real.inWindow),
    isAfter: counted(real.isAfter),
    isBefore: counted(real.isBefore),
    intervalHours: counted(real.intervalHours),
  };
});

vi.mock('../../src/titration/decide.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/titration/decide.js')>();
  return {
    ...real,
    // The planner decides through decideExactly (the decision with its exact doses).
    decideExactly: (...args: Parameters<typeof real.decideExactly>) => {
      counts.decisions += 1;
      return real.decideExactly(...args);
    },
  };
});

const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
/** n completed sessions of `protocol`, one a day from 2020-01-01, each with its total when given. */
const history = (n: number, protocol: string, total?: { value: string; unit: 'g' }) =>
  Array.from({ length: n }, (_, i) => ({
    date: day(i),
    protocol,
    session: 1 + (i % 6),
    given: total ? { total } : { rate: { value: 0.3, unit: 'mg/kg/h' } },
    completed: true,
  })) satisfies HistoryEntryInput[];

/** Date comparisons and titration decisions one course asks for. */
function countsOf(input: Parameters<typeof planCourse>[0], sessions: number): { dates: number; decisions: number } {
  counts.dates = 0;
  counts.decisions = 0;
  const r = planCourse(input);
  // The whole course is planned (a refusal would stop early and count little).
  expect(r.ok && r.course.totals?.perSession.length).toBe(sessions);
  return { ...counts };
}

describe('a course asks its history a number of questions linear in sessions + entries', () => {
  beforeEach(() => {
    counts.dates = 0;
    counts.decisions = 0;
  });

  it('magnesium, daily, with 24 h and 48 h windows and a recorded history: under 12 date comparisons per session or entry', async ({ annotate }) => {
    const course = (sessions: number, entries: number) =>
      countsOf(
        {
          protocol: 'magnesium-crps-collins-2009',
          startDate: '2026-01-31',
          pattern: { kind: 'every-n-days', n: 1, count: sessions },
          sessionTime: '09:00',
          infusion: {
            patient: { weight: { value: 70, unit: 'kg' }, risks: ['renal-impairment'] },
            history: history(entries, 'magnesium-crps-collins-2009', { value: '4.9', unit: 'g' }),
          },
        },
        sessions,
      );
    const small = course(92, 250);
    const large = course(366, 1000);
    // Linear: a few comparisons per entry to read and order the history, and per session a binary
    // search (about log2 1,000 = 10 steps, uncounted) and the few sessions its windows hold. The
    // re-walk asked 366 x 1,000 x 4 (the interval rule, the after check and two windows) = 1,464,000.
    await annotate(`92 x 250: ${small.dates} date comparisons; 366 x 1,000: ${large.dates}`);
    // The count is real: reading the 1,000 entries' order alone asks about 1,000.
    expect(large.dates).toBeGreaterThan(1000);
    expect(large.dates, JSON.stringify({ small, large })).toBeLessThan(12 * (366 + 1000));
    expect(large.dates / small.dates).toBeLessThan(4.5);
  });

  it('ketamine titrated from its history: one decision per course, not one per session', async ({ annotate }) => {
    const r = countsOf(
      {
        protocol: 'ketamine-clinic-course-2x3',
        startDate: '2026-01-31',
        pattern: { kind: 'every-n-days', n: 1, count: 366 },
        infusion: {
          patient: { weight: { value: 82, unit: 'kg' } },
          dose: { rate: { value: '0.3', unit: 'mg/kg/h' } },
          preparation: { containerVolume: { value: 250, unit: 'mL' } },
          history: history(1000, 'ketamine-clinic-course-2x3'),
        },
      },
      366,
    );
    await annotate(`366 x 1,000: ${r.decisions} titration decision(s), ${r.dates} date comparisons`);
    expect(r.decisions).toBe(1);
    expect(r.dates).toBeGreaterThan(1000);
    expect(r.dates, JSON.stringify(r)).toBeLessThan(12 * (366 + 1000));
  });
});
