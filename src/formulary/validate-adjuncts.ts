/**
 * An adjunct's dose is one value, or a range with both its ends: the plan shows a range as its min
 * and max (src/present/assemble-notes.ts), and an end the source does not give would be shown as a
 * dose nobody stated. So an adjunct dose with no value must give both min and max.
 */
import type { Protocol } from '../catalogue/types.js';
import type { Issue } from '../types/issues.js';

/** `required` at each end a value-less adjunct dose leaves out, in the protocol's adjunct order. */
export function checkAdjuncts(p: Protocol, path: readonly (string | number)[]): Issue[] {
  return (p.adjuncts ?? []).flatMap((a, ai) => {
    const dose = a.dose;
    if (dose === undefined || dose.value !== undefined) return [];
    return (['min', 'max'] as const)
      .filter((end) => dose[end] === undefined)
      .map((end) => ({
        code: 'required' as const,
        path: [...path, 'adjuncts', ai, 'dose', end],
        message: `Protocol ${p.id}: the dose of adjunct ${a.drug} gives no value, so it is a range and needs its ${end}.`,
      }));
  });
}
