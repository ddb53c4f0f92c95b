/**
 * Exact calendar arithmetic on ISO calendar dates (`YYYY-MM-DD`, proleptic Gregorian, years
 * 0001-9999). Pure integer arithmetic on day numbers: no `Date`, no time zone, no clock, so a
 * date never shifts by a day because of where or when the code runs.
 *
 * These helpers are for code past the door: they throw a `RangeError` for a string that is not a
 * real date (a bug in the caller). Use {@link isIsoDate} to check untrusted input first.
 */

/** A calendar date written `YYYY-MM-DD`, for example `2026-01-05`. */
export type IsoDate = string;

/** Weekday names, Monday first (ISO 8601 numbers them 1-7 in this order). */
export const WEEKDAYS = /* @__PURE__ */ Object.freeze(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const);
/** A weekday from {@link WEEKDAYS}. */
export type Weekday = (typeof WEEKDAYS)[number];

/** Day number of 0001-01-01 and 9999-12-31 (days since 1970-01-01), the range this module accepts. */
export const MIN_DAY_NUMBER = -719162;
export const MAX_DAY_NUMBER = 2932896;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `year` is a Gregorian leap year (divisible by 4, except centuries not divisible by 400). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month.
 * @param year - Gregorian year.
 * @param month - 1 (January) to 12 (December).
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function readYmd(value: string): Ymd | undefined {
  const m = ISO_DATE.exec(value);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD` (years 0001-9999). Refuses
 * `2026-02-29`, `2026-1-5`, `2026-01-05T00:00`, and anything that is not a string.
 * @example isIsoDate('2028-02-29') // true: 2028 is a leap year
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && readYmd(value) !== undefined;
}

function ymdOf(date: IsoDate): Ymd {
  const ymd = typeof date === 'string' ? readYmd(date) : undefined;
  if (ymd === undefined) throw new RangeError(`"${String(date)}" is not a calendar date written YYYY-MM-DD.`);
  return ymd;
}

// Days-from-civil and civil-from-days (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"):
// integer arithmetic on 400-year eras of 146097 days, with years starting on 1 March so that the
// leap day is the last day of the year.
function dayNumberOf({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400; // [0, 399]
  const mp = (month + 9) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1; // [0, 365]
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // [0, 146096]
  return era * 146097 + doe - 719468;
}

function ymdOfDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function format({ year, month, day }: Ymd): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function requireInteger(name: string, value: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a whole number; received ${String(value)}.`);
}

/**
 * The day number of a date: days since 1970-01-01 (negative before it).
 * @throws RangeError when `date` is not a real `YYYY-MM-DD` date.
 * @example toDayNumber('1970-01-02') // 1
 */
export function toDayNumber(date: IsoDate): number {
  return dayNumberOf(ymdOf(date));
}

/**
 * The date of a day number (days since 1970-01-01).
 * @throws RangeError when the day number is not a whole number or falls outside 0001-01-01..9999-12-31.
 * @example fromDayNumber(0) // '1970-01-01'
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  requireInteger('The day number', dayNumber);
  if (dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new RangeError(`Day number ${dayNumber} is outside 0001-01-01..9999-12-31.`);
  }
  return format(ymdOfDayNumber(dayNumber));
}

/**
 * The date `days` calendar days after `date` (before it when negative).
 * @throws RangeError for an invalid date, a fractional count, or a result outside years 0001-9999.
 * @example addDays('2026-01-28', 5) // '2026-02-02'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  requireInteger('The number of days', days);
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * The date `months` calendar months after `date` (before it when negative).
 *
 * End-of-month rule: when the target month is shorter than the day of the month, the result is
 * that month's last day (`2026-01-31` + 1 month = `2026-02-28`; `2028-01-31` + 1 month =
 * `2028-02-29`). The clamp applies to this one step only: add months to a fixed anchor date, not
 * step by step, so that `2026-01-31` + 2 months is `2026-03-31`, not `2026-03-28`.
 * Use {@link isMonthEndClamped} to tell whether the rule moved a date.
 * @throws RangeError for an invalid date, a fractional count, or a result outside years 0001-9999.
 * @example addMonths('2026-01-31', 1) // '2026-02-28'
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  requireInteger('The number of months', months);
  const { year, month, day } = ymdOf(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  if (y < 1 || y > 9999) throw new RangeError(`${date} + ${months} months is outside years 0001-9999.`);
  return format({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/**
 * Whether {@link addMonths}`(date, months)` had to clamp the day to the end of a shorter month.
 * @example isMonthEndClamped('2026-01-31', 1) // true (no 31 February)
 */
export function isMonthEndClamped(date: IsoDate, months: number): boolean {
  return ymdOf(addMonths(date, months)).day !== ymdOf(date).day;
}

/**
 * Whole days from `from` to `to`: positive when `to` is later.
 * @throws RangeError when either is not a real `YYYY-MM-DD` date.
 * @example daysBetween('2028-02-28', '2028-03-01') // 2
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The ISO weekday number of a date: 1 = Monday ... 7 = Sunday.
 * @throws RangeError when `date` is not a real `YYYY-MM-DD` date.
 */
export function isoWeekday(date: IsoDate): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  // 1970-01-01 was a Thursday (ISO 4); the modulo is made non-negative for earlier dates.
  return (((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/**
 * The weekday name of a date.
 * @throws RangeError when `date` is not a real `YYYY-MM-DD` date.
 * @example weekday('2026-01-05') // 'Monday'
 */
export function weekday(date: IsoDate): Weekday {
  return WEEKDAYS[isoWeekday(date) - 1] as Weekday;
}

/** Whether a date falls on a Saturday or Sunday. */
export function isWeekend(date: IsoDate): boolean {
  return isoWeekday(date) >= 6;
}
