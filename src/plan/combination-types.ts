/** The public shape of a combination plan: one bag holding several agents, run at one rate. */
import type { Issues } from '../types/issues.js';
import type { AgentDose, Check, Findings, Plan, TraceStep } from '../types/plan.js';

/** A plan for one bag holding several agents. */
export interface CombinationPlan {
  readonly library: Plan['library'];
  readonly catalogue: Plan['catalogue'];
  readonly protocols: readonly Plan['protocol'][];
  readonly session: Plan['session'];
  readonly patient: Plan['patient'];
  /** Each component's dosing weight (agents may dose by different weights). */
  readonly dosingWeights: readonly { readonly agent: string; readonly weight: Plan['dosingWeight'] }[];
  readonly agents: readonly AgentDose[];
  readonly bag: Plan['bag'];
  readonly pump: Plan['pump'];
  readonly checks: readonly Check[];
  readonly acknowledgements: Plan['acknowledgements'];
  readonly status: Plan['status'];
  readonly notes: Plan['notes'];
  readonly trace: readonly TraceStep[];
}

/** The result of {@link planCombination}. */
export type CombinationResult = ({ readonly ok: true; readonly plan: CombinationPlan } & Findings) | { readonly ok: false; readonly issues: Issues };
