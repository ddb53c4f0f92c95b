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
import { type SessionTime, inWindow, minuteSpan } from '../dates/session-time.js';
import type { Catalogue } from '../catalogue/types.js';
import type { HistorySession } from './history.js';

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

/** Appends a session; the timeline stays ordered while each session starts no earlier than the one before. */
export function appendSession(t: GrowingTimeline, s: HistorySession): void {
  const from = minuteSpan(s.date).from;
  if (from < (t.from.at(-1) ?? from)) t.ordered = false;
  t.sessions.push(s);
  t.from.push(from);
}

/**
 * The timeline of `sessions` (none, for a course to append its planned sessions to), each date read
 * once, prepared as the view of a history: a parsed history is given oldest first, as `parseHistory` returns it.
 */
export function viewOfHistory(sessions: readonly HistorySession[] = []): HistoryView {
  const t: HistoryView = { sessions: [], from: [], ordered: true, memo: new Map() };
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
 * Calls `visit` with each session among the first `count` of `t` that may fall inside the window of
 * `hours` ending at `at`, and {@link inWindow}'s answer, in list order. Only a session whose first
 * minute lies within `hours` and a day before `at` can be inside, so an ordered timeline is searched from there.
 */
export function visitWindow(
  t: Timeline,
  count: number,
  at: SessionTime,
  hours: number,
  visit: (s: HistorySession, inside: 'certain' | 'possible') => void,
): void {
  const atFrom = minuteSpan(at).from;
  // inWindow needs the earlier session's last minute within hours x 60 min of `at`; its first is at most a day (1,440 min) before its last.
  const end = t.ordered ? firstAbove(t.from, count, atFrom) : count;
  for (let i = t.ordered ? firstAbove(t.from, count, atFrom - hours * 60 - 1440) : 0; i < end; i += 1) {
    const session = t.sessions[i] as HistorySession;
    const inside = inWindow(session.date, at, hours);
    if (inside !== false) visit(session, inside);
  }
}

/** The index of the first entry of a history recorded certainly after `at` ({@link isAfter}): every later one is too, as its dates strictly increase. */
export function firstAfter(view: HistoryView, at: SessionTime): number {
  return firstAbove(view.from, view.sessions.length, minuteSpan(at).to);
}

/**
 * A parsed history prepared once: its timeline, and what rules worked out from it, by key. A view
 * belongs to one plan or one course, and so to one catalogue: a key names what else an answer reads.
 */
export interface HistoryView extends GrowingTimeline {
  readonly memo: Map<string, unknown>;
}

/**
 * What `compute` returns for this history and `key`, worked out on the first call and memo:
 * `compute` must read nothing but the history, the view's catalogue and what `key` names, and its
 * answer is never changed by its readers.
 */
export function remember<T>(view: HistoryView, key: string, compute: () => T): T {
  if (!view.memo.has(key)) view.memo.set(key, compute());
  return view.memo.get(key) as T;
}

/** Each protocol id of the view's catalogue -> its agent (history entries name a protocol, limits an agent). */
export function agentsOf(view: HistoryView, catalogue: Catalogue): ReadonlyMap<string, string> {
  return remember(view, 'agents', () => new Map(catalogue.protocols.map((p) => [p.id, p.agent])));
}
