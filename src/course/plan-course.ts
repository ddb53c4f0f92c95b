/**
 * Course planning: the dated sessions of a protocol's course from a start date and a schedule
 * pattern, with checks on the interval between sessions and on the course length.
 * `planCourse` never throws for bad input: every problem is a coded issue. It reads no clock.
 */
import { BUILTIN_CATALOGUE } from '../catalogue/builtin.js';
import { dec } from '../decimal/index.js';
import { planInfusion } from '../plan/plan-infusion.js';
import type { Quantity } from '../units/index.js';
import { quantity } from '../units/quantity.js';
import type { Protocol, Source } from '../catalogue/types.js';
import { unverified } from '../checks/unverified.js';
import type { Check } from '../plan/types.js';
import { type Issue, type Issues, describeReceived } from '../schema/issues.js';
import { type ParsedPattern, type ParsedPhase, courseInputShape as inputShape, mapCourseIssue as mapIssue } from '../schema/course.js';
import {
  type IsoDate,
  MAX_DAY_NUMBER,
  type Weekday,
  addMonths,
  fromDayNumber,
  isIsoDate,
  isMonthEndClamped,
  isWeekend,
  toDayNumber,
  weekday,
} from './dates.js';
import {
  type CitedSchedule,
  DEFAULT_TWICE_WEEKLY_DAYS,
  type PhasePattern,
  type SchedulePattern,
  citedSchedule,
} from './patterns.js';

/** One dated session of a course. */
export interface CourseSession {
  /** 1-based number within the planned course (sessions already given are not counted). */
  readonly number: number;
  readonly date: IsoDate;
  readonly weekday: Weekday;
  /** For a taper: the 0-based phase the session belongs to. */
  readonly phase?: number;
  /** The date the pattern gave, when `skipWeekends` moved the session off a weekend. */
  readonly movedFrom?: IsoDate;
  /** `true` when the end-of-month rule put a monthly session on a month's last day. */
  readonly monthEndClamped?: true;
}

/** A course check: a {@link Check} that may name the two sessions it compares. */
export interface CourseCheck extends Check {
  /** The two consecutive session dates an interval check compares. */
  readonly between?: readonly [IsoDate, IsoDate];
}

/** A planned course. */
export interface Course {
  readonly protocol: string;
  readonly pattern: SchedulePattern;
  /** Where the pattern came from: the protocol's cited schedule or the input. */
  readonly patternFrom: 'protocol' | 'input';
  readonly minIntervalHours: number;
  readonly sessions: readonly CourseSession[];
  readonly sessionsGiven: readonly IsoDate[];
  readonly checks: readonly CourseCheck[];
  readonly catalogue: { readonly id: string; readonly version: string };
  /**
   * With `infusion`: each session planned at its date and number (no earlier responses are known,
   * so titrated doses are the protocol's or the clinician's), and the course total per agent.
   */
  readonly totals?: {
    readonly perSession: readonly { readonly number: number; readonly date: IsoDate; readonly dose: Quantity; readonly status: string }[];
    readonly course: Quantity;
  };
}

/** The result of {@link planCourse}. */
export type CourseResult = { readonly ok: true; readonly course: Course } | { readonly ok: false; readonly issues: Issues };

function fail(issues: readonly Issue[]): CourseResult {
  return { ok: false, issues: issues as unknown as Issues };
}

