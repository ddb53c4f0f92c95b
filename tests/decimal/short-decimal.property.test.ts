// The library's decimal (src/decimal/dec.ts) against decimal.js with the same configuration (Big, the
// private clone: 40 digits, half-up, no exponent notation): every method src uses, on random and edge
// values, short and long, must give the same value, the same strings (valueOf shows -0) and the same
// comparisons. A fixed seed keeps the run repeatable; PROPERTY_RUNS_SCALE scales the 20,000 runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Big, Dec, type Rounding } from '../../src/decimal/dec.js';
import { SEED, runs } from '../support/runs.js';

const RUNS = runs(20_000);
const TWO_53 = 2n ** 53n;

/** A decimal string: sign, coefficient and scale (the coefficient's trailing zeros kept, as a data string may have). */
function written(neg: boolean, coefficient: bigint, scale: number): string {
  const digits = coefficient.toString().padStart(scale + 1, '0');
  const cut = digits.length - scale;
  const body = scale === 0 ? digits : `${digits.slice(0, cut)}.${digits.slice(cut)}`;
  return neg ? `-${body}` : body;
}

const scaleArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 8 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 24 }) },
  { weight: 1, arbitrary: fc.integer({ min: 25, max: 45 }) },
);
const coefficientArb = fc.oneof(
  { weight: 4, arbitrary: fc.bigInt({ min: 0n, max: 10_000n }) },
  { weight: 3, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 9n }) },
  { weight: 2, arbitrary: fc.bigInt({ min: TWO_53 - 1000n, max: TWO_53 + 1000n }) },
  { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 16n }) },
  { weight: 2, arbitrary: fc.bigInt({ min: 10n ** 16n, max: 10n ** 40n }) },
  { weight: 1, arbitrary: fc.bigInt({ min: 10n ** 40n, max: 10n ** 50n }) },
);
/** Edge values: zero, -0 (a reader can be given `-0`), units, halves, 1e-20, 2^53 and its neighbours, 40 digits, NaN and Infinity. */
const EDGES = [
  '0',
  '-0',
  '1',
  '-1',
  '0.5',
  '-0.5',
  '1.5',
  '2.5',
  '-2.5',
  '0.1',
  '0.3',
  '3',
  '7',
  '10',
  '0.00000000000000000001',
  '-0.00000000000000000001',
  '9007199254740991',
  '9007199254740992',
  '9007199254740993',
  '-9007199254740991',
  '0.9007199254740991',
  '900719925474099.1',
  '9999999999999999',
  '0.3333333333333333333333333333333333333333',
  '1234567890123456789012345678901234567890',
  '123456789012345678901234567890.1234567891',
  'Infinity',
  '-Infinity',
  'NaN',
];
const textArb = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.boolean(), coefficientArb, scaleArb).map(([n, c, s]) => written(n, c, s)) },
  { weight: 2, arbitrary: fc.constantFrom(...EDGES) },
);
/** A value as the library holds it (short or long) and as decimal.js holds it. */
const valueArb = fc.oneof(
  { weight: 9, arbitrary: textArb },
  // Results of divisions: 40-digit values decimal.js has rounded, and their short neighbours.
  { weight: 1, arbitrary: fc.tuple(textArb, textArb).map(([a, b]) => new Big(a).div(b).toString()) },
);
/** Another operand: a value, or a number as src passes one (`x.gte(1)`, `x.mul(100)`). */
const operandArb = fc.oneof(
  { weight: 8, arbitrary: valueArb },
  { weight: 1, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
);
const roundingArb = fc.integer({ min: 0, max: 8 }).map((r) => r as Rounding);
const placesArb = fc.integer({ min: 0, max: 10 });

/** The same value as decimal.js gives: value and sign of zero (valueOf), plain string, JSON and its predicates. */
function same(x: Dec, y: InstanceType<typeof Big>): boolean {
  return (
    x.valueOf() === y.valueOf() &&
    x.toString() === y.toString() &&
    x.toJSON() === y.toJSON() &&
    x.isZero() === y.isZero() &&
    x.isNegative() === y.isNegative() &&
    Object.is(x.decimalPlaces(), y.decimalPlaces()) &&
    (y.isNaN() || x.eq(y.toString()))
  );
}

/** Runs `f` on each side; a throw is an outcome too, and must be the same message. */
function outcome<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    return `threw ${e instanceof Error ? e.message : String(e)}`;
  }
}
function sameOutcome(x: () => Dec, y: () => InstanceType<typeof Big>): boolean {
  const a = outcome(x);
  const b = outcome(y);
  return typeof a === 'string' || typeof b === 'string' ? a === b : same(a, b);
}
const bigOf = (v: string | number) => new Big(v);

