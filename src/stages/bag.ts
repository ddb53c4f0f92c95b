/**
 * The compounding stage: which products may make up the bag, the diluent, and the bag made from the
 * candidate whose measurable volume comes closest to the ordered amount.
 */
import { knownIdsText } from '../types/input-limits.js';
import { type Dec, dec } from '../decimal/index.js';
import type { Agent, Catalogue, Diluent, Product, Protocol } from '../catalogue/types.js';
import { crossesNewCeiling } from '../compounding/measurable.js';
import { type Preparation, prepareStandard, prepareWholeBag } from '../compounding/prepare.js';
import type { WholeVialSizes } from '../compounding/standard.js';
import type { PlanInput } from '../schema/input.js';
import type { Issue } from '../types/issues.js';
import type { ContainerChoice } from './features.js';

type Made = { ok: true; value: Preparation } | { ok: false; issue: Issue };

/** The products the bag may be made from, or the issue for one the agent does not have. */
export function candidateProducts(agent: Agent, protocol: Protocol, input: PlanInput): { ok: true; value: Product[] } | { ok: false; issue: Issue } {
  const rule = protocol.preparation;
  const named = input.preparation.product;
  const first = agent.products.find((p) => p.id === (named ?? rule.products[0]));
  // Whole vials: the first listed product (always, so one without a stated volume is refused by name) and its family's
  // other sizes (the data's family, else the same strength and ramp), each with a stated volume. A named product is used alone.
  const sameFamily = (id: string) => {
    const p = agent.products.find((x) => x.id === id);
    if (p === undefined || first === undefined || p.volume === undefined || p.strength.value !== first.strength.value) return false;
    return first.family !== undefined ? p.family?.id === first.family.id : JSON.stringify(p.ramp) === JSON.stringify(first.ramp);
  };
  const ids = named !== undefined ? [named] : protocol.wholeVials ? rule.products.filter((id, i) => i === 0 || sameFamily(id)) : rule.products;
  const out: Product[] = [];
  for (const id of ids) {
    const product = agent.products.find((p) => p.id === id);
    if (!product) {
      const known = knownIdsText(
        id,
        agent.products.map((p) => p.id),
      );
      return {
        ok: false,
        issue: { code: 'unknown_product', path: ['preparation', 'product'], message: `No ${agent.name} product "${id}"; known: ${known}.`, expected: known },
      };
    }
    out.push(product);
  }
  return { ok: true, value: out };
}

/** The diluent named by the input or the protocol, or the issue for one not listed for the agent. */
export function chosenDiluent(
  catalogue: Catalogue,
  agent: Agent,
  protocol: Protocol,
  input: PlanInput,
): { ok: true; value: Diluent | undefined } | { ok: false; issue: Issue } {
  const id = input.preparation.diluent ?? protocol.preparation.diluent;
  if (id === undefined) return { ok: true, value: undefined };
  const diluent = catalogue.diluents.find((d) => d.id === id);
  if (!diluent || !agent.diluents.some((d) => d.id === id)) {
    const known = agent.diluents.map((d) => d.id).join(', ');
    return {
      ok: false,
      issue: {
        code: 'unknown_diluent',
        path: ['preparation', 'diluent'],
        // An agent that lists no diluent (immune globulin, given as supplied) gets no empty list.
        message: known
          ? `"${id}" is not a diluent listed for ${agent.name}; use one of: ${known}.`
          : `"${id}" is not a diluent listed for ${agent.name}: it lists none (it is given as supplied); remove the diluent.`,
        expected: known || 'no diluent',
      },
    };
  }
  return { ok: true, value: diluent };
}

/** What making up the bag needs besides the product. */
export interface BagOrder {
  readonly protocol: Protocol;
  readonly input: PlanInput;
  readonly diluent: Diluent | undefined;
  readonly container: ContainerChoice;
  /** The maintenance dose in mg and the loading dose in mg. */
  readonly totalMg: Dec;
  readonly loadingMg: Dec;
  readonly durationH: Dec;
  readonly ceilings: { readonly rate: readonly Dec[]; readonly total: readonly Dec[] };
}

/** Whole vials: the candidates are the sizes to choose among; they are mixed only when none was named and the family allows it. */
function wholeVialSizes(candidates: readonly Product[], o: BagOrder): WholeVialSizes | undefined {
  if (o.protocol.wholeVials === undefined) return undefined;
  const mix = o.input.preparation.product === undefined && candidates.every((p) => p.family?.mixSizes === true);
  return { sizes: candidates, mix };
}

/** The bag made from one product, or why it cannot be. */
function makeBag(product: Product, o: BagOrder, wholeVials?: WholeVialSizes): Made {
  const rule = o.protocol.preparation;
  const handling = o.input.preparation.additiveVolume ?? rule.additiveVolume;
  // An amount drawn for the session crosses a ceiling on the session dose, or, spread over the
  // ordered duration, on the dose rate.
  const crosses = (mg: Dec, exactMg: Dec) =>
    crossesNewCeiling(mg, exactMg, o.ceilings.total) || crossesNewCeiling(mg.div(o.durationH), exactMg.div(o.durationH), o.ceilings.rate);
  const { containerMl, overfill } = o.container;
  if (rule.style === 'standard-concentration') {
    return prepareStandard(rule, product, o.diluent, containerMl, overfill, handling, o.totalMg.add(o.loadingMg), crosses, wholeVials);
  }
  if (product.form === 'premix') {
    return {
      ok: false,
      issue: {
        code: 'product_not_usable',
        path: ['preparation', 'product'],
        message: `${product.name} is a ready-to-use premix; this protocol makes up a bag from a vial or ampoule.`,
      },
    };
  }
  if (o.diluent === undefined || containerMl === undefined) throw new Error(`whole-bag protocol ${o.protocol.id} has no diluent`);
  return prepareWholeBag(rule, product, o.diluent, containerMl, overfill, handling, o.totalMg, crosses);
}

/**
 * The candidate whose measurable volume comes closest to the ordered amount; on a tie the first
 * listed (the protocol's preference). With whole vials, the closest combination of the candidates'
 * vial sizes (./compounding/whole-vials.ts), made from the largest size used. Without a usable
 * candidate, the first candidate's refusal.
 */
export function bestBag(candidates: readonly Product[], o: BagOrder): { made: Made; product: Product } {
  const whole = wholeVialSizes(candidates, o);
  if (whole !== undefined && o.protocol.preparation.style === 'standard-concentration' && o.diluent === undefined && candidates[0] !== undefined) {
    const made = makeBag(candidates[0], o, whole);
    return { made, product: made.ok && made.value.additive ? made.value.additive.product : candidates[0] };
  }
  let best: { made: Made; product: Product } | undefined;
  let firstRefusal: Made | undefined;
  let bestDeviation: Dec | undefined;
  for (const candidate of candidates) {
    const attempt = makeBag(candidate, o);
    if (!attempt.ok) {
      firstRefusal ??= attempt;
      continue;
    }
    const a = attempt.value.additive;
    const deviation = a ? a.amountMg.sub(a.orderedMg).abs() : dec(0);
    if (bestDeviation === undefined || deviation.lt(bestDeviation)) {
      bestDeviation = deviation;
      best = { made: attempt, product: candidate };
    }
  }
  if (best) return best;
  if (!firstRefusal) throw new Error(`protocol ${o.protocol.id} lists no products`);
  return { made: firstRefusal, product: candidates[0] as Product };
}
