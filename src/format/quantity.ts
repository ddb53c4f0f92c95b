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
import { dec, readDecimal, REPORT_DECIMALS, roundToIncrement, ROUNDING_MODES, toPlainString, type RoundingMode } from '../decimal/index.js';
import { describeReceived, type Issue, type Issues } from '../schema/issues.js';

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

/** One unit atom: its display text, and its plural when it is a counted noun in the numerator. */
interface DisplayAtom {
  readonly text: string;
  readonly plural?: string;
}

/**
 * The UCUM atoms the library writes and how each is displayed. A unit is one atom or atoms joined
 * by `/` (`ug/kg/min`, `mg/{spray}`, `{dose}/d`); counted nouns take their plural in the numerator
 * when the number shown is not exactly 1 (`2 sprays`, `1 spray`, `mg/spray`).
 */
export const DISPLAY_ATOMS = {
  g: { text: 'g' },
  mg: { text: 'mg' },
  ug: { text: 'mcg' },
  kg: { text: 'kg' },
  '[lb_av]': { text: 'lb' },
  mL: { text: 'mL' },
  L: { text: 'L' },
  dL: { text: 'dL' },
  h: { text: 'h' },
  min: { text: 'min' },
  d: { text: 'day', plural: 'days' },
  a: { text: 'year', plural: 'years' },
  cm: { text: 'cm' },
  '[in_i]': { text: 'in' },
  m2: { text: 'm²' },
  '{spray}': { text: 'spray', plural: 'sprays' },
  '{dose}': { text: 'dose', plural: 'doses' },
  '{session}': { text: 'session', plural: 'sessions' },
} as const satisfies Record<string, DisplayAtom>;

/** Units that stand alone only: `%` (no space, `1%`) and the UCUM unity `1` (a bare count). */
const STANDALONE_UNITS: Readonly<Record<string, string>> = { '%': '%', '1': '' };

/** Error-prone spellings that get a message saying what to write instead. */
const ERROR_PRONE_UNITS: Readonly<Record<string, string>> = {
  mcg: 'UCUM reads `mcg` as something else; write the UCUM code `ug` (it is displayed as mcg).',
  'µg': 'Write the UCUM code `ug` (it is displayed as mcg, never µg).',
  'μg': 'Write the UCUM code `ug` (it is displayed as mcg, never µg).',
  cc: 'Write `mL` (ISMP: cc is mistaken as u, units).',
  U: 'The library has no quantity in units; `U` is never displayed (ISMP: use units).',
  IU: 'The library has no quantity in units; `IU` is never displayed (ISMP: use units).',
  '[iU]': 'The library has no quantity in international units yet.',
  '[U]': 'The library has no quantity in units yet.',
};

function hasOwn(table: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}

function issue(code: string, path: readonly (string | number)[], message: string, expected?: string, received?: string): Issue {
  return {
    code,
    path,
    message,
    ...(expected !== undefined ? { expected } : {}),
    ...(received !== undefined ? { received } : {}),
  };
}

/** Display form of a UCUM unit, pluralised for `count`; `undefined` for a unit outside the closed set. */
function displayUnit(code: string, singular: boolean): string | undefined {
  if (hasOwn(STANDALONE_UNITS, code)) return STANDALONE_UNITS[code];
  const parts = code.split('/');
  const shown: string[] = [];
  for (const [i, part] of parts.entries()) {
    if (!hasOwn(DISPLAY_ATOMS, part)) return undefined;
    const atom: DisplayAtom = DISPLAY_ATOMS[part as keyof typeof DISPLAY_ATOMS];
    shown.push(i === 0 && !singular && atom.plural !== undefined ? atom.plural : atom.text);
  }
  return shown.join('/');
}

/** Splits a validated plain decimal into sign, integer digits and fraction digits without trailing zeros. */
function splitPlain(plain: string): { negative: boolean; int: string; frac: string } {
  const negative = plain.startsWith('-');
  const body = negative ? plain.slice(1) : plain;
  const dot = body.indexOf('.');
  const int = dot === -1 ? body : body.slice(0, dot);
  const frac = dot === -1 ? '' : body.slice(dot + 1).replace(/0+$/, '');
  const zero = /^0+$/.test(int) && frac === '';
  return { negative: negative && !zero, int, frac };
}

/** The plain decimal without trailing zeros (`5.0` -> `5`, `-0` -> `0`). */
function normalise(parts: { negative: boolean; int: string; frac: string }): string {
  return `${parts.negative ? '-' : ''}${parts.int}${parts.frac === '' ? '' : `.${parts.frac}`}`;
}

