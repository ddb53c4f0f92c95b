/**
 * The titration engine, branch by branch: the rule checks (each coded issue and its path), the
 * response assessment, the adverse-event wording, and every bound (start, maximum, step-down floor)
 * in every branch that applies it. Written against a mutation run of src/titration/decide.ts: each
 * test pins a behaviour a wrong change to the engine would alter.
 *
 * Hand-working (exact decimals; Rema: start 0.2 mg/kg/h, step 0.2, protocol max 0.6, no protocol value):
 * - escalate 0.2 + 0.2 = 0.4; 0.2, 0.4 -> 0.4 + 0.2 = 0.6; 0.5 + 0.2 = 0.7 > 0.6 -> 0.6.
 * - step down 0.6 - 0.1 (a custom stepDown) = 0.5; 0.2 - 0.2 = 0 < start 0.2; 0.3 - 0.2 = 0.1 < 0.2;
 *   1 - 0.2 = 0.8, above the 0.6 maximum.
 * - Sanacora (total mg/kg, protocol value 0.5, step 0.25): 0.6 - 0.25 = 0.35 < 0.5.
 * - Clinic (rate mg/kg/h, step 0.2, no start, no protocol value): first dose is the floor;
 *   0.4 - 0.2 = 0.2 < 0.3; 0.5 - 0.2 = 0.3, not below 0.3.
 * - A total in mg with the step in g: 0.01 g = 10 mg; 40 mg + 10 mg = 50 mg.
 * - Pain 7 -> 6 is 1/7 = 14.285714% relief and a 1-point drop: no response at 30% or 2 points.
 *   Pain 8 -> 4 is 50% relief: a response.
 */
import { describe, expect, it } from 'vitest';
import type { DoseParameter, Source } from '../../src/catalogue/types.js';
import { ketamineClinicCourse2x3 } from '../../src/protocols/ketamine-clinic-course-2x3.js';
import { ketamineDepressionSanacora2017 } from '../../src/protocols/ketamine-depression-sanacora-2017.js';
import { ketamineEscalationRema2012 } from '../../src/protocols/ketamine-escalation-rema-2012.js';
import { type DecideOptions, decideNextDose } from '../../src/titration/decide.js';
import { CLINIC_COURSE_TITRATION, DEPRESSION_SANACORA_2017_TITRATION, REMA_2012_TITRATION } from '../../src/protocols/titration-rules.js';
import type { TitrationDecision, TitrationRule } from '../../src/catalogue/titration.js';
import { type S, parsed } from './history-fixtures.js';

// ---------------------------------------------------------------------------------------------
// Fixtures

const NO: [number, number] = [7, 6];
const YES: [number, number] = [8, 4];
const r = (dose: string, more: Partial<S> = {}): S => ({ dose, pain: NO, ...more });

const SRC: Source = { citation: 'Test fixture: a hypothetical institutional protocol', grade: 'derived', verified: false };
const FUTILITY_SRC: Source = { citation: 'Test fixture: futility after a set number of sessions', grade: 'derived', verified: false };

const rema = REMA_2012_TITRATION as TitrationRule;
const remaRate = ketamineEscalationRema2012.rate as DoseParameter;
const sanacora = DEPRESSION_SANACORA_2017_TITRATION as TitrationRule;
const sanacoraTotal = ketamineDepressionSanacora2017.total as DoseParameter;
const clinic = CLINIC_COURSE_TITRATION as TitrationRule;
const clinicRate = ketamineClinicCourse2x3.rate as DoseParameter;
/** A clinic rate with no ceiling: the engine never escalates on it, but every other branch decides. */
const NO_MAX_RATE: DoseParameter = { unit: 'mg/kg/h', source: SRC };
const nrs2: TitrationRule = { ...rema, response: { kind: 'nrs-drop', threshold: '2', source: SRC } };

/** A total titrated in mg (a session dose, not per kg), the step written in grams. */
const TOTAL_MG_RULE: TitrationRule = {
  param: 'total',
  step: { value: '0.01', unit: 'g', source: SRC },
  response: { kind: 'relief-percent', threshold: '30', source: SRC },
  source: SRC,
};
const TOTAL_MG: DoseParameter = { unit: 'mg', value: '40', max: '60', source: SRC };

/** Decides and expects a decision (throws with the issues otherwise). */
function decide(rule: TitrationRule, param: DoseParameter, history: readonly S[], options?: DecideOptions): TitrationDecision {
  const res = decideNextDose(rule, param, parsed(history), options);
  if (!res.ok) throw new Error(`expected a decision, got issues: ${JSON.stringify(res.issues)}`);
  return res.value;
}

