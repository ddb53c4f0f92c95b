/**
 * The door of the readers of a finished plan (`checkPlan`, `formatPlan`, `toFhir`): the plan is read
 * once into plain data by the guard, then its outline is checked, so a value that is not a plan (or
 * is a combination plan, which these readers do not take) gets a coded issue instead of a TypeError.
 *
 * The copy is held to the plan limits ({@link PLAN_BOUNDS}: `too_many`, `too_long`, `too_many_digits`,
 * `too_deep`, `too_large`), then checked against the full plan schema (src/schema/plan-schema.ts): a
 * field that is missing, of the wrong type, a quantity that is not a plain decimal with a known unit,
 * an unknown key, gets `not_a_plan` with its path, so no reader trips on a malformed plan.
 *
 * @module
 */
import type * as z from 'zod/mini';
import { PLAN_BOUNDS, checkBounds } from '../types/input-limits.js';
import type { Issue, Issues } from '../types/issues.js';
import type { Plan } from '../types/plan.js';
import { snapshot } from './guard.js';
import { planSchema } from './plan-schema.js';

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

/** What a zod issue says the field must be, in the words of a not_a_plan message. */
function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `present (${issue.expected})` : `of type ${issue.expected}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return 'a plain decimal string such as "0.35"';
    case 'invalid_union':
      return 'one of the shapes a plan writes here';
    default:
      return issue.message;
  }
}

/** One not_a_plan issue per bad field (an unknown key: one per key), each with its path. */
function schemaIssues(plan: unknown): Issue[] {
  const parsed = planSchema.safeParse(plan);
  if (parsed.success) return [];
  return parsed.error.issues.flatMap((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => notAPlan([...path, key], 'absent (a plan has no such field)'));
    return [notAPlan(path, expectedOf(issue))];
  });
}

/**
 * Reads a value a caller says is a single-infusion plan.
 *
 * @param value - Anything.
 * @returns The plain copy typed as a {@link Plan}, or coded issues: those of the guard's snapshot and
 *   of the plan limits, `combination_plan_not_supported` for a plan from `planCombination`,
 *   `not_a_plan` (one per bad field, with its path) otherwise.
 */
export function readPlan(value: unknown): { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly issues: Issues } {
  // Twice the plan's value limit: a little over it gets the limit's own code, far over it is cut short by the copy.
  const read = snapshot(value, 2 * PLAN_BOUNDS.nodes);
  if (!read.ok) return read;
  const plan = read.value;
  const tooBig = checkBounds(plan, PLAN_BOUNDS);
  if (tooBig !== undefined) return { ok: false, issues: [tooBig] };
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
  const [first, ...rest] = schemaIssues(plan);
  if (first !== undefined) return { ok: false, issues: [first, ...rest] };
  return { ok: true, plan: plan as unknown as Plan };
}
