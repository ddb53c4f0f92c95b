/**
 * Input limits: how big any input to a public function may be, in one table, each value with its
 * reason. Every door calls {@link checkBounds} first, before any other work, so the cost of a call
 * is bounded by these numbers and no input can make a call slow or exhaust memory. A refusal is a
 * coded issue with the path of the value that is too big:
 * - `too_many_digits`: a decimal string longer than {@link INPUT_LIMITS}.numberChars;
 * - `too_long`: any other string longer than the door's text limit (`stringChars`, `catalogueStringChars`, `planStringChars`);
 * - `too_many`: a list longer than its named limit (or the default for the door);
 * - `too_deep`: objects nested deeper than {@link INPUT_LIMITS}.depth;
 * - `too_large`: more values in all than the door's node limit, or a file or stdin longer than
 *   {@link INPUT_LIMITS}.inputBytes (the command line).
 * The walk stops at the first refusal, so a hostile input costs at most the node limit.
 */
import type { Issue } from './issues.js';

/** Every limit, by name. The reason for each value is its comment. */
export const INPUT_LIMITS = Object.freeze({
  /**
   * Characters in a decimal string. The arithmetic carries 40 significant digits; a plain decimal of that
   * precision also has a sign, a point and leading zeros ("0.000...", 42 characters for a concentration the
   * verifier is handed back), so 100 keeps every number the library writes and refuses only absurd ones.
   */
  numberChars: 100,
  /** Characters in any other string: the longest built-in catalogue text (a citation) is under 800. */
  stringChars: 2_000,
  /** Characters in a catalogue text: an institution's protocol note may run to pages; 20,000 is about ten. */
  catalogueStringChars: 20_000,
  /** Characters in a plan's text: the library writes it, and a message may name every history entry it counts. */
  planStringChars: 200_000,
  /** Nesting depth: the built-in catalogue is 7 deep and a plan 7; 32 leaves room and bounds recursion. */
  depth: 32,
  /** Earlier sessions in `history`: a course has at most 1,000 sessions (MAX_SESSION). */
  history: 1_000,
  /** Acknowledgements: one per finding code, and there are about 100 check codes. */
  acknowledgements: 200,
  /** Agents in one combination bag: the built-in catalogue has 11 agents; a bag mixes two or three. */
  components: 10,
  /** Ingredients of a bag checked at the bedside: as for components. */
  ingredients: 10,
  /** Protocols in a catalogue: the built-in one has 24; a formulary of 1,000 is 40 times that. */
  protocols: 1_000,
  /** Agents in a catalogue: the built-in one has 11. */
  agents: 200,
  /** Limits on one agent: the built-in agents have at most 6; one per protocol and care area leaves room. */
  limits: 500,
  /** Any other list in a request or plan (segments, trace steps, checks): a plan has at most about 30. */
  list: 1_000,
  /** Values in a request (every object, list, string and number counted once); a typical one has under 100. */
  requestNodes: 50_000,
  /** Values in a plan handed back to checkPlan, formatPlan or toFhir; a plan has under 1,000. */
  planNodes: 50_000,
  /**
   * FHIR resources in one list given to historyFromFhir (observations, adverse events): a pain score
   * before and after each of 1,000 sessions (MAX_SESSION) is 2,000; 5,000 leaves room for others.
   */
  fhirResources: 5_000,
  /** Values in the FHIR resources given to historyFromFhir: a MedicationAdministration has about 60, an Observation about 25. */
  fhirNodes: 300_000,
  /** Values in a catalogue; the built-in one has 4,379. */
  catalogueNodes: 500_000,
  /** Bytes the command line reads from a file or stdin; the built-in catalogue is 166 kB as JSON. */
  inputBytes: 10_000_000,
});

/** A door's limits: the node budget, the text limit, and the list limit for each list key it knows. */
export interface Bounds {
  readonly nodes: number;
  readonly lists: Readonly<Record<string, number>>;
  readonly strings: number;
}

/** For planInfusion, planCombination, planCourse, planNasalSpray and verifyAdministration. */
export const REQUEST_BOUNDS: Bounds = Object.freeze({
  nodes: INPUT_LIMITS.requestNodes,
  strings: INPUT_LIMITS.stringChars,
  lists: Object.freeze({
    history: INPUT_LIMITS.history,
    acknowledgements: INPUT_LIMITS.acknowledgements,
    components: INPUT_LIMITS.components,
    ingredients: INPUT_LIMITS.ingredients,
  }),
});

