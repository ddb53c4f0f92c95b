// @ts-check
// The frozen planner and the built one, each timed alone in a fresh Node process (no shared
// decimal.js state, no other planner warming the same code): Schwartzman 82 kg, 3,000 plans of
// warm-up, then 1.5 s of this process's CPU time. Five runs of each, alternating; prints every run
// and the medians. Run: npm run build && node bench/separate-process.mjs
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const variants = {
  frozen: fileURLToPath(new URL('./baseline/pre-redesign-planner.js', import.meta.url)),
  built: fileURLToPath(new URL('../dist/index.js', import.meta.url)),
};

if (process.argv[2] === '--one') {
  const mod = await import(/** @type {string} */ (process.argv[3]));
  const input = { patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 };
  for (let i = 0; i < 3000; i += 1) mod.planInfusion(input);
  const start = process.cpuUsage();
  let n = 0;
  while (process.cpuUsage(start).user < 1.5e6) {
    const r = mod.planInfusion(input);
    if (r.ok && r.plan.status) n += 1;
  }
  const used = process.cpuUsage(start);
  console.log(Math.round(n / ((used.user + used.system) / 1e6)));
} else {
  /** @type {Record<string, number[]>} */
  const runs = { frozen: [], built: [] };
  for (let round = 0; round < 5; round += 1) {
    for (const [name, file] of Object.entries(variants)) {
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--one', file], { encoding: 'utf8' });
      runs[name]?.push(Number(out.trim()));
    }
  }
  for (const [name, xs] of Object.entries(runs)) {
    const sorted = [...xs].sort((a, b) => a - b);
    console.log(
      `${name}: median ${(sorted[2] ?? 0).toLocaleString('en-US')} plans/s of CPU time (runs: ${xs.map((x) => x.toLocaleString('en-US')).join(', ')})`,
    );
  }
}
