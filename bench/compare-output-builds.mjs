// @ts-check
// Two builds of the package must plan byte for byte alike: JSON.stringify of every planInfusion,
// planCombination and planCourse result (and checkPlan of each ready plan) on the same requests,
// compared between the builds. The requests are the generated ones of the property test
// (tests/support/request-generators.ts, bundled here with esbuild), at least 10,000 of them, then
// every built-in protocol over a weight sweep (with and without height, sex and age), combination bags
// and courses. A speed change that changes no output passes; any other change is reported with the
// first differing requests.
// Run: npm run build && node bench/compare-output-builds.mjs <before/dist> [<after/dist>]
// (the second defaults to this checkout's dist). To compare with main: build main's dist in a
// temporary directory (git archive main | tar -x -C /tmp/base; link node_modules; npx tsup).
// COMPARE_PER_PROTOCOL (default 440 generated requests per protocol) and COMPARE_SWEEP_STEP (kg,
// default 0.5) change the size of the run.
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';

const root = fileURLToPath(new URL('..', import.meta.url));
const [beforeArg, afterArg] = process.argv.slice(2);
if (beforeArg === undefined) throw new Error('usage: node bench/compare-output-builds.mjs <before/dist> [<after/dist>]');
const distOf = (/** @type {string} */ p) => pathToFileURL(join(resolve(p), 'index.js')).href;
/** @type {typeof import('infusion-dose')} */
const before = await import(distOf(beforeArg));
/** @type {typeof import('infusion-dose')} */
const after = await import(distOf(afterArg ?? join(root, 'dist')));

/** @param {string | undefined} raw @param {number} fallback */
const positive = (raw, fallback) => (raw !== undefined && /^\d+(\.\d+)?$/.test(raw) && Number(raw) > 0 ? Number(raw) : fallback);
const PER_PROTOCOL = Math.round(positive(process.env['COMPARE_PER_PROTOCOL'], 440));
const SWEEP_STEP = positive(process.env['COMPARE_SWEEP_STEP'], 0.5);
const SEED = 20261128;

