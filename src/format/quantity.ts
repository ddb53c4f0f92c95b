/**
 * Display formatting of a {@link Quantity} for people, following the ISMP conventions.
 *
 * Machine outputs (the plan, FHIR) keep UCUM codes and plain decimal strings; this module turns one
 * quantity into text a pharmacist or nurse reads. The rules applied, with where they were checked:
 *
 * - **Leading zero** before a decimal point below one (`0.5 mg`, never `.5 mg`: "mistaken as 5 mg if
 *   the decimal point is not seen"), and **no trailing zero** (`5 mg`, never `5.0 mg`: "mistaken as
 *   10 mg"). ISMP List of Error-Prone Abbreviations, Symbols, and Dose Designations (ISMP 2021,
 *   https://www.ismp.org/recommendations/error-prone-abbreviations-list), dose-designation rows, as
 *   reproduced in "Error-Prone Dose Designations" (https://www.empr.com/charts/error-prone-dose-designations/).
 * - **Commas for thousands** from 1,000 up (`25,000 mg`): "use commas for dosing units at or above
 *   1,000" (ISMP 2006 list as reproduced in J R Soc Interface, Table 3, rsif.royalsocietypublishing.org;
 *   BMJ Open Table 1 item 19). Applied to every quantity, not only doses, so one screen has one style.
 * - **A space between number and unit** (`10 mg`, not `10mg`: "the 'm' might be mistaken as a zero")
 *   and **no period after a unit** (`mg`, not `mg.`) (BMJ Open, Table 1 items 17-18, from the ISMP list).
 *   The one exception is `%`, written against the number as ISMP's own example does (`lidocaine 1%`).
 * - **`mcg`, never `µg` or `ug`** ("mistaken for mg ... one thousandfold overdose": ISMP list; The
 *   Joint Commission "Do Not Use" list, 2009). **`mL`, never `cc`; `L` upper case** (ISMP 2021).
 *   **`units` spelled out, never `U` or `IU`** (ISMP 2021: "Use unit(s)"). The library has no
 *   quantity in units today, so `U`, `IU`, `[iU]` and `[U]` are refused as unknown units rather than
 *   mapped: no text from this module can contain `U` for units.
 * - **No `@`, `&`, `+`, `<`, `>`** ("@ mistaken as 2", "< 10 mistaken as 40": ISMP error-prone symbols,
 *   as reproduced at https://www.optometryadvisor.com/home/clinical-charts/error-prone-symbols/). A
 *   value too small for the asked precision is therefore refused (`rounds_to_zero`), never shown as
 *   `<0.01`. The same table lists the slash for "separates two doses"; ISMP's correction is to use
 *   "per" between two doses, and the slash inside a unit (`mcg/kg/min`, `mL/h`) stays, as in ISMP's
 *   own smart-pump material and the house style.
 *
 * **Precision (the display never shows a precision other than the one delivered).** By default the
 * value's own digits are shown, all of them: the text is exactly the delivered value, trailing zeros
 * dropped and nothing rounded. With `decimals`, a value that has more decimal places than asked is
 * rounded once (mode `halfExpand` unless `mode` names another) and the result says so twice: the
 * text starts with `≈` and `rounded` is `true`, with the exact value in `exact`. A value that has
 * no more places than asked is shown exactly (never padded with zeros) and `rounded` is `false`.
 *
 * Units are a closed set: every UCUM code the library writes, built from the atoms in
 * {@link DISPLAY_ATOMS} joined by `/`. Anything else is a coded issue, never a guess.
 *
 * @module
 */
import type { IssueCode } from '../types/issue-codes.js';
import { guard, snapshot } from '../schema/guard.js';
import { deepFreeze } from '../types/freeze.js';
import { checkBounds, REQUEST_BOUNDS } from '../types/input-limits.js';
import { dec, readDecimal, REPORT_DECIMALS, roundToIncrement, ROUNDING_MODES, toPlainString, type RoundingMode } from '../decimal/index.js';
import { mgPer } from '../units/index.js';
import { describeReceived, type Issue, type Issues } from '../types/issues.js';
import { displayNumber, isExactlyOne, normalise, splitPlain, type PlainParts } from './display-number.js';
import { DISPLAY_ATOMS, displayUnit, errorProneHint } from './display-unit.js';

export { DISPLAY_ATOMS };

