/** Trace steps for the catalogue, the patient's measures and the dosing weight. */
import type { Dec } from '../decimal/index.js';
import type { DosingWeightResult } from '../patient/weights.js';
import type { PreparedProtocol } from '../prepare/protocol.js';
import type { TraceStep } from '../types/plan.js';
import type { PlanInput } from '../schema/input.js';
import { quantity } from '../units/quantity.js';
import type { Body } from '../stages/patient.js';

/** Which catalogue, protocol and care area produced the plan. */
export function catalogueStep(p: PreparedProtocol): TraceStep {
  const { catalogue, protocol, careArea } = p;
  return {
    step: 'catalogue',
    description: 'Catalogue and protocol used',
    result: `${catalogue.id} ${catalogue.version}; ${protocol.id} ${protocol.version}${careArea ? `; care area ${careArea}` : ''}`,
  };
}

/** Weight in kg, and height in cm when given, with the exact conversion used. */
export function bodySteps(patient: PlanInput['patient'], body: Body): TraceStep[] {
  const steps: TraceStep[] = [
    {
      step: 'patient.weight',
      description: 'Body weight in kg',
      formula: patient.weight.unit === 'kg' ? 'kg' : 'kg = lb x 0.45359237 (exact)',
      inputs: { weight: quantity(patient.weight.value, patient.weight.unit) },
      result: quantity(body.weightKg, 'kg'),
    },
  ];
  if (patient.height && body.heightCm) {
    steps.push({
      step: 'patient.height',
      description: 'Height in cm',
      formula: patient.height.unit === 'cm' ? 'cm' : 'cm = in x 2.54 (exact)',
      inputs: { height: quantity(patient.height.value, patient.height.unit) },
      result: quantity(body.heightCm, 'cm'),
    });
  }
  return steps;
}

/** The dosing weight, its basis and why. */
export function dosingWeightStep(dw: DosingWeightResult, body: Body, patient: PlanInput['patient']): TraceStep {
  return {
    step: 'dosing-weight',
    description: `Dosing weight (${dw.basis}${dw.basis !== dw.requested ? `, requested ${dw.requested}` : ''}): ${dw.reason}`,
    formula: dw.formula,
    inputs: {
      actual: quantity(body.weightKg, 'kg'),
      ...(body.heightCm ? { height: quantity(body.heightCm, 'cm') } : {}),
      ...(patient.sex ? { sex: patient.sex } : {}),
    },
    result: quantity(dw.kg, 'kg'),
  };
}

/** Body-surface area (Mosteller). */
export function bsaStep(heightCm: Dec, weightKg: Dec, bsa: Dec): TraceStep {
  return {
    step: 'patient.bsa',
    description: 'Body-surface area (Mosteller)',
    formula: 'm2 = sqrt(cm x kg / 3600)',
    inputs: { height: quantity(heightCm, 'cm'), weight: quantity(weightKg, 'kg') },
    result: quantity(bsa, 'm2'),
  };
}

/** Creatinine clearance (Cockcroft-Gault) on the weight the protocol's bands use. */
export function clearanceStep(patient: PlanInput['patient'], weightKg: Dec, crcl: Dec): TraceStep {
  return {
    step: 'patient.creatinine-clearance',
    description: 'Creatinine clearance (Cockcroft-Gault)',
    formula: 'mL/min = (140 - age) x kg / (72 x SCr mg/dL), x 0.85 if female',
    inputs: {
      age: quantity(patient.ageYears as Dec, 'a'),
      weight: quantity(weightKg, 'kg'),
      creatinine: quantity(patient.creatinineMgDl as Dec, 'mg/dL'),
    },
    result: quantity(crcl, 'mL/min'),
  };
}
