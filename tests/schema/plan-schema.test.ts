// Issue 12 item 2 (the rest): the readers of a plan (checkPlan, formatPlan, toFhir) read it through
// the full plan schema, so a plan whose outline is fine but whose insides are not gets `not_a_plan`
// with the path of the bad field (each ended in internal_error before), and formatPlan and toFhir
// hold a plan to the plan limits as checkPlan does.
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, checkPlan, formatPlan, planInfusion, toFhir, type Plan } from '../../src/index.js';
import { INPUT_LIMITS } from '../../src/types/input-limits.js';
import { PLAN_UNITS } from '../../src/schema/plan-schema.js';

const plan = ((): Plan => {
  const r = planInfusion({ patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
})();
const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(plan)) as Record<string, unknown>;
const at = (o: Record<string, unknown>, key: string): Record<string, unknown> => o[key] as Record<string, unknown>;

/** [code, dotted path] of each issue a reader returned, or 'read' when it read the plan. */
function issuesOf(r: unknown): unknown {
  if (typeof r !== 'object' || r === null || !('issues' in r)) return 'read';
  return (r as { issues: readonly { code: string; path: readonly (string | number)[] }[] }).issues.map((i) => [i.code, i.path.join('.')]);
}

const READERS = {
  checkPlan: (p: unknown) => checkPlan(p as Plan),
  formatPlan: (p: unknown) => formatPlan(p as Plan),
  toFhir: (p: unknown) => toFhir(p as Plan),
};

describe('a malformed plan is refused with a path, not an internal error', () => {
  const cases: [string, (p: Record<string, unknown>) => void, string][] = [
    ['dosingWeight.value {}', (p) => (at(p, 'dosingWeight')['value'] = {}), 'dosingWeight.value.value'],
    ['a quantity value that is not a decimal string', (p) => (at(at(p, 'pump'), 'rate')['value'] = '27,5'), 'pump.rate.value'],
    ['a unit not in the closed set', (p) => (at(at(p, 'bag'), 'finalVolume')['unit'] = 'cc'), 'bag.finalVolume.unit'],
    ['an array where an object belongs', (p) => (at(p, 'pump')['rounding'] = []), 'pump.rounding'],
    ['a number where a list belongs', (p) => (at(p, 'pump')['segments'] = 3), 'pump.segments'],
    [
      'a segment without its doses',
      (p) => delete ((at(p, 'pump')['segments'] as Record<string, unknown>[])[0] as Record<string, unknown>)['doses'],
      'pump.segments.0.doses',
    ],
    ['an unknown key', (p) => (p['extra'] = 1), 'extra'],
  ];
  for (const [name, corrupt, path] of cases) {
    it(`${name}: not_a_plan at ${path} from each reader`, () => {
      const p = clone();
      corrupt(p);
      for (const [reader, read] of Object.entries(READERS)) {
        // dosingWeight {} lacks its value and unit; every other case is one bad field.
        const expected =
          name === 'dosingWeight.value {}'
            ? [
                ['not_a_plan', `${path}`],
                ['not_a_plan', 'dosingWeight.value.unit'],
              ]
            : [['not_a_plan', path]];
        expect([reader, issuesOf(read(p))]).toEqual([reader, expected]);
      }
    });
  }

  it('dosingWeight {} names each missing field', () => {
    const p = clone();
    p['dosingWeight'] = {};
    const fields = ['value', 'basis', 'requestedBasis', 'reason', 'formula', 'source', 'actual'];
    for (const read of Object.values(READERS)) expect(issuesOf(read(p))).toEqual(fields.map((f) => ['not_a_plan', `dosingWeight.${f}`]));
  });

  it('a real plan of every built-in protocol that plans with defaults is read by all three', () => {
    let read = 0;
    for (const protocol of BUILTIN_CATALOGUE.protocols) {
      const r = planInfusion({ patient: { weight: { value: 70, unit: 'kg' } }, protocol: protocol.id, session: 1 });
      if (!r.ok) continue;
      read += 1;
      expect([protocol.id, checkPlan(r.plan)]).toEqual([protocol.id, { ok: true }]);
      expect(typeof formatPlan(r.plan)).toBe('string');
      expect([protocol.id, issuesOf(toFhir(r.plan))]).toEqual([protocol.id, 'read']);
    }
    // Five built-in protocols plan with defaults alone (the rest need a dose or a bag volume chosen); the differential and checkPlan tests read many more.
    expect(read).toBeGreaterThanOrEqual(5);
  });

  it('the closed set of units holds each unit a plan writes and no spelling of another', () => {
    for (const u of ['mg', 'mL', 'mL/h', 'mg/kg/h', 'ug/kg/min', 'g/kg', 'mg/mL', 'h', 'min', 'kg', 'cm', 'a', 'mg/dL', 'm2', 'kg/m2', 'mL/min', '{session}']) {
      expect(PLAN_UNITS).toContain(u);
    }
    for (const u of ['cc', 'hr', 'mcg', 'µg', 'mL/hr', 'mg/cc', 'mL/h/kg', 'MG']) expect(PLAN_UNITS).not.toContain(u);
  });
});

describe('formatPlan and toFhir hold a plan to the plan limits, as checkPlan does', () => {
  it('a trace of 1,001 steps is too_many at trace; a 200,001-character message is too_long', () => {
    const long = { ...plan, trace: Array(INPUT_LIMITS.list + 1).fill(plan.trace[0]) };
    expect(issuesOf(formatPlan(long as Plan))).toEqual([['too_many', 'trace']]);
    expect(issuesOf(toFhir(long as Plan))).toEqual([['too_many', 'trace']]);
    const check = { ...(plan.checks[0] as Plan['checks'][number]), message: 'm'.repeat(INPUT_LIMITS.planStringChars + 1) };
    const wordy = { ...plan, checks: [check] };
    expect(issuesOf(formatPlan(wordy as Plan))).toEqual([['too_long', 'checks.0.message']]);
    expect(issuesOf(toFhir(wordy as Plan))).toEqual([['too_long', 'checks.0.message']]);
    // checkPlan reports the same limit as a disagreement, as before.
    const c = checkPlan(long as Plan);
    expect(c.ok ? [] : c.disagreements.map((d) => [d.code, d.path.join('.')])).toEqual([['plan_too_large', 'trace']]);
  });
});
