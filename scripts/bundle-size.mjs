// @ts-check
// What a browser app ships for `planInfusion`: the built ESM entry bundled with its dependencies
// (decimal.js, zod), minified, gzipped at level 9, and each input's share of the minified bundle.
// Needs `npm run build` first. Reports the figure and the 30 kB budget; always exits 0.
// Run: npm run size
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));
/** The budget: 30 kB gzipped, 1 kB = 1000 bytes. */
const BUDGET_BYTES = 30_000;

if (!existsSync(entry)) {
  console.log('dist/index.js is missing: run `npm run build` first.');
  process.exit(0);
}

try {
  const result = await build({
    stdin: {
      contents: `import { planInfusion } from ${JSON.stringify(entry)};\nglobalThis.planInfusion = planInfusion;\n`,
      resolveDir: root,
      sourcefile: 'app.js',
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
  });

  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild wrote no output');
  const minified = output.contents.byteLength;
  const gzipped = gzipSync(output.contents, { level: 9 }).byteLength;
  /** @param {number} n */
  const kB = (n) => (n / 1000).toFixed(1);

  console.log(`ESM entry, minified + gzipped, dependencies included: ${gzipped} bytes (${kB(gzipped)} kB)`);
  console.log(`  minified, before gzip: ${minified} bytes (${kB(minified)} kB)`);

  // Shares of the minified bundle, by input, from the metafile (bytesInOutput per input file).
  const out = Object.values(result.metafile.outputs)[0];
  /** @type {Map<string, number>} */
  const groups = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(out?.inputs ?? {})) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file.replace(/\\/g, '/'));
    const group = m?.[1] ?? (file.includes('dist/') ? 'infusion-dose (the library)' : file === 'app.js' ? 'the app entry (app.js)' : `other (${file})`);
    groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
  }
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  console.log('  share of the minified bundle, by input:');
  for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
    console.log(`    ${group}: ${bytes} bytes (${kB(bytes)} kB, ${((100 * bytes) / (total || 1)).toFixed(1)}%)`);
  }

  const met = gzipped <= BUDGET_BYTES;
  console.log(
    `Budget 30 kB (${BUDGET_BYTES} bytes) gzipped: ${met ? 'met' : `not met, over by ${gzipped - BUDGET_BYTES} bytes (${kB(gzipped - BUDGET_BYTES)} kB)`} (an open goal; this script reports it and exits 0).`,
  );
} catch (err) {
  console.log(`bundle-size could not measure the bundle: ${err instanceof Error ? err.message : String(err)}`);
}
process.exit(0);
