/** The pipeline's bag step: products, diluent, the bag made up, and what the plan says of it. */
import type { Product } from '../catalogue/types.js';
import type { Preparation } from '../compounding/prepare.js';
import type { PreparedProtocol } from '../prepare/protocol.js';
import { additiveStep, concentrationStep, productStep } from '../present/trace-bag.js';
import { RULES, judge } from '../rules/table.js';
import type { PlanInput } from '../schema/input.js';
import { type BagOrder, bestBag, candidateProducts, chosenDiluent } from '../stages/bag.js';
import type { ContainerChoice } from '../stages/features.js';
import type { Ceilings, Order } from './order-step.js';
import { type Findings, type Step, next, refuse, refuseAny } from './state.js';
import { mLPer } from '../units/index.js';
import type { Issue } from '../types/issues.js';

/** The bag as made up, and the product it was made from. */
export interface BagFacts {
  readonly prep: Preparation;
  readonly product: Product;
}

/** The preparation fields a ready-to-use premix cannot honour (issue 12 item 4): each refused at its path, never dropped. */
const PREMIX_FIXED = ['diluent', 'containerVolume', 'overfill', 'additiveVolume'] as const;

function premixIgnored(input: PlanInput, product: Product): Issue[] {
  return PREMIX_FIXED.filter((field) => input.preparation[field] !== undefined).map((field) => ({
    code: 'not_applicable_to_premix',
    path: ['preparation', field],
    message: `${product.name} is a ready-to-use premix: its diluent, volume and additive are fixed by the maker, so "${field}" cannot be applied; remove it, or name a vial product to make up a bag.`,
  }));
}

/** Makes up the bag from the best candidate product, or refuses with the first problem found. */
export function bagStep(input: PlanInput, p: PreparedProtocol, container: ContainerChoice, order: Order, ceilings: Ceilings, f: Findings): Step<BagFacts> {
  const { protocol, agent, catalogue } = p;
  const candidates = candidateProducts(agent, protocol, input);
  if (!candidates.ok) return refuse(candidates.issue);
  const diluent = chosenDiluent(catalogue, agent, protocol, input);
  if (!diluent.ok) return refuse(diluent.issue);
  if (protocol.preparation.style === 'whole-bag' && container.containerMl === undefined) {
    return refuse({
      code: 'container_volume_required',
      path: ['preparation', 'containerVolume'],
      message: 'This protocol gives no bag volume; the clinician must choose one (for example { "value": 250, "unit": "mL" }).',
      source: protocol.preparation.source,
    });
  }
  const bagOrder: BagOrder = {
    protocol,
    input,
    diluent: diluent.value,
    container,
    totalMg: order.ordered.totalMg,
    loadingMg: order.loadingMg,
    durationH: order.ordered.durationH,
    ceilings,
  };
  const { made, product } = bestBag(candidates.value, bagOrder);
  // Whole vials have their own step (bag.whole-vials): the sizes opened, not one product chosen.
  if (candidates.value.length > 1 && made.ok && made.value.additive?.wholeVials === undefined) f.trace.push(productStep(candidates.value, product));
  if (!made.ok) return refuse(made.issue);
  const prep = made.value;
  const ignored = prep.containerKind === 'premix' ? premixIgnored(input, product) : [];
  const premixRefused = refuseAny(ignored);
  if (premixRefused) return premixRefused;
  if (prep.additive) f.trace.push(additiveStep(prep.additive, product));
  f.trace.push(concentrationStep(prep));
  const chosen = input.preparation.containerVolume;
  const chosenContainerMl = chosen ? chosen.value.mul(mLPer(chosen.unit)) : undefined;
  f.checks.push(...judge(RULES.bag, { p, prep, product, chosenContainerMl }, f.paths));
  return next({ prep, product });
}
