/**
 * Making up the bag or syringe: which product, how much to draw (rounded to a measurable volume),
 * containers opened and leftover, diluent handling, final volume and concentration. Base units: mg, mL.
 * Drawing up and adding to a bag are in ./draw.ts; the standard-concentration style in ./standard.ts.
 */
import type { Dec } from '../decimal/index.js';
import type { Diluent, PreparationRule, Product } from '../catalogue/types.js';
import type { Issue } from '../types/issues.js';
import { addToBag, drawAdditive } from './draw.js';
import type { SafeRounding } from './measurable.js';

export { drawAdditive } from './draw.js';
export { prepareStandard } from './standard.js';

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

/** How many vials of one size are opened for a whole-vial dose. */
export interface VialCount {
  readonly product: Product;
  readonly count: number;
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
  /**
   * Whole vials: each size opened and how many, whether sizes could be combined, and whether the amount
   * crosses a ceiling the order respects because nothing under it was reachable.
   */
  readonly wholeVials?: { readonly vials: readonly VialCount[]; readonly mixed: boolean; readonly crossesCeiling: boolean };
}

/** The made-up container in base units. */
export interface Preparation {
  readonly style: PreparationRule['style'];
  readonly containerKind: 'bag' | 'syringe' | 'premix';
  readonly nominalMl: Dec;
  readonly additive: DrawnAdditive | null;
  readonly diluent: {
    readonly diluent: Diluent;
    readonly nominalMl: Dec;
    readonly overfillMl: Dec;
    readonly overfillStated: boolean;
    readonly withdrawnMl: Dec;
    readonly volumeMl: Dec;
  } | null;
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
