/**
 * The door for a patient's earlier sessions (`history`): untrusted entries enter here once and
 * leave as typed, exact sessions, oldest first, or as a list of coded issues. The titration engine
 * (src/titration/decide.ts) reads only what this file returns and never re-validates it.
 *
 * No clock is read: a date is checked as a real calendar date and against its neighbours, never
 * against "today".
 */
import * as z from 'zod/mini';
import { type Dec, type NumberProblem, readDecimal } from '../decimal/index.js';
import { DOSE_UNIT_CODES, type DoseUnit, readDoseUnit } from '../units/index.js';
import { MAX_SESSION } from './constants.js';
import type { Parsed } from './input.js';
import { type Issue, type Issues, describeReceived } from './issues.js';
import { mapZodIssue } from './zod-issues.js';

/** Severities of an adverse event, mildest first. */
export const ADVERSE_EVENT_SEVERITIES = ['mild', 'moderate', 'severe'] as const;
/** An adverse-event severity from {@link ADVERSE_EVENT_SEVERITIES}. */
export type AdverseEventSeverity = (typeof ADVERSE_EVENT_SEVERITIES)[number];

const quantityShape = z.strictObject({ value: z.unknown(), unit: z.string() });

/** The shape of one history entry (numbers, dates and units are checked after it). */
const entryShape = z.strictObject({
  date: z.string(),
  protocol: z.string(),
  session: z.unknown(),
  given: z.strictObject({
    rate: z.optional(quantityShape),
    total: z.optional(quantityShape),
  }),
  pain: z.optional(z.strictObject({ before: z.unknown(), after: z.unknown() })),
  reliefPercent: z.optional(z.unknown()),
  adverseEvents: z.optional(
    z.array(z.strictObject({ kind: z.string(), severity: z.enum(ADVERSE_EVENT_SEVERITIES) })),
  ),
  completed: z.boolean(),
  stoppedReason: z.optional(z.string()),
});

const historyShape = z.array(z.unknown());

/** An adverse event recorded for a session. */
export interface AdverseEvent {
  readonly kind: string;
  readonly severity: AdverseEventSeverity;
}

/** One earlier session past the door: exact values, units read, date checked. */
export interface HistorySession {
  /** Calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly protocol: string;
  /** 1-based number of the session in its course. */
  readonly session: number;
  /** What was actually given (not what was ordered). */
  readonly given: {
    readonly rate?: Parsed<DoseUnit>;
    readonly total?: Parsed<DoseUnit>;
  };
  /** Pain on a 0-10 scale before and after the session. */
  readonly pain?: { readonly before: Dec; readonly after: Dec };
  /** Relief (or other response measure) the clinician recorded, 0-100 %. */
  readonly reliefPercent?: Dec;
  /** Empty when none was recorded. */
  readonly adverseEvents: readonly AdverseEvent[];
  readonly completed: boolean;
  readonly stoppedReason?: string;
}

/** A path inside the caller's input, as keys and indexes. */
export type IssuePath = readonly (string | number)[];

const NUMBER_CODES: Record<NumberProblem, string> = {
  not_a_number: 'not_a_number',
  not_finite: 'not_finite',
  not_plain_decimal: 'not_plain_decimal',
  empty_string: 'empty_number',
};

const NUMBER_MESSAGES: Record<NumberProblem, string> = {
  not_a_number: 'Give a finite number or a plain decimal string such as "0.4".',
  not_finite: 'Infinity is not a quantity; give a finite number.',
  not_plain_decimal:
    'Write a plain decimal such as "0.4": no exponent (1e3), hex (0x10), underscores (1_000), spaces, or a bare leading point (.5).',
  empty_string: 'The value is empty; give a number such as "0.4".',
};

function readNumber(raw: unknown, path: IssuePath, issues: Issue[]): Dec | undefined {
  const r = readDecimal(raw);
  if (r.ok) return r.value;
  issues.push({
    code: NUMBER_CODES[r.problem],
    path,
    message: NUMBER_MESSAGES[r.problem],
    received: describeReceived(raw),
  });
  return undefined;
}