// ---------------------------------------------------------------------------------------------
// Expanding a pattern into nominal days (day numbers), before any weekend move.

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
function expandPhase(p: PhasePattern, start: number): { days: Nominal[]; end: number } {
  const days: Nominal[] = [];
  switch (p.kind) {
    case 'twice-weekly': {
      const [a, b] = p.days ?? DEFAULT_TWICE_WEEKLY_DAYS;
      const every = p.everyWeeks ?? 1;
      for (let w = 0; w < p.weeks; w++) {
        days.push({ day: start + 7 * every * w + a }, { day: start + 7 * every * w + b });
      }
      return { days, end: start + 7 * every * p.weeks };
    }
    case 'daily':
      for (let i = 0; i < p.days; i++) days.push({ day: start + i });
      return { days, end: start + p.days };
    case 'consecutive-days-repeated': {
      const period = p.days + p.gapDays;
      for (let r = 0; r < p.repeats; r++) for (let i = 0; i < p.days; i++) days.push({ day: start + r * period + i });
      return { days, end: start + p.repeats * period };
    }
    case 'weekly':
      for (let i = 0; i < p.count; i++) days.push({ day: start + 7 * i });
      return { days, end: start + 7 * p.count };
    case 'every-n-days':
      for (let i = 0; i < p.count; i++) days.push({ day: start + p.n * i });
      return { days, end: start + p.n * p.count };
    case 'monthly': {
      // Each date from the phase's own anchor, so a clamp (31 Jan -> 28 Feb) never carries on.
      const anchor = fromDayNumber(start);
      const every = p.everyMonths ?? 1;
      for (let i = 0; i < p.count; i++) {
        const clamped = isMonthEndClamped(anchor, i * every);
        days.push({ day: toDayNumber(addMonths(anchor, i * every)), ...(clamped ? { monthEndClamped: true as const } : {}) });
      }
      return { days, end: toDayNumber(addMonths(anchor, p.count * every)) };
    }
  }
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

/**
 * Weekend rule: a session on a Saturday or Sunday moves to the next Monday, and every later session
 * moves by the same number of days, so that no interval the pattern sets is ever shortened (a
 * daily course from a Monday becomes Monday to Friday, then Monday on). Monthly dates drift later
 * by the days moved.
 */
interface Placed {
  readonly day: number;
  /** The nominal day, when the weekend rule moved the session. */
  readonly from: number | undefined;
  readonly n: Nominal;
}

function skipWeekends(days: readonly Nominal[]): Placed[] {
  let shift = 0;
  return days.map((n) => {
    let day = n.day + shift;
    while (isWeekend(fromDayNumber(day))) day++;
    shift = day - n.day;
    return { day, from: day === n.day ? undefined : n.day, n };
  });
}


/** The parsed pattern as a {@link SchedulePattern}: optional fields absent rather than undefined. */
function toPhase(p: ParsedPhase): PhasePattern {
  if (p.kind === 'twice-weekly') {
    return {
      kind: p.kind,
      weeks: p.weeks,
      ...(p.days !== undefined ? { days: [p.days[0], p.days[1]] as const } : {}),
      ...(p.everyWeeks !== undefined ? { everyWeeks: p.everyWeeks } : {}),
    };
  }
  if (p.kind === 'monthly') {
    return { kind: p.kind, count: p.count, ...(p.everyMonths !== undefined ? { everyMonths: p.everyMonths } : {}) };
  }
  return { ...p };
}

function toPattern(p: ParsedPattern): SchedulePattern {
  return p.kind === 'taper' ? { kind: 'taper', phases: p.phases.map(toPhase) } : toPhase(p);
}

// ---------------------------------------------------------------------------------------------
// Checks.

function hours(value: number): { value: string; unit: 'h' } {
  return { value: String(value), unit: 'h' };
}

function intervalChecks(
  planned: readonly IsoDate[],
  given: readonly IsoDate[],
  cited: CitedSchedule,
): { checks: CourseCheck[]; hardPaths: Map<CourseCheck, readonly (string | number)[]> } {
  const min = cited.minIntervalHours;
  const source: Source = cited.minIntervalSource;
  const all = [
    ...given.map((date, i) => ({ date, path: ['sessionsGiven', i] as const })),
    ...planned.map((date, i) => ({ date, path: i === 0 ? (['startDate'] as const) : (['pattern'] as const) })),
  ].sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date));
  const checks: CourseCheck[] = [];
  const hardPaths = new Map<CourseCheck, readonly (string | number)[]>();
  let pairs = 0;
  for (let i = 1; i < all.length; i++) {
    const a = all[i - 1] as (typeof all)[number];
    const b = all[i] as (typeof all)[number];
    pairs++;
    const h = (toDayNumber(b.date) - toDayNumber(a.date)) * 24; // h = days x 24 h/day
    if (h >= min) continue;
    const sameDay = h === 0;
    const check: CourseCheck = {
      code: sameDay ? 'sessions_on_same_day' : 'interval_below_minimum',
      rule: 'course.min-interval',
      severity: sameDay ? 'hard' : 'soft',
      passed: false,
      observed: hours(h),
      limit: hours(min),
      source,
      between: [a.date, b.date],
      message: sameDay
        ? `Two sessions on ${a.date}: a course places at most one session a day. Move the start date or remove the duplicate.`
        : `${a.date} to ${b.date} is ${h} h, below the minimum interval of ${min} h for this protocol. Choose a later start date or pattern, or acknowledge the shorter interval.`,
    };
    checks.push(check);
    // Planned sessions never share a day, so a same-day pair holds a session already given.
    if (sameDay) hardPaths.set(check, a.path[0] === 'sessionsGiven' ? a.path : b.path);
  }
  if (checks.length === 0) {
    checks.push({
      code: 'interval_at_least_minimum',
      rule: 'course.min-interval',
      severity: 'soft',
      passed: true,
      limit: hours(min),
      source,
      message:
        pairs === 0
          ? 'Only one session: no interval to check.'
          : `All ${pairs} intervals between consecutive sessions${given.length > 0 ? ' (sessions already given included)' : ''} are at least ${min} h.`,
    });
  }
  if (pairs > 0) {
    const u = unverified('course.min-interval', 'The minimum interval between sessions', source);
    if (u !== undefined) checks.push(u);
  }
  return { checks, hardPaths };
}

