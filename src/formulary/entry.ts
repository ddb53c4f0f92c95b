/**
 * The entry of every public function that takes untrusted input (and a catalogue): the input is read
 * once into plain data by the guard (src/schema/guard.ts), the catalogue must be one this library
 * validated, and any exception the library did not expect becomes one `internal_error` issue.
 *
 * @module
 */
import type { Catalogue } from '../catalogue/types.js';
import { guard, snapshot } from '../schema/guard.js';
import type { Issues } from '../types/issues.js';
import { type Bounds, checkBounds } from '../types/input-limits.js';
import { isValidated } from './validate.js';

/** The failure every guarded entry may return. */
export type EntryFailure = { readonly ok: false; readonly issues: Issues };

/**
 * A catalogue as given to a planner: `BUILTIN_CATALOGUE` or one from `createCalculator` (validated
 * and frozen) is used as it is; any other value is refused with `catalogue_not_validated`, so no plan
 * is ever made from a catalogue that did not pass validation (and the planners do not carry the
 * validator into a bundle that never validates).
 */
export function acceptCatalogue(catalogue: unknown): { readonly ok: true; readonly catalogue: Catalogue } | EntryFailure {
  if (isValidated(catalogue)) return { ok: true, catalogue };
  return {
    ok: false,
    issues: [
      {
        code: 'catalogue_not_validated',
        path: [],
        message:
          'This catalogue was not validated by this library: pass BUILTIN_CATALOGUE, or create a calculator with createCalculator(catalogue) and plan with it.',
      },
    ],
  };
}

/**
 * Runs `run` on a plain copy of `input`, guarded. With `bounds`, the copy takes at most twice the
 * door's number of values (a longer list is refused before any of it is read), and the input limits
 * are checked on the copy, so the input is read once and an oversized one costs almost nothing.
 */
export function enter<R>(input: unknown, run: (plain: unknown) => R, bounds?: Bounds): R | EntryFailure {
  return guard(() => {
    // Twice the door's limit: a little over it gets the limit's own code from checkBounds, far over it
    // is cut short by the copy.
    const read = snapshot(input, bounds ? 2 * bounds.nodes : undefined);
    if (!read.ok) return read;
    const tooBig = bounds ? checkBounds(read.value, bounds) : undefined;
    if (tooBig) return { ok: false, issues: [tooBig] } as const;
    return run(read.value);
  });
}

/** Runs `run` on a plain copy of `input` and an accepted catalogue, guarded. */
export function enterWithCatalogue<R>(input: unknown, catalogue: unknown, run: (plain: unknown, catalogue: Catalogue) => R, bounds?: Bounds): R | EntryFailure {
  return enter(
    input,
    (plain) => {
      const accepted = acceptCatalogue(catalogue);
      return accepted.ok ? run(plain, accepted.catalogue) : accepted;
    },
    bounds,
  );
}
