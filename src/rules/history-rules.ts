/**
 * Rules on the history itself, before it can drive a dose: two sessions of the protocol closer than
 * its minimum interval (in the history or with this session), and a severe adverse event with the
 * same agent under any protocol, which needs a clinician's clearance before the agent is given again.
 */
import type { Catalogue, Protocol } from '../catalogue/types.js';
import { type SessionTime, dateOf, intervalHours } from '../dates/session-time.js';
import type { HistorySession } from '../schema/history.js';
import { type HistoryView, agentsOf, remember } from '../schema/history-view.js';
import type { Check } from '../types/plan.js';

/** One session of the protocol's course: an earlier one (by its index in the history) or this one. */
interface CourseEntry {
  readonly date: SessionTime;
  readonly index: number | 'this';
}

const h = (value: number) => ({ value: String(value), unit: 'h' });

/**
 * The finding for two consecutive sessions closer than the protocol's minimum interval: soft, since
 * a recorded session did happen (a clinician may have had reason to repeat it); the course planner
 * refuses two sessions on one day because it places them, this rule only reads them.
 */
function shortInterval(a: CourseEntry, b: CourseEntry, hours: number, protocol: Protocol, min: number): Check {
  const where = (e: CourseEntry) => (e.index === 'this' ? `this session (${e.date})` : `history entry ${e.index} (${e.date})`);
  const source = protocol.schedule.pattern?.minIntervalSource ?? protocol.schedule.source;
  return {
    code: 'interval_below_minimum',
    rule: b.index === 'this' ? 'history.min-interval.planned' : 'history.min-interval',
    severity: 'soft',
    passed: false,
    observed: h(hours),
    limit: h(min),
    source,
    message: `${where(a)} to ${where(b)} is ${hours} h${dateOf(a.date) === dateOf(b.date) ? ' (one day)' : ''}, below ${protocol.id}'s minimum interval of ${min} h; acknowledge with a reason, or correct the history or the date.`,
  };
}

/** Two consecutive sessions of the protocol closer than its minimum interval. */
interface ShortInterval {
  readonly a: CourseEntry;
  readonly b: CourseEntry;
  readonly hours: number;
}

/**
 * The consecutive sessions of the protocol in the history closer than `min` hours, and its last
 * session: worked out once per history, protocol and minimum (each session of a course asks again).
 */
function historyIntervals(history: HistoryView, protocolId: string, min: number): { short: readonly ShortInterval[]; last: CourseEntry | undefined } {
  return remember(history, `intervals:${protocolId}:${min}`, () => {
    const short: ShortInterval[] = [];
    let last: CourseEntry | undefined;
    history.sessions.forEach((s, index) => {
      if (s.protocol !== protocolId) return;
      const b: CourseEntry = { date: s.date, index };
      if (last !== undefined) {
        const hours = intervalHours(last.date, b.date);
        if (hours < min) short.push({ a: last, b, hours });
      }
      last = b;
    });
    return { short, last };
  });
}

/**
 * Consecutive sessions of this protocol (the history's, then this session when it has a date) closer
 * than the protocol's minimum interval. With dates alone an interval is whole days x 24 h.
 */
export function intervalChecks(protocol: Protocol, history: HistoryView, date: SessionTime | undefined): Check[] {
  const min = protocol.schedule.pattern?.minIntervalHours;
  if (min === undefined) return [];
  const { short, last } = historyIntervals(history, protocol.id, min);
  const pairs = [...short];
  if (date !== undefined && last !== undefined) pairs.push({ a: last, b: { date, index: 'this' }, hours: intervalHours(last.date, date) });
  return pairs.filter((x) => x.hours < min).map((x) => shortInterval(x.a, x.b, x.hours, protocol, min));
}

/** The history entries of the same agent (under any protocol) that recorded a severe adverse event: found once per history, catalogue and agent. */
export function severeEventsOfAgent(catalogue: Catalogue, agent: string, history: HistoryView): readonly number[] {
  return remember(history, `severe:${agent}`, () => {
    const agentOf = agentsOf(history, catalogue);
    return history.sessions.flatMap((s, i) => (agentOf.get(s.protocol) === agent && s.adverseEvents.some((e) => e.severity === 'severe') ? [i] : []));
  });
}

/**
 * A severe adverse event with this agent: without a clinician's clearance the agent is not given
 * again (hard); with one, a note recording the clearance and its reason.
 */
export function severeEventCheck(
  history: readonly HistorySession[],
  indexes: readonly number[],
  agent: string,
  clearance: { readonly reason: string } | undefined,
): Check[] {
  if (indexes.length === 0) return [];
  const events = indexes
    .map((i) => {
      const s = history[i] as HistorySession;
      const kinds = s.adverseEvents.filter((e) => e.severity === 'severe').map((e) => e.kind);
      return `${s.protocol} on ${s.date} (history entry ${i}): ${kinds.join(', ')}`;
    })
    .join('; ');
  const base = { rule: 'history.severe-event', agent, passed: false } as const;
  if (clearance === undefined) {
    return [
      {
        ...base,
        code: 'severe_event_needs_clearance',
        severity: 'hard',
        message: `A severe adverse event with ${agent} is recorded (${events}). The agent is not given again, and no dose is escalated, until a clinician clears the patient with a reason (titration.clearance).`,
      },
    ];
  }
  return [
    {
      ...base,
      code: 'severe_event_cleared',
      severity: 'info',
      message: `A severe adverse event with ${agent} is recorded (${events}); a clinician cleared the patient to continue: "${clearance.reason}". No dose is escalated after it.`,
    },
  ];
}
