/** Helpers shared by the checkPlan test files: plans that must be made, deep copies to corrupt, results read. */
import { planInfusion } from '../support/untyped.js';
import type { Plan } from '../support/untyped.js';
import type { CheckPlanResult } from '../../src/verify/check-plan.js';

/** A plan every field of which a test may overwrite. */
export type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

/** A deep copy of a plan, to corrupt. */
export const clone = (p: Plan): Mutable<Plan> => structuredClone(p) as Mutable<Plan>;

/** The plan for `input`; a fixture that does not plan is a test bug. */
export function mustPlan(input: unknown): Plan {
  const r = planInfusion(input);
  if (!r.ok) throw new Error(`${JSON.stringify(input)}: ${JSON.stringify(r.issues)}`);
  return r.plan;
}

/** 'ok', or one line per disagreement (for failure messages). */
export function explain(r: CheckPlanResult): string {
  return r.ok ? 'ok' : r.disagreements.map((d) => `${d.code} at ${d.path.join('.')}: ${d.message}`).join('\n');
}

/** The distinct disagreement codes, sorted. */
export function codesOf(r: CheckPlanResult): string[] {
  return r.ok ? [] : [...new Set(r.disagreements.map((d) => d.code))].sort();
}
