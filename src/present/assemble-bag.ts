/**
 * The made-up bag or syringe in the public plan: the container, what was drawn into it, the diluent,
 * the final volume and concentration, and what is left in it when the pump stops.
 */
import { type Dec, dec } from '../decimal/index.js';
import type { Agent, Product, ProductCode } from '../catalogue/types.js';
import type { DrawnAdditive, Preparation } from '../compounding/prepare.js';
import { quantity } from '../units/quantity.js';
import { massQ } from './assemble-mass.js';
import type { Additive, Bag } from '../types/plan.js';

/** The product's codes as a spread: present only when the catalogue gives some, so an uncoded product's plan is unchanged. */
function codesOf(product: Product): { readonly codes?: readonly ProductCode[] } {
  return product.codes !== undefined && product.codes.length > 0 ? { codes: product.codes } : {};
}

/**
 * The bag as made up.
 * @param prep - the preparation, in mg and mL
 * @param vtbiMl - the volume the pump is set to infuse, in mL
 * @param agent - the agent in the bag
 * @param product - the product drawn into the bag (or the premix itself)
 * @returns the plan's bag
 */
export function presentBag(prep: Preparation, vtbiMl: Dec, agent: Agent, product: Product): Bag {
  return {
    style: prep.style,
    container: {
      kind: prep.containerKind,
      nominalVolume: quantity(prep.nominalMl, 'mL'),
      ...(prep.containerKind === 'premix' ? { productId: product.id, ...codesOf(product) } : {}),
    },
    additives: prep.additive ? [presentAdditive(prep.additive, agent, product)] : [],
    diluent: presentDiluent(prep.diluent),
    additiveVolume: prep.additiveVolume,
    finalVolume: quantity(prep.finalMl, 'mL'),
    concentrations: [{ agent: agent.id, value: quantity(prep.concentrationMgPerMl, 'mg/mL') }],
    // mL left = final mL - mL the pump infuses
    residualVolume: quantity(prep.finalMl.sub(vtbiMl), 'mL'),
  };
}

/**
 * The product drawn into the bag: ordered, exact and measured volume, and any leftover.
 * @param additive - the drawn additive, in mg and mL
 * @param agent - the agent whose unit amounts are shown in
 * @param product - the product drawn
 * @returns the plan's additive
 */
function presentAdditive(additive: DrawnAdditive, agent: Agent, product: Product): Additive {
  const strength = dec(product.strength.value);
  return {
    agent: agent.id,
    product: { id: product.id, name: product.name, strength: quantity(strength, 'mg/mL'), ...codesOf(product) },
    orderedAmount: massQ(additive.orderedMg, agent),
    exactVolume: quantity(additive.exactMl, 'mL'),
    volume: quantity(additive.drawn.value, 'mL'),
    amount: massQ(additive.amountMg, agent),
    rounding: {
      increment: quantity(additive.drawn.increment, 'mL'),
      mode: additive.drawn.mode,
      roundedDownForLimit: additive.drawn.roundedDownForLimit,
    },
    containers: additive.containers,
    containerVolume: product.volume ? quantity(dec(product.volume.value), 'mL') : null,
    ...(additive.wholeVials
      ? {
          vials: additive.wholeVials.vials.map((v) => ({
            product: { id: v.product.id, name: v.product.name },
            containerVolume: quantity(dec((v.product.volume as { value: string }).value), 'mL'),
            count: v.count,
          })),
        }
      : {}),
    leftover:
      additive.leftoverMl === null
        ? null
        : {
            volume: quantity(additive.leftoverMl, 'mL'),
            // mg = mL x mg/mL
            amount: massQ(additive.leftoverMl.mul(strength), agent),
            kind: product.multiDose ? 'remains-in-multi-dose-vial' : 'waste',
          },
  };
}

/**
 * The diluent bag, with its overfill and any volume withdrawn, or `null` when there is none.
 * @param diluent - the preparation's diluent, in mL
 * @returns the plan's diluent
 */
function presentDiluent(diluent: Preparation['diluent']): Bag['diluent'] {
  if (!diluent) return null;
  return {
    id: diluent.diluent.id,
    name: diluent.diluent.name,
    nominalVolume: quantity(diluent.nominalMl, 'mL'),
    overfill: quantity(diluent.overfillMl, 'mL'),
    overfillStated: diluent.overfillStated,
    withdrawn: quantity(diluent.withdrawnMl, 'mL'),
    volume: quantity(diluent.volumeMl, 'mL'),
  };
}
