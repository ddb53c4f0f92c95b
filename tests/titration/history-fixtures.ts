/** Session histories for the titration tests, written compactly and parsed as the planner parses them. */
import { type HistorySession, parseHistory } from '../../src/schema/history.js';

/** One earlier session: the dose given, pain before/after or relief, adverse events, completion. */
export interface S {
  dose?: string;
  unit?: string;
  param?: 'rate' | 'total';
  pain?: [number, number];
  relief?: number;
  events?: [kind: string, severity: 'mild' | 'moderate' | 'severe'][];
  completed?: boolean;
  stopped?: string;
  given?: Record<string, unknown>;
}

/** A raw history entry per S, on consecutive days from 2 March 2026 (session 1 is 2026-03-02). */
export function raw(sessions: readonly S[], protocol = 'p'): unknown[] {
  return sessions.map((s, i) => ({
    date: `2026-03-${String(i + 2).padStart(2, '0')}`,
    protocol,
    session: i + 1,
    given: s.given ?? (s.dose !== undefined ? { [s.param ?? 'rate']: { value: s.dose, unit: s.unit ?? 'mg/kg/h' } } : {}),
    ...(s.pain ? { pain: { before: s.pain[0], after: s.pain[1] } } : {}),
    ...(s.relief !== undefined ? { reliefPercent: s.relief } : {}),
    ...(s.events ? { adverseEvents: s.events.map(([kind, severity]) => ({ kind, severity })) } : {}),
    completed: s.completed ?? true,
    ...(s.stopped !== undefined ? { stoppedReason: s.stopped } : {}),
  }));
}

/** The history as parseHistory reads it; a fixture that does not parse is a test bug. */
export function parsed(sessions: readonly S[]): readonly HistorySession[] {
  const res = parseHistory(raw(sessions));
  if (!res.ok) throw new Error(`test history does not parse: ${JSON.stringify(res.issues)}`);
  return res.value;
}
