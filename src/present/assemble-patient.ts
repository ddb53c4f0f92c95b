/**
 * The patient in the public plan: the measurements given and derived, and the dosing weight with the
 * rule that chose it and the weights it chose from.
 */
import type { DosingWeightResult } from '../patient/weights.js';
import { quantity } from '../units/quantity.js';
import type { PlanParts } from './assemble.js';
import type { DosingWeight, Plan } from '../types/plan.js';

/**
 * The patient as given, each optional measurement only when known, with the body-surface area and
 * creatinine clearance when they could be worked out.
 * @param parts - the planner's parts (the input, the weight and height, the derived values)
 * @returns the plan's patient
 */
export function presentPatient(parts: PlanParts): Plan['patient'] {
  const { patient } = parts.input;
  return {
    weight: quantity(parts.weightKg, 'kg'),
    ...(parts.heightCm ? { height: quantity(parts.heightCm, 'cm') } : {}),
    ...(patient.sex ? { sex: patient.sex } : {}),
    ...(patient.ageYears ? { ageYears: quantity(patient.ageYears, 'a') } : {}),
    ...(patient.creatinineMgDl ? { creatinine: quantity(patient.creatinineMgDl, 'mg/dL') } : {}),
    ...(parts.bsa ? { bodySurfaceArea: quantity(parts.bsa, 'm2') } : {}),
    ...(parts.crcl ? { creatinineClearance: quantity(parts.crcl, 'mL/min') } : {}),
  };
}

/**
 * The dosing weight, its basis and the rule's reason, with each weight it was chosen from.
 * @param d - the dosing weight as chosen, in kg
 * @returns the plan's dosing weight
 */
export function presentDosingWeight(d: DosingWeightResult): DosingWeight {
  return {
    value: quantity(d.kg, 'kg'),
    basis: d.basis,
    requestedBasis: d.requested,
    reason: d.reason,
    formula: d.formula,
    source: d.source,
    actual: quantity(d.actualKg, 'kg'),
    ...(d.idealKg ? { ideal: quantity(d.idealKg, 'kg') } : {}),
    ...(d.adjustedKg ? { adjusted: quantity(d.adjustedKg, 'kg') } : {}),
    ...(d.leanKg ? { lean: quantity(d.leanKg, 'kg') } : {}),
    ...(d.bmi ? { bmi: quantity(d.bmi, 'kg/m2') } : {}),
  };
}
