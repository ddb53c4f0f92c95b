/**
 * Making up the bag or syringe: which product, how much to draw (rounded to a measurable volume),
 * containers opened and leftover, diluent handling, final volume and concentration. Base units: mg, mL.
 */
import { type Dec, dec, maxDec } from '../decimal/index.js';
import type { Diluent, PreparationRule, Product } from '../catalogue/types.js';
import type { Issue } from '../schema/issues.js';
import { type SafeRounding, measurableIncrement, roundWithCeiling } from './measurable.js';

/** Choices the input may make about preparation (already parsed, in mL). */
export interface PreparationChoices {
  readonly product?: Product;
  readonly diluent?: Diluent;
  readonly containerVolumeMl?: Dec;
  readonly overfillMl?: Dec;
  readonly additiveVolume?: 'add' | 'withdraw-equal';
}

/**
 * A concentration kept as the amount and the volume it is in, so that mL x mg / mL is computed
 * exactly (100 mg in 535 mL is not a terminating decimal; 133.75 mL/h of it is exactly 25 mg/h).
 */
export interface Concentration {
  readonly mg: Dec;
  readonly ml: Dec;
}

/** mg in `ml` of a solution: mg = mL x amount / volume. */
export function amountIn(ml: Dec, c: Concentration): Dec {
  return ml.mul(c.mg).div(c.ml);
}

/** mL holding `mg` of a solution: mL = mg x volume / amount. */
export function volumeFor(mg: Dec, c: Concentration): Dec {
  return mg.mul(c.ml).div(c.mg);
}

/** A drawn-up additive in base units. */
export interface DrawnAdditive {
  readonly product: Product;
  readonly orderedMg: Dec;
  readonly exactMl: Dec;
  readonly drawn: SafeRounding;
  readonly amountMg: Dec;
  readonly containers: number | null;
  readonly leftoverMl: Dec | null;
}

/** The made-up container in base units. */
export interface Preparation {
  readonly style: PreparationRule['style'];
  readonly containerKind: 'bag' | 'syringe' | 'premix';
  readonly nominalMl: Dec;
  readonly additive: DrawnAdditive | null;
  readonly diluent: { readonly diluent: Diluent; readonly nominalMl: Dec; readonly overfillMl: Dec; readonly overfillStated: boolean; readonly withdrawnMl: Dec; readonly volumeMl: Dec } | null;
  readonly additiveVolume: 'add' | 'withdraw-equal' | null;
  readonly finalMl: Dec;
  /** Final concentration as amount over volume (exact), and as mg/mL (for display and limits). */
  readonly concentration: Concentration;
  readonly concentrationMgPerMl: Dec;
  /** For standard-concentration: the target concentration before rounding the draw. */
  readonly targetConcentration?: Dec;
}

/** Whether a drawn amount crosses a ceiling that the exact amount respects (mg, mg). */
export type AmountCeiling = (amountMg: Dec, exactMg: Dec) => boolean;

function strengthOf(p: Product): Dec {
  return dec(p.strength.value);
}

/** Draws `orderedMg` of a product, rounded to a measurable volume without crossing the ceiling. */
export function drawAdditive(product: Product, orderedMg: Dec, crosses: AmountCeiling, wholeContainers = false): DrawnAdditive {
  const strength = strengthOf(product);
  // mL = mg / (mg/mL)
  const exactMl = orderedMg.div(strength);
  // Whole containers: the volume is a whole number of the product's containers (at least one).
  const each = wholeContainers && product.volume ? dec(product.volume.value) : undefined;
  const rounded = roundWithCeiling(exactMl, each ?? measurableIncrement(exactMl), (ml, exact) =>
    crosses(ml.mul(strength), exact.mul(strength)),
  );
  const drawn = each && rounded.value.lt(each) ? { ...rounded, value: each } : rounded;
  const amountMg = drawn.value.mul(strength);
  let containers: number | null = null;
  let leftoverMl: Dec | null = null;
  if (product.volume !== undefined) {
    const each = dec(product.volume.value);
    const n = drawn.value.div(each).ceil();
    containers = maxDec(n, dec(1)).toNumber();
    leftoverMl = each.mul(containers).sub(drawn.value);
  }
  return { product, orderedMg, exactMl, drawn, amountMg, containers, leftoverMl };
}

