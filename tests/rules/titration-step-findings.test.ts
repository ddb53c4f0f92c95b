// Issue 16 item 1 (src/pipeline/titration-step.ts): what the titration step does with the history,
// pinned through planInfusion on the built-in catalogue. A stop of the engine refuses at ['history']
// with its own code (stop-severe or stop-futile); a severe event in this protocol's own course is the
// engine's to judge, not the history rule's; a cleared severe event with the agent under another
// protocol turns an escalation, and only an escalation, into a hold at the last dose; a decision the
// engine cannot make refuses with the engine's issue; an entry under an unknown protocol is refused
// word for word. Every expected text is built by hand from the templates in src/titration
// (response.ts, severe.ts, escalate.ts, wording.ts, course.ts), src/pipeline/titration-step.ts and
// the titration rules in src/protocols/titration-rules.ts.
import { describe, expect, it } from 'vitest';
import { planInfusion } from '../support/untyped.js';

type Json = Record<string, unknown>;
const patient = { weight: { value: 70, unit: 'kg' } };

// Rema 2012 (reference P7): rate 0.2 -> 0.4 -> 0.6 mg/kg/h, step +0.2 mg/kg/h, response >= 30% relief
// (borrowed from Schwartzman), no futility rule. The bag volume is the clinician's (250 mL here).
const REMA = 'ketamine-escalation-rema-2012';
const rema = (session: number, date: string, extra: Json = {}) => ({
  date,
  protocol: REMA,
  session,
  given: { rate: { value: 0.2, unit: 'mg/kg/h' } },
  reliefPercent: 0,
  completed: true,
  ...extra,
});
const remaPlan = (session: number, date: string, history: unknown[], extra: Json = {}) =>
  planInfusion({ patient, protocol: REMA, session, date, history, preparation: { containerVolume: { value: 250, unit: 'mL' } }, ...extra });
const severe = { adverseEvents: [{ kind: 'hypertension', severity: 'severe' }] };
const cleared = { titration: { clearance: { reason: 'BP controlled, reviewed by Dr A' } } };
// Ketamine under another protocol (Schwartzman 2009), with a severe event.
const schwartzmanSevere = (date: string) => ({
  date,
  protocol: 'ketamine-crps-schwartzman-2009',
  session: 1,
  given: { rate: { value: 0.35, unit: 'mg/kg/h' } },
  ...severe,
  completed: true,
});

