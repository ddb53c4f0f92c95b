/**
 * Rounding a dose to whole vials: the combination of a product family's vial sizes (or of one size,
 * when the family's sizes may not be combined or the clinician chose one) whose amount comes
 * closest to the order. Base units: mg, mL.
 */
import { type Dec, dec, minDec } from '../decimal/index.js';
import type { Product } from '../catalogue/types.js';
import { strengthOf, volumeMlOf } from './draw.js';
import type { AmountCeiling, DrawnAdditive, VialCount } from './prepare.js';

/** The vials chosen for a dose: each size and count, the amount and volume they hold, and the vial count. */
export interface VialChoice {
  readonly vials: readonly VialCount[];
  readonly amountMg: Dec;
  readonly volumeMl: Dec;
  readonly containers: number;
  /** True when the chosen amount crosses a ceiling the order respects (no amount under it was reachable). */
  readonly crossesCeiling: boolean;
  /** True when a closer amount was passed over because it crosses a ceiling the order respects. */
  readonly roundedDownForLimit: boolean;
}

/** The tie rule, echoed in the trace: equally close amounts go to the smaller, then to fewer vials. */
export const WHOLE_VIAL_TIE_RULE = 'closest to the order; on a tie the smaller amount, then fewer vials';

/**
 * The most steps the search over amounts may take (amount / the sizes' common step). A dose that
 * needs more is searched one size at a time instead of mixing sizes.
 */
const MAX_STEPS = 20000;

/** A vial size in whole steps of the sizes' common unit. */
interface Size {
  readonly product: Product;
  readonly mg: Dec;
  readonly steps: number;
}

/**
 * The vials whose amount comes closest to `orderedMg`, at least one vial. With `mix`, any
 * combination of the sizes; otherwise a whole number of one size. Amounts that cross a ceiling the
 * order respects are passed over while another is reachable.
 * @param sizes - the family's products, each with a stated vial volume and one strength
 * @param orderedMg - the amount ordered, in mg
 * @param mix - whether the sizes may be combined in one dose
 * @param crosses - whether an amount crosses a ceiling the ordered amount respects
 * @returns the chosen vials, or `undefined` when no size has a stated volume
 */
export function chooseWholeVials(sizes: readonly Product[], orderedMg: Dec, mix: boolean, crosses: AmountCeiling): VialChoice | undefined {
  // A size with no stated volume (or none at all) cannot be counted in whole vials.
  const usable = sizes.filter((p) => volumeMlOf(p)?.mul(strengthOf(p)).gt(0) === true);
  const first = usable[0];
  if (first === undefined) return undefined;
  // mg in one vial = mL x mg/mL
  const mgOf = (p: Product) => (volumeMlOf(p) as Dec).mul(strengthOf(p));
  const unit = commonStep(usable.map(mgOf));
  const sized: Size[] = usable.map((p) => ({ product: p, mg: mgOf(p), steps: mgOf(p).div(unit).toNumber() }));
  const smallest = Math.min(...sized.map((s) => s.steps));
  // The closest amount above the order is at most one smallest vial above it.
  const bound = Math.max(orderedMg.div(unit).ceil().toNumber() + smallest, smallest);
  const candidates = mix && bound <= MAX_STEPS ? mixedCandidates(sized, bound) : singleSizeCandidates(sized, orderedMg);
  return pickClosest(candidates, unit, orderedMg, crosses);
}

/** The largest step every amount is a whole number of: the greatest common divisor of the amounts. */
function commonStep(amounts: readonly Dec[]): Dec {
  // Scale to whole numbers (amounts are decimal strings from the data), then Euclid.
  const places = Math.max(...amounts.map((a) => a.decimalPlaces()));
  const scale = dec(10).pow(places);
  let g = dec(0);
  for (const a of amounts) {
    let x = a.mul(scale);
    let y = g;
    while (!y.isZero()) [x, y] = [y, x.mod(y)];
    g = x;
  }
  return g.div(scale);
}

/** A reachable amount in steps, with the vials that make it (fewest vials for that amount). */
interface Candidate {
  readonly steps: number;
  readonly vials: readonly VialCount[];
  readonly containers: number;
}

/** Every amount up to `bound` steps that the sizes can make together, each with its fewest vials. */
function mixedCandidates(sizes: readonly Size[], bound: number): Candidate[] {
  // fewest[t]: the fewest vials holding exactly t steps; last[t]: the size added last on that path.
  const fewest: number[] = [0];
  const last: number[] = [-1];
  for (let t = 1; t <= bound; t += 1) {
    fewest[t] = Number.POSITIVE_INFINITY;
    sizes.forEach((s, i) => {
      const before = fewest[t - s.steps];
      if (t >= s.steps && before !== undefined && before + 1 < (fewest[t] as number)) {
        fewest[t] = before + 1;
        last[t] = i;
      }
    });
  }
  const out: Candidate[] = [];
  for (let t = 1; t <= bound; t += 1) {
    if (!Number.isFinite(fewest[t])) continue;
    const counts = sizes.map(() => 0);
    for (let r = t; r > 0;) {
      const i = last[r] as number;
      counts[i] = (counts[i] as number) + 1;
      r -= (sizes[i] as Size).steps;
    }
    out.push({ steps: t, vials: vialCounts(sizes, counts), containers: fewest[t] as number });
  }
  return out;
}

