/**
 * The two acts every preparation is made of: drawing up a product to a measurable volume (never
 * across a dose ceiling the exact amount respects), and adding what was drawn to a diluent bag.
 * Base units: mg, mL.
 */
import { type Dec, dec, maxDec } from '../decimal/index.js';
import type { Diluent, PreparationRule, Product } from '../catalogue/types.js';
import type { Issue } from '../types/issues.js';
import { measurableIncrement, roundWithCeiling } from './measurable.js';
import type { AmountCeiling, DrawnAdditive, Preparation } from './prepare.js';

/** A product's numbers: strength in mg/mL, and its container volume in mL when it states one. */
interface ProductNumbers {
  readonly strength: Dec;
  readonly volumeMl: Dec | undefined;
}

const NUMBERS = new WeakMap<Product, ProductNumbers>();

/**
 * A product's numbers, read once per frozen product record (catalogue data is deep-frozen when
 * validated, so they never change); an unfrozen record is read afresh.
 */
function numbersOf(p: Product): ProductNumbers {
  const known = NUMBERS.get(p);
  if (known) return known;
  const read = { strength: dec(p.strength.value), volumeMl: p.volume === undefined ? undefined : dec(p.volume.value) };
  if (Object.isFrozen(p)) NUMBERS.set(p, read);
  return read;
}

/** The product's strength in mg/mL. */
export function strengthOf(p: Product): Dec {
  return numbersOf(p).strength;
}

/** The product's container volume in mL (its `volume`, stated in mL), or `undefined` when it states none. */
export function volumeMlOf(p: Product): Dec | undefined {
  return numbersOf(p).volumeMl;
}

/** Draws `orderedMg` of a product, rounded to a measurable volume without crossing the ceiling. */
export function drawAdditive(product: Product, orderedMg: Dec, crosses: AmountCeiling): DrawnAdditive {
  const strength = strengthOf(product);
  // mL = mg / (mg/mL)
  const exactMl = orderedMg.div(strength);
  const drawn = roundWithCeiling(exactMl, measurableIncrement(exactMl), (ml, exact) => crosses(ml.mul(strength), exact.mul(strength)));
  const amountMg = drawn.value.mul(strength);
  let containers: number | null = null;
  let leftoverMl: Dec | null = null;
  const each = volumeMlOf(product);
  if (each !== undefined) {
    const n = drawn.value.div(each).ceil();
    containers = maxDec(n, dec(1)).toNumber();
    leftoverMl = each.mul(containers).sub(drawn.value);
  }
  return { product, orderedMg, exactMl, drawn, amountMg, containers, leftoverMl };
}

/**
 * Puts a drawn additive into a diluent bag. With `withdraw-equal` an equal volume of diluent is
 * withdrawn first, so the final volume is the bag's (plus overfill); with `add` it adds to it.
 */
export function addToBag(
  rule: PreparationRule,
  diluent: Diluent,
  containerMl: Dec,
  overfill: { ml: Dec; stated: boolean },
  handling: 'add' | 'withdraw-equal',
  additive: DrawnAdditive,
): { ok: true; value: Preparation } | { ok: false; issue: Issue } {
  if (additive.drawn.value.lte(0)) return { ok: false, issue: notMeasurable(additive.exactMl) };
  const withdrawn = handling === 'withdraw-equal' ? additive.drawn.value : dec(0);
  if (withdrawn.gt(containerMl)) {
    return {
      ok: false,
      issue: {
        code: 'container_too_small',
        path: ['preparation', 'containerVolume'],
        message: `The additive (${additive.drawn.value.toFixed()} mL) is more than the ${containerMl.toFixed()} mL bag it would replace; choose a larger bag or a stronger product.`,
      },
    };
  }
  const volumeMl = containerMl.add(overfill.ml).sub(withdrawn);
  const finalMl = volumeMl.add(additive.drawn.value);
  return {
    ok: true,
    value: {
      style: rule.style,
      containerKind: rule.containerKind,
      nominalMl: containerMl,
      additive,
      diluent: { diluent, nominalMl: containerMl, overfillMl: overfill.ml, overfillStated: overfill.stated, withdrawnMl: withdrawn, volumeMl },
      additiveVolume: handling,
      finalMl,
      concentration: { mg: additive.amountMg, ml: finalMl },
      // mg/mL = mg / mL
      concentrationMgPerMl: additive.amountMg.div(finalMl),
    },
  };
}

/** The refusal for a dose that rounds to no measurable volume of the product. */
export function notMeasurable(exactMl: Dec): Issue {
  return {
    code: 'volume_not_measurable',
    path: ['dose'],
    message: `The dose needs ${exactMl.toFixed()} mL of the product, which rounds to nothing a syringe can measure; choose a weaker product.`,
  };
}
