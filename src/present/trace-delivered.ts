/** Trace steps for what is delivered: earlier doses added over a limit's window. */
import type { Dec } from '../decimal/index.js';
import type { Limit } from '../catalogue/types.js';
import type { TraceStep } from '../types/plan.js';
import { quantity } from '../units/quantity.js';

/** This session's dose plus the earlier ones inside a limit's window. */
export function cumulativeStep(limit: Limit, thisMg: Dec, priorMg: Dec): TraceStep {
  const window = limit.window;
  return {
    step: `cumulative.${limit.id}`,
    description: `Earlier doses within the ${window === 'course' ? 'course' : `${window?.hours} h window`} added to this session's`,
    formula: 'mg = this session + sum(earlier sessions in the window)',
    inputs: { thisSession: quantity(thisMg, 'mg'), earlier: quantity(priorMg, 'mg') },
    result: quantity(thisMg.add(priorMg), 'mg'),
  };
}
