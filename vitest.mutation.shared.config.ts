import { defineConfig } from 'vitest/config';
import quick from './vitest.mutation.config';

/**
 * The test selection for Stryker's run over the code every test reaches (`npm run mutation:shared`,
 * stryker.shared.config.mjs): the decimal type, the input guard and doors, and the history view.
 * With the whole quick set, each surviving mutant of those files runs every test (about a minute per
 * worker on this 2-core machine: a run of src/schema stalled at one mutant a minute), so they are
 * judged by the tests written for them and the golden cases instead. A mutant only a test outside this
 * set would kill is reported as surviving: the score is a lower bound, never flattered.
 */
// Not mergeConfig: it would add these files to the quick set's include instead of replacing it.
export default defineConfig({
  ...quick,
  test: {
    ...quick.test,
    include: [
      'tests/decimal/**/*.test.ts',
      'tests/units/**/*.test.ts',
      'tests/golden/**/*.test.ts',
      'tests/schema/**/*.test.ts',
      'tests/input/**/*.test.ts',
      'tests/plan/windows-and-history.test.ts',
      'tests/plan/cumulative.test.ts',
      'tests/titration/history.test.ts',
      'tests/titration/plan-history.test.ts',
      'tests/rules/history-rule-findings.test.ts',
      'tests/course/given-and-history.test.ts',
      'tests/course/history-view.property.test.ts',
      'tests/interop/fhir-history.test.ts',
      'tests/verify/check-plan.test.ts',
      'tests/combination/combination.test.ts',
      'tests/nasal/**/*.test.ts',
    ],
  },
});
