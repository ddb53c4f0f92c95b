import { defineConfig } from 'tsup';

// `npm run build` empties dist/ first (scripts/clean-dist.mjs); no config here cleans, because tsup
// runs the three builds at once.
export default defineConfig([
  {
    // The ESM library, one file per module (src/x/y.ts -> dist/x/y.js, not bundled), so that an app's
    // bundler keeps only the modules it imports: a single-file bundle keeps every module's top-level
    // code (frozen tables, schemas) whether or not the app uses it.
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    dts: false,
    // No source maps: the package ships no sources for them to point at (the code is readable as built).
    sourcemap: false,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // CommonJS callers get one bundled file, and both formats one bundled declaration file.
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: false,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  {
    // The declarations of the ESM entry (dist/index.d.ts), bundled into one file like the CommonJS one.
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: { only: true },
    clean: false,
  },
  {
    // The command line: ESM only, Node only, with a shebang. It imports the library by its
    // published name (a self-reference), so dist/cli.js uses dist/index.js rather than a copy.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    external: ['infusion-dose'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