/** For historyFromFhir: administrations as many as history entries, each bag's ingredients as a bag's components. */
export const FHIR_HISTORY_BOUNDS: Bounds = Object.freeze({
  nodes: INPUT_LIMITS.fhirNodes,
  strings: INPUT_LIMITS.stringChars,
  lists: Object.freeze({
    administrations: INPUT_LIMITS.history,
    observations: INPUT_LIMITS.fhirResources,
    adverseEvents: INPUT_LIMITS.fhirResources,
    ingredient: INPUT_LIMITS.ingredients,
  }),
});

/** For a plan read back by checkPlan, formatPlan and toFhir. */
export const PLAN_BOUNDS: Bounds = Object.freeze({ nodes: INPUT_LIMITS.planNodes, strings: INPUT_LIMITS.planStringChars, lists: Object.freeze({}) });

/** For a catalogue given to createCalculator or validateCatalogue. */
export const CATALOGUE_BOUNDS: Bounds = Object.freeze({
  nodes: INPUT_LIMITS.catalogueNodes,
  strings: INPUT_LIMITS.catalogueStringChars,
  lists: Object.freeze({ protocols: INPUT_LIMITS.protocols, agents: INPUT_LIMITS.agents, limits: INPUT_LIMITS.limits }),
});

/** A string that is written as a decimal: digits with at most a sign and a point. */
const DECIMAL_LIKE = /^[+-]?[0-9]*\.?[0-9]*$/;

type Path = readonly (string | number)[];

interface Walk {
  readonly bounds: Bounds;
  nodes: number;
  /** The objects on the path being walked: meeting one again is a cycle. */
  readonly open: Set<object>;
}

/** The words of a cycle's refusal, the same at every door (the snapshot's guard says it too). */
export const CYCLE_MESSAGE = 'The input refers back to itself (a cycle); pass a tree of plain data.';

function tooLongString(s: string, path: Path, maxChars: number): Issue | undefined {
  if (s.length <= INPUT_LIMITS.numberChars) return undefined;
  // Only a bounded prefix is tested, so the pattern never runs over a long string.
  if (DECIMAL_LIKE.test(s.slice(0, maxChars))) {
    return {
      code: 'too_many_digits',
      path: [...path],
      message: `A number may have at most ${INPUT_LIMITS.numberChars} characters; this one has ${s.length}.`,
      expected: `at most ${INPUT_LIMITS.numberChars} characters`,
      received: `${s.length} characters`,
    };
  }
  if (s.length <= maxChars) return undefined;
  return {
    code: 'too_long',
    path: [...path],
    message: `A text may have at most ${maxChars} characters; this one has ${s.length}.`,
    expected: `at most ${maxChars} characters`,
    received: `${s.length} characters`,
  };
}

/**
 * The length of a JS number written as a plain decimal (how the door reads it): `5e-324` is 326
 * characters (0. and 323 zeros and 5), `1e+21` is 22. A number is held to the same digit limit as a decimal string.
 */
function plainLength(n: number): number {
  const s = String(Math.abs(n));
  const e = s.indexOf('e');
  if (e < 0) return s.length;
  const digits = s.slice(0, e).replace('.', '').length;
  const exp = Number(s.slice(e + 1));
  return exp < 0 ? digits - exp + 1 : Math.max(digits, exp + 1);
}

function tooManyDigits(n: number, path: Path): Issue | undefined {
  if (!Number.isFinite(n)) return undefined;
  const length = plainLength(n);
  if (length <= INPUT_LIMITS.numberChars) return undefined;
  return {
    code: 'too_many_digits',
    path: [...path],
    message: `A number may have at most ${INPUT_LIMITS.numberChars} characters written out; ${String(n)} has ${length}.`,
    expected: `at most ${INPUT_LIMITS.numberChars} characters`,
    received: `${length} characters`,
  };
}

function tooMany(length: number, limit: number, path: Path): Issue {
  const name = path.length > 0 ? String(path[path.length - 1]) : 'the list';
  return {
    code: 'too_many',
    path,
    message: `${name} may have at most ${limit} entries; it has ${length}.`,
    expected: `at most ${limit} entries`,
    received: `${length} entries`,
  };
}

