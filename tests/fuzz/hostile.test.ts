// Issue 12 item 1: nothing throws from a public function. Every public function, given hostile values
// (throwing getters, Proxies whose traps throw, revoked Proxies, cycles, deep nests, huge strings and
// lists, and arbitrary values), returns a coded result: no throw, and no `internal_error` (an internal
// invariant failure is a coded result too, but counted here as a failure). FUZZ_RUNS scales the runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_CATALOGUE,
  ISSUE_CODES,
  checkPlan,
  createCalculator,
  formatPlan,
  formatQuantity,
  planCombination,
  planCourse,
  planInfusion,
  planNasalSpray,
  toFhir,
  toPcd03,
  fromPumpReport,
  toCdsHooksCards,
  fromFhir,
  formatWorksheet,
  getProtocol,
  historyFromFhir,
  verifyAdministration,
  type Plan,
} from '../support/untyped.js';
import * as publicApi from '../../src/index.js';
import { SEED } from '../support/runs.js';
import { nasalOrder } from '../support/orders.js';

const RUNS = Math.max(50, Math.round(Number(process.env['FUZZ_RUNS'] ?? 10_000) / 20));
const TIMEOUT = 120_000;
/**
 * The most one hostile call may take (issue 12: time per call within a bound). A typical call is 2 to
 * 100 ms here (createCalculator copies and validates a whole catalogue); the huge inputs (a 1,000,000-
 * character string, a 100,000-item list, a 100,000-deep nest) are refused after a linear walk. 2,000 ms
 * leaves room for a loaded 2-core machine, and a cost quadratic in any of those sizes (10^10 steps) is far beyond it.
 */
const CALL_MS = 2000;

/** Runs `f` and returns how long it took, in ms. */
function timed(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

const VALID_INFUSION = { patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 };
const VALID_COMBINATION = {
  patient: { weight: { value: 70, unit: 'kg' } },
  session: 1,
  components: [{ protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } }, { protocol: 'magnesium-crps-collins-2009' }],
  preparation: { containerVolume: { value: 250, unit: 'mL' } },
  acknowledgements: [{ code: 'compatibility_unknown', reason: 'pharmacy reviewed' }],
};
const VALID_COURSE = { protocol: 'ketamine-clinic-course-2x3', startDate: '2026-01-05' };
const VALID_NASAL = nasalOrder();
const VALID_ADMINISTRATION = {
  bag: { ingredients: [{ agent: 'lidocaine', amount: { value: 1000, unit: 'mg' } }], finalVolume: { value: 100, unit: 'mL' } },
  pumpRate: { value: 41.7, unit: 'mL/h' },
  patient: { weight: { value: 70, unit: 'kg' } },
  order: { agent: 'lidocaine', doseRate: { value: 41.7, unit: 'mg/h' } },
};

const VALID_PCD03_OPTIONS = { messageDateTime: '20260105093000', messageControlId: 'MSG-1', orderId: 'ORD-7', units: 'mdc' } as const;

const VALID_PUMP_REPORT = [
  'MSH|^~\\&|PUMP|ICU|||20260105100000||ORU^R01^ORU_R01|R1|P|2.6',
  'OBX|1|NM|0^MDC_CONC_DRUG^MDC|1.1.1.2|0.98|264306^MDC_DIM_MILLI_G_PER_ML^MDC',
  'OBX|2|NM|157784^MDC_FLOW_FLUID_PUMP^MDC|1.1.1.3|25|265266^MDC_DIM_MILLI_L_PER_HR^MDC',
].join('\r');

const VALID_FHIR_IN = {
  observations: [
    {
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '29463-7' }] },
      effectiveDateTime: '2026-01-03T08:00:00Z',
      valueQuantity: { value: 70, unit: 'kg', system: 'http://unitsofmeasure.org', code: 'kg' },
    },
  ],
  medicationRequest: {
    resourceType: 'MedicationRequest',
    status: 'draft',
    intent: 'order',
    instantiatesCanonical: ['PlanDefinition/ketamine-crps-schwartzman-2009'],
  },
  now: '2026-01-05T09:30:00Z',
  maxAgeDays: 30,
};

