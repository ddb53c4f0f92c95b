/**
 * Session times as a clinic records them (src/dates/session-time.ts): a date, or a date and a local
 * time to the minute. A history date is untrusted input, so what is refused matters as much as what
 * is read; a window or an interval over a date-only session is answered for its whole day. Minutes
 * are counted from 1970-01-01 00:00; each expected value is worked by hand in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import { dateOf, inWindow, intervalHours, isAfter, isSessionTime, minuteSpan } from '../../src/dates/session-time.js';

describe('isSessionTime', () => {
  it('accepts a date, or a date and a time from 00:00 to 23:59', () => {
    for (const v of ['2026-03-02', '2026-03-02T09:30', '2026-03-02T00:00', '2026-03-02T23:59', '2026-03-02T09:59']) expect(isSessionTime(v), v).toBe(true);
  });

  it('refuses a minute of 60, an hour of 24 and a time on a day that does not exist', () => {
    // 30 February does not exist, whatever the time of day.
    for (const v of ['2026-03-02T09:60', '2026-03-02T24:00', '2026-02-30T09:30', '2026-02-29T09:30']) expect(isSessionTime(v), v).toBe(false);
    // Text before or after a well-formed time is refused too (seconds, a zone, a prefix, a five-digit year).
    for (const v of ['2026-03-02T09:30:00', '2026-03-02T09:30Z', 'x2026-03-02T09:30', '12026-03-02T09:30', ' 2026-03-02T09:30', '2026-03-02T9:30'])
      expect(isSessionTime(v), v).toBe(false);
  });

  it('refuses a value that is not a string, even one that prints as a session time', () => {
    // An array holding a date (JSON `["2026-03-02T09:30"]`) prints as the date, but a history date must be a string.
    for (const v of [20260302, ['2026-03-02T09:30'], ['2026-03-02'], null, undefined]) expect(isSessionTime(v), JSON.stringify(v)).toBe(false);
  });
});

describe('minuteSpan', () => {
  it('a date-only session covers its whole day, and is not timed', () => {
    // Day 1 (1970-01-02): from 1 x 1440 = 1440 to 1440 + 1440 - 1 = 2879.
    expect(minuteSpan('1970-01-02')).toEqual({ from: 1440, to: 2879, timed: false, day: 1 });
  });

  it('a timed session is one minute: day x 1440 + hours x 60 + minutes', () => {
    // 1970-01-02T09:30: 1440 + 9 x 60 + 30 = 1440 + 540 + 30 = 2010.
    expect(minuteSpan('1970-01-02T09:30')).toEqual({ from: 2010, to: 2010, timed: true, day: 1 });
  });

  it('throws a RangeError naming the value for a time that is not a session time (a bug in the caller)', () => {
    expect(() => minuteSpan('2026-03-02T24:00')).toThrow('"2026-03-02T24:00" is not a session time written YYYY-MM-DD or YYYY-MM-DDTHH:MM.');
  });
});

describe('dates, order, windows and intervals', () => {
  it('dateOf keeps the calendar date of a timed session', () => {
    expect(dateOf('2026-03-02T09:30')).toBe('2026-03-02');
    expect(dateOf('2026-03-02')).toBe('2026-03-02');
  });

  it('isAfter: the same minute is not after itself; one minute later is', () => {
    expect(isAfter('2026-03-02T09:30', '2026-03-02T09:30')).toBe(false);
    expect(isAfter('2026-03-02T09:31', '2026-03-02T09:30')).toBe(true);
  });

  it('inWindow: certain when every minute falls inside, possible when only some do', () => {
    // 2026-03-01T10:00 to 2026-03-02T09:00 is 23 h = 1380 min, under the 24 h = 1440 min window: certain.
    expect(inWindow('2026-03-01T10:00', '2026-03-02T09:00', 24)).toBe('certain');
    // 2026-03-01 (any minute) before 2026-03-02T00:00: shortest gap 1 min (from 23:59), longest
    // 1440 min (from 00:00), exactly 24 h: the window excludes its start, so possible, not certain.
    expect(inWindow('2026-03-01', '2026-03-02T00:00', 24)).toBe('possible');
  });

  it('intervalHours: exact between two timed sessions, whole days otherwise', () => {
    // Both timed: 2026-03-01T09:00 to 2026-03-02T09:30 = 24 h 30 min = 24.5 h.
    expect(intervalHours('2026-03-01T09:00', '2026-03-02T09:30')).toBe(24.5);
    // One date only: 1 day x 24 h = 24 h, whatever the hour of the timed one.
    expect(intervalHours('2026-03-01', '2026-03-02T09:30')).toBe(24);
    expect(intervalHours('2026-03-01T09:00', '2026-03-02')).toBe(24);
  });
});
