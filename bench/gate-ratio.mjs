// @ts-check
// The measurement behind the speed gate (tests/bench/speed-gate.test.ts), on the built package: three
// times, the median over 5 interleaved rounds of (plain-float calculations per CPU second) / (Schwartzman
// plans per CPU second), with quartiles and the same ratio per wall second.
// Run: npm run build && node bench/gate-ratio.mjs
import { planInfusion } from 'infusion-dose';
import { interleave, median, quantile, schwartzmanFloats } from './throughput.mjs';

/** @type {import('infusion-dose').PlanRequest} */
const input = { patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 };
for (let k = 0; k < 3; k += 1) {
  const [lib, floor] = interleave([() => planInfusion(input), () => schwartzmanFloats(82)], { rounds: 5, passes: 4, sliceMs: 20 });
  if (!lib || !floor) throw new Error('two variants expected');
  const ratios = lib.perCpuSecond.map((x, i) => (floor.perCpuSecond[i] ?? Number.NaN) / x);
  const wall = lib.perWallSecond.map((x, i) => (floor.perWallSecond[i] ?? Number.NaN) / x);
  const q = (/** @type {number[]} */ xs) => `${median(xs).toFixed(0)} [${quantile(xs, 0.25).toFixed(0)}-${quantile(xs, 0.75).toFixed(0)}]`;
  console.log(
    `plans/s ${Math.round(median(lib.perCpuSecond))}, floor calculations/s ${Math.round(median(floor.perCpuSecond))}; ratio per CPU second ${q(ratios)}, per wall second ${q(wall)}`,
  );
}
