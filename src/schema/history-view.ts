/**
 * Earlier sessions read once and prepared for the questions every plan asks of them: which ones a
 * time window ending at this session may hold, which ones are recorded after this session, and
 * what a rule worked out from them before. A course plans each of its sessions against the same
 * history (and the sessions it planned before): with the view each session's question costs a
 * binary search and the sessions it names, not a walk over the whole history, so a course costs
 * time linear in sessions + history entries, not their product.
 *
 * A timeline keeps its sessions in the order given; when the first minute each may denote never
 * decreases along it (a parsed history always: its dates strictly increase), the sessions a time
 * range can hold are neighbours, found by binary search. Otherwise every question walks it, with
 * the same answers.
 */
import { type SessionTime, inWindow, isAfter, minuteSpan } from '../dates/session-time.js';
import type { HistorySession } from './history.js';

/** A date-only session may denote any minute of its day: its last minute is at most this after its first. */
const MINUTES_PER_DAY = 1440; // 24 h x 60 min

/** Sessions in their given order, with the first minute each may denote. */
export interface Timeline {
  readonly sessions: readonly HistorySession[];
  /** `minuteSpan(sessions[i].date).from`, read once. */
  readonly from: readonly number[];
  /** Whether `from` never decreases along the list (so a range of minutes is a run of neighbours). */
  readonly ordered: boolean;
}

/** A timeline a course appends to, one planned session at a time, in the order it plans them. */
export interface GrowingTimeline extends Timeline {
  readonly sessions: HistorySession[];
  readonly from: number[];
  ordered: boolean;
}

/** The first `count` sessions of a timeline: what a session planned after them sees. */
export interface TimelinePrefix {
  readonly timeline: Timeline;
  readonly count: number;
}

/** A session a time window may hold, with its place in its list and whether it is inside certainly or only possibly. */
export interface InWindow {
  readonly index: number;
  readonly session: HistorySession;
  readonly inside: 'certain' | 'possible';
}

/** An empty timeline for a course to append its planned sessions to. */
export function growingTimeline(): GrowingTimeline {
  return { sessions: [], from: [], ordered: true };
}

/** Appends a session; the timeline stays ordered while each session starts no earlier than the one before. */
export function appendSession(t: GrowingTimeline, s: HistorySession): void {
  const from = minuteSpan(s.date).from;
  const last = t.from[t.from.length - 1];
  if (last !== undefined && from < last) t.ordered = false;
  t.sessions.push(s);
  t.from.push(from);
}

/** The timeline of `sessions`, each date read once. */
export function timelineOf(sessions: readonly HistorySession[]): Timeline {
  const t = growingTimeline();
  for (const s of sessions) appendSession(t, s);
  return t;
}

/** The first index in `from[0, count)` whose value is above `bound` (`count` when none is): a binary search. */
function firstAbove(from: readonly number[], count: number, bound: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((from[mid] as number) > bound) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The sessions among the first `count` of `t` that may fall inside the window of `hours` ending at
 * `at` (as {@link inWindow} answers for each), in list order. Only a session whose first minute lies
 * within `hours` and a day before `at` can be inside, so an ordered timeline is searched from there.
 */
export function sessionsInWindow(t: Timeline, count: number, at: SessionTime, hours: number): InWindow[] {
  const found: InWindow[] = [];
  const atFrom = minuteSpan(at).from;
  // inWindow needs the earlier session's last minute within hours x 60 min of `at`; its first is at most a day before its last.
  const start = t.ordered ? firstAbove(t.from, count, atFrom - hours * 60 - MINUTES_PER_DAY) : 0;
  for (let i = start; i < count; i += 1) {
    if (t.ordered && (t.from[i] as number) > atFrom) break;
    const session = t.sessions[i] as HistorySession;
    const inside = inWindow(session.date, at, hours);
    if (inside !== false) found.push({ index: i, session, inside });
  }
  return found;
}

/** The indexes of the sessions of `t` recorded certainly after `at` ({@link isAfter}), ascending. */
export function indexesAfter(t: Timeline, at: SessionTime): number[] {
  const start = t.ordered ? firstAbove(t.from, t.sessions.length, minuteSpan(at).to) : 0;
  const found: number[] = [];
  for (let i = start; i < t.sessions.length; i += 1) {
    if (isAfter((t.sessions[i] as HistorySession).date, at)) found.push(i);
  }
  return found;
}

/** A parsed history prepared once: its timeline, and what rules worked out from it, by key. */
export interface HistoryView extends Timeline {
  /** Answers worked out from this history, by the object they also depend on (a catalogue, a protocol) and a key. */
  readonly remembered: WeakMap<object, Map<string, unknown>>;
}

/** Prepares a parsed history (oldest first, as `parseHistory` returns it) for every plan that reads it. */
export function viewOfHistory(sessions: readonly HistorySession[]): HistoryView {
  return { ...timelineOf(sessions), remembered: new WeakMap() };
}

/**
 * What `compute` returns for this history, `owner` and `key`, worked out on the first call and
 * remembered: `compute` must read nothing but the history, `owner` and what `key` names, and its
 * answer is never changed by its readers.
 */
export function remember<T>(view: HistoryView, owner: object, key: string, compute: () => T): T {
  let byKey = view.remembered.get(owner);
  if (byKey === undefined) {
    byKey = new Map();
    view.remembered.set(owner, byKey);
  }
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = compute();
  byKey.set(key, value);
  return value;
}
