// The dose's working in the trace (src/present/trace-dose.ts), worked by hand from the protocol
// records: the parameters as stated, the ordered dose of each regimen with the value it derives, and
// a protocol cap that binds or does not. Written from the Stryker survivors of src/present.
import { describe, expect, it } from 'vitest';
import { schwartzman70 } from '../support/orders.js';
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
