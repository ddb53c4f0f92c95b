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

/** `digits` without its trailing zeros, in one pass from the end (a regex here is quadratic on long runs of zeros). */
function withoutTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end -= 1; // 48 = '0'
  return digits.slice(0, end);
}

/** Splits a validated plain decimal into sign, integer digits and fraction digits without trailing zeros. */
export function splitPlain(plain: string): PlainParts {
  const negative = plain.startsWith('-');
  const body = negative ? plain.slice(1) : plain;
  const dot = body.indexOf('.');
  const int = dot === -1 ? body : body.slice(0, dot);
  const frac = dot === -1 ? '' : withoutTrailingZeros(body.slice(dot + 1));
  const zero = /^0+$/.test(int) && frac === '';
  return { negative: negative && !zero, int, frac };
}

/** The plain decimal without trailing zeros (`5.0` -> `5`, `-0` -> `0`). */
export function normalise(parts: PlainParts): string {
  return `${parts.negative ? '-' : ''}${parts.int}${parts.frac === '' ? '' : `.${parts.frac}`}`;
}

/** Groups the integer digits by thousands from 1,000 up: `25000` -> `25,000`, `999` -> `999`. */
function groupThousands(int: string): string {
  // One pass in groups of three from the left, after the leading group (linear in the digits; the
  // usual lookahead regex is quadratic).
  const head = int.length % 3 || 3;
  const groups = [int.slice(0, head)];
  for (let i = head; i < int.length; i += 3) groups.push(int.slice(i, i + 3));
  return groups.join(',');
}

/** Number text for display: leading zero kept, no trailing zero, commas from 1,000 up. */
export function displayNumber(parts: PlainParts): string {
  return `${parts.negative ? '-' : ''}${groupThousands(parts.int)}${parts.frac === '' ? '' : `.${parts.frac}`}`;
}

/** `true` when the number shown is exactly 1, so a counted noun stays singular (`1 spray`). */
export function isExactlyOne(parts: PlainParts): boolean {
  return !parts.negative && parts.int === '1' && parts.frac === '';
}
