/**
 * Golden course schedules, each worked by hand from a calendar (the working is in the comments),
 * and the coded issues for bad input. Sources: shared/reference/clinical-dosing.md section 8
 * ("Schedule" column) and section 10 (clinic pages), via each protocol's cited pattern.
 */
import { describe, expect, it } from 'vitest';
import type { Course, CourseResult } from '../../src/course/plan-course.js';
import { planCourse } from '../support/untyped.js';

function course(input: unknown): Course {
  const r: CourseResult = planCourse(input);
  if (!r.ok) throw new Error(`expected a course, got ${JSON.stringify(r.issues)}`);
  return r.course;
}
const dates = (c: Course) => c.sessions.map((s) => s.date);
const codes = (c: Course) => c.checks.map((s) => s.code);
const failed = (c: Course) => c.checks.filter((x) => !x.passed).map((x) => x.code);
function issues(input: unknown): { code: string; path: readonly (string | number)[] }[] {
  const r = planCourse(input);
  if (r.ok) throw new Error('expected issues');
  return r.issues.map((i) => ({ code: i.code, path: i.path }));
}

describe('twice-weekly', () => {
  it('2 a week for 3 weeks from Monday 2026-01-05 (Ainsworth clinic course, P23)', () => {
    // Offsets 0 and 3 in each of 3 weeks: Mon 5, Thu 8; Mon 12, Thu 15; Mon 19, Thu 22.
    const c = course({ protocol: 'ketamine-clinic-course-2x3', startDate: '2026-01-05' });
    expect(dates(c)).toEqual(['2026-01-05', '2026-01-08', '2026-01-12', '2026-01-15', '2026-01-19', '2026-01-22']);
    expect(c.sessions.map((s) => s.weekday)).toEqual(['Monday', 'Thursday', 'Monday', 'Thursday', 'Monday', 'Thursday']);
    expect(c.sessions.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(c.patternFrom).toBe('protocol');
    expect(codes(c)).toEqual(['interval_at_least_minimum', 'course_length_matches_protocol']);
    expect(c.minIntervalHours).toBe(24);
  });
  it('other day offsets, from a Tuesday, across a year end', () => {
    // Offsets [1, 4] from Tue 29 Dec 2026: Wed 30 Dec, Sat 2 Jan; a week later Wed 6, Sat 9 Jan.
    const c = course({ protocol: 'ketamine-clinic-course-2x3', startDate: '2026-12-29', pattern: { kind: 'twice-weekly', weeks: 2, days: [1, 4] } });
    expect(dates(c)).toEqual(['2026-12-30', '2027-01-02', '2027-01-06', '2027-01-09']);
    expect(failed(c)).toEqual(['course_shorter_than_protocol']);
  });
});

describe('daily', () => {
  it('daily for 10 days across a month end (Schwartzman, P1)', () => {
    // 26..31 January (6 days), then 1..4 February (4 days).
    const c = course({ protocol: 'ketamine-crps-schwartzman-2009', startDate: '2026-01-26' });
    expect(dates(c)).toEqual([
      '2026-01-26',
      '2026-01-27',
      '2026-01-28',
      '2026-01-29',
      '2026-01-30',
      '2026-01-31',
      '2026-02-01',
      '2026-02-02',
      '2026-02-03',
      '2026-02-04',
    ]);
    expect(failed(c)).toEqual([]);
  });
  it('daily across the leap day of 2028', () => {
    // 25, 26, 27, 28, 29 February 2028, then 1 March.
    const c = course({ protocol: 'ketamine-crps-schwartzman-2009', startDate: '2028-02-25', pattern: { kind: 'daily', days: 6 } });
    expect(dates(c)).toEqual(['2028-02-25', '2028-02-26', '2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']);
    expect(failed(c)).toEqual(['course_shorter_than_protocol']);
    expect(c.checks.find((x) => x.code === 'course_shorter_than_protocol')?.severity).toBe('info');
  });
  it('skipWeekends: daily x 10 from Wednesday 2026-01-07 is 10 weekdays', () => {
    // Wed 7, Thu 8, Fri 9; Sat 10 -> Mon 12 (+2), then everything +2: Tue 13 .. Fri 16;
    // nominal 15 + 2 = Sat 17 -> Mon 19 (+4); nominal 16 + 4 = Tue 20.
    const c = course({ protocol: 'ketamine-crps-schwartzman-2009', startDate: '2026-01-07', skipWeekends: true });
    expect(dates(c)).toEqual([
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
      '2026-01-12',
      '2026-01-13',
      '2026-01-14',
      '2026-01-15',
      '2026-01-16',
      '2026-01-19',
      '2026-01-20',
    ]);
    expect(c.sessions[3]?.movedFrom).toBe('2026-01-10');
    expect(c.sessions[2]?.movedFrom).toBeUndefined();
    expect(codes(c)).toContain('weekend_sessions_moved');
  });
  it('a single-session protocol plans one session', () => {
    const c = course({ protocol: 'pamidronate-crps-robinson-2004', startDate: '2026-03-14' });
    expect(dates(c)).toEqual(['2026-03-14']);
    expect(c.checks[0]).toMatchObject({ code: 'interval_at_least_minimum', passed: true });
  });
});

describe('consecutive-days-repeated', () => {
  it('5 consecutive days repeated the following week (Goldberg, P5; clinic page 004)', () => {
    // Mon 5 .. Fri 9, 2 days off, Mon 12 .. Fri 16.
    const c = course({ protocol: 'ketamine-outpatient-goldberg-2005', startDate: '2026-01-05' });
    expect(dates(c)).toEqual([
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
      '2026-01-12',
      '2026-01-13',
      '2026-01-14',
      '2026-01-15',
      '2026-01-16',
    ]);
    expect(failed(c)).toEqual([]);
  });
  it('the same pattern on a 5-day protocol is a longer course: a soft finding', () => {
    const c = course({
      protocol: 'ketamine-kit-tankha-2025',
      startDate: '2026-01-05',
      pattern: { kind: 'consecutive-days-repeated', days: 5, repeats: 2, gapDays: 2 },
    });
    expect(c.sessions).toHaveLength(10);
    const f = c.checks.find((x) => x.code === 'course_longer_than_protocol');
    expect(f).toMatchObject({ severity: 'soft', passed: false, observed: { value: '10' }, limit: { value: '5' } });
    expect(codes(c)).toContain('pattern_from_input');
  });
});

describe('weekly, monthly, every n days', () => {
  it('weekly boosters across a year end (clinic page 003: "weekly or monthly")', () => {
    // Thu 17, 24, 31 December 2026, Thu 7 January 2027.
    const c = course({ protocol: 'ketamine-booster-getson', startDate: '2026-12-17', pattern: { kind: 'weekly', count: 4 } });
    expect(dates(c)).toEqual(['2026-12-17', '2026-12-24', '2026-12-31', '2027-01-07']);
    expect(c.checks.find((x) => x.code === 'course_length_open_ended')).toMatchObject({ severity: 'info', passed: true });
  });
  it('monthly from 2026-01-31: the end-of-month rule, each date from the anchor', () => {
    // 31 Jan; no 31 Feb -> 28 Feb; 31 Mar (not 28 Mar: dates come from the anchor); no 31 Apr -> 30 Apr.
    const c = course({ protocol: 'ketamine-booster-getson', startDate: '2026-01-31', pattern: { kind: 'monthly', count: 4 } });
    expect(dates(c)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    expect(c.sessions.map((s) => s.monthEndClamped === true)).toEqual([false, true, false, true]);
    expect(codes(c)).toContain('month_end_clamped');
  });
  it('monthly from 2028-01-31 lands on the leap day', () => {
    const c = course({ protocol: 'ketamine-booster-getson', startDate: '2028-01-31', pattern: { kind: 'monthly', count: 2 } });
    expect(dates(c)).toEqual(['2028-01-31', '2028-02-29']);
  });
  it('monthly with skipWeekends: moved sessions carry the later ones with them', () => {
    // 31 Jan 2026 is a Saturday -> Mon 2 Feb (+2); 28 Feb + 2 = Mon 2 Mar; 31 Mar + 2 = Thu 2 Apr;
    // 30 Apr + 2 = Sat 2 May -> Mon 4 May (+4).
    const c = course({ protocol: 'ketamine-booster-getson', startDate: '2026-01-31', pattern: { kind: 'monthly', count: 4 }, skipWeekends: true });
    expect(dates(c)).toEqual(['2026-02-02', '2026-03-02', '2026-04-02', '2026-05-04']);
    expect(c.sessions.map((s) => s.movedFrom)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
  });
  it('every other day x 3 across the end of February (Kim, P14)', () => {
    // 27 Feb 2026, + 2 = 1 Mar (28 days in February 2026), + 2 = 3 Mar.
    const c = course({ protocol: 'magnesium-phn-kim-2015', startDate: '2026-02-27' });
    expect(dates(c)).toEqual(['2026-02-27', '2026-03-01', '2026-03-03']);
    expect(c.minIntervalHours).toBe(48);
  });
  it('day 1 and day 22 (LIPS, P18)', () => {
    const c = course({ protocol: 'ivig-crps-lips-goebel-2014', startDate: '2026-01-05' });
    expect(dates(c)).toEqual(['2026-01-05', '2026-01-26']);
    expect(c.minIntervalHours).toBe(504);
  });
  it('3 a week for 2 weeks (depression course, P12) with skipWeekends from a Monday is Mon/Wed/Fri', () => {
    // Every other day: 5, 7, 9, Sun 11 -> Mon 12 (+1), 13 + 1 = Wed 14, 15 + 1 = Fri 16.
    const c = course({ protocol: 'ketamine-depression-sanacora-2017', startDate: '2026-01-05', skipWeekends: true });
    expect(dates(c)).toEqual(['2026-01-05', '2026-01-07', '2026-01-09', '2026-01-12', '2026-01-14', '2026-01-16']);
    expect(c.sessions.map((s) => s.weekday.slice(0, 3))).toEqual(['Mon', 'Wed', 'Fri', 'Mon', 'Wed', 'Fri']);
    // The pattern is an interpretation of a weak source: it says so.
    expect(c.checks.filter((x) => x.code === 'unverified_data').map((x) => x.rule)).toEqual(['course.min-interval', 'course.pattern']);
  });
});

describe('the Getson taper (P4)', () => {
  it('from Monday 2026-01-05', () => {
    // Phase 0, 2 a week every other week for 4 weeks: days 0, 3, 14, 17 -> 5, 8, 19, 22 Jan.
    // Phase 1 starts day 28 (2 Feb), 1 every other week for 4 weeks: 2 Feb, 16 Feb.
    // Phase 2 starts day 56 (2 Mar), monthly x 3: 2 Mar, 2 Apr, 2 May.
    // Phase 3 starts 3 months after 2 Mar: 2 Jun (the first 3-monthly booster).
    const c = course({ protocol: 'ketamine-booster-getson', startDate: '2026-01-05' });
    expect(dates(c)).toEqual([
      '2026-01-05',
      '2026-01-08',
      '2026-01-19',
      '2026-01-22',
      '2026-02-02',
      '2026-02-16',
      '2026-03-02',
      '2026-04-02',
      '2026-05-02',
      '2026-06-02',
    ]);
    expect(c.sessions.map((s) => s.phase)).toEqual([0, 0, 0, 0, 1, 1, 2, 2, 2, 3]);
    expect(c.checks.find((x) => x.code === 'course_length_open_ended')).toBeDefined();
    const u = c.checks.find((x) => x.code === 'unverified_data' && x.rule === 'course.pattern');
    expect(u?.source?.verified).toBe(false);
  });
  it('from 2026-01-31 the monthly phase follows its own anchor', () => {
    // Day 28 = 28 Feb (phase 1: 28 Feb, 14 Mar); day 56 = 28 Mar (phase 2: 28 Mar, 28 Apr, 28 May); 28 Jun.
    const c = course({ protocol: 'ketamine-booster-getson', startDate: '2026-01-31' });
    expect(dates(c)).toEqual([
      '2026-01-31',
      '2026-02-03',
      '2026-02-14',
      '2026-02-17',
      '2026-02-28',
      '2026-03-14',
      '2026-03-28',
      '2026-04-28',
      '2026-05-28',
      '2026-06-28',
    ]);
  });
});

describe('checks on the interval, with sessions already given', () => {
  it('a session given 9 days before a LIPS dose is below the 21-day interval: soft', () => {
    const c = course({ protocol: 'ivig-crps-lips-goebel-2014', startDate: '2026-01-10', sessionsGiven: ['2026-01-01'] });
    const f = c.checks.find((x) => x.code === 'interval_below_minimum');
    expect(f).toMatchObject({ severity: 'soft', passed: false, observed: { value: '216', unit: 'h' }, limit: { value: '504', unit: 'h' } });
    expect(f?.between).toEqual(['2026-01-01', '2026-01-10']);
    expect(f?.source?.grade).toBe('derived');
  });
  it('sessions given well before the course pass', () => {
    const c = course({ protocol: 'magnesium-phn-kim-2015', startDate: '2026-03-10', sessionsGiven: ['2026-03-01', '2026-03-03'] });
    expect(c.checks[0]).toMatchObject({ code: 'interval_at_least_minimum', passed: true });
    expect(c.sessionsGiven).toEqual(['2026-03-01', '2026-03-03']);
    expect(c.sessions).toHaveLength(3); // sessions given do not count in the course
  });
  it('every other day after a session yesterday is below 48 h', () => {
    const c = course({ protocol: 'magnesium-phn-kim-2015', startDate: '2026-02-27', sessionsGiven: ['2026-02-26'] });
    expect(failed(c)).toEqual(['interval_below_minimum']);
  });
  it('a session given on the start date is a hard finding: refused', () => {
    expect(issues({ protocol: 'ketamine-outpatient-goldberg-2005', startDate: '2026-01-05', sessionsGiven: ['2026-01-01', '2026-01-05'] })).toEqual([
      { code: 'sessions_on_same_day', path: ['sessionsGiven', 1] },
    ]);
  });
  it('a session given on a later planned date is refused too', () => {
    expect(issues({ protocol: 'ketamine-clinic-course-2x3', startDate: '2026-01-05', sessionsGiven: ['2026-01-12'] })).toEqual([
      { code: 'sessions_on_same_day', path: ['sessionsGiven', 0] },
    ]);
  });
});

describe('bad input: coded issues with paths', () => {
  it('invalid dates', () => {
    expect(issues({ protocol: 'ketamine-clinic-course-2x3', startDate: '2026-02-29' })).toEqual([{ code: 'invalid_date', path: ['startDate'] }]);
    expect(issues({ protocol: 'ketamine-clinic-course-2x3', startDate: '2026-01-05', sessionsGiven: ['2026-01-01', '2026-02-30'] })).toEqual([
      { code: 'invalid_date', path: ['sessionsGiven', 1] },
    ]);
    expect(issues({ protocol: 'ketamine-clinic-course-2x3', startDate: 20260105 })).toEqual([{ code: 'invalid_type', path: ['startDate'] }]);
  });
  it('unknown protocol, and a protocol record that is not in the built-in catalogue', () => {
    expect(issues({ protocol: 'ketamine-x', startDate: '2026-01-05' })).toEqual([{ code: 'unknown_protocol', path: ['protocol'] }]);
    expect(issues({ protocol: 'neridronate-crps-varenna-2013', startDate: '2026-01-05' })).toEqual([{ code: 'unknown_protocol', path: ['protocol'] }]);
    expect(issues({ protocol: 'constructor', startDate: '2026-01-05' })).toEqual([{ code: 'unknown_protocol', path: ['protocol'] }]);
  });
  it('unknown pattern kinds, nested tapers, bad counts and unknown keys', () => {
    const base = { protocol: 'ketamine-clinic-course-2x3', startDate: '2026-01-05' };
    expect(issues({ ...base, pattern: { kind: 'fortnightly', count: 2 } })).toEqual([{ code: 'unknown_pattern', path: ['pattern', 'kind'] }]);
    expect(issues({ ...base, pattern: { kind: 'taper', phases: [{ kind: 'taper', phases: [] }] } })).toEqual([
      { code: 'unknown_pattern', path: ['pattern', 'phases', 0, 'kind'] },
    ]);
    expect(issues({ ...base, pattern: { kind: 'daily', days: 0 } })).toEqual([{ code: 'invalid_value', path: ['pattern', 'days'] }]);
    expect(issues({ ...base, pattern: { kind: 'daily', days: 2.5 } })).toEqual([{ code: 'invalid_type', path: ['pattern', 'days'] }]);
    expect(issues({ ...base, pattern: { kind: 'daily', days: 5, every: 2 } })).toEqual([{ code: 'unknown_key', path: ['pattern', 'every'] }]);
    expect(issues({ ...base, pattern: { kind: 'twice-weekly', weeks: 3, days: [3, 3] } })).toEqual([{ code: 'invalid_pattern', path: ['pattern', 'days'] }]);
    expect(issues({ ...base, pattern: { kind: 'twice-weekly', weeks: 3, days: [0, 7] } })).toEqual([{ code: 'invalid_value', path: ['pattern', 'days', 1] }]);
    expect(issues({ ...base, pattern: { kind: 'taper', phases: [] } })).toEqual([{ code: 'invalid_value', path: ['pattern', 'phases'] }]);
    expect(issues({ ...base, skipWeekend: true })).toEqual([{ code: 'unknown_key', path: ['skipWeekend'] }]);
    expect(issues({ startDate: '2026-01-05' })).toEqual([{ code: 'required', path: ['protocol'] }]);
    expect(issues(null)).toEqual([{ code: 'invalid_type', path: [] }]);
  });
  it('sessions given out of order or repeated', () => {
    expect(issues({ protocol: 'ketamine-clinic-course-2x3', startDate: '2026-01-05', sessionsGiven: ['2025-12-20', '2025-12-10', '2025-12-10'] })).toEqual([
      { code: 'sessions_given_not_increasing', path: ['sessionsGiven', 1] },
      { code: 'sessions_given_not_increasing', path: ['sessionsGiven', 2] },
    ]);
  });
  it('a course that would run past 9999-12-31', () => {
    expect(issues({ protocol: 'ketamine-crps-schwartzman-2009', startDate: '9999-12-25' })).toEqual([{ code: 'date_out_of_range', path: ['startDate'] }]);
    expect(dates(course({ protocol: 'ketamine-crps-schwartzman-2009', startDate: '9999-12-21' })).at(-1)).toBe('9999-12-30');
  });
  it('several problems are reported together', () => {
    expect(
      issues({ protocol: 'nope', startDate: '2026-02-29', sessionsGiven: ['x'] })
        .map((i) => i.code)
        .sort(),
    ).toEqual(['invalid_date', 'invalid_date', 'unknown_protocol']);
  });
});
