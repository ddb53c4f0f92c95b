// @ts-check
// Two or more builds of the package, each timed alone in a fresh Node process (no shared decimal.js
// state, no other build warming the same code), taking turns: Schwartzman 82 kg, 3,000 plans of
// warm-up, then 1.5 s of the process's CPU time, with the plan's trace not read and read
// (JSON.stringify of plan.trace). Five runs of each; prints the medians and their ratio to the first build.
// Run: node bench/compare-builds-separate.mjs <before/dist/index.js> <after/dist/index.js> [...]
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** @type {import('infusion-dose').PlanRequest} */
const SCHWARTZMAN = { patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 };

if (process.argv[2] === '--one') {
  /** @type {typeof import('infusion-dose')} */
  const mod = await import(pathToFileURL(resolve(String(process.argv[3]))).href);
  const read = process.argv[4] === 'read';
  for (let i = 0; i < 3000; i += 1) mod.planInfusion(SCHWARTZMAN);
  const start = process.cpuUsage();
  let n = 0;
  let chars = 0;
  while (process.cpuUsage(start).user < 1.5e6) {
    const r = mod.planInfusion(SCHWARTZMAN);
    if (!r.ok) throw new Error('not planned');
    chars += r.plan.status.length + (read ? JSON.stringify(r.plan.trace).length : 0);
    n += 1;
  }
  const used = process.cpuUsage(start);
  if (chars === 0) throw new Error('nothing read');
  console.log(Math.round(n / ((used.user + used.system) / 1e6)));
} else {
  const builds = process.argv.slice(2);
  if (builds.length < 2) throw new Error('usage: node bench/compare-builds-separate.mjs <before/dist/index.js> <after/dist/index.js> [...]');
  const self = fileURLToPath(import.meta.url);
  /** @param {readonly number[]} xs */
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN;
  for (const mode of ['not read', 'read']) {
    /** @type {number[][]} */
    const runs = builds.map(() => []);
    for (let round = 0; round < 5; round += 1) {
      builds.forEach((file, i) => {
        const out = execFileSync(process.execPath, [self, '--one', file, mode === 'read' ? 'read' : 'summary'], { encoding: 'utf8' });
        runs[i]?.push(Number(out.trim()));
      });
    }
    const first = median(runs[0] ?? []);
    builds.forEach((file, i) => {
      const xs = runs[i] ?? [];
      console.log(
        `${mode}: ${file}: median ${median(xs).toLocaleString('en-US')} plans/s of CPU time (${(median(xs) / first).toFixed(2)}x the first; runs ${xs.join(', ')})`,
      );
    });
  }
}
