// The dose's working in the trace (src/present/trace-dose.ts), worked by hand from the protocol
// records: the parameters as stated, the ordered dose of each regimen with the value it derives, and
// a protocol cap that binds or does not. Written from the Stryker survivors of src/present.
import { describe, expect, it } from 'vitest';
import { planInfusion } from '../support/untyped.js';
import { fooLidocaine70, schwartzman70 } from '../support/orders.js';
import { LOCAL_POLICY, builtinAsJson, calculatorOf } from '../support/catalogue-json.js';
import { q, stepOf, traceOf } from '../support/trace.js';
const kg = (value: number) => ({ weight: { value, unit: 'kg' } });
// RCH doses on ideal weight, actual when lower: 180 cm man, IBW 74.992126 kg > 70, so 70 kg.
const RCH_PATIENT = { weight: { value: 70, unit: 'kg' }, height: { value: 180, unit: 'cm' }, sex: 'male' };

describe('the ordered dose of each regimen', () => {
  it('rate and duration (Schwartzman, 70 kg): 0.35 x 70 = 24.5 mg/h for 4 h = 98 mg, the total derived', () => {
    const trace = traceOf(schwartzman70());
    expect(stepOf(trace, 'dose.ordered')).toEqual({
      step: 'dose.ordered',
      description: 'Ordered dose (rate-duration; total derived)',
      formula: 'mg = mg/h x h; mg/h = mg/kg/h x kg for a per-kg rate',
      inputs: { dosingWeight: q('70', 'kg') },
      result: '24.5 mg/h for 4 h = 98 mg',
    });
    expect(stepOf(trace, 'dose.rate')).toMatchObject({
      description: 'rate from the protocol',
      inputs: { stated: q('0.35', 'mg/kg/h') },
      result: q('0.35', 'mg/kg/h'),
    });
  });

  it('total and duration (Sanacora, 70 kg): 0.5 x 70 = 35 mg over 40 min = 52.5 mg/h, the rate derived', () => {
    // 40 min = 0.666667 h; 35 mg / (40/60 h) = 52.5 mg/h
    expect(stepOf(traceOf({ patient: kg(70), protocol: 'ketamine-depression-sanacora-2017', session: 1 }), 'dose.ordered')).toMatchObject({
      description: 'Ordered dose (total-duration; rate derived)',
      formula: 'mg/h = mg / h; mg = mg/kg x kg for a per-kg dose',
      result: '52.5 mg/h for 0.666667 h = 35 mg',
    });
  });

  it('total and rate (RCH lidocaine, 70 kg): 5 mg/kg = 350 mg at 75 mcg/kg/min = 315 mg/h, the duration derived', () => {
    // 75 x 70 x 60 / 1000 = 315 mg/h; 350 / 315 = 1.111111 h
    const trace = traceOf({
      patient: RCH_PATIENT,
      protocol: 'lidocaine-chronic-pain-rch',
      session: 1,
      dose: { total: { value: 5, unit: 'mg/kg' }, rate: { value: 75, unit: 'ug/kg/min' } },
    });
    expect(stepOf(trace, 'dose.ordered')).toMatchObject({
      description: 'Ordered dose (total-rate; duration derived)',
      formula: 'h = mg / (mg/h); mg = mg/kg x kg, mg/h = mg/kg/h x kg for per-kg values',
      result: '315 mg/h for 1.111111 h = 350 mg',
    });
    expect(stepOf(trace, 'dose.rate')).toMatchObject({ description: 'rate from the clinician', inputs: { stated: q('75', 'ug/kg/min') } });
  });
});

describe('a protocol cap', () => {
  it('on the rate: 0.35 x 80 = 28 mg/h binds at 25 mg/h; 0.35 x 70 = 24.5 mg/h does not', () => {
    const at = (w: number) => stepOf(traceOf({ patient: kg(w), protocol: 'ketamine-crps-schwartzman-2009', session: 1 }), 'cap.schwartzman.rate-cap');
    expect(at(80)).toEqual({
      step: 'cap.schwartzman.rate-cap',
      description: 'Protocol cap 25 mg/h binds',
      formula: 'capped = min(uncapped, cap)',
      inputs: { uncapped: q('28', 'mg/h'), cap: q('25', 'mg/h') },
      result: q('25', 'mg/h'),
    });
    expect(at(70)).toMatchObject({ description: 'Protocol cap 25 mg/h does not bind', inputs: { uncapped: q('24.5', 'mg/h') }, result: q('24.5', 'mg/h') });
  });

  it('on the session: 7.5 mg/kg x 70 = 525 mg binds at 500 mg, in mg', () => {
    const trace = traceOf({
      patient: RCH_PATIENT,
      protocol: 'lidocaine-chronic-pain-rch',
      session: 1,
      dose: { total: { value: '7.5', unit: 'mg/kg' }, rate: { value: 75, unit: 'ug/kg/min' } },
    });
    expect(stepOf(trace, 'cap.rch.total-cap')).toMatchObject({
      description: 'Protocol cap 500 mg binds',
      inputs: { uncapped: q('525', 'mg'), cap: q('500', 'mg') },
      result: q('500', 'mg'),
    });
  });
});

