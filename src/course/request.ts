/**
 * A course request past the strict schema: its dates read, its protocol found in the catalogue with
 * the pattern the protocol record carries, and its pattern (from the input, or the protocol's) checked.
 */
import type { Catalogue, CitedPattern, Protocol } from '../catalogue/types.js';
import type { ParsedCourseInput, ParsedPattern, ParsedPhase } from '../schema/course.js';
import { type Issue, describeReceived } from '../types/issues.js';
import { type IsoDate, isIsoDate, toDayNumber } from '../dates/index.js';
import { type PhasePattern, type SchedulePattern, patternOf } from './patterns.js';

/** A course request ready to plan. */
export interface CourseRequest {
  readonly protocol: Protocol;
  /** The protocol's pattern with its minimum interval and sources (`protocol.schedule.pattern`). */
  readonly cited: CitedPattern;
  /** The input's pattern, or the protocol's cited one. */
  readonly pattern: SchedulePattern;
  readonly startDate: IsoDate;
  readonly sessionsGiven: readonly IsoDate[];
  /** The local time every planned session starts (`HH:MM`), when given. */
  readonly sessionTime?: string;
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The time of day, when given, must be HH:MM (00:00-23:59). */
function timeIssues(time: string | undefined): Issue[] {
  if (time === undefined || TIME_OF_DAY.test(time)) return [];
  return [
    {
      code: 'invalid_date',
      path: ['sessionTime'],
      message: 'sessionTime is the local time of day each session starts, written HH:MM (for example 09:30).',
      expected: 'HH:MM',
      received: describeReceived(time),
    },
  ];
}

/** Issues with the start date and the dates of sessions already given (real dates, strictly increasing). */
function dateIssues(startDate: string, given: readonly string[]): Issue[] {
  const issues: Issue[] = [];
  if (!isIsoDate(startDate)) {
    issues.push({
      code: 'invalid_date',
      path: ['startDate'],
      message: 'startDate must be a real calendar date written YYYY-MM-DD (for example 2026-01-05).',
      expected: 'YYYY-MM-DD',
      received: describeReceived(startDate),
    });
  }
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
  return issues;
}

/** The protocol and the pattern its record carries, with an issue for whichever is missing. */
function findProtocol(id: string, catalogue: Catalogue, issues: Issue[]): { protocol?: Protocol; cited?: CitedPattern } {
  const protocol = catalogue.protocols.find((p) => p.id === id);
  if (protocol === undefined) {
    issues.push({
      code: 'unknown_protocol',
      path: ['protocol'],
      message: `No protocol "${id}" in catalogue ${catalogue.id}; use a protocol id from the catalogue.`,
      received: describeReceived(id),
    });
    return {};
  }
  const cited = protocol.schedule.pattern;
  if (cited === undefined) {
    issues.push({
      code: 'no_schedule_pattern',
      path: ['protocol'],
      message: `Protocol "${protocol.id}" has no cited schedule pattern or minimum interval; add one before planning its course.`,
    });
    return { protocol };
  }
  return { protocol, cited };
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

/** An issue when a twice-weekly pattern's two day offsets are not strictly increasing. */
function twiceWeeklyIssue(p: SchedulePattern, path: readonly (string | number)[]): Issue[] {
  if (p.kind !== 'twice-weekly' || p.days === undefined || p.days[0] < p.days[1]) return [];
  return [
    {
      code: 'invalid_pattern',
      path: [...path, 'days'],
      message: 'The two day offsets of a twice-weekly pattern must be different and in increasing order, e.g. [0, 3].',
      received: JSON.stringify(p.days),
    },
  ];
}

/** Issues with an input pattern: the pattern itself, then each phase of a taper. */
function patternIssues(p: SchedulePattern): Issue[] {
  const phases = p.kind === 'taper' ? p.phases.flatMap((ph, i) => twiceWeeklyIssue(ph, ['pattern', 'phases', i])) : [];
  return [...twiceWeeklyIssue(p, ['pattern']), ...phases];
}

/**
 * Reads a parsed course request against a catalogue: dates, protocol, the protocol's pattern, the
 * input's pattern.
 * @returns the request, or every issue found (dates, then protocol, then pattern).
 */
export function readCourseRequest(data: ParsedCourseInput, catalogue: Catalogue): { ok: true; request: CourseRequest } | { ok: false; issues: Issue[] } {
  const given = data.sessionsGiven ?? [];
  const issues = [...dateIssues(data.startDate, given), ...timeIssues(data.sessionTime)];
  const { protocol, cited } = findProtocol(data.protocol, catalogue, issues);
  const inputPattern = data.pattern === undefined ? undefined : toPattern(data.pattern);
  if (inputPattern !== undefined) issues.push(...patternIssues(inputPattern));
  const pattern = inputPattern ?? (cited === undefined ? undefined : patternOf(cited));
  if (issues.length > 0 || protocol === undefined || cited === undefined || pattern === undefined) return { ok: false, issues };
  return {
    ok: true,
    request: {
      protocol,
      cited,
      pattern,
      startDate: data.startDate,
      sessionsGiven: given,
      ...(data.sessionTime !== undefined ? { sessionTime: data.sessionTime } : {}),
    },
  };
}
