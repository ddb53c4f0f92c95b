/**
 * Course schedule patterns. Each protocol's pattern lives in its record, as
 * `protocol.schedule.pattern` (typed in catalogue/types.ts); this file keeps the course-side names:
 * the pattern types re-exported, the twice-weekly default, the pattern without its citation, and
 * an index by protocol id of the built-in records' patterns.
 */
import { BUILTIN_CATALOGUE, PROTOCOLS_NOT_IN_CATALOGUE } from '../formulary/builtin.js';
import type { CitedPattern, SchedulePattern, Source, TaperPattern } from '../catalogue/types.js';
import { deepFreeze } from '../formulary/validate.js';

export { PATTERN_KINDS } from '../catalogue/types.js';
export type {
  ConsecutiveDaysRepeatedPattern,
  DailyPattern,
  EveryNDaysPattern,
  MonthlyPattern,
  PatternKind,
  PhasePattern,
  SchedulePattern,
  TaperPattern,
  TwiceWeeklyPattern,
  WeeklyPattern,
} from '../catalogue/types.js';

/** The default day offsets of a twice-weekly pattern (an even 3 + 4 day split of the week). */
export const DEFAULT_TWICE_WEEKLY_DAYS = [0, 3] as const;

/** A protocol's schedule as a pattern, with the minimum interval between sessions, each sourced. */
export interface CitedSchedule {
  readonly pattern: SchedulePattern;
  /** Shortest allowed time between consecutive sessions, in hours (sessions are whole days apart). */
  readonly minIntervalHours: number;
  /** Where the pattern comes from; `verified: false` where the text had to be interpreted. */
  readonly source: Source;
  /** How the minimum interval was found (the reference states none: all are 'derived'). */
  readonly minIntervalSource: Source;
  /**
   * `true` when the protocol's session count is per visit and its source sets no course length
   * (boosters, repeats at the specialist's decision): the course-length check is then a note.
   */
  readonly openEnded: boolean;
}

/** A protocol record's pattern without its citation: the days alone, as a course shows them. */
export function patternOf(cited: CitedPattern): SchedulePattern {
  const { minIntervalHours: _hours, source: _source, minIntervalSource: _intervalSource, openEnded: _openEnded, ...pattern } = cited;
  return pattern;
}

function toCitedSchedule(cited: CitedPattern): CitedSchedule {
  return {
    pattern: patternOf(cited),
    minIntervalHours: cited.minIntervalHours,
    source: cited.source,
    minIntervalSource: cited.minIntervalSource,
    openEnded: cited.openEnded,
  };
}

let schedules: Readonly<Record<string, CitedSchedule>> | undefined;

/**
 * The cited pattern of every protocol record that has one, keyed by protocol id: the built-in
 * catalogue's protocols, and the neridronate, alendronate and clodronate records not yet in it.
 * An index for lookups by id; planning reads the pattern from the protocol record itself. Built and
 * frozen on the first call, not at import (no planner reads it).
 * @example citedSchedules()['ketamine-clinic-course-2x3']?.pattern.kind // 'twice-weekly'
 */
export function citedSchedules(): Readonly<Record<string, CitedSchedule>> {
  return (schedules ??= deepFreeze(
    Object.fromEntries(
      [...BUILTIN_CATALOGUE.protocols, ...PROTOCOLS_NOT_IN_CATALOGUE].flatMap((p) =>
        p.schedule.pattern === undefined ? [] : [[p.id, toCitedSchedule(p.schedule.pattern)] as const],
      ),
    ),
  ));
}

/**
 * The cited schedule of a protocol record, or `undefined` when there is none.
 * @example citedSchedule('ketamine-clinic-course-2x3')?.pattern // { kind: 'twice-weekly', weeks: 3 }
 */
export function citedSchedule(protocolId: string): CitedSchedule | undefined {
  const all = citedSchedules();
  return Object.hasOwn(all, protocolId) ? all[protocolId] : undefined;
}

function isTaperSchedule(s: CitedSchedule | undefined): s is CitedSchedule & { readonly pattern: TaperPattern } {
  return s?.pattern.kind === 'taper';
}

function taperSchedule(protocolId: string): CitedSchedule & { readonly pattern: TaperPattern } {
  const s = citedSchedule(protocolId);
  // A bug in the built-in data, caught by tests/course/patterns.test.ts.
  if (!isTaperSchedule(s)) throw new Error(`built-in protocol ${protocolId} has no taper pattern`);
  return s;
}

/**
 * The Getson (Drexel) booster taper: the `ketamine-booster-getson` record's pattern, cited.
 * @example getsonTaper().pattern.phases.length // the taper's phases
 */
export function getsonTaper(): CitedSchedule & { readonly pattern: TaperPattern } {
  return taperSchedule('ketamine-booster-getson');
}
