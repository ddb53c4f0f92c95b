// @ts-check
// Cold import of the two ESM builds, each in a fresh Node process, taking turns: the single bundled
// file Node gets (dist/index.js, the "import" condition) and the one-file-per-module tree bundlers get
// (dist/esm/index.js, the "browser" condition). Prints the median of 9 of each, in ms.
// Run: npm run build && node bench/cold-import.mjs
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './throughput.mjs';

const builds = {
  'dist/index.js (one file)': pathToFileURL(fileURLToPath(new URL('../dist/index.js', import.meta.url))).href,
  'dist/esm/index.js (one file per module)': pathToFileURL(fileURLToPath(new URL('../dist/esm/index.js', import.meta.url))).href,
};
/** @type {Record<string, number[]>} */
const times = Object.fromEntries(Object.keys(builds).map((k) => [k, []]));
for (let i = 0; i < 9; i += 1) {
  for (const [name, url] of Object.entries(builds)) {
    const script = `const t = performance.now(); await import(${JSON.stringify(url)}); console.log(performance.now() - t);`;
    times[name]?.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim()));
  }
}
for (const [name, xs] of Object.entries(times)) {
  console.log(
    `cold import of ${name}: median ${median(xs).toFixed(1)} ms of ${xs.length} (${[...xs]
      .sort((a, b) => a - b)
      .map((x) => x.toFixed(0))
      .join(', ')})`,
  );
}
