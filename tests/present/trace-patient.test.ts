// The patient's working in the trace (src/present/trace-patient.ts), worked by hand: a weight in lb
// and a height in inches converted exactly, the dosing weight with its basis (and the basis asked
// for when it differs), body-surface area and creatinine clearance. Written from the Stryker
// survivors of src/present.
import { describe, expect, it } from 'vitest';
import { schwartzman70 } from '../support/orders.js';
import { q, stepOf, traceOf } from '../support/trace.js';
const FOO = { protocol: 'lidocaine-perioperative-foo-2021', session: 1, dose: { duration: { value: 2, unit: 'h' } } };

describe('the body', () => {
  it('154 lb is 154 x 0.45359237 = 69.853225 kg; 67 in is 67 x 2.54 = 170.18 cm', () => {
    const trace = traceOf({ ...FOO, patient: { weight: { value: 154, unit: 'lb' }, height: { value: 67, unit: 'in' }, sex: 'male' } });
    expect(stepOf(trace, 'patient.weight')).toMatchObject({
      description: 'Body weight in kg',
      formula: 'kg = lb x 0.45359237 (exact)',
      result: q('69.853225', 'kg'),
    });
    expect(stepOf(trace, 'patient.weight')?.inputs?.['weight']).toMatchObject({ value: '154' });
    expect(stepOf(trace, 'patient.height')).toMatchObject({ description: 'Height in cm', formula: 'cm = in x 2.54 (exact)', result: q('170.18', 'cm') });
  });

  it('kg and cm as given', () => {
    const trace = traceOf({ ...FOO, patient: { weight: { value: 100, unit: 'kg' }, height: { value: 170, unit: 'cm' }, sex: 'male' } });
    expect(stepOf(trace, 'patient.weight')).toMatchObject({ formula: 'kg', inputs: { weight: q('100', 'kg') }, result: q('100', 'kg') });
    expect(stepOf(trace, 'patient.height')).toMatchObject({ formula: 'cm', inputs: { height: q('170', 'cm') }, result: q('170', 'cm') });
  });

  it('no height given: no height step', () => {
    const trace = traceOf(schwartzman70());
    expect(stepOf(trace, 'patient.height')).toBeUndefined();
  });
});

describe('the dosing weight', () => {
  it('ideal weight when it is lower: 100 kg, 170 cm man, IBW 65.937008 kg', () => {
    const step = stepOf(traceOf({ ...FOO, patient: { weight: { value: 100, unit: 'kg' }, height: { value: 170, unit: 'cm' }, sex: 'male' } }), 'dosing-weight');
    expect(step?.description).toMatch(/^Dosing weight \(ideal\): /);
    expect(step).toMatchObject({ inputs: { actual: q('100', 'kg'), height: q('170', 'cm'), sex: 'male' }, result: q('65.937008', 'kg') });
  });

  it('actual weight when ideal is higher, and the basis asked for named: 70 kg, 175 cm man, IBW 70.464567 kg', () => {
    const step = stepOf(traceOf({ ...FOO, patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' } }), 'dosing-weight');
    expect(step?.description).toMatch(/^Dosing weight \(actual, requested ideal\): /);
    expect(step?.result).toEqual(q('70', 'kg'));
  });

  it('on actual weight with no height or sex, the inputs hold the weight alone', () => {
    const step = stepOf(traceOf(schwartzman70()), 'dosing-weight');
    expect(step?.inputs).toEqual({ actual: q('70', 'kg') });
  });
});

describe('body-surface area', () => {
  it('Mosteller: sqrt(175 cm x 70 kg / 3600) = sqrt(3.402778) = 1.844662 m2', () => {
    const trace = traceOf({ ...FOO, patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' } });
    expect(stepOf(trace, 'patient.bsa')).toEqual({
      step: 'patient.bsa',
      description: 'Body-surface area (Mosteller)',
      formula: 'm2 = sqrt(cm x kg / 3600)',
      inputs: { height: q('175', 'cm'), weight: q('70', 'kg') },
      result: q('1.844662', 'm2'),
    });
  });
});

describe('clearance', () => {
  it('Cockcroft-Gault: (140 - 60) x 70 / (72 x 1) = 77.777778 mL/min', () => {
    const trace = traceOf({
      protocol: 'zoledronic-acid-4mg-by-crcl',
      session: 1,
      dose: { duration: { value: 15, unit: 'min' } },
      patient: { weight: { value: 70, unit: 'kg' }, sex: 'male', ageYears: 60, creatinine: { value: 1, unit: 'mg/dL' } },
    });
    expect(stepOf(trace, 'patient.creatinine-clearance')).toEqual({
      step: 'patient.creatinine-clearance',
      description: 'Creatinine clearance (Cockcroft-Gault)',
      formula: 'mL/min = (140 - age) x kg / (72 x SCr mg/dL), x 0.85 if female',
      inputs: { age: q('60', 'a'), weight: q('70', 'kg'), creatinine: q('1', 'mg/dL') },
      result: q('77.777778', 'mL/min'),
    });
  });
});
