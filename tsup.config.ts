import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // No source maps: the package ships no sources for them to point at (the code is readable as built).
    sourcemap: false,
    // The cli build below writes into dist/ at the same time: keep its files out of this clean.
    clean: ['!cli.js'],
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
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
