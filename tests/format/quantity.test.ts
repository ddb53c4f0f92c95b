// formatQuantity: ISMP display rules, the closed unit set, coded issues, and the precision guarantee.
// ISMP List of Error-Prone Abbreviations, Symbols, and Dose Designations (2021),
// https://www.ismp.org/recommendations/error-prone-abbreviations-list; other sources in src/format/quantity.ts.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatQuantity } from '../../src/format/quantity.js';

const text = (value: string, unit: string, options?: Parameters<typeof formatQuantity>[1]): string => {
  const r = formatQuantity({ value, unit }, options);
  return r.ok ? r.text : `issues: ${r.issues.map((i) => i.code).join(',')}`;
};
const codes = (q: unknown, options?: unknown): string[] => {
  const r = formatQuantity(q as { value: string; unit: string }, options as Parameters<typeof formatQuantity>[1]);
  return r.ok ? [] : r.issues.map((i) => i.code);
};

describe('ISMP dose designations', () => {
  it.each([
    // [value, UCUM unit, display, rule]
    ['0.5', 'mg', '0.5 mg', 'leading zero before a decimal below one'],
    ['5', 'mg', '5 mg', 'whole number'],
    ['5.0', 'mg', '5 mg', 'no trailing zero (5.0 mg read as 50 mg)'],
    ['1.50', 'mg', '1.5 mg', 'no trailing zero after a fraction'],
    ['0.050', 'ug/kg/min', '0.05 mcg/kg/min', 'mcg, never ug or µg; no trailing zero'],
    ['0.05', 'ug/kg/min', '0.05 mcg/kg/min', 'mcg/kg/min'],
    ['150', 'ug', '150 mcg', 'mcg'],
    ['1000', 'mg', '1,000 mg', 'commas at 1,000'],
    ['999', 'mg', '999 mg', 'no comma below 1,000'],
    ['25000', 'mg', '25,000 mg', 'commas for thousands'],
    ['1000000', 'ug', '1,000,000 mcg', 'commas for millions'],
    ['1234.5678', 'mL', '1,234.5678 mL', 'commas only in the integer part'],
    ['0.98', 'mL', '0.98 mL', 'mL'],
    ['25', 'mL/h', '25 mL/h', 'mL/h stays'],
    ['0.35', 'mg/kg/h', '0.35 mg/kg/h', 'weight-based rate'],
    ['70', 'kg', '70 kg', 'kg'],
    ['154.3', '[lb_av]', '154.3 lb', 'lb for [lb_av]'],
    ['70', '[in_i]', '70 in', 'in for [in_i]'],
    ['40', 'a', '40 years', 'years for a'],
    ['1', 'a', '1 year', 'singular for exactly 1'],
    ['1.844662', 'm2', '1.844662 m²', 'm² for m2'],
    ['22.857143', 'kg/m2', '22.857143 kg/m²', 'kg/m²'],
    ['2', '{spray}', '2 sprays', 'spray(s)'],
    ['1', '{spray}', '1 spray', 'spray(s)'],
    ['10', 'mg/{spray}', '10 mg/spray', 'singular in the denominator'],
    ['3', '{dose}/d', '3 doses/day', 'doses per day'],
    ['10', '{session}', '10 sessions', 'sessions'],
    ['7', 'g', '7 g', 'g'],
    ['1', 'mg/dL', '1 mg/dL', 'mg/dL'],
    ['240', 'min', '240 min', 'min'],
    ['2.04', '%', '2.04%', 'percent written against the number, as ISMP writes lidocaine 1%'],
    ['0', 'mL', '0 mL', 'zero'],
    ['-0', 'mL', '0 mL', 'never -0'],
    ['-2.50', 'mg', '-2.5 mg', 'a negative difference keeps its sign'],
    ['0.000001', 'mg', '0.000001 mg', 'small values keep every digit'],
  ])('%s %s -> %s (%s)', (value, unit, display) => {
    expect(text(value, unit)).toBe(display);
  });

  it('puts one space between number and unit, and no period after the unit', () => {
    for (const [v, u] of [
      ['10', 'mg'],
      ['100', 'mL'],
      ['0.5', 'ug/kg/min'],
    ] as const) {
      expect(text(v, u)).toMatch(/^[\d,.]+ [^\s.]+$/);
    }
  });
});

