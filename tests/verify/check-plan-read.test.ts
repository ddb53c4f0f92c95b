// How checkPlan reads a stated quantity (src/verify/check-plan-read.ts): each kind takes the units of
// that kind only, converts them to its base unit (mg/mL, mL/h, mg/h, mg/kg/h, mg/kg), and carries
// the half-unit error of the sixth printed place. Anything else is named, never guessed. Written from
// the Stryker survivors of the file. Factors by hand: 1 mcg = 0.001 mg, 1 L = 1000 mL, 1 min = 1/60 h.
import { describe, expect, it } from 'vitest';
import { Checker } from '../../src/verify/check-plan-read.js';

type Kind = Parameters<Checker['read']>[1];
const readOf = (value: string, unit: string, kind: Kind) => {
  const c = new Checker();
  const r = c.read({ value, unit }, kind, ['x']);
  return { v: r?.v.toFixed(), e: r?.e.toFixed(), found: c.disagreements };
};

describe('each kind reads its own units', () => {
  it.each<[string, string, Kind, string, string]>([
    // value, unit, kind, base value, error (0.0000005 x factor)
    ['150', 'ug/mL', 'concentration', '0.15', '0.0000000005'],
    ['2', 'g/L', 'concentration', '2', '0.0000005'],
    ['1', 'L/min', 'volume-rate', '60000', '0.03'],
    ['30', 'mL/min', 'volume-rate', '1800', '0.00003'],
    ['0.5', 'mg/min', 'dose-rate', '30', '0.00003'],
    ['25', 'ug/kg/min', 'dose-rate-per-kg', '1.5', '0.00000003'],
    ['4500', 'ug/kg', 'dose-per-kg', '4.5', '0.0000000005'],
  ])('%s %s as %s is %s (error %s)', (value, unit, kind, v, e) => {
    expect(readOf(value, unit, kind)).toEqual({ v, e, found: [] });
  });

  it.each<[string, Kind]>([
    ['mg/mL/h', 'concentration'], // three parts
    ['mol/mL', 'concentration'], // no mass
    ['mg/kg', 'concentration'], // no volume
    ['mg', 'concentration'], // one part
    ['mL/h/kg', 'volume-rate'],
    ['mg/h', 'volume-rate'], // no volume
    ['mL/kg', 'volume-rate'], // no time
    ['mL', 'volume-rate'],
    ['mg/kg/h', 'dose-rate'], // per kg
    ['mg', 'dose-rate'], // no time
    ['mg/h', 'dose-rate-per-kg'], // not per kg
    ['mg/kg', 'dose-rate-per-kg'], // no time
    ['mg/kg/h', 'dose-per-kg'], // a rate
    ['mg', 'dose-per-kg'], // not per kg
  ])('%s is not a %s: named, with the value as stated', (unit, kind) => {
    expect(readOf('5', unit, kind)).toEqual({
      v: undefined,
      e: undefined,
      found: [
        {
          code: 'unreadable_quantity',
          path: ['x'],
          message: `"5 ${unit}" is not a ${kind} the check can read.`,
          planValue: { value: '5', unit },
          recomputed: null,
        },
      ],
    });
  });

  it.each(['1e3', '01', '1.', '.5', ' 5', '5 '])('the value %j is not a plain decimal', (value) => {
    expect(readOf(value, 'mg', 'mass').found.map((d) => d.code)).toEqual(['unreadable_quantity']);
  });

  it('a negative value is read as stated (its sign is judged by the step that reads it)', () => {
    expect(readOf('-1.5', 'mL', 'volume')).toEqual({ v: '-1.5', e: '0.0000005', found: [] });
  });

  it('no quantity at all', () => {
    const c = new Checker();
    expect(c.read(undefined, 'mass', ['agents', 0, 'totalDose'])).toBeNull();
    expect(c.disagreements).toEqual([
      { code: 'unreadable_quantity', path: ['agents', 0, 'totalDose'], message: 'Expected a mass quantity here.', planValue: null, recomputed: null },
    ]);
  });
});

describe('what is not a quantity of the kind asked for', () => {
  it.each<[string, Kind]>([
    ['mol/h', 'dose-rate'], // no mass unit at all
    ['mol/kg/h', 'dose-rate-per-kg'],
    ['mol/kg', 'dose-per-kg'],
  ])('%s, no dose unit, is not a %s: named, not read', (unit, kind) => {
    expect(readOf('5', unit, kind).found).toEqual([
      {
        code: 'unreadable_quantity',
        path: ['x'],
        message: `"5 ${unit}" is not a ${kind} the check can read.`,
        planValue: { value: '5', unit },
        recomputed: null,
      },
    ]);
  });

  it.each<[string, unknown, unknown]>([
    ['a number for the value', 5, 'mg'],
    ['a number for the unit', '5', 5],
  ])('%s is no quantity: named at its path, nothing read', (_what, value, unit) => {
    const c = new Checker();
    const q = { value, unit } as unknown as Parameters<Checker['read']>[0];
    expect(c.read(q, 'mass', ['agents', 0, 'totalDose'])).toBeNull();
    expect(c.disagreements).toEqual([
      { code: 'unreadable_quantity', path: ['agents', 0, 'totalDose'], message: 'Expected a mass quantity here.', planValue: null, recomputed: null },
    ]);
  });
});
