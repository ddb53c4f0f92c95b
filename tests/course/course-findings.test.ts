// The course planner's findings, word for word: each rule's id, severity, pass or fail, observed value,
// limit and message, for every kind of finding (src/course/checks.ts). The values are worked by hand
// from the protocol records: ketamine-clinic-course-2x3 is 6 sessions ("2 infusions a week for 3
// weeks (6 in all), about 4 h each"), twice weekly on day offsets 0 and 3, at least 24 h apart;
// ivig-crps-lips-goebel-2014 sessions are at least 504 h (21 days) apart; Schwartzman is daily for
// 10 days.
import { describe, expect, it } from 'vitest';
import { planCourse } from '../support/untyped.js';

type Finding = { code: string; rule: string; severity: string; passed: boolean; observed?: unknown; limit?: unknown; between?: unknown; message: string };
const CLINIC = 'ketamine-clinic-course-2x3';
const CLINIC_COURSE = '"2 infusions a week for 3 weeks (6 in all), about 4 h each"';

/** The course's findings of `code`, without their source records. */
function findings(input: object, code: string): Omit<Finding, 'code'>[] {
  const r = planCourse(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return (r.course.checks as Finding[])
    .filter((c) => c.code === code)
    .map(({ rule, severity, passed, observed, limit, between, message }) => ({
      rule,
      severity,
      passed,
      ...(observed !== undefined ? { observed } : {}),
      ...(limit !== undefined ? { limit } : {}),
      ...(between !== undefined ? { between } : {}),
      message,
    }));
}
const h = (value: string) => ({ value, unit: 'h' });
const sessions = (value: string) => ({ value, unit: '{session}' });

describe('course.min-interval', () => {
  it('six sessions Monday and Thursday for three weeks: 5 intervals of 3 or 4 days, each at least 24 h', () => {
    // 2026-01-05 (Mon), 08, 12, 15, 19, 22: 72, 96, 72, 96, 72 h.
    expect(findings({ protocol: CLINIC, startDate: '2026-01-05' }, 'interval_at_least_minimum')).toEqual([
      {
        rule: 'course.min-interval',
        severity: 'soft',
        passed: true,
        limit: h('24'),
        message: 'All 5 intervals between consecutive sessions are at least 24 h.',
      },
    ]);
  });

  it('sessions already given count: 2 given + 6 planned = 7 intervals', () => {
    // 2025-12-29 -> 2026-01-01 (72 h) -> 2026-01-05 (96 h), then the 5 planned intervals.
    expect(findings({ protocol: CLINIC, startDate: '2026-01-05', sessionsGiven: ['2025-12-29', '2026-01-01'] }, 'interval_at_least_minimum')).toEqual([
      {
        rule: 'course.min-interval',
        severity: 'soft',
        passed: true,
        limit: h('24'),
        message: 'All 7 intervals between consecutive sessions (sessions already given included) are at least 24 h.',
      },
    ]);
  });

  it('one session: no interval to check', () => {
    expect(findings({ protocol: CLINIC, startDate: '2026-01-05', pattern: { kind: 'daily', days: 1 } }, 'interval_at_least_minimum')).toEqual([
      { rule: 'course.min-interval', severity: 'soft', passed: true, limit: h('24'), message: 'Only one session: no interval to check.' },
    ]);
  });

  it('4 days after a given session is 96 h, below an IVIG course minimum of 504 h (soft)', () => {
    // 2026-01-01 -> 2026-01-05 = 4 days x 24 = 96 h < 504 h.
    expect(findings({ protocol: 'ivig-crps-lips-goebel-2014', startDate: '2026-01-05', sessionsGiven: ['2026-01-01'] }, 'interval_below_minimum')).toEqual([
      {
        rule: 'course.min-interval',
        severity: 'soft',
        passed: false,
        observed: h('96'),
        limit: h('504'),
        between: ['2026-01-01', '2026-01-05'],
        message:
          '2026-01-01 to 2026-01-05 is 96 h, below the minimum interval of 504 h for this protocol. Choose a later start date or pattern, or acknowledge the shorter interval.',
      },
    ]);
  });

  it('a session given on the start date is two sessions on one day: refused (hard) at that given session', () => {
    const r = planCourse({ protocol: CLINIC, startDate: '2026-01-05', sessionsGiven: ['2026-01-01', '2026-01-05'] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.severity, i.path, i.message])).toEqual([
      [
        'sessions_on_same_day',
        'hard',
        ['sessionsGiven', 1],
        'Two sessions on 2026-01-05: a course places at most one session a day. Move the start date or remove the duplicate.',
      ],
    ]);
  });
});

