// The plain re-walk of the history, kept here as the oracle for the prepared view of
// src/schema/history-view.ts: each function walks every earlier session on every call, as the
// planner did before a course's sessions shared one prepared history (issue 12 item 2). The
// property test tests/course/history-view.property.test.ts checks that the view answers the same.
import { type Dec, dec } from '../../src/decimal/index.js';
import type { Catalogue, Limit, Protocol } from '../../src/catalogue/types.js';
import { type SessionTime, inWindow, intervalHours, isAfter } from '../../src/dates/session-time.js';
import type { HistorySession } from '../../src/schema/history.js';
import { doseUnitCode } from '../../src/units/index.js';
import { readMeasure } from '../../src/units/measure.js';

/** What a window holds before this session, walked over every earlier session. */
export interface PlainWindowTotal {
  readonly prior: readonly HistorySession[];
  readonly priorMg: Dec;
  readonly unknown: readonly HistorySession[];
  readonly conservative: readonly HistorySession[];
}

/** The window total of `limit` over `earlier` (the history, then the sessions planned before), one walk over all of them. */
export function plainWindowTotal(
  limit: Limit,
  earlier: readonly HistorySession[],
  catalogue: Catalogue,
  protocol: Protocol,
  date: string | undefined,
  W: Dec,
): PlainWindowTotal | undefined {
  const window = limit.window;
  if (window === undefined) return undefined;
  const agentOf = (id: string) => catalogue.protocols.find((p) => p.id === id)?.agent;
  const prior: HistorySession[] = [];
  const conservative: HistorySession[] = [];
  for (const h of earlier) {
    if (agentOf(h.protocol) !== protocol.agent) continue;
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

/** The pairs of consecutive sessions of the protocol (the history's, then this one when dated) closer than its minimum interval. */
export function plainShortIntervals(
  protocol: Protocol,
  history: readonly HistorySession[],
  date: SessionTime | undefined,
): { a: number | 'this'; b: number | 'this'; hours: number }[] {
  const min = protocol.schedule.pattern?.minIntervalHours;
  if (min === undefined) return [];
  const course: { date: SessionTime; index: number | 'this' }[] = history.flatMap((s, index) => (s.protocol === protocol.id ? [{ date: s.date, index }] : []));
  if (date !== undefined) course.push({ date, index: 'this' });
  const short: { a: number | 'this'; b: number | 'this'; hours: number }[] = [];
  for (let i = 1; i < course.length; i++) {
    const a = course[i - 1] as (typeof course)[number];
    const b = course[i] as (typeof course)[number];
    const hours = intervalHours(a.date, b.date);
    if (hours < min) short.push({ a: a.index, b: b.index, hours });
  }
  return short;
}

/** The indexes of the history entries recorded after this session, one walk. */
export function plainIndexesAfter(history: readonly HistorySession[], date: SessionTime): number[] {
  return history.flatMap((h, i) => (isAfter(h.date, date) ? [i] : []));
}

/** The history entries of `agent` (under any protocol) with a severe adverse event, one walk. */
export function plainSevereEvents(catalogue: Catalogue, agent: string, history: readonly HistorySession[]): number[] {
  return history.flatMap((s, i) =>
    catalogue.protocols.find((p) => p.id === s.protocol)?.agent === agent && s.adverseEvents.some((e) => e.severity === 'severe') ? [i] : [],
  );
}
