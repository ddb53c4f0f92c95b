/**
 * checkPlan's bag steps: each additive's amount, the diluent and final volume, and each agent's
 * concentration, worked forwards from the volumes drawn, the product strengths and the bag volume.
 */
import type { Additive, Bag } from '../types/plan.js';
import { type Approx, ZERO, add, div, mul, sub } from './check-plan-approx.js';
import { Checker, type Found } from './check-plan-read.js';

/** The additives as drawn: the volume drawn in all, and each agent's amount (all its additives summed). */
export interface Additives extends Found {
  readonly drawn: Approx;
  readonly amountByAgent: ReadonlyMap<string, Approx>;
}

/** Every additive's amount: mg = mL drawn x mg/mL of the product. */
export function checkAdditives(bag: Bag): Additives {
  const c = new Checker();
  const drawnTotal: Approx[] = [];
  const amountByAgent = new Map<string, Approx>();
  bag.additives.forEach((a, i) => {
    const { drawn } = c.absorb(checkAdditive(a, i));
    if (drawn === null) return;
    drawnTotal.push(drawn.volume);
    amountByAgent.set(a.agent, add(amountByAgent.get(a.agent) ?? ZERO, drawn.amount));
  });
  return { drawn: drawnTotal.reduce(add, ZERO), amountByAgent, disagreements: c.disagreements };
}

/** One additive's volume and amount; `drawn` is `null` when its volume or strength cannot be read. */
function checkAdditive(a: Additive, i: number): Found & { readonly drawn: { readonly volume: Approx; readonly amount: Approx } | null } {
  const c = new Checker();
  const p = ['bag', 'additives', i];
  const volume = c.read(a.volume, 'volume', [...p, 'volume']);
  const strength = c.read(a.product.strength, 'concentration', [...p, 'product', 'strength']);
  if (volume === null || strength === null) return { drawn: null, disagreements: c.disagreements };
  // mg = mL x mg/mL
  const amount = mul(volume, strength);
  c.compare('additive_amount_mismatch', [...p, 'amount'], a.amount, 'mass', amount, `Amount of ${a.agent} added (volume drawn x strength)`);
  return { drawn: { volume, amount }, disagreements: c.disagreements };
}

/** The final volume; `null` when the bag's own volume cannot be read. */
export function checkFinalVolume(bag: Bag, drawn: Approx): Found & { readonly finalVolume: Approx | null } {
  const c = new Checker();
  const { base } = c.absorb(checkBaseVolume(bag, drawn));
  if (base === null) return { finalVolume: null, disagreements: c.disagreements };
  // mL = diluent after withdrawal + volumes drawn
  const finalVolume = add(base, drawn);
  c.compare('final_volume_mismatch', ['bag', 'finalVolume'], bag.finalVolume, 'volume', finalVolume, 'Final volume (nominal + overfill - withdrawn + drawn)');
  return { finalVolume, disagreements: c.disagreements };
}

/** The volume the additives go into: the diluent after withdrawal, a premix's nominal volume, or none. */
function checkBaseVolume(bag: Bag, drawn: Approx): Found & { readonly base: Approx | null } {
  if (bag.diluent !== null) return checkDiluent(bag.diluent, bag.additiveVolume, drawn);
  if (bag.container.kind !== 'premix') return { base: ZERO, disagreements: [] };
  const c = new Checker();
  const base = c.read(bag.container.nominalVolume, 'volume', ['bag', 'container', 'nominalVolume']);
  return { base, disagreements: c.disagreements };
}

/** The diluent withdrawn (the volume drawn, or none when added) and what remains: nominal + overfill - withdrawn. */
function checkDiluent(diluent: NonNullable<Bag['diluent']>, method: Bag['additiveVolume'], drawn: Approx): Found & { readonly base: Approx | null } {
  const c = new Checker();
  const p = ['bag', 'diluent'];
  const nominal = c.read(diluent.nominalVolume, 'volume', [...p, 'nominalVolume']);
  const overfill = c.read(diluent.overfill, 'volume', [...p, 'overfill']);
  const withdrawn = c.read(diluent.withdrawn, 'volume', [...p, 'withdrawn']);
  if (method === 'withdraw-equal') {
    c.compare('withdrawn_volume_mismatch', [...p, 'withdrawn'], diluent.withdrawn, 'volume', drawn, 'Diluent withdrawn (equal to the volume added)');
  } else if (method === 'add') {
    c.compare('withdrawn_volume_mismatch', [...p, 'withdrawn'], diluent.withdrawn, 'volume', ZERO, 'Diluent withdrawn (none when the additive is added)');
  }
  if (nominal === null || overfill === null || withdrawn === null) return { base: null, disagreements: c.disagreements };
  // mL = nominal + overfill - withdrawn
  const base = sub(add(nominal, overfill), withdrawn);
  c.compare('diluent_volume_mismatch', [...p, 'volume'], diluent.volume, 'volume', base, 'Diluent after withdrawal (nominal + overfill - withdrawn)');
  return { base, disagreements: c.disagreements };
}

/** Each agent's concentration (mg/mL = mg of the agent / final mL), and every drawn agent without one. */
export function checkConcentrations(
  bag: Bag,
  amountByAgent: ReadonlyMap<string, Approx>,
  finalVolume: Approx | null,
): Found & { readonly concentrationByAgent: ReadonlyMap<string, Approx> } {
  const c = new Checker();
  const concentrationByAgent = new Map<string, Approx>();
  bag.concentrations.forEach((entry, i) => {
    const { concentration } = c.absorb(checkConcentration(bag, entry, i, amountByAgent.get(entry.agent), finalVolume));
    if (concentration !== null) concentrationByAgent.set(entry.agent, concentration);
  });
  for (const agent of amountByAgent.keys()) {
    if (!bag.concentrations.some((e) => e.agent === agent)) {
      c.flag('concentration_missing', ['bag', 'concentrations'], `${agent} is drawn into the bag, but the plan states no concentration for it.`, null, null);
    }
  }
  return { concentrationByAgent, disagreements: c.disagreements };
}

/** One stated concentration; `concentration` is what the later steps use for the agent, `null` when none. */
function checkConcentration(
  bag: Bag,
  entry: Bag['concentrations'][number],
  i: number,
  amount: Approx | undefined,
  finalVolume: Approx | null,
): Found & { readonly concentration: Approx | null } {
  const c = new Checker();
  const p = ['bag', 'concentrations', i, 'value'];
  if (amount === undefined) {
    if (bag.container.kind === 'premix') {
      // A premix's own agent: its label concentration, which the plan does not restate.
      return { concentration: c.read(entry.value, 'concentration', p), disagreements: c.disagreements };
    }
    c.flag('agent_not_in_bag', p, `The bag states a concentration of ${entry.agent}, but no additive of ${entry.agent} was drawn into it.`, entry.value, null);
    return { concentration: null, disagreements: c.disagreements };
  }
  const conc = finalVolume === null ? null : div(amount, finalVolume);
  if (conc !== null) {
    c.compare('concentration_mismatch', p, entry.value, 'concentration', conc, `Concentration of ${entry.agent} (amount / final volume)`);
  }
  return { concentration: conc, disagreements: c.disagreements };
}