const VALID_FHIR_HISTORY = {
  administrations: [
    {
      resourceType: 'MedicationAdministration',
      id: 'a1',
      extension: [
        { url: 'https://infusion-dose.example/fhir/StructureDefinition/protocol', valueString: 'ketamine-clinic-course-2x3' },
        { url: 'https://infusion-dose.example/fhir/StructureDefinition/session-number', valuePositiveInt: 1 },
      ],
      status: 'completed',
      medicationCodeableConcept: { text: 'ketamine' },
      subject: { reference: 'Patient/1' },
      effectivePeriod: { start: '2026-01-05T09:00:00+01:00', end: '2026-01-05T13:00:00+01:00' },
      dosage: { rateQuantity: { value: 0.2, unit: 'mg/kg/h', system: 'http://unitsofmeasure.org', code: 'mg/kg/h' } },
    },
  ],
  observations: [
    {
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
      partOf: [{ reference: 'MedicationAdministration/a1' }],
      effectiveDateTime: '2026-01-05T08:30:00+01:00',
      valueInteger: 7,
    },
  ],
  adverseEvents: [
    {
      resourceType: 'AdverseEvent',
      actuality: 'actual',
      event: { text: 'nausea' },
      severity: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/adverse-event-severity', code: 'mild' }] },
      suspectEntity: [{ instance: { reference: 'MedicationAdministration/a1' } }],
    },
  ],
};

function planOf(input: unknown): Plan {
  const r = planInfusion(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
}

const boom = (): never => {
  throw new Error('hostile');
};

/** Values that throw when read, or never end, or are huge. */
function throwingGetter(key: string): object {
  return Object.defineProperty({}, key, { enumerable: true, get: boom });
}
function throwingProxy(trap: 'get' | 'ownKeys' | 'getPrototypeOf' | 'has' | 'getOwnPropertyDescriptor'): object {
  return new Proxy({ value: 1, unit: 'kg' }, { [trap]: boom });
}
function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}
function cyclic(): object {
  const o: Record<string, unknown> = { value: 1, unit: 'kg' };
  o['self'] = { back: o };
  return o;
}
function deep(levels: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
}
/** An array whose length says a billion. */
function hugeLengthProxy(): unknown {
  return new Proxy([], { get: (t, k) => (k === 'length' ? 1e9 : Reflect.get(t, k)) });
}

/** The hostile values by name, built inside the property so a failure report never reads one. */
const BUILD: Readonly<Record<string, () => unknown>> = {
  ...Object.fromEntries(
    ['value', 'unit', 'patient', 'protocol', 'weight', 'bag', 'agents', 'pump', 'components'].map((k) => [`getter ${k}`, () => throwingGetter(k)]),
  ),
  // The traps reading calls (a Proxy whose `has` or `getPrototypeOf` throws reads as plain data).
  ...Object.fromEntries(['get', 'ownKeys', 'getOwnPropertyDescriptor'].map((t) => [`proxy ${t}`, () => throwingProxy(t as 'get')])),
  'revoked proxy': revoked,
  cycle: cyclic,
  'nest 200 deep': () => deep(200),
  'array claiming 1e9 items': hugeLengthProxy,
};
/** Values the guard must refuse wherever they are. */
const UNREADABLE = fc.constantFrom(...Object.keys(BUILD));

function paths(o: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (o === null || typeof o !== 'object') return [prefix];
  const entries = Array.isArray(o) ? o.map((v, i) => [i, v] as const) : Object.entries(o);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

/** A copy of `base` with the value at `path` replaced (a plain clone, so a frozen plan can be edited). */
function replaceAt(base: unknown, path: (string | number)[], v: unknown): unknown {
  if (path.length === 0) return v;
  const copy = JSON.parse(JSON.stringify(base)) as Record<string | number, unknown>;
  let cur = copy;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  cur[path[path.length - 1] as string | number] = v;
  return copy;
}

const KNOWN = new Set<string>(ISSUE_CODES);

/** A coded failure: a non-empty list of issues with known codes and paths, none an internal error. */
function assertIssues(issues: unknown): void {
  expect(Array.isArray(issues)).toBe(true);
  const list = issues as { code: unknown; path: unknown; message: unknown }[];
  expect(list.length).toBeGreaterThan(0);
  for (const i of list) {
    expect(KNOWN.has(i.code as string), `unknown code ${String(i.code)}`).toBe(true);
    expect(i.code, i.message as string).not.toBe('internal_error');
    expect(Array.isArray(i.path)).toBe(true);
  }
}

/** The result of a planner-like door: `{ ok: true, ... }` or coded issues. */
function assertCoded(r: unknown): void {
  const o = r as { ok: unknown; issues?: unknown };
  expect(typeof o.ok).toBe('boolean');
  if (o.ok === false) assertIssues(o.issues);
}

const PLAN = planOf(VALID_INFUSION);
const calculator = (() => {
  const c = createCalculator(JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)));
  if (!c.ok) throw new Error(JSON.stringify(c.issues));
  return c.calculator;
})();

