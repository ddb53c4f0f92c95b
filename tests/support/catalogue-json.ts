// An institution catalogue for a test: the built-in catalogue as plain JSON to change, and the
// calculator made from it (refused changes fail the test with their issues).
import { BUILTIN_CATALOGUE, createCalculator } from './untyped.js';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The built-in catalogue as a fresh JSON object. */
export const builtinAsJson = (): Json => JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;

/** A local source for a test's own limit or record. */
export const LOCAL_POLICY = { citation: 'St Elsewhere infusion suite policy (test)', grade: 'hosp', verified: true };

/** The calculator for `cat`, which must validate. */
export function calculatorOf(cat: Json) {
  const made = createCalculator(cat);
  if (!made.ok) throw new Error(`catalogue refused: ${made.issues.map((i) => `${i.code}@${i.path.join('.')}`).join(', ')}`);
  return made.calculator;
}
