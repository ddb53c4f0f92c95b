/**
 * An agent's catalogue limits as they apply to one plan: which are in force (care area and patient
 * condition) and how each judges the delivered values. The single-agent and combination paths both
 * call these, so a limit that applies only with a patient risk applies only to a patient with it.
 */
import { belongsToProtocol } from '../catalogue/scope.js';
import type { Dec } from '../decimal/index.js';
import type { Limit } from '../catalogue/types.js';
import type { Check } from '../types/plan.js';
import type { Measure } from '../units/measure.js';
import { checkLimit } from './limits.js';
import { unverified } from './unverified.js';

/** The limits that apply in a care area: those for every care area, and those naming this one. */
export function limitsForCareArea(limits: readonly Limit[], careArea: string | undefined): Limit[] {
  return limits.filter((l) => l.careAreas === undefined || (careArea !== undefined && l.careAreas.includes(careArea)));
}

/** The limits of a protocol: those for every protocol of the agent, and those naming this one. */
export function limitsForProtocol(limits: readonly Limit[], protocolId: string): Limit[] {
  return limits.filter((l) => belongsToProtocol(l, protocolId));
}

/** Whether a limit applies to this patient: a limit with a condition applies only when the patient has it. */
export function appliesToPatient(limit: Limit, risks: ReadonlySet<string>): boolean {
  return limit.condition === undefined || risks.has(limit.condition);
}

/**
 * Every limit in force that applies to the patient, checked against the values `observedFor` gives
 * for it (in base units, by measure), each followed by its `unverified_data` note when asked for.
 */
export function agentLimitChecks(
  limits: readonly Limit[],
  risks: ReadonlySet<string>,
  observedFor: (limit: Limit) => Partial<Record<Measure, Dec>>,
  agent: string,
  withNotes: boolean,
): Check[] {
  const checks: Check[] = [];
  for (const limit of limits) {
    if (!appliesToPatient(limit, risks)) continue;
    const c = checkLimit(limit, observedFor(limit), agent);
    if (!c) continue;
    checks.push(c);
    const note = withNotes ? unverified(limit.id, `The limit ${limit.id}`, limit.source) : undefined;
    if (note) checks.push(note);
  }
  return checks;
}
