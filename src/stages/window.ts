/**
 * Windowed limits: a limit counted over 24 h, 48 h or the course adds the earlier sessions of the
 * same agent (under any protocol) inside the window to this session's dose. A window of `hours`
 * ends at this session and counts every earlier session that may fall inside it: with times on both
 * (`2026-03-02T09:30`) exactly; with a date alone a session counts whenever any minute of its day
 * could (a session the day before counts in a 24 h window), and those sessions are named as counted
 * conservatively. The course window counts the sessions of this protocol.
 */
import { type Dec, dec } from '../decimal/index.js';
import type { Catalogue, Limit, Protocol } from '../catalogue/types.js';
import type { HistorySession } from '../schema/history.js';
import { type HistoryView, type Timeline, type TimelinePrefix, agentsOf, visitWindow } from '../schema/history-view.js';
import { doseUnitCode } from '../units/index.js';
import { readMeasure } from '../units/measure.js';

/** The earlier sessions a windowed limit counts, what they add up to, and which recorded no total. */
export interface WindowTotal {
  readonly prior: readonly HistorySession[];
  readonly priorMg: Dec;
  readonly unknown: readonly HistorySession[];
  /** The counted sessions that fall inside the window only on some minutes of a date-only day. */
  readonly conservative: readonly HistorySession[];
}

/** The earlier sessions a window may count: the history, then the sessions a course placed before this one. */
export interface EarlierSessions {
  readonly history: HistoryView;
  readonly planned?: TimelinePrefix | undefined;
}

/**
 * The sessions the window of `limit` counts, in the order of the history and then the planned
 * sessions, and those counted only because a date without a time may fall inside it. An hours
 * window reads only the sessions near this one (a binary search on each list); the course window
 * counts every session of this protocol.
 */
function sessionsInLimitWindow(
  window: NonNullable<Limit['window']>,
  earlier: EarlierSessions,
  catalogue: Catalogue,
  protocol: Protocol,
  date: string | undefined,
): { prior: HistorySession[]; conservative: HistorySession[] } {
  const prior: HistorySession[] = [];
  const conservative: HistorySession[] = [];
  const agents = agentsOf(earlier.history, catalogue);
  const count = (h: HistorySession, inside: 'certain' | 'possible' | false) => {
    if (inside === false || agents.get(h.protocol) !== protocol.agent) return;
    prior.push(h);
    if (inside === 'possible') conservative.push(h);
  };
  const lists: [Timeline, number][] = [[earlier.history, earlier.history.sessions.length]];
  if (earlier.planned) lists.push([earlier.planned.timeline, earlier.planned.count]);
  for (const [t, n] of lists) {
    // The course window counts every session of this protocol: its finding names each, so this costs what the finding says.
    if (window === 'course') t.sessions.slice(0, n).forEach((h) => count(h, h.protocol === protocol.id && 'certain'));
    else if (date !== undefined) visitWindow(t, n, date, Number(window.hours), count);
  }
  return { prior, conservative };
}

/** What the window of `limit` holds before this session, or `undefined` for a limit without a window. */
export function windowTotal(
  limit: Limit,
  earlier: EarlierSessions,
  catalogue: Catalogue,
  protocol: Protocol,
  date: string | undefined,
  W: Dec,
): WindowTotal | undefined {
  const window = limit.window;
  if (window === undefined) return undefined;
  const { prior, conservative } = sessionsInLimitWindow(window, earlier, catalogue, protocol, date);
  let priorMg = dec(0);
  const unknown: HistorySession[] = [];
  for (const h of prior) {
    const t = h.given.total;
    const m = t ? readMeasure(t.value, doseUnitCode(t.unit)) : undefined;
    if (m?.measure === 'session-dose') priorMg = priorMg.add(m.base);
    else if (m?.measure === 'session-dose-per-kg') priorMg = priorMg.add(m.base.mul(W));
    else unknown.push(h);
  }
  return { prior, priorMg, unknown, conservative };
}
