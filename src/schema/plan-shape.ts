/**
 * The door of the readers of a finished plan (`checkPlan`, `formatPlan`, `toFhir`): the plan is read
 * once into plain data by the guard, then its outline is checked, so a value that is not a plan (or
 * is a combination plan, which these readers do not take) gets a coded issue instead of a TypeError.
 *
 * Only the outline is checked (the fields every reader starts from, and that each entry of its lists
 * is an object); a plan from `planInfusion` always has it. A value malformed deeper inside is not
 * checked here: a reader that trips on one returns `internal_error`.
 *
 * @module
 */
import type { Issue, Issues } from '../types/issues.js';
import type { Plan } from '../types/plan.js';
import { snapshot } from './guard.js';

const OBJECT_FIELDS = ['catalogue', 'protocol', 'session', 'patient', 'dosingWeight', 'bag', 'pump'] as const;
const ARRAY_FIELDS = ['agents', 'checks', 'acknowledgements', 'notes'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function notAPlan(path: readonly (string | number)[], expected: string): Issue {
  return {
    code: 'not_a_plan',
    path,
    expected,
    message: `This is not a plan from planInfusion: ${path.length > 0 ? path.join('.') : 'the value'} must be ${expected}.`,
  };
}

function outlineIssues(plan: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  for (const key of OBJECT_FIELDS) if (!isRecord(plan[key])) issues.push(notAPlan([key], 'an object'));
  for (const key of ARRAY_FIELDS) {
    const list = plan[key];
    if (!Array.isArray(list)) issues.push(notAPlan([key], 'a list'));
    else list.forEach((item, i) => isRecord(item) || issues.push(notAPlan([key, i], 'an object')));
  }
  if (plan['status'] !== 'ready' && plan['status'] !== 'needs-acknowledgement') issues.push(notAPlan(['status'], '"ready" or "needs-acknowledgement"'));
  const bag = plan['bag'];
  if (isRecord(bag) && !Array.isArray(bag['additives'])) issues.push(notAPlan(['bag', 'additives'], 'a list'));
  const pump = plan['pump'];
  if (isRecord(pump) && !Array.isArray(pump['segments'])) issues.push(notAPlan(['pump', 'segments'], 'a list'));
  return issues;
}

/**
 * Reads a value a caller says is a single-infusion plan.
 *
 * @param value - Anything.
 * @returns The plain copy typed as a {@link Plan}, or coded issues: those of the guard's snapshot,
 *   `combination_plan_not_supported` for a plan from `planCombination`, `not_a_plan` otherwise.
 */
export function readPlan(value: unknown): { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly issues: Issues } {
  const read = snapshot(value);
  if (!read.ok) return read;
  const plan = read.value;
  if (!isRecord(plan)) return { ok: false, issues: [notAPlan([], 'a plan object')] };
  if (Array.isArray(plan['protocols']) && Array.isArray(plan['dosingWeights'])) {
    return {
      ok: false,
      issues: [
        {
          code: 'combination_plan_not_supported',
          path: [],
          message: 'This is a combination plan (several agents in one bag); this function reads single-infusion plans from planInfusion only.',
        },
      ],
    };
  }
  const [first, ...rest] = outlineIssues(plan);
  if (first !== undefined) return { ok: false, issues: [first, ...rest] };
  return { ok: true, plan: plan as unknown as Plan };
}
