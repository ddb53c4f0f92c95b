/** Rounding a volume to what a syringe can measure. */
import { type Dec, type RoundingMode, dec, roundToIncrement } from '../decimal/index.js';

/**
 * The measurable increment for a volume: 0.01 mL below 1 mL, 0.1 mL from 1 mL up (the rounding
 * convention in the reference data).
 */
export function measurableIncrement(volumeMl: Dec): Dec {
  return volumeMl.lt(1) ? dec('0.01') : dec('0.1');
}

/** The outcome of a rounding that must not cross a ceiling. */
export interface SafeRounding {
  readonly value: Dec;
  readonly increment: Dec;
  /** The rounding mode, or `whole-vials`: the closest combination of whole vials (see ./whole-vials.ts). */
  readonly mode: RoundingMode | 'whole-vials';
  /** True when rounding to nearest would have crossed a ceiling, so the value was rounded down. */
  readonly roundedDownForLimit: boolean;
}

/**
 * True when `candidate` is above a ceiling that `exact` is not above. Each ceiling counts on its
 * own: a ceiling the exact value already crosses (a soft limit acknowledged, say) does not hide
 * another one it respects.
 */
export function crossesNewCeiling(candidate: Dec, exact: Dec, ceilings: readonly Dec[]): boolean {
  return ceilings.some((c) => candidate.gt(c) && exact.lte(c));
}

/**
 * Rounds to the nearest increment, unless `crossesCeiling(nearest, exact)` says that would cross a
 * ceiling the exact value respects; then rounds down instead. A ceiling already crossed by the
 * exact value is left for the checks to report.
 */
export function roundWithCeiling(exact: Dec, increment: Dec, crossesCeiling: (candidate: Dec, exact: Dec) => boolean): SafeRounding {
  const nearest = roundToIncrement(exact, increment, 'halfExpand');
  if (nearest.gt(exact) && crossesCeiling(nearest, exact)) {
    return { value: roundToIncrement(exact, increment, 'floor'), increment, mode: 'floor', roundedDownForLimit: true };
  }
  return { value: nearest, increment, mode: 'halfExpand', roundedDownForLimit: false };
}