function listLimit(w: Walk, path: Path): number {
  const key = path[path.length - 1];
  return typeof key === 'string' && Object.hasOwn(w.bounds.lists, key) ? (w.bounds.lists[key] as number) : INPUT_LIMITS.list;
}

/** The first limit the value at `path` breaks, walking depth first; undefined when within all. */
/** `path` is one stack, pushed and popped as the walk goes (copied only into an issue), so each value costs O(1). */
function walk(value: unknown, path: (string | number)[], w: Walk): Issue | undefined {
  w.nodes += 1;
  if (w.nodes > w.bounds.nodes) {
    return { code: 'too_large', path: [], message: `The input holds more than ${w.bounds.nodes} values.`, expected: `at most ${w.bounds.nodes} values` };
  }
  if (typeof value === 'string') return tooLongString(value, path, w.bounds.strings);
  if (typeof value === 'number') return tooManyDigits(value, path);
  if (value === null || typeof value !== 'object') return undefined;
  // Before the depth limit: a cycle would otherwise be reported as a nest too deep.
  if (w.open.has(value)) return { code: 'cyclic_input', path: [...path], message: CYCLE_MESSAGE };
  if (path.length >= INPUT_LIMITS.depth) {
    return {
      code: 'too_deep',
      path: [...path],
      message: `The input is nested more than ${INPUT_LIMITS.depth} levels deep.`,
      expected: `at most ${INPUT_LIMITS.depth} levels`,
    };
  }
  w.open.add(value);
  const found = Array.isArray(value) ? walkList(value, path, w) : walkObject(value, path, w);
  w.open.delete(value);
  return found;
}

function walkList(value: readonly unknown[], path: (string | number)[], w: Walk): Issue | undefined {
  const limit = listLimit(w, path);
  if (value.length > limit) return tooMany(value.length, limit, [...path]);
  for (let i = 0; i < value.length; i += 1) {
    path.push(i);
    const found = walk(value[i], path, w);
    path.pop();
    if (found) return found;
  }
  return undefined;
}

function walkObject(value: object, path: (string | number)[], w: Walk): Issue | undefined {
  for (const key of Object.keys(value)) {
    path.push(key);
    const found = walk((value as Record<string, unknown>)[key], path, w);
    path.pop();
    if (found) return found;
  }
  return undefined;
}

/**
 * Checks an input against a door's limits before any other work.
 *
 * @returns the one issue for the first limit broken, or undefined when the input is within every limit.
 *   An input that cannot be read (a throwing getter or Proxy) is left to the door's own reading.
 */
export function checkBounds(value: unknown, bounds: Bounds): Issue | undefined {
  try {
    return walk(value, [], { bounds, nodes: 0, open: new Set() });
  } catch {
    return undefined;
  }
}

/** Ids an unknown-id message names at most; it names the closest ones rather than all. */
export const SUGGESTED_IDS = 5;
/** Characters of an id compared when suggesting: ids are short, and this bounds each comparison. */
const COMPARED_ID_CHARS = 64;

/** Edit distance (insert, delete, substitute) between two short strings; stops early above `cutoff`. */
function editDistance(a: string, b: string, cutoff: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > cutoff) return rowMin;
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * The known ids closest to `id` by edit distance (at most {@link SUGGESTED_IDS}, nearest first, ties in
 * catalogue order), so a message about an unknown id stays short however many ids are known.
 */
export function closestIds(id: string, known: readonly string[]): string[] {
  const target = id.slice(0, COMPARED_ID_CHARS);
  const best: { readonly id: string; readonly d: number }[] = [];
  for (const k of known) {
    const cutoff = best.length < SUGGESTED_IDS ? Number.POSITIVE_INFINITY : (best[best.length - 1] as { d: number }).d;
    const d = editDistance(target, k.slice(0, COMPARED_ID_CHARS), cutoff);
    if (d >= cutoff) continue;
    const at = best.findIndex((b) => b.d > d);
    best.splice(at === -1 ? best.length : at, 0, { id: k, d });
    if (best.length > SUGGESTED_IDS) best.pop();
  }
  return best.map((b) => b.id);
}

/** The text naming known ids in a message: all of them when few, else the closest and how many there are. */
export function knownIdsText(id: string, known: readonly string[]): string {
  if (known.length <= SUGGESTED_IDS) return known.join(', ');
  return `${closestIds(id, known).join(', ')} (the closest ${SUGGESTED_IDS} of ${known.length})`;
}
