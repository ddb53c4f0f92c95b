/**
 * The entry of every public function that takes untrusted input (and a catalogue): the input is read
 * once into plain data by the guard (src/schema/guard.ts), the catalogue is one this library validated
 * or is validated now, and any exception the library did not expect becomes one `internal_error` issue.
 *
 * @module
 */
import type { Catalogue } from '../catalogue/types.js';
import { guard, snapshot } from '../schema/guard.js';
import type { Issues } from '../types/issues.js';
import { isValidated, validateCatalogue } from './validate.js';

/** The failure every guarded entry may return. */
export type EntryFailure = { readonly ok: false; readonly issues: Issues };

/**
 * A catalogue as given to a planner: one from `createCalculator` or `BUILTIN_CATALOGUE` is used as it
 * is; any other value is read and validated now (each call: pass a calculator's to validate once).
 */
export function acceptCatalogue(catalogue: unknown): { readonly ok: true; readonly catalogue: Catalogue } | EntryFailure {
  if (isValidated(catalogue)) return { ok: true, catalogue };
  const read = snapshot(catalogue);
  if (!read.ok) return read;
  const v = validateCatalogue(read.value);
  const [first, ...rest] = v.ok ? [] : v.issues;
  if (first !== undefined) return { ok: false, issues: [first, ...rest] };
  return v.ok
    ? { ok: true, catalogue: v.catalogue }
    : { ok: false, issues: [{ code: 'internal_error', path: [], message: 'Catalogue validation failed without an issue.' }] };
}

/** Runs `run` on a plain copy of `input`, guarded. */
export function enter<R>(input: unknown, run: (plain: unknown) => R): R | EntryFailure {
  return guard(() => {
    const read = snapshot(input);
    return read.ok ? run(read.value) : read;
  });
}

/** Runs `run` on a plain copy of `input` and an accepted catalogue, guarded. */
export function enterWithCatalogue<R>(input: unknown, catalogue: unknown, run: (plain: unknown, catalogue: Catalogue) => R): R | EntryFailure {
  return enter(input, (plain) => {
    const accepted = acceptCatalogue(catalogue);
    return accepted.ok ? run(plain, accepted.catalogue) : accepted;
  });
}
