/**
 * Windowed limits: a limit counted over 24 h, 48 h or the course adds the earlier sessions of the
 * same agent inside the window to this session's dose.
 */
import { type Dec, dec } from '../decimal/index.js';
import type { Catalogue, Limit, Protocol } from '../catalogue/types.js';
import { daysBetween } from '../dates/index.js';
import type { HistorySession } from '../schema/history.js';
import { doseUnitCode } from '../units/index.js';
import { readMeasure } from '../units/measure.js';

/** The earlier sessions a windowed limit counts, what they add up to, and which recorded no total. */
export interface WindowTotal {
  readonly prior: readonly HistorySession[];
  readonly priorMg: Dec;
  readonly unknown: readonly HistorySession[];
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
  const prior = history.filter((h) => {
    const p = catalogue.protocols.find((x) => x.id === h.protocol);
    if (p?.agent !== protocol.agent) return false;
    if (window === 'course') return h.protocol === protocol.id;
    if (date === undefined) return false;
    const days = daysBetween(h.date, date);
    return days >= 0 && dec(days).mul(24).lt(dec(window.hours));
  });
  let priorMg = dec(0);
  const unknown: HistorySession[] = [];
  for (const h of prior) {
    const t = h.given.total;
    const m = t ? readMeasure(t.value, doseUnitCode(t.unit)) : undefined;
    if (m?.measure === 'session-dose') priorMg = priorMg.add(m.base);
    else if (m?.measure === 'session-dose-per-kg') priorMg = priorMg.add(m.base.mul(W));
    else unknown.push(h);
  }
  return { prior, priorMg, unknown };
}
