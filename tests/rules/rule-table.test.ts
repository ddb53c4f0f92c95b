// Issue 10 item 3: every rule of every table declares its codes (a closed list of real codes), the
// severity of each, the facts it reads and its source; and a refusal points where its rule's `path`
// says, so the two cannot drift. The goldens and the differential generators drive every rule
// through tests/support/rule-walk.ts; this file checks the declarations themselves and pins the
// refusal path of each kind of planner by hand.
import { describe, expect, it } from 'vitest';
import { FIRED, RULE_TABLES, takeRuleWalk } from '../support/rule-walk.js';
import { severitiesOf } from '../../src/rules/rule.js';
import { CHECK_CODES, planCombination, planCourse, planInfusion, planNasalSpray } from '../support/untyped.js';

const everyRule = RULE_TABLES.flatMap((t) => t.rules.map((rule) => ({ where: `${t.planner}.${t.phase}:${rule.id}`, rule })));

describe('every rule declares its codes, severity, facts read and source', () => {
  it.each(everyRule)('$where', ({ rule }) => {
    expect(rule.id).toMatch(/^[a-z][a-z0-9.-]*$/);
    expect(rule.codes.length).toBeGreaterThan(0);
    expect(new Set(rule.codes).size).toBe(rule.codes.length);
    for (const code of rule.codes) {
      expect(CHECK_CODES, code).toContain(code);
      expect(severitiesOf(rule, code).length, `${code} has a severity`).toBeGreaterThan(0);
    }
    expect(rule.reads.length).toBeGreaterThan(0);
    expect(rule.source.trim().length).toBeGreaterThan(0);
  });

  it('rule ids are unique within each table', () => {
    for (const t of RULE_TABLES) expect(new Set(t.rules.map((r) => r.id)).size, `${t.planner}.${t.phase}`).toBe(t.rules.length);
  });

  it("a code outside a rule's list has no severity under it", () => {
    const [first] = everyRule;
    expect(first).toBeDefined();
    expect(severitiesOf(first!.rule, 'course_total')).toEqual([]);
  });
});

/** The refused issues as { code, path }, after checking each against its rule (rule-walk). */
function refusals(result: { ok: boolean; issues?: readonly { code: string; path: readonly (string | number)[] }[] }) {
  expect(result.ok).toBe(false);
  expect(takeRuleWalk(result)).toEqual([]);
  return (result.issues ?? []).map((i) => ({ code: i.code, path: i.path }));
}

describe('a refusal points where its rule says, as before the rules carried their paths', () => {
  it('patient plausibility: 20 kg is under the 25 kg hard lower limit (patient.weight.lower-hard), at the weight', () => {
    takeRuleWalk(undefined);
    const r = planInfusion({ patient: { weight: { value: 20, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
    expect(refusals(r)).toEqual([{ code: 'weight_implausible', path: ['patient', 'weight', 'value'] }]);
    expect(FIRED.get('infusion.patient:patient.plausibility')).toBeGreaterThan(0);
  });

  it('tenfold: 3.5 mg/kg/h is 10 x the usual 0.35 mg/kg/h (3.5 / 0.35 = 10 >= 10), at the rate', () => {
    takeRuleWalk(undefined);
    const r = planInfusion({
      patient: { weight: { value: 70, unit: 'kg' } },
      protocol: 'ketamine-crps-schwartzman-2009',
      session: 1,
      dose: { rate: { value: 3.5, unit: 'mg/kg/h' } },
    });
    // The protocol's rate cap keeps what is delivered within the agent's limits, so the slip is the one refusal.
    expect(refusals(r)).toEqual([{ code: 'tenfold_dose', path: ['dose', 'rate'] }]);
  });

  it('clearance band: Cockcroft-Gault (140 - 80) x 50 / (72 x 3) = 13.9 mL/min is under 30, no dose: at the creatinine', () => {
    takeRuleWalk(undefined);
    const r = planInfusion({
      patient: { weight: { value: 50, unit: 'kg' }, ageYears: 80, sex: 'male', creatinine: { value: 3, unit: 'mg/dL' } },
      protocol: 'zoledronic-acid-4mg-by-crcl',
      session: 1,
      dose: { duration: { value: 15, unit: 'min' } },
    });
    expect(refusals(r)).toEqual([{ code: 'clearance_band', path: ['patient', 'creatinine'] }]);
  });

  it('pump range: Schwartzman 100 mL over 4 h runs at 25 mL/h, above a 10 mL/h pump: at the pump', () => {
    takeRuleWalk(undefined);
    const r = planInfusion({
      patient: { weight: { value: 70, unit: 'kg' } },
      protocol: 'ketamine-crps-schwartzman-2009',
      session: 1,
      pump: { maxRate: { value: 10, unit: 'mL/h' } },
    });
    expect(refusals(r)).toEqual([{ code: 'pump_rate_above_maximum', path: ['pump'] }]);
  });

  it("combination: each component's own plan is over a 10 mL/h pump: one refusal at the request's pump", () => {
    takeRuleWalk(undefined);
    const r = planCombination({
      patient: { weight: { value: 70, unit: 'kg' } },
      session: 1,
      components: [{ protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } }, { protocol: 'magnesium-crps-collins-2009' }],
      preparation: { containerVolume: { value: 250, unit: 'mL' } },
      pump: { maxRate: { value: 10, unit: 'mL/h' } },
      acknowledgements: [{ code: 'compatibility_unknown', reason: 'pharmacy reviewed' }],
    });
    // The pump is the request's own field, which both components read: its issue is reported once, there.
    expect(refusals(r)).toEqual([{ code: 'pump_rate_above_maximum', path: ['pump'] }]);
  });

  it('nasal: 20 mg twice a day is 40 mg/d, over the prescriber maximum of 30 mg/d: at dosesPerDay', () => {
    takeRuleWalk(undefined);
    const r = planNasalSpray({
      concentration: { value: 100, unit: 'mg/mL' },
      actuationVolume: { value: 0.1, unit: 'mL' },
      dose: { value: 20, unit: 'mg' },
      dosesPerDay: 2,
      bottleVolume: { value: 5, unit: 'mL' },
      maxDailyDose: { value: 30, unit: 'mg' },
    });
    expect(refusals(r)).toEqual([{ code: 'daily_dose_above_prescriber_limit', path: ['dosesPerDay'] }]);
  });

  it('course: a session given on the second planned date (2026-01-12) shares its day: at that given session', () => {
    takeRuleWalk(undefined);
    const r = planCourse({ protocol: 'ketamine-clinic-course-2x3', startDate: '2026-01-05', sessionsGiven: ['2026-01-12'] });
    expect(refusals(r)).toEqual([{ code: 'sessions_on_same_day', path: ['sessionsGiven', 0] }]);
  });
});