/** For each size on its own: the whole numbers of vials just below and just above the order (at least one). */
function singleSizeCandidates(sizes: readonly Size[], orderedMg: Dec): Candidate[] {
  const out: Candidate[] = [];
  sizes.forEach((s, i) => {
    const below = Math.max(orderedMg.div(s.mg).floor().toNumber(), 1);
    for (const n of [below, below + 1]) {
      const counts = sizes.map((_, j) => (j === i ? n : 0));
      out.push({ steps: n * s.steps, vials: vialCounts(sizes, counts), containers: n });
    }
  });
  return out;
}

function vialCounts(sizes: readonly Size[], counts: readonly number[]): VialCount[] {
  // Largest vials first, as they are drawn up.
  return sizes
    .map((s, i) => ({ product: s.product, count: counts[i] as number, mg: s.mg }))
    .filter((v) => v.count > 0)
    .sort((a, b) => b.mg.comparedTo(a.mg))
    .map(({ product, count }) => ({ product, count }));
}

/** The candidate closest to the order (tie: smaller amount, then fewer vials), preferring one under every ceiling. */
function pickClosest(candidates: readonly Candidate[], unit: Dec, orderedMg: Dec, crosses: AmountCeiling): VialChoice | undefined {
  const scored = candidates.map((c) => {
    // mg = steps x mg per step
    const amountMg = unit.mul(c.steps);
    return { c, amountMg, deviation: amountMg.sub(orderedMg).abs(), crossing: crosses(amountMg, orderedMg) };
  });
  const better = (a: (typeof scored)[number], b: (typeof scored)[number]) =>
    a.crossing !== b.crossing
      ? !a.crossing
      : !a.deviation.eq(b.deviation)
        ? a.deviation.lt(b.deviation)
        : !a.amountMg.eq(b.amountMg)
          ? a.amountMg.lt(b.amountMg)
          : a.c.containers < b.c.containers;
  const pick = (pool: typeof scored) => pool.reduce<(typeof scored)[number] | undefined>((b, x) => (b === undefined || better(x, b) ? x : b), undefined);
  const best = pick(scored);
  if (best === undefined) return undefined;
  const unconstrained = pick(scored.map((x) => ({ ...x, crossing: false })));
  // mL = sum of count x vial mL
  const volumeMl = best.c.vials.reduce((ml, v) => ml.add((volumeMlOf(v.product) as Dec).mul(v.count)), dec(0));
  return {
    vials: best.c.vials,
    amountMg: best.amountMg,
    volumeMl,
    containers: best.c.containers,
    crossesCeiling: best.crossing,
    roundedDownForLimit: unconstrained !== undefined && unconstrained.c !== best.c,
  };
}

/**
 * The dose drawn as whole vials: the closest combination's volume and amount, the largest size used
 * as the additive's product, nothing left over (whole vials go in whole).
 * @param sizes - the vial sizes that may be used (one, when the clinician chose it)
 * @param orderedMg - the amount ordered, in mg
 * @param mix - whether the sizes may be combined in one dose
 * @param crosses - whether an amount crosses a ceiling the ordered amount respects
 * @returns the drawn additive, or `undefined` when no size has a stated vial volume
 */
export function drawWholeVials(sizes: readonly Product[], orderedMg: Dec, mix: boolean, crosses: AmountCeiling): DrawnAdditive | undefined {
  const choice = chooseWholeVials(sizes, orderedMg, mix, crosses);
  const main = choice?.vials[0];
  if (choice === undefined || main === undefined) return undefined;
  const strength = strengthOf(main.product);
  // The increment is the smallest vial among the sizes that could be used.
  const increment = sizes.reduce((m, p) => (p.volume === undefined ? m : minDec(m, volumeMlOf(p) as Dec)), choice.volumeMl);
  return {
    product: main.product,
    orderedMg,
    // mL = mg / (mg/mL)
    exactMl: orderedMg.div(strength),
    drawn: { value: choice.volumeMl, increment, mode: 'whole-vials', roundedDownForLimit: choice.roundedDownForLimit },
    amountMg: choice.amountMg,
    containers: choice.containers,
    leftoverMl: dec(0),
    wholeVials: { vials: choice.vials, mixed: mix, crossesCeiling: choice.crossesCeiling },
  };
}