/** Asserts a property over RUNS generated cases with the fixed seed. */
const holds = <Ts extends [unknown, ...unknown[]]>(p: fc.IProperty<Ts>) => fc.assert(p, { numRuns: RUNS, seed: SEED });

describe('short decimals equal decimal.js', () => {
  it('reading: strings and numbers (integers, doubles, -0, NaN, Infinity)', () => {
    holds(fc.property(valueArb, (t) => same(Dec.from(t), new Big(t))));
    holds(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), 1e21, 1e-7, 0.1)), (n) =>
        same(Dec.from(n), new Big(n)),
      ),
    );
  });

  const binary: readonly [
    string,
    (x: Dec, v: Dec | number | string) => Dec,
    (x: InstanceType<typeof Big>, v: InstanceType<typeof Big>) => InstanceType<typeof Big>,
  ][] = [
    ['add', (x, v) => x.add(v), (x, v) => x.add(v)],
    ['sub', (x, v) => x.sub(v), (x, v) => x.sub(v)],
    ['plus', (x, v) => x.plus(v), (x, v) => x.plus(v)],
    ['minus', (x, v) => x.minus(v), (x, v) => x.minus(v)],
    ['mul', (x, v) => x.mul(v), (x, v) => x.mul(v)],
    ['div', (x, v) => x.div(v), (x, v) => x.div(v)],
    ['mod', (x, v) => x.mod(v), (x, v) => x.mod(v)],
  ];
  for (const [name, ours, theirs] of binary) {
    it(`${name}, with decimals, decimal strings and numbers as the other operand`, () => {
      holds(
        fc.property(valueArb, operandArb, (a, b) =>
          sameOutcome(
            () => ours(Dec.from(a), typeof b === 'number' ? b : Dec.from(b)),
            () => theirs(new Big(a), bigOf(b)),
          ),
        ),
      );
    });
  }

  it('div: divisions that terminate (by 2^i 5^j, by a factor of the dividend) and by zero', () => {
    const terminating = fc.tuple(valueArb, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.boolean());
    holds(
      fc.property(terminating, ([a, i, j, neg]) => {
        const d = `${neg ? '-' : ''}${2n ** BigInt(i) * 5n ** BigInt(j)}`;
        return sameOutcome(
          () => Dec.from(a).div(Dec.from(d)),
          () => new Big(a).div(d),
        );
      }),
    );
    holds(
      fc.property(valueArb, valueArb, (a, b) => {
        const product = new Big(a).mul(b).toString();
        return (
          sameOutcome(
            () => Dec.from(product).div(Dec.from(b)),
            () => new Big(product).div(b),
          ) &&
          sameOutcome(
            () => Dec.from(a).div(0),
            () => new Big(a).div(0),
          )
        );
      }),
    );
  });

  it('mul and add: results that overflow the short form, and results that fit again', () => {
    const near = fc.bigInt({ min: 1n, max: TWO_53 + 10n }).map(String);
    holds(
      fc.property(near, near, scaleArb, (a, b, s) => {
        const x = written(false, BigInt(a), s % 20);
        return (
          sameOutcome(
            () => Dec.from(x).mul(b),
            () => new Big(x).mul(b),
          ) &&
          sameOutcome(
            () => Dec.from(x).add(b),
            () => new Big(x).add(b),
          ) &&
          sameOutcome(
            () => Dec.from(x).sub(b).add(b),
            () => new Big(x).sub(b).add(b),
          )
        );
      }),
    );
  });

  it('pow (whole exponents), sqrt and abs', () => {
    holds(
      fc.property(valueArb, fc.integer({ min: 0, max: 12 }), (a, n) =>
        sameOutcome(
          () => Dec.from(a).pow(n),
          () => new Big(a).pow(n),
        ),
      ),
    );
    holds(
      fc.property(
        valueArb,
        (a) =>
          sameOutcome(
            () => Dec.from(a).abs().sqrt(),
            () => new Big(a).abs().sqrt(),
          ) &&
          sameOutcome(
            () => Dec.from(a).abs(),
            () => new Big(a).abs(),
          ),
      ),
    );
  });

  it('toDecimalPlaces at 0..10 places in every rounding mode, without a mode, without places; floor and ceil', () => {
    holds(
      fc.property(valueArb, placesArb, roundingArb, (a, dp, rm) => {
        const x = Dec.from(a);
        const y = new Big(a);
        return (
          sameOutcome(
            () => x.toDecimalPlaces(dp, rm),
            () => y.toDecimalPlaces(dp, rm),
          ) &&
          sameOutcome(
            () => x.toDecimalPlaces(dp),
            () => y.toDecimalPlaces(dp),
          ) &&
          sameOutcome(
            () => x.toDecimalPlaces(),
            () => y.toDecimalPlaces(),
          ) &&
          sameOutcome(
            () => x.floor(),
            () => y.floor(),
          ) &&
          sameOutcome(
            () => x.ceil(),
            () => y.ceil(),
          )
        );
      }),
    );
  });

  it('toFixed with and without places, in every rounding mode, and bad arguments throw the same', () => {
    holds(
      fc.property(valueArb, placesArb, roundingArb, (a, dp, rm) => {
        const x = Dec.from(a);
        const y = new Big(a);
        return (
          outcome(() => x.toFixed()) === outcome(() => y.toFixed()) &&
          outcome(() => x.toFixed(dp)) === outcome(() => y.toFixed(dp)) &&
          outcome(() => x.toFixed(dp, rm)) === outcome(() => y.toFixed(dp, rm))
        );
      }),
    );
    holds(
      fc.property(valueArb, fc.constantFrom(-1, 1.5, 2 ** 31, Number.NaN), fc.constantFrom(-1, 9, 0.5), (a, dp, rm) => {
        const x = Dec.from(a);
        const y = new Big(a);
        return (
          outcome(() => x.toFixed(dp)) === outcome(() => y.toFixed(dp)) &&
          outcome(() => x.toFixed(2, rm as Rounding)) === outcome(() => y.toFixed(2, rm as Rounding)) &&
          outcome(() => x.toDecimalPlaces(dp).valueOf()) === outcome(() => y.toDecimalPlaces(dp).valueOf())
        );
      }),
    );
  });

  it('comparisons: comparedTo, eq, gt, gte, lt, lte with decimals, strings and numbers', () => {
    holds(
      fc.property(valueArb, operandArb, (a, b) => {
        const x = Dec.from(a);
        const v = typeof b === 'number' ? b : Dec.from(b);
        const y = new Big(a);
        const w = bigOf(b);
        return (
          Object.is(x.comparedTo(v), y.comparedTo(w)) &&
          x.eq(v) === y.eq(w) &&
          x.gt(v) === y.gt(w) &&
          x.gte(v) === y.gte(w) &&
          x.lt(v) === y.lt(w) &&
          x.lte(v) === y.lte(w)
        );
      }),
    );
    // Equal values written differently (trailing zeros, another scale) compare equal.
    holds(
      fc.property(
        fc.tuple(fc.boolean(), coefficientArb, scaleArb),
        fc.integer({ min: 0, max: 6 }),
        ([n, c, s], z) =>
          Dec.from(written(n, c * 10n ** BigInt(z), s + z)).comparedTo(Dec.from(written(n, c, s))) ===
          new Big(written(n, c * 10n ** BigInt(z), s + z)).comparedTo(written(n, c, s)),
      ),
    );
  });

  it('predicates and conversions: isZero, isNegative, isInteger, decimalPlaces, toNumber, toString, valueOf, toJSON', () => {
    holds(
      fc.property(valueArb, (a) => {
        const x = Dec.from(a);
        const y = new Big(a);
        return (
          same(x, y) &&
          x.isInteger() === y.isInteger() &&
          Object.is(x.toNumber(), y.toNumber()) &&
          JSON.stringify({ x }) === JSON.stringify({ x: y }) &&
          `${x}` === `${y}` &&
          String(x) === String(y)
        );
      }),
    );
  });

  it('chains of operations stay equal (a short result feeds the next operation)', () => {
    holds(
      fc.property(valueArb, valueArb, valueArb, placesArb, roundingArb, (a, b, c, dp, rm) =>
        sameOutcome(
          () => Dec.from(a).mul(b).add(c).div(b).toDecimalPlaces(dp, rm).sub(a).abs(),
          () => new Big(a).mul(b).add(c).div(b).toDecimalPlaces(dp, rm).sub(a).abs(),
        ),
      ),
    );
  });
});

