// Generated requests across every built-in protocol, through every public function that plans or reads
// a plan. Inputs are generated per protocol from its own record (tests/support/request-generators.ts:
// clinician's doses inside and just outside its ranges, stocked bag volumes, listed products, pump
// settings, titration histories, acknowledgements of the plan's own soft findings), so the deep paths
// are reached as well as the refusals. Nothing throws; every finding has a code and severity its rule
// declares and every refusal points where its rule says (tests/support/rule-walk.ts); every ready plan
// agrees with checkPlan, with checkPlan re-deriving the order from the catalogue, and with a second
// derivation of its dose from the protocol record and the patient (tests/support/independent-dose.ts).
//
// This began as the differential test of the redesign (issue 10), which also required the frozen
// pre-redesign planner's exact JSON on each request; the migration is done, the frozen copy is no
// longer a test (it stays as the bench's baseline, bench/baseline/), and these checks stay.
// A fixed seed keeps the run repeatable; PROPERTY_RUNS_SCALE scales it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../support/untyped.js';
import { independentDisagreements } from '../support/independent-dose.js';
import { takeRuleWalk } from '../support/rule-walk.js';
import { between, clean, patientArb, requestArb } from '../support/request-generators.js';
import { SEED, runs } from '../support/runs.js';

const PER_PROTOCOL = Math.max(20, runs(440));
/**
 * The generator's reach (ready plans and refusals of every protocol) is asserted at the full count and
 * above; a scaled-down run (the mutation selection's tenth) still checks every case it makes.
 */
const REACH = PER_PROTOCOL >= 440;

/**
 * Calls each case, and returns the first few problems (a throw, or a rule walk that disagrees with a
 * rule's declarations) with their input, and what each call returned.
 */
