import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The test selection for `npm run mutation` (stryker.config.mjs). It leaves out what cannot judge a
 * mutant of the calculation code faster than the rest: the browser page, the packed tarball, the CLI
 * and example programs run on the built dist (which a mutant of src never reaches), the JSON Schema
 * snapshot and the 10,000-run fuzzing. Property tests run a tenth of their count (at least 10 each).
 */
export default defineConfig({
  resolve: {
    alias: { 'infusion-dose': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [
      'tests/browser/**',
      'tests/package/**',
      'tests/cli/**',
      'tests/examples/**',
      'tests/schema/**',
      'tests/fuzz/**',
      '**/node_modules/**',
    ],
    env: { PROPERTY_RUNS_SCALE: '0.1' },
    testTimeout: 60_000,
  },
});
