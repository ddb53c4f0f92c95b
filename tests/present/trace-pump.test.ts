// The pump's working in the trace (src/present/trace-pump.ts), worked by hand from the protocol
// records: each segment's rate (title, formula, inputs, result), volume, duration and the dose it
// delivers. Written from the Stryker survivors of src/present (the trace files scored lowest).
import { describe, expect, it } from 'vitest';
import { fooLidocaine70, schwartzman70 } from '../support/orders.js';
import { q, stepOf, traceOf } from '../support/trace.js';

describe('a whole bag: one segment', () => {
  // Schwartzman at 70 kg: 0.35 mg/kg/h x 70 = 24.5 mg/h (under the 25 mg/h cap) x 4 h = 98 mg, made
  // up to 100 mL (withdraw-equal): 0.98 mg/mL; 100 mL / 4 h = 25 mL/h; 100 mL / 25 mL/h = 4 h = 240
  // min; 25 mL/h x 0.98 mg/mL = 24.5 mg/h, 100 mL x 0.98 = 98 mg.
  const trace = traceOf(schwartzman70());
  const step = (id: string) => stepOf(trace, id);

  it('the rate is the final volume over the hours', () => {
    expect(step('pump.rate')).toMatchObject({
      description: 'Pump rate',
      formula: 'mL/h = final mL / h',
      inputs: { volume: q('100', 'mL'), duration: q('4', 'h') },
      result: q('25', 'mL/h'),
      rounding: { exact: q('25', 'mL/h'), increment: q('0.1', 'mL/h') },
    });
  });

  it('the duration at the rounded rate and the dose it delivers', () => {
    expect(step('pump.duration')).toEqual({
      step: 'pump.duration',
      description: 'Duration at the rounded rate',
      formula: 'min = mL / (mL/h) x 60',
      inputs: { volume: q('100', 'mL'), rate: q('25', 'mL/h') },
      result: q('240', 'min'),
    });
    expect(step('pump.delivered')).toEqual({
      step: 'pump.delivered',
      description: 'Dose delivered at the rounded rate',
      formula: 'mg/h = mL/h x mg/mL; mg = mL x mg/mL',
      inputs: { rate: q('25', 'mL/h'), concentration: q('0.98', 'mg/mL') },
      result: '24.5 mg/h; 98 mg',
    });
  });
});

describe('a standard concentration with a loading dose: two segments', () => {
  // Foo 2021 at 70 kg (175 cm man, IBW 70.464567 > 70, so 70 kg), from the 4 mg/mL premix:
  // loading 1.5 mg/kg x 70 = 105 mg over 10 min = 630 mg/h; 630 / 4 = 157.5 mL/h.
  const trace = traceOf(fooLidocaine70());
  const step = (id: string) => stepOf(trace, id);

  it('each segment is named with its kind, and its rate is the dose rate over the concentration', () => {
    expect(step('pump.segment1.rate')).toMatchObject({
      description: 'Segment 1 (loading) pump rate',
      formula: 'mL/h = (mg/h) / (mg/mL)',
      inputs: { doseRate: q('630', 'mg/h'), concentration: q('4', 'mg/mL') },
      result: q('157.5', 'mL/h'),
    });
    expect(step('pump.segment2.rate')).toMatchObject({ description: 'Segment 2 (maintenance) pump rate', formula: 'mL/h = (mg/h) / (mg/mL)' });
    expect(step('pump.rate')).toBeUndefined();
  });

  it('the loading volume: 105 mg / 4 mg/mL = 26.25 mL', () => {
    expect(step('pump.segment1.volume')).toMatchObject({
      description: 'Volume to be infused',
      formula: 'mL = mg / (mg/mL), to the pump volume resolution',
      inputs: { dose: q('105', 'mg'), concentration: q('4', 'mg/mL') },
      rounding: { exact: q('26.25', 'mL') },
    });
  });
});

describe('fixed-rate phases over a whole bag (lidocaine 5 mg/kg over 40 min)', () => {
  // 70 kg, 175 cm man: IBW 70.464567 kg is above 70 kg, so 70 kg. 5 mg/kg x 70 = 350 mg = 17.5 mL of
  // 20 mg/mL, in 150 mL (withdraw-equal): 150 mL, 350 / 150 = 2.333333 mg/mL. The protocol's phases:
  // 300 mL/h for 10 min (300 x 10 / 60 = 50 mL), then 200 mL/h for the other 100 mL (30 min).
  const trace = traceOf({
    patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' },
    protocol: 'lidocaine-5mgkg-40min',
    session: 1,
  });
  const step = (id: string) => stepOf(trace, id);

  it("each phase's rate is the protocol's, worked as a dose rate over the concentration, not the final volume over the hours", () => {
    expect(step('pump.segment1.rate')).toMatchObject({
      description: 'Segment 1 (phase) pump rate',
      formula: 'mL/h = (mg/h) / (mg/mL)',
      result: q('300', 'mL/h'),
    });
    expect(step('pump.segment2.rate')).toMatchObject({
      description: 'Segment 2 (phase) pump rate',
      formula: 'mL/h = (mg/h) / (mg/mL)',
      result: q('200', 'mL/h'),
    });
  });

  it("each phase's inputs are the ones its formula reads: the dose rate and the concentration", () => {
    // 300 mL/h x 350/150 mg/mL = 700 mg/h, and 700 / (350/150) = 300 mL/h; 200 x 350/150 = 466.666667
    // mg/h. Not the bag's 150 mL over the session's 40 min, which is 225 mL/h, neither phase's rate.
    expect(step('pump.segment1.rate')?.inputs).toEqual({ doseRate: q('700', 'mg/h'), concentration: q('2.333333', 'mg/mL') });
    expect(step('pump.segment2.rate')?.inputs).toEqual({ doseRate: q('466.666667', 'mg/h'), concentration: q('2.333333', 'mg/mL') });
  });
});
