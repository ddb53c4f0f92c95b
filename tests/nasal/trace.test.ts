// A nasal spray plan's working, whole and in order (src/nasal/trace.ts), for the nasal order of
// tests/support/orders.ts, worked by hand there: 100 mg/mL x 0.1 mL = 10 mg a spray; 20 mg = 2
// sprays, 1 in each nostril; 2 doses a day = 40 mg; 5 priming sprays x 0.1 mL = 0.5 mL, so 4.5 mL
// usable = 45 sprays = 22 whole doses (22.5 exact) = 11 days. Written from the Stryker survivors of
// the file: no test read the trace's descriptions, formulas, inputs or roundings.
import { describe, expect, it } from 'vitest';
import { nasalOrder } from '../support/orders.js';
import { planNasalSpray } from '../support/untyped.js';

const q = (value: string, unit: string) => ({ value, unit });
const traceOf = (change: object) => {
  const r = planNasalSpray({ ...nasalOrder(), ...change });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.spray.trace;
};

describe('the nasal spray trace', () => {
  it('every step, in the order the values are worked out', () => {
    expect(traceOf({})).toEqual([
      {
        step: 'mg-per-spray',
        description: 'Ketamine in one spray of the dispensed pump.',
        formula: 'mg/{spray} = (mg/mL) x (mL/{spray})',
        inputs: { concentration: q('100', 'mg/mL'), actuationVolume: q('0.1', 'mL') },
        result: q('10', 'mg/{spray}'),
      },
      {
        step: 'sprays-per-dose',
        description: 'Sprays for one dose: a whole number, so the pump delivers the dose exactly.',
        formula: '{spray} = mg / (mg/{spray})',
        inputs: { dose: q('20', 'mg'), mgPerSpray: q('10', 'mg/{spray}') },
        result: q('2', '{spray}'),
      },
      {
        step: 'daily-dose',
        description: 'Ketamine per day.',
        formula: 'mg/d = (mg/{dose}) x ({dose}/d)',
        inputs: { dose: q('20', 'mg'), dosesPerDay: q('2', '{dose}/d') },
        result: q('40', 'mg/d'),
      },
      {
        step: 'nostril-split',
        description: 'Sprays of one dose split between the nostrils, alternating.',
        formula: 'first = ceil({spray}/2); second = floor({spray}/2)',
        inputs: { spraysPerDose: q('2', '{spray}') },
        result: '1 + 1',
      },
      {
        step: 'usable-volume',
        description: 'Volume left for doses after priming the pump.',
        formula: 'mL = bottle mL - (priming {spray} x mL/{spray})',
        inputs: { bottleVolume: q('5', 'mL'), primingActuations: q('5', '{spray}'), actuationVolume: q('0.1', 'mL') },
        result: q('4.5', 'mL'),
      },
      {
        step: 'sprays-available',
        description: 'Whole sprays in the usable volume.',
        formula: '{spray} = floor(mL / (mL/{spray}))',
        inputs: { usableVolume: q('4.5', 'mL'), actuationVolume: q('0.1', 'mL') },
        result: q('45', '{spray}'),
        rounding: { exact: q('45', '{spray}'), increment: q('1', '{spray}'), mode: 'floor', reason: 'A part spray does not deliver a full spray.' },
      },
      {
        step: 'doses-per-bottle',
        description: 'Whole doses in the bottle.',
        formula: '{dose} = floor({spray} / ({spray}/{dose}))',
        inputs: { spraysAvailable: q('45', '{spray}'), spraysPerDose: q('2', '{spray}') },
        result: q('22', '{dose}'),
        rounding: { exact: q('22.5', '{dose}'), increment: q('1', '{dose}'), mode: 'floor', reason: 'Sprays that do not make a whole dose are left over.' },
      },
      {
        step: 'days-per-bottle',
        description: 'Whole days of full dosing the bottle covers.',
        formula: 'd = floor({dose} / ({dose}/d))',
        inputs: { dosesPerBottle: q('22', '{dose}'), dosesPerDay: q('2', '{dose}/d') },
        result: q('11', 'd'),
        rounding: {
          exact: q('11', 'd'),
          increment: q('1', 'd'),
          mode: 'floor',
          reason: 'A day with fewer than the prescribed doses is not a full day of supply.',
        },
      },
    ]);
  });

  it('no priming stated: none counted, and the step says so (5 mL usable, 50 sprays, 25 doses, 12 days: 12.5 exact)', () => {
    const trace = traceOf({ primingActuations: undefined });
    expect(trace.find((s) => s.step === 'usable-volume')).toMatchObject({
      description: 'Volume left for doses (no priming stated, none counted).',
      inputs: { primingActuations: q('0', '{spray}') },
      result: q('5', 'mL'),
    });
    expect(trace.find((s) => s.step === 'days-per-bottle')).toMatchObject({ result: q('12', 'd'), rounding: { exact: q('12.5', 'd') } });
  });
});