/** Decides and expects the coded issues (throws if it decided). */
function issuesOf(rule: TitrationRule, param: DoseParameter, history: readonly S[], options?: DecideOptions) {
  const res = decideNextDose(rule, param, parsed(history), options);
  if (res.ok) throw new Error(`expected issues, got a decision: ${JSON.stringify(res.value)}`);
  return res.issues;
}

const codes = (issues: readonly { code: string; path: readonly (string | number)[] }[]) => issues.map((i) => [i.code, i.path]);

// ---------------------------------------------------------------------------------------------
// Rule and parameter checks

describe('decideNextDose: rule validation', () => {
  it('a step that is not a plain decimal is a coded rule issue, not a throw', () => {
    const bad: TitrationRule = { ...rema, step: { ...rema.step, value: '1e-1' } };
    const issues = issuesOf(bad, remaRate, [r('0.2')]);
    expect(codes(issues)).toEqual([['titration_rule_invalid', ['titration', 'step']]]);
    expect(issues[0].message).toContain('"1e-1" is not a plain decimal');
    expect(issues[0].received).toBe('1e-1');
  });

  it('a step of zero is refused (escalation needs a positive step)', () => {
    // stepDown given, so only the step is at fault.
    const bad: TitrationRule = { ...rema, step: { ...rema.step, value: '0' }, stepDown: { value: '0.1', unit: 'mg/kg/h', source: SRC } };
    const issues = issuesOf(bad, remaRate, [r('0.2')]);
    expect(codes(issues)).toEqual([['titration_rule_invalid', ['titration', 'step']]]);
    expect(issues[0].message).toContain('greater than zero');
  });

  it('a zero step with no stepDown is reported once, at the step (the rule has no stepDown field to blame)', () => {
    const bad: TitrationRule = { ...rema, step: { ...rema.step, value: '0' } };
    expect(codes(issuesOf(bad, remaRate, [r('0.2')]))).toEqual([['titration_rule_invalid', ['titration', 'step']]]);
  });

  it('a step down of zero is refused', () => {
    const bad: TitrationRule = { ...rema, stepDown: { value: '0', unit: 'mg/kg/h', source: SRC } };
    const issues = issuesOf(bad, remaRate, [r('0.4', { events: [['nausea', 'moderate']] })]);
    expect(codes(issues)).toEqual([['titration_rule_invalid', ['titration', 'stepDown']]]);
    expect(issues[0].message).toContain('step down must be greater than zero');
  });

  it('a negative step down is refused', () => {
    const bad: TitrationRule = { ...rema, stepDown: { value: '-0.1', unit: 'mg/kg/h', source: SRC } };
    expect(codes(issuesOf(bad, remaRate, [r('0.4')]))).toEqual([['titration_rule_invalid', ['titration', 'stepDown']]]);
  });

  it.each([0, -1, 1.5])('futilityAfter %s is not a whole number of sessions >= 1', (n) => {
    const bad: TitrationRule = { ...rema, futilityAfter: n, futilitySource: FUTILITY_SRC };
    const issues = issuesOf(bad, remaRate, [r('0.2')]);
    expect(codes(issues)).toEqual([['titration_rule_invalid', ['titration', 'futilityAfter']]]);
    expect(issues[0].message).toContain('1 or more');
  });

  it('a response threshold that is not a plain decimal', () => {
    const bad: TitrationRule = { ...rema, response: { ...rema.response, threshold: 'thirty' } };
    const issues = issuesOf(bad, remaRate, [r('0.2')]);
    expect(codes(issues)).toEqual([['titration_rule_invalid', ['titration', 'response', 'threshold']]]);
    expect(issues[0].message).toContain('"thirty" is not a plain decimal');
  });

  it('a negative response threshold', () => {
    const bad: TitrationRule = { ...rema, response: { ...rema.response, threshold: '-5' } };
    const issues = issuesOf(bad, remaRate, [r('0.2')]);
    expect(codes(issues)).toEqual([['titration_rule_invalid', ['titration', 'response', 'threshold']]]);
    expect(issues[0].message).toContain('cannot be negative');
  });

  it('a step in a unit of another kind (mg, a session dose, for a rate rule): one issue', () => {
    const bad: TitrationRule = { ...rema, step: { ...rema.step, unit: 'mg' } };
    const issues = issuesOf(bad, remaRate, [r('0.2')]);
    expect(codes(issues)).toEqual([['titration_rule_invalid', ['titration', 'step']]]);
    expect(issues[0].message).toContain('0.2 mg is not a dose rate');
    expect(issues[0].received).toBe('mg');
  });

  it('a step down not per kg for a per-kg protocol rate', () => {
    const bad: TitrationRule = { ...rema, stepDown: { value: '5', unit: 'mg/h', source: SRC } };
    const issues = issuesOf(bad, remaRate, [r('0.4', { events: [['nausea', 'moderate']] })]);
    expect(codes(issues)).toEqual([['titration_rule_invalid', ['titration', 'stepDown']]]);
    expect(issues[0].message).toContain("5 mg/h, but the protocol's rate is in mg/kg/h");
    expect(issues[0].message).toContain('same kind (per kg or not)');
    expect(issues[0].received).toBe('mg/h');
  });

  it('a start not per kg for a per-kg protocol rate', () => {
    const bad: TitrationRule = { ...rema, start: { value: '20', unit: 'mg/h', source: SRC } };
    const issues = issuesOf(bad, remaRate, []);
    expect(codes(issues)).toEqual([['titration_rule_invalid', ['titration', 'start']]]);
    expect(issues[0].message).toContain('20 mg/h');
  });

  it('a protocol rate in mg/kg (a session dose): the parameter and every rule number are refused', () => {
    const param: DoseParameter = { unit: 'mg/kg', source: SRC };
    const issues = issuesOf(rema, param, [r('0.2')]);
    expect(codes(issues)).toEqual([
      ['titration_rule_invalid', ['protocol', 'rate', 'unit']],
      ['titration_rule_invalid', ['titration', 'step']],
      ['titration_rule_invalid', ['titration', 'start']],
    ]);
    expect(issues[0].message).toContain('titrates the rate, but 1 mg/kg is not a dose rate');
  });

  it('a protocol total in mg/h (a rate): "not a session dose"', () => {
    const param: DoseParameter = { unit: 'mg/h', source: SRC };
    const issues = issuesOf(TOTAL_MG_RULE, param, [{ dose: '40', param: 'total', unit: 'mg', pain: NO }]);
    expect(codes(issues)).toEqual([
      ['titration_rule_invalid', ['protocol', 'total', 'unit']],
      ['titration_rule_invalid', ['titration', 'step']],
    ]);
    expect(issues[0].message).toContain('titrates the total, but 1 mg/h is not a session dose');
  });

  it('a protocol unit that is no dose unit at all (mL) is a coded issue, not a throw', () => {
    const param: DoseParameter = { unit: 'mL', source: SRC };
    const issues = issuesOf(rema, param, [r('0.2')]);
    expect(codes(issues)).toEqual([
      ['titration_rule_invalid', ['protocol', 'rate', 'unit']],
      ['titration_rule_invalid', ['titration', 'step']],
      ['titration_rule_invalid', ['titration', 'start']],
    ]);
    expect(issues[0].received).toBe('mL');
  });

  it('a protocol maximum that is not a plain decimal stops even a first-session start', () => {
    const param: DoseParameter = { ...remaRate, max: 'lots' };
    const issues = issuesOf(rema, param, []);
    expect(codes(issues)).toEqual([['titration_rule_invalid', ['protocol', 'rate', 'max']]]);
    expect(issues[0].message).toContain('"lots" is not a plain decimal');
  });

  it('a protocol value that is not a plain decimal', () => {
    const param: DoseParameter = { ...sanacoraTotal, value: '0,5' };
    const issues = issuesOf(sanacora, param, [{ dose: '0.5', param: 'total', unit: 'mg/kg', relief: 20 }]);
    expect(codes(issues)).toEqual([['titration_rule_invalid', ['protocol', 'total', 'value']]]);
  });

  it('a blank clearance reason says a reason is needed', () => {
    const issues = issuesOf(rema, remaRate, [r('0.2', { events: [['apnoea', 'severe']] })], { clinicianClearance: { reason: '' } });
    expect(codes(issues)).toEqual([['clearance_reason_required', ['clinicianClearance', 'reason']]]);
    expect(issues[0].message).toContain('needs a reason');
  });
});

