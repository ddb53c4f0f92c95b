/**
 * Clearance bands (creatinine clearance in mL/min, first match wins) must cover every clearance
 * from 0 up exactly once, in increasing order. A gap would refuse a patient whose clearance falls in
 * it as if the product were not recommended there; an overlap would hide the later band's dose for
 * the clearances the two share. So: the first band has no lower bound (or starts at 0, inclusive);
 * each band holds some range (its lower bound below its upper); each next band starts where the one
 * before ends, and that shared bound belongs to exactly one of them (`maxInclusive` on the lower
 * band exactly when `minExclusive` on the upper); the last band has no upper bound.
 */
import { dec } from '../decimal/index.js';
import type { ClearanceBands, Protocol } from '../catalogue/types.js';
import type { Issue } from '../types/issues.js';

type Band = ClearanceBands['bands'][number];

/** `clearance_bands_invalid` at the first band that breaks the cover, or none. */
export function checkClearanceBands(p: Protocol, path: readonly (string | number)[]): Issue[] {
  const bands = p.clearanceBands?.bands;
  if (bands === undefined) return [];
  const problem = coverProblem(bands);
  if (problem === undefined) return [];
  return [
    {
      code: 'clearance_bands_invalid',
      path: [...path, 'clearanceBands', 'bands', ...(problem.index === undefined ? [] : [problem.index])],
      message: `Protocol ${p.id}: its clearance bands must cover every clearance from 0 mL/min up exactly once, in increasing order; ${problem.text}.`,
    },
  ];
}

function coverProblem(bands: readonly Band[]): { index: number | undefined; text: string } | undefined {
  const first = bands[0];
  if (first === undefined) return { index: undefined, text: 'there are none, so every clearance would be in no band' };
  if (first.min !== undefined && (!dec(first.min).isZero() || first.minExclusive === true)) {
    return { index: 0, text: `band 0 starts at ${first.min} mL/min${first.minExclusive === true ? ' (exclusive)' : ''}, so lower clearances are in no band` };
  }
  for (const [i, b] of bands.entries()) {
    if (b.min !== undefined && b.max !== undefined && !dec(b.min).lt(dec(b.max))) {
      return { index: i, text: `band ${i} runs from ${b.min} to ${b.max} mL/min, which is no range` };
    }
    const before = bands[i - 1];
    if (before === undefined) continue;
    const problem = joinProblem(before, b, i);
    if (problem !== undefined) return { index: i, text: problem };
  }
  const last = bands[bands.length - 1] as Band;
  if (last.max !== undefined) return { index: bands.length - 1, text: `the last band ends at ${last.max} mL/min, so higher clearances are in no band` };
  return undefined;
}

/** Why band `i` does not start exactly where band `i - 1` (`before`) ends, if it does not. */
function joinProblem(before: Band, b: Band, i: number): string | undefined {
  if (before.max === undefined) return `band ${i - 1} has no upper bound, so band ${i} is never reached`;
  if (b.min === undefined || !dec(b.min).eq(dec(before.max))) {
    return `band ${i} starts at ${b.min ?? 'no lower bound'}${b.min === undefined ? '' : ' mL/min'} where band ${i - 1} ends at ${before.max} mL/min`;
  }
  const inBefore = before.maxInclusive === true;
  const inNext = b.minExclusive !== true;
  if (inBefore === inNext)
    return `${before.max} mL/min is in ${inBefore ? 'both' : 'neither'} of bands ${i - 1} and ${i} (maxInclusive on the lower band must go with minExclusive on the upper)`;
  return undefined;
}
