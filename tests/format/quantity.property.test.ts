// Properties of formatQuantity over arbitrary input: it never throws, never writes NaN, exponents,
// µg/ug, a naked decimal point or a trailing zero, and never changes the digits of a value unless
// the result says `rounded` (then the text starts with ≈ and the shown value is one rounding step
// from the exact one). Compared with decimal.js, never with floats.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { runs } from '../support/runs.js';
import { describe, expect, it } from 'vitest';
import { DISPLAY_ATOMS, formatQuantity } from '../../src/format/quantity.js';

const KNOWN_UNITS = [
  ...Object.keys(DISPLAY_ATOMS),
  'ug/kg/min',
  'ug/kg/h',
  'mg/kg/h',
  'mg/kg',
  'mg/h',
  'mL/h',
  'mg/mL',
  'ug/mL',
  'g/kg',
  'mL/min',
  'mL/kg/h',
  'kg/m2',
  'mg/dL',
  'mg/d',
  'mg/{spray}',
  '{dose}/d',
  '{spray}/d',
  '%',
  '1',
];
const BAD_UNITS = ['mcg', 'µg', 'μg', 'U', 'IU', '[iU]', 'cc', 'mg/kg/hr', '', '/', 'mg//h', 'toString', '__proto__'];

/** Plain decimal strings, trailing zeros included, from tiny to huge. */
const plainDecimal = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.constant('0'), fc.bigInt({ min: 1n, max: 10n ** 30n }).map(String)),
    fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: undefined }),
  )
  .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}`);

const anyValue = fc.oneof(
  plainDecimal,
  fc.string(),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e3', '1e+21', '2E-7', '0x10', '1_000', '.5', '5.', '1,000', '+5', '0.5 '),
  fc.double(),
  fc.anything(),
);
const anyUnit = fc.oneof(fc.constantFrom(...KNOWN_UNITS, ...BAD_UNITS), fc.string(), fc.anything());
const anyOptions = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      decimals: fc.oneof(fc.integer({ min: -2, max: 8 }), fc.double(), fc.anything()),
      mode: fc.oneof(fc.constantFrom('halfExpand', 'halfEven', 'trunc', 'ceil', 'floor', 'round'), fc.anything()),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

/** The forbidden patterns in any display text. */
function assertClean(text: string): void {
  expect(text).not.toMatch(/NaN|Infinity|e\+|e-|E\+|E-/);
  expect(text).not.toMatch(/µ|μ|\bug\b|\bU\b|\bIU\b|\bcc\b|@|<|>/);
  expect(text).not.toMatch(/(^|[^\d])\.\d/); // naked decimal point (.5)
  expect(text).not.toMatch(/\.\d*0(?!\d)/); // trailing zero (5.0, 0.50)
  expect(text).not.toMatch(/\d[A-Za-z]/); // number and unit run together
}

/** The number a display text shows, without ≈ and thousands commas. */
function shownNumber(text: string): string {
  const m = /^≈?(-?[\d,]+(?:\.\d+)?)/.exec(text);
  if (m?.[1] === undefined) throw new Error(`no number in ${text}`);
  return m[1].replace(/,/g, '');
}

describe('formatQuantity properties', () => {
  it('never throws, and every text is clean', () => {
    fc.assert(
      fc.property(fc.record({ value: anyValue, unit: anyUnit }, { requiredKeys: [] }), anyOptions, (q, options) => {
        const r = formatQuantity(q as never, options as never);
        if (r.ok) assertClean(r.text);
        else expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: runs(3000) },
    );
  });

  it('never throws on input that is not a quantity at all', () => {
    fc.assert(
      fc.property(fc.anything(), anyOptions, (q, options) => {
        expect(() => formatQuantity(q as never, options as never)).not.toThrow();
      }),
      { numRuns: runs(1000) },
    );
  });

  it('accepts every plain decimal with a known unit and keeps its digits exactly (default precision)', () => {
    fc.assert(
      fc.property(plainDecimal, fc.constantFrom(...KNOWN_UNITS), (value, unit) => {
        const r = formatQuantity({ value, unit });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        assertClean(r.text);
        expect(r.rounded).toBe(false);
        expect(r.text.startsWith('≈')).toBe(false);
        expect(new Decimal(shownNumber(r.text)).eq(new Decimal(value))).toBe(true);
        expect(new Decimal(r.exact).eq(new Decimal(value))).toBe(true);
        // Commas from 1,000 up, and only there.
        const int = /^≈?-?([\d,]+)/.exec(r.text)?.[1] ?? '';
        expect(int).toMatch(/^\d{1,3}(,\d{3})*$/);
      }),
      { numRuns: runs(2000) },
    );
  });

  it('with decimals: the digits change only when rounded says so, by less than one step, in ≤ decimals places', () => {
    fc.assert(
      fc.property(
        plainDecimal,
        fc.constantFrom('mg', 'ug/kg/min', 'mL/h'),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('halfExpand', 'halfEven', 'trunc', 'ceil', 'floor' as const),
        (value, unit, decimals, mode) => {
          const r = formatQuantity({ value, unit }, { decimals, mode });
          if (!r.ok) {
            // The only refusals for a good value: more significant digits than the library's
            // 40-digit arithmetic carries, or a non-zero value that would read as 0.
            if (new Decimal(value).precision(true) > 40) {
              expect(r.issues.map((i) => i.code)).toEqual(['too_many_digits']);
              return;
            }
            expect(r.issues.map((i) => i.code)).toEqual(['rounds_to_zero']);
            expect(new Decimal(value).isZero()).toBe(false);
            expect(new Decimal(value).abs().lt(new Decimal(10).pow(-decimals))).toBe(true);
            return;
          }
          assertClean(r.text);
          const shown = new Decimal(shownNumber(r.text));
          const exact = new Decimal(value);
          expect(r.rounded).toBe(!shown.eq(exact));
          expect(r.text.startsWith('≈')).toBe(r.rounded);
          expect(new Decimal(r.exact).eq(exact)).toBe(true);
          expect(shown.decimalPlaces()).toBeLessThanOrEqual(Math.max(decimals, r.rounded ? 0 : exact.decimalPlaces()));
          expect(shown.sub(exact).abs().lt(new Decimal(10).pow(-decimals))).toBe(true);
          if (!r.rounded) expect(exact.decimalPlaces()).toBeLessThanOrEqual(decimals);
        },
      ),
      { numRuns: runs(3000) },
    );
  });
});
