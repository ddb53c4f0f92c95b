/**
 * Turning the planner's exact internal values into the public {@link Plan}. The presenters for each
 * part are the assemble-*.ts files beside this one.
 */
import { findingsOf } from '../checks/findings.js';
import { LIBRARY } from '../types/library.js';
import type { Dec } from '../decimal/index.js';
import type { Agent, Catalogue, Product, Protocol } from '../catalogue/types.js';
import type { Preparation } from '../compounding/prepare.js';
import type { DosingWeightResult } from '../patient/weights.js';
import type { PumpPlan } from '../pump/settings.js';
import type { PlanInput } from '../schema/input.js';
import type { TitrationDecision } from '../catalogue/titration.js';
import { presentBag } from './assemble-bag.js';
import { checkInMass, displayMassOf } from './check-units.js';
import { presentAgentDose } from './assemble-dose.js';
import { presentAdjuncts, presentNotes } from './assemble-notes.js';
import { presentDosingWeight, presentPatient } from './assemble-patient.js';
import { presentPumpSettings } from './assemble-pump.js';
import type { OrderedDose, ParamName, ResolvedParam } from '../stages/dose.js';
import type { Check, Plan, PlanResult, TraceStep } from '../types/plan.js';

/** Everything the planner worked out, in base units (mg, mL, h, kg). */
export interface PlanParts {
  readonly catalogue: Catalogue;
  readonly protocol: Protocol;
  readonly agent: Agent;
  readonly product: Product;
  readonly input: PlanInput;
  readonly weightKg: Dec;
  readonly heightCm: Dec | undefined;
  readonly bsa: Dec | undefined;
  readonly crcl: Dec | undefined;
  readonly dosingWeight: DosingWeightResult;
  readonly params: Partial<Record<ParamName, ResolvedParam>>;
  readonly ordered: OrderedDose;
  /** A loading dose before the maintenance regimen, in mg over h. */
  readonly loading: { readonly mg: Dec; readonly durationH: Dec; readonly stated: { readonly value: Dec; readonly unit: string } } | undefined;
  readonly prep: Preparation;
  readonly pump: PumpPlan;
  readonly increment: Dec;
  readonly minRate: Dec;
  readonly maxPumpRate: Dec;
  readonly checks: Check[];
  readonly needsAck: boolean;
  readonly requirements: Plan['requirements'];
  readonly titration: TitrationDecision | undefined;
  readonly trace: TraceStep[];
}

/**
 * Builds the public plan and its warnings from the planner's parts. Each part of the plan has its
 * own presenter beside this file; this one puts them in the plan's key order, which is part of
 * its JSON output.
 * @param parts - everything the planner worked out, in base units
 * @returns the plan, with its findings sorted ({@link findingsOf})
 */
export function assemblePlan(parts: PlanParts): PlanResult {
  const { catalogue, protocol, agent, input } = parts;
  // The findings in the agent's display unit (mcg for dexmedetomidine, g for magnesium): an exact shift.
  const checks = parts.checks.map((c) => checkInMass(c, displayMassOf(agent)));
  const agentDose = presentAgentDose(parts);
  const bag = presentBag(parts.prep, parts.pump.vtbiMl, agent, parts.product);
  const pump = presentPumpSettings(parts);
  const plan: Plan = {
    library: LIBRARY,
    catalogue: { id: catalogue.id, version: catalogue.version, ...(input.careArea !== undefined ? { careArea: input.careArea } : {}) },
    protocol: { id: protocol.id, version: protocol.version, name: protocol.name, indication: protocol.indication, source: protocol.source },
    session: { number: input.session, of: protocol.schedule.sessions, schedule: protocol.schedule.description },
    patient: presentPatient(parts),
    dosingWeight: presentDosingWeight(parts.dosingWeight),
    agents: [agentDose],
    bag,
    pump,
    checks,
    acknowledgements: input.acknowledgements.map((a) => ({ ...a })),
    status: parts.needsAck ? 'needs-acknowledgement' : 'ready',
    notes: presentNotes(agent, protocol),
    adjuncts: presentAdjuncts(protocol),
    requirements: parts.requirements,
    ...(parts.titration ? { titration: parts.titration } : {}),
    trace: parts.trace,
  };
  return { ok: true, plan, ...findingsOf(checks) };
}
