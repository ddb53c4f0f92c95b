/**
 * The door for a patient's earlier sessions (`history`): untrusted entries enter here once and
 * leave as typed, exact sessions, oldest first, or as a list of coded issues. The titration engine
 * (src/titration/decide.ts) reads only what this file returns and never re-validates it.
 *
 * No clock is read: a date is checked as a real calendar date and against its neighbours, never
 * against "today".
 */
import * as z from 'zod/mini';
import type { Dec } from '../decimal/index.js';
import type { DoseUnit } from '../units/index.js';
import { MAX_SESSION } from './constants.js';
import { type SchemaOf, lazySchema } from './lazy.js';
import { nonEmpty, readBounded, readGivenDose } from './history-read.js';
import type { Parsed } from './input.js';
import { type Issue, type Issues, describeReceived, mapIssues, nonEmptyIssues } from '../types/issues.js';
import { mapZodIssue, mapZodIssues, withoutEchoes } from './zod-issues.js';
import { type SessionTime, isBefore, isSessionTime } from '../dates/session-time.js';

/** Severities of an adverse event, mildest first. */
export const ADVERSE_EVENT_SEVERITIES = ['mild', 'moderate', 'severe'] as const;
/** An adverse-event severity from {@link ADVERSE_EVENT_SEVERITIES}. */
export type AdverseEventSeverity = (typeof ADVERSE_EVENT_SEVERITIES)[number];

/** The shape of one history entry (numbers, dates and units are checked after it); built on first use. */
const entryShape = /* @__PURE__ */ lazySchema(() => {
  const quantityShape = z.strictObject({ value: z.unknown(), unit: z.string() });
  return z.strictObject({
    date: z.string(),
    protocol: z.string(),
    session: z.unknown(),
    given: z.strictObject({
      rate: z.optional(quantityShape),
      total: z.optional(quantityShape),
    }),
    pain: z.optional(z.strictObject({ before: z.unknown(), after: z.unknown() })),
    reliefPercent: z.optional(z.unknown()),
    adverseEvents: z.optional(z.array(z.strictObject({ kind: z.string(), severity: z.enum(ADVERSE_EVENT_SEVERITIES) }))),
    completed: z.boolean(),
    stoppedReason: z.optional(z.string()),
  });
});

const historyShape = /* @__PURE__ */ lazySchema(() => z.array(z.unknown()));

/** An adverse event recorded for a session. */
export interface AdverseEvent {
  readonly kind: string;
  readonly severity: AdverseEventSeverity;
}

/** One earlier session past the door: exact values, units read, date checked. */
export interface HistorySession {
  /** Calendar date `YYYY-MM-DD`, or date and local time `YYYY-MM-DDTHH:MM`. */
  readonly date: SessionTime;
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

type RawEntry = z.infer<SchemaOf<typeof entryShape>>;
type Read<T> = { readonly value: T; readonly issues: Issue[] };

/** Parses one entry; pushes its issues and returns the session when it has none. */
function parseEntry(raw: unknown, path: IssuePath, issues: Issue[]): HistorySession | undefined {
  const shape = entryShape.safeParse(raw, { reportInput: true });
  if (!shape.success) {
    for (const zi of withoutEchoes(shape.error.issues)) {
      for (const i of mapZodIssue(zi)) issues.push({ ...i, path: [...path, ...i.path] });
    }
    return undefined;
  }
  const s = shape.data;
  const session = readEntrySession(s.session, path);
  const given = readGiven(s.given, s.completed, path);
  const response = readResponse(s.pain, s.reliefPercent, path);
  const entryIssues = [...checkDateAndProtocol(s, path), ...session.issues, ...given.issues, ...response.issues, ...checkRecordedText(s, path)];
  issues.push(...entryIssues);
  if (entryIssues.length > 0 || session.value === undefined) return undefined;
  return {
    date: s.date,
    protocol: s.protocol,
    session: session.value,
    given: given.value,
    ...(response.value.pain ? { pain: response.value.pain } : {}),
    ...(response.value.reliefPercent !== undefined ? { reliefPercent: response.value.reliefPercent } : {}),
    adverseEvents: (s.adverseEvents ?? []).map((e) => ({ kind: e.kind, severity: e.severity })),
    completed: s.completed,
    ...(s.stoppedReason !== undefined ? { stoppedReason: s.stoppedReason } : {}),
  };
}

/** The date must be a real calendar date and the protocol named. */
function checkDateAndProtocol(s: RawEntry, path: IssuePath): Issue[] {
  const issues: Issue[] = [];
  if (!isSessionTime(s.date)) {
    issues.push({
      code: 'invalid_date',
      path: [...path, 'date'],
      message: 'date must be a real calendar date written YYYY-MM-DD, such as "2026-02-28", or with a local time YYYY-MM-DDTHH:MM, such as "2026-02-28T09:30".',
      expected: 'YYYY-MM-DD or YYYY-MM-DDTHH:MM',
      received: describeReceived(s.date),
    });
  }
  nonEmpty(s.protocol, [...path, 'protocol'], 'protocol', issues);
  return issues;
}

/** Reads the entry's 1-based session number; `value` is undefined when it is missing or not a whole number in range. */
function readEntrySession(raw: unknown, path: IssuePath): Read<number | undefined> {
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw <= MAX_SESSION) return { value: raw, issues: [] };
  return {
    value: undefined,
    issues: [
      {
        code: raw === undefined ? 'required' : 'invalid_session',
        path: [...path, 'session'],
        message: `session is the 1-based number of the infusion in its course: a whole number from 1 to ${MAX_SESSION}.`,
        received: describeReceived(raw),
      },
    ],
  };
}

