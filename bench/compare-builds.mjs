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
import { interleave, median } from './throughput.mjs';

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
const singleCases = [
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

/** A combination bag (ketamine 0.3 mg/kg/h with Collins magnesium, 250 mL), planned by planCombination. @type {import('infusion-dose').CombinationRequest} */
const COMBINATION = {
  patient: { weight: { value: 70, unit: 'kg' } },
  session: 1,
  components: [{ protocol: 'ketamine-crps-schwartzman-2009', dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } }, { protocol: 'magnesium-crps-collins-2009' }],
  preparation: { containerVolume: { value: 250, unit: 'mL' } },
};
/** @typedef {{ ok: true, plan: { status: string, checks: readonly { message: string }[], trace: unknown, pump: { rate: { value: string } } } } | { ok: false }} AnyResult */
/** @type {{ name: string, plan: (api: typeof import('infusion-dose')) => AnyResult }[]} */
const allCases = [
  ...singleCases.map((c) => ({
    name: c.name,
    plan: (/** @type {typeof import('infusion-dose')} */ api) => /** @type {AnyResult} */ (api.planInfusion(c.input)),
  })),
  {
    name: 'combination bag (ketamine + magnesium, 250 mL)',
    plan: (api) => /** @type {AnyResult} */ (/** @type {unknown} */ (api.planCombination(COMBINATION))),
  },
];
// BENCH_CASES (comma-separated name prefixes, case-insensitive) runs only those cases.
const only = process.env['BENCH_CASES']?.toLowerCase().split(',');
const cases = only ? allCases.filter((c) => only.some((o) => c.name.toLowerCase().startsWith(o))) : allCases;

/** Characters read, kept so that reading cannot be optimised away. */
let charsRead = 0;
/** ok, status and the pump rate only. @param {AnyResult} r */
const readSummary = (r) => (r.ok ? r.plan.status.length + r.plan.pump.rate.value.length : 0);
/** Also every check's message and the trace as JSON. @param {AnyResult} r */
function readAll(r) {
  if (!r.ok) return 0;
  let n = readSummary(r);
  for (const c of r.plan.checks) n += c.message.length;
  return n + JSON.stringify(r.plan.trace).length;
}

for (const c of cases) {
  const a = c.plan(before);
  const b = c.plan(after);
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${c.name}: the two builds plan differently`);
  if (!a.ok) throw new Error(`${c.name}: not planned`);
}

// In the order before (not read), after (not read), before (read), after (read).
const results = cases.map((c) => {
  const runs = [
    () => (charsRead += readSummary(c.plan(before))),
    () => (charsRead += readSummary(c.plan(after))),
    () => (charsRead += readAll(c.plan(before))),
    () => (charsRead += readAll(c.plan(after))),
  ];
  return { name: c.name, rates: interleave(runs, { rounds: ROUNDS, passes: PASSES, sliceMs: SLICE_MS }).map((r) => r.perCpuSecond) };
});
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