describe('refusals are coded issues', () => {
  it.each([
    [{ value: 'NaN', unit: 'mg' }, 'not_plain_decimal'],
    [{ value: 'Infinity', unit: 'mg' }, 'not_plain_decimal'],
    [{ value: '1e3', unit: 'mg' }, 'not_plain_decimal'],
    [{ value: '1E+3', unit: 'mg' }, 'not_plain_decimal'],
    [{ value: '0x10', unit: 'mg' }, 'not_plain_decimal'],
    [{ value: '1_000', unit: 'mg' }, 'not_plain_decimal'],
    [{ value: '1,000', unit: 'mg' }, 'not_plain_decimal'],
    [{ value: '.5', unit: 'mg' }, 'not_plain_decimal'],
    [{ value: '5.', unit: 'mg' }, 'not_plain_decimal'],
    [{ value: ' 5', unit: 'mg' }, 'not_plain_decimal'],
    [{ value: '', unit: 'mg' }, 'empty_value'],
    [{ value: 5, unit: 'mg' }, 'value_not_string'],
    [{ value: Number.NaN, unit: 'mg' }, 'value_not_string'],
    [{ value: '5', unit: 'mcg' }, 'unknown_unit'],
    [{ value: '5', unit: 'µg' }, 'unknown_unit'],
    [{ value: '5', unit: 'U' }, 'unknown_unit'],
    [{ value: '5', unit: 'IU' }, 'unknown_unit'],
    [{ value: '5', unit: '[iU]' }, 'unknown_unit'],
    [{ value: '5', unit: 'cc' }, 'unknown_unit'],
    [{ value: '5', unit: 'mg/kg/hr' }, 'unknown_unit'],
    [{ value: '5', unit: '' }, 'unknown_unit'],
    [{ value: '5', unit: 'mg/' }, 'unknown_unit'],
    [{ value: '5', unit: 'constructor' }, 'unknown_unit'],
    [{ value: '5', unit: '__proto__' }, 'unknown_unit'],
    [{ value: '5' }, 'unknown_unit'],
    [null, 'not_a_quantity'],
    ['5 mg', 'not_a_quantity'],
  ])('%j -> %s', (q, code) => {
    expect(codes(q)).toEqual([code]);
  });

  it('reports a bad value and a bad unit together, with paths', () => {
    const r = formatQuantity({ value: '1e3', unit: 'mcg' });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ['not_plain_decimal', ['value']],
      ['unknown_unit', ['unit']],
    ]);
  });

  it('tells the caller what to write instead of an error-prone unit', () => {
    const r = formatQuantity({ value: '5', unit: 'mcg' });
    expect(r.ok ? '' : r.issues[0].message).toContain('ug');
  });

  it.each([
    [{ decimals: -1 }, 'invalid_decimals'],
    [{ decimals: 1.5 }, 'invalid_decimals'],
    [{ decimals: 7 }, 'invalid_decimals'],
    [{ decimals: Number.NaN }, 'invalid_decimals'],
    [{ decimals: '2' }, 'invalid_decimals'],
    [{ decimals: 2, mode: 'round' }, 'invalid_rounding_mode'],
    [{ mode: 'halfUp' }, 'invalid_rounding_mode'],
    [null, 'invalid_options'],
    ['2', 'invalid_options'],
  ])('options %j -> %s', (options, code) => {
    expect(codes({ value: '1.234', unit: 'mg' }, options)).toEqual([code]);
  });
});

