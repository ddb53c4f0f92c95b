import { describe, expect, it } from 'vitest';
import { readPlain, sumPlain, writePlain } from '../../src/cli/exact.js';
import { readQuantityFlag } from '../../src/cli/flags.js';
import type { CliIssue } from '../../src/cli/issues.js';

describe('exact sweep arithmetic', () => {
  it('reads only plain decimals', () => {
    expect(readPlain('40.50')).toEqual({ units: 4050n, scale: 2 });
    for (const bad of ['4e1', '0x10', '1_000', '-1', '.5', '', ' 1']) expect(readPlain(bad)).toBeUndefined();
  });

  it('writes plain decimals without trailing zeros or exponents', () => {
    expect(writePlain(4050n, 2)).toBe('40.5');
    expect(writePlain(5n, 3)).toBe('0.005');
    expect(writePlain(10n ** 30n, 0)).toBe('1000000000000000000000000000000');
  });

  it('sums exactly where floats do not', () => {
    expect(sumPlain(['0.1', '0.2'])).toBe('0.3');
  });
});

describe('quantity flags', () => {
  it('splits a number and a unit, keeping the number as typed', () => {
    const issues: CliIssue[] = [];
    expect(readQuantityFlag('--rate', '0.30mg/kg/h', '0.3mg/kg/h', ['dose', 'rate'], issues)).toEqual({ value: '0.30', unit: 'mg/kg/h' });
    expect(readQuantityFlag('--weight', '82 kg', '82kg', ['patient', 'weight'], issues)).toEqual({ value: '82', unit: 'kg' });
    expect(issues).toEqual([]);
  });

  it('refuses signs, exponents, hex, underscores and bare numbers', () => {
    for (const bad of ['-82kg', '1e2kg', '0x52kg', '8_2kg', '82', 'kg', '82kg2']) {
      const issues: CliIssue[] = [];
      expect(readQuantityFlag('--weight', bad, '82kg', ['patient', 'weight'], issues), bad).toBeUndefined();
      expect(issues.map((i) => i.code)).toEqual(['invalid_quantity']);
    }
  });
});