/** Every public function that takes input, with a valid input to plant hostile values in. */
const DOORS: readonly { name: string; base: unknown; reader?: true; call: (v: unknown) => void }[] = [
  { name: 'planInfusion', base: VALID_INFUSION, call: (v) => assertCoded(planInfusion(v)) },
  { name: 'planInfusion (catalogue)', base: BUILTIN_CATALOGUE, call: (v) => assertCoded(planInfusion(VALID_INFUSION, v as never)) },
  { name: 'calculator.planInfusion', base: VALID_INFUSION, call: (v) => assertCoded(calculator.planInfusion(v)) },
  { name: 'planCombination', base: VALID_COMBINATION, call: (v) => assertCoded(planCombination(v)) },
  { name: 'planCourse', base: VALID_COURSE, call: (v) => assertCoded(planCourse(v)) },
  { name: 'planCourse (infusion)', base: { ...VALID_COURSE, infusion: { patient: VALID_INFUSION.patient } }, call: (v) => assertCoded(planCourse(v)) },
  { name: 'planNasalSpray', base: VALID_NASAL, call: (v) => assertCoded(planNasalSpray(v)) },
  { name: 'verifyAdministration', base: VALID_ADMINISTRATION, call: (v) => assertCoded(verifyAdministration(v)) },
  { name: 'createCalculator', base: BUILTIN_CATALOGUE, call: (v) => assertCoded(createCalculator(v)) },
  { name: 'formatQuantity', base: { value: '25000', unit: 'mg' }, call: (v) => assertCoded(formatQuantity(v as never)) },
  {
    name: 'formatQuantity (options)',
    base: { decimals: 2, mode: 'halfEven' },
    call: (v) => assertCoded(formatQuantity({ value: '1', unit: 'mg' }, v as never)),
  },
  {
    name: 'checkPlan',
    base: PLAN,
    reader: true,
    call: (v) => {
      const r = checkPlan(v as Plan);
      if ('issues' in r) assertIssues(r.issues);
      else if (!r.ok) expect(r.disagreements.length).toBeGreaterThan(0);
    },
  },
  {
    name: 'checkPlan (catalogue)',
    base: BUILTIN_CATALOGUE,
    call: (v) => {
      const r = checkPlan(PLAN, v as never);
      if ('issues' in r) assertIssues(r.issues);
    },
  },
  {
    name: 'formatPlan',
    base: PLAN,
    reader: true,
    call: (v) => {
      const r = formatPlan(v as Plan);
      if (typeof r !== 'string') assertIssues(r.issues);
      else expect(r).toMatch(/^Infusion plan: /);
    },
  },
  {
    name: 'toFhir',
    base: PLAN,
    reader: true,
    call: (v) => {
      const r = toFhir(v as Plan);
      if ('issues' in r) assertIssues(r.issues);
      else expect(r.resourceType).toBe('MedicationRequest');
    },
  },
  {
    name: 'toPcd03',
    base: PLAN,
    reader: true,
    call: (v) => assertCoded(toPcd03(v as Plan, VALID_PCD03_OPTIONS)),
  },
  { name: 'toPcd03 (options)', base: VALID_PCD03_OPTIONS, call: (v) => assertCoded(toPcd03(PLAN, v as never)) },
  { name: 'fromPumpReport', base: VALID_PUMP_REPORT, reader: true, call: (v) => assertCoded(fromPumpReport(v as string, PLAN)) },
  { name: 'fromPumpReport (plan)', base: PLAN, reader: true, call: (v) => assertCoded(fromPumpReport(VALID_PUMP_REPORT, v as Plan)) },
  { name: 'toCdsHooksCards', base: { ok: true, plan: PLAN, warnings: [] }, call: (v) => assertCoded(toCdsHooksCards(v as never)) },
  { name: 'fromFhir', base: VALID_FHIR_IN, call: (v) => assertCoded(fromFhir(v as never)) },
  {
    name: 'formatWorksheet',
    base: PLAN,
    reader: true,
    call: (v) => {
      const r = formatWorksheet(v as Plan);
      if (typeof r !== 'string') assertIssues(r.issues);
      else expect(r.length).toBeGreaterThan(0);
    },
  },
  {
    name: 'formatWorksheet (warnings)',
    base: PLAN.checks,
    call: (v) => {
      const r = formatWorksheet(PLAN, v as never);
      if (typeof r !== 'string') assertIssues(r.issues);
      else expect(r.length).toBeGreaterThan(0);
    },
  },
  { name: 'getProtocol', base: 'ketamine-crps-schwartzman-2009', call: (v) => assertProtocolOrNone(getProtocol(v as string)) },
  { name: 'calculator.getProtocol', base: 'ketamine-crps-schwartzman-2009', call: (v) => assertProtocolOrNone(calculator.getProtocol(v as string)) },
  { name: 'historyFromFhir', base: VALID_FHIR_HISTORY, call: (v) => assertCoded(historyFromFhir(v as never)) },
];