// ---------------------------------------------------------------------------------------------
// Response assessment

describe('decideNextDose: response assessment', () => {
  it('pain before 0: percent relief cannot be worked out, so hold and say why', () => {
    const d = decide(rema, remaRate, [r('0.2', { pain: [0, 0] })]);
    expect(d.rule).toBe('titration.hold-response-not-assessed');
    expect(d.dose).toEqual({ value: '0.2', unit: 'mg/kg/h' });
    expect(d.responded).toBe(false);
    expect(d.sessionsWithoutResponse).toBe(0);
    expect(d.reason).toContain('pain before was 0');
  });

  it('NRS rule with no pain scores (a relief percentage does not count): hold, not assessed', () => {
    const d = decide(nrs2, remaRate, [{ dose: '0.2', relief: 80 }]);
    expect(d.decision).toBe('hold');
    expect(d.rule).toBe('titration.hold-response-not-assessed');
    expect(d.dose).toEqual({ value: '0.2', unit: 'mg/kg/h' });
    expect(d.responded).toBe(false);
    expect(d.sessionsWithoutResponse).toBe(0);
    expect(d.reason).toContain('no pain scores were recorded, so the NRS drop cannot be worked out');
    expect(d.reason).toContain('record the response to titrate');
  });

  it('NRS rule: two 1-point drops count as two sessions without response; 0.4 + 0.2 = 0.6', () => {
    const d = decide(nrs2, remaRate, [r('0.2'), r('0.4')]);
    expect(d.rule).toBe('titration.escalate');
    expect(d.dose).toEqual({ value: '0.6', unit: 'mg/kg/h' });
    expect(d.sessionsWithoutResponse).toBe(2);
    expect(d.reason).toContain('pain 7 -> 6, a drop of 1 points against a 2-point threshold');
  });

  it('NRS rule: a 1-point drop in a session stopped early is not a fair test: hold', () => {
    const d = decide(nrs2, remaRate, [r('0.4', { completed: false, stopped: 'nausea' })]);
    expect(d.rule).toBe('titration.hold-response-not-assessed');
    expect(d.dose).toEqual({ value: '0.4', unit: 'mg/kg/h' });
    expect(d.sessionsWithoutResponse).toBe(0);
    expect(d.reason).toContain('stopped early (nausea)');
  });

  it('a session stopped early that still met the criterion counts as a response', () => {
    const d = decide(rema, remaRate, [r('0.2'), r('0.4', { pain: YES, completed: false, stopped: 'patient asked to stop' })]);
    expect(d.rule).toBe('titration.hold-response');
    expect(d.responded).toBe(true);
    expect(d.sessionsWithoutResponse).toBe(0);
    expect(d.dose).toEqual({ value: '0.4', unit: 'mg/kg/h' });
    expect(d.reason).toContain('pain 8 -> 4, 50% relief');
  });

  it('a session stopped early with no reason given says so without inventing one', () => {
    const d = decide(rema, remaRate, [r('0.4', { completed: false })]);
    expect(d.rule).toBe('titration.hold-response-not-assessed');
    expect(d.reason).toContain('the session was stopped early, so it is not a fair test of the dose');
    expect(d.reason).not.toContain('undefined');
  });

  it('a total in mg (not per kg) with the step in g: 40 mg + 0.01 g (10 mg) = 50 mg', () => {
    const d = decide(TOTAL_MG_RULE, TOTAL_MG, [{ dose: '40', param: 'total', unit: 'mg', pain: NO }]);
    expect(d.decision).toBe('escalate');
    expect(d.param).toBe('total');
    expect(d.dose).toEqual({ value: '50', unit: 'mg' });
    expect(d.lastDose).toEqual({ value: '40', unit: 'mg' });
    expect(d.reason).toContain('Escalate by 0.01 g');
  });
});

