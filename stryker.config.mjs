// @ts-check
/**
 * Mutation testing (`npm run mutation`): Stryker changes every logic folder one mutant at a time
 * and runs only the tests that cover each mutant (`coverageAnalysis: 'perTest'`) from the quick
 * mutation test set (vitest.mutation.config.ts), in incremental mode. A mutant no test notices is a line the tests do not really check.
 * The run fails below a 90% score. Reports: reports/mutation/mutation.html and mutation.json.
 */
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  // A static mutant (module-level code, run once when a module loads) cannot be traced to the tests
  // that reach it, so Stryker runs every test for each: 7,724 of 20,531 mutants here, estimated at 89%
  // of the run's time. They are counted as ignored; the realistic-bug table (npm run proof) covers the
  // module-level tables that matter (rule severities, unit factors, limits).
  ignoreStatic: true,
  // Issue 16 item 1: every logic folder. Cited data records are not code to mutate (agents,
  // protocols, the nasal and titration-rule data, the patient limits, the code lists in src/types);
  // they are pinned by the golden, catalogue and titration tests. Files of types only make no mutants.
  // A run on one folder: `npx stryker run --mutate 'src/rules/**/*.ts'`.
  mutate: [
    // calculation: exact decimals, units, dates, dosing weights and patient formulas
    'src/decimal/**/*.ts',
    'src/units/**/*.ts',
    'src/dates/**/*.ts',
    'src/patient/**/*.ts',
    '!src/patient/limits.ts',
    // preparation, stages, rules, checks and the pipeline that runs them
    'src/prepare/**/*.ts',
    'src/stages/**/*.ts',
    'src/rules/**/*.ts',
    'src/checks/**/*.ts',
    'src/pipeline/**/*.ts',
    'src/compounding/**/*.ts',
    'src/pump/**/*.ts',
    // titration: the engine (the rules themselves, src/protocols/titration-rules.ts, are cited data)
    'src/titration/**/*.ts',
    // the public paths: plans and combinations, courses, nasal spray, presentation
    'src/plan/**/*.ts',
    'src/course/**/*.ts',
    'src/nasal/**/*.ts',
    '!src/nasal/data.ts',
    'src/present/**/*.ts',
    'src/format/**/*.ts',
    // independent checks, FHIR, the input doors, catalogue validation and the command line
    'src/verify/**/*.ts',
    'src/interop/**/*.ts',
    'src/schema/**/*.ts',
    'src/formulary/**/*.ts',
    '!src/formulary/builtin.ts',
    'src/catalogue/scope.ts',
    'src/catalogue/schedule-pattern.ts',
    'src/cli/**/*.ts',
    '!src/**/*types.ts',
  ],
  // Only the mutants of changed code or changed tests run again; the file is committed so a fresh
  // clone starts from the last run.
  incremental: true,
  incrementalFile: 'proof/stryker-incremental.json',
  concurrency: 2,
  timeoutMS: 30_000,
  // The first run of the whole selection (with per-test coverage) takes far more than the default
  // 5 min on this shared 2-core machine under load.
  dryRunTimeoutMinutes: 60,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
