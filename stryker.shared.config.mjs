// @ts-check
/**
 * Stryker over the code every test reaches (`npm run mutation:shared`): the decimal type and the input
 * doors (the guard, the request and history views), judged by the test selection of
 * vitest.mutation.shared.config.ts (their own tests and the golden cases) instead of the whole quick
 * set, so that a surviving mutant costs seconds, not a run of every test. Same incremental file as
 * `npm run mutation`; a mutant only a test outside the selection would kill is reported as surviving.
 */
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.mutation.shared.config.ts' },
  // The decimal type and the input doors (src/schema: the guard, the request and history views every
  // plan reads, and the catalogue and course shapes with them).
  mutate: ['src/decimal/dec.ts', 'src/schema/**/*.ts', '!src/**/*types.ts'],
};
