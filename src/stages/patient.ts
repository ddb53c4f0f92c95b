/**
 * The patient stage: body measures in kg and cm (exact conversions), refused when not above zero,
 * and the patient's dosing weight by the protocol's (or agent's) weight rule.
 */
import type { Dec } from '../decimal/index.js';
import type { WeightRule } from '../catalogue/types.js';
import { quantity } from '../units/quantity.js';
import { type DosingWeightResult, type WeightNeed, chooseDosingWeight } from '../patient/weights.js';
import type { PlanInput } from '../schema/input.js';
import type { Issue, Issues } from '../types/issues.js';
import { cmPer, kgPer } from '../units/index.js';

/** Weight in kg and height in cm, exact. */
export interface Body {
  readonly weightKg: Dec;
  readonly heightCm: Dec | undefined;
}

/** The patient's weight and height in kg and cm, or the issue for one not above zero. */
export function resolveBody(patient: PlanInput['patient']): { ok: true; value: Body } | { ok: false; issue: Issue } {
  const weightKg = patient.weight.value.mul(kgPer(patient.weight.unit));
  const heightCm = patient.height ? patient.height.value.mul(cmPer(patient.height.unit)) : undefined;
  if (weightKg.lte(0)) {
    return { ok: false, issue: { code: 'weight_not_positive', path: ['patient', 'weight', 'value'], message: 'Weight must be greater than zero.' } };
  }
  if (heightCm && heightCm.lte(0)) {
    return { ok: false, issue: { code: 'height_not_positive', path: ['patient', 'height', 'value'], message: 'Height must be greater than zero.' } };
  }
  return { ok: true, value: { weightKg, heightCm } };
}

/**
 * The dosing weight by `rule`, or the issues naming what the rule needs and the record lacks, or
 * the refusal of a formula that gives no positive weight.
 */
export function resolveDosingWeight(
  rule: WeightRule,
  body: Body,
  patient: PlanInput['patient'],
): { ok: true; value: DosingWeightResult } | { ok: false; issues: Issues } {
  const dw = chooseDosingWeight(rule, {
    weightKg: body.weightKg,
    ...(body.heightCm ? { heightCm: body.heightCm } : {}),
    ...(patient.sex ? { sex: patient.sex } : {}),
  });
  if (!dw.ok) {
    const [first, ...rest] = dw.missing;
    return { ok: false, issues: [missingForWeight(first, rule), ...rest.map((m) => missingForWeight(m, rule))] };
  }
  return { ok: true, value: dw.value };
}

function missingForWeight(m: WeightNeed, rule: WeightRule): Issue {
  return {
    code: `${m}_required`,
    path: ['patient', m],
    message: `This protocol doses by ${rule.basis} body weight, which needs the patient's ${m}.`,
    source: rule.source,
  };
}

/** The refusal of an ideal weight below the lightest adult weight: the formula is not valid at this height. */
export function idealWeightNotValid(idealKg: Dec, lightestKg: Dec): Issue {
  return {
    code: 'ideal_weight_not_valid',
    path: ['patient', 'height'],
    message: `The ideal-weight formula (Devine) gives ${quantity(idealKg, 'kg').value} kg at this height, below the lightest adult weight of ${quantity(lightestKg, 'kg').value} kg, so it is not valid here and no ideal or adjusted weight can be worked out; check the height and its unit, or dose this patient outside the planner.`,
    expected: `an ideal weight of at least ${quantity(lightestKg, 'kg').value} kg`,
    received: `${quantity(idealKg, 'kg').value} kg`,
  };
}

/** The refusal of a dosing weight that is not above zero (an ideal-weight formula at a small height). */
export function dosingWeightNotPositive(): Issue {
  return {
    code: 'dosing_weight_not_positive',
    path: ['patient', 'height'],
    message: 'The ideal-weight formula gives no positive weight at this height; check the height and its unit.',
  };
}
