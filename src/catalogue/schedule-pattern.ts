/**
 * The shape of a protocol's schedule pattern: which days of a course carry a session, counted from
 * a start date, and the minimum interval between sessions, each sourced.
 *
 * A pattern holds no clinical number of its own: the counts come from the protocol's schedule text
 * and its source. Semantics (day 0 is the start date; every pattern's sessions are strictly increasing):
 * - `twice-weekly`: in each of `weeks` active weeks, sessions on the two day offsets `days`
 *   (default `[0, 3]`: e.g. Monday and Thursday from a Monday, the most even split of 7 days). The
 *   offsets count from the start date, not from a Monday. Active weeks are `everyWeeks` apart
 *   (default 1; 2 = every other week). Span: `weeks x everyWeeks` weeks.
 * - `daily`: `days` sessions on consecutive days. Span: `days` days.
 * - `consecutive-days-repeated`: `repeats` blocks in all (not "extra" repeats: `repeats: 2` is
 *   the block and one repeat), each of `days` consecutive days, with `gapDays` days without a
 *   session between blocks. Span: `repeats x (days + gapDays)` days.
 * - `weekly`: `count` sessions 7 days apart. Span: `count` weeks.
 * - `monthly`: `count` sessions `everyMonths` calendar months apart (default 1), each computed
 *   from the start date with the end-of-month rule (from 2026-01-31: 01-31, 02-28, 03-31, 04-30).
 *   Span: `count x everyMonths` months.
 * - `every-n-days`: `count` sessions `n` days apart. Span: `count x n` days.
 * - `taper`: the phases one after another; each phase starts where the previous one's span ends
 *   (each phase lasts its stated time, as in "... for 1 month, then ..."). Phases may not be tapers.
 */
import type { Source } from './types.js';

/** The pattern kinds. */
export const PATTERN_KINDS = ['twice-weekly', 'daily', 'consecutive-days-repeated', 'weekly', 'monthly', 'every-n-days', 'taper'] as const;
/** A pattern kind from {@link PATTERN_KINDS}. */
export type PatternKind = (typeof PATTERN_KINDS)[number];

/** Two sessions a week on two day offsets (0-6 from the start of each active week). */
export interface TwiceWeeklyPattern {
  readonly kind: 'twice-weekly';
  readonly weeks: number;
  /** Day offsets within each active week, strictly increasing, 0-6. Default `[0, 3]`. */
  readonly days?: readonly [number, number];
  /** Weeks between active weeks: 1 every week (default), 2 every other week. */
  readonly everyWeeks?: number;
}
/** One session a day on consecutive days. */
export interface DailyPattern {
  readonly kind: 'daily';
  readonly days: number;
}
/** Blocks of consecutive days, `repeats` blocks in all, `gapDays` days apart. */
export interface ConsecutiveDaysRepeatedPattern {
  readonly kind: 'consecutive-days-repeated';
  readonly days: number;
  /** Number of blocks in all (2 = a block and one repeat). */
  readonly repeats: number;
  readonly gapDays: number;
}
/** One session a week. */
export interface WeeklyPattern {
  readonly kind: 'weekly';
  readonly count: number;
}
/** One session every `everyMonths` calendar months (default 1), with the end-of-month rule. */
export interface MonthlyPattern {
  readonly kind: 'monthly';
  readonly count: number;
  readonly everyMonths?: number;
}
/** One session every `n` days. */
export interface EveryNDaysPattern {
  readonly kind: 'every-n-days';
  readonly n: number;
  readonly count: number;
}
/** A pattern that can be a phase of a taper: anything but a taper. */
export type PhasePattern = TwiceWeeklyPattern | DailyPattern | ConsecutiveDaysRepeatedPattern | WeeklyPattern | MonthlyPattern | EveryNDaysPattern;
/** Phases one after another, each starting where the previous one's span ends. */
export interface TaperPattern {
  readonly kind: 'taper';
  readonly phases: readonly PhasePattern[];
}
/** A course schedule pattern. */
export type SchedulePattern = PhasePattern | TaperPattern;

/** What a protocol's pattern carries besides its days: the minimum interval and the sources. */
export interface PatternCitation {
  /** Shortest allowed time between consecutive sessions, in whole hours (sessions are whole days apart). */
  readonly minIntervalHours: number;
  /** Where the pattern comes from; `verified: false` where the schedule text had to be interpreted. */
  readonly source: Source;
  /** How the minimum interval was found (the reference states none for the built-in protocols: all are 'derived'). */
  readonly minIntervalSource: Source;
  /**
   * `true` when the protocol's session count is per visit and its source sets no course length
   * (boosters, repeats at the specialist's decision): the course-length check is then a note.
   */
  readonly openEnded: boolean;
}

/** A protocol's schedule pattern with its citation: a {@link SchedulePattern} by kind, plus {@link PatternCitation}. */
export type CitedPattern = SchedulePattern & PatternCitation;
