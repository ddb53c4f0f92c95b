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
import { inWindow } from '../dates/session-time.js';
import type { HistorySession } from '../schema/history.js';
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

/** Each catalogue's protocol id -> agent, built once per catalogue (catalogues are frozen, so it cannot go stale). */
const AGENT_BY_PROTOCOL = new WeakMap<Catalogue, ReadonlyMap<string, string>>();

/**
 * The agent of a protocol id in the catalogue (history entries name a protocol, limits an agent): a
 * map lookup, so a window over a long history costs one step per entry, not one per entry and protocol.
 */
function agentOf(catalogue: Catalogue, id: string): string | undefined {
  let byId = AGENT_BY_PROTOCOL.get(catalogue);
  if (byId === undefined) {
    byId = new Map(catalogue.protocols.map((x) => [x.id, x.agent]));
    AGENT_BY_PROTOCOL.set(catalogue, byId);
  }
  return byId.get(id);
}

/** What the window of `limit` holds before this session, or `undefined` for a limit without a window. */
export function windowTotal(
  limit: Limit,
  history: readonly HistorySession[],
  catalogue: Catalogue,
  protocol: Protocol,
  date: string | undefined,
  W: Dec,
): WindowTotal | undefined {
  const window = limit.window;
  if (window === undefined) return undefined;
  const prior: HistorySession[] = [];
  const conservative: HistorySession[] = [];
  for (const h of history) {
    if (agentOf(catalogue, h.protocol) !== protocol.agent) continue;
    if (window === 'course') {
      if (h.protocol === protocol.id) prior.push(h);
      continue;
    }
    if (date === undefined) continue;
    const inside = inWindow(h.date, date, Number(window.hours));
    if (inside === false) continue;
    prior.push(h);
    if (inside === 'possible') conservative.push(h);
  }
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
