// @ts-check
// The differential test of a refactor that must not change any result: two builds of the package plan
// the same generated requests and their outputs must be identical as JSON. The requests come from the
// generators of the property tests (tests/support/request-generators.ts: every built-in protocol, doses
// inside and just outside its ranges, bags, products, pump settings, titration histories, and every
// other request with the plan's own soft findings acknowledged), plus the combination and course
// requests of tests/properties/generated-requests.property.test.ts. checkPlan of every plan is compared too.
// Run: npm run build && node bench/compare-output.mjs <a/dist/index.js> [<b/dist/index.js>] [per-protocol]
// (b defaults to this checkout's dist; per-protocol defaults to 440 requests per protocol). To compare
// with main: git archive main | tar -x -C /tmp/base; link node_modules; npm run build there.
// Exits 1 on the first differences (up to 5 printed) or when fewer than 10,000 plan requests ran.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';

const [aArg, bArg, perArg] = process.argv.slice(2);
if (aArg === undefined) throw new Error('usage: node bench/compare-output.mjs <a/dist/index.js> [<b/dist/index.js>] [per-protocol]');
const bPath = bArg ?? fileURLToPath(new URL('../dist/index.js', import.meta.url));
const PER_PROTOCOL = perArg !== undefined && /^[1-9]\d*$/.test(perArg) ? Number(perArg) : 440;
const SEED = 20260301;

/** @type {typeof import('infusion-dose')} */
const a = await import(pathToFileURL(resolve(aArg)).href);
/** @type {typeof import('infusion-dose')} */
const b = await import(pathToFileURL(resolve(bPath)).href);

// The generators are TypeScript: bundled once with esbuild next to node_modules, so fast-check resolves.
const cache = fileURLToPath(new URL('../node_modules/.cache/compare-output/', import.meta.url));
mkdirSync(cache, { recursive: true });
await build({
  entryPoints: [fileURLToPath(new URL('../tests/support/request-generators.ts', import.meta.url))],
  bundle: true,
  format: 'esm',
  platform: 'node',
  external: ['fast-check'],
  outfile: `${cache}generators.mjs`,
  logLevel: 'error',
});
/** @type {any} */
const gen = await import(pathToFileURL(`${cache}generators.mjs`).href);

/** @param {any} r */
const okOf = (r) => r?.ok === true;

/** The same request with its own soft findings acknowledged (by build a), so the ready path is reached. @param {any} input */
function acknowledged(input) {
  /** @type {any} */
  const r = a.planInfusion(input);
  if (!r.ok) return input;
  /** @type {string[]} */
  const codes = [...new Set(r.plan.checks.filter((/** @type {any} */ c) => c.severity === 'soft' && !c.passed).map((/** @type {any} */ c) => c.code))];
  return { ...input, acknowledgements: codes.map((code) => ({ code, reason: 'reviewed' })) };
}

function planRequests() {
  const bagVolumes = [...new Set(a.BUILTIN_CATALOGUE.diluents.flatMap((d) => d.bagVolumes))];
  return a.BUILTIN_CATALOGUE.protocols.flatMap((p, i) => {
    /** @type {any[]} */
    const raw = fc.sample(gen.requestArb(p, bagVolumes), { numRuns: PER_PROTOCOL, seed: SEED + i });
    return raw.map((input, j) => (j % 2 === 0 ? acknowledged(input) : input));
  });
}