describe('a protocol cap per kg', () => {
  // A local cap of 0.3 mg/kg/h on Schwartzman at 70 kg: 0.3 x 70 = 21 mg/h; the rate 0.35 x 70 = 24.5
  // mg/h (under the 25 mg/h cap) binds at 21 mg/h. A per-kg rate cap is a rate: worked and shown in mg/h.
  const cat = builtinAsJson();
  const schwartzman = cat['protocols'].find((p: { id: string }) => p.id === 'ketamine-crps-schwartzman-2009');
  schwartzman['caps'].push({ id: 'local.rate-cap-per-kg', value: '0.3', unit: 'mg/kg/h', source: LOCAL_POLICY });
  const catalogue = calculatorOf(cat).catalogue;

  it('is worked in mg/h in the trace', () => {
    expect(stepOf(traceOf(schwartzman70(), catalogue), 'cap.local.rate-cap-per-kg')).toEqual({
      step: 'cap.local.rate-cap-per-kg',
      description: 'Protocol cap 0.3 mg/kg/h binds',
      formula: 'capped = min(uncapped, cap)',
      inputs: { uncapped: q('24.5', 'mg/h'), cap: q('21', 'mg/h') },
      result: q('21', 'mg/h'),
    });
  });

  it("is shown in mg/h in the plan's caps", () => {
    const r = planInfusion(schwartzman70(), catalogue);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.plan.agents[0]?.caps.find((c) => c.id === 'local.rate-cap-per-kg')).toMatchObject({
      limit: q('21', 'mg/h'),
      uncapped: q('24.5', 'mg/h'),
      bound: true,
    });
  });
});

describe('a loading dose', () => {
  it('per kg (Foo 2021, 70 kg): 1.5 mg/kg x 70 kg = 105 mg over 10 min', () => {
    expect(stepOf(traceOf(fooLidocaine70()), 'dose.loading')).toEqual({
      step: 'dose.loading',
      description: 'Loading dose from the protocol, over 10 min',
      formula: 'mg = mg/kg x kg',
      inputs: { stated: q('1.5', 'mg/kg'), dosingWeight: q('70', 'kg') },
      result: q('105', 'mg'),
    });
  });
});

describe('the titration decision', () => {
  // Rema 2012 escalates 0.2 mg/kg/h a day: after one session at 0.2 mg/kg/h with 0% relief (no
  // response, no event), the next is 0.2 + 0.2 = 0.4 mg/kg/h.
  const remaSession = {
    date: '2026-01-05',
    protocol: 'ketamine-escalation-rema-2012',
    session: 1,
    given: { rate: { value: 0.2, unit: 'mg/kg/h' } },
    reliefPercent: 0,
    completed: true,
  };
  const rema = {
    patient: { weight: { value: 70, unit: 'kg' } },
    protocol: 'ketamine-escalation-rema-2012',
    preparation: { containerVolume: { value: 250, unit: 'mL' } },
    session: 2,
    date: '2026-01-06',
    history: [remaSession],
  };

  it('an escalation: the last dose in, the next dose out', () => {
    expect(stepOf(traceOf(rema), 'titration')).toEqual({
      step: 'titration',
      description: 'Titration from 1 earlier session(s): escalate (titration.escalate)',
      inputs: { lastDose: q('0.2', 'mg/kg/h') },
      result: q('0.4', 'mg/kg/h'),
    });
  });

  it('a start with no rule start dose (Sanacora, a history of another protocol only): no last dose, no dose', () => {
    const other = {
      date: '2026-01-01',
      protocol: 'ketamine-crps-schwartzman-2009',
      session: 1,
      given: { rate: { value: 0.35, unit: 'mg/kg/h' } },
      completed: true,
    };
    const trace = traceOf({ patient: kg(70), protocol: 'ketamine-depression-sanacora-2017', session: 1, date: '2026-01-06', history: [other] });
    expect(stepOf(trace, 'titration')).toEqual({
      step: 'titration',
      description: 'Titration from 0 earlier session(s): start (titration.start)',
      inputs: {},
      result: 'no dose',
    });
  });
});