/**
 * Whole-bag style: the session's dose in a bag of the chosen volume. With `withdraw-equal` an equal
 * volume of diluent is withdrawn first, so the final volume is the bag's; with `add` the additive
 * adds to it. Overfill, when stated, is part of the final volume.
 */
export function prepareWholeBag(
  rule: PreparationRule,
  product: Product,
  diluent: Diluent,
  containerMl: Dec,
  overfill: { ml: Dec; stated: boolean },
  handling: 'add' | 'withdraw-equal',
  orderedMg: Dec,
  crosses: AmountCeiling,
): { ok: true; value: Preparation } | { ok: false; issue: Issue } {
  return addToBag(rule, diluent, containerMl, overfill, handling, drawAdditive(product, orderedMg, crosses));
}

/**
 * Puts a drawn additive into a diluent bag. With `withdraw-equal` an equal volume of diluent is
 * withdrawn first, so the final volume is the bag's (plus overfill); with `add` it adds to it.
 */
function addToBag(
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

function notMeasurable(exactMl: Dec): Issue {
  return {
    code: 'volume_not_measurable',
    path: ['dose'],
    message: `The dose needs ${exactMl.toFixed()} mL of the product, which rounds to nothing a syringe can measure; choose a weaker product.`,
  };
}

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
  wholeVials = false,
): { ok: true; value: Preparation } | { ok: false; issue: Issue } {
  const strength = strengthOf(product);
  if (product.form === 'premix') {
    const volume = dec((product.volume as { value: string }).value);
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
  if (diluent === undefined) {
    // Neat: the syringe (or the product's own vials) holds exactly the dose.
    if (wholeVials && product.volume === undefined) {
      return {
        ok: false,
        issue: {
          code: 'product_volume_unknown',
          path: ['preparation', 'product'],
          message: `This protocol rounds to whole vials, but the size of ${product.name} is not in the catalogue; choose a product with a stated vial size.`,
        },
      };
    }
    const additive = drawAdditive(product, orderedMg, crosses, wholeVials);
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
  const target = dec(rule.concentration as string);
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
  const sizes = containerMl
    ? [containerMl]
    : diluent.bagVolumes.map((v) => dec(v)).sort((x, y) => x.comparedTo(y));
  for (const size of sizes) {
    const base = size.add(overfill.ml);
    // withdraw-equal: mg = C x (V + overfill). add: mg = C x (V + overfill + mg/S), so mg = C(V+o) / (1 - C/S).
    const amountTarget =
      handling === 'withdraw-equal' ? target.mul(base) : target.mul(base).div(dec(1).sub(target.div(strength)));
    // The amount in the bag is not the dose here, so no dose ceiling applies to this draw.
    const made = addToBag(rule, diluent, size, overfill, handling, drawAdditive(product, amountTarget, () => false));
    if (!made.ok) {
      if (containerMl) return made;
      continue;
    }
    if (made.value.concentration.mg.gte(orderedMg)) return { ok: true, value: { ...made.value, targetConcentration: target } };
  }
  return {
    ok: false,
    issue: {
      code: 'container_too_small',
      path: ['preparation', 'containerVolume'],
      message: containerMl
        ? `A ${containerMl.toFixed()} mL bag at ${target.toFixed()} mg/mL does not hold the ${orderedMg.toFixed()} mg dose; choose a larger bag.`
        : `No stocked ${diluent.name} bag holds the ${orderedMg.toFixed()} mg dose at ${target.toFixed()} mg/mL.`,
    },
  };
}
