/**
 * What the planning pipeline carries from step to step: the findings and the working written so
 * far (in the order the plan shows them), and the result type every step returns.
 */
import type { Check, TraceStep } from '../types/plan.js';
import type { Issue } from '../types/issues.js';

/**
 * A trace step not yet written: the presenter call, kept with the stage values it reads, so the
 * working is built only when a caller reads it.
 */
export type TraceDraft = () => TraceStep | readonly TraceStep[];

/** The findings and trace drafts of one plan, appended in the plan's order. */
export interface Findings {
  readonly checks: Check[];
  readonly trace: TraceDraft[];
}

/** The trace steps the drafts write, in order. */
export function writeTrace(drafts: readonly TraceDraft[]): TraceStep[] {
  return drafts.flatMap((d) => d());
}

/** A step's value, or the issues that refuse the plan there. */
export type Step<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

/** A step that goes on with `value`. */
export const next = <T>(value: T): Step<T> => ({ ok: true, value });

/** A step that refuses the plan with `issues`. */
export const refuse = <T>(...issues: Issue[]): Step<T> => ({ ok: false, issues });