/** A protocol lookup answers with a catalogue protocol or `undefined`, whatever it is given. */
function assertProtocolOrNone(p: unknown): void {
  if (p !== undefined) expect(BUILTIN_CATALOGUE.protocols.map((x) => x.id)).toContain((p as { id: string }).id);
}

/** Public functions that take no input, so have no door to fuzz. */
const NO_INPUT = ['listAgents', 'listProtocols'];

describe('the hostile doors cover the public API', () => {
  it('every exported function is fuzzed here (or takes no input)', () => {
    const exported = Object.entries(publicApi)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k);
    const fuzzed = new Set(DOORS.map((d) => d.name.split(' ')[0] as string));
    const missing = exported.filter((k) => !fuzzed.has(k) && !NO_INPUT.includes(k));
    expect(missing, 'add a door for each').toEqual([]);
    expect(exported.length).toBeGreaterThan(15);
  });
});

describe(`hostile values at every public function (${RUNS} runs each)`, () => {
  for (const door of DOORS) {
    it(
      `${door.name}: an unreadable value (throwing getter or Proxy, revoked Proxy, cycle, deep nest) anywhere is refused with a code`,
      () => {
        const where = paths(door.base).filter((p) => p.length <= 4);
        let slowest = 0;
        fc.assert(
          fc.property(fc.constantFrom(...where), UNREADABLE, (path, kind) => {
            const build = BUILD[kind] as () => unknown;
            const input = replaceAt(door.base, path, build());
            expect(
              () =>
                (slowest = Math.max(
                  slowest,
                  timed(() => door.call(input)),
                )),
              kind,
            ).not.toThrow();
          }),
          { numRuns: RUNS, seed: SEED },
        );
        expect(slowest, `the slowest of ${RUNS} calls took ${slowest.toFixed(0)} ms`).toBeLessThan(CALL_MS);
      },
      TIMEOUT,
    );

    it(
      `${door.name}: an arbitrary value ${door.reader ? 'in place of the plan' : 'anywhere in a valid input'} gives a coded result`,
      () => {
        const where = paths(door.base).filter((p) => p.length <= (door.reader ? 0 : 4));
        let slowest = 0;
        fc.assert(
          fc.property(fc.constantFrom(...where), fc.anything(), (path, v) => {
            const input = replaceAt(door.base, path, v);
            expect(
              () =>
                (slowest = Math.max(
                  slowest,
                  timed(() => door.call(input)),
                )),
            ).not.toThrow();
          }),
          { numRuns: RUNS, seed: SEED },
        );
        expect(slowest, `the slowest of ${RUNS} calls took ${slowest.toFixed(0)} ms`).toBeLessThan(CALL_MS);
      },
      TIMEOUT,
    );

    it(`${door.name}: huge strings, huge lists and a nest 100,000 deep give a coded result, each call under ${CALL_MS} ms`, () => {
      const huge = [deep(100_000), 'x'.repeat(1_000_000), '9'.repeat(100_000), Array.from({ length: 100_000 }, () => ({})), hugeLengthProxy()];
      const times = huge.map((v) => {
        let ms = Number.POSITIVE_INFINITY;
        expect(() => (ms = timed(() => door.call(v)))).not.toThrow();
        return ms;
      });
      const slowest = Math.max(...times);
      expect(slowest, `the slowest huge input took ${slowest.toFixed(0)} ms`).toBeLessThan(CALL_MS);
    }, 30_000);
  }
});

