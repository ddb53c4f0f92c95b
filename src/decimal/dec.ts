/**
 * The library's exact decimal. The common case is held short, as a safe-integer coefficient and a scale
 * (value = c x 10^-s); anything else is held by decimal.js. Every operation is done short only when the
 * result is exact in that form (at most 16 digits, so decimal.js's 40-digit precision never rounds it) and
 * is not -0; otherwise it is done by decimal.js itself. So every result equals decimal.js's by construction.
 * tests/decimal/short-decimal.property.test.ts compares every method with decimal.js.
 */
import DecimalJs from 'decimal.js';

/**
 * The private decimal.js constructor behind the long form: 40 significant digits, half-up, never exponent
 * notation from `toString`. `Decimal.clone` keeps this configuration away from any other user of decimal.js.
 */
export const Big = /* @__PURE__ */ DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -9e15, toExpPos: 9e15 });
/** A decimal.js value of the private constructor. */
export type Big = InstanceType<typeof Big>;

/** What an operation accepts as its other operand, as decimal.js does. */
export type DecValue = Dec | number | string;
/** decimal.js rounding modes: 0 up, 1 down, 2 ceil, 3 floor, 4 half-up, 5 half-down, 6 half-even, 7 half-ceil, 8 half-floor. */
export type Rounding = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** Exact powers of ten as doubles: 10^0 .. 10^22. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
/** A decimal literal decimal.js reads digit for digit: optional minus, digits, optional fraction. */
const DIGITS = /^(-?)(\d+)(?:\.(\d+))?$/;

/** c x 10^k when that is a safe integer, else null. */
function scaleUp(c: number, k: number): number | null {
  if (k === 0) return c;
  const p = POW10[k];
  if (p === undefined) return null;
  const r = c * p;
  return Number.isSafeInteger(r) ? r : null;
}

/** A coefficient the short form may hold: a safe integer, never -0 (decimal.js keeps -0 apart). */
function isShortCoefficient(c: number): boolean {
  return Number.isSafeInteger(c) && !Object.is(c, -0);
}

/** Greatest common divisor of two positive safe integers (Euclid; `%` is exact on them). */
function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Whether a quotient q with a non-zero remainder r (by 10^k, |r| compared with half = 10^k / 2) rounds away from zero. */
function roundsAway(q: number, r: number, half: number, rm: Rounding): boolean {
  // r has the sign of the value (the remainder of `%` has the sign of the dividend).
  const neg = r < 0;
  const a = Math.abs(r);
  if (rm === 0) return true;
  if (rm === 1) return false;
  if (rm === 2) return !neg;
  if (rm === 3) return neg;
  if (a !== half) return a > half;
  // A tie: half-up, half-down, half-even, half-ceil, half-floor.
  if (rm === 4) return true;
  if (rm === 5) return false;
  if (rm === 6) return q % 2 !== 0;
  return rm === 7 ? !neg : neg;
}

/** Whether `dp` and `rm` are arguments decimal.js accepts (it throws on any other). */
function isPlacesArg(dp: number, rm: number | undefined): boolean {
  return Number.isInteger(dp) && dp >= 0 && dp <= 1e9 && (rm === undefined || (Number.isInteger(rm) && rm >= 0 && rm <= 8));
}

/** An exact decimal value inside the library (immutable). Never part of the public types. */
export class Dec {
  static readonly ROUND_UP = 0 as const;
  static readonly ROUND_DOWN = 1 as const;
  static readonly ROUND_CEIL = 2 as const;
  static readonly ROUND_FLOOR = 3 as const;
  static readonly ROUND_HALF_UP = 4 as const;
  static readonly ROUND_HALF_DOWN = 5 as const;
  static readonly ROUND_HALF_EVEN = 6 as const;
  static readonly ROUND_HALF_CEIL = 7 as const;
  static readonly ROUND_HALF_FLOOR = 8 as const;

  /**
   * @param c the coefficient, a safe integer, never -0 (0 when `big` holds the value)
   * @param s the scale, at least 0, with no trailing zero in `c` when above 0 (0 when `big` holds the value)
   * @param big the value, when it is not short (more digits, -0, NaN, Infinity)
   */
  private constructor(
    private readonly c: number,
    private readonly s: number,
    private readonly big: Big | null,
  ) {}

  /** The value of a decimal, a number (its shortest round-trip string, as decimal.js reads it) or a decimal string. */
  static from(v: DecValue): Dec {
    if (v instanceof Dec) return v;
    if (typeof v === 'number') {
      if (Number.isSafeInteger(v) && !Object.is(v, -0)) return new Dec(v, 0, null);
      // decimal.js reads a number other than 0 through String(n), so the short reading of that string is
      // its reading; -0 (String gives '0') it keeps as -0.
      if (v !== 0) return Dec.parse(String(v)) ?? Dec.long(new Big(v));
      return Dec.long(new Big(v));
    }
    return Dec.parse(v) ?? Dec.long(new Big(v));
  }

