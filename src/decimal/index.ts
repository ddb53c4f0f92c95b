/**
 * The library's decimal module: the exact decimal type every number in the library goes through, and the
 * door that reads numbers into it. The type (./dec.ts) holds the common case as a short integer and a scale
 * and hands everything else to a private decimal.js constructor, so no global decimal.js setting can
 * change a dose and every result equals decimal.js's.
 */
import { Dec, type Rounding } from './dec.js';

export { Dec, type DecValue, type Rounding } from './dec.js';

/** Rounding modes, named as in the Intl / Temporal vocabulary. */
export const ROUNDING_MODES = /* @__PURE__ */ Object.freeze(['halfExpand', 'halfEven', 'trunc', 'ceil', 'floor'] as const);
/** A rounding mode from {@link ROUNDING_MODES}. */
export type RoundingMode = (typeof ROUNDING_MODES)[number];

const MODE_TO_DECIMAL: Record<RoundingMode, Rounding> = {
  halfExpand: Dec.ROUND_HALF_UP,
  halfEven: Dec.ROUND_HALF_EVEN,
  trunc: Dec.ROUND_DOWN,
  ceil: Dec.ROUND_CEIL,
  floor: Dec.ROUND_FLOOR,
};

/** A plain decimal literal: optional minus, digits, optional fraction. No exponent, hex, `_`, or bare `.5`. */
export const PLAIN_DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** Why a raw value could not be read as a number. */
export type NumberProblem = 'not_a_number' | 'not_finite' | 'not_plain_decimal' | 'empty_string';

/**
 * Reads a number or a plain decimal string exactly. decimal.js on its own would accept `0x10`,
 * `1_000` and `1e3`; those are refused here, before the constructor sees them.
 */
export function readDecimal(raw: unknown): { ok: true; value: Dec } | { ok: false; problem: NumberProblem } {
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) return { ok: false, problem: 'not_a_number' };
    if (!Number.isFinite(raw)) return { ok: false, problem: 'not_finite' };
    // Number -> shortest round-trip string -> exact decimal; -0 becomes 0.
    return { ok: true, value: Dec.from(Object.is(raw, -0) ? 0 : raw) };
  }
  if (typeof raw === 'string') {
    if (raw.length === 0) return { ok: false, problem: 'empty_string' };
    if (!PLAIN_DECIMAL.test(raw)) return { ok: false, problem: 'not_plain_decimal' };
    return { ok: true, value: Dec.from(raw) };
  }
  return { ok: false, problem: 'not_a_number' };
}

/** Builds a decimal from a trusted literal in the library's own data (a string such as `'0.45359237'`). */
export function dec(literal: string | number): Dec {
  return Dec.from(literal);
}

/**
 * Rounds `x` to a multiple of `increment` with the named mode.
 * @example roundToIncrement(dec('24.56'), dec('0.1'), 'halfExpand') // 24.6
 */
export function roundToIncrement(x: Dec, increment: Dec, mode: RoundingMode): Dec {
  return x.div(increment).toDecimalPlaces(0, MODE_TO_DECIMAL[mode]).mul(increment);
}

/** Decimal places a reported (not device-rounded) value keeps in output. */
export const REPORT_DECIMALS = 6;

/**
 * A plain decimal string for output: at most {@link REPORT_DECIMALS} places (half-expand), no
 * exponent, no trailing zeros, never `-0`.
 */
export function toPlainString(x: Dec): string {
  const rounded = x.toDecimalPlaces(REPORT_DECIMALS, Dec.ROUND_HALF_UP);
  if (rounded.isZero()) return '0';
  return rounded.toFixed();
}

const ZERO = /* @__PURE__ */ Dec.from(0);

/**
 * The value {@link toPlainString} shows, as a decimal: at most {@link REPORT_DECIMALS} places
 * (half-expand), zero never negative. For a value a person is shown and the plan then uses.
 */
export function toReportPrecision(x: Dec): Dec {
  const rounded = x.toDecimalPlaces(REPORT_DECIMALS, Dec.ROUND_HALF_UP);
  return rounded.isZero() ? ZERO : rounded;
}

/** The smaller of two decimals. */
export function minDec(a: Dec, b: Dec): Dec {
  return a.lte(b) ? a : b;
}

/** The larger of two decimals. */
export function maxDec(a: Dec, b: Dec): Dec {
  return a.gte(b) ? a : b;
}