// The throws the issue lists, each by name (each threw before the guard).
describe('the known throws are coded results', () => {
  const COMBINATION = (() => {
    const r = planCombination(VALID_COMBINATION);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.plan;
  })();
  const codes = (r: unknown): unknown => {
    if (typeof r === 'string') return r;
    const o = r as { issues?: readonly { code: string }[] };
    return o.issues?.map((i) => i.code) ?? r;
  };

  it('checkPlan(null) and checkPlan({}) give not_a_plan, with no disagreements', () => {
    const n = checkPlan(null as never);
    expect([n.ok, 'disagreements' in n ? n.disagreements : undefined, codes(n)]).toEqual([false, [], ['not_a_plan']]);
    const e = checkPlan({} as never);
    // {} lacks every required field of a plan (src/types/plan.ts): library, catalogue, protocol, session,
    // patient, dosingWeight, agents, bag, pump, checks, acknowledgements, status, notes, adjuncts,
    // requirements, trace: 16 issues, all not_a_plan (titration is optional).
    expect(codes(e)).toEqual(Array.from({ length: 16 }, () => 'not_a_plan'));
  });

  it('checkPlan, formatPlan and toFhir read a combination plan (issue 13 item 3); a value only shaped like one gives not_a_plan', () => {
    expect(checkPlan(COMBINATION as never)).toEqual({ ok: true });
    expect(String(formatPlan(COMBINATION as never))).toMatch(/^Combination plan: /);
    expect((toFhir(COMBINATION as never) as { resourceType?: string }).resourceType).toBe('MedicationRequest');
    // Its two lists and nothing else: each missing object, list and the status is named.
    const shaped = { protocols: [], dosingWeights: [] };
    for (const r of [checkPlan(shaped as never), formatPlan(shaped as never), toFhir(shaped as never)]) {
      expect(codes(r)).toEqual(Array.from({ length: 10 }, () => 'not_a_plan'));
    }
  });

  it('planInfusion with an unvalidated catalogue refuses it with catalogue_not_validated; the validated copy plans as the built-in one', () => {
    expect(planInfusion(VALID_INFUSION, {} as never)).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'catalogue_not_validated', path: [] })] });
    const raw = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as typeof BUILTIN_CATALOGUE;
    expect(planInfusion(VALID_INFUSION, raw)).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'catalogue_not_validated' })] });
    const made = createCalculator(raw);
    expect(made.ok && made.calculator.planInfusion(VALID_INFUSION)).toEqual(planInfusion(VALID_INFUSION));
    expect(made.ok && planInfusion(VALID_INFUSION, made.calculator.catalogue)).toEqual(planInfusion(VALID_INFUSION));
  });

  it('a throwing getter, a Proxy and a cycle are refused with their codes at their paths', () => {
    const getter = { ...VALID_INFUSION, patient: throwingGetter('weight') };
    expect(planInfusion(getter)).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'unreadable_input', path: ['patient', 'weight'] })] });
    const proxy = { ...VALID_INFUSION, patient: { weight: throwingProxy('ownKeys') } };
    expect(planInfusion(proxy)).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'unreadable_input', path: ['patient', 'weight'] })] });
    const cycle = { ...VALID_INFUSION, patient: { weight: cyclic() } };
    expect(planInfusion(cycle)).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'cyclic_input', path: ['patient', 'weight', 'self', 'back'] })],
    });
  });

  it('a getter is read once: the door sees the value the snapshot took, not a second answer', () => {
    let reads = 0;
    const input = {
      ...VALID_INFUSION,
      get session() {
        reads += 1;
        return reads === 1 ? 1 : 'two';
      },
    };
    expect(planInfusion(input).ok).toBe(true);
    expect(reads).toBe(1);
  });

  it('30,000 bad history entries give coded issues, not a stack overflow', () => {
    const bad = Array.from({ length: 30_000 }, () => ({ date: 'x', protocol: 1 }));
    const r = planInfusion({ ...VALID_INFUSION, date: '2026-03-03', history: bad });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.some((i) => i.code === 'internal_error')).toBe(false);
  });
});
