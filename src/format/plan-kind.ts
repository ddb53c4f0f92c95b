/**
 * The dispatch in front of the plan readers (`checkPlan`, `formatPlan`, `toFhir`, the worksheet):
 * which kind of plan a value is, read once into plain data, before the single-infusion plan goes on
 * to its own reading step (`readPlan` in `./plan-shape.ts`).
 *
 * A combination plan (from `planCombination`) and a nasal-spray plan (from `planNasalSpray`) get an
 * outline check of the fields every reader starts from; a value malformed deeper inside is not
 * checked here: a reader that trips on one returns `internal_error`.
 *
 * @module
 */
import type { CombinationPlan } from '../plan/combination-types.js';
import type { NasalSprayPlan } from '../nasal/types.js';
import type { Issue, Issues } from '../types/issues.js';
import type { Plan } from '../types/plan.js';
import { snapshot } from '../schema/guard.js';
import { readPlan } from '../schema/plan-shape.js';

/** A plan of any kind, once read. */
export type AnyPlanRead =
  | { readonly ok: true; readonly kind: 'infusion'; readonly plan: Plan }
  | { readonly ok: true; readonly kind: 'combination'; readonly plan: CombinationPlan }
  | { readonly ok: true; readonly kind: 'nasal'; readonly plan: NasalSprayPlan }
  | { readonly ok: false; readonly issues: Issues };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function notAPlan(path: readonly (string | number)[], expected: string, kind: string): Issue {
  return {
    code: 'not_a_plan',
    path,
    expected,
    message: `This is not a ${kind} plan: ${path.length > 0 ? path.join('.') : 'the value'} must be ${expected}.`,
  };
}

/** Outline problems: each named field an object, each named list a list of objects. */
function outline(plan: Record<string, unknown>, objects: readonly string[], lists: readonly string[], kind: string): Issue[] {
  const issues: Issue[] = [];
  for (const key of objects) if (!isRecord(plan[key])) issues.push(notAPlan([key], 'an object', kind));
  for (const key of lists) {
    const list = plan[key];
    if (!Array.isArray(list)) issues.push(notAPlan([key], 'a list', kind));
    else list.forEach((item, i) => isRecord(item) || issues.push(notAPlan([key, i], 'an object', kind)));
  }
  if (plan['status'] !== 'ready' && plan['status'] !== 'needs-acknowledgement') issues.push(notAPlan(['status'], '"ready" or "needs-acknowledgement"', kind));
  return issues;
}

/** Whether a plain value is shaped as a combination plan (its protocols and dosing weights are lists). */
function isCombination(plan: Record<string, unknown>): boolean {
  return Array.isArray(plan['protocols']) && Array.isArray(plan['dosingWeights']);
}

/** Whether a plain value is shaped as a nasal-spray plan (its data set is the nasal one). */
function isNasal(plan: Record<string, unknown>): boolean {
  const data = plan['data'];
  return isRecord(data) && data['id'] === 'ketamine-nasal';
}

const COMBINATION_OBJECTS = ['catalogue', 'session', 'patient', 'bag', 'pump'] as const;
const COMBINATION_LISTS = ['protocols', 'dosingWeights', 'agents', 'checks', 'acknowledgements', 'notes'] as const;
const NASAL_OBJECTS = ['data', 'agent', 'concentration', 'actuationVolume', 'dose', 'nostrils', 'bottle', 'dailyDose', 'maxDailyDose'] as const;
const NASAL_LISTS = ['checks', 'acknowledgements', 'notes'] as const;

/**
 * Reads a plan of any kind: a combination or nasal-spray plan by its outline, anything else through
 * the single-infusion reader.
 *
 * @param value - Anything.
 * @returns The plain copy with its kind, or coded issues (the guard's, or `not_a_plan`).
 */
export function readAnyPlan(value: unknown): AnyPlanRead {
  const read = snapshot(value);
  if (!read.ok) return read;
  const plan = read.value;
  if (isRecord(plan) && isCombination(plan)) {
    const bag = plan['bag'];
    const extra = isRecord(bag) && !Array.isArray(bag['additives']) ? [notAPlan(['bag', 'additives'], 'a list', 'combination')] : [];
    const [first, ...rest] = [...outline(plan, COMBINATION_OBJECTS, COMBINATION_LISTS, 'combination'), ...extra];
    return first !== undefined ? { ok: false, issues: [first, ...rest] } : { ok: true, kind: 'combination', plan: plan as unknown as CombinationPlan };
  }
  if (isRecord(plan) && isNasal(plan)) {
    const [first, ...rest] = outline(plan, NASAL_OBJECTS, NASAL_LISTS, 'nasal-spray');
    return first !== undefined ? { ok: false, issues: [first, ...rest] } : { ok: true, kind: 'nasal', plan: plan as unknown as NasalSprayPlan };
  }
  const single = readPlan(plan);
  return single.ok ? { ok: true, kind: 'infusion', plan: single.plan } : single;
}