describe('course.length', () => {
  it("six sessions, as the protocol's course", () => {
    expect(findings({ protocol: CLINIC, startDate: '2026-01-05' }, 'course_length_matches_protocol')).toEqual([
      {
        rule: 'course.length',
        severity: 'soft',
        passed: true,
        observed: sessions('6'),
        limit: sessions('6'),
        message: "6 session(s), as the protocol's course.",
      },
    ]);
  });

  it('an open-ended protocol (boosters) names its sessions per visit and the count planned: a note', () => {
    // ketamine-booster-getson: 1 session per booster visit, no course length; 4 weekly boosters planned.
    const description =
      'Per booster. After discharge: 1-2 boosters a week, tapered to 2 a week every other week for 1 month, then 1 every other week for 1 month, monthly x 3, then every 3 months';
    expect(
      findings({ protocol: 'ketamine-booster-getson', startDate: '2026-12-17', pattern: { kind: 'weekly', count: 4 } }, 'course_length_open_ended'),
    ).toEqual([
      {
        rule: 'course.length',
        severity: 'info',
        passed: true,
        observed: sessions('4'),
        message: `The protocol gives 1 session(s) per visit and no course length ("${description}"); 4 planned.`,
      },
    ]);
  });

  it('seven daily sessions are one more than the course: soft', () => {
    expect(findings({ protocol: CLINIC, startDate: '2026-01-05', pattern: { kind: 'daily', days: 7 } }, 'course_longer_than_protocol')).toEqual([
      {
        rule: 'course.length',
        severity: 'soft',
        passed: false,
        observed: sessions('7'),
        limit: sessions('6'),
        message: `7 sessions planned; the protocol's course is 6 (${CLINIC_COURSE}). Shorten the pattern or acknowledge the longer course.`,
      },
    ]);
  });

  it('one session is fewer than the course: a note', () => {
    expect(findings({ protocol: CLINIC, startDate: '2026-01-05', pattern: { kind: 'daily', days: 1 } }, 'course_shorter_than_protocol')).toEqual([
      {
        rule: 'course.length',
        severity: 'info',
        passed: false,
        observed: sessions('1'),
        limit: sessions('6'),
        message: `1 session(s) planned; the protocol's course is 6 (${CLINIC_COURSE}).`,
      },
    ]);
  });
});

describe('course.pattern, course.skip-weekends, course.month-end and course.total', () => {
  it('a pattern from the input is a note', () => {
    expect(findings({ protocol: CLINIC, startDate: '2026-01-05', pattern: { kind: 'daily', days: 1 } }, 'pattern_from_input')).toEqual([
      { rule: 'course.pattern', severity: 'info', passed: true, message: "The pattern was given in the input, not taken from the protocol's cited schedule." },
    ]);
  });

  it('weekly from a Saturday with weekends skipped: both sessions move 2 days, to the Monday', () => {
    // 2026-01-10 is a Saturday -> Monday 2026-01-12; the next, 7 days on, 2026-01-17 (Saturday), moves by the same 2 days: 2026-01-19.
    expect(
      findings({ protocol: CLINIC, startDate: '2026-01-10', pattern: { kind: 'weekly', count: 2 }, skipWeekends: true }, 'weekend_sessions_moved'),
    ).toEqual([
      {
        rule: 'course.skip-weekends',
        severity: 'info',
        passed: true,
        message:
          "2 session(s) moved from the pattern's date to keep off weekends (a session on a Saturday or Sunday moves to the Monday, and every later session by the same days): 2026-01-10 -> 2026-01-12, 2026-01-17 -> 2026-01-19.",
      },
    ]);
  });

  it('monthly from 31 January: February has no 31st, so its last day (28, 2026 is not a leap year) is used', () => {
    expect(findings({ protocol: CLINIC, startDate: '2026-01-31', pattern: { kind: 'monthly', count: 3 } }, 'month_end_clamped')).toEqual([
      {
        rule: 'course.month-end',
        severity: 'info',
        passed: true,
        message: "The start day does not exist in every month, so the month's last day was used: 2026-02-28.",
      },
    ]);
  });

  it('monthly from 31 January, four sessions: February and April are clamped, listed in order', () => {
    // 31 Jan, 28 Feb (no 29th in 2026), 31 Mar, 30 Apr (April has 30 days).
    expect(findings({ protocol: CLINIC, startDate: '2026-01-31', pattern: { kind: 'monthly', count: 4 } }, 'month_end_clamped')[0]?.message).toBe(
      "The start day does not exist in every month, so the month's last day was used: 2026-02-28, 2026-04-30.",
    );
  });

  it('the course total: Schwartzman 0.35 mg/kg/h x 70 kg = 24.5 mg/h x 4 h = 98 mg a session, x 10 daily sessions = 980 mg', () => {
    expect(
      findings(
        { protocol: 'ketamine-crps-schwartzman-2009', startDate: '2026-01-05', infusion: { patient: { weight: { value: 70, unit: 'kg' } } } },
        'course_total',
      ),
    ).toEqual([
      {
        rule: 'course.total',
        severity: 'info',
        passed: true,
        observed: { value: '980', unit: 'mg' },
        message: 'The course delivers 980 mg over 10 sessions at the planned doses (titration from responses may change later doses).',
      },
    ]);
  });
});

// Written from the Stryker survivors of src/course/checks.ts.
describe('the unverified-data notes of a course', () => {
  const unverified = (input: object) => {
    const r = planCourse(input);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return (r.course.checks as Finding[]).filter((c) => c.code === 'unverified_data').map((c) => [c.rule, c.message]);
  };
  it('the Sanacora course pattern and its interval are an interpretation: both say so; one session has no interval to doubt', () => {
    const six = unverified({ protocol: 'ketamine-depression-sanacora-2017', startDate: '2026-01-05' });
    expect(six.map(([rule]) => rule)).toEqual(['course.min-interval', 'course.pattern']);
    expect(six[0]?.[1]).toMatch(/^The minimum interval between sessions /);
    expect(six[1]?.[1]).toMatch(/^The protocol's schedule pattern /);
    const one = unverified({ protocol: 'ketamine-depression-sanacora-2017', startDate: '2026-01-05', pattern: { kind: 'daily', days: 1 } });
    expect(one.map(([rule]) => rule)).not.toContain('course.min-interval');
  });
});

describe('the sessions of a course carry only the keys that apply', () => {
  it('no phase, no move and no clamp on a plain twice-weekly course', () => {
    const r = planCourse({ protocol: CLINIC, startDate: '2026-01-05' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.course.sessions.map((s: object) => Object.keys(s))).toEqual(Array.from({ length: 6 }, () => ['number', 'date', 'weekday']));
  });
});
