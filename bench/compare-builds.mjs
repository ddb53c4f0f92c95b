// @ts-check
// Two builds of the package, interleaved in one process: plans per second of each on the same inputs,
// with the plan's explanation not read and read, and the ratio of the second build to the first.
// Run: npm run build && node bench/compare-builds.mjs <before/dist/index.js> [<after/dist/index.js>]
// (the second defaults to this checkout's dist). To compare with main: build main's dist into a temp
// directory (git archive main | tar -x -C /tmp/base; link node_modules; npx tsup) and pass its index.js.
// A round gives each variant PASSES slices of SLICE_MS ms, taking turns in a shuffled order; a
// variant's rate in a round is its calls over the CPU time it used; ratios are taken within a round
// (the variants see the same machine load), and the median over ROUNDS rounds is reported.
// BENCH_ROUNDS, BENCH_PASSES and BENCH_SLICE_MS override the defaults.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [beforeArg, afterArg] = process.argv.slice(2);
if (beforeArg === undefined) throw new Error('usage: node bench/compare-builds.mjs <before/dist/index.js> [<after/dist/index.js>]');
const afterPath = afterArg ?? fileURLToPath(new URL('../dist/index.js', import.meta.url));
/** @type {typeof import('infusion-dose')} */
const before = await import(pathToFileURL(resolve(beforeArg)).href);
/** @type {typeof import('infusion-dose')} */
const after = await import(pathToFileURL(resolve(afterPath)).href);

/** @param {string | undefined} raw @param {number} fallback */
const positiveInt = (raw, fallback) => (raw !== undefined && /^[1-9]\d*$/.test(raw) ? Number(raw) : fallback);
const ROUNDS = positiveInt(process.env['BENCH_ROUNDS'], 9);
const PASSES = positiveInt(process.env['BENCH_PASSES'], 6);
const SLICE_MS = positiveInt(process.env['BENCH_SLICE_MS'], 15);

/** @type {{ name: string, input: import('infusion-dose').PlanRequest }[]} */
const cases = [
  { name: 'Schwartzman 82 kg', input: { patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 } },
  { name: 'Sanacora 73.3 kg', input: { patient: { weight: { value: '73.3', unit: 'kg' } }, protocol: 'ketamine-depression-sanacora-2017', session: 1 } },
  {
    name: 'lidocaine RCH 80 kg 175 cm',
    input: {
      patient: { weight: { value: 80, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' },
      protocol: 'lidocaine-chronic-pain-rch',
      session: 1,
      dose: { total: { value: 5, unit: 'mg/kg' }, rate: { value: 60, unit: 'mcg/kg/min' } },
    },
  },
  {
    name: 'IVIG Goebel 70 kg (label ramp)',
    input: {
      patient: {
        weight: { value: 70, unit: 'kg' },
        height: { value: 170, unit: 'cm' },
        sex: 'female',
        ageYears: 55,
        creatinine: { value: 0.9, unit: 'mg/dL' },
      },
      protocol: 'ivig-crps-goebel-2010',
      session: 1,
    },
  },
];

/** Characters read, kept so that reading cannot be optimised away. */
let charsRead = 0;
/** ok, status and the pump rate only. @param {import('infusion-dose').PlanResult} r */
const readSummary = (r) => (r.ok ? r.plan.status.length + r.plan.pump.rate.value.length : 0);
/** Also every check's message and the trace as JSON. @param {import('infusion-dose').PlanResult} r */
function readAll(r) {
  if (!r.ok) return 0;
  let n = readSummary(r);
  for (const c of r.plan.checks) n += c.message.length;
  return n + JSON.stringify(r.plan.trace).length;
}

for (const c of cases) {
  const a = before.planInfusion(c.input);
  const b = after.planInfusion(c.input);
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${c.name}: the two builds plan differently`);
  if (!a.ok) throw new Error(`${c.name}: not planned`);
}

const VARIANTS = ['before (not read)', 'after (not read)', 'before (read)', 'after (read)'];
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
/** @param {() => number} f @param {{ calls: number, cpu: number }} tally */
function slice(f, tally) {
  let calls = 0;
  let read = 0;
  const cpu0 = cpuSeconds();
  const end = performance.now() + SLICE_MS;
  do {
    read += f();
    calls += 1;
  } while (performance.now() < end);
  charsRead += read;
  tally.calls += calls;
  tally.cpu += cpuSeconds() - cpu0;
}
/** @param {readonly number[]} xs */
function median(xs) {
  const s = [...xs].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? Number.NaN) + (s[mid] ?? Number.NaN)) / 2;
}
let seed = 20261128;
/** @param {number} n */
const below = (n) => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return Math.floor((seed / 2 ** 32) * n);
};
/** @param {number} n */
const shuffled = (n) => {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = below(i + 1);
    [order[i], order[j]] = [/** @type {number} */ (order[j]), /** @type {number} */ (order[i])];
  }
  return order;
};

const results = cases.map((c) => ({
  name: c.name,
  runs: [
    () => readSummary(before.planInfusion(c.input)),
    () => readSummary(after.planInfusion(c.input)),
    () => readAll(before.planInfusion(c.input)),
    () => readAll(after.planInfusion(c.input)),
  ],
  rates: VARIANTS.map(() => /** @type {number[]} */ ([])),
}));
for (let round = -1; round < ROUNDS; round += 1) {
  for (const c of results) {
    const tallies = VARIANTS.map(() => ({ calls: 0, cpu: 0 }));
    for (let pass = 0; pass < PASSES; pass += 1) {
      for (const v of shuffled(VARIANTS.length)) slice(/** @type {() => number} */ (c.runs[v]), /** @type {{ calls: number, cpu: number }} */ (tallies[v]));
    }
    if (round >= 0) tallies.forEach((t, v) => /** @type {number[]} */ (c.rates[v]).push(t.calls / Math.max(t.cpu, 1e-6)));
  }
}
if (!(charsRead > 0)) throw new Error('nothing was read');

console.log(`before: ${beforeArg}\nafter: ${afterPath}`);
console.log(
  `${ROUNDS} rounds after 1 warm-up, each ${PASSES} shuffled slices of ${SLICE_MS} ms per variant; plans/s of CPU time, median over rounds; ratio after/before within a round, median [min-max].`,
);
for (const c of results) {
  const [bn, an, br, ar] = /** @type {[number[], number[], number[], number[]]} */ (c.rates);
  const ratio = (/** @type {number[]} */ a, /** @type {number[]} */ b) => {
    const rs = a.map((x, i) => x / /** @type {number} */ (b[i]));
    return `${median(rs).toFixed(2)}x [${Math.min(...rs).toFixed(2)}-${Math.max(...rs).toFixed(2)}]`;
  };
  const ps = (/** @type {number[]} */ xs) => `${Math.round(median(xs)).toLocaleString('en-US')}/s`;
  console.log(`${c.name}: not read ${ps(bn)} -> ${ps(an)} (${ratio(an, bn)}); read ${ps(br)} -> ${ps(ar)} (${ratio(ar, br)})`);
}
