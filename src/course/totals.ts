/**
 * Course totals: every session planned with the same request at its own number and date, and
 * summed. Each session's windowed limits (per 24 h, per 48 h, per course) count the sessions the
 * course plans before it and the sessions already given, as a clinic's history would: a five-day
 * course is judged over its days, not one day at a time.
 */
import type { Catalogue } from '../catalogue/types.js';
import { dec } from '../decimal/index.js';
import { planInfusionWithFacts } from '../plan/plan-infusion.js';
import { type HistorySession, parseHistory } from '../schema/history.js';
import { type HistoryView, appendSession, viewOfHistory } from '../schema/history-view.js';
import type { Issue } from '../types/issues.js';
import { readDoseUnit } from '../units/index.js';
import { quantity } from '../units/quantity.js';
import type { Course, CourseSession } from './types.js';

/** The per-session doses and their sum. */
export type CourseTotals = NonNullable<Course['totals']>;

/** A session already given, whose dose the course does not know (a windowed limit notes it as unknown). */
function givenSession(date: string, protocol: string): HistorySession {
  return { date, protocol, session: 1, given: {}, adverseEvents: [], completed: true };
}

/**
 * The history read and prepared once for every session (`undefined` when absent or refused), and the
 * request each session repeats: without the raw entries when they were read (its door would walk
 * them again), with them when refused, so each session reports the issues a single plan would.
 */
function readOnce(infusion: Readonly<Record<string, unknown>>): { readHistory: HistoryView | undefined; request: Readonly<Record<string, unknown>> } {
  const history = infusion['history'] === undefined ? undefined : parseHistory(infusion['history']);
  if (history?.ok !== true) return { readHistory: undefined, request: infusion };
  const { history: _raw, ...request } = infusion;
  return { readHistory: viewOfHistory(history.value), request };
}

/** A planned session as the later sessions' windows count it: its date and the dose its plan delivers. */
function plannedSession(date: string, session: number, protocol: string, dose: { value: string; unit: string }): HistorySession {
  const unit = readDoseUnit(dose.unit);
  return {
    date,
    protocol,
    session,
    given: unit ? { total: { value: dec(dose.value), unit } } : {},
    adverseEvents: [],
    completed: true,
  };
}

/**
 * Plans each session with `infusion` (the plan request without protocol, session and date) against
 * `catalogue`, each counting the sessions given (`given`, dates) and planned before it in its
 * windowed limits (at `time` of day when given, so the windows count exactly), and sums the first
 * agent's delivered dose.
 * @returns the totals, or every session's issues, each with its path under `infusion` and its session number.
 */
export function courseTotals(
  infusion: Readonly<Record<string, unknown>>,
  protocolId: string,
  sessions: readonly CourseSession[],
  catalogue: Catalogue,
  given: readonly string[] = [],
  time?: string,
): { ok: true; totals: CourseTotals } | { ok: false; issues: Issue[] } {
  const perSession: CourseTotals['perSession'][number][] = [];
  const issues: Issue[] = [];
  // The history is the same for every session: read and prepared once here, not once a session.
  const { readHistory, request } = readOnce(infusion);
  // A session given that the history records is counted from the history (with its dose), not as
  // unknown. (A refused history refuses every session, so none is counted then.)
  const recorded = new Set(readHistory?.sessions.flatMap((h) => (h.protocol === protocolId ? [h.date.slice(0, 10)] : [])));
  // The sessions given and planned so far, appended in order: each session sees the ones before it, with no copy.
  const before = viewOfHistory();
  for (const d of given) if (!recorded.has(d)) appendSession(before, givenSession(d, protocolId));
  let unit = '';
  let sum = dec(0);
  for (const s of sessions) {
    const date = time === undefined ? s.date : `${s.date}T${time}`;
    const plannedBefore = { timeline: before, count: before.sessions.length };
    const r = planInfusionWithFacts({ ...request, protocol: protocolId, session: s.number, date }, catalogue, plannedBefore, readHistory).result;
    if (!r.ok) {
      issues.push(...r.issues.map((x) => ({ ...x, path: ['infusion', ...x.path], session: s.number })));
      continue;
    }
    const dose = r.plan.agents[0]?.delivered.totalDose;
    if (!dose) continue;
    unit = dose.unit;
    sum = sum.add(dec(dose.value));
    perSession.push({ number: s.number, date: s.date, dose, status: r.plan.status });
    appendSession(before, plannedSession(date, s.number, protocolId, dose));
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, totals: { perSession, course: quantity(sum, unit) } };
}