/** Options of {@link formatQuantity}. */
export interface FormatQuantityOptions {
  /**
   * At most this many decimal places (an integer from 0 to 6, the places the library reports).
   * A value with more places is rounded and the result is marked (`≈`, `rounded: true`).
   * Omitted: the value's own digits, never rounded.
   */
  readonly decimals?: number;
  /** Rounding mode when `decimals` rounds: `halfExpand` (the default), `halfEven`, `trunc`, `ceil` or `floor`. */
  readonly mode?: RoundingMode;
  /**
   * Show a leading mass (`mg`, `mg/mL`, `mg/kg/h` ...) in this unit, converted exactly (a decimal
   * shift): an agent's display unit (`agents[].displayUnit`), so dexmedetomidine's `0.004 mg/mL`
   * reads `4 mcg/mL`. A quantity that does not start with a mass is shown as it is.
   */
  readonly massUnit?: 'g' | 'mg' | 'ug';
}

/** A formatted quantity, or the issues that stopped it. */
export type FormattedQuantity =
  | {
      readonly ok: true;
      /** The display text, e.g. `0.05 mcg/kg/min`, `25,000 mg`, or `≈0.33 mg/mL` when rounded. */
      readonly text: string;
      /** `true` when the number shown differs from the value (the text then starts with `≈`). */
      readonly rounded: boolean;
      /** The exact value as a plain decimal without trailing zeros, e.g. `0.333333`. */
      readonly exact: string;
      /** The display unit, e.g. `mcg/kg/min`. */
      readonly unit: string;
    }
  | { readonly ok: false; readonly issues: Issues };

function issue(code: IssueCode, path: readonly (string | number)[], message: string, expected?: string, received?: string): Issue {
  return {
    code,
    path,
    message,
    ...(expected !== undefined ? { expected } : {}),
    ...(received !== undefined ? { received } : {}),
  };
}

/** Significant digits the library's decimal arithmetic carries (its constructor's precision). */
const MAX_SIGNIFICANT_DIGITS = 40;

/** A piece of untrusted input once read: its value, or the one issue that refuses it. */
type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issue: Issue };

/** The value: a plain decimal string only. Numbers are refused too: a float has no stated precision. */
function readValue(raw: unknown): Read<PlainParts> {
  if (typeof raw !== 'string') {
    return {
      ok: false,
      issue: issue('value_not_string', ['value'], 'The value must be a plain decimal string such as "0.5".', 'plain decimal string', describeReceived(raw)),
    };
  }
  const read = readDecimal(raw);
  if (read.ok) return { ok: true, value: splitPlain(raw) };
  if (read.problem === 'empty_string') {
    return {
      ok: false,
      issue: issue('empty_value', ['value'], 'The value is empty; give a plain decimal string such as "0.5".', 'plain decimal string', '""'),
    };
  }
  return {
    ok: false,
    issue: issue(
      'not_plain_decimal',
      ['value'],
      'The value must be a plain decimal: digits with an optional leading minus and fraction (no exponent, hex, separators, NaN or Infinity).',
      'plain decimal string',
      describeReceived(raw),
    ),
  };
}

/** The unit: the closed set. Only the code is checked here; the plural waits until the number is known. */
function checkUnit(raw: unknown): Issue | undefined {
  if (typeof raw === 'string' && displayUnit(raw, true) !== undefined) return undefined;
  return issue(
    'unknown_unit',
    ['unit'],
    `The unit is not one the library writes.${errorProneHint(raw)}`,
    `a UCUM code built from ${Object.keys(DISPLAY_ATOMS).join(', ')} joined by "/", or % or 1`,
    describeReceived(raw),
  );
}

/** `decimals`: omitted means the value's own digits; otherwise a whole number of places the library reports. */
function readDecimals(d: unknown): Read<number | undefined> {
  if (d === undefined) return { ok: true, value: undefined };
  if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > REPORT_DECIMALS) {
    return {
      ok: false,
      issue: issue(
        'invalid_decimals',
        ['options', 'decimals'],
        `decimals must be a whole number from 0 to ${REPORT_DECIMALS}.`,
        `integer 0..${REPORT_DECIMALS}`,
        describeReceived(d),
      ),
    };
  }
  return { ok: true, value: d };
}

/** `mode`: one of the named rounding modes; omitted means `halfExpand`, the documented default. */
function readMode(m: unknown): Read<RoundingMode> {
  if (m === undefined) return { ok: true, value: 'halfExpand' };
  if (typeof m !== 'string' || !(ROUNDING_MODES as readonly string[]).includes(m)) {
    return {
      ok: false,
      issue: issue(
        'invalid_rounding_mode',
        ['options', 'mode'],
        `mode must be one of ${ROUNDING_MODES.join(', ')}.`,
        ROUNDING_MODES.join(' | '),
        describeReceived(m),
      ),
    };
  }
  return { ok: true, value: m as RoundingMode };
}