// ---------------------------------------------------------------------------------------------
// Adverse events named in the reason

describe('decideNextDose: adverse events in the reason', () => {
  it('a step-down names the moderate events only, comma separated', () => {
    const d = decide(rema, remaRate, [
      r('0.2'),
      r('0.4'),
      r('0.6', {
        events: [
          ['nausea', 'moderate'],
          ['fatigue', 'mild'],
          ['dysphoria', 'moderate'],
        ],
      }),
    ]);
    expect(d.rule).toBe('titration.step-down-moderate');
    // 0.6 - 0.2 = 0.4
    expect(d.dose).toEqual({ value: '0.4', unit: 'mg/kg/h' });
    expect(d.reason).toContain('moderate adverse event (nausea, dysphoria)');
    expect(d.reason).not.toContain('fatigue');
  });

  it('a severe stop names every severe event, by session', () => {
    const d = decide(rema, remaRate, [
      r('0.2', {
        events: [
          ['apnoea', 'severe'],
          ['nausea', 'mild'],
        ],
      }),
      r('0.2', { events: [['hallucinations', 'severe']] }),
    ]);
    expect(d.decision).toBe('stop-severe');
    expect(d.dose).toBeUndefined();
    expect(d.reason).toContain('Session 1 (2026-03-02): apnoea; Session 2 (2026-03-03): hallucinations');
    expect(d.reason).not.toContain('nausea');
  });
});

