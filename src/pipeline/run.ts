/**
 * The planning pipeline: prepare the protocol, then the patient, dose, bag, pump and delivered
 * steps in order. Each step computes with its stage, judges with its rules and writes its working;
 * the first refusal ends the run. Acknowledgements and the plan object are the caller's.
 */
import { dec } from '../decimal/index.js';
import type { Catalogue } from '../catalogue/types.js';
import type { PlanParts } from '../present/assemble.js';
import { prepareProtocol } from '../prepare/protocol.js';
import { catalogueStep } from '../present/trace-patient.js';
import type { RefusalPaths } from '../rules/rule.js';
import type { PlanInput } from '../schema/input.js';
import type { Issue } from '../types/issues.js';
import { containerChoice, labelRampOf } from '../stages/features.js';
import { bagStep } from './bag-step.js';
import { deliveredStep } from './delivered-step.js';
import type { ComponentFacts } from '../stages/component-facts.js';
import { minimumDurationsH } from '../stages/pump-program.js';
import { type Ceilings, type Order, ceilingsFor, orderStep } from './order-step.js';
import { type Params, derivedParam, notDerivable, paramsStep } from './params-step.js';
import { type PatientFacts, patientStep } from './patient-step.js';
import { pumpStep } from './pump-step.js';
import { type Findings, type Step, next, refuse } from './state.js';
import { titrationStep } from './titration-step.js';
import type { PreparedProtocol } from '../prepare/protocol.js';
import type { LabelRamp } from '../stages/features.js';
import type { Decided } from '../titration/result.js';
import type { ContainerChoice } from '../stages/features.js';

/** The plan's parts before acknowledgements, and the facts a combination re-judges. */
export interface PipelineResult {
  readonly parts: Omit<PlanParts, 'needsAck'>;
  readonly facts: ComponentFacts;
  /** Where a refusal by each failed hard finding among the parts' checks points, from the rule that judged it. */
  readonly paths: RefusalPaths;
}

interface DoseFacts {
  readonly ramp: LabelRamp | undefined;
  readonly container: ContainerChoice;
  /** The titration decision with the exact values of its doses. */
  readonly titration: Decided | undefined;
  readonly params: Params;
  readonly order: Order;
  readonly ceilings: Ceilings;
  readonly derivedDuration: boolean;
}

/** Runs every step for a parsed request against a catalogue. */
export function runPipeline(input: PlanInput, catalogue: Catalogue): Step<PipelineResult> {
  const prepared = prepareProtocol(catalogue, input.protocol, input.careArea);
  if (!prepared.ok) return refuse(prepared.issue);
  const p = prepared.value;
  const f: Findings = { checks: [], trace: [catalogueStep(p)], paths: new Map() };
  const patient = patientStep(input, p, f);
  if (!patient.ok) return patient;
  const dose = doseSteps(input, p, patient.value, f);
  if (!dose.ok) return dose;
  const { order, params, ceilings } = dose.value;
  const bag = bagStep(input, p, dose.value.container, order, ceilings, f);
  if (!bag.ok) return bag;
  const W = patient.value.W;
  const pump = pumpStep(input, p, bag.value, order, params, dose.value.ramp, W, ceilings, f);
  const judged = deliveredStep({ input, p, bag: bag.value, order, pump, W, derivedDuration: dose.value.derivedDuration }, f);
  const pt = patient.value;
  const facts: ComponentFacts = {
    agent: p.agent.id,
    dosingWeightKg: W,
    rateCeilingsMgH: ceilings.rate,
    limits: p.limitsInForce,
    risks: judged.risks,
    caps: judged.caps,
    pumpRange: pump.range,
    increment: pump.increment,
    amountMg: bag.value.prep.additive?.amountMg ?? dec(0),
    durationH: order.ordered.durationH,
    minDurationsH: minimumDurationsH(p.limitsInForce, p.exact),
    prep: bag.value.prep,
    windows: judged.windows,
  };
  const parts: PipelineResult['parts'] = {
    catalogue,
    protocol: p.protocol,
    agent: p.agent,
    product: bag.value.product,
    input,
    weightKg: pt.body.weightKg,
    heightCm: pt.body.heightCm,
    bsa: pt.bsa,
    crcl: pt.crcl,
    dosingWeight: pt.dosingWeight,
    params,
    ordered: order.ordered,
    loading: order.loading ? { mg: order.loading.mg, durationH: order.loading.durationH, stated: order.loading.stated } : undefined,
    prep: bag.value.prep,
    pump: pump.pump,
    increment: pump.increment,
    minRate: pump.range.minRate,
    maxPumpRate: pump.range.maxRate,
    checks: f.checks,
    requirements: judged.requirements,
    titration: dose.value.titration?.decision,
    trace: f.trace,
  };
  return next({ parts, facts, paths: f.paths });
}

/** Titration, the dose parameters, the ordered dose and the ceilings rounding must respect. */
function doseSteps(input: PlanInput, p: PreparedProtocol, patient: PatientFacts, f: Findings): Step<DoseFacts> {
  const derived = derivedParam(p.protocol.regimen);
  const issues: Issue[] = [];
  const fixed = notDerivable(input, derived, p.protocol.regimen);
  if (fixed) issues.push(fixed);
  const ramp = labelRampOf(p, input);
  const container = containerChoice(input, p.exact);
  const titration = titrationStep(input, p, f);
  if (!titration.ok) return titration;
  const params = paramsStep({ input, p, patient, ramp, container, titration: titration.value }, issues, f);
  if (!params.ok) return params;
  const order = orderStep(input, p, params.value, patient.W, derived, f);
  if (!order.ok) return order;
  const ceilings = ceilingsFor(p, order.value.ordered, params.value, patient.W);
  return next({ ramp, container, titration: titration.value, params: params.value, order: order.value, ceilings, derivedDuration: derived === 'duration' });
}
