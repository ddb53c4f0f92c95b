/**
 * The course rules: the interval between consecutive sessions, the course length against the
 * protocol's, and the notes on where the pattern came from, weekend moves, month ends and totals,
 * as rule objects in the same form as the planner's table, run by the same evaluator (`judge`).
 */
import type { Protocol, Source } from '../catalogue/types.js';
import { unverified } from '../checks/unverified.js';
import { type InputPath, type Rule, at, rulesOf } from '../rules/rule.js';
import type { CheckCode } from '../types/codes.js';
import type { Quantity } from '../units/index.js';
import { type IsoDate, toDayNumber } from '../dates/index.js';
import type { CourseCheck, CourseSession } from './types.js';

type Path = readonly (string | number)[];

/** A session date with the input path a finding about it points to. */
interface DatedSession {
  readonly date: IsoDate;
  readonly path: Path;
}

function hours(value: number): { value: string; unit: 'h' } {
  return { value: String(value), unit: 'h' };
}

/** Sessions already given and planned sessions together, in date order. */
function inDateOrder(planned: readonly IsoDate[], given: readonly IsoDate[]): DatedSession[] {
  return [
    ...given.map((date, i) => ({ date, path: ['sessionsGiven', i] as const })),
    ...planned.map((date, i) => ({ date, path: i === 0 ? (['startDate'] as const) : (['pattern'] as const) })),
  ].sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date));
}

