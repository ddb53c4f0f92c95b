// The bag's working in the trace (src/present/trace-bag.ts), worked by hand: the product chosen among
// the protocol's candidates, the volume drawn and its rounding, and the final volume and
// concentration in each way a bag is made (withdraw-equal, added to the bag, a premix as it comes).
// Written from the Stryker survivors of src/present.
import { describe, expect, it } from 'vitest';
import { fooLidocaine70, schwartzman70 } from '../support/orders.js';
import { LOCAL_POLICY, builtinAsJson, calculatorOf } from '../support/catalogue-json.js';
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

describe('a bag the additive is added to (zoledronic acid 4 mg, CrCl over 60 mL/min)', () => {
  // 70 kg man, 60 years, SCr 1 mg/dL: (140 - 60) x 70 / 72 = 77.8 mL/min, the 4 mg band. 4 mg / 0.8
  // mg/mL = 5 mL, added to the 100 mL bag (no overfill stated, nothing withdrawn): 105 mL;
  // 4 / 105 = 0.0380952 = 0.038095 mg/mL.
  it('the final volume is the bag plus the additive', () => {
    const trace = traceOf({
      protocol: 'zoledronic-acid-4mg-by-crcl',
      session: 1,
      dose: { duration: { value: 15, unit: 'min' } },
      patient: { weight: { value: 70, unit: 'kg' }, sex: 'male', ageYears: 60, creatinine: { value: 1, unit: 'mg/dL' } },
    });
    expect(stepOf(trace, 'bag.concentration')).toEqual({
      step: 'bag.concentration',
      description: 'Final volume and concentration',
      formula: 'final mL = bag mL + overfill + additive mL; mg/mL = mg / final mL',
      inputs: { amount: q('4', 'mg'), finalVolume: q('105', 'mL') },
      result: q('0.038095', 'mg/mL'),
    });
  });
});

describe('whole vials (IVIG, Goebel 2010: 0.25 g/kg on adjusted weight)', () => {
  // 100 kg, 175 cm man: IBW = 50 + 2.3 x (175 / 2.54 - 60) = 70.4645669 kg; adjusted = 70.4645669 + 0.4
  // x (100 - 70.4645669) = 82.2787402 kg; 250 mg/kg x 82.2787402 = 20569.685039 mg. Privigen 10% comes in 2.5, 5,
  // 10, 20 and 40 g vials that may be combined: 20 g (0.57 g under) is closer than 22.5 g (1.93 g over),
  // and one 20 g / 200 mL vial is the fewest vials that hold it.
  it('the vials opened, the amount they hold and the formula', () => {
    const trace = traceOf({
      patient: { weight: { value: 100, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' },
      protocol: 'ivig-crps-goebel-2010',
      session: 1,
    });
    expect(stepOf(trace, 'bag.whole-vials')).toMatchObject({
      description: expect.stringMatching(/^Dose rounded to whole vials \(the family's sizes may be combined\): /),
      formula: 'mg = sum(vials x mL per vial) x mg/mL; mL drawn = sum(vials x mL per vial)',
      inputs: { ordered: q('20569.685039', 'mg'), 'immune-globulin-privigen-10pct-20g-200ml': '1 x 200 mL', prepared: q('20000', 'mg') },
      result: q('200', 'mL'),
    });
  });
});

describe('whole vials rounded down for a limit (IVIG, Goebel 2010, a local 17.2 g session limit)', () => {
  // 68 kg, 175 cm man: actual weight is under IBW (70.464567 kg), so 68 kg; 0.25 g/kg x 68 = 17 g. In
  // 2.5 g steps the closest is 17.5 g (0.5 g over), but it crosses the local 17.2 g limit that the
  // 17 g order respects: 15 g (2 g under) = 150 mL of 100 mg/mL, rounded down for the limit.
  it('names why the closer amount was not used', () => {
    const cat = builtinAsJson();
    const ivig = cat['agents'].find((a: { id: string }) => a.id === 'immune-globulin');
    ivig['limits'].push({ id: 'immune-globulin.session-dose.local', bound: 'upper', severity: 'soft', value: '17.2', unit: 'g', source: LOCAL_POLICY });
    const trace = traceOf(
      { patient: { weight: { value: 68, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' }, protocol: 'ivig-crps-goebel-2010', session: 1 },
      calculatorOf(cat).catalogue,
    );
    expect(stepOf(trace, 'bag.whole-vials')).toMatchObject({
      inputs: { ordered: q('17000', 'mg'), prepared: q('15000', 'mg') },
      result: q('150', 'mL'),
      rounding: { mode: 'whole-vials', reason: 'a closer amount would cross a protocol cap, protocol maximum or agent limit' },
    });
  });
});
