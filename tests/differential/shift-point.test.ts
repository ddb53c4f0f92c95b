// The differential's unit shift (tests/differential/intended.ts) is exact: it moves the decimal point
// in the digits instead of multiplying floats, which rounded 3269.267006775 mcg to 3.26926700678 mg
// at twelve significant digits and failed an equal pair.
import { describe, expect, it } from 'vitest';
import { shiftPoint } from './intended.js';

describe('shiftPoint', () => {
  it.each([
    ['3269.267006775', -3, '3.269267006775'], // mcg -> mg: the case floats got wrong
    ['0.6', 3, '600'], // 0.6 mg -> 600 mcg
    ['0.0006', 3, '0.6'], // 0.0006 mg/kg/h -> 0.6 mcg/kg/h
    ['1.225', 3, '1225'], // g -> mg
    ['80', -3, '0.08'], // 80 mcg -> 0.08 mg
    ['100', 0, '100'],
    ['1.50', 0, '1.5'],
    ['0.029988005', 3, '29.988005'],
    ['-2.5', -3, '-0.0025'],
  ] as const)('%s x 10^%i = %s', (value, k, expected) => {
    expect(shiftPoint(value, k)).toBe(expected);
  });
});
