/**
 * The pipeline's patient steps: body measures, plausibility, the dosing weight, the session in its
 * course, and body-surface area and creatinine clearance where the record allows them.
 */
import type { Dec } from '../decimal/index.js';
import { bodySurfaceArea, creatinineClearance } from '../patient/formulas.js';
import type { DosingWeightResult } from '../patient/weights.js';
import type { PreparedProtocol } from '../prepare/protocol.js';
import { bodySteps, bsaStep, clearanceStep, dosingWeightStep } from '../present/trace-patient.js';
import { RULES, judge, refusalsOf } from '../rules/table.js';
import type { PlanInput } from '../schema/input.js';
import { type Body, dosingWeightNotPositive, idealWeightNotValid, resolveBody, resolveDosingWeight } from '../stages/patient.js';
import { type Findings, type Step, next, refuse, refuseAll, refuseAny } from './state.js';

/** The patient as the later steps read it. */
export interface PatientFacts {
  readonly body: Body;
  readonly dosingWeight: DosingWeightResult;
  /** The dosing weight in kg. */
  readonly W: Dec;
  readonly bsa: Dec | undefined;
  readonly crcl: Dec | undefined;
}

/** Body measures, their plausibility (a hard finding refuses here) and the dosing weight. */
export function patientStep(input: PlanInput, p: PreparedProtocol, f: Findings): Step<PatientFacts> {
  const body = resolveBody(input.patient);
  if (!body.ok) return refuse(body.issue);
  f.trace.push(...bodySteps(input.patient, body.value));
  f.checks.push(...judge(RULES.patient, { p, input, body: body.value }, f.paths));
  const patientRefused = refuseAny(refusalsOf(f.checks, f.paths));
  if (patientRefused) return patientRefused;
  const weightRule = p.protocol.weight ?? p.agent.weight;
  const dw = resolveDosingWeight(weightRule, body.value, input.patient);
  if (!dw.ok) return refuseAll(dw.issues);
  const lightest = p.exact.lightestAdultKg;
  if (dw.value.idealKg !== undefined && (dw.value.idealKg.lte(0) || dw.value.idealKg.lt(lightest)))
    return refuse(idealWeightNotValid(dw.value.idealKg, lightest));
  f.trace.push(dosingWeightStep(dw.value, body.value, input.patient));
  if (dw.value.kg.lte(0)) return refuse(dosingWeightNotPositive());
  f.checks.push(...judge(RULES.dosingWeight, { p, input, body: body.value, dosingWeight: dw.value, weightRule }, f.paths));
  return next(measures(input, p, f, body.value, dw.value));
}

/** Body-surface area and creatinine clearance (on the weight the protocol's bands use), when computable. */
function measures(input: PlanInput, p: PreparedProtocol, f: Findings, body: Body, dw: DosingWeightResult): PatientFacts {
  const { weightKg, heightCm } = body;
  const pt = input.patient;
  const bands = p.protocol.clearanceBands;
  const crclWeight = bands && bands.weight !== 'actual' ? dw.kg : weightKg;
  const bsa = heightCm ? bodySurfaceArea(heightCm, weightKg) : undefined;
  const crcl = pt.ageYears && pt.sex && pt.creatinineMgDl ? creatinineClearance(pt.ageYears, crclWeight, pt.creatinineMgDl, pt.sex) : undefined;
  if (bsa && heightCm) f.trace.push(bsaStep(heightCm, weightKg, bsa));
  if (crcl) f.trace.push(clearanceStep(pt, crclWeight, crcl));
  return { body, dosingWeight: dw, W: dw.kg, bsa, crcl };
}