/** Reads what was given; a completed session must say what, since the next dose is worked from it. */
function readGiven(raw: RawEntry['given'], completed: boolean, path: IssuePath): Read<HistorySession['given']> {
  const issues: Issue[] = [];
  const rate = raw.rate ? readGivenDose(raw.rate, [...path, 'given', 'rate'], issues) : undefined;
  const total = raw.total ? readGivenDose(raw.total, [...path, 'given', 'total'], issues) : undefined;
  if (completed && raw.rate === undefined && raw.total === undefined) {
    issues.push({
      code: 'required',
      path: [...path, 'given'],
      message: 'A completed session must record what was given: given.rate, given.total, or both.',
    });
  }
  return { value: { ...(rate ? { rate } : {}), ...(total ? { total } : {}) }, issues };
}

/** Reads the response: pain before and after (0-10), and relief (0-100 %). */
function readResponse(
  pain: RawEntry['pain'],
  relief: unknown,
  path: IssuePath,
): Read<{ readonly pain: HistorySession['pain']; readonly reliefPercent: Dec | undefined }> {
  const issues: Issue[] = [];
  let painRead: HistorySession['pain'];
  if (pain !== undefined) {
    const b = readBounded(pain.before, [...path, 'pain', 'before'], 0, 10, 'pain_out_of_range', 'Pain before (0-10 scale)', issues);
    const a = readBounded(pain.after, [...path, 'pain', 'after'], 0, 10, 'pain_out_of_range', 'Pain after (0-10 scale)', issues);
    if (b !== undefined && a !== undefined) painRead = { before: b, after: a };
  }
  const reliefPercent =
    relief === undefined ? undefined : readBounded(relief, [...path, 'reliefPercent'], 0, 100, 'relief_out_of_range', 'reliefPercent', issues);
  return { value: { pain: painRead, reliefPercent }, issues };
}

/** Free text that is recorded (adverse-event kinds, the reason a session stopped) must not be blank. */
function checkRecordedText(s: RawEntry, path: IssuePath): Issue[] {
  const issues: Issue[] = [];
  (s.adverseEvents ?? []).forEach((e, j) => nonEmpty(e.kind, [...path, 'adverseEvents', j, 'kind'], 'An adverse event kind', issues));
  if (s.stoppedReason !== undefined) nonEmpty(s.stoppedReason, [...path, 'stoppedReason'], 'stoppedReason', issues);
  return issues;
}

/**
 * Parses a patient's earlier sessions, oldest first, into typed {@link HistorySession}s, or
 * returns every problem found, each with a stable code and a path under `pathPrefix`.
 * Dates must be real and strictly increasing (`history_out_of_order` otherwise), except that the
 * agents of one combination bag share its date, one entry each under its own protocol. Never throws.
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
    return { ok: false, issues: mapIssues(mapZodIssues(top.error.issues), (i) => ({ ...i, path: [...pathPrefix, ...i.path] })) };
  }
  const issues: Issue[] = [];
  const sessions: (HistorySession | undefined)[] = top.data.map((entry, i) => parseEntry(entry, [...pathPrefix, i], issues));

  // Strictly increasing, compared between neighbouring entries whose dates are real: an entry must
  // certainly follow the one before (a date-only entry covers its whole day, so a date-only entry and
  // another entry on the same day cannot be ordered). One exception: the agents of one combination bag
  // are one entry each at the very same date (the same text), each under its own protocol.
  let previous: { date: string; index: number } | undefined;
  let bag = new Set<string>();
  top.data.forEach((entry, i) => {
    const date = sessions[i]?.date ?? readableDate(entry);
    if (date === undefined) return;
    const protocol = sessions[i]?.protocol ?? readableProtocol(entry);
    const sameBag = previous !== undefined && previous.date === date && protocol !== undefined && !bag.has(protocol);
    bag = sameBag ? bag : new Set();
    if (protocol !== undefined) bag.add(protocol);
    if (previous !== undefined && !sameBag && !isBefore(previous.date, date)) {
      issues.push({
        code: 'history_out_of_order',
        path: [...pathPrefix, i, 'date'],
        message: `Sessions must be listed oldest first with strictly increasing dates: ${date} is not after ${previous.date} (entry ${previous.index}). Two sessions on one day need a time each (YYYY-MM-DDTHH:MM).`,
        received: describeReceived(date),
      });
    }
    previous = { date, index: i };
  });

  const refused = nonEmptyIssues(issues);
  if (refused) return { ok: false, issues: refused };
  return { ok: true, value: sessions as HistorySession[] };
}

/** The protocol of an entry that failed elsewhere, when it is a non-blank string (for the order check). */
function readableProtocol(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const p: unknown = (entry as { protocol?: unknown }).protocol;
  return typeof p === 'string' && p.trim() !== '' ? p : undefined;
}

/** The date of an entry that failed elsewhere, when the date itself is real (for the order check). */
function readableDate(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const d: unknown = (entry as { date?: unknown }).date;
  return isSessionTime(d) ? d : undefined;
}