// The generators are TypeScript: bundle them (fast-check stays an import) into node_modules/.cache.
const cache = join(root, 'node_modules', '.cache', 'compare-output-builds');
mkdirSync(cache, { recursive: true });
const generatorsFile = join(cache, `request-generators-${process.pid}.mjs`);
await build({
  entryPoints: [join(root, 'tests/support/request-generators.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  outfile: generatorsFile,
  logLevel: 'error',
});
/** @type {typeof import('../tests/support/request-generators.js')} */
const gen = await import(pathToFileURL(generatorsFile).href);
rmSync(generatorsFile);

/** The result as JSON, or what was thrown. @param {() => unknown} call */
function outcome(call) {
  try {
    return JSON.stringify(call());
  } catch (e) {
    return `threw ${e instanceof Error ? e.message : String(e)}`;
  }
}

let compared = 0;
/** @type {string[]} */
const differences = [];
/** @type {Record<string, number>} */
const counts = {};

/**
 * Calls `fn` of both builds on `input`, and compares the JSON of what each returns.
 * @param {string} kind @param {unknown} input @param {(api: typeof import('infusion-dose'), input: any) => unknown} fn
 */
function compare(kind, input, fn) {
  const a = outcome(() => fn(before, input));
  const b = outcome(() => fn(after, input));
  compared += 1;
  counts[kind] = (counts[kind] ?? 0) + 1;
  if (a === b || differences.length >= 5) return;
  let at = 0;
  while (a[at] === b[at]) at += 1;
  const around = (/** @type {string} */ s) => s.slice(Math.max(0, at - 200), at + 200);
  differences.push(`${kind} ${JSON.stringify(input)}\n  first difference at character ${at}\n  before ...${around(a)}...\n  after  ...${around(b)}...`);
}

/** planInfusion, and checkPlan of an ok plan (with and without the catalogue). @param {typeof import('infusion-dose')} api @param {any} input */
function planAndCheck(api, input) {
  const r = api.planInfusion(input);
  return r.ok ? { r, check: api.checkPlan(r.plan), checkCat: api.checkPlan(r.plan, api.BUILTIN_CATALOGUE) } : { r };
}

const catalogue = before.BUILTIN_CATALOGUE;
const bagVolumes = [...new Set(catalogue.diluents.flatMap((d) => d.bagVolumes))];

// 1. The generated requests of the property test, every second one with its own soft findings acknowledged.
catalogue.protocols.forEach((p, i) => {
  const raw = fc.sample(gen.requestArb(/** @type {any} */ (p), bagVolumes), { numRuns: PER_PROTOCOL, seed: SEED + i });
  raw.forEach((input, j) => {
    let request = input;
    if (j % 2 === 0) {
      const r = before.planInfusion(/** @type {any} */ (input));
      if (r.ok) {
        const codes = [...new Set(r.plan.checks.filter((c) => c.severity === 'soft' && !c.passed).map((c) => c.code))];
        request = { ...input, acknowledgements: codes.map((code) => ({ code, reason: 'reviewed' })) };
      }
    }
    compare('planInfusion (generated)', request, planAndCheck);
  });
});

// 2. Every protocol over a weight sweep: weight alone, and with height, sex and age (ideal weight,
// body-surface area and creatinine clearance are read then).
const steps = Math.floor((300 - 1) / SWEEP_STEP);
for (const p of catalogue.protocols) {
  for (let s = 0; s <= steps; s += 1) {
    const kg = Number((1 + s * SWEEP_STEP).toFixed(4));
    const plain = { patient: { weight: { value: kg, unit: 'kg' } }, protocol: p.id, session: 1 };
    compare('planInfusion (sweep)', plain, planAndCheck);
    const full = {
      patient: {
        weight: { value: kg, unit: 'kg' },
        height: { value: 150 + (s % 50), unit: 'cm' },
        sex: s % 2 === 0 ? 'female' : 'male',
        ageYears: 20 + (s % 70),
        creatinine: { value: String(0.6 + (s % 20) / 10), unit: 'mg/dL' },
      },
      protocol: p.id,
      session: 1 + (s % p.schedule.sessions),
    };
    compare('planInfusion (sweep, full patient)', full, planAndCheck);
  }
}

// 3. Combination bags as the property test makes them.
const wholeBag = catalogue.protocols.filter((p) => p.preparation.style === 'whole-bag').map((p) => p.id);
const fourHourKetamine = ['ketamine-clinic-course-2x3', 'ketamine-escalation-rema-2012', 'ketamine-crps-schwartzman-2009'];
const combinationArb = fc.record({
  patient: gen.patientArb,
  a: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...fourHourKetamine) }, { weight: 1, arbitrary: fc.constantFrom(...wholeBag) }),
  b: fc.oneof({ weight: 4, arbitrary: fc.constant('magnesium-crps-collins-2009') }, { weight: 1, arbitrary: fc.constantFrom(...wholeBag) }),
  rate: gen.between(0.1, 0.7, 12),
  volume: fc.constantFrom(100, 250, 500),
  additiveVolume: fc.constantFrom('add', 'withdraw-equal', undefined),
  increment: fc.constantFrom(undefined, { value: 1, unit: 'mL/h' }),
  maxRate: fc.constantFrom(undefined, { value: 70, unit: 'mL/h' }),
});
const acks = ['compatibility_unknown', 'weight_unusual', 'session_beyond_course', 'requirement_unconfirmed'].map((code) => ({ code, reason: 'reviewed' }));
for (const c of fc.sample(combinationArb, { numRuns: 1500, seed: SEED })) {
  const component = (/** @type {string} */ id) =>
    id.startsWith('ketamine-clinic') || id.startsWith('ketamine-escalation')
      ? { protocol: id, dose: { rate: { value: c.rate, unit: 'mg/kg/h' } } }
      : { protocol: id };
  const base = gen.clean({
    patient: gen.clean(c.patient),
    session: 1,
    components: [component(c.a), component(c.b)],
    preparation: gen.clean({ containerVolume: { value: c.volume, unit: 'mL' }, additiveVolume: c.additiveVolume }),
    pump: c.increment || c.maxRate ? gen.clean({ increment: c.increment, maxRate: c.maxRate }) : undefined,
  });
  compare('planCombination', base, (api, input) => api.planCombination(input));
  compare('planCombination', { ...base, acknowledgements: acks }, (api, input) => api.planCombination(input));
}

// 4. Courses of every protocol, with and without the first session's infusion, and with a history.
const courseArb = fc.record({
  protocol: fc.constantFrom(...catalogue.protocols.map((p) => p.id)),
  day: fc.integer({ min: 1, max: 28 }),
  withInfusion: fc.boolean(),
  kg: fc.integer({ min: 40, max: 150 }),
  given: fc.integer({ min: 0, max: 3 }),
});
for (const c of fc.sample(courseArb, { numRuns: 1500, seed: SEED })) {
  const input = gen.clean({
    protocol: c.protocol,
    startDate: `2026-02-${String(c.day).padStart(2, '0')}`,
    sessionsGiven: c.given > 0 ? Array.from({ length: c.given }, (_, i) => `2026-01-${String(5 + 7 * i).padStart(2, '0')}`) : undefined,
    infusion: c.withInfusion ? { patient: { weight: { value: c.kg, unit: 'kg' } }, dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } } : undefined,
  });
  compare('planCourse', input, (api, x) => api.planCourse(x));
}

console.log(`before: ${beforeArg}\nafter: ${afterArg ?? join(root, 'dist')}`);
console.log(
  `${compared.toLocaleString('en-US')} requests compared (${Object.entries(counts)
    .map(([k, n]) => `${k} ${n.toLocaleString('en-US')}`)
    .join(', ')})`,
);
if (differences.length > 0) {
  console.log(`DIFFERENT output; the first ${differences.length}:\n${differences.join('\n')}`);
  process.exitCode = 1;
} else console.log('identical output');