/** The finding for two consecutive sessions `h` hours apart, below the minimum `min`. */
function shortIntervalCheck(a: DatedSession, b: DatedSession, h: number, min: number, source: Source): CourseCheck {
  const sameDay = h === 0;
  return {
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
}

/** The passed check when no interval is below the minimum. */
function intervalsPassedCheck(pairs: number, min: number, source: Source, givenCount: number): CourseCheck {
  return {
    code: 'interval_at_least_minimum',
    rule: 'course.min-interval',
    severity: 'soft',
    passed: true,
    limit: hours(min),
    source,
    message:
      pairs === 0
        ? 'Only one session: no interval to check.'
        : `All ${pairs} intervals between consecutive sessions${givenCount > 0 ? ' (sessions already given included)' : ''} are at least ${min} h.`,
  };
}

/** Checks every interval between consecutive sessions (given and planned) against the minimum. */
export function intervalChecks(
  planned: readonly IsoDate[],
  given: readonly IsoDate[],
  minimum: { readonly hours: number; readonly source: Source },
): CourseCheck[] {
  const { hours: min, source } = minimum;
  const all = inDateOrder(planned, given);
  const pairs = Math.max(0, all.length - 1);
  const checks: CourseCheck[] = [];
  for (let i = 1; i < all.length; i++) {
    const a = all[i - 1] as DatedSession;
    const b = all[i] as DatedSession;
    const h = (toDayNumber(b.date) - toDayNumber(a.date)) * 24; // h = days x 24 h/day
    if (h < min) checks.push(shortIntervalCheck(a, b, h, min, source));
  }
  if (checks.length === 0) checks.push(intervalsPassedCheck(pairs, min, source, given.length));
  if (pairs > 0) {
    const u = unverified('course.min-interval', 'The minimum interval between sessions', source);
    if (u !== undefined) checks.push(u);
  }
  return checks;
}

/**
 * Where a same-day refusal points: the session of the pair that was already given (planned sessions
 * never share a day, so a same-day pair holds one), else the planned one's place in the input.
 */
function sameDayPath(planned: readonly IsoDate[], given: readonly IsoDate[], c: CourseCheck): InputPath {
  const all = inDateOrder(planned, given);
  for (let i = 1; i < all.length; i++) {
    const a = all[i - 1] as DatedSession;
    const b = all[i] as DatedSession;
    if (a.date === c.between?.[0] && b.date === c.between[1]) return a.path[0] === 'sessionsGiven' ? a.path : b.path;
  }
  return ['startDate'];
}

/** The planned session count against the protocol's course (a note when the course is open-ended). */
export function courseLengthCheck(protocol: Protocol, planned: number, openEnded: boolean): CourseCheck {
  const expected = protocol.schedule.sessions;
  const base = { rule: 'course.length', source: protocol.schedule.source } as const;
  const observed = { value: String(planned), unit: '{session}' };
  const limit = { value: String(expected), unit: '{session}' };
  if (openEnded) {
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
    return {
      ...base,
      code: 'course_length_matches_protocol',
      severity: 'soft',
      passed: true,
      observed,
      limit,
      message: `${planned} session(s), as the protocol's course.`,
    };
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

/** Where the pattern came from: a note for an input pattern, or the protocol pattern's unverified data. */
export function patternSourceCheck(fromInput: boolean, protocolPatternSource: Source): CourseCheck | undefined {
  if (!fromInput) return unverified('course.pattern', "The protocol's schedule pattern", protocolPatternSource);
  return {
    code: 'pattern_from_input',
    rule: 'course.pattern',
    severity: 'info',
    passed: true,
    message: "The pattern was given in the input, not taken from the protocol's cited schedule.",
  };
}

/** A note listing the sessions the weekend rule moved, when it moved any. */
export function weekendMovesCheck(sessions: readonly CourseSession[]): CourseCheck | undefined {
  const moved = sessions.filter((s) => s.movedFrom !== undefined);
  if (moved.length === 0) return undefined;
  return {
    code: 'weekend_sessions_moved',
    rule: 'course.skip-weekends',
    severity: 'info',
    passed: true,
    message: `${moved.length} session(s) moved from the pattern's date to keep off weekends (a session on a Saturday or Sunday moves to the Monday, and every later session by the same days): ${moved.map((s) => `${s.movedFrom} -> ${s.date}`).join(', ')}.`,
  };
}

/** A note listing the monthly sessions put on a month's last day, when there are any. */
export function monthEndCheck(sessions: readonly CourseSession[]): CourseCheck | undefined {
  const clamped = sessions.filter((s) => s.monthEndClamped === true);
  if (clamped.length === 0) return undefined;
  return {
    code: 'month_end_clamped',
    rule: 'course.month-end',
    severity: 'info',
    passed: true,
    message: `The start day does not exist in every month, so the month's last day was used: ${clamped.map((s) => s.movedFrom ?? s.date).join(', ')}.`,
  };
}

/** A note with the course total. */
export function courseTotalCheck(total: Quantity, sessionCount: number): CourseCheck {
  return {
    code: 'course_total',
    rule: 'course.total',
    severity: 'info',
    passed: true,
    observed: total,
    message: `The course delivers ${total.value} ${total.unit} over ${sessionCount} sessions at the planned doses (titration from responses may change later doses).`,
  };
}

/** What the course rules read: the sessions planned and given, the protocol's minimum interval and course, and the schedule's provenance. */
export interface CoursePhase {
  readonly planned: readonly CourseSession[];
  readonly given: readonly IsoDate[];
  readonly minimum: { readonly hours: number; readonly source: Source };
  readonly protocol: Protocol;
  readonly openEnded: boolean;
  readonly patternFromInput: boolean;
  readonly patternSource: Source;
}

/** What the course total rule reads: the course total and the number of sessions. */
export interface CourseTotalPhase {
  readonly total: Quantity;
  readonly sessionCount: number;
}

const courseRule = /* @__PURE__ */ rulesOf<CoursePhase, CourseCheck>();
const totalRule = /* @__PURE__ */ rulesOf<CourseTotalPhase, CourseCheck>();
const some = (c: CourseCheck | undefined): CourseCheck[] => (c === undefined ? [] : [c]);
const dates = (sessions: readonly CourseSession[]): IsoDate[] => sessions.map((s) => s.date);

/** The course rules, phase by phase, in the order the course shows their findings. */
export const COURSE_RULES: {
  readonly course: readonly Rule<CoursePhase, CheckCode, CourseCheck>[];
  readonly totals: readonly Rule<CourseTotalPhase, CheckCode, CourseCheck>[];
} = {
  course: [
    /* @__PURE__ */ courseRule({
      id: 'course.min-interval',
      codes: ['sessions_on_same_day', 'interval_below_minimum', 'interval_at_least_minimum', 'unverified_data'],
      severity: { sessions_on_same_day: 'hard', interval_below_minimum: 'soft', interval_at_least_minimum: 'soft', unverified_data: 'info' },
      path: (f, c) => (c.code === 'sessions_on_same_day' ? sameDayPath(dates(f.planned), f.given, c) : ['startDate']),
      reads: ['planned', 'given', 'minimum'],
      source: "The protocol's minimum-interval source (schedule.pattern.minIntervalSource).",
      evaluate: ({ planned, given, minimum }) => intervalChecks(dates(planned), given, minimum),
    }),
    /* @__PURE__ */ courseRule({
      id: 'course.length',
      codes: ['course_length_open_ended', 'course_length_matches_protocol', 'course_longer_than_protocol', 'course_shorter_than_protocol'],
      severity: {
        course_length_open_ended: 'info',
        course_length_matches_protocol: 'soft',
        course_longer_than_protocol: 'soft',
        course_shorter_than_protocol: 'info',
      },
      path: at('pattern'),
      reads: ['protocol.schedule', 'planned', 'openEnded'],
      source: "The protocol's schedule source.",
      evaluate: ({ protocol, planned, openEnded }) => [courseLengthCheck(protocol, planned.length, openEnded)],
    }),
    /* @__PURE__ */ courseRule({
      id: 'course.pattern',
      codes: ['pattern_from_input', 'unverified_data'],
      severity: 'info',
      path: at('pattern'),
      reads: ['patternFromInput', 'patternSource'],
      source: "The protocol's schedule pattern source, or none for a pattern given in the input.",
      evaluate: ({ patternFromInput, patternSource }) => some(patternSourceCheck(patternFromInput, patternSource)),
    }),
    /* @__PURE__ */ courseRule({
      id: 'course.skip-weekends',
      codes: ['weekend_sessions_moved'],
      severity: 'info',
      path: at('skipWeekends'),
      reads: ['planned'],
      source: 'None: a note listing the sessions moved off weekends.',
      evaluate: ({ planned }) => some(weekendMovesCheck(planned)),
    }),
    /* @__PURE__ */ courseRule({
      id: 'course.month-end',
      codes: ['month_end_clamped'],
      severity: 'info',
      path: at('startDate'),
      reads: ['planned'],
      source: "None: a note listing the sessions put on a month's last day.",
      evaluate: ({ planned }) => some(monthEndCheck(planned)),
    }),
  ],
  totals: [
    /* @__PURE__ */ totalRule({
      id: 'course.total',
      codes: ['course_total'],
      severity: 'info',
      path: at('infusion'),
      reads: ['total', 'sessionCount'],
      source: "Each session's plan (the infusion planned at its date).",
      evaluate: ({ total, sessionCount }) => [courseTotalCheck(total, sessionCount)],
    }),
  ],
};
