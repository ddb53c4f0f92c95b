import { defineConfig } from 'tsup';

/**
 * The package's entries: output name (dist/<name>.js, .cjs, .d.ts) to source. The main entry has every
 * public name; each other entry is a subset of it for an app that needs one part (package.json's exports).
 */
export const NODE_ENTRIES: Readonly<Record<string, string>> = {
  index: 'src/index.ts',
  plan: 'src/entry-plan.ts',
  course: 'src/entry-course.ts',
  catalogue: 'src/entry-catalogue.ts',
  verify: 'src/entry-verify.ts',
  format: 'src/entry-format.ts',
  interop: 'src/entry-interop.ts',
  codes: 'src/entry-codes.ts',
};

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
    // For Node ("import" and "require"): the main entry and each subpath entry (package.json's exports),
    // bundled per format, with the modules they share in chunks so that each module exists once per
    // format (the calculator's validated catalogues and the prepared protocols are kept per module). zod is
    // bundled in: Node would otherwise read, parse and compile its 93 files (790 kB) at every cold import,
    // where the schemas the library uses come to 65 kB; decimal.js (one file) stays a dependency.
    entry: NODE_ENTRIES,
    format: ['esm', 'cjs'],
    splitting: true,
    noExternal: [/^zod(\/|$)/],
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