function through<T>(cases: readonly T[], call: (input: T, index: number) => unknown): { problems: string[]; results: unknown[] } {
  const problems: string[] = [];
  const results = cases.map((input, i) => {
    takeRuleWalk(undefined);
    let result: unknown;
    try {
      result = call(input, i);
    } catch (e) {
      if (problems.length < 3) problems.push(`input ${JSON.stringify(input)}\nthrew ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
    const walk = takeRuleWalk((result as { r?: unknown } | undefined)?.r ?? result);
    if (walk.length > 0 && problems.length < 3) problems.push(`input ${JSON.stringify(input)}\nrules ${walk.slice(0, 3).join('; ')}`);
    return result;
  });
  return { problems, results };
}

const okOf = (r: unknown): boolean => (r as { ok?: boolean } | undefined)?.ok === true;

/** The same request with its own soft findings acknowledged, so the ready path is reached. */
function acknowledged(input: Record<string, unknown>): Record<string, unknown> {
  const r = api.planInfusion(input);
  if (!r.ok) return input;
  const codes = [...new Set(r.plan.checks.filter((c) => c.severity === 'soft' && !c.passed).map((c) => c.code))];
  return { ...input, acknowledgements: codes.map((code) => ({ code, reason: 'reviewed' })) };
}

function planRequests(): Record<string, unknown>[] {
  const bagVolumes = api.BUILTIN_CATALOGUE.diluents.flatMap((d) => d.bagVolumes);
  return api.BUILTIN_CATALOGUE.protocols.flatMap((p, i) => {
    const raw = fc.sample(requestArb(p, [...new Set(bagVolumes)]), { numRuns: PER_PROTOCOL, seed: SEED + i });
    return raw.map((input, j) => (j % 2 === 0 ? acknowledged(input) : input));
  });
}

describe('generated requests across every protocol', () => {
  const requests = planRequests();

  it(`planInfusion, checkPlan, toFhir and formatPlan on ${requests.length} generated requests`, () => {
    expect(requests.length).toBeGreaterThanOrEqual(api.BUILTIN_CATALOGUE.protocols.length * 20);
    const { problems, results } = through(requests, (input, i) => {
      const r = api.planInfusion(input);
      if (!r.ok) return { r };
      // Every plan is re-checked against itself; every fourth is also written as FHIR and as text.
      const check = api.checkPlan(r.plan);
      if (!check.ok) throw new Error(`checkPlan disagrees with its own plan: ${JSON.stringify(check)}`);
      if (i % 4 === 0) {
        api.toFhir(r.plan);
        api.formatPlan(r.plan);
      }
      return { r };
    });
    expect(problems).toEqual([]);
    const plans = results.map((x) => (x as { r: ReturnType<typeof api.planInfusion> }).r);
    const ready = plans.filter((r) => r.ok && r.plan.status === 'ready').length;
    const refused = plans.filter((r) => !r.ok).length;
    // The generator reaches the ready plans and the refusals, not only one of them.
    if (REACH) expect(ready).toBeGreaterThan(requests.length / 5);
    if (REACH) expect(refused).toBeGreaterThan(requests.length / 20);
    // checkPlan given the catalogue re-derives the order as well, and agrees on every ready plan.
    const orderDisagreeing = plans.flatMap((r, i) => {
      const c = r.ok && r.plan.status === 'ready' ? api.checkPlan(r.plan, api.BUILTIN_CATALOGUE) : { ok: true as const };
      return c.ok ? [] : [`${JSON.stringify(requests[i])}: ${JSON.stringify(c.disagreements)}`];
    });
    expect(orderDisagreeing.slice(0, 3)).toEqual([]);
    // Every ready plan agrees with a second derivation of its dose (issue 11 item 9), within the
    // stated draw and pump rounding.
    const disagreeing = plans.flatMap((r, i) =>
      r.ok && r.plan.status === 'ready'
        ? independentDisagreements(requests[i], r.plan, api.BUILTIN_CATALOGUE).map((x) => `${JSON.stringify(requests[i])}: ${x}`)
        : [],
    );
    expect(disagreeing.slice(0, 5)).toEqual([]);
    // The derivation reached the ready plans of every protocol that makes plans; protocols with no
    // product (neridronate, alendronate, clodronate) are refused by design.
    const derived = new Set(plans.flatMap((r) => (r.ok && r.plan.status === 'ready' ? [r.plan.protocol.id] : [])));
    if (REACH) expect(derived.size).toBeGreaterThanOrEqual(api.BUILTIN_CATALOGUE.protocols.length - 3);
  }, 240_000);

  it('planCombination over pairs of whole-bag protocols, weights, bags and acknowledgements', () => {
    const wholeBag = api.BUILTIN_CATALOGUE.protocols.filter((p) => p.preparation.style === 'whole-bag').map((p) => p.id);
    // Mostly the pairs a clinic puts in one bag (4 h ketamine with Collins magnesium), some of any kind.
    const fourHourKetamine = ['ketamine-clinic-course-2x3', 'ketamine-escalation-rema-2012', 'ketamine-crps-schwartzman-2009'];
    const arb = fc.record({
      patient: patientArb,
      a: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...fourHourKetamine) }, { weight: 1, arbitrary: fc.constantFrom(...wholeBag) }),
      b: fc.oneof({ weight: 4, arbitrary: fc.constant('magnesium-crps-collins-2009') }, { weight: 1, arbitrary: fc.constantFrom(...wholeBag) }),
      rate: between(0.1, 0.7, 12),
      volume: fc.constantFrom(100, 250, 500),
      additiveVolume: fc.constantFrom('add', 'withdraw-equal', undefined),
      increment: fc.constantFrom(undefined, { value: 1, unit: 'mL/h' }),
      maxRate: fc.constantFrom(undefined, { value: 70, unit: 'mL/h' }),
    });
    const cases = fc.sample(arb, { numRuns: runs(1000), seed: SEED }).flatMap((c) => {
      const component = (id: string) => ({ protocol: id, dose: { rate: { value: c.rate, unit: 'mg/kg/h' } } });
      const base = clean({
        patient: clean(c.patient),
        session: 1,
        components: [component(c.a), component(c.b)].map((x) =>
          x.protocol.startsWith('ketamine-clinic') || x.protocol.startsWith('ketamine-escalation') ? x : { protocol: x.protocol },
        ),
        preparation: clean({ containerVolume: { value: c.volume, unit: 'mL' }, additiveVolume: c.additiveVolume }),
        pump: c.increment || c.maxRate ? clean({ increment: c.increment, maxRate: c.maxRate }) : undefined,
      });
      const acks = ['compatibility_unknown', 'weight_unusual', 'session_beyond_course', 'requirement_unconfirmed'].map((code) => ({
        code,
        reason: 'reviewed',
      }));
      return [base, { ...base, acknowledgements: acks }];
    });
    const { problems, results } = through(cases, (input) => api.planCombination(input));
    expect(problems).toEqual([]);
    expect(results.filter(okOf).length).toBeGreaterThan(cases.length / 5);
  }, 120_000);

  it('planCourse and planNasalSpray on generated requests', () => {
    const ids = api.BUILTIN_CATALOGUE.protocols.map((p) => p.id);
    const courses = fc
      .sample(
        fc.record({
          protocol: fc.constantFrom(...ids),
          day: fc.integer({ min: 1, max: 28 }),
          withInfusion: fc.boolean(),
          kg: fc.integer({ min: 40, max: 150 }),
        }),
        { numRuns: runs(600), seed: SEED },
      )
      .map((c) =>
        clean({
          protocol: c.protocol,
          startDate: `2026-02-${String(c.day).padStart(2, '0')}`,
          infusion: c.withInfusion ? { patient: { weight: { value: c.kg, unit: 'kg' } }, dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } } : undefined,
        }),
      );
    const courseRun = through(courses, (input) => api.planCourse(input));
    expect(courseRun.problems).toEqual([]);
    expect(courseRun.results.filter(okOf).length).toBeGreaterThan(courses.length / 2);
    const sprays = fc
      .sample(
        fc.record({
          concentration: fc.constantFrom(50, 100, 150),
          actuation: fc.constantFrom('0.1', '0.14', '0.2'),
          dose: fc.constantFrom(10, 20, 28, 56, 84),
          perDay: fc.integer({ min: 1, max: 4 }),
          bottle: fc.constantFrom(5, 10),
          max: fc.constantFrom(40, 100, 200),
        }),
        { numRuns: runs(600), seed: SEED },
      )
      .map((s) => ({
        concentration: { value: s.concentration, unit: 'mg/mL' },
        actuationVolume: { value: s.actuation, unit: 'mL' },
        dose: { value: s.dose, unit: 'mg' },
        dosesPerDay: s.perDay,
        bottleVolume: { value: s.bottle, unit: 'mL' },
        maxDailyDose: { value: s.max, unit: 'mg' },
      }));
    const sprayRun = through(sprays, (input) => api.planNasalSpray(input));
    expect(sprayRun.problems).toEqual([]);
    expect(sprayRun.results.filter(okOf).length).toBeGreaterThan(sprays.length / 6);
  }, 120_000);
});
