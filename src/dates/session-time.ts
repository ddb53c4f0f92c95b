/**
 * When a session took place, as a clinic records it: a calendar date (`2026-03-02`) or a date with a
 * local time of day (`2026-03-02T09:30`). Without a time, a session may have been at any minute of
 * its day, so every question asked of it is answered for the whole day: a time window counts a
 * date-only session whenever any minute of its day could fall inside the window (conservative), and
 * says so. Times are local wall-clock times of the clinic; no time zone or offset is read or written,
 * so all times of one request must be in the same local time.
 *
 * Pure integer arithmetic on minutes since 1970-01-01 00:00 (local); no `Date`, no clock.
 */
import { isIsoDate, toDayNumber } from './index.js';

/** A session date, `YYYY-MM-DD`, or date and local time, `YYYY-MM-DDTHH:MM`. */
export type SessionTime = string;

/** The minutes a session time may denote: one minute when timed, the whole day when not. */
export interface MinuteSpan {
  /** The first minute it may denote (minutes since 1970-01-01 00:00 local). */
  readonly from: number;
  /** The last minute it may denote (equal to `from` when a time is given). */
  readonly to: number;
  /** Whether a time of day was given. */
  readonly timed: boolean;
  /** The day number of its date. */
  readonly day: number;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
const MINUTES_PER_DAY = 1440; // 24 h x 60 min

/**
 * Whether a value is a real calendar date, optionally with a time `THH:MM` (00:00-23:59).
 * Seconds, fractions, `Z` and offsets are refused: times are local, to the minute.
 * @example isSessionTime('2026-03-02T09:30') // true
 */
export function isSessionTime(value: unknown): value is SessionTime {
  if (typeof value !== 'string') return false;
  if (isIsoDate(value)) return true;
  const m = DATE_TIME.exec(value);
  return m !== null && isIsoDate(m[1]) && Number(m[2]) <= 23 && Number(m[3]) <= 59;
}

/**
 * The minutes a session time may denote.
 * @throws RangeError when `value` is not a {@link SessionTime} (check untrusted input with {@link isSessionTime}).
 * @example minuteSpan('1970-01-02') // { from: 1440, to: 2879, timed: false, day: 1 }
 */
export function minuteSpan(value: SessionTime): MinuteSpan {
  // Read each time, not cached: a course reads each date of its history once (src/schema/history-view.ts), not once a session.
  const m = DATE_TIME.exec(value);
  if (m === null) {
    const day = toDayNumber(value);
    return { from: day * MINUTES_PER_DAY, to: day * MINUTES_PER_DAY + MINUTES_PER_DAY - 1, timed: false, day };
  }
  if (!isSessionTime(value)) throw new RangeError(`"${value}" is not a session time written YYYY-MM-DD or YYYY-MM-DDTHH:MM.`);
  const day = toDayNumber(m[1] as string);
  const at = day * MINUTES_PER_DAY + Number(m[2]) * 60 + Number(m[3]);
  return { from: at, to: at, timed: true, day };
}

/** The calendar date of a session time (`YYYY-MM-DD`). */
export function dateOf(value: SessionTime): string {
  return value.slice(0, 10);
}

/** Whether session `a` certainly took place before session `b` (a date-only session covers its whole day). */
export function isBefore(a: SessionTime, b: SessionTime): boolean {
  return minuteSpan(a).to < minuteSpan(b).from;
}

/** Whether session `a` certainly took place after session `b`. */
export function isAfter(a: SessionTime, b: SessionTime): boolean {
  return minuteSpan(a).from > minuteSpan(b).to;
}

/**
 * Whether an earlier session `earlier` may fall inside the window of `hours` hours that ends at the
 * session `at`: `certain` when it falls inside whatever minute each took place, `possible` when it
 * does for some minutes of a date-only day (a conservative count), `false` when it cannot, and
 * `false` when it may have been after `at` (a later session is not an earlier one).
 *
 * The window is the `hours` before the session, start excluded: a session exactly 24 h earlier is
 * outside a 24 h window.
 * @example inWindow('2026-03-01', '2026-03-02', 24) // 'possible': 23:59 on 1 March is 1 minute before 00:00 on 2 March
 */
export function inWindow(earlier: SessionTime, at: SessionTime, hours: number): 'certain' | 'possible' | false {
  const e = minuteSpan(earlier);
  const s = minuteSpan(at);
  if (e.from > s.from) return false;
  const windowMin = hours * 60;
  // Shortest and longest possible gap between the two sessions, in minutes.
  const shortest = Math.max(0, s.from - e.to);
  const longest = s.to - e.from;
  if (shortest >= windowMin) return false;
  return longest < windowMin ? 'certain' : 'possible';
}

/**
 * The interval between two sessions in hours as a course counts it: exact when both are timed,
 * otherwise whole days x 24 h (a daily course is 24 h apart whatever the hour).
 */
export function intervalHours(a: SessionTime, b: SessionTime): number {
  const x = minuteSpan(a);
  const y = minuteSpan(b);
  if (x.timed && y.timed) return (y.from - x.from) / 60;
  return (y.day - x.day) * 24;
}
