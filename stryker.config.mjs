// @ts-check
/**
 * Mutation testing (`npm run mutation`): Stryker changes the calculation, compounding, pump, check
 * and titration code one mutant at a time and runs the tests that cover each mutant
 * (vitest.mutation.config.ts). A mutant no test notices is a line the tests do not really check.
 * The run fails below a 90% score. Reports: reports/mutation/mutation.html and mutation.json.
 */
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    // calculation: exact decimals, units, dosing weights and patient formulas, the dose
    'src/decimal/index.ts',
    'src/units/index.ts',
    'src/units/measure.ts',
    'src/patient/weights.ts',
    'src/patient/formulas.ts',
    'src/stages/dose.ts',
    // compounding: measurable volumes and the bag
    'src/compounding/*.ts',
    // pump: rates, segments and rounding
    'src/pump/*.ts',
    // checks: safety-range checks and the independent re-check of a plan
    'src/checks/*.ts',
    'src/verify/check-plan*.ts',
    // titration: the next dose from the history (the rules themselves, src/protocols/titration-rules.ts,
    // are cited data like the agents and protocols, pinned by the titration tests, not code to mutate)
    'src/titration/*.ts',
  ],
  concurrency: 2,
  timeoutMS: 30_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
