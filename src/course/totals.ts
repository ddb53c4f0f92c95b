/** Course totals: every session planned with the same request at its own number and date, and summed. */
import type { Catalogue } from '../catalogue/types.js';
import { dec } from '../decimal/index.js';
import { planInfusion } from '../plan/plan-infusion.js';
import type { Issue } from '../types/issues.js';
import { quantity } from '../units/quantity.js';
import type { Course, CourseSession } from './types.js';

/** The per-session doses and their sum. */
export type CourseTotals = NonNullable<Course['totals']>;

/**
 * Plans each session with `infusion` (the plan request without protocol, session and date) against
 * `catalogue`, and sums the first agent's delivered dose.
 * @returns the totals, or every session's issues, each with its path under `infusion` and its session number.
 */
export function courseTotals(
  infusion: Readonly<Record<string, unknown>>,
  protocolId: string,
  sessions: readonly CourseSession[],
  catalogue: Catalogue,
): { ok: true; totals: CourseTotals } | { ok: false; issues: Issue[] } {
  const perSession: CourseTotals['perSession'][number][] = [];
  const issues: Issue[] = [];
  let unit = '';
  let sum = dec(0);
  for (const s of sessions) {
    const r = planInfusion({ ...infusion, protocol: protocolId, session: s.number, date: s.date }, catalogue);
    if (!r.ok) {
      issues.push(...r.issues.map((x) => ({ ...x, path: ['infusion', ...x.path], session: s.number })));
      continue;
    }
    const dose = r.plan.agents[0]?.delivered.totalDose;
    if (!dose) continue;
    unit = dose.unit;
    sum = sum.add(dec(dose.value));
    perSession.push({ number: s.number, date: s.date, dose, status: r.plan.status });
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, totals: { perSession, course: quantity(sum, unit) } };
}
