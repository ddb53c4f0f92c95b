/**
 * A pattern expanded into dated sessions: nominal days (day numbers) first, then the weekend rule,
 * then the calendar dates.
 */
import { MAX_DAY_NUMBER, addMonths, fromDayNumber, isMonthEndClamped, isWeekend, toDayNumber, weekday } from '../dates/index.js';
import { DEFAULT_TWICE_WEEKLY_DAYS, type PhasePattern, type SchedulePattern } from './patterns.js';
import type { CourseSession } from './types.js';

/** A session day the pattern gives, before any weekend move. */
interface Nominal {
  readonly day: number;
  readonly phase?: number;
  readonly monthEndClamped?: true;
}

/** A generous upper bound, in days, on how far a pattern reaches past its start (months as 31 days). */
function reachDays(p: SchedulePattern): number {
  switch (p.kind) {
    case 'twice-weekly':
      return p.weeks * (p.everyWeeks ?? 1) * 7;
    case 'daily':
      return p.days;
    case 'consecutive-days-repeated':
      return p.repeats * (p.days + p.gapDays);
    case 'weekly':
      return p.count * 7;
    case 'monthly':
      return p.count * (p.everyMonths ?? 1) * 31;
    case 'every-n-days':
      return p.count * p.n;
    case 'taper':
      return p.phases.reduce((sum, phase) => sum + reachDays(phase), 0);
  }
}

/** The number of sessions a pattern gives. */
function sessionCount(p: SchedulePattern): number {
  switch (p.kind) {
    case 'twice-weekly':
      return p.weeks * 2;
    case 'daily':
      return p.days;
    case 'consecutive-days-repeated':
      return p.days * p.repeats;
    case 'weekly':
    case 'monthly':
    case 'every-n-days':
      return p.count;
    case 'taper':
      return p.phases.reduce((sum, phase) => sum + sessionCount(phase), 0);
  }
}

/** The nominal days of one phase from `start`, and the day its span ends (the next phase's start). */
function expandPhase(p: PhasePattern, start: number): Expanded {
  switch (p.kind) {
    case 'twice-weekly':
      return twiceWeekly(p, start);
    case 'daily':
      return evenlySpaced(start, 1, p.days);
    case 'consecutive-days-repeated':
      return consecutiveRepeated(p, start);
    case 'weekly':
      return evenlySpaced(start, 7, p.count);
    case 'every-n-days':
      return evenlySpaced(start, p.n, p.count);
    case 'monthly':
      return monthly(p, start);
  }
}

/** A phase's nominal days and the day its span ends. */
interface Expanded {
  readonly days: Nominal[];
  readonly end: number;
}

type PhaseOf<K extends PhasePattern['kind']> = Extract<PhasePattern, { kind: K }>;

/** `count` sessions `every` days apart from `start`; the span ends `every` days after the last. */
function evenlySpaced(start: number, every: number, count: number): Expanded {
  const days: Nominal[] = [];
  for (let i = 0; i < count; i++) days.push({ day: start + every * i });
  return { days, end: start + every * count };
}

/** Two days a week (by default the pattern's default pair), every `everyWeeks` weeks. */
function twiceWeekly(p: PhaseOf<'twice-weekly'>, start: number): Expanded {
  const days: Nominal[] = [];
  const [a, b] = p.days ?? DEFAULT_TWICE_WEEKLY_DAYS;
  const every = p.everyWeeks ?? 1;
  for (let w = 0; w < p.weeks; w++) {
    days.push({ day: start + 7 * every * w + a }, { day: start + 7 * every * w + b });
  }
  return { days, end: start + 7 * every * p.weeks };
}

/** Runs of consecutive days, each run followed by `gapDays` without a session. */
function consecutiveRepeated(p: PhaseOf<'consecutive-days-repeated'>, start: number): Expanded {
  const days: Nominal[] = [];
  const period = p.days + p.gapDays;
  for (let r = 0; r < p.repeats; r++) for (let i = 0; i < p.days; i++) days.push({ day: start + r * period + i });
  return { days, end: start + p.repeats * period };
}

/** The same day of the month every `everyMonths` months. */
function monthly(p: PhaseOf<'monthly'>, start: number): Expanded {
  const days: Nominal[] = [];
  // Each date from the phase's own anchor, so a clamp (31 Jan -> 28 Feb) never carries on.
  const anchor = fromDayNumber(start);
  const every = p.everyMonths ?? 1;
  for (let i = 0; i < p.count; i++) {
    const clamped = isMonthEndClamped(anchor, i * every);
    days.push({ day: toDayNumber(addMonths(anchor, i * every)), ...(clamped ? { monthEndClamped: true as const } : {}) });
  }
  return { days, end: toDayNumber(addMonths(anchor, p.count * every)) };
}

/** The nominal session days of a pattern from `start`, strictly increasing. */
function expand(p: SchedulePattern, start: number): Nominal[] {
  if (p.kind !== 'taper') return expandPhase(p, start).days;
  const all: Nominal[] = [];
  let at = start;
  p.phases.forEach((phase, index) => {
    const { days, end } = expandPhase(phase, at);
    for (const d of days) all.push({ ...d, phase: index });
    at = end;
  });
  return all;
}

/** A session day after the weekend rule. */
interface Placed {
  readonly day: number;
  /** The nominal day, when the weekend rule moved the session. */
  readonly from: number | undefined;
  readonly n: Nominal;
}

/**
 * Weekend rule: a session on a Saturday or Sunday moves to the next Monday, and every later session
 * moves by the same number of days, so that no interval the pattern sets is ever shortened (a
 * daily course from a Monday becomes Monday to Friday, then Monday on). Monthly dates drift later
 * by the days moved.
 */
function skipWeekends(days: readonly Nominal[]): Placed[] {
  let shift = 0;
  return days.map((n) => {
    let day = n.day + shift;
    while (isWeekend(fromDayNumber(day))) day++;
    shift = day - n.day;
    return { day, from: day === n.day ? undefined : n.day, n };
  });
}

/** `true` when a course from day number `start` could run past 9999-12-31. */
export function runsPastLastDate(pattern: SchedulePattern, start: number, weekendsSkipped: boolean): boolean {
  // Weekend moves add at most 2 days a session.
  const reach = reachDays(pattern) + (weekendsSkipped ? 2 * sessionCount(pattern) : 0);
  return start + reach > MAX_DAY_NUMBER;
}

/** The dated sessions of a pattern from day number `start`, numbered from 1. */
export function placeSessions(pattern: SchedulePattern, start: number, weekendsSkipped: boolean): CourseSession[] {
  const nominal = expand(pattern, start);
  const placed: Placed[] = weekendsSkipped ? skipWeekends(nominal) : nominal.map((n) => ({ day: n.day, from: undefined, n }));
  return placed.map((s, i) => {
    const date = fromDayNumber(s.day);
    return {
      number: i + 1,
      date,
      weekday: weekday(date),
      ...(s.n.phase !== undefined ? { phase: s.n.phase } : {}),
      ...(s.from !== undefined ? { movedFrom: fromDayNumber(s.from) } : {}),
      ...(s.n.monthEndClamped === true ? { monthEndClamped: true as const } : {}),
    };
  });
}
