/**
 * One bag for several agents: every additive in the first agent's diluent bag (withdrawn or added
 * as its preparation says), run at one pump rate over the ordered duration, rounded to the pump's
 * increment without crossing any agent's ceiling that the exact rate respects.
 */
import { type Dec, dec } from '../decimal/index.js';
import { type SafeRounding, crossesNewCeiling, roundWithCeiling } from '../compounding/measurable.js';
import type { ComponentFacts } from './component-facts.js';
import type { Issue } from '../types/issues.js';

/** The combined bag's volumes in mL. */
export interface CombinedBag {
  readonly nominalMl: Dec;
  readonly overfillMl: Dec;
  readonly drawnMl: readonly Dec[];
  readonly withdrawnMl: Dec;
  readonly finalMl: Dec;
  readonly withdrawEqual: boolean;
}

/** The bag with every additive, or the issue when withdrawing them would take more than the bag holds. */
export function combineBag(facts: readonly ComponentFacts[]): { ok: true; value: CombinedBag } | { ok: false; issue: Issue } {
  const first = (facts[0] as ComponentFacts).prep;
  const dil = first.diluent;
  if (!dil) throw new Error('a combination component has no diluent: whole-bag protocols are checked first');
  const drawnMl = facts.map((f) => f.prep.additive?.drawn.value ?? dec(0));
  const total = drawnMl.reduce((t, v) => t.add(v), dec(0));
  const withdrawEqual = first.additiveVolume === 'withdraw-equal';
  if (withdrawEqual && total.gt(dil.nominalMl)) {
    return {
      ok: false,
      issue: {
        code: 'container_too_small',
        path: ['preparation', 'containerVolume'],
        message: `The additives (${total.toFixed()} mL) are more than the ${dil.nominalMl.toFixed()} mL bag.`,
      },
    };
  }
  const withdrawnMl = withdrawEqual ? total : dec(0);
  // final mL = bag + overfill - withdrawn + sum(drawn)
  const finalMl = dil.nominalMl.add(dil.overfillMl).sub(withdrawnMl).add(total);
  return { ok: true, value: { nominalMl: dil.nominalMl, overfillMl: dil.overfillMl, drawnMl, withdrawnMl, finalMl, withdrawEqual } };
}

/** The shared pump rate (mL/h = final mL / h), exact and rounded, and the duration it gives. */
export interface SharedRate {
  readonly exact: Dec;
  readonly rate: SafeRounding;
  readonly durationH: Dec;
}

/**
 * One rate for the whole bag: rounded to the nearest increment unless that would take any agent
 * (mg/h = mL/h x mg / final mL) across a ceiling of its own plan that the exact rate respects, or
 * make the bag (h = final mL / mL/h) run shorter than a minimum duration of any agent's limits or
 * protocol that the exact rate respects; then rounded down, as a single agent's pump rate is.
 */
export function sharedRate(facts: readonly ComponentFacts[], finalMl: Dec): SharedRate {
  const first = facts[0] as ComponentFacts;
  const exact = finalMl.div(first.durationH);
  const rate = roundWithCeiling(
    exact,
    first.increment,
    (r, x) =>
      facts.some((f) => crossesNewCeiling(r.mul(f.amountMg).div(finalMl), x.mul(f.amountMg).div(finalMl), f.rateCeilingsMgH)) ||
      facts.some((f) => f.minDurationsH.some((m) => finalMl.div(r).lt(m) && finalMl.div(x).gte(m))),
  );
  return { exact, rate, durationH: finalMl.div(rate.value) };
}