function combinationRequests() {
  const wholeBag = a.BUILTIN_CATALOGUE.protocols.filter((p) => p.preparation.style === 'whole-bag').map((p) => p.id);
  const fourHourKetamine = ['ketamine-clinic-course-2x3', 'ketamine-escalation-rema-2012', 'ketamine-crps-schwartzman-2009'];
  const arb = fc.record({
    patient: gen.patientArb,
    a: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...fourHourKetamine) }, { weight: 1, arbitrary: fc.constantFrom(...wholeBag) }),
    b: fc.oneof({ weight: 4, arbitrary: fc.constant('magnesium-crps-collins-2009') }, { weight: 1, arbitrary: fc.constantFrom(...wholeBag) }),
    rate: gen.between(0.1, 0.7, 12),
    volume: fc.constantFrom(100, 250, 500),
    additiveVolume: fc.constantFrom('add', 'withdraw-equal', undefined),
    increment: fc.constantFrom(undefined, { value: 1, unit: 'mL/h' }),
    maxRate: fc.constantFrom(undefined, { value: 70, unit: 'mL/h' }),
  });
  return fc.sample(arb, { numRuns: 1000, seed: SEED }).flatMap((c) => {
    const component = (/** @type {string} */ id) => ({ protocol: id, dose: { rate: { value: c.rate, unit: 'mg/kg/h' } } });
    const base = gen.clean({
      patient: gen.clean(c.patient),
      session: 1,
      components: [component(c.a), component(c.b)].map((x) =>
        x.protocol.startsWith('ketamine-clinic') || x.protocol.startsWith('ketamine-escalation') ? x : { protocol: x.protocol },
      ),
      preparation: gen.clean({ containerVolume: { value: c.volume, unit: 'mL' }, additiveVolume: c.additiveVolume }),
      pump: c.increment || c.maxRate ? gen.clean({ increment: c.increment, maxRate: c.maxRate }) : undefined,
    });
    const acks = ['compatibility_unknown', 'weight_unusual', 'session_beyond_course', 'requirement_unconfirmed'].map((code) => ({ code, reason: 'reviewed' }));
    return [base, { ...base, acknowledgements: acks }];
  });
}

function courseRequests() {
  const ids = a.BUILTIN_CATALOGUE.protocols.map((p) => p.id);
  const arb = fc.record({
    protocol: fc.constantFrom(...ids),
    day: fc.integer({ min: 1, max: 28 }),
    withInfusion: fc.boolean(),
    kg: fc.integer({ min: 40, max: 150 }),
    rate: gen.between(0.1, 0.7, 12),
  });
  return fc.sample(arb, { numRuns: 1000, seed: SEED }).map((c) =>
    gen.clean({
      protocol: c.protocol,
      startDate: `2026-02-${String(c.day).padStart(2, '0')}`,
      infusion: c.withInfusion ? { patient: { weight: { value: c.kg, unit: 'kg' } }, dose: { rate: { value: c.rate, unit: 'mg/kg/h' } } } : undefined,
    }),
  );
}

/** What a call returns, or what it threw, as JSON. @param {() => unknown} call */
function outcome(call) {
  try {
    return JSON.stringify(call());
  } catch (e) {
    return `threw ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** @type {string[]} */
const differences = [];
const counts = { infusion: 0, combination: 0, course: 0, ready: 0 };
/** @param {string} kind @param {unknown} input @param {(lib: typeof a) => unknown} call */
function compare(kind, input, call) {
  const x = outcome(() => call(a));
  const y = outcome(() => call(b));
  if (x !== y && differences.length < 5) differences.push(`${kind} ${JSON.stringify(input)}\na: ${x.slice(0, 400)}\nb: ${y.slice(0, 400)}`);
  return x;
}

for (const input of planRequests()) {
  counts.infusion++;
  const out = compare('planInfusion', input, (lib) => lib.planInfusion(/** @type {any} */ (input)));
  /** @type {any} */
  const r = a.planInfusion(/** @type {any} */ (input));
  if (okOf(r)) {
    if (r.plan.status === 'ready') counts.ready++;
    compare('checkPlan', input, (lib) => lib.checkPlan(JSON.parse(out).plan));
  }
}
for (const input of combinationRequests()) {
  counts.combination++;
  compare('planCombination', input, (lib) => lib.planCombination(/** @type {any} */ (input)));
}
for (const input of courseRequests()) {
  counts.course++;
  compare('planCourse', input, (lib) => lib.planCourse(/** @type {any} */ (input)));
}

console.log(`a: ${aArg}\nb: ${bPath}`);
console.log(
  `planInfusion ${counts.infusion} requests (${counts.ready} ready plans, each also through checkPlan), planCombination ${counts.combination}, planCourse ${counts.course}`,
);
if (differences.length > 0) {
  console.log(`DIFFERENT:\n${differences.join('\n\n')}`);
  process.exit(1);
}
if (counts.infusion < 10_000) {
  console.log(`only ${counts.infusion} plan requests: at least 10,000 are required`);
  process.exit(1);
}
console.log('identical JSON on every request');
