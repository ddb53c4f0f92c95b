/** Helpers shared by the golden test files: plan, re-check, and read quantities as "value unit". */
import { expect } from 'vitest';
import * as api from '../support/untyped.js';
import type { Plan, PlanResult, Quantity } from '../support/untyped.js';
import { independentDisagreements } from '../support/independent-dose.js';
import { takeRuleWalk } from '../support/rule-walk.js';
import { schemaErrors } from '../schema/validator.js';

const { checkPlan } = api;

/**
 * planInfusion, with what every golden case also checks: each finding against its rule's declared
 * codes, severity and path, and the request and result against the published JSON Schemas.
 */
export function planInfusion(input: unknown): PlanResult {
  takeRuleWalk(undefined);
  const result = api.planInfusion(input);
  // Every finding has a code and severity its rule declares, and every refusal points where its rule says.
  expect(takeRuleWalk(result), 'a rule disagrees with its declared codes, severity or path').toEqual([]);
  // Every golden output is also a case of the published result schema, read by Ajv (issue 13 item 6).
  expect(schemaErrors('plan-input', input), 'the plan request schema').toEqual([]);
  expect(schemaErrors('plan-result', result), 'the plan result schema').toEqual([]);
  return result;
}

/** A quantity as a "value unit" string. */
export const q = (x: Quantity): string => `${x.value} ${x.unit}`;

/** The only element of a list, or a thrown error naming what was expected. */
export function only<T>(xs: readonly T[], what: string): T {
  const x = xs[0];
  if (xs.length !== 1 || x === undefined) throw new Error(`expected exactly one ${what}, got ${xs.length}`);
  return x;
}

/**
 * Plans the input, asserting it is ok, that it passes the independent re-check of its own bag and
 * pump (checkPlan), and that its dosing weight, ordered dose, bag and delivered dose agree with a
 * second derivation from the protocol record and the patient (tests/support/independent-dose.ts).
 */
export function planOk(input: unknown): { plan: Plan; result: Extract<PlanResult, { ok: true }> } {
  const result = planInfusion(input);
  expect(result.ok, result.ok ? '' : JSON.stringify(result.issues, null, 2)).toBe(true);
  if (!result.ok) throw new Error('plan refused');
  expect(checkPlan(result.plan)).toEqual({ ok: true });
  expect(checkPlan(result.plan, api.BUILTIN_CATALOGUE), 'checkPlan re-deriving the order from the catalogue').toEqual({ ok: true });
  expect(independentDisagreements(input, result.plan, api.BUILTIN_CATALOGUE), 'the independent derivation of the dose').toEqual([]);
  return { plan: result.plan, result };
}
