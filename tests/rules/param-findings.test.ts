/**
 * Issue 16 item 1 (Stryker's survivors of src/rules/param-checks.ts and src/rules/param-rules.ts): a
 * clinician's dose parameter against the protocol's one stated value, its range and its usual value,
 * and the note on a protocol value whose source is unverified, with rule ids and texts built by hand
 * from the templates in those files:
 * - one value and no range: rule "protocol.<name>.value", "The chosen <word> is the protocol's <value> <unit>.";
 * - the tenfold check within a factor of ten: "The <word> is within a factor of ten of the protocol's usual
 *   <usual> <unit>."; a tenth or ten times the usual but inside the protocol's own range: "The <word> is inside
 *   the protocol's own range of <min> to <max> <unit>, so it is not taken for a slip.";
 * - a protocol's own value from an unverified source: rule "protocol.<name>", "The protocol's <name> rests
 *   on data the reference marks [UNVERIFIED]: <note>"; none for a clinician's value.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, type PlanResult, createCalculator, planInfusion } from '../support/untyped.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const checksOf = (r: PlanResult) => (r.ok ? r.plan.checks : r.issues);
const byRule = (r: PlanResult, rule: string) => checksOf(r).filter((c) => c.rule === rule);
const kg70 = { value: 70, unit: 'kg' };

describe("the protocol's one stated value (Schwartzman: 4 h, no range)", () => {
  it("4 h chosen: the protocol's 4 h, passed, rule protocol.duration.value", () => {
    const r = planInfusion({ patient: { weight: kg70 }, protocol: 'ketamine-crps-schwartzman-2009', session: 1, dose: { duration: { value: 4, unit: 'h' } } });
    expect(byRule(r, 'protocol.duration.value').map((c) => [c.code, c.severity, c.passed, c.observed, c.limit, c.message])).toEqual([
      ['duration_differs_from_protocol', 'soft', true, { value: '4', unit: 'h' }, { value: '4', unit: 'h' }, "The chosen duration is the protocol's 4 h."],
    ]);
  });
});

describe("the tenfold check: within a factor of ten, and inside the protocol's own range", () => {
  it('dexmedetomidine loading 10 mcg/kg against the usual 1: ten times (10 / 1 = 10 >= 10), refused at the loading dose', () => {
    const r = planInfusion({
      patient: { weight: kg70, ageYears: 40 },
      protocol: 'dexmedetomidine-procedural-label',
      session: 1,
      dose: { duration: { value: 2, unit: 'h' }, loading: { value: 10, unit: 'ug/kg' } },
    });
    expect(r.ok ? [] : r.issues.filter((i) => i.code === 'tenfold_dose').map((i) => [i.severity, i.path])).toEqual([['hard', ['dose', 'loading']]]);
  });

  it('dexmedetomidine loading 0.5 mcg/kg against the usual 1 (range 0.5-1): ratio 0.5, within a factor of ten', () => {
    const r = planInfusion({
      patient: { weight: kg70, ageYears: 40 },
      protocol: 'dexmedetomidine-procedural-label',
      session: 1,
      dose: { duration: { value: 2, unit: 'h' }, loading: { value: 0.5, unit: 'ug/kg' } },
    });
    // 0.5 / 1 = 0.5: neither >= 10 nor <= 0.1, so not judged against the range at all.
    expect(byRule(r, 'protocol.loading.usual').map((c) => [c.code, c.passed, c.message])).toEqual([
      ['tenfold_dose', true, "The loading dose is within a factor of ten of the protocol's usual 1 mcg/kg."],
      ['tenfold_low_dose', true, 'The loading dose is not a tenth or less of the usual.'],
    ]);
  });

  it("Sanacora 4 min against the usual 40 min (range 2-100 min): a tenth, but the source's own range", () => {
    const r = planInfusion({
      patient: { weight: kg70 },
      protocol: 'ketamine-depression-sanacora-2017',
      session: 1,
      dose: { duration: { value: 4, unit: 'min' } },
    });
    // 4 / 40 = 0.1 <= 0.1, and 2 <= 4 <= 100 min: inside the stated range, so neither direction fires.
    expect(byRule(r, 'protocol.duration.usual').map((c) => [c.code, c.passed, c.message])).toEqual([
      ['tenfold_short_duration', true, "The duration is inside the protocol's own range of 2 to 100 min, so it is not taken for a slip."],
      ['tenfold_long_duration', true, 'The duration is not a tenth or less of the usual.'],
    ]);
  });
});

describe('a protocol parameter with a minimum and no maximum, beside a stated value (catalogue other than the built-in one)', () => {
  // pamidronate-crps-3day states only a minimum of 2 h for the duration; this catalogue adds a stated
  // and usual value of 4 h, so the duration has a value and a minimum but no maximum.
  const calc = () => {
    const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
    const protocol = (cat['protocols'] as Json[]).find((p) => p['id'] === 'pamidronate-crps-3day') as Json;
    protocol['duration'] = { ...(protocol['duration'] as Json), value: '4', usual: '4' };
    const c = createCalculator(cat);
    if (!c.ok) throw new Error(JSON.stringify(c.issues));
    return c.calculator;
  };
  const plan = (hours: number) =>
    calc().planInfusion({
      patient: { weight: { value: 60, unit: 'kg' } },
      protocol: 'pamidronate-crps-3day',
      session: 1,
      dose: { duration: { value: hours, unit: 'h' } },
    });

  it('3 h: judged against the minimum (3 >= 2, passed), not against the value, which has a range beside it', () => {
    const r = plan(3);
    expect(
      checksOf(r)
        .filter((c) => (c.rule ?? '').startsWith('protocol.duration.') && !(c.rule ?? '').endsWith('.usual'))
        .map((c) => [c.rule, c.passed]),
    ).toEqual([['protocol.duration.min', true]]);
  });

  it('40 h: ten times the usual 4 h, above the minimum and with no maximum, so no range of its own contains it: flagged', () => {
    // 40 / 4 = 10 >= 10; 40 >= 2 h, but with no maximum the protocol states no range to hold it. For a
    // duration the long slip is the soft one (a longer time lowers the rate): limit 4 x 10 = 40 h.
    const r = plan(40);
    expect(byRule(r, 'protocol.duration.usual').map((c) => [c.code, c.severity, c.passed, c.limit])).toEqual([
      ['tenfold_short_duration', 'hard', true, { value: '0.4', unit: 'h' }],
      ['tenfold_long_duration', 'soft', false, { value: '40', unit: 'h' }],
    ]);
  });

  it('0.4 h: a tenth of the usual 4 h and no maximum to make a range, so the short slip is refused', () => {
    // 0.4 / 4 = 0.1 <= 0.1; the protocol states no maximum, so no range of its own contains 0.4 h.
    const r = plan(0.4);
    expect(r.ok).toBe(false);
    expect(byRule(r, 'protocol.duration.usual').map((c) => [c.code, c.severity, c.passed, c.limit])).toEqual([
      ['tenfold_short_duration', 'hard', false, { value: '0.4', unit: 'h' }],
    ]);
  });
});

describe("the note on a protocol value from an unverified source (Schwartzman's rate)", () => {
  const note =
    "The protocol's rate rests on data the reference marks [UNVERIFIED]: The trial built the dose up over the course to at most 0.35 mg/kg/h; the day-1 start dose is [UNVERIFIED] (registry text truncated), so the protocol states the maximum and a clinician may order less.";

  it("the protocol's own 0.35 mg/kg/h: one info note, rule protocol.rate", () => {
    const r = planInfusion({ patient: { weight: kg70 }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
    expect(byRule(r, 'protocol.rate').map((c) => [c.code, c.severity, c.passed, c.source?.verified, c.message])).toEqual([
      ['unverified_data', 'info', false, false, note],
    ]);
  });

  it("a clinician's 0.3 mg/kg/h: no note, the value is the clinician's", () => {
    const r = planInfusion({
      patient: { weight: kg70 },
      protocol: 'ketamine-crps-schwartzman-2009',
      session: 1,
      dose: { rate: { value: 0.3, unit: 'mg/kg/h' } },
    });
    expect(r.ok).toBe(true);
    expect(byRule(r, 'protocol.rate')).toEqual([]);
  });
});