  /** The short form of a plain decimal string, or null when it has other syntax or does not fit. */
  private static parse(text: string): Dec | null {
    const m = DIGITS.exec(text);
    if (m === null) return null;
    const frac = m[3] ?? '';
    // Leading zeros dropped (0.05 is 5 x 10^-2), so that only significant digits count.
    const digits = ((m[2] as string) + frac).replace(/^0+(?=\d)/, '');
    if (digits.length > 16) return null;
    // At most 16 digits: Number() is exact whenever the result is a safe integer.
    const c = m[1] === '-' ? -Number(digits) : Number(digits);
    return isShortCoefficient(c) ? Dec.short(c, frac.length) : null;
  }

  /** c x 10^-s with trailing zeros taken into the scale, as decimal.js normalises. */
  private static short(c: number, s: number): Dec {
    while (s > 0 && c % 10 === 0) {
      c /= 10;
      s--;
    }
    return new Dec(c, s, null);
  }

  /** A decimal.js result, held short when it fits exactly, else held as it is. */
  private static long(b: Big): Dec {
    if (b.isFinite() && !(b.isZero() && b.isNeg()) && b.sd() <= 16) {
      const s = Dec.parse(b.toFixed());
      if (s !== null) return s;
    }
    return new Dec(0, 0, b);
  }

  /** This value in decimal.js (an integer through decimal.js's number path, which skips its string parser below 10^7). */
  private toBig(): Big {
    return this.big ?? new Big(this.s === 0 ? this.c : this.toString());
  }

  /** Both operands' coefficients at a common scale, when both are short and that is exact. */
  private align(y: Dec): { a: number; b: number; s: number } | null {
    if (this.big !== null || y.big !== null) return null;
    const s = Math.max(this.s, y.s);
    const a = scaleUp(this.c, s - this.s);
    const b = scaleUp(y.c, s - y.s);
    return a === null || b === null ? null : { a, b, s };
  }

  add(v: DecValue): Dec {
    const y = Dec.from(v);
    const p = this.align(y);
    if (p !== null && isShortCoefficient(p.a + p.b)) return Dec.short(p.a + p.b, p.s);
    return Dec.long(this.toBig().add(y.toBig()));
  }

  sub(v: DecValue): Dec {
    const y = Dec.from(v);
    const p = this.align(y);
    if (p !== null && isShortCoefficient(p.a - p.b)) return Dec.short(p.a - p.b, p.s);
    return Dec.long(this.toBig().sub(y.toBig()));
  }

  /** Same as {@link add} (decimal.js's other name). */
  plus(v: DecValue): Dec {
    return this.add(v);
  }

  /** Same as {@link sub} (decimal.js's other name). */
  minus(v: DecValue): Dec {
    return this.sub(v);
  }

  mul(v: DecValue): Dec {
    const y = Dec.from(v);
    if (this.big === null && y.big === null) {
      // Exact when safe: both factors are exact integers and the double product is then exact.
      const c = this.c * y.c;
      if (isShortCoefficient(c)) return Dec.short(c, this.s + y.s);
    }
    return Dec.long(this.toBig().mul(y.toBig()));
  }

  div(v: DecValue): Dec {
    const y = Dec.from(v);
    const q = this.big === null && y.big === null ? this.shortQuotient(y) : null;
    return q ?? Dec.long(this.toBig().div(y.toBig()));
  }

  /**
   * this / y when it terminates within the short form: (c1 / c2) x 10^(s2 - s1) with c1 / c2 = n / d in
   * lowest terms, d = 2^i 5^j, so n / d = n x (10^k / d) x 10^-k with k = max(i, j).
   */
  private shortQuotient(y: Dec): Dec | null {
    if (y.c === 0) return null;
    const g = gcd(Math.abs(this.c), Math.abs(y.c));
    // 0 / negative is -0 in decimal.js and in doubles alike; isShortCoefficient refuses it below.
    const n = y.c < 0 ? -(this.c / g) : this.c / g;
    let d = Math.abs(y.c) / g;
    let twos = 0;
    let fives = 0;
    for (; d % 2 === 0; twos++) d /= 2;
    for (; d % 5 === 0; fives++) d /= 5;
    if (d !== 1) return null;
    const k = Math.max(twos, fives);
    // 10^k / d (exact: d divides 10^k); more than 22 places does not fit the short form anyway.
    const p = POW10[k];
    if (p === undefined) return null;
    const c = n * (p / (Math.abs(y.c) / g));
    if (!isShortCoefficient(c)) return null;
    const s = this.s - y.s + k;
    if (s >= 0) return Dec.short(c, s);
    const up = scaleUp(c, -s);
    return up === null ? null : Dec.short(up, 0);
  }

  /** The remainder of truncated division (decimal.js's default modulo mode): the sign of this value. */
  mod(v: DecValue): Dec {
    const y = Dec.from(v);
    const p = this.align(y);
    if (p !== null && p.b !== 0 && isShortCoefficient(p.a % p.b)) return Dec.short(p.a % p.b, p.s);
    return Dec.long(this.toBig().mod(y.toBig()));
  }