/** Whether the library holds a value short (coefficient and scale) or hands it to decimal.js. */
const form = (x: Dec): 'short' | 'long' => ((x as unknown as { big: unknown }).big === null ? 'short' : 'long');

describe('the hand-off boundaries, by hand', () => {
  it('reading: 2^53 - 1 is the largest short coefficient; leading zeros do not count; -0 is held by decimal.js', () => {
    expect(form(Dec.from('9007199254740991'))).toBe('short');
    expect(form(Dec.from('-9007199254740991'))).toBe('short');
    expect(form(Dec.from('9007199254740992'))).toBe('long');
    expect(Dec.from('9007199254740992').toString()).toBe('9007199254740992');
    // 1e-20 is 1 x 10^-20: one digit, short.
    expect(form(Dec.from('0.00000000000000000001'))).toBe('short');
    expect(form(Dec.from('1.500'))).toBe('short');
    expect(Dec.from('1.500').decimalPlaces()).toBe(1);
    expect(form(Dec.from('-0'))).toBe('long');
    expect(Dec.from('-0').valueOf()).toBe('-0');
    expect(Dec.from('-0').isNegative()).toBe(true);
    expect(form(Dec.from(-0))).toBe('long');
  });

  it('add and mul: the last safe result is short, the next one is decimal.js and still exact', () => {
    // 9007199254740990 + 1 = 9007199254740991 = 2^53 - 1
    expect(form(Dec.from('9007199254740990').add(1))).toBe('short');
    // 9007199254740990 + 2 = 9007199254740992 = 2^53, past the short form
    const over = Dec.from('9007199254740990').add(2);
    expect(form(over)).toBe('long');
    expect(over.toString()).toBe('9007199254740992');
    // 94906265^2 = 9007199136250225 < 2^53; 94906267^2 = 9007199515875289 > 2^53 - 1
    expect(Dec.from(94906265).mul(94906265).toString()).toBe('9007199136250225');
    expect(form(Dec.from(94906265).mul(94906265))).toBe('short');
    expect(Dec.from(94906267).mul(94906267).toString()).toBe('9007199515875289');
    expect(form(Dec.from(94906267).mul(94906267))).toBe('long');
    // 0.000001 x 0.000001 = 1 x 10^-12, short at scale 12; 1e-20 x 1e-20 = 1 x 10^-40, short at scale 40
    expect(Dec.from('0.000001').mul('0.000001').toString()).toBe('0.000000000001');
    expect(Dec.from('0.00000000000000000001').mul('0.00000000000000000001').toString()).toBe(`0.${'0'.repeat(39)}1`);
  });

  it('a decimal.js result that fits is held short again', () => {
    // 12345678901234567890 - 12345678901234567889 = 1
    const one = Dec.from('12345678901234567890').sub('12345678901234567889');
    expect(one.toString()).toBe('1');
    expect(form(one)).toBe('short');
  });

  it('div: terminating quotients are short, others are decimal.js rounded to 40 digits', () => {
    // 1 / 8 = 0.125
    expect(Dec.from(1).div(8).toString()).toBe('0.125');
    expect(form(Dec.from(1).div(8))).toBe('short');
    // 1 / -4 = -0.25
    expect(Dec.from(1).div(-4).toString()).toBe('-0.25');
    // 6.25 / 0.25 = 25 (scale 2 - 2, coefficient 625 / 25)
    expect(Dec.from('6.25').div('0.25').toString()).toBe('25');
    // 3 / 0.0003 = 10000: the scale goes below 0 and is multiplied back
    expect(Dec.from(3).div('0.0003').toString()).toBe('10000');
    // 1 / 3 does not terminate: 40 threes, the last digit rounded half-up (3 stays 3)
    expect(Dec.from(1).div(3).toString()).toBe(`0.${'3'.repeat(40)}`);
    expect(form(Dec.from(1).div(3))).toBe('long');
    // 2 / 3 = 0.666...67 at 40 digits (half-up)
    expect(Dec.from(2).div(3).toString()).toBe(`0.${'6'.repeat(39)}7`);
    // 1 / 2^30 terminates but needs 30 places and 21 digits: decimal.js, exact
    expect(
      Dec.from(1)
        .div(2 ** 30)
        .toString(),
    ).toBe('0.000000000931322574615478515625');
    // 0 / -4 is -0 in decimal.js; 5 / 0 is Infinity, 0 / 0 NaN
    expect(Dec.from(0).div(-4).valueOf()).toBe('-0');
    expect(Dec.from(5).div(0).toString()).toBe('Infinity');
    expect(Dec.from(0).div(0).toString()).toBe('NaN');
  });

  it('rounding: a negative value rounded to zero is -0, as decimal.js; its toFixed keeps the minus', () => {
    const r = Dec.from('-0.001').toDecimalPlaces(2);
    expect(r.valueOf()).toBe('-0');
    expect(r.toString()).toBe('0');
    expect(Dec.from('-0.001').toFixed(2)).toBe('-0.00');
    // -0.5 ceil = -0; -0.5 floor = -1; 2.5 half-even = 2; -2.5 half-up = -3; 2.45 to 1 place half-down = 2.4
    expect(Dec.from('-0.5').ceil().valueOf()).toBe('-0');
    expect(Dec.from('-0.5').floor().toString()).toBe('-1');
    expect(Dec.from('2.5').toDecimalPlaces(0, Dec.ROUND_HALF_EVEN).toString()).toBe('2');
    // Half-even on a tie with an odd quotient goes away from zero: 3.5 -> 4, 0.35 -> 0.4, -3.5 -> -4
    // (the random values above reach such a tie in this mode too rarely to rely on).
    expect(
      ['3.5', '0.35', '-3.5', '4.5'].map((v) =>
        Dec.from(v)
          .toDecimalPlaces(v === '0.35' ? 1 : 0, Dec.ROUND_HALF_EVEN)
          .toString(),
      ),
    ).toEqual(['4', '0.4', '-4', '4']);
    expect(['3.5', '0.35', '-3.5', '4.5'].map((v) => new Big(v).toDecimalPlaces(v === '0.35' ? 1 : 0, Dec.ROUND_HALF_EVEN).toString())).toEqual([
      '4',
      '0.4',
      '-4',
      '4',
    ]);
    expect(Dec.from('-2.5').toDecimalPlaces(0, Dec.ROUND_HALF_UP).toString()).toBe('-3');
    expect(Dec.from('2.45').toDecimalPlaces(1, Dec.ROUND_HALF_DOWN).toString()).toBe('2.4');
    // 1e-20 x 1e-20 to 10 places: 10^30 is not an exact double, so decimal.js rounds it (to 0)
    expect(Dec.from('0.00000000000000000001').mul('0.00000000000000000001').toDecimalPlaces(10).toString()).toBe('0');
    // 1.5 to 3 places is 1.500 in toFixed
    expect(Dec.from('1.5').toFixed(3)).toBe('1.500');
    expect(Dec.from(7).toFixed(2)).toBe('7.00');
  });

  it('mod: the sign of the dividend; -3 mod 3 is 0 and 3 mod 0 is NaN, as decimal.js', () => {
    // 7.5 mod 2 = 1.5; -7.5 mod 2 = -1.5
    expect(Dec.from('7.5').mod(2).toString()).toBe('1.5');
    expect(Dec.from('-7.5').mod(2).toString()).toBe('-1.5');
    // -3 mod 3: the remainder of the doubles is -0, but decimal.js gives 0 (its x - q y rounds half-up to +0)
    expect(Dec.from(-3).mod(3).valueOf()).toBe('0');
    expect(Dec.from(3).mod(0).toString()).toBe('NaN');
  });
});
