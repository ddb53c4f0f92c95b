/**
 * Exact decimal steps for the sweep, with BigInt: a plain decimal string becomes an integer count
 * of its smallest place, so 40 + 0.1 x n is exact and no binary float ever touches a weight.
 * (decimal.js stays behind src/decimal/; the command line only needs adding and comparing.)
 */

/** A plain non-negative decimal as an integer and a scale: value = units / 10^scale. */
export interface Scaled {
  readonly units: bigint;
  readonly scale: number;
}

const PLAIN = /^([0-9]+)(?:\.([0-9]+))?$/;

/** Reads a plain decimal (`40`, `0.5`); `undefined` for anything else (sign, exponent, hex ...). */
export function readPlain(text: string): Scaled | undefined {
  const m = PLAIN.exec(text);
  if (m === null) return undefined;
  const frac = m[2] ?? '';
  return { units: BigInt(`${m[1] as string}${frac}`), scale: frac.length };
}

/** The same value at a larger scale. */
export function rescale(x: Scaled, scale: number): bigint {
  return x.units * 10n ** BigInt(scale - x.scale);
}

/** Writes `units / 10^scale` as a plain decimal: no exponent, no trailing zeros. */
export function writePlain(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${int}${frac === '' ? '' : `.${frac}`}`;
}

/** Sums plain decimal strings exactly (the library's volumes). */
export function sumPlain(values: readonly string[]): string {
  const parsed = values.map((v) => {
    const s = readPlain(v);
    if (s === undefined) throw new Error(`not a plain decimal from the library: ${JSON.stringify(v)}`);
    return s;
  });
  const scale = Math.max(0, ...parsed.map((p) => p.scale));
  return writePlain(
    parsed.reduce((sum, p) => sum + rescale(p, scale), 0n),
    scale,
  );
}