/** Reads a number that must lie in `lo`..`hi` inclusive; `code` names the out-of-range issue. */
function readBounded(raw: unknown, path: IssuePath, lo: number, hi: number, code: string, what: string, issues: Issue[]): Dec | undefined {
  const v = readNumber(raw, path, issues);
  if (v === undefined) return undefined;
  if (v.lt(lo) || v.gt(hi)) {
    issues.push({
      code,
      path,
      message: `${what} must be from ${lo} to ${hi}.`,
      expected: `${lo}..${hi}`,
      received: v.toFixed(),
    });
    return undefined;
  }
  return v;
}

function readGivenDose(raw: { value: unknown; unit: string }, path: IssuePath, issues: Issue[]): Parsed<DoseUnit> | undefined {
  const unit = readDoseUnit(raw.unit);
  if (unit === undefined) {
    issues.push({
      code: 'unknown_unit',
      path: [...path, 'unit'],
      message: `"${raw.unit}" is not a dose unit; use one of: ${DOSE_UNIT_CODES.join(', ')}.`,
      expected: DOSE_UNIT_CODES.join(', '),
      received: describeReceived(raw.unit),
    });
  }
  const value = readNumber(raw.value, [...path, 'value'], issues);
  if (value !== undefined && value.lte(0)) {
    issues.push({
      code: 'not_positive',
      path: [...path, 'value'],
      message: 'A dose given must be greater than zero; leave the field out if nothing was given.',
      received: value.toFixed(),
    });
    return undefined;
  }
  if (unit === undefined || value === undefined) return undefined;
  return { value, unit };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `year` is a Gregorian leap year. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Whether `s` is a real calendar date written `YYYY-MM-DD` (proleptic Gregorian; `2026-02-30` and
 * `2026-13-01` are not). No `Date` object is made, so no time zone or clock is involved.
 */
export function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= days;
}

function nonEmpty(s: string, path: IssuePath, what: string, issues: Issue[]): boolean {
  if (s.trim().length > 0) return true;
  issues.push({ code: 'invalid_value', path, message: `${what} must not be empty.`, received: describeReceived(s) });
  return false;
}

/** Parses one entry; pushes its issues and returns the session when it has none. */
function parseEntry(raw: unknown, path: IssuePath, issues: Issue[]): HistorySession | undefined {
  const shape = entryShape.safeParse(raw, { reportInput: true });
  if (!shape.success) {
    for (const zi of shape.error.issues) {
      for (const i of mapZodIssue(zi)) issues.push({ ...i, path: [...path, ...i.path] });
    }
    return undefined;
  }
  const s = shape.data;
  const before = issues.length;

  if (!isCalendarDate(s.date)) {
    issues.push({
      code: 'invalid_date',
      path: [...path, 'date'],
      message: 'date must be a real calendar date written YYYY-MM-DD, such as "2026-02-28".',
      expected: 'YYYY-MM-DD',
      received: describeReceived(s.date),
    });
  }
  nonEmpty(s.protocol, [...path, 'protocol'], 'protocol', issues);

  let session: number | undefined;
  if (typeof s.session !== 'number' || !Number.isInteger(s.session) || s.session < 1 || s.session > MAX_SESSION) {
    issues.push({
      code: s.session === undefined ? 'required' : 'invalid_session',
      path: [...path, 'session'],
      message: `session is the 1-based number of the infusion in its course: a whole number from 1 to ${MAX_SESSION}.`,
      received: describeReceived(s.session),
    });
  } else session = s.session;

  const rate = s.given.rate ? readGivenDose(s.given.rate, [...path, 'given', 'rate'], issues) : undefined;
  const total = s.given.total ? readGivenDose(s.given.total, [...path, 'given', 'total'], issues) : undefined;
  if (s.completed && s.given.rate === undefined && s.given.total === undefined) {
    issues.push({
      code: 'required',
      path: [...path, 'given'],
      message: 'A completed session must record what was given: given.rate, given.total, or both.',
    });
  }

  let pain: HistorySession['pain'];
  if (s.pain !== undefined) {
    const b = readBounded(s.pain.before, [...path, 'pain', 'before'], 0, 10, 'pain_out_of_range', 'Pain before (0-10 scale)', issues);
    const a = readBounded(s.pain.after, [...path, 'pain', 'after'], 0, 10, 'pain_out_of_range', 'Pain after (0-10 scale)', issues);
    if (b !== undefined && a !== undefined) pain = { before: b, after: a };
  }
  const reliefPercent =
    s.reliefPercent === undefined
      ? undefined
      : readBounded(s.reliefPercent, [...path, 'reliefPercent'], 0, 100, 'relief_out_of_range', 'reliefPercent', issues);

  const adverseEvents = s.adverseEvents ?? [];
  adverseEvents.forEach((e, j) => nonEmpty(e.kind, [...path, 'adverseEvents', j, 'kind'], 'An adverse event kind', issues));
  if (s.stoppedReason !== undefined) nonEmpty(s.stoppedReason, [...path, 'stoppedReason'], 'stoppedReason', issues);

  if (issues.length > before || session === undefined) return undefined;
  return {
    date: s.date,
    protocol: s.protocol,
    session,
    given: { ...(rate ? { rate } : {}), ...(total ? { total } : {}) },
    ...(pain ? { pain } : {}),
    ...(reliefPercent !== undefined ? { reliefPercent } : {}),
    adverseEvents: adverseEvents.map((e) => ({ kind: e.kind, severity: e.severity })),
    completed: s.completed,
    ...(s.stoppedReason !== undefined ? { stoppedReason: s.stoppedReason } : {}),
  };
}

