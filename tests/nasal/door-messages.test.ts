// The nasal spray door, word for word: each kind of bad value gets its code, path, message, what was
// expected and what was received (src/nasal/input.ts). One field is bad at a time; the rest is the
// valid order of tests/support/orders.ts (100 mg/mL, 0.1 mL pump, 20 mg twice a day, 5 mL bottle).
import { describe, expect, it } from 'vitest';
import { nasalOrder } from '../support/orders.js';
import { planNasalSpray } from '../support/untyped.js';

const issuesOf = (change: object) => {
  const r = planNasalSpray({ ...nasalOrder(), ...change });
  return r.ok ? [] : r.issues.map(({ code, path, message, expected, received }) => ({ code, path, message, expected, received }));
};

describe('units the spray does not read', () => {
  it('a concentration, a volume and a mass unit, each named in its message', () => {
    expect(issuesOf({ concentration: { value: 100, unit: 'percent' } })).toEqual([
      {
        code: 'unknown_unit',
        path: ['concentration', 'unit'],
        message: '"percent" is not a concentration unit; use mg/mL (a 15% w/v solution is 150 mg/mL).',
        expected: 'mg/mL',
        received: '"percent"',
      },
    ]);
    expect(issuesOf({ bottleVolume: { value: 5, unit: 'drops' } })).toEqual([
      { code: 'unknown_unit', path: ['bottleVolume', 'unit'], message: '"drops" is not a volume unit; use mL.', expected: 'mL', received: '"drops"' },
    ]);
    expect(issuesOf({ dose: { value: 20, unit: 'sprays' } })).toEqual([
      { code: 'unknown_unit', path: ['dose', 'unit'], message: '"sprays" is not a mass unit; use mg.', expected: 'mg', received: '"sprays"' },
    ]);
  });
});

describe('numbers', () => {
  it('a dose of zero is not positive', () => {
    expect(issuesOf({ dose: { value: 0, unit: 'mg' } })).toEqual([
      { code: 'not_positive', path: ['dose', 'value'], message: 'This value must be greater than zero.', expected: undefined, received: '0' },
    ]);
  });

  it('doses a day: a string, NaN, Infinity, a fraction and zero', () => {
    expect(issuesOf({ dosesPerDay: '2' })).toEqual([
      { code: 'invalid_type', path: ['dosesPerDay'], message: 'dosesPerDay must be a whole number (a JSON number).', expected: 'integer', received: '"2"' },
    ]);
    expect(issuesOf({ dosesPerDay: Number.NaN })).toEqual([
      {
        code: 'not_a_number',
        path: ['dosesPerDay'],
        message: 'Give a finite number or a plain decimal string such as "100" or "0.1".',
        expected: undefined,
        received: 'NaN',
      },
    ]);
    expect(issuesOf({ dosesPerDay: Number.POSITIVE_INFINITY })).toEqual([
      { code: 'not_finite', path: ['dosesPerDay'], message: 'Infinity is not a quantity; give a finite number.', expected: undefined, received: 'Infinity' },
    ]);
    expect(issuesOf({ dosesPerDay: 1.5 })).toEqual([
      { code: 'not_an_integer', path: ['dosesPerDay'], message: 'dosesPerDay must be a whole number, not 1.5.', expected: 'integer', received: '1.5' },
    ]);
    expect(issuesOf({ dosesPerDay: 0 })).toEqual([
      { code: 'not_positive', path: ['dosesPerDay'], message: 'dosesPerDay must be at least 1.', expected: undefined, received: '0' },
    ]);
  });

  it('priming sprays may be zero, not fewer', () => {
    expect(issuesOf({ primingActuations: 0 })).toEqual([]);
    expect(issuesOf({ primingActuations: -1 })).toEqual([
      { code: 'negative_value', path: ['primingActuations'], message: 'primingActuations must be zero or more.', expected: undefined, received: '-1' },
    ]);
  });

  it('an actuation of 0.5 mL is outside 0.02 to 0.3 mL', () => {
    expect(issuesOf({ actuationVolume: { value: 0.5, unit: 'mL' } })).toEqual([
      {
        code: 'actuation_volume_implausible',
        path: ['actuationVolume', 'value'],
        message:
          "One actuation of a metered nasal pump delivers about 0.045 to 0.14 mL (pump makers' pages); 0.5 mL is outside 0.02 to 0.3 mL. Check the value and its unit.",
        expected: '0.02 to 0.3 mL',
        received: '0.5 mL',
      },
    ]);
  });
});
