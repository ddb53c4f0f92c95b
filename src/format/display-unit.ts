/**
 * The closed set of units `formatQuantity` displays, and how each is written for people:
 * `ug` as `mcg`, counted nouns pluralised, `%` against the number. The sources for each choice are
 * in `./quantity.ts`.
 *
 * @module
 */

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

/** Own keys only: a unit spelled `toString` or `__proto__` must not reach the prototype. */
function hasOwn(table: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}

/** Display form of a UCUM unit, pluralised for `count`; `undefined` for a unit outside the closed set. */
export function displayUnit(code: string, singular: boolean): string | undefined {
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

/** What to write instead of a known error-prone unit, as a sentence to append; `''` for any other. */
export function errorProneHint(unit: unknown): string {
  return typeof unit === 'string' && hasOwn(ERROR_PRONE_UNITS, unit) ? ` ${ERROR_PRONE_UNITS[unit]}` : '';
}
