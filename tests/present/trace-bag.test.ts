// The bag's working in the trace (src/present/trace-bag.ts), worked by hand: the product chosen among
// the protocol's candidates, the volume drawn and its rounding, and the final volume and
// concentration in each way a bag is made (withdraw-equal, added to the bag, a premix as it comes).
// Written from the Stryker survivors of src/present.
import { describe, expect, it } from 'vitest';
import { fooLidocaine70, schwartzman70 } from '../support/orders.js';
import { q, stepOf, traceOf } from '../support/trace.js';

describe('a whole bag, withdraw-equal (Schwartzman, 70 kg: 98 mg)', () => {
  // 98 mg from 50 mg/mL is 1.96 mL, measured as 2.0 mL (0.1 mL steps from 1 mL) = 100 mg; from
  // 100 mg/mL it is 0.98 mL (0.01 mL steps under 1 mL) = 98 mg exactly: the 100 mg/mL vial is chosen.
  // 100 mL bag, 0.98 mL withdrawn and 0.98 mL added: 100 mL; 98 / 100 = 0.98 mg/mL.
  const trace = traceOf(schwartzman70());

  it('the product chosen and the candidates it was chosen from', () => {
    expect(stepOf(trace, 'bag.product')).toEqual({
      step: 'bag.product',
      description: 'Product chosen: the one whose measurable volume comes closest to the ordered amount',
      inputs: { candidate1: 'ketamine-50mg-ml-10ml', candidate2: 'ketamine-100mg-ml-5ml' },
      result: 'ketamine-100mg-ml-5ml',
    });
  });

  it('the volume drawn up', () => {
    expect(stepOf(trace, 'bag.additive')).toMatchObject({
      description: 'Volume of Ketamine 100 mg/mL, 5 mL vial to draw up',
      formula: 'mL = mg / (mg/mL), rounded to a measurable volume (0.01 mL under 1 mL, 0.1 mL from 1 mL)',
      inputs: { amount: q('98', 'mg'), strength: q('100', 'mg/mL') },
      result: q('0.98', 'mL'),
      rounding: { exact: q('0.98', 'mL'), increment: q('0.01', 'mL') },
    });
  });

  it('the final volume and concentration', () => {
    expect(stepOf(trace, 'bag.concentration')).toEqual({
      step: 'bag.concentration',
      description: 'Final volume and concentration',
      formula: 'final mL = bag mL + overfill - withdrawn + additive mL; mg/mL = mg / final mL',
      inputs: { amount: q('98', 'mg'), finalVolume: q('100', 'mL') },
      result: q('0.98', 'mg/mL'),
    });
  });
});

describe('a premix as it comes (Foo 2021 lidocaine)', () => {
  it('the concentration is the product strength, with no amount drawn', () => {
    const trace = traceOf(fooLidocaine70());
    const step = stepOf(trace, 'bag.concentration');
    expect(step).toMatchObject({ formula: 'mg/mL = product strength', result: q('4', 'mg/mL') });
    expect(Object.keys(step?.inputs ?? {})).toEqual(['finalVolume']);
    expect(stepOf(trace, 'bag.additive')).toBeUndefined();
  });
});
