// A plan's working for a test: the plan made (a refusal fails the test with its issues), and its
// trace steps found by id.
import { type Catalogue, planInfusion } from './untyped.js';

/** A trace step as a test reads it. */
export type Step = { step: string; description?: string; formula?: string; inputs?: Record<string, unknown>; result?: unknown; rounding?: unknown };

/** The trace of the plan for `input` (on `catalogue` when given). */
export function traceOf(input: object, catalogue?: Catalogue): Step[] {
  const r = planInfusion(input, catalogue);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan.trace as Step[];
}

/** The step `id` of `trace`. */
export const stepOf = (trace: readonly Step[], id: string): Step | undefined => trace.find((s) => s.step === id);

/** A quantity as a plan writes it. */
export const q = (value: string, unit: string) => ({ value, unit });