/** The options once read; `decimals` undefined means show the value exactly. */
interface ReadOptions {
  readonly decimals: number | undefined;
  readonly mode: RoundingMode;
  readonly massUnit: MassDisplay | undefined;
  readonly issues: readonly Issue[];
}

type MassDisplay = 'g' | 'mg' | 'ug';
const MASS_DISPLAYS: readonly MassDisplay[] = ['g', 'mg', 'ug'];

function readMassDisplay(m: unknown): Read<MassDisplay | undefined> {
  if (m === undefined) return { ok: true, value: undefined };
  if (typeof m === 'string' && (MASS_DISPLAYS as readonly string[]).includes(m)) return { ok: true, value: m as MassDisplay };
  return {
    ok: false,
    issue: issue('invalid_options', ['options', 'massUnit'], 'massUnit must be the UCUM code g, mg or ug.', 'g | mg | ug', describeReceived(m)),
  };
}

/**
 * The quantity with its leading mass atom (`g`, `mg` or `ug`; `mcg` is no UCUM code and is left as it
 * is) in `to`, exact: value x (mg per atom) / (mg per `to`), a decimal shift. Unchanged when there is
 * no leading mass, or the value is not a plain decimal (it is then shown or refused as it is).
 */
export function inMassUnit(q: { readonly value: string; readonly unit: string }, to: MassDisplay | undefined): { value: string; unit: string } {
  const [head, ...rest] = q.unit.split('/');
  if (to === undefined || head === undefined || head === to || !(MASS_DISPLAYS as readonly string[]).includes(head) || !/^-?\d+(\.\d+)?$/.test(q.value)) {
    return { value: q.value, unit: q.unit };
  }
  return {
    value: dec(q.value)
      .mul(mgPer(head as MassDisplay))
      .div(mgPer(to))
      .toFixed(),
    unit: [to, ...rest].join('/'),
  };
}

/** Reads the options, `decimals` before `mode`, so their issues come in that order. */
function readOptions(options: FormatQuantityOptions | undefined): ReadOptions {
  if (options === undefined) return { decimals: undefined, mode: 'halfExpand', massUnit: undefined, issues: [] };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return {
      decimals: undefined,
      mode: 'halfExpand',
      massUnit: undefined,
      issues: [issue('invalid_options', ['options'], 'Options must be an object { decimals?, mode?, massUnit? }.', 'object', describeReceived(options))],
    };
  }
  const decimals = readDecimals(options.decimals);
  const mode = readMode(options.mode);
  const massUnit = readMassDisplay(options.massUnit);
  return {
    decimals: decimals.ok ? decimals.value : undefined,
    mode: mode.ok ? mode.value : 'halfExpand',
    massUnit: massUnit.ok ? massUnit.value : undefined,
    issues: [...(decimals.ok ? [] : [decimals.issue]), ...(mode.ok ? [] : [mode.issue]), ...(massUnit.ok ? [] : [massUnit.issue])],
  };
}

/** The digits to show, and whether they differ from the value; or why they cannot be shown. */
type Shown = { readonly ok: true; readonly parts: PlainParts; readonly rounded: boolean } | { readonly ok: false; readonly issues: Issues };

/**
 * The value's own digits when it has no more places than asked (never padded with zeros);
 * otherwise rounded once, here, with the named mode, while the exact value goes back in `exact`.
 */
function roundForDisplay(parts: PlainParts, exact: string, decimals: number | undefined, mode: RoundingMode): Shown {
  if (decimals === undefined || parts.frac.length <= decimals) return { ok: true, parts, rounded: false };
  const significant = `${parts.int}${parts.frac}`.replace(/^0+/, '').length;
  if (significant > MAX_SIGNIFICANT_DIGITS) {
    return {
      ok: false,
      issues: [
        issue(
          'too_many_digits',
          ['value'],
          `The value has more than ${MAX_SIGNIFICANT_DIGITS} significant digits, more than the library's arithmetic carries; format it without decimals to show it exactly.`,
          `at most ${MAX_SIGNIFICANT_DIGITS} significant digits`,
          String(significant),
        ),
      ],
    };
  }
  const increment = decimals === 0 ? '1' : `0.${'0'.repeat(decimals - 1)}1`;
  // decimals <= REPORT_DECIMALS, so toPlainString (6 places) keeps every digit of the rounded value.
  const value = roundToIncrement(dec(exact), dec(increment), mode);
  if (value.isZero()) {
    return {
      ok: false,
      issues: [
        issue(
          'rounds_to_zero',
          ['value'],
          `${exact} shown to ${decimals} decimal places would read as 0, hiding a dose; format it with more decimals or without decimals.`,
          `a value that is still non-zero at ${decimals} decimal places`,
          JSON.stringify(exact),
        ),
      ],
    };
  }
  return { ok: true, parts: splitPlain(toPlainString(value)), rounded: true };
}