// ---------------------------------------------------------------------------------------------
// Start

describe('decideNextDose: start', () => {
  it('no rule start: no dose, not responded, no sessions counted, the rule as source', () => {
    const d = decide(sanacora, sanacoraTotal, []);
    expect(d.decision).toBe('start');
    expect(d.dose).toBeUndefined();
    expect(d.responded).toBe(false);
    expect(d.sessionsWithoutResponse).toBe(0);
    expect(d.sources).toEqual([sanacora.source]);
  });

  it('a rule start above the protocol maximum: the maximum binds (0.8 -> 0.6 mg/kg/h)', () => {
    const start = { value: '0.8', unit: 'mg/kg/h', source: SRC };
    const d = decide({ ...rema, start }, remaRate, []);
    expect(d.dose).toEqual({ value: '0.6', unit: 'mg/kg/h' });
    expect(d.bound).toBe('maximum');
    expect(d.reason).toContain('start 0.8 mg/kg/h is above the protocol maximum of 0.6 mg/kg/h');
    expect(d.reason).toContain('the maximum binds: 0.6 mg/kg/h');
    expect(d.sources).toEqual([rema.source, SRC]);
  });

  it('a rule start with no protocol maximum is used as it is', () => {
    const start = { value: '0.3', unit: 'mg/kg/h', source: SRC };
    const d = decide({ ...clinic, start }, NO_MAX_RATE, []);
    expect(d.dose).toEqual({ value: '0.3', unit: 'mg/kg/h' });
    expect(d.bound).toBeUndefined();
    expect(d.reason).toContain('start at 0.3 mg/kg/h');
  });
});

// ---------------------------------------------------------------------------------------------
// The last dose given

describe('decideNextDose: the last dose given', () => {
  it('skips an earlier session that recorded only the other parameter, and says which session it used', () => {
    const d = decide(rema, remaRate, [
      r('0.4'),
      { given: { total: { value: '28', unit: 'mg' } }, pain: NO },
      { given: {}, completed: false, stopped: 'line tissued' },
    ]);
    expect(d.rule).toBe('titration.hold-response-not-assessed');
    expect(d.dose).toEqual({ value: '0.4', unit: 'mg/kg/h' });
    expect(d.reason).toContain('0.4 mg/kg/h in Session 1 (2026-03-02) (Session 3 (2026-03-04) recorded no rate)');
  });

  it('a completed last session without the titrated dose: the message names the session', () => {
    const issues = issuesOf(rema, remaRate, [r('0.2'), { given: { total: { value: '28', unit: 'mg' } }, pain: NO }]);
    expect(codes(issues)).toEqual([['titration_dose_not_recorded', ['history', 1, 'given', 'rate']]]);
    expect(issues[0].message).toContain('Session 2 (2026-03-03) recorded none');
  });

  it('a history dose of another kind: the message names the session and the unit', () => {
    const issues = issuesOf(rema, remaRate, [r('20', { unit: 'mg/h' })]);
    expect(codes(issues)).toEqual([['titration_unit_mismatch', ['history', 0, 'given', 'rate', 'unit']]]);
    expect(issues[0].message).toContain('Session 1 (2026-03-02) is in mg/h');
    expect(issues[0].expected).toBe('mg/kg/h');
    expect(issues[0].received).toBe('mg/h');
  });
});

// ---------------------------------------------------------------------------------------------
// Severe events with a clinician's clearance

