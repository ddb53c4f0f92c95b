/**
 * The plan's trace, written when it is first read. Each pipeline step leaves an entry: a step already
 * written, or a function that writes its step (or steps) from the stage values it closes over. The
 * plan's `trace` is an enumerable getter that writes every entry once, in order, and keeps the
 * deep-frozen result, so `JSON.stringify`, `toEqual`, spreads and `structuredClone` see the same steps
 * as an eager trace would give, and a plan whose trace is never read never formats it.
 */
import { deepFreeze } from '../types/freeze.js';
import type { TraceStep } from '../types/plan.js';

/** A trace step, or a function that writes one or more steps when the trace is read. */
export type TraceEntry = TraceStep | (() => TraceStep | readonly TraceStep[]);

/** Writes the entries' steps, in order. */
export function writeTrace(entries: readonly TraceEntry[]): TraceStep[] {
  const steps: TraceStep[] = [];
  for (const e of entries) {
    if (typeof e !== 'function') {
      steps.push(e);
      continue;
    }
    const written = e();
    if (Array.isArray(written)) steps.push(...(written as readonly TraceStep[]));
    else steps.push(written as TraceStep);
  }
  return steps;
}

/** A function that returns the entries' steps, written and deep-frozen on its first call, the same array after. */
export function lazyTrace(entries: readonly TraceEntry[]): () => readonly TraceStep[] {
  let trace: readonly TraceStep[] | undefined;
  return () => (trace ??= deepFreeze(writeTrace(entries)));
}
