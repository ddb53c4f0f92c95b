/**
 * What the planning pipeline carries from step to step: the findings and the working written so
 * far (in the order the plan shows them), and the result type every step returns.
 */
import type { Check, TraceStep } from '../types/plan.js';
import type { Issue } from '../types/issues.js';

/** The findings and trace steps of one plan, appended in the plan's order. */
export interface Findings {
  readonly checks: Check[];
  readonly trace: TraceStep[];
}

/** A step's value, or the issues that refuse the plan there. */
export type Step<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

/** A step that goes on with `value`. */
export const next = <T>(value: T): Step<T> => ({ ok: true, value });

/** A step that refuses the plan with `issues`. */
export const refuse = <T>(...issues: Issue[]): Step<T> => ({ ok: false, issues });