describe('decideNextDose: severe event cleared by a clinician', () => {
  const cleared = { clinicianClearance: { reason: 'Reviewed by Dr B' } };

  it('a session with a moderate event is not a tolerated dose', () => {
    // Session 2 (0.4) had a moderate event, session 3 (0.4) a severe one: the last tolerated is 0.2.
    const d = decide(rema, remaRate, [r('0.2'), r('0.4', { events: [['nausea', 'moderate']] }), r('0.4', { events: [['apnoea', 'severe']] })], cleared);
    expect(d.rule).toBe('titration.hold-after-severe-cleared');
    expect(d.dose).toEqual({ value: '0.2', unit: 'mg/kg/h' });
    expect(d.lastDose).toEqual({ value: '0.4', unit: 'mg/kg/h' });
    expect(d.bound).toBeUndefined();
    expect(d.reason).toContain('"Reviewed by Dr B"');
    // 0.2 (tolerated) is below 0.4 (last given), so nothing lowers it: the sentence ends at the tolerated dose.
    expect(d.reason).toContain('last tolerated dose, 0.2 mg/kg/h in Session 1 (2026-03-02). No escalation after a severe event.');
    expect(d.reason).not.toContain('lowered');
  });

  it('a tolerated dose above the last given is lowered to the last given (0.4 -> 0.2)', () => {
    const d = decide(rema, remaRate, [r('0.4'), r('0.2', { events: [['apnoea', 'severe']] })], cleared);
    expect(d.dose).toEqual({ value: '0.2', unit: 'mg/kg/h' });
    expect(d.lastDose).toEqual({ value: '0.2', unit: 'mg/kg/h' });
    expect(d.bound).toBeUndefined();
    expect(d.reason).toContain('last tolerated dose, 0.4 mg/kg/h in Session 1 (2026-03-02), lowered to 0.2 mg/kg/h, the last dose given');
  });

  it('a tolerated dose above the protocol maximum is lowered to it (0.8 -> 0.6)', () => {
    const d = decide(rema, remaRate, [r('0.8'), r('0.8', { events: [['apnoea', 'severe']] })], cleared);
    expect(d.dose).toEqual({ value: '0.6', unit: 'mg/kg/h' });
    expect(d.lastDose).toEqual({ value: '0.8', unit: 'mg/kg/h' });
    expect(d.bound).toBe('maximum');
    expect(d.reason).toContain('lowered to 0.6 mg/kg/h, the protocol maximum of 0.6 mg/kg/h');
  });

  it('with no protocol maximum, holds at the tolerated dose', () => {
    const d = decide(clinic, NO_MAX_RATE, [r('0.3'), r('0.4', { events: [['apnoea', 'severe']] })], cleared);
    expect(d.rule).toBe('titration.hold-after-severe-cleared');
    expect(d.dose).toEqual({ value: '0.3', unit: 'mg/kg/h' });
    expect(d.bound).toBeUndefined();
  });

  it('a tolerated session whose dose is of another kind is a unit mismatch', () => {
    const issues = issuesOf(rema, remaRate, [r('20', { unit: 'mg/h' }), r('0.2', { events: [['apnoea', 'severe']] })], cleared);
    expect(codes(issues)).toEqual([['titration_unit_mismatch', ['history', 0, 'given', 'rate', 'unit']]]);
  });

  it('a completed last session without the titrated dose: dose not recorded', () => {
    const issues = issuesOf(rema, remaRate, [r('0.2'), { given: { total: { value: '28', unit: 'mg' } }, pain: NO, events: [['apnoea', 'severe']] }], cleared);
    expect(codes(issues)).toEqual([['titration_dose_not_recorded', ['history', 1, 'given', 'rate']]]);
  });

  it('no tolerated dose: the message names the severe events and leaves the dose to the clinician', () => {
    const issues = issuesOf(rema, remaRate, [r('0.2', { events: [['apnoea', 'severe']] })], cleared);
    expect(codes(issues)).toEqual([['titration_no_tolerated_dose', ['history']]]);
    expect(issues[0].message).toContain('Session 1 (2026-03-02): apnoea');
    expect(issues[0].message).toContain('The clinician must choose the dose');
  });
});

// ---------------------------------------------------------------------------------------------
// Step-down after a moderate event