/** Groups the integer digits by thousands from 1,000 up: `25000` -> `25,000`, `999` -> `999`. */
function groupThousands(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Number text for display: leading zero kept, no trailing zero, commas from 1,000 up. */
function displayNumber(parts: { negative: boolean; int: string; frac: string }): string {
  return `${parts.negative ? '-' : ''}${groupThousands(parts.int)}${parts.frac === '' ? '' : `.${parts.frac}`}`;
}

/** Significant digits the library's decimal arithmetic carries (its constructor's precision). */
const MAX_SIGNIFICANT_DIGITS = 40;

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
  const issues: Issue[] = [];
  if (typeof q !== 'object' || q === null || Array.isArray(q)) {
    return {
      ok: false,
      issues: [issue('not_a_quantity', [], 'Expected a quantity { value, unit }.', '{ value: string, unit: string }', describeReceived(q))],
    };
  }
  const rawValue: unknown = (q as unknown as Record<string, unknown>)['value'];
  const rawUnit: unknown = (q as unknown as Record<string, unknown>)['unit'];

  // Value: a plain decimal string only. Numbers are refused too: a float has no stated precision.
  let parts: { negative: boolean; int: string; frac: string } | undefined;
  if (typeof rawValue !== 'string') {
    issues.push(issue('value_not_string', ['value'], 'The value must be a plain decimal string such as "0.5".', 'plain decimal string', describeReceived(rawValue)));
  } else {
    const read = readDecimal(rawValue);
    if (!read.ok) {
      issues.push(
        read.problem === 'empty_string'
          ? issue('empty_value', ['value'], 'The value is empty; give a plain decimal string such as "0.5".', 'plain decimal string', '""')
          : issue(
              'not_plain_decimal',
              ['value'],
              'The value must be a plain decimal: digits with an optional leading minus and fraction (no exponent, hex, separators, NaN or Infinity).',
              'plain decimal string',
              describeReceived(rawValue),
            ),
      );
    } else {
      parts = splitPlain(rawValue);
    }
  }

  // Unit: the closed set. Checked now for the code; the plural form is chosen once the number is known.
  if (typeof rawUnit !== 'string' || displayUnit(rawUnit, true) === undefined) {
    const hint = typeof rawUnit === 'string' && hasOwn(ERROR_PRONE_UNITS, rawUnit) ? ` ${ERROR_PRONE_UNITS[rawUnit]}` : '';
    issues.push(
      issue(
        'unknown_unit',
        ['unit'],
        `The unit is not one the library writes.${hint}`,
        `a UCUM code built from ${Object.keys(DISPLAY_ATOMS).join(', ')} joined by "/", or % or 1`,
        describeReceived(rawUnit),
      ),
    );
  }

  // Options.
  let decimals: number | undefined;
  let mode: RoundingMode = 'halfExpand';
  if (options !== undefined) {
    if (typeof options !== 'object' || options === null || Array.isArray(options)) {
      issues.push(issue('invalid_options', ['options'], 'Options must be an object { decimals?, mode? }.', 'object', describeReceived(options)));
    } else {
      const d: unknown = options.decimals;
      if (d !== undefined) {
        if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > REPORT_DECIMALS) {
          issues.push(
            issue('invalid_decimals', ['options', 'decimals'], `decimals must be a whole number from 0 to ${REPORT_DECIMALS}.`, `integer 0..${REPORT_DECIMALS}`, describeReceived(d)),
          );
        } else {
          decimals = d;
        }
      }
      const m: unknown = options.mode;
      if (m !== undefined) {
        if (typeof m !== 'string' || !(ROUNDING_MODES as readonly string[]).includes(m)) {
          issues.push(issue('invalid_rounding_mode', ['options', 'mode'], `mode must be one of ${ROUNDING_MODES.join(', ')}.`, ROUNDING_MODES.join(' | '), describeReceived(m)));
        } else {
          mode = m as RoundingMode;
        }
      }
    }
  }

  const [first, ...rest] = issues;
  if (first !== undefined) return { ok: false, issues: [first, ...rest] };
  // Both are set when there are no issues; the checks below only narrow the types.
  if (parts === undefined || typeof rawUnit !== 'string') {
    return { ok: false, issues: [issue('not_a_quantity', [], 'Expected a quantity { value, unit }.')] };
  }

  const exact = normalise(parts);
  let shown = parts;
  let rounded = false;
  if (decimals !== undefined && parts.frac.length > decimals) {
    // Rounded once, here, with the named mode; the exact value goes back in `exact`.
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
    shown = splitPlain(toPlainString(value));
    rounded = true;
  }

  const number = displayNumber(shown);
  const singular = !shown.negative && shown.int === '1' && shown.frac === '';
  const unit = displayUnit(rawUnit, singular) ?? '';
  const separator = unit === '' || unit === '%' ? '' : ' ';
  return { ok: true, text: `${rounded ? '≈' : ''}${number}${separator}${unit}`, rounded, exact, unit };
}
