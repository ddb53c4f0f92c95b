/**
 * Calendar arithmetic on ISO dates: hand-worked cases (leap years, month ends, weekdays) and
 * properties checked against an independent oracle (`Date.UTC`, which is exact in UTC).
 */
import fc from 'fast-check';
import { runs } from '../support/runs.js';
import { describe, expect, it } from 'vitest';
import {
  MAX_DAY_NUMBER,
  MIN_DAY_NUMBER,
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  isMonthEndClamped,
  isoWeekday,
  toDayNumber,
  weekday,
} from '../../src/dates/index.js';

/** Oracle: days since 1970-01-01 by Date.UTC (setUTCFullYear so years 0-99 are not remapped). */
function utcDayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(0, 0, 0, 0);
  return d.getTime() / 86_400_000;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const validDate = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysInMonth(year, month)) }))
  .map(({ year, month, day }) => ({ year, month, day, iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` }));

describe('validation', () => {
  it('accepts real dates, leap days in leap years included', () => {
    for (const d of ['2028-02-29', '2000-02-29', '2026-01-05', '2026-12-31', '0001-01-01', '9999-12-31', '2026-04-30']) {
      expect(isIsoDate(d), d).toBe(true);
    }
  });
  it('refuses dates that do not exist and strings that are not YYYY-MM-DD', () => {
    for (const d of [
      '2026-02-29', // 2026 is not a leap year
      '1900-02-29', // a century not divisible by 400
      '2026-02-30',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '0000-01-01',
      '2026-1-5',
      ' 2026-01-05',
      '2026-01-05 ',
      '2026-01-05T00:00:00Z',
      '26-01-05',
      '+02026-01-05',
      '２０２６-01-05',
      '',
    ]) {
      expect(isIsoDate(d), d).toBe(false);
    }
    for (const v of [20260105, null, undefined, {}, ['2026-01-05'], new Date(0)]) expect(isIsoDate(v)).toBe(false);
  });
  it('leap years follow the Gregorian rule', () => {
    expect([2024, 2028, 2000, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2026, 1900, 2100, 2200].map(isLeapYear)).toEqual([false, false, false, false]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
  });
  it('each month has its own length: 30 days hath September, April, June and November', () => {
    // January to December 2026 (not a leap year).
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2026, i + 1))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    for (const d of ['2026-06-31', '2026-09-31', '2026-11-31']) expect(isIsoDate(d), d).toBe(false);
    for (const d of ['2026-06-30', '2026-09-30', '2026-11-30', '2026-07-31']) expect(isIsoDate(d), d).toBe(true);
  });
  it('throws a RangeError (a bug in the caller) for an invalid date or a fractional count', () => {
    expect(() => addDays('2026-02-29', 1)).toThrow(RangeError);
    expect(() => addDays('2026-01-05', 1.5)).toThrow(RangeError);
    expect(() => addDays('2026-01-05', Number.NaN)).toThrow(RangeError);
    expect(() => addMonths('2026-01-05', 0.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addMonths('0001-01-31', -1)).toThrow(RangeError);
    expect(() => weekday('2026-02-29')).toThrow(RangeError);
    expect(() => fromDayNumber(MAX_DAY_NUMBER + 1)).toThrow(RangeError);
  });
  it('the RangeError says which value was wrong and why', () => {
    expect(() => toDayNumber('2026-02-29')).toThrow('"2026-02-29" is not a calendar date written YYYY-MM-DD.');
    expect(() => addDays('2026-01-05', 1.5)).toThrow('The number of days must be a whole number; received 1.5.');
    expect(() => addMonths('2026-01-05', 0.5)).toThrow('The number of months must be a whole number; received 0.5.');
    expect(() => fromDayNumber(0.5)).toThrow('The day number must be a whole number; received 0.5.');
    // MIN_DAY_NUMBER - 1 = -719162 - 1 = -719163, the day before 0001-01-01.
    expect(() => fromDayNumber(MIN_DAY_NUMBER - 1)).toThrow('Day number -719163 is outside 0001-01-01..9999-12-31.');
    expect(() => addMonths('9999-12-15', 1)).toThrow('9999-12-15 + 1 months is outside years 0001-9999.');
  });
  it('a value that is not a string is refused, not read through its string form', () => {
    // ['2026-01-05'] prints as 2026-01-05, but it is an array: a bug in the caller.
    expect(() => toDayNumber(['2026-01-05'] as unknown as string)).toThrow('"2026-01-05" is not a calendar date written YYYY-MM-DD.');
  });
  it('the first and last day of the range are inside it, for days and for months', () => {
    expect(fromDayNumber(MIN_DAY_NUMBER)).toBe('0001-01-01');
    expect(fromDayNumber(MAX_DAY_NUMBER)).toBe('9999-12-31');
    // Months within year 0001 and within year 9999 stay inside the range.
    expect(addMonths('0001-03-15', -2)).toBe('0001-01-15');
    expect(addMonths('9999-01-15', 11)).toBe('9999-12-15');
  });
});

describe('hand-worked arithmetic', () => {
  it('day numbers', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2000-03-01')).toBe(11017); // 2000-01-01 is 10957, + 31 + 29
    expect(toDayNumber('0001-01-01')).toBe(MIN_DAY_NUMBER);
    expect(toDayNumber('9999-12-31')).toBe(MAX_DAY_NUMBER);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    // The last day of a 400-year era (eras start on 1 March): 2000-02-29 is 11017 - 1 = 11016.
    expect(fromDayNumber(11016)).toBe('2000-02-29');
    expect(toDayNumber('2000-02-29')).toBe(11016);
  });
  it('addDays across month, leap-day and year ends', () => {
    expect(addDays('2026-01-28', 5)).toBe('2026-02-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-01-05', 0)).toBe('2026-01-05');
  });
  it('addMonths clamps to the end of a shorter month, and only for that step', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 2)).toBe('2026-03-31');
    expect(addMonths('2026-01-31', 3)).toBe('2026-04-30');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(isMonthEndClamped('2026-01-31', 1)).toBe(true);
    expect(isMonthEndClamped('2026-01-31', 2)).toBe(false);
    expect(isMonthEndClamped('2026-01-30', 1)).toBe(true);
    expect(isMonthEndClamped('2028-01-29', 1)).toBe(false);
  });
  it('daysBetween', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-01-22', '2026-01-05')).toBe(-17);
  });
  it('weekdays', () => {
    expect(weekday('2026-01-05')).toBe('Monday');
    expect(weekday('2028-02-29')).toBe('Tuesday');
    expect(weekday('1970-01-01')).toBe('Thursday');
    expect(weekday('2000-01-01')).toBe('Saturday');
    expect(weekday('1969-12-28')).toBe('Sunday');
    expect(isoWeekday('2026-01-11')).toBe(7);
  });
});

describe('properties against Date.UTC', () => {
  it('toDayNumber agrees with Date.UTC, and fromDayNumber inverts it', () => {
    fc.assert(
      fc.property(validDate, ({ year, month, day, iso }) => {
        expect(toDayNumber(iso)).toBe(utcDayNumber(year, month, day));
        expect(fromDayNumber(toDayNumber(iso))).toBe(iso);
      }),
      { numRuns: runs(2000) },
    );
  });
  it('addDays and daysBetween are inverse; weekday agrees with getUTCDay', () => {
    fc.assert(
      fc.property(validDate, fc.integer({ min: -5000, max: 5000 }), ({ iso }, n) => {
        const n0 = toDayNumber(iso) + n;
        fc.pre(n0 >= MIN_DAY_NUMBER && n0 <= MAX_DAY_NUMBER);
        const later = addDays(iso, n);
        expect(daysBetween(iso, later)).toBe(n);
        expect(addDays(later, -n)).toBe(iso);
        const utcDay = new Date(toDayNumber(later) * 86_400_000).getUTCDay(); // 0 = Sunday
        expect(isoWeekday(later)).toBe(utcDay === 0 ? 7 : utcDay);
      }),
      { numRuns: runs(1000) },
    );
  });
  it('addMonths moves the month exactly and keeps the day, or clamps it to the month end', () => {
    fc.assert(
      fc.property(validDate, fc.integer({ min: -240, max: 240 }), ({ year, month, day, iso }, m) => {
        const index = year * 12 + month - 1 + m;
        fc.pre(index >= 12 && index < 10000 * 12);
        const out = addMonths(iso, m);
        const [y, mo, d] = out.split('-').map(Number) as [number, number, number];
        expect(y * 12 + mo - 1).toBe(index);
        expect(d).toBe(Math.min(day, daysInMonth(y, mo)));
        expect(isMonthEndClamped(iso, m)).toBe(d !== day);
      }),
      { numRuns: runs(1000) },
    );
  });
});
