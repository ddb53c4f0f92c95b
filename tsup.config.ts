import { defineConfig } from 'tsup';

// `npm run build` empties dist/ first (scripts/clean-dist.mjs); no config here cleans, because tsup
// runs the three builds at once.
export default defineConfig([
  {
    // For bundlers (package.json's "browser" condition): the ESM library one file per module
    // (src/x/y.ts -> dist/esm/x/y.js, not bundled), so that an app's bundler keeps only the modules it
    // imports; a single-file bundle keeps every module's top-level code (frozen tables, schemas)
    // whether or not the app uses it.
    entry: ['src/**/*.ts', '!src/cli/**'],
    outDir: 'dist/esm',
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
    // For Node ("import" and "require"): one bundled file per format, which Node loads faster than
    // the module tree (measured in bench/cold-import.mjs), with one bundled declaration file each.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  {
    // The command line: ESM only, Node only, with a shebang. It imports the library by its
    // published name (a self-reference), so dist/cli.js uses dist/index.js rather than a copy.
    entry: { cli: 'src/cli/bin.ts' },
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