describe('decideNextDose: step-down', () => {
  const moderate: Partial<S> = { events: [['dysphoria', 'moderate']] };

  it("uses the rule's own stepDown, not the step: 0.6 - 0.1 = 0.5", () => {
    const stepDown = { value: '0.1', unit: 'mg/kg/h', source: SRC };
    const d = decide({ ...rema, stepDown }, remaRate, [r('0.2'), r('0.6', moderate)]);
    expect(d.rule).toBe('titration.step-down-moderate');
    expect(d.dose).toEqual({ value: '0.5', unit: 'mg/kg/h' });
    expect(d.lastDose).toEqual({ value: '0.6', unit: 'mg/kg/h' });
    expect(d.bound).toBeUndefined();
    expect(d.reason).toContain('Step down by 0.1 mg/kg/h from the last dose, 0.6 mg/kg/h in Session 2 (2026-03-03): 0.5 mg/kg/h.');
    expect(d.reason).not.toContain('start binds');
    expect(d.reason).not.toContain('protocol maximum');
    expect(d.sources).toEqual([rema.source, SRC]);
  });

  it("at the start: 0.2 - 0.2 = 0 is below the rule's start, the dose stays at 0.2 and the clinician should review", () => {
    const d = decide(rema, remaRate, [r('0.2', moderate)]);
    expect(d.dose).toEqual({ value: '0.2', unit: 'mg/kg/h' });
    expect(d.bound).toBe('start');
    expect(d.reason).toContain("0 mg/kg/h would be below the rule's start dose, 0.2 mg/kg/h");
    expect(d.reason).toContain('the dose stays at the last dose, 0.2 mg/kg/h');
    expect(d.reason).toContain('Review whether to continue');
  });

  it("above the start: 0.3 - 0.2 = 0.1 is below the rule's start, so 0.2 (not the first dose, 0.3)", () => {
    const d = decide(rema, remaRate, [r('0.3'), r('0.3', moderate)]);
    expect(d.dose).toEqual({ value: '0.2', unit: 'mg/kg/h' });
    expect(d.bound).toBe('start');
    expect(d.reason).toContain("0.1 mg/kg/h would be below the rule's start dose, 0.2 mg/kg/h, so the start binds: 0.2 mg/kg/h.");
    expect(d.reason).not.toContain('Review whether to continue');
  });

  it("the rule's start is the floor even when the protocol states its own value", () => {
    // Floor 0.2 (rule), not 0.4 (protocol): 0.3 - 0.2 = 0.1 -> 0.2. With 0.4 as the floor it would stay at 0.3.
    const d = decide(rema, { ...remaRate, value: '0.4' }, [r('0.3', moderate)]);
    expect(d.dose).toEqual({ value: '0.2', unit: 'mg/kg/h' });
    expect(d.bound).toBe('start');
    expect(d.reason).toContain("the rule's start dose, 0.2 mg/kg/h");
  });

  it("no rule start: the protocol's own value is the floor (0.6 - 0.25 = 0.35 -> 0.5 mg/kg)", () => {
    const d = decide(sanacora, sanacoraTotal, [{ dose: '0.6', param: 'total', unit: 'mg/kg', relief: 10, events: [['dissociation', 'moderate']] }]);
    expect(d.dose).toEqual({ value: '0.5', unit: 'mg/kg' });
    expect(d.bound).toBe('start');
    expect(d.reason).toContain("0.35 mg/kg would be below the protocol's own dose, 0.5 mg/kg, so the start binds: 0.5 mg/kg.");
  });

  it('no start anywhere: the first recorded dose is the floor, skipping a session stopped before anything ran', () => {
    // Session 1 gave nothing; session 2's 0.3 is the floor: 0.4 - 0.2 = 0.2 -> 0.3.
    const d = decide(clinic, clinicRate, [{ given: {}, completed: false, stopped: 'BP 190/110 before start' }, r('0.3'), r('0.4', moderate)]);
    expect(d.dose).toEqual({ value: '0.3', unit: 'mg/kg/h' });
    expect(d.bound).toBe('start');
    expect(d.reason).toContain('the first dose of the course (Session 2 (2026-03-03)), 0.3 mg/kg/h');
  });

  it('a first dose of another kind cannot be the floor: unit mismatch', () => {
    const issues = issuesOf(clinic, clinicRate, [r('20', { unit: 'mg/h' }), r('0.4', moderate)]);
    expect(codes(issues)).toEqual([['titration_unit_mismatch', ['history', 0, 'given', 'rate', 'unit']]]);
  });

  it('from above the maximum: 1 - 0.2 = 0.8 is still above 0.6, so the maximum binds', () => {
    const d = decide(rema, remaRate, [r('1', moderate)]);
    expect(d.dose).toEqual({ value: '0.6', unit: 'mg/kg/h' });
    expect(d.lastDose).toEqual({ value: '1', unit: 'mg/kg/h' });
    expect(d.bound).toBe('maximum');
    // The reason states the dose after the cap (0.6), then that the maximum bound it.
    expect(d.reason).toContain('from the last dose, 1 mg/kg/h in Session 1 (2026-03-02): 0.6 mg/kg/h. The protocol maximum of 0.6 mg/kg/h binds.');
  });

  it('with no protocol maximum: 0.5 - 0.2 = 0.3, exactly the first dose, so no bound', () => {
    const d = decide(clinic, NO_MAX_RATE, [r('0.3'), r('0.5', moderate)]);
    expect(d.rule).toBe('titration.step-down-moderate');
    expect(d.dose).toEqual({ value: '0.3', unit: 'mg/kg/h' });
    expect(d.bound).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// Hold

describe('decideNextDose: hold', () => {
  it('on a response: says who responded and the dose held', () => {
    const d = decide(rema, remaRate, [r('0.2', { pain: YES })]);
    expect(d.rule).toBe('titration.hold-response');
    expect(d.reason).toContain('Session 1 (2026-03-02) responded (pain 8 -> 4, 50% relief');
    expect(d.reason).toMatch(/Hold at the last dose, 0\.2 mg\/kg\/h in Session 1 \(2026-03-02\)\.$/);
    expect(d.sources).toEqual([rema.source, rema.response.source]);
  });

  it('on a response at a dose above the maximum: lowered to the maximum (0.8 -> 0.6)', () => {
    const d = decide(rema, remaRate, [r('0.8', { pain: YES })]);
    expect(d.rule).toBe('titration.hold-response');
    expect(d.dose).toEqual({ value: '0.6', unit: 'mg/kg/h' });
    expect(d.lastDose).toEqual({ value: '0.8', unit: 'mg/kg/h' });
    expect(d.bound).toBe('maximum');
    expect(d.reason).toContain('lowered to the protocol maximum of 0.6 mg/kg/h');
  });

  it('on a response with no protocol maximum: holds the dose given', () => {
    const d = decide(clinic, NO_MAX_RATE, [r('0.35', { pain: YES })]);
    expect(d.rule).toBe('titration.hold-response');
    expect(d.dose).toEqual({ value: '0.35', unit: 'mg/kg/h' });
    expect(d.bound).toBeUndefined();
  });

  it('at the maximum without response: says it holds at the maximum', () => {
    const d = decide(rema, remaRate, [r('0.6')]);
    expect(d.rule).toBe('titration.hold-at-maximum');
    expect(d.reason).toContain('hold at the maximum, 0.6 mg/kg/h');
    expect(d.sources).toEqual([rema.source, rema.response.source, remaRate.source]);
  });
});

// ---------------------------------------------------------------------------------------------
// Futility

describe('decideNextDose: futility', () => {
  it('futilityAfter 1: one session without response stops (singular), citing the futility source', () => {
    const d = decide({ ...rema, futilityAfter: 1, futilitySource: FUTILITY_SRC }, remaRate, [r('0.2')]);
    expect(d.decision).toBe('stop-futile');
    expect(d.dose).toBeUndefined();
    expect(d.sessionsWithoutResponse).toBe(1);
    expect(d.reason).toContain('1 assessed session in a row without a response');
    expect(d.reason).toContain('stops after 1');
    expect(d.sources).toEqual([rema.source, rema.response.source, FUTILITY_SRC]);
  });

  it('a futility rule without its own source cites only the rule and the response criterion', () => {
    const d = decide({ ...rema, futilityAfter: 2 }, remaRate, [r('0.2'), r('0.4')]);
    expect(d.decision).toBe('stop-futile');
    expect(d.reason).toContain('2 assessed sessions in a row');
    expect(d.sources).toEqual([rema.source, rema.response.source]);
  });
});

// ---------------------------------------------------------------------------------------------
// Escalation

describe('decideNextDose: escalate', () => {
  it('0.2 + 0.2 = 0.4: the step and where it starts from, with the rule, step and response sources', () => {
    const d = decide(rema, remaRate, [r('0.2')]);
    expect(d.rule).toBe('titration.escalate');
    expect(d.dose).toEqual({ value: '0.4', unit: 'mg/kg/h' });
    expect(d.lastDose).toEqual({ value: '0.2', unit: 'mg/kg/h' });
    expect(d.reason).toContain('Escalate by 0.2 mg/kg/h from 0.2 mg/kg/h in Session 1 (2026-03-02): 0.4 mg/kg/h.');
    expect(d.sources).toEqual([rema.source, rema.step.source, rema.response.source]);
  });

  it('0.5 + 0.2 = 0.7 > 0.6: capped, and the protocol parameter is cited too', () => {
    const d = decide(rema, remaRate, [r('0.5')]);
    expect(d.dose).toEqual({ value: '0.6', unit: 'mg/kg/h' });
    expect(d.bound).toBe('maximum');
    expect(d.sources).toEqual([rema.source, rema.step.source, rema.response.source, remaRate.source]);
  });

  it('no protocol maximum: the message says why it will not escalate', () => {
    const issues = issuesOf(clinic, NO_MAX_RATE, [r('0.3')]);
    expect(codes(issues)).toEqual([['titration_maximum_required', ['protocol', 'rate', 'max']]]);
    expect(issues[0].message).toContain('Session 1 (2026-03-02) did not respond');
    expect(issues[0].message).toContain('states no maximum rate');
  });
});
