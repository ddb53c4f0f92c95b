/**
 * What the planning pipeline carries from step to step: the findings and the working written so
 * far (in the order the plan shows them), and the result type every step returns.
 */
import type { RefusalPaths } from '../rules/rule.js';
import type { Check, TraceStep } from '../types/plan.js';
import { type Issue, type Issues, nonEmptyIssues } from '../types/issues.js';

/** The findings and trace steps of one plan, appended in the plan's order, and where each refusal among the findings points. */
export interface Findings {
  readonly checks: Check[];
  readonly trace: TraceStep[];
  readonly paths: RefusalPaths;
}

/** A step's value, or the issues that refuse the plan there. */
export type Step<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: Issues };

/** A step that goes on with `value`. */
export const next = <T>(value: T): Step<T> => ({ ok: true, value });

/** A step that refuses the plan with at least one issue. */
export const refuse = <T>(first: Issue, ...rest: Issue[]): Step<T> => ({ ok: false, issues: [first, ...rest] });

/** A step that refuses the plan with a non-empty list of issues already made. */
export const refuseAll = <T>(issues: Issues): Step<T> => ({ ok: false, issues });

/** A refusal with `issues` when there are any, `undefined` when there are none. */
export function refuseAny(issues: readonly Issue[]): Step<never> | undefined {
  const all = nonEmptyIssues(issues);
  return all === undefined ? undefined : refuseAll(all);
}
