/**
 * "Did you mean": the closest known names to a mistyped one, by edit distance (Levenshtein, with a
 * swap of two neighbouring letters counted as one edit). At most three are offered, and only those
 * close enough to be a plausible typo or a part of the name; a name close to nothing gets none,
 * so the message never falls back to the whole list.
 */

/** The most suggestions offered. */
export const MAX_SUGGESTIONS = 3;

/** Edits between `a` and `b` (insert, delete, replace, or swap two neighbours), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  // d[i][j]: edits between the first i letters of s and the first j of t.
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i <= s.length; i++) {
    const row = d[i] as number[];
    for (let j = 1; j <= t.length; j++) {
      const replace = at(i - 1, j - 1) + (s[i - 1] === t[j - 1] ? 0 : 1);
      const swap = i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1] ? at(i - 2, j - 2) + 1 : replace;
      row[j] = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, replace, swap);
    }
  }
  return at(s.length, t.length);
}

/** How many edits still count as a typo of a name of this length: a third of it, at least 2. */
function tolerance(name: string): number {
  return Math.max(2, Math.floor(name.length / 3));
}

/**
 * The best one to three known names for `typed`, closest first (ties in the order given).
 *
 * @param typed - What was typed.
 * @param known - The names that exist.
 * @returns Up to {@link MAX_SUGGESTIONS} names; empty when none is close.
 */
export function suggest(typed: string, known: readonly string[]): string[] {
  const t = typed.toLowerCase();
  if (t === '') return [];
  const scored = known
    .map((name, order) => {
      const n = name.toLowerCase();
      // A name that holds what was typed (three letters or more) counts as close: "renal" -> "renal-impairment".
      const part = t.length >= 3 && n.includes(t) ? 1 : Number.POSITIVE_INFINITY;
      return { name, order, distance: Math.min(editDistance(typed, name), part) };
    })
    .filter((x) => x.distance <= tolerance(typed) && x.name !== typed);
  scored.sort((a, b) => a.distance - b.distance || a.order - b.order);
  return scored.slice(0, MAX_SUGGESTIONS).map((x) => x.name);
}

/** ` Did you mean "a" or "b"?` for a message, or an empty string when there is nothing to offer. */
export function didYouMean(typed: string, known: readonly string[]): string {
  const s = suggest(typed, known);
  if (s.length === 0) return '';
  const quoted = s.map((x) => `"${x}"`);
  const last = quoted.pop() as string;
  return ` Did you mean ${quoted.length > 0 ? `${quoted.join(', ')} or ${last}` : last}?`;
}