/** The display text: `≈` first when rounded, then the number, then the unit pluralised for that number. */
function displayed(shown: PlainParts, rounded: boolean, exact: string, code: string): FormattedQuantity {
  const number = displayNumber(shown);
  const unit = displayUnit(code, isExactlyOne(shown)) ?? '';
  const separator = unit === '' || unit === '%' ? '' : ' ';
  return { ok: true, text: `${rounded ? '≈' : ''}${number}${separator}${unit}`, rounded, exact, unit };
}

/**
 * Formats a quantity for display by the ISMP conventions, without ever showing a precision other
 * than the value's own unless the result says it rounded. Never throws: bad input is returned as
 * coded issues (`not_a_quantity`, `value_not_string`, `empty_value`, `not_plain_decimal`,
 * `unknown_unit`, `invalid_options`, `invalid_decimals`, `invalid_rounding_mode`, `rounds_to_zero`,
 * `too_many_digits`).
 *
 * @param q - A quantity as the library writes it: a plain decimal string and a UCUM unit code.
 * @param options - `decimals`: at most this many places (0 to 6), rounding marked with `≈` and
 *   `rounded: true`; `mode`: the rounding mode for that (default `halfExpand`).
 * @returns `{ ok: true, text, rounded, exact, unit }`, or `{ ok: false, issues }`.
 * @example
 * formatQuantity({ value: '0.050', unit: 'ug/kg/min' }); // { ok: true, text: '0.05 mcg/kg/min', rounded: false, ... }
 * formatQuantity({ value: '25000', unit: 'mg' });        // text '25,000 mg'
 * formatQuantity({ value: '0.333333', unit: 'mg/mL' }, { decimals: 2 }); // text '≈0.33 mg/mL', rounded: true
 */
export function formatQuantity(q: { readonly value: string; readonly unit: string }, options?: FormatQuantityOptions): FormattedQuantity {
  return deepFreeze(
    guard(() => {
      const read = snapshot([q, options]);
      if (!read.ok) return read;
      const [plainQ, plainOptions] = read.value as [typeof q, FormatQuantityOptions | undefined];
      // The digit and text limits of every door, before any work: a 100,000-digit value is refused, not formatted.
      const tooBig = checkBounds(plainQ, REQUEST_BOUNDS) ?? checkBounds(plainOptions, REQUEST_BOUNDS);
      if (tooBig !== undefined) return { ok: false as const, issues: [tooBig] as const };
      return formatPlainQuantity(plainQ, plainOptions);
    }),
  );
}

function formatPlainQuantity(q: { readonly value: string; readonly unit: string }, options?: FormatQuantityOptions): FormattedQuantity {
  if (typeof q !== 'object' || q === null || Array.isArray(q)) {
    return {
      ok: false,
      issues: [issue('not_a_quantity', [], 'Expected a quantity { value, unit }.', '{ value: string, unit: string }', describeReceived(q))],
    };
  }
  const givenValue: unknown = (q as unknown as Record<string, unknown>)['value'];
  const givenUnit: unknown = (q as unknown as Record<string, unknown>)['unit'];
  const read = readOptions(options);
  // A leading mass shown in the caller's unit (exact); anything unreadable goes on to be refused as it is.
  const moved = typeof givenValue === 'string' && typeof givenUnit === 'string' ? inMassUnit({ value: givenValue, unit: givenUnit }, read.massUnit) : undefined;
  const rawValue: unknown = moved !== undefined ? moved.value : givenValue;
  const rawUnit: unknown = moved !== undefined ? moved.unit : givenUnit;
  // Every problem is reported at once, in the order value, unit, options.
  const value = readValue(rawValue);
  const unitIssue = checkUnit(rawUnit);
  const [first, ...rest] = [...(value.ok ? [] : [value.issue]), ...(unitIssue !== undefined ? [unitIssue] : []), ...read.issues];
  if (first !== undefined) return { ok: false, issues: [first, ...rest] };
  // Both are set when there are no issues; the check below only narrows the types.
  if (!value.ok || typeof rawUnit !== 'string') {
    return { ok: false, issues: [issue('not_a_quantity', [], 'Expected a quantity { value, unit }.')] };
  }
  const exact = normalise(value.value);
  const shown = roundForDisplay(value.value, exact, read.decimals, read.mode);
  if (!shown.ok) return shown;
  return displayed(shown.parts, shown.rounded, exact, rawUnit);
}
