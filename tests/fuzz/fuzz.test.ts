// Fuzzing planInfusion: arbitrary JSON, near-valid inputs (one field mutated) and valid inputs
// across protocols. Nothing throws; no output holds NaN, Infinity, an exponent or a negative
// amount; every ok plan passes checkPlan and crosses no hard limit. FUZZ_RUNS sets the run count
// (10,000 by default; `npm run fuzz` runs 100,000).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, checkPlan, planInfusion } from '../support/untyped.js';
import { SEED } from '../support/runs.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 10_000);
/** Up to 2 ms a run on this machine, whatever the run count (the nightly 100,000 runs too). */
const TIMEOUT = Math.max(60_000, RUNS * 2);

/** Every string in an output: no NaN, Infinity, exponent; no negative quantity value. */
function assertClean(value: unknown, path = ''): void {
  if (typeof value === 'string') {
    if (/NaN|Infinity/.test(value)) throw new Error(`${path}: ${value}`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertClean(v, `${path}[${i}]`));
    return;
  }
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['value'] === 'string' && typeof o['unit'] === 'string') {
      const v = o['value'];
      if (!/^-?\d+(\.\d+)?$/.test(v)) throw new Error(`${path}.value is not a plain decimal: ${v}`);
      if (v.startsWith('-')) throw new Error(`${path}.value is negative: ${v}`);
    }
    // `received` echoes the caller's own bad value back and `message` is prose that may name it
    // ("Infinity is not a quantity"), and `path` may hold a key the caller sent: none is an output number.
    for (const [k, v] of Object.entries(o)) if (k !== 'received' && k !== 'message' && k !== 'path') assertClean(v, `${path}.${k}`);
  }
}

function assertResult(r: ReturnType<typeof planInfusion>): void {
  if (r.ok) {
    assertClean(r.plan);
    expect(checkPlan(r.plan)).toEqual({ ok: true });
    expect(r.plan.checks.filter((c) => c.severity === 'hard' && !c.passed)).toEqual([]);
  } else {
    expect(r.issues.length).toBeGreaterThan(0);
    for (const i of r.issues) {
      expect(typeof i.code).toBe('string');
      // An internal invariant failure is a coded result, but a failure of the library all the same.
      expect(i.code, i.message).not.toBe('internal_error');
      expect(Array.isArray(i.path)).toBe(true);
    }
    assertClean(r.issues);
  }
}

const VALID: Record<string, unknown>[] = [
  { patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 },
  { patient: { weight: { value: '73.3', unit: 'kg' } }, protocol: 'ketamine-depression-sanacora-2017', session: 2 },
  {
    patient: { weight: { value: 170, unit: 'lb' } },
    protocol: 'ketamine-clinic-course-2x3',
    session: 3,
    dose: { rate: { value: '0.3', unit: 'mg/kg/h' } },
    preparation: { containerVolume: { value: 250, unit: 'mL' } },
  },
  { patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'magnesium-crps-collins-2009', session: 1 },
  {
    patient: { weight: { value: 80, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' },
    protocol: 'lidocaine-chronic-pain-rch',
    session: 1,
    dose: { total: { value: 5, unit: 'mg/kg' }, rate: { value: 60, unit: 'mcg/kg/min' } },
  },
  { patient: { weight: { value: 80, unit: 'kg' } }, protocol: 'dexmedetomidine-procedural-label', session: 1, dose: { duration: { value: 2, unit: 'h' } } },
  {
    patient: { weight: { value: 80, unit: 'kg' }, ageYears: 60, sex: 'female', creatinine: { value: 1, unit: 'mg/dL' } },
    protocol: 'zoledronic-acid-4mg-by-crcl',
    session: 1,
    dose: { duration: { value: 20, unit: 'min' } },
  },
  { patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' }, protocol: 'ivig-crps-goebel-2010', session: 1 },
];

/** A near-valid input: one field somewhere replaced by a hostile value, or removed, or added. */
const hostile = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 1e21, 1e-9, '1e3', '0x10', '1_000', '', ' 7', '.5', 'mg/kg/hr', 'µg', null, [], {}, true),
  fc.jsonValue(),
);

function paths(o: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (o === null || typeof o !== 'object') return [prefix];
  const entries = Array.isArray(o) ? o.map((v, i) => [i, v] as const) : Object.entries(o);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function mutate(input: unknown, path: (string | number)[], action: 'replace' | 'remove' | 'add', v: unknown): unknown {
  const copy = structuredClone(input) as Record<string | number, unknown>;
  if (path.length === 0) return action === 'replace' ? v : copy;
  let cur: Record<string | number, unknown> = copy;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (action === 'replace') cur[last] = v;
  else if (action === 'remove') delete cur[last];
  else if (cur[last] !== null && typeof cur[last] === 'object' && !Array.isArray(cur[last])) (cur[last] as Record<string, unknown>)['extra'] = v;
  return copy;
}

describe(`fuzzing planInfusion (${RUNS} runs each)`, () => {
  it(
    'arbitrary JSON and arbitrary values',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (v) => assertResult(planInfusion(v))),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'near-valid inputs: one field replaced, removed or added',
    () => {
      const arb = fc
        .constantFrom(...VALID)
        .chain((base) =>
          fc.tuple(
            fc.constant(base),
            fc.constantFrom(...paths(base)),
            fc.constantFrom('replace', 'remove', 'add') as fc.Arbitrary<'replace' | 'remove' | 'add'>,
            hostile,
          ),
        );
      fc.assert(
        fc.property(arb, ([base, path, action, v]) => assertResult(planInfusion(mutate(base, path, action, v)))),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'valid inputs across the catalogue at any weight',
    () => {
      const ids = BUILTIN_CATALOGUE.protocols.map((p) => p.id);
      expect(ids.length).toBeGreaterThan(20);
      const arb = fc.tuple(fc.constantFrom(...VALID), fc.integer({ min: 250, max: 3500 }), fc.constantFrom('kg', 'lb'), fc.integer({ min: 1, max: 12 }));
      let planned = 0;
      fc.assert(
        fc.property(arb, ([base, tenth, unit, session]) => {
          const patient = { ...(base['patient'] as Record<string, unknown>), weight: { value: String(tenth / 10), unit } };
          const r = planInfusion({ ...base, patient, session, acknowledgements: [] });
          if (r.ok) planned += 1;
          assertResult(r);
        }),
        // A fixed seed: the share that plans is the same on every run (PROPERTY_SEED explores another).
        { numRuns: RUNS, seed: SEED },
      );
      expect(planned).toBeGreaterThan(RUNS / 4);
    },
    TIMEOUT,
  );
});