describe('precision: never shows a precision other than the one delivered', () => {
  it('shows every digit by default, never rounding', () => {
    const r = formatQuantity({ value: '0.333333', unit: 'mg/mL' });
    expect(r).toEqual({ ok: true, text: '0.333333 mg/mL', rounded: false, exact: '0.333333', unit: 'mg/mL' });
    expect(text('12345.678901234567890123', 'mL')).toBe('12,345.678901234567890123 mL');
  });

  it('marks a value rounded to fewer decimals with ≈ and rounded: true, keeping the exact value', () => {
    const r = formatQuantity({ value: '0.333333', unit: 'mg/mL' }, { decimals: 2 });
    expect(r).toEqual({ ok: true, text: '≈0.33 mg/mL', rounded: true, exact: '0.333333', unit: 'mg/mL' });
    expect(text('24.56', 'mL/h', { decimals: 1 })).toBe('≈24.6 mL/h');
    expect(text('24.56', 'mL/h', { decimals: 1, mode: 'trunc' })).toBe('≈24.5 mL/h');
    expect(text('2.5', 'mL', { decimals: 0, mode: 'halfEven' })).toBe('≈2 mL');
    expect(text('1234.5', 'mg', { decimals: 0 })).toBe('≈1,235 mg');
    expect(text('0.96', 'mg', { decimals: 1 })).toBe('≈1 mg');
    expect(text('0.0004', 'mg', { decimals: 2, mode: 'ceil' })).toBe('≈0.01 mg');
  });

  it('does not mark or pad a value that already fits the asked decimals', () => {
    expect(formatQuantity({ value: '24.5', unit: 'mL/h' }, { decimals: 2 })).toEqual({
      ok: true,
      text: '24.5 mL/h',
      rounded: false,
      exact: '24.5',
      unit: 'mL/h',
    });
    expect(text('5.000', 'mg', { decimals: 1 })).toBe('5 mg');
  });

  it('refuses to show a non-zero value as 0 (and never writes < 0.01)', () => {
    expect(codes({ value: '0.0004', unit: 'mg' }, { decimals: 2 })).toEqual(['rounds_to_zero']);
    expect(codes({ value: '-0.0004', unit: 'mg' }, { decimals: 2 })).toEqual(['rounds_to_zero']);
  });

  it('refuses to round a value with more digits than the 40-digit arithmetic carries, but shows it exactly', () => {
    const long = `1${'0'.repeat(29)}.${'0'.repeat(11)}9`; // 42 significant digits
    expect(codes({ value: long, unit: 'mg' }, { decimals: 2 })).toEqual(['too_many_digits']);
    expect(text(long, 'mg')).toBe(`100,000,000,000,000,000,000,000,000,000.${'0'.repeat(11)}9 mg`);
  });

  it('pluralises by the number shown', () => {
    expect(text('1.4', '{spray}', { decimals: 0 })).toBe('≈1 spray');
    expect(text('1.0', '{spray}')).toBe('1 spray');
  });

  it.each([
    ['0.5', 'mg'],
    ['5.0', 'mg'],
    ['25000', 'mg'],
    ['1234.567890', 'mL'],
    ['0.000001', 'ug/kg/min'],
    ['-0', 'mL'],
    ['0.35', 'mg/kg/h'],
  ])('round trip: the digits shown for %s %s are the value', (value, unit) => {
    const r = formatQuantity({ value, unit });
    expect(r.ok && r.rounded).toBe(false);
    const shown = r.ok ? (/^≈?(-?[\d,]+(?:\.\d+)?)/.exec(r.text)?.[1] ?? 'x').replace(/,/g, '') : 'x';
    expect(new Decimal(shown).eq(new Decimal(value))).toBe(true);
  });

  it('does not mutate its input', () => {
    const q = Object.freeze({ value: '5.0', unit: 'ug' });
    const options = Object.freeze({ decimals: 0 });
    expect(formatQuantity(q, options).ok).toBe(true);
    expect(q).toEqual({ value: '5.0', unit: 'ug' });
  });
});

describe('massUnit: a leading mass in the agent display unit (issue 13 item 2)', () => {
  const text = (value: string, unit: string, massUnit: 'g' | 'mg' | 'ug') => {
    const r = formatQuantity({ value, unit }, { massUnit });
    return r.ok ? r.text : r.issues.map((i) => i.code).join();
  };
  it('converts exactly by a decimal shift', () => {
    // Dexmedetomidine premix 0.004 mg/mL x 1000 = 4 mcg/mL; 0.000602 mg/kg/h x 1000 = 0.602 mcg/kg/h.
    expect(text('0.004', 'mg/mL', 'ug')).toBe('4 mcg/mL');
    expect(text('0.000602', 'mg/kg/h', 'ug')).toBe('0.602 mcg/kg/h');
    // Magnesium 32,000 mg / 1000 = 32 g; 1.225 g/h stays in g.
    expect(text('32000', 'mg', 'g')).toBe('32 g');
    expect(text('1.225', 'g/h', 'g')).toBe('1.225 g/h');
    // 150 ug/mL shown in mg: 0.15 mg/mL.
    expect(text('150', 'ug/mL', 'mg')).toBe('0.15 mg/mL');
  });
  it('leaves a quantity without a leading mass as it is', () => {
    expect(text('25', 'mL/h', 'ug')).toBe('25 mL/h');
    expect(text('70', 'kg', 'g')).toBe('70 kg');
  });
  it('refuses a mass unit that is not a UCUM code of the set', () => {
    const r = formatQuantity({ value: '1', unit: 'mg' }, { massUnit: 'mcg' as never });
    expect(!r.ok && r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_options', 'options.massUnit']]);
  });
});