  /** This value to a whole power; short only while every partial product is. */
  pow(v: DecValue): Dec {
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 64 && this.big === null) {
      let r: Dec = new Dec(1, 0, null);
      for (let i = 0; i < v && r.big === null; i++) r = r.mul(this);
      if (r.big === null) return r;
    }
    return Dec.long(this.toBig().pow(Dec.from(v).toBig()));
  }

  /** Always by decimal.js (rounded to 40 digits); a result that fits is held short. */
  sqrt(): Dec {
    return Dec.long(this.toBig().sqrt());
  }

  abs(): Dec {
    if (this.big !== null) return Dec.long(this.big.abs());
    return this.c < 0 ? new Dec(-this.c, this.s, null) : this;
  }

  /** 1, 0 or -1, as decimal.js's `cmp` (NaN when either is NaN). */
  comparedTo(v: DecValue): number {
    const y = Dec.from(v);
    const p = this.align(y);
    if (p === null) return this.toBig().cmp(y.toBig());
    return p.a > p.b ? 1 : p.a < p.b ? -1 : 0;
  }

  eq(v: DecValue): boolean {
    return this.comparedTo(v) === 0;
  }

  gt(v: DecValue): boolean {
    return this.comparedTo(v) > 0;
  }

  gte(v: DecValue): boolean {
    const k = this.comparedTo(v);
    return k > 0 || k === 0;
  }

  lt(v: DecValue): boolean {
    return this.comparedTo(v) < 0;
  }

  lte(v: DecValue): boolean {
    const k = this.comparedTo(v);
    return k < 0 || k === 0;
  }

  isZero(): boolean {
    return this.big === null ? this.c === 0 : this.big.isZero();
  }

  /** True for -0 too, as in decimal.js (only a long value can be -0). */
  isNegative(): boolean {
    return this.big === null ? this.c < 0 : this.big.isNeg();
  }

  isInteger(): boolean {
    return this.big === null ? this.s === 0 : this.big.isInteger();
  }

  decimalPlaces(): number {
    return this.big === null ? this.s : this.big.decimalPlaces();
  }

  /** Rounded to `dp` places with mode `rm` (default half-up); the same value when `dp` is not given. */
  toDecimalPlaces(dp?: number, rm?: Rounding): Dec {
    if (dp === undefined) return this;
    if (this.big === null && isPlacesArg(dp, rm)) {
      const r = this.roundShort(dp, rm ?? Dec.ROUND_HALF_UP);
      if (r !== null) return r;
    }
    return Dec.long(this.toBig().toDecimalPlaces(dp, rm as Rounding));
  }

  floor(): Dec {
    return this.toDecimalPlaces(0, Dec.ROUND_FLOOR);
  }

  ceil(): Dec {
    return this.toDecimalPlaces(0, Dec.ROUND_CEIL);
  }

  /** A short value rounded to dp places, or null when the result would be -0 or 10^(s - dp) is not exact. */
  private roundShort(dp: number, rm: Rounding): Dec | null {
    if (this.s <= dp) return this;
    const p = POW10[this.s - dp];
    if (p === undefined) return null;
    const r = this.c % p;
    // Exact: c - r is a multiple of p no larger than c.
    const q = (this.c - r) / p;
    const c = r !== 0 && roundsAway(q, r, p / 2, rm) ? q + Math.sign(this.c) : q;
    // A negative value rounded to 0 is -0 in decimal.js: left to it.
    if (c === 0 && this.c < 0) return null;
    return Dec.short(c, dp);
  }

  /** Plain notation, never an exponent; with `dp`, exactly `dp` places after rounding with `rm`. */
  toFixed(dp?: number, rm?: Rounding): string {
    if (this.big === null && dp === undefined) return this.toString();
    if (this.big === null && dp !== undefined && isPlacesArg(dp, rm)) {
      const r = this.roundShort(dp, rm ?? Dec.ROUND_HALF_UP);
      if (r !== null) return r.withPlaces(dp);
    }
    return this.toBig().toFixed(dp as number, rm as Rounding);
  }

  /** A short value's plain string padded with zeros to `dp` places (dp >= s). */
  private withPlaces(dp: number): string {
    const text = this.toString();
    if (dp === this.s) return text;
    return (this.s === 0 ? `${text}.` : text) + '0'.repeat(dp - this.s);
  }

  toNumber(): number {
    return this.big === null ? Number(this.toString()) : this.big.toNumber();
  }

  /** Plain notation, as decimal.js with this configuration: -0 reads `0`. */
  toString(): string {
    if (this.big !== null) return this.big.toString();
    const digits = String(Math.abs(this.c));
    const sign = this.c < 0 ? '-' : '';
    if (this.s === 0) return sign + digits;
    const padded = digits.padStart(this.s + 1, '0');
    const cut = padded.length - this.s;
    return `${sign}${padded.slice(0, cut)}.${padded.slice(cut)}`;
  }

  /** As decimal.js: the plain string, but `-0` for negative zero. */
  valueOf(): string {
    return this.big === null ? this.toString() : this.big.valueOf();
  }

  toJSON(): string {
    return this.valueOf();
  }
}