describe('a stop of the titration engine refuses the plan at the history, with its own code', () => {
  /** A completed Sanacora 2017 session of 0.5 mg/kg with a recorded 10% response. */
  const san = (session: number, date: string) => ({
    date,
    protocol: 'ketamine-depression-sanacora-2017',
    session,
    given: { total: { value: 0.5, unit: 'mg/kg' } },
    reliefPercent: 10,
    completed: true,
  });

  it('Sanacora 2017, three sessions without a response: titration_stop_futile at ["history"], its reason as the message', () => {
    // DEPRESSION_SANACORA_2017_TITRATION: response >= 50% (recorded MADRS reduction, reliefPercent), futilityAfter 3.
    // Sessions 1-3 each recorded 10% < 50%: 3 assessed sessions in a row without a response, 3 >= 3, so rule 5 stops.
    const r = planInfusion({
      patient,
      protocol: 'ketamine-depression-sanacora-2017',
      session: 4,
      date: '2026-03-09',
      history: [san(1, '2026-03-02'), san(2, '2026-03-04'), san(3, '2026-03-06')],
    });
    expect(r.ok).toBe(false);
    const issues = r.ok ? [] : r.issues;
    // Template (response.ts decideStopFutile): "<n> assessed session<s> in a row without a response (the last:
    // <assessment>); the rule stops after <futilityAfter>. No dose is proposed."; assessment (assess.ts):
    // "recorded response <pct>% against a <threshold>% threshold".
    expect(issues.map((i) => [i.code, i.path, i.message, i.rule])).toEqual([
      [
        'titration_stop_futile',
        ['history'],
        '3 assessed sessions in a row without a response (the last: recorded response 10% against a 50% threshold); the rule stops after 3. No dose is proposed.',
        'titration.stop-futile',
      ],
    ]);
  });

  it('Sanacora 2017, two sessions without a response: not yet futile (2 < 3), the plan goes on', () => {
    const r = planInfusion({
      patient,
      protocol: 'ketamine-depression-sanacora-2017',
      session: 3,
      date: '2026-03-06',
      history: [san(1, '2026-03-02'), san(2, '2026-03-04')],
    });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
  });

  it('Rema, a severe event in its own course without clearance: titration_stop_severe at ["history"], not the history rule', () => {
    // Session 2 (0.4 mg/kg/h) had a severe hypertension; rule 2 stops without a clearance. The event is of this
    // protocol's own course, so the engine judges it: the refusal is the engine's alone.
    const r = remaPlan(3, '2026-03-04', [rema(1, '2026-03-02'), rema(2, '2026-03-03', { given: { rate: { value: 0.4, unit: 'mg/kg/h' } }, ...severe })]);
    // Template (severe.ts stopSevere): "A severe adverse event was recorded (<label>: <kinds>). Titration stops; no dose
    // is proposed. A clinician may clear the patient to continue, with a reason, to hold at the last tolerated dose."
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.message, i.rule])).toEqual([
      [
        'titration_stop_severe',
        ['history'],
        'A severe adverse event was recorded (Session 2 (2026-03-03): hypertension). Titration stops; no dose is proposed. A clinician may clear the patient to continue, with a reason, to hold at the last tolerated dose.',
        'titration.stop-severe',
      ],
    ]);
  });
});

describe("a severe event in the protocol's own course is the engine's, not the history rule's", () => {
  it('Rema, cleared: the engine holds at the last tolerated dose and the history rule adds no severe_event note', () => {
    // Last tolerated dose: session 1, 0.2 mg/kg/h; last given 0.4 mg/kg/h; min(0.2, 0.4) = 0.2 mg/kg/h.
    const r = remaPlan(
      3,
      '2026-03-04',
      [rema(1, '2026-03-02'), rema(2, '2026-03-03', { given: { rate: { value: 0.4, unit: 'mg/kg/h' } }, ...severe })],
      cleared,
    );
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    expect([r.plan.titration?.rule, r.plan.titration?.dose, r.plan.titration?.lastDose]).toEqual([
      'titration.hold-after-severe-cleared',
      { value: '0.2', unit: 'mg/kg/h' },
      { value: '0.4', unit: 'mg/kg/h' },
    ]);
    // The engine's reason records the clearance; the history rule judges only events under other protocols.
    const codes = r.plan.checks.map((c) => c.code);
    expect(codes.filter((c) => c === 'severe_event_cleared' || c === 'severe_event_needs_clearance')).toEqual([]);
  });

  it('the same event under Schwartzman (another ketamine protocol), cleared: the history rule notes it', () => {
    const r = remaPlan(2, '2026-03-03', [schwartzmanSevere('2026-03-01'), rema(1, '2026-03-02')], cleared);
    expect(r.ok && r.plan.checks.filter((c) => c.code === 'severe_event_cleared').map((c) => [c.severity, c.passed])).toEqual([['info', false]]);
  });
});

