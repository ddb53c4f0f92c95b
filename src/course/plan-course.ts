/**
 * Course planning: the dated sessions of a protocol's course from a start date and a schedule
 * pattern, with checks on the interval between sessions and on the course length.
 * `planCourse` never throws for bad input: every problem is a coded issue. It reads no clock.
 */
import type { CourseRequest as CourseRequestInput } from '../types/requests.js';
import { REQUEST_BOUNDS } from '../types/input-limits.js';
import { BUILTIN_CATALOGUE } from '../formulary/builtin.js';
import { enterWithCatalogue } from '../formulary/entry.js';
import { deepFreeze } from '../types/freeze.js';
import type { Catalogue } from '../catalogue/types.js';
import { type Issue, describeReceived, refusalIssues } from '../types/issues.js';
import { type ParsedCourseInput, courseInputShape as inputShape, infusionProtoIssues, mapCourseIssue as mapIssue } from '../schema/course.js';
import { withoutEchoes } from '../schema/zod-issues.js';
import { COURSE_RULES } from './checks.js';
import { type RefusalPaths, judge, refusalsOf } from '../rules/rule.js';
import { toDayNumber } from '../dates/index.js';
import { placeSessions, runsPastLastDate } from './expand.js';
import { type CourseRequest, readCourseRequest } from './request.js';
import { type CourseTotals, courseTotals } from './totals.js';
import type { Course, CourseCheck, CourseResult, CourseSession } from './types.js';

export type { Course, CourseCheck, CourseResult, CourseSession } from './types.js';

function fail(issues: readonly Issue[]): CourseResult {
  return { ok: false, issues: refusalIssues(issues) };
}

/**
 * Plans the dated sessions of a course against a catalogue.
 *
 * @param input - Untrusted input: `{ protocol, startDate: 'YYYY-MM-DD', pattern?, sessionsGiven?: ['YYYY-MM-DD', ...], skipWeekends?, sessionTime?: 'HH:MM', infusion? }`.
 *   Without `pattern` the protocol's own pattern (`schedule.pattern` of its record) is used. `sessionsGiven` are
 *   sessions already given (strictly increasing): they count in the interval check, not in the
 *   course length. With `skipWeekends`, a session on a weekend moves to the Monday and later ones
 *   move with it. With `infusion`, each session is planned against the same catalogue and the course totalled;
 *   each session's windowed limits count the sessions given and planned before it (at `sessionTime` when given,
 *   otherwise by date, conservatively).
 * @param catalogue - The catalogue the protocol is found in (the built-in one by default), as for `planInfusion`.
 * @returns `{ ok: true, course }`, or `{ ok: false, issues }` for bad input or a hard finding (two
 *   sessions on one day). Codes: `invalid_type`, `required`, `unknown_key`, `invalid_value`,
 *   `invalid_date`, `unknown_protocol`, `unknown_pattern`, `no_schedule_pattern` (a protocol
 *   without a pattern), `invalid_pattern`, `sessions_given_not_increasing`, `date_out_of_range`,
 *   `sessions_on_same_day`.
 * @example
 * planCourse({ protocol: 'ketamine-clinic-course-2x3', startDate: '2026-01-05' })
 * // course.sessions dates: 2026-01-05, 01-08, 01-12, 01-15, 01-19, 01-22
 */
export function planCourse(input: CourseRequestInput, catalogue: Catalogue = BUILTIN_CATALOGUE): CourseResult {
  return deepFreeze(enterWithCatalogue(input, catalogue, planCoursePlain, REQUEST_BOUNDS));
}

function planCoursePlain(input: unknown, catalogue: Catalogue): CourseResult {
  const parsed = inputShape.safeParse(input, { reportInput: true });
  if (!parsed.success) return fail(withoutEchoes(parsed.error.issues).flatMap((i) => mapIssue(i, input)));
  const proto = infusionProtoIssues(input);
  if (proto.length > 0) return fail(proto);
  const read = readCourseRequest(parsed.data, catalogue);
  if (!read.ok) return fail(read.issues);
  const { request } = read;

  const weekendsSkipped = parsed.data.skipWeekends === true;
  const start = toDayNumber(request.startDate);
  if (runsPastLastDate(request.pattern, start, weekendsSkipped)) return fail([dateOutOfRangeIssue(request.startDate)]);
  const sessions = placeSessions(request.pattern, start, weekendsSkipped);

  const paths: RefusalPaths = new Map();
  const checks = courseChecks(request, sessions, parsed.data.pattern !== undefined, paths);
  let totals: CourseTotals | undefined;
  if (parsed.data.infusion !== undefined) {
    const r = courseTotals(parsed.data.infusion, request.protocol.id, sessions, catalogue, request.sessionsGiven, request.sessionTime);
    if (!r.ok) return fail(r.issues);
    totals = r.totals;
    checks.push(...judge(COURSE_RULES.totals, { total: totals.course, sessionCount: sessions.length }, paths));
  }

  const hard = refusalsOf(checks, paths);
  if (hard.length > 0) return fail(hard);
  return { ok: true, course: presentCourse(request, parsed.data, sessions, checks, totals, catalogue) };
}

function dateOutOfRangeIssue(startDate: string): Issue {
  return {
    code: 'date_out_of_range',
    path: ['startDate'],
    message: 'The course would run past 9999-12-31; check the start date.',
    received: describeReceived(startDate),
  };
}

/** The course rules in order: intervals, length, the pattern's source, weekend moves, month ends. */
function courseChecks(request: CourseRequest, sessions: readonly CourseSession[], patternFromInput: boolean, paths: RefusalPaths): CourseCheck[] {
  const { cited } = request;
  return judge(
    COURSE_RULES.course,
    {
      planned: sessions,
      given: request.sessionsGiven,
      minimum: { hours: cited.minIntervalHours, source: cited.minIntervalSource },
      protocol: request.protocol,
      openEnded: cited.openEnded,
      patternFromInput,
      patternSource: cited.source,
    },
    paths,
  );
}

function presentCourse(
  request: CourseRequest,
  data: ParsedCourseInput,
  sessions: readonly CourseSession[],
  checks: readonly CourseCheck[],
  totals: CourseTotals | undefined,
  catalogue: Catalogue,
): Course {
  return {
    protocol: request.protocol.id,
    pattern: request.pattern,
    patternFrom: data.pattern === undefined ? 'protocol' : 'input',
    minIntervalHours: request.cited.minIntervalHours,
    sessions,
    sessionsGiven: [...request.sessionsGiven],
    ...(request.sessionTime !== undefined ? { sessionTime: request.sessionTime } : {}),
    checks,
    catalogue: { id: catalogue.id, version: catalogue.version },
    ...(totals ? { totals } : {}),
  };
}
