// A course is refused (date_out_of_range, at startDate) when it could run past 9999-12-31, the last
// date the library reads. The planner checks a generous reach before placing any session
// (src/course/expand.ts runsPastLastDate): the days the pattern spans from its start, months counted
// as 31 days, plus 2 days a session when weekend sessions move to the Monday. Each case below starts
// on the last day that reach allows (planned) and the day after (refused), for every pattern kind.
// 9999-12-31 minus R days, worked by hand: December has 31 days, November 30, October 31.
import { describe, expect, it } from 'vitest';
import { planCourse } from '../support/untyped.js';

const plan = (pattern: object, startDate: string, skipWeekends = false) =>
  planCourse({ protocol: 'ketamine-clinic-course-2x3', startDate, pattern, skipWeekends });
const refusedAtStart = (r: ReturnType<typeof plan>) => (r.ok ? [] : r.issues.filter((i) => i.code === 'date_out_of_range').map((i) => i.path));

const CASES: readonly { kind: string; pattern: object; reach: string; lastOk: string; firstRefused: string; skip?: boolean }[] = [
  { kind: 'twice-weekly', pattern: { kind: 'twice-weekly', weeks: 2 }, reach: '2 weeks x 7 = 14 days', lastOk: '9999-12-17', firstRefused: '9999-12-18' },
  {
    kind: 'twice-weekly, every 2 weeks',
    pattern: { kind: 'twice-weekly', weeks: 2, everyWeeks: 2 },
    reach: '2 x 2 x 7 = 28',
    lastOk: '9999-12-03',
    firstRefused: '9999-12-04',
  },
  {
    kind: 'twice-weekly, weekends skipped',
    pattern: { kind: 'twice-weekly', weeks: 2 },
    reach: '14 + 2 x (2 x 2 sessions) = 22',
    lastOk: '9999-12-09',
    firstRefused: '9999-12-10',
    skip: true,
  },
  { kind: 'daily', pattern: { kind: 'daily', days: 5 }, reach: '5', lastOk: '9999-12-26', firstRefused: '9999-12-27' },
  {
    kind: 'daily, weekends skipped',
    pattern: { kind: 'daily', days: 5 },
    reach: '5 + 2 x 5 = 15',
    lastOk: '9999-12-16',
    firstRefused: '9999-12-17',
    skip: true,
  },
  {
    kind: 'consecutive days repeated',
    pattern: { kind: 'consecutive-days-repeated', days: 3, repeats: 2, gapDays: 4 },
    reach: '2 x (3 + 4) = 14',
    lastOk: '9999-12-17',
    firstRefused: '9999-12-18',
  },
  {
    kind: 'consecutive days repeated, weekends skipped',
    pattern: { kind: 'consecutive-days-repeated', days: 3, repeats: 2, gapDays: 4 },
    reach: '14 + 2 x (3 x 2 sessions) = 26',
    lastOk: '9999-12-05',
    firstRefused: '9999-12-06',
    skip: true,
  },
  { kind: 'weekly', pattern: { kind: 'weekly', count: 3 }, reach: '3 x 7 = 21', lastOk: '9999-12-10', firstRefused: '9999-12-11' },
  {
    kind: 'weekly, weekends skipped',
    pattern: { kind: 'weekly', count: 3 },
    reach: '21 + 2 x 3 = 27',
    lastOk: '9999-12-04',
    firstRefused: '9999-12-05',
    skip: true,
  },
  {
    kind: 'monthly',
    pattern: { kind: 'monthly', count: 2 },
    reach: '2 x 31 = 62 (31 + 30 + 1 back from 31 December)',
    lastOk: '9999-10-30',
    firstRefused: '9999-10-31',
  },
  {
    kind: 'monthly, every 2 months',
    pattern: { kind: 'monthly', count: 2, everyMonths: 2 },
    reach: '2 x 2 x 31 = 124',
    lastOk: '9999-08-29',
    firstRefused: '9999-08-30',
  },
  {
    kind: 'monthly, weekends skipped',
    pattern: { kind: 'monthly', count: 2 },
    reach: '62 + 2 x 2 = 66',
    lastOk: '9999-10-26',
    firstRefused: '9999-10-27',
    skip: true,
  },
  { kind: 'every n days', pattern: { kind: 'every-n-days', n: 3, count: 4 }, reach: '4 x 3 = 12', lastOk: '9999-12-19', firstRefused: '9999-12-20' },
  {
    kind: 'every n days, weekends skipped',
    pattern: { kind: 'every-n-days', n: 3, count: 4 },
    reach: '12 + 2 x 4 = 20',
    lastOk: '9999-12-11',
    firstRefused: '9999-12-12',
    skip: true,
  },
  {
    kind: 'taper',
    pattern: {
      kind: 'taper',
      phases: [
        { kind: 'weekly', count: 2 },
        { kind: 'daily', days: 3 },
      ],
    },
    reach: '2 x 7 + 3 = 17',
    lastOk: '9999-12-14',
    firstRefused: '9999-12-15',
  },
  {
    kind: 'taper, weekends skipped',
    pattern: {
      kind: 'taper',
      phases: [
        { kind: 'weekly', count: 2 },
        { kind: 'daily', days: 3 },
      ],
    },
    reach: '17 + 2 x (2 + 3 sessions) = 27',
    lastOk: '9999-12-04',
    firstRefused: '9999-12-05',
    skip: true,
  },
];

describe('a course that could run past 9999-12-31 is refused at its start date, for every pattern kind', () => {
  it.each(CASES)('$kind: reach $reach days, planned from $lastOk, refused from $firstRefused', ({ pattern, lastOk, firstRefused, skip }) => {
    const ok = plan(pattern, lastOk, skip);
    expect(refusedAtStart(ok)).toEqual([]);
    expect(ok.ok, ok.ok ? '' : JSON.stringify(ok.issues)).toBe(true);
    expect(refusedAtStart(plan(pattern, firstRefused, skip))).toEqual([['startDate']]);
  });
});
