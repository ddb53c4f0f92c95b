/**
 * `--catalogue FILE`: an institution's catalogue read from JSON and validated by the library
 * (`createCalculator`, the same door every catalogue passes). Without the flag the built-in
 * catalogue is used. A file that cannot be read, is not JSON, or fails validation stops the
 * command with the library's coded issues, each path prefixed with `catalogue` so it is clear the
 * problem is in the catalogue file, not in the request.
 */
import { BUILTIN_CATALOGUE, type Catalogue, type Issue, createCalculator } from 'infusion-dose';
import { withHints } from './hints.js';
import { type CliIssue, InputError } from './issues.js';
import { readJsonInput } from './read-input.js';

/** The outcome of validating a catalogue file: the catalogue, or every issue found. */
export type CatalogueCheck = { readonly ok: true; readonly catalogue: Catalogue } | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Reads and validates a catalogue file.
 *
 * @param file - A path, or `-` for standard input.
 * @returns The validated catalogue, or the library's issues (paths inside the catalogue).
 * @throws {InputError} when the file cannot be read or is not JSON.
 */
export async function checkCatalogueFile(file: string): Promise<CatalogueCheck> {
  const raw = await readJsonInput(file);
  const made = createCalculator(raw);
  return made.ok ? { ok: true, catalogue: made.calculator.catalogue } : { ok: false, issues: made.issues };
}

/** The library's catalogue issues, with "did you mean" for a misspelt key and `catalogue` in front of each path. */
export function inCatalogue(issues: readonly Issue[]): CliIssue[] {
  return withHints(issues, { schema: 'catalogue' }).map((i) => ({ ...i, path: ['catalogue', ...i.path] }));
}

/**
 * The catalogue a planning command uses: the file given with `--catalogue`, or the built-in one.
 *
 * @throws {InputError} for an unreadable file, bad JSON, or a catalogue that fails validation.
 */
export async function loadCatalogue(file: string | undefined): Promise<Catalogue> {
  if (file === undefined) return BUILTIN_CATALOGUE;
  const checked = await checkCatalogueFile(file);
  if (!checked.ok) throw new InputError(inCatalogue(checked.issues));
  return checked.catalogue;
}
