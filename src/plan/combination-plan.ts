/** The public combination plan, built from its components' plans, the combined bag and the shared rate. */
import { LIBRARY } from '../types/library.js';
import { type Dec, dec } from '../decimal/index.js';
import type { Source } from '../catalogue/types.js';
import type { CombinedBag, SharedRate } from '../stages/combined-bag.js';
import type { ComponentFacts } from '../stages/component-facts.js';
import { quantity } from '../units/quantity.js';
import type { CombinationPlan } from './combination-types.js';
import type { Additive, AgentDose, Check, Plan, TraceStep } from '../types/plan.js';

/** What the combination plan is built from. */
export interface CombinationParts {
  readonly parts: readonly Plan[];
  readonly facts: readonly ComponentFacts[];
  readonly agents: readonly AgentDose[];
  readonly bag: CombinedBag;
  readonly shared: SharedRate;
  readonly checks: Check[];
  readonly needsAck: boolean;
  readonly acks: readonly { readonly code: string; readonly reason: string }[];
}

/** The combination's own working: the bag's final volume and the one pump rate. */
function combinationSteps(c: CombinationParts): TraceStep[] {
  const { bag, shared } = c;
  return [
    {
      step: 'bag.combination',
      description: 'All additives in one bag',
      formula: bag.withdrawEqual ? 'final mL = bag + overfill - sum(drawn) + sum(drawn)' : 'final mL = bag + overfill + sum(drawn)',
      inputs: Object.fromEntries(c.facts.map((f, i) => [f.agent, quantity(bag.drawnMl[i] as Dec, 'mL')])),
      result: quantity(bag.finalMl, 'mL'),
    },
    {
      step: 'pump.rate',
      description: 'One pump rate for the whole bag',
      formula: 'mL/h = final mL / h',
      inputs: { volume: quantity(bag.finalMl, 'mL'), duration: quantity((c.facts[0] as ComponentFacts).durationH, 'h') },
      result: quantity(shared.rate.value, 'mL/h'),
      rounding: { exact: quantity(shared.exact, 'mL/h'), increment: quantity(shared.rate.increment, 'mL/h'), mode: shared.rate.mode },
    },
  ];
}

function combinedBag(c: CombinationParts, first: Plan): Plan['bag'] {
  const { bag } = c;
  const dil = first.bag.diluent as NonNullable<Plan['bag']['diluent']>;
  return {
    style: 'whole-bag',
    container: first.bag.container,
    additives: c.parts.map((p) => p.bag.additives[0] as Additive),
    diluent: { ...dil, withdrawn: quantity(bag.withdrawnMl, 'mL'), volume: quantity(bag.nominalMl.add(bag.overfillMl).sub(bag.withdrawnMl), 'mL') },
    additiveVolume: first.bag.additiveVolume,
    finalVolume: quantity(bag.finalMl, 'mL'),
    concentrations: c.agents.map((a, i) => ({ agent: a.agent, value: quantity((c.facts[i] as ComponentFacts).amountMg.div(bag.finalMl), 'mg/mL') })),
    residualVolume: quantity(dec(0), 'mL'),
  };
}

function combinedPump(c: CombinationParts, first: Plan): Plan['pump'] {
  const { bag, shared } = c;
  const minutes = quantity(shared.durationH.mul(60), 'min');
  return {
    ...first.pump,
    rateExact: quantity(shared.exact, 'mL/h'),
    rate: quantity(shared.rate.value, 'mL/h'),
    rounding: { mode: shared.rate.mode, roundedDownForLimit: shared.rate.roundedDownForLimit },
    volumeToBeInfused: quantity(bag.finalMl, 'mL'),
    duration: minutes,
    segments: [
      {
        kind: 'maintenance',
        rate: quantity(shared.rate.value, 'mL/h'),
        duration: minutes,
        volume: quantity(bag.finalMl, 'mL'),
        doses: c.agents.map((a) => ({ agent: a.agent, amount: a.delivered.totalDose, doseRate: a.delivered.doseRate })),
      },
    ],
  };
}

/** The combination plan. */
export function combinationPlan(c: CombinationParts): CombinationPlan {
  const first = c.parts[0] as Plan;
  return {
    library: LIBRARY,
    catalogue: first.catalogue,
    protocols: c.parts.map((p) => p.protocol),
    session: first.session,
    patient: first.patient,
    dosingWeights: c.parts.map((p) => ({ agent: p.agents[0]?.agent as string, weight: p.dosingWeight })),
    agents: c.agents,
    bag: combinedBag(c, first),
    pump: combinedPump(c, first),
    checks: c.checks,
    acknowledgements: c.acks,
    status: c.needsAck ? 'needs-acknowledgement' : 'ready',
    notes: c.parts.flatMap((p) => p.notes) as { kind: string; text: string; source: Source }[],
    trace: [...c.parts.flatMap((p) => p.trace.map((t) => ({ ...t, step: `${p.protocol.id}:${t.step}` }))), ...combinationSteps(c)],
  };
}
