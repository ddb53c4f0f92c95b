/** Trace steps for the bag: the product chosen, the volume drawn, the final volume and concentration. */
import { dec } from '../decimal/index.js';
import type { Product } from '../catalogue/types.js';
import type { Preparation } from '../compounding/prepare.js';
import type { TraceStep } from '../types/plan.js';
import { quantity } from '../units/quantity.js';
import { WHOLE_VIAL_TIE_RULE } from '../compounding/whole-vials.js';

/** Which of several candidate products was chosen. */
export function productStep(candidates: readonly Product[], product: Product): TraceStep {
  return {
    step: 'bag.product',
    description: 'Product chosen: the one whose measurable volume comes closest to the ordered amount',
    inputs: Object.fromEntries(candidates.map((c, i) => [`candidate${i + 1}`, c.id])),
    result: product.id,
  };
}

/** The volume of product drawn up, exact and rounded to what a syringe measures (or to whole vials). */
export function additiveStep(a: NonNullable<Preparation['additive']>, product: Product): TraceStep {
  if (a.wholeVials) return wholeVialsStep(a, a.wholeVials);
  return {
    step: 'bag.additive',
    description: `Volume of ${product.name} to draw up`,
    formula: 'mL = mg / (mg/mL), rounded to a measurable volume (0.01 mL under 1 mL, 0.1 mL from 1 mL)',
    inputs: { amount: quantity(a.orderedMg, 'mg'), strength: quantity(dec(product.strength.value), 'mg/mL') },
    result: quantity(a.drawn.value, 'mL'),
    rounding: {
      exact: quantity(a.exactMl, 'mL'),
      increment: quantity(a.drawn.increment, 'mL'),
      mode: a.drawn.mode,
      ...(a.drawn.roundedDownForLimit ? { reason: 'rounded down: the nearest volume would cross a protocol cap, protocol maximum or agent limit' } : {}),
    },
  };
}

/** The final volume and concentration. */
export function concentrationStep(prep: Preparation): TraceStep {
  return {
    step: 'bag.concentration',
    description: 'Final volume and concentration',
    formula: prep.diluent
      ? prep.additiveVolume === 'withdraw-equal'
        ? 'final mL = bag mL + overfill - withdrawn + additive mL; mg/mL = mg / final mL'
        : 'final mL = bag mL + overfill + additive mL; mg/mL = mg / final mL'
      : 'mg/mL = product strength',
    inputs: {
      ...(prep.additive ? { amount: quantity(prep.additive.amountMg, 'mg') } : {}),
      finalVolume: quantity(prep.finalMl, 'mL'),
    },
    result: quantity(prep.concentrationMgPerMl, 'mg/mL'),
  };
}

/** Whole vials: the sizes opened, the amount they hold against the amount ordered, and the tie rule. */
function wholeVialsStep(a: NonNullable<Preparation['additive']>, w: NonNullable<NonNullable<Preparation['additive']>['wholeVials']>): TraceStep {
  return {
    step: 'bag.whole-vials',
    description: `Dose rounded to whole vials (${w.mixed ? "the family's sizes may be combined" : 'one size at a time'}): ${WHOLE_VIAL_TIE_RULE}`,
    formula: 'mg = sum(vials x mL per vial) x mg/mL; mL drawn = sum(vials x mL per vial)',
    inputs: {
      ordered: quantity(a.orderedMg, 'mg'),
      ...Object.fromEntries(w.vials.map((v) => [v.product.id, `${v.count} x ${(v.product.volume as { value: string }).value} mL`])),
      prepared: quantity(a.amountMg, 'mg'),
    },
    result: quantity(a.drawn.value, 'mL'),
    rounding: {
      exact: quantity(a.exactMl, 'mL'),
      increment: quantity(a.drawn.increment, 'mL'),
      mode: a.drawn.mode,
      ...(a.drawn.roundedDownForLimit ? { reason: 'a closer amount would cross a protocol cap, protocol maximum or agent limit' } : {}),
    },
  };
}
