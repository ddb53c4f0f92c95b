/**
 * The standard-concentration style of preparation: a premix used as it comes, a product drawn up
 * neat for the dose, or a bag made up to the protocol's concentration. Base units: mg, mL.
 */
import { type Dec, dec } from '../decimal/index.js';
import type { Diluent, PreparationRule, Product } from '../catalogue/types.js';
import type { Issue } from '../types/issues.js';
import { addToBag, drawAdditive, notMeasurable, strengthOf, volumeMlOf } from './draw.js';
import type { AmountCeiling, Preparation } from './prepare.js';
import { drawWholeVials } from './whole-vials.js';

/** Whole vials: the sizes that may be used for the dose, and whether they may be combined. */
export interface WholeVialSizes {
  readonly sizes: readonly Product[];
  readonly mix: boolean;
}

/** A made-up container, or the reason it cannot be made. */
type Prepared = { ok: true; value: Preparation } | { ok: false; issue: Issue };

/**
 * Standard-concentration style. A premix is used as it is; a product with no diluent is drawn up
 * neat for the dose; otherwise a bag is made up to the protocol's concentration.
 */
export function prepareStandard(
  rule: PreparationRule,
  product: Product,
  diluent: Diluent | undefined,
  containerMl: Dec | undefined,
  overfill: { ml: Dec; stated: boolean },
  handling: 'add' | 'withdraw-equal',
  orderedMg: Dec,
  crosses: AmountCeiling,
  wholeVials?: WholeVialSizes,
): { ok: true; value: Preparation } | { ok: false; issue: Issue } {
  const strength = strengthOf(product);
  if (product.form === 'premix') return usePremix(rule, product, strength, orderedMg);
  if (diluent === undefined) return drawNeat(rule, product, strength, containerMl, orderedMg, crosses, wholeVials);
  return makeStandardBag(rule, product, strength, diluent, containerMl, overfill, handling, orderedMg);
}

/** A premix is used as it comes, so its bag must hold the whole dose. */
function usePremix(rule: PreparationRule, product: Product, strength: Dec, orderedMg: Dec): Prepared {
  const volume = volumeMlOf(product) as Dec;
  if (volume.mul(strength).lt(orderedMg)) {
    return {
      ok: false,
      issue: {
        code: 'container_too_small',
        path: ['preparation', 'product'],
        message: `${product.name} holds ${volume.mul(strength).toFixed()} mg, less than the ${orderedMg.toFixed()} mg ordered; choose a larger premix or make up a bag.`,
      },
    };
  }
  return {
    ok: true,
    value: {
      style: rule.style,
      containerKind: 'premix',
      nominalMl: volume,
      additive: null,
      diluent: null,
      additiveVolume: null,
      finalMl: volume,
      concentration: { mg: strength, ml: dec(1) },
      concentrationMgPerMl: strength,
    },
  };
}

/** Neat: the syringe (or the product's own vials) holds exactly the dose. */
function drawNeat(
  rule: PreparationRule,
  product: Product,
  strength: Dec,
  containerMl: Dec | undefined,
  orderedMg: Dec,
  crosses: AmountCeiling,
  wholeVials: WholeVialSizes | undefined,
): Prepared {
  const additive = wholeVials ? drawWholeVials(wholeVials.sizes, orderedMg, wholeVials.mix, crosses) : drawAdditive(product, orderedMg, crosses);
  if (additive === undefined) {
    return {
      ok: false,
      issue: {
        code: 'product_volume_unknown',
        path: ['preparation', 'product'],
        message: `This protocol rounds to whole vials, but the size of ${product.name} is not in the catalogue; choose a product with a stated vial size.`,
      },
    };
  }
  if (additive.drawn.value.lte(0)) return { ok: false, issue: notMeasurable(additive.exactMl) };
  const nominal = containerMl ?? additive.drawn.value;
  if (additive.drawn.value.gt(nominal)) {
    return {
      ok: false,
      issue: {
        code: 'container_too_small',
        path: ['preparation', 'containerVolume'],
        message: `The dose needs ${additive.drawn.value.toFixed()} mL, more than the ${nominal.toFixed()} mL ${rule.containerKind}.`,
      },
    };
  }
  return {
    ok: true,
    value: {
      style: rule.style,
      containerKind: rule.containerKind,
      nominalMl: nominal,
      additive,
      diluent: null,
      additiveVolume: null,
      finalMl: additive.drawn.value,
      concentration: { mg: strength, ml: dec(1) },
      concentrationMgPerMl: strength,
    },
  };
}