/**
 * Parses a patient's earlier sessions, oldest first, into typed {@link HistorySession}s, or
 * returns every problem found, each with a stable code and a path under `pathPrefix`.
 * Dates must be real and strictly increasing (`history_out_of_order` otherwise). Never throws.
 *
 * @param raw - Untrusted input: an array of entries.
 * @param pathPrefix - Where the array sits in the caller's input; `['history']` by default.
 * @returns `{ ok: true, value }` with the sessions in the given order, or `{ ok: false, issues }`.
 * @example
 * parseHistory([{ date: '2026-03-02', protocol: 'ketamine-escalation-rema-2012', session: 1,
 *   given: { rate: { value: '0.2', unit: 'mg/kg/h' } }, pain: { before: 7, after: 6 }, completed: true }]);
 * // { ok: true, value: [{ date: '2026-03-02', ..., adverseEvents: [] }] }
 */
export function parseHistory(
  raw: unknown,
  pathPrefix: IssuePath = ['history'],
): { ok: true; value: readonly HistorySession[] } | { ok: false; issues: Issues } {
  const top = historyShape.safeParse(raw, { reportInput: true });
  if (!top.success) {
    const issues = top.error.issues.flatMap(mapZodIssue).map((i) => ({ ...i, path: [...pathPrefix, ...i.path] }));
    return { ok: false, issues: issues as unknown as Issues };
  }
  const issues: Issue[] = [];
  const sessions: (HistorySession | undefined)[] = top.data.map((entry, i) => parseEntry(entry, [...pathPrefix, i], issues));

  // Strictly increasing dates, compared between neighbouring entries whose dates are real
  // (YYYY-MM-DD strings order the same way as the dates they name).
  let previous: { date: string; index: number } | undefined;
  top.data.forEach((entry, i) => {
    const date = sessions[i]?.date ?? readableDate(entry);
    if (date === undefined) return;
    if (previous !== undefined && date <= previous.date) {
      issues.push({
        code: 'history_out_of_order',
        path: [...pathPrefix, i, 'date'],
        message: `Sessions must be listed oldest first with strictly increasing dates: ${date} is not after ${previous.date} (entry ${previous.index}).`,
        received: describeReceived(date),
      });
    }
    previous = { date, index: i };
  });

  if (issues.length > 0) return { ok: false, issues: issues as unknown as Issues };
  return { ok: true, value: sessions as HistorySession[] };
}

/** The date of an entry that failed elsewhere, when the date itself is real (for the order check). */
function readableDate(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const d: unknown = (entry as { date?: unknown }).date;
  return typeof d === 'string' && isCalendarDate(d) ? d : undefined;
}
