// @ts-check
// Speed of the built package. Run: npm run bench
//  - plans per second for one single-agent protocol of each class, a combination bag and a planned
//    course, as calls divided by time (bench/throughput.mjs), the variants interleaved in one process;
//  - a sweep of every built-in protocol from 1 to 300 kg in 0.1 kg steps, timed once;
//  - the Schwartzman arithmetic in plain JavaScript floats, as a floor, with the library's ratio to it;
//  - the built planner against the frozen pre-redesign planner, interleaved in this process, its output
//    not read and read (every check's message and the trace as JSON);
//  - cold import time of the built package in a fresh Node process (median of 5).
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { listProtocols, planCombination, planCourse, planInfusion } from 'infusion-dose';
import * as frozenModule from './baseline/pre-redesign-planner.js';
import { interleave, median, quantile, schwartzmanFloats as floorOf } from './throughput.mjs';

/** The planner as it stood before the redesign; its bundle is not type-checked, so it is read through today's types. */
const frozen = /** @type {typeof import('infusion-dose')} */ (/** @type {unknown} */ (frozenModule));

/** @satisfies {Record<string, import('infusion-dose').PlanRequest>} */
const inputs = {
  'ketamine CRPS (whole bag, cap binds)': {
    patient: { weight: { value: 82, unit: 'kg' } },
    protocol: 'ketamine-crps-schwartzman-2009',
    session: 1,
  },
  'ketamine depression (standard concentration)': {
    patient: { weight: { value: '73.3', unit: 'kg' } },
    protocol: 'ketamine-depression-sanacora-2017',
    session: 1,
  },
  'lidocaine RCH (ideal weight, neat syringe)': {
    patient: { weight: { value: 80, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' },
    protocol: 'lidocaine-chronic-pain-rch',
    session: 1,
    dose: { total: { value: 5, unit: 'mg/kg' }, rate: { value: 60, unit: 'mcg/kg/min' } },
  },
  'lidocaine 5 mg/kg over 40 min (two pump segments)': {
    patient: { weight: { value: 70, unit: 'kg' }, height: { value: 170, unit: 'cm' }, sex: 'female' },
    protocol: 'lidocaine-5mgkg-40min',
    session: 1,
  },
  'magnesium Collins (grams, 70 mg/kg)': {
    patient: { weight: { value: 70, unit: 'kg' } },
    protocol: 'magnesium-crps-collins-2009',
    session: 1,
  },
  'dexmedetomidine (micrograms)': {
    patient: { weight: { value: 70, unit: 'kg' } },
    protocol: 'dexmedetomidine-procedural-label',
    session: 1,
    dose: { duration: { value: 2, unit: 'h' } },
  },
  'IVIG Goebel (label ramp)': {
    patient: { weight: { value: 70, unit: 'kg' }, height: { value: 170, unit: 'cm' }, sex: 'female', ageYears: 55, creatinine: { value: 0.9, unit: 'mg/dL' } },
    protocol: 'ivig-crps-goebel-2010',
    session: 1,
  },
};

// Ketamine (clinic course, 0.3 mg/kg/h) and magnesium (Collins 70 mg/kg) in one 250 mL bag over 4 h.
/** @type {import('infusion-dose').CombinationRequest} */
const combinationInput = {
  patient: { weight: { value: 82, unit: 'kg' } },
  session: 1,
  components: [{ protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } }, { protocol: 'magnesium-crps-collins-2009' }],
  preparation: { containerVolume: { value: 250, unit: 'mL' } },
  acknowledgements: [{ code: 'compatibility_unknown', reason: 'pharmacy reviewed the pair' }],
};

// The clinic course (2 a week for 3 weeks), each of its 6 sessions planned at 0.3 mg/kg/h in 250 mL.
/** @type {import('infusion-dose').CourseRequest} */
const courseInput = {
  protocol: 'ketamine-clinic-course-2x3',
  startDate: '2026-02-02',
  infusion: {
    patient: { weight: { value: 82, unit: 'kg' } },
    dose: { rate: { value: 0.3, unit: 'mg/kg/h' } },
    preparation: { containerVolume: { value: 250, unit: 'mL' } },
  },
};

for (const [name, input] of Object.entries(inputs)) {
  const r = planInfusion(input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.issues)}`);
}
{
  const c = planCombination(combinationInput);
  if (!c.ok) throw new Error(`combination: ${JSON.stringify(c.issues)}`);
  if (c.plan.status !== 'ready') throw new Error(`combination: status ${c.plan.status}`);
  const k = planCourse(courseInput);
  if (!k.ok) throw new Error(`course: ${JSON.stringify(k.issues)}`);
  if (k.course.totals?.perSession.length !== 6) throw new Error('course: expected 6 planned sessions');
}

// --- Floor: the Schwartzman single-agent arithmetic in plain JavaScript floats (no trace, no checks,
// no validation, no exact decimals; bench/throughput.mjs), checked against the plan first.
{
  const f = floorOf(82);
  if (f.pump !== 25 || f.minutes !== 240 || f.total !== 100) throw new Error(`float floor disagrees with the plan: ${JSON.stringify(f)}`);
}

const SCHWARTZMAN = 'ketamine CRPS (whole bag, cap binds)';
const COMBINATION = 'combination bag (ketamine 0.3 mg/kg/h + magnesium Collins, 250 mL)';
const COURSE = 'course (ketamine clinic course, 6 sessions planned)';
const FLOOR = 'floor: Schwartzman arithmetic in plain JS floats';

// Every variant takes turns with every other in short slices (one warm-up round, then 7 rounds of 4
// passes of 20 ms each); a figure is calls divided by time over a round, median over rounds.
/** @type {[string, () => unknown][]} */
const variants = [
  ...Object.entries(inputs).map(([name, input]) => /** @type {[string, () => unknown]} */ ([name, () => planInfusion(input)])),
  [COMBINATION, () => planCombination(combinationInput)],
  [COURSE, () => planCourse(courseInput)],
  [FLOOR, () => floorOf(82)],
];
const THROUGHPUT = { rounds: 7, passes: 4, sliceMs: 20 };
const throughputStart = performance.now();
const rates = interleave(
  variants.map(([, f]) => f),
  THROUGHPUT,
);
console.log(`infusion-dose benchmark, Node ${process.version}, one core`);
console.log(
  `throughput: calls / time, ${variants.length} variants interleaved, ${THROUGHPUT.rounds} rounds of ${THROUGHPUT.passes} x ${THROUGHPUT.sliceMs} ms slices each after a warm-up (${((performance.now() - throughputStart) / 1000).toFixed(0)} s); median over rounds per CPU second of this process [per wall second]`,
);
const count = (/** @type {number} */ x) => Math.round(x).toLocaleString('en-US');
variants.forEach(([name], i) => {
  const r = rates[i];
  if (!r) return;
  const unit = name === COURSE ? 'courses/s' : name === FLOOR ? 'calculations/s' : 'plans/s';
  console.log(`${name}: ${count(median(r.perCpuSecond))} ${unit} [${count(median(r.perWallSecond))}]`);
});
{
  const lib = rates[variants.findIndex(([name]) => name === SCHWARTZMAN)];
  const floor = rates[variants.findIndex(([name]) => name === FLOOR)];
  if (lib && floor) {
    const ratios = lib.perCpuSecond.map((x, i) => (floor.perCpuSecond[i] ?? Number.NaN) / x);
    console.log(
      `library vs floor (Schwartzman): one plan costs ${count(median(ratios))} plain-float calculations [quartiles ${count(quantile(ratios, 0.25))}-${count(quantile(ratios, 0.75))}]; the gate in tests/bench/speed-gate.test.ts fails above 30,000`,
    );
  }
}

// --- The built planner against the frozen one (bench/baseline/pre-redesign-planner.js, the public API
// as it stood before the redesign), in this one process. Each case runs four variants: each planner
// with its output not read (only ok, status and the pump rate, as a pump screen would) and read (also
// every check's message, warnings included, and JSON.stringify of the trace). The variants take turns
// in short timed slices, after one warm-up round; a ratio is taken within a round (its slices are
// interleaved, so they see the same machine load), then the medians over rounds are reported.
// Each "new" variant is compared with the frozen planner read the same way, so that reading's own
// cost is on both sides. Both planners share decimal.js and zod from node_modules.
// BENCH_ROUNDS, BENCH_PASSES and BENCH_SLICE_MS override the defaults.
/** @param {string | undefined} raw @param {number} fallback */
const positiveInt = (raw, fallback) => (raw !== undefined && /^[1-9]\d*$/.test(raw) ? Number(raw) : fallback);
const ROUNDS = positiveInt(process.env['BENCH_ROUNDS'], 19);
const PASSES = positiveInt(process.env['BENCH_PASSES'], 6);
const SLICE_MS = positiveInt(process.env['BENCH_SLICE_MS'], 15);

/** @typedef {{ planInfusion: typeof planInfusion, planCombination: typeof planCombination }} Planner */
/** @type {Planner} */
const built = { planInfusion, planCombination };
/** @typedef {import('infusion-dose').PlanResult | import('infusion-dose').CombinationResult} AnyResult */

/** Characters read from the results, kept so that the reading cannot be optimised away. */
let charsRead = 0;

/** Reads only whether it planned, the plan's status and the rate to set. @param {AnyResult} r */
function readSummary(r) {
  if (!r.ok) return 0;
  return r.plan.status.length + r.plan.pump.rate.value.length;
}
/** Reads the summary, every check's message (the warnings too) and the whole trace as JSON. @param {AnyResult} r */
function readAll(r) {
  if (!r.ok) return 0;
  let n = r.plan.status.length + r.plan.pump.rate.value.length;
  for (const c of r.plan.checks) n += c.message.length;
  for (const c of r.warnings) n += c.message.length;
  return n + JSON.stringify(r.plan.trace).length;
}

/** @type {{ name: string, plan: (api: Planner) => AnyResult }[]} */
const comparisonCases = [
  { name: 'Schwartzman (ketamine CRPS, 82 kg, session 1)', plan: (api) => api.planInfusion(inputs[SCHWARTZMAN]) },
  { name: 'Sanacora (ketamine depression, 73.3 kg)', plan: (api) => api.planInfusion(inputs['ketamine depression (standard concentration)']) },
  { name: 'lidocaine RCH (ideal weight, 80 kg 175 cm male)', plan: (api) => api.planInfusion(inputs['lidocaine RCH (ideal weight, neat syringe)']) },
  { name: 'combination bag (ketamine + magnesium, 250 mL)', plan: (api) => api.planCombination(combinationInput) },
];

// Both planners must plan the same thing before their speeds mean anything.
for (const c of comparisonCases) {
  const a = c.plan(frozen);
  const b = c.plan(built);
  if (!a.ok || !b.ok) throw new Error(`${c.name}: not planned (frozen ok ${a.ok}, new ok ${b.ok})`);
  if (a.plan.status !== b.plan.status || a.plan.pump.rate.value !== b.plan.pump.rate.value) {
    throw new Error(`${c.name}: the planners disagree (frozen ${a.plan.status} ${a.plan.pump.rate.value}, new ${b.plan.status} ${b.plan.pump.rate.value})`);
  }
  if (b.plan.trace.length === 0 || b.plan.checks.length === 0) throw new Error(`${c.name}: nothing to read`);
}

// Each case's four variants run interleaved (bench/throughput.mjs: PASSES shuffled slices of SLICE_MS
// per variant in a round, rates per CPU second, a ratio taken within a round so both sides share its load).
const compareStart = performance.now();
const comparison = comparisonCases.map((c) => {
  // In the order frozen, new (not read), frozen (read), new (read).
  const runs = [
    () => (charsRead += readSummary(c.plan(frozen))),
    () => (charsRead += readSummary(c.plan(built))),
    () => (charsRead += readAll(c.plan(frozen))),
    () => (charsRead += readAll(c.plan(built))),
  ];
  return { name: c.name, rates: interleave(runs, { rounds: ROUNDS, passes: PASSES, sliceMs: SLICE_MS }) };
});
const compareSeconds = (performance.now() - compareStart) / 1000;
if (!(charsRead > 0)) throw new Error('comparison: nothing was read');
// A round's share of a core: its CPU time over its wall time, i.e. calls per wall second over calls per CPU second.
const cpuShares = comparison.flatMap((c) => c.rates.flatMap((r) => r.perWallSecond.map((w, i) => w / (r.perCpuSecond[i] ?? Number.NaN))));

const perSecond = (/** @type {number} */ x) => `${Math.round(x).toLocaleString('en-US')}/s`;
const times = (/** @type {number} */ x) => `${x.toFixed(2)}x`;
console.log(
  [
    'new planner (dist) vs frozen planner (bench/baseline/pre-redesign-planner.js), in this process, interleaved:',
    `  ${ROUNDS} rounds after 1 warm-up; a round gives each variant ${PASSES} slices of ${SLICE_MS} ms, taking turns in shuffled order (${compareSeconds.toFixed(0)} s); this process had a median ${Math.round(median(cpuShares) * 100)}% of a core meanwhile.`,
    "  plans/s: per second of this process's CPU time, median over rounds. (ratio): new / frozen read the same way, within each round, median over rounds [quartiles].",
    "  not read: ok, status and pump rate only. read: also every check's message (warnings too) and JSON.stringify(plan.trace).",
  ].join('\n'),
);
for (const c of comparison) {
  const [frozenRates, newRates, frozenReadRates, newReadRates] = /** @type {[number[], number[], number[], number[]]} */ (c.rates.map((r) => r.perCpuSecond));
  const notReadRatios = newRates.map((x, i) => x / /** @type {number} */ (frozenRates[i]));
  const readRatios = newReadRates.map((x, i) => x / /** @type {number} */ (frozenReadRates[i]));
  const ratio = (/** @type {number[]} */ rs) => `${times(median(rs))} [${quantile(rs, 0.25).toFixed(2)}-${quantile(rs, 0.75).toFixed(2)}]`;
  console.log(
    `${c.name}: frozen ${perSecond(median(frozenRates))}; new (not read) ${perSecond(median(newRates))} (${ratio(notReadRatios)}); ` +
      `frozen (read) ${perSecond(median(frozenReadRates))}; new (read) ${perSecond(median(newReadRates))} (${ratio(readRatios)}) — median of ${ROUNDS} rounds`,
  );
}

// --- Sweep: every built-in protocol, 1 to 300 kg in 0.1 kg steps, timed once. Protocols that need
// clinician inputs get fixed realistic ones; refused weights (implausible, over a hard limit) count.
const person = { height: { value: 170, unit: 'cm' }, sex: 'female', ageYears: 55, creatinine: { value: 0.9, unit: 'mg/dL' } };
const bag250 = { containerVolume: { value: 250, unit: 'mL' } };
const bag500 = { containerVolume: { value: 500, unit: 'mL' } };
/** @type {Record<string, { patient?: object, dose?: object, preparation?: object }>} */
const clinicianInputs = {
  'ketamine-clinic-course-2x3': { dose: { rate: { value: 0.3, unit: 'mg/kg/h' } }, preparation: bag250 },
  'ketamine-escalation-rema-2012': { dose: { rate: { value: 0.2, unit: 'mg/kg/h' } }, preparation: bag250 },
  'ketamine-booster-getson': { dose: { total: { value: 100, unit: 'mg' } }, preparation: bag250 },
  'ketamine-outpatient-goldberg-2005': { dose: { total: { value: 60, unit: 'mg' } }, preparation: bag250 },
  'ketamine-test-infusion-cohen-2018': { dose: { duration: { value: 3, unit: 'h' } }, preparation: bag250 },
  'ketamine-kit-tankha-2025': { preparation: bag250 },
  'clonidine-iv-150-300': { dose: { total: { value: 150, unit: 'ug' } } },
  'dexmedetomidine-procedural-label': { dose: { duration: { value: 2, unit: 'h' } } },
  'lidocaine-chronic-pain-rch': { patient: person, dose: { total: { value: 5, unit: 'mg/kg' }, rate: { value: 60, unit: 'mcg/kg/min' } } },
  'lidocaine-5mgkg-40min': { patient: person },
  'lidocaine-perioperative-foo-2021': { patient: person, dose: { duration: { value: 2, unit: 'h' } } },
  'pamidronate-crps-3day': { dose: { duration: { value: 4, unit: 'h' } }, preparation: bag500 },
  'pamidronate-crps-cortet-1997': { dose: { duration: { value: 4, unit: 'h' } }, preparation: bag500 },
  'pamidronate-crps-robinson-2004': { dose: { duration: { value: 4, unit: 'h' } }, preparation: bag500 },
  'zoledronic-acid-4mg-by-crcl': { patient: person, dose: { duration: { value: 15, unit: 'min' } } },
  'zoledronic-acid-crps-5mg': { patient: person, dose: { duration: { value: 15, unit: 'min' } } },
  'ivig-crps-goebel-2010': { patient: person },
  'ivig-crps-lips-goebel-2014': { patient: person, dose: { rate: { value: 1, unit: 'mg/kg/min' } } },
  'ivig-dpn-jann-2020': { patient: person },
};
const protocols = listProtocols().map((p) => p.id);
// Weights as exact decimal strings: 1.0, 1.1, ... 300.0 kg.
const weights = Array.from({ length: 2991 }, (_, i) => `${Math.floor((i + 10) / 10)}.${(i + 10) % 10}`);
let planned = 0;
let refused = 0;
/** @type {Map<string, number>} */
const refusedByProtocol = new Map();
const t0 = performance.now();
for (const id of protocols) {
  const extra = clinicianInputs[id] ?? {};
  for (const w of weights) {
    const r = planInfusion({ ...extra, patient: { ...extra.patient, weight: { value: w, unit: 'kg' } }, protocol: id, session: 1 });
    if (r.ok) planned += 1;
    else {
      refused += 1;
      refusedByProtocol.set(id, (refusedByProtocol.get(id) ?? 0) + 1);
    }
  }
}
const seconds = (performance.now() - t0) / 1000;
const evaluated = planned + refused;
console.log(
  `sweep: ${protocols.length} protocols x ${weights.length} weights (1-300 kg, 0.1 kg steps) = ${evaluated.toLocaleString('en-US')} plans in ${seconds.toFixed(1)} s ` +
    `(${Math.round(evaluated / seconds).toLocaleString('en-US')} plans/s; ${planned.toLocaleString('en-US')} planned, ${refused.toLocaleString('en-US')} refused)`,
);
// Refusals that are not only the implausible-weight band would mean a missing clinician input above.
const worst = [...refusedByProtocol].sort((a, b) => b[1] - a[1])[0];
if (worst && worst[1] === weights.length) throw new Error(`sweep: ${worst[0]} refused every weight (missing a clinician input?)`);

// --- Cold import of the built package, each in a fresh Node process; median of 5.
const distUrl = pathToFileURL(fileURLToPath(new URL('../dist/index.js', import.meta.url))).href;
const script = `const t = performance.now(); await import(${JSON.stringify(distUrl)}); console.log(performance.now() - t);`;
const imports = [];
for (let i = 0; i < 5; i += 1) {
  imports.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim()));
}
imports.sort((a, b) => a - b);
console.log(`cold import of dist/index.js: median ${imports[2]?.toFixed(1)} ms of 5 (${imports.map((x) => x.toFixed(1)).join(', ')} ms)`);