/** A bag made up to the protocol's concentration: the chosen bag, or the smallest stocked one that holds the dose. */
function makeStandardBag(
  rule: PreparationRule,
  product: Product,
  strength: Dec,
  diluent: Diluent,
  containerMl: Dec | undefined,
  overfill: { ml: Dec; stated: boolean },
  handling: 'add' | 'withdraw-equal',
  orderedMg: Dec,
): Prepared {
  if (rule.concentration === undefined) {
    // A protocol of ready-to-use premixes states no concentration to dilute a vial to.
    return {
      ok: false,
      issue: {
        code: 'preparation_invalid',
        path: ['preparation', 'diluent'],
        message: `This protocol uses ready-to-use premixes and states no concentration to make up a bag at; ${product.name} cannot be diluted for it. Choose one of the protocol's premixes, or leave out the diluent.`,
      },
    };
  }
  const target = dec(rule.concentration);
  if (target.gte(strength)) {
    return {
      ok: false,
      issue: {
        code: 'preparation_invalid',
        path: ['preparation'],
        message: `A ${target.toFixed()} mg/mL bag cannot be made from ${product.name} (${strength.toFixed()} mg/mL) with a diluent; give it neat or choose a stronger product.`,
      },
    };
  }
  // The smallest stocked bag whose made-up contents hold the whole dose, unless one is chosen.
  const sizes = containerMl ? [containerMl] : diluent.bagVolumes.map((v) => dec(v)).sort((x, y) => x.comparedTo(y));
  for (const size of sizes) {
    const amountTarget = amountForConcentration(target, size.add(overfill.ml), handling, strength);
    // The amount in the bag is not the dose here, so no dose ceiling applies to this draw.
    const made = addToBag(
      rule,
      diluent,
      size,
      overfill,
      handling,
      drawAdditive(product, amountTarget, () => false),
    );
    if (!made.ok) {
      if (containerMl) return made;
      continue;
    }
    if (made.value.concentration.mg.gte(orderedMg)) return { ok: true, value: { ...made.value, targetConcentration: target } };
  }
  return { ok: false, issue: noBagHolds(diluent, containerMl, target, orderedMg) };
}

/** mg of additive that brings `baseMl` of diluent (bag plus overfill) to the target concentration. */
function amountForConcentration(target: Dec, baseMl: Dec, handling: 'add' | 'withdraw-equal', strength: Dec): Dec {
  // withdraw-equal: mg = C x (V + overfill). add: mg = C x (V + overfill + mg/S), so mg = C(V+o) / (1 - C/S).
  return handling === 'withdraw-equal' ? target.mul(baseMl) : target.mul(baseMl).div(dec(1).sub(target.div(strength)));
}

function noBagHolds(diluent: Diluent, containerMl: Dec | undefined, target: Dec, orderedMg: Dec): Issue {
  return {
    code: 'container_too_small',
    path: ['preparation', 'containerVolume'],
    message: containerMl
      ? `A ${containerMl.toFixed()} mL bag at ${target.toFixed()} mg/mL does not hold the ${orderedMg.toFixed()} mg dose; choose a larger bag.`
      : `No stocked ${diluent.name} bag holds the ${orderedMg.toFixed()} mg dose at ${target.toFixed()} mg/mL.`,
  };
}
