/**
 * The number half of a displayed quantity: a validated plain decimal split into its digits and
 * written with a leading zero, no trailing zero and commas from 1,000 up (ISMP; sources in
 * `./quantity.ts`).
 *
 * @module
 */

/** A plain decimal's sign, integer digits and fraction digits (no trailing zeros). */
export interface PlainParts {
  readonly negative: boolean;
  readonly int: string;
  readonly frac: string;
}

/** Splits a validated plain decimal into sign, integer digits and fraction digits without trailing zeros. */
export function splitPlain(plain: string): PlainParts {
  const negative = plain.startsWith('-');
  const body = negative ? plain.slice(1) : plain;
  const dot = body.indexOf('.');
  const int = dot === -1 ? body : body.slice(0, dot);
  const frac = dot === -1 ? '' : body.slice(dot + 1).replace(/0+$/, '');
  const zero = /^0+$/.test(int) && frac === '';
  return { negative: negative && !zero, int, frac };
}

/** The plain decimal without trailing zeros (`5.0` -> `5`, `-0` -> `0`). */
export function normalise(parts: PlainParts): string {
  return `${parts.negative ? '-' : ''}${parts.int}${parts.frac === '' ? '' : `.${parts.frac}`}`;
}

/** Groups the integer digits by thousands from 1,000 up: `25000` -> `25,000`, `999` -> `999`. */
function groupThousands(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Number text for display: leading zero kept, no trailing zero, commas from 1,000 up. */
export function displayNumber(parts: PlainParts): string {
  return `${parts.negative ? '-' : ''}${groupThousands(parts.int)}${parts.frac === '' ? '' : `.${parts.frac}`}`;
}

/** `true` when the number shown is exactly 1, so a counted noun stays singular (`1 spray`). */
export function isExactlyOne(parts: PlainParts): boolean {
  return !parts.negative && parts.int === '1' && parts.frac === '';
}