function courseLengthCheck(protocol: Protocol, planned: number, cited: CitedSchedule | undefined): CourseCheck {
  const expected = protocol.schedule.sessions;
  const base = { rule: 'course.length', source: protocol.schedule.source } as const;
  const observed = { value: String(planned), unit: '{session}' };
  const limit = { value: String(expected), unit: '{session}' };
  if (cited?.openEnded === true) {
    return {
      ...base,
      code: 'course_length_open_ended',
      severity: 'info',
      passed: true,
      observed,
      message: `The protocol gives ${expected} session(s) per visit and no course length ("${protocol.schedule.description}"); ${planned} planned.`,
    };
  }
  if (planned === expected) {
    return { ...base, code: 'course_length_matches_protocol', severity: 'soft', passed: true, observed, limit, message: `${planned} session(s), as the protocol's course.` };
  }
  if (planned > expected) {
    return {
      ...base,
      code: 'course_longer_than_protocol',
      severity: 'soft',
      passed: false,
      observed,
      limit,
      message: `${planned} sessions planned; the protocol's course is ${expected} ("${protocol.schedule.description}"). Shorten the pattern or acknowledge the longer course.`,
    };
  }
  return {
    ...base,
    code: 'course_shorter_than_protocol',
    severity: 'info',
    passed: false,
    observed,
    limit,
    message: `${planned} session(s) planned; the protocol's course is ${expected} ("${protocol.schedule.description}").`,
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * Plans the dated sessions of a course.
 *
 * @param input - Untrusted input: `{ protocol, startDate: 'YYYY-MM-DD', pattern?, sessionsGiven?: ['YYYY-MM-DD', ...], skipWeekends? }`.
 *   Without `pattern` the protocol's cited pattern (`SCHEDULES` in patterns.ts) is used. `sessionsGiven` are
 *   sessions already given (strictly increasing): they count in the interval check, not in the
 *   course length. With `skipWeekends`, a session on a weekend moves to the Monday and later ones
 *   move with it.
 * @returns `{ ok: true, course }`, or `{ ok: false, issues }` for bad input or a hard finding (two
 *   sessions on one day). Codes: `invalid_type`, `required`, `unknown_key`, `invalid_value`,
 *   `invalid_date`, `unknown_protocol`, `unknown_pattern`, `no_schedule_pattern`,
 *   `invalid_pattern`, `sessions_given_not_increasing`, `date_out_of_range`, `sessions_on_same_day`.
 * @example
 * planCourse({ protocol: 'ketamine-clinic-course-2x3', startDate: '2026-01-05' })
 * // course.sessions dates: 2026-01-05, 01-08, 01-12, 01-15, 01-19, 01-22
 */
export function planCourse(input: unknown): CourseResult {
  const parsed = inputShape.safeParse(input, { reportInput: true });
  if (!parsed.success) return fail(parsed.error.issues.flatMap((i) => mapIssue(i, input)));
  const data = parsed.data;
  const issues: Issue[] = [];

  if (!isIsoDate(data.startDate)) {
    issues.push({
      code: 'invalid_date',
      path: ['startDate'],
      message: 'startDate must be a real calendar date written YYYY-MM-DD (for example 2026-01-05).',
      expected: 'YYYY-MM-DD',
      received: describeReceived(data.startDate),
    });
  }
  const given = data.sessionsGiven ?? [];
  given.forEach((d, i) => {
    if (!isIsoDate(d)) {
      issues.push({
        code: 'invalid_date',
        path: ['sessionsGiven', i],
        message: 'Each date in sessionsGiven must be a real calendar date written YYYY-MM-DD.',
        expected: 'YYYY-MM-DD',
        received: describeReceived(d),
      });
    } else if (i > 0) {
      const prev = given[i - 1] as string;
      if (isIsoDate(prev) && toDayNumber(d) <= toDayNumber(prev)) {
        issues.push({
          code: 'sessions_given_not_increasing',
          path: ['sessionsGiven', i],
          message: `sessionsGiven must be in date order with no repeats: ${d} comes after ${prev}.`,
        });
      }
    }
  });

  const protocol = BUILTIN_CATALOGUE.protocols.find((p) => p.id === data.protocol);
  if (protocol === undefined) {
    issues.push({
      code: 'unknown_protocol',
      path: ['protocol'],
      message: `No protocol "${data.protocol}" in catalogue ${BUILTIN_CATALOGUE.id}; use a protocol id from the catalogue.`,
      received: describeReceived(data.protocol),
    });
  }
  const cited = protocol === undefined ? undefined : citedSchedule(protocol.id);
  const inputPattern = data.pattern === undefined ? undefined : toPattern(data.pattern);
  const pattern: SchedulePattern | undefined = inputPattern ?? cited?.pattern;
  if (protocol !== undefined && cited === undefined) {
    issues.push({
      code: 'no_schedule_pattern',
      path: ['protocol'],
      message: `Protocol "${protocol.id}" has no cited schedule pattern or minimum interval; add one before planning its course.`,
    });
  }
  const twice = (p: SchedulePattern | undefined, path: (string | number)[]): void => {
    if (p?.kind === 'twice-weekly' && p.days !== undefined && p.days[0] >= p.days[1]) {
      issues.push({
        code: 'invalid_pattern',
        path: [...path, 'days'],
        message: 'The two day offsets of a twice-weekly pattern must be different and in increasing order, e.g. [0, 3].',
        received: JSON.stringify(p.days),
      });
    }
  };
  if (inputPattern !== undefined) {
    twice(inputPattern, ['pattern']);
    if (inputPattern.kind === 'taper') inputPattern.phases.forEach((ph, i) => twice(ph, ['pattern', 'phases', i]));
  }
  if (issues.length > 0 || protocol === undefined || cited === undefined || pattern === undefined) return fail(issues);

  const start = toDayNumber(data.startDate);
  // Weekend moves add at most 2 days a session.
  const reach = reachDays(pattern) + (data.skipWeekends === true ? 2 * sessionCount(pattern) : 0);
  if (start + reach > MAX_DAY_NUMBER) {
    return fail([
      {
        code: 'date_out_of_range',
        path: ['startDate'],
        message: 'The course would run past 9999-12-31; check the start date.',
        received: describeReceived(data.startDate),
      },
    ]);
  }

  const nominal = expand(pattern, start);
  const placed: Placed[] = data.skipWeekends === true ? skipWeekends(nominal) : nominal.map((n) => ({ day: n.day, from: undefined, n }));
  const sessions: CourseSession[] = placed.map((s, i) => {
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

  const checks: CourseCheck[] = [];
  const { checks: interval, hardPaths } = intervalChecks(
    sessions.map((s) => s.date),
    given,
    cited,
  );
  checks.push(...interval);
  checks.push(courseLengthCheck(protocol, sessions.length, cited));
  if (data.pattern === undefined) {
    const u = unverified('course.pattern', "The protocol's schedule pattern", cited.source);
    if (u !== undefined) checks.push(u);
  } else {
    checks.push({
      code: 'pattern_from_input',
      rule: 'course.pattern',
      severity: 'info',
      passed: true,
      message: "The pattern was given in the input, not taken from the protocol's cited schedule.",
    });
  }
  const moved = sessions.filter((s) => s.movedFrom !== undefined);
  if (moved.length > 0) {
    checks.push({
      code: 'weekend_sessions_moved',
      rule: 'course.skip-weekends',
      severity: 'info',
      passed: true,
      message: `${moved.length} session(s) moved from the pattern's date to keep off weekends (a session on a Saturday or Sunday moves to the Monday, and every later session by the same days): ${moved.map((s) => `${s.movedFrom} -> ${s.date}`).join(', ')}.`,
    });
  }
  const clamped = sessions.filter((s) => s.monthEndClamped === true);
  if (clamped.length > 0) {
    checks.push({
      code: 'month_end_clamped',
      rule: 'course.month-end',
      severity: 'info',
      passed: true,
      message: `The start day does not exist in every month, so the month's last day was used: ${clamped.map((s) => s.movedFrom ?? s.date).join(', ')}.`,
    });
  }

  // Course totals: every session planned with the same request at its own number and date.
  let totals: Course['totals'];
  if (data.infusion !== undefined) {
    const perSession: { number: number; date: IsoDate; dose: Quantity; status: string }[] = [];
    const sessionIssues: Issue[] = [];
    let unit = '';
    let sum = dec(0);
    for (const s of sessions) {
      const r = planInfusion({ ...data.infusion, protocol: protocol.id, session: s.number, date: s.date });
      if (!r.ok) {
        sessionIssues.push(...r.issues.map((x) => ({ ...x, path: ['infusion', ...x.path], session: s.number })));
        continue;
      }
      const dose = r.plan.agents[0]?.delivered.totalDose;
      if (!dose) continue;
      unit = dose.unit;
      sum = sum.add(dec(dose.value));
      perSession.push({ number: s.number, date: s.date, dose, status: r.plan.status });
    }
    if (sessionIssues.length > 0) return fail(sessionIssues);
    totals = { perSession, course: quantity(sum, unit) };
    checks.push({
      code: 'course_total',
      rule: 'course.total',
      severity: 'info',
      passed: true,
      observed: totals.course,
      message: `The course delivers ${totals.course.value} ${totals.course.unit} over ${sessions.length} sessions at the planned doses (titration from responses may change later doses).`,
    });
  }

  const hard = checks.filter((c) => c.severity === 'hard' && !c.passed);
  if (hard.length > 0) return fail(hard.map((c) => ({ ...c, path: hardPaths.get(c) ?? ['startDate'] })));

  return {
    ok: true,
    course: {
      protocol: protocol.id,
      pattern,
      patternFrom: data.pattern === undefined ? 'protocol' : 'input',
      minIntervalHours: cited.minIntervalHours,
      sessions,
      sessionsGiven: [...given],
      checks,
      catalogue: { id: BUILTIN_CATALOGUE.id, version: BUILTIN_CATALOGUE.version },
      ...(totals ? { totals } : {}),
    },
  };
}
