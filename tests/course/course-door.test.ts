// The course planner's door, word for word: the date and time issues (code, path, message, expected,
// received) and what the course echoes of its request (where its pattern came from, the session time).
import { describe, expect, it } from 'vitest';
import { planCourse } from '../support/untyped.js';

const CLINIC = 'ketamine-clinic-course-2x3';
const issuesOf = (input: object) => {
  const r = planCourse(input);
  return r.ok ? [] : r.issues.map(({ code, path, message, expected, received }) => ({ code, path, message, expected, received }));
};

describe('course dates and times at the door', () => {
  it('a session time that is not HH:MM', () => {
    expect(issuesOf({ protocol: CLINIC, startDate: '2026-01-05', sessionTime: '9:30' })).toEqual([
      {
        code: 'invalid_date',
        path: ['sessionTime'],
        message: 'sessionTime is the local time of day each session starts, written HH:MM (for example 09:30).',
        expected: 'HH:MM',
        received: '"9:30"',
      },
    ]);
  });

  it.each(['x09:30', '09:30x', '24:00', '09:60'])('the session time %j is refused: nothing before or after HH:MM, and a real time of day', (sessionTime) => {
    expect(issuesOf({ protocol: CLINIC, startDate: '2026-01-05', sessionTime }).map((i) => [i.code, i.path])).toEqual([['invalid_date', ['sessionTime']]]);
  });

  it('a start date that does not exist, and a given session date that does not exist', () => {
    expect(issuesOf({ protocol: CLINIC, startDate: '2026-02-29', sessionsGiven: ['2026-01-01', '2026-13-01'] })).toEqual([
      {
        code: 'invalid_date',
        path: ['startDate'],
        message: 'startDate must be a real calendar date written YYYY-MM-DD (for example 2026-01-05).',
        expected: 'YYYY-MM-DD',
        received: '"2026-02-29"',
      },
      {
        code: 'invalid_date',
        path: ['sessionsGiven', 1],
        message: 'Each date in sessionsGiven must be a real calendar date written YYYY-MM-DD.',
        expected: 'YYYY-MM-DD',
        received: '"2026-13-01"',
      },
    ]);
  });

  it('a course that would run past 9999-12-31', () => {
    // Six sessions twice weekly for 3 weeks reach 21 days; from 9999-12-25 that is past the last date.
    expect(issuesOf({ protocol: CLINIC, startDate: '9999-12-25' })).toEqual([
      {
        code: 'date_out_of_range',
        path: ['startDate'],
        message: 'The course would run past 9999-12-31; check the start date.',
        expected: undefined,
        received: '"9999-12-25"',
      },
    ]);
  });
});

describe('what the course echoes of its request', () => {
  it("the protocol's pattern, or the input's; the session time when given", () => {
    const own = planCourse({ protocol: CLINIC, startDate: '2026-01-05' });
    const given = planCourse({ protocol: CLINIC, startDate: '2026-01-05', pattern: { kind: 'daily', days: 2 }, sessionTime: '09:30' });
    expect(own.ok && [own.course.patternFrom, 'sessionTime' in own.course]).toEqual(['protocol', false]);
    expect(given.ok && [given.course.patternFrom, given.course.sessionTime]).toEqual(['input', '09:30']);
  });

  it('the pattern as given, with only the fields given (no field present as undefined)', () => {
    const keys = (pattern: object) => {
      const r = planCourse({ protocol: CLINIC, startDate: '2026-01-05', pattern });
      return r.ok ? Object.keys(r.course.pattern as object) : [];
    };
    expect(keys({ kind: 'twice-weekly', weeks: 2 })).toEqual(['kind', 'weeks']);
    expect(keys({ kind: 'twice-weekly', weeks: 2, days: [0, 3], everyWeeks: 2 })).toEqual(['kind', 'weeks', 'days', 'everyWeeks']);
    expect(keys({ kind: 'monthly', count: 2 })).toEqual(['kind', 'count']);
    expect(keys({ kind: 'monthly', count: 2, everyMonths: 2 })).toEqual(['kind', 'count', 'everyMonths']);
    const given = planCourse({ protocol: CLINIC, startDate: '2026-01-05', pattern: { kind: 'twice-weekly', weeks: 2, days: [1, 4], everyWeeks: 2 } });
    expect(given.ok && given.course.pattern).toEqual({ kind: 'twice-weekly', weeks: 2, days: [1, 4], everyWeeks: 2 });
  });

  it('sessions given out of order: the message names both dates', () => {
    const r = planCourse({ protocol: CLINIC, startDate: '2026-01-05', sessionsGiven: ['2025-12-20', '2025-12-10'] });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['sessions_given_not_increasing', ['sessionsGiven', 1], 'sessionsGiven must be in date order with no repeats: 2025-12-10 comes after 2025-12-20.'],
    ]);
  });

  it('twice-weekly day offsets out of order, in the pattern or in a phase of a taper', () => {
    const message = 'The two day offsets of a twice-weekly pattern must be different and in increasing order, e.g. [0, 3].';
    expect(issuesOf({ protocol: CLINIC, startDate: '2026-01-05', pattern: { kind: 'twice-weekly', weeks: 2, days: [3, 1] } })).toEqual([
      { code: 'invalid_pattern', path: ['pattern', 'days'], message, expected: undefined, received: '[3,1]' },
    ]);
    const taper = {
      kind: 'taper',
      phases: [
        { kind: 'weekly', count: 2 },
        { kind: 'twice-weekly', weeks: 1, days: [2, 2] },
      ],
    };
    expect(issuesOf({ protocol: CLINIC, startDate: '2026-01-05', pattern: taper })).toEqual([
      { code: 'invalid_pattern', path: ['pattern', 'phases', 1, 'days'], message, expected: undefined, received: '[2,2]' },
    ]);
  });
});
