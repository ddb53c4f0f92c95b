// @ts-check
// Cold import of the built package, each in a fresh Node process, the builds taking turns: the main entry
// Node gets (dist/index.js, the "import" condition), the lean `infusion-dose/plan` entry (dist/plan.js) and
// the one-file-per-module tree bundlers get (dist/esm/index.js, the "browser" condition). Each process
// also times its first planInfusion call after the import (82 kg, Schwartzman session 1: the schemas,
// the prepared protocol and every other memoised table are built on that call). Prints the median of 9
// of each, in ms. `--baseline <dir>` adds another checkout's dist/index.js (built there) to the turns, so
// a change is compared with its parent in one interleaved run.
// Run: npm run build && node bench/cold-import.mjs [--baseline /path/to/other/checkout]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './throughput.mjs';

const RUNS = 9;
/** @param {string} path */
const url = (path) => pathToFileURL(path).href;
const here = (/** @type {string} */ rel) => fileURLToPath(new URL(`../${rel}`, import.meta.url));

/** @type {Record<string, string>} */
const builds = {
  'dist/index.js (main entry, Node)': url(here('dist/index.js')),
  'dist/plan.js (infusion-dose/plan, Node)': url(here('dist/plan.js')),
  'dist/esm/index.js (one file per module)': url(here('dist/esm/index.js')),
};
const at = process.argv.indexOf('--baseline');
if (at > 0) {
  const dir = resolve(process.argv[at + 1] ?? '');
  const file = resolve(dir, 'dist/index.js');
  if (!existsSync(file)) throw new Error(`--baseline: ${file} is missing; build that checkout first`);
  builds[`baseline ${dir}/dist/index.js`] = url(file);
}

const REQUEST = "{ patient: { weight: { value: '82', unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 }";
/** @param {string} href */
const script = (href) =>
  [
    'const t0 = performance.now();',
    `const lib = await import(${JSON.stringify(href)});`,
    'const t1 = performance.now();',
    `const r = lib.planInfusion(${REQUEST});`,
    'const t2 = performance.now();',
    "if (!r.ok || r.plan.pump.rate.value !== '25') throw new Error('the first plan is not the expected 25 mL/h');",
    'console.log(JSON.stringify([t1 - t0, t2 - t1]));',
  ].join('\n');

/** @type {Record<string, { imports: number[], firstPlans: number[] }>} */
const times = Object.fromEntries(Object.keys(builds).map((k) => [k, { imports: [], firstPlans: [] }]));
for (let i = 0; i < RUNS; i += 1) {
  for (const [name, href] of Object.entries(builds)) {
    const [imp, first] = /** @type {[number, number]} */ (
      JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script(href)], { encoding: 'utf8' }))
    );
    times[name]?.imports.push(imp);
    times[name]?.firstPlans.push(first);
  }
}
/** @param {number[]} xs */
const list = (xs) =>
  [...xs]
    .sort((a, b) => a - b)
    .map((x) => x.toFixed(0))
    .join(', ');
for (const [name, { imports, firstPlans }] of Object.entries(times)) {
  console.log(`cold import of ${name}: median ${median(imports).toFixed(1)} ms of ${imports.length} (${list(imports)})`);
  console.log(`  then the first planInfusion call: median ${median(firstPlans).toFixed(1)} ms (${list(firstPlans)})`);
}