describe('after a cleared severe event under another protocol, an escalation holds at the last dose', () => {
  it('Rema session 1 tolerated without a response would escalate 0.2 -> 0.4; it holds at 0.2 mg/kg/h instead', () => {
    const r = remaPlan(2, '2026-03-03', [schwartzmanSevere('2026-03-01'), rema(1, '2026-03-02')], cleared);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    const t = r.plan.titration;
    // The escalation (escalate.ts): 0.2 + 0.2 = 0.4 mg/kg/h <= max 0.6, reason "<label> was tolerated without a response
    // (<assessment>). Escalate by <step> from <last given>: <dose>."; noEscalation (titration-step.ts) keeps that reason and
    // adds its own sentence, with the last dose given, 0.2 mg/kg/h, as the dose and the rule hold-after-severe-cleared.
    expect([t?.decision, t?.dose, t?.lastDose, t?.rule, t?.reason]).toEqual([
      'hold',
      { value: '0.2', unit: 'mg/kg/h' },
      { value: '0.2', unit: 'mg/kg/h' },
      'titration.hold-after-severe-cleared',
      'Session 1 (2026-03-02) was tolerated without a response (recorded response 0% against a 30% threshold). ' +
        'Escalate by 0.2 mg/kg/h from 0.2 mg/kg/h in Session 1 (2026-03-02): 0.4 mg/kg/h. ' +
        'A severe adverse event with this agent is recorded under another protocol and was cleared by a clinician: ' +
        'no escalation after a severe event, so the dose holds at the last dose given, 0.2 mg/kg/h.',
    ]);
    expect(t !== undefined && 'bound' in t).toBe(false);
    // The plan doses what the decision says: 0.2 mg/kg/h x 70 kg = 14 mg/h.
    expect(r.plan.agents[0]?.doseRate).toEqual({ value: '14', unit: 'mg/h' });
  });

  it('a hold on a response is not an escalation: it keeps its own rule and reason', () => {
    // Session 1 recorded 40% >= 30%: rule 4 holds at the last dose, 0.2 mg/kg/h (response.ts decideHoldOnResponse).
    const r = remaPlan(2, '2026-03-03', [schwartzmanSevere('2026-03-01'), rema(1, '2026-03-02', { reliefPercent: 40 })], cleared);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    const t = r.plan.titration;
    // Template: "<label> responded (<assessment>) with no moderate or severe adverse event. Hold at the last dose, <last given>."
    expect([t?.decision, t?.dose, t?.lastDose, t?.rule, t?.reason]).toEqual([
      'hold',
      { value: '0.2', unit: 'mg/kg/h' },
      { value: '0.2', unit: 'mg/kg/h' },
      'titration.hold-response',
      'Session 1 (2026-03-02) responded (recorded response 40% against a 30% threshold) with no moderate or severe adverse event. Hold at the last dose, 0.2 mg/kg/h in Session 1 (2026-03-02).',
    ]);
  });
});

describe("a decision the engine cannot make refuses with the engine's issue", () => {
  it('Rema, cleared after a severe event in the only session: no tolerated dose, titration_no_tolerated_dose', () => {
    // Session 1 had the severe event, so no session recorded a rate without a moderate or severe event (severe.ts).
    const r = remaPlan(2, '2026-03-03', [rema(1, '2026-03-02', severe)], cleared);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'titration_no_tolerated_dose',
        ['history'],
        'A clinician cleared the patient after a severe adverse event (Session 1 (2026-03-02): hypertension), but no earlier session recorded a rate given without a moderate or severe event. The clinician must choose the dose.',
      ],
    ]);
  });
});

describe('a history entry under a protocol the catalogue does not hold', () => {
  it('is refused word for word at its protocol', () => {
    const r = remaPlan(2, '2026-01-09', [{ ...rema(1, '2026-01-05'), protocol: 'ketamine-elsewhere' }]);
    // Template (titration-step.ts unknownProtocols): 'History entry <i> names the protocol "<id>", which catalogue
    // <catalogue id> does not hold, so its agent and dose cannot be counted. Record it under a catalogue protocol.'
    expect(r.ok ? [] : r.issues).toEqual([
      {
        code: 'unknown_protocol',
        path: ['history', 0, 'protocol'],
        message:
          'History entry 0 names the protocol "ketamine-elsewhere", which catalogue infusion-dose/builtin does not hold, so its agent and dose cannot be counted. Record it under a catalogue protocol.',
      },
    ]);
  });
});
