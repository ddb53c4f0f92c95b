/**
 * The guard at every public entry point: untrusted input is read once, inside a try, into plain data
 * (arrays and plain objects of primitives), and an exception the library did not expect becomes one
 * coded `internal_error` issue instead of a throw.
 *
 * Reading is where hostile input bites: a getter or a Proxy trap may throw, a cycle never ends, a deep
 * nest overflows the stack. {@link snapshot} reads each property once (so a getter cannot answer
 * differently to two readers), refuses what cannot be read (`unreadable_input`), a cycle
 * (`cyclic_input`), a nest deeper than {@link SNAPSHOT_LIMITS}.depth (`too_deep`) and more than
 * {@link SNAPSHOT_LIMITS}.nodes values in all (`too_large`). Everything past the snapshot works on
 * the copy only. Functions, symbols and bigints are kept as they are (the doors refuse them by type);
 * an object whose prototype is not `Object.prototype` or `null` is read like a plain object (its own
 * enumerable string keys), so no method of it is ever called.
 *
 * @module
 */
import { CYCLE_MESSAGE } from '../types/input-limits.js';
import type { Issue, Issues } from '../types/issues.js';

/**
 * Structural bounds of {@link snapshot}: how deep a value may nest and how many values (objects,
 * arrays and leaves) it may hold in all. Generous for every real input (a whole catalogue is a few
 * thousand values); they exist so that reading can never overflow the stack or run without end.
 */
export const SNAPSHOT_LIMITS: Readonly<{ depth: number; nodes: number }> = Object.freeze({ depth: 64, nodes: 1_000_000 });

/** A refusal raised inside the snapshot and caught by it; never leaves this file. */
class Refusal {
  constructor(readonly issue: Issue) {}
}

interface State {
  nodes: number;
  readonly open: Set<object>;
  /** The most values this read takes (the door's own limit, never above SNAPSHOT_LIMITS.nodes). */
  readonly cap: number;
}

type Path = readonly (string | number)[];

function refuse(code: Issue['code'], path: Path, message: string): never {
  throw new Refusal({ code, path, message });
}

/** Reads one property, or refuses when the getter or the trap throws. */
function read(from: object, key: string | number, path: Path): unknown {
  try {
    return (from as Record<string | number, unknown>)[key];
  } catch {
    return refuse('unreadable_input', path, 'This value could not be read (a getter or a Proxy threw); pass plain data.');
  }
}

function copyArray(value: readonly unknown[], path: Path, state: State): unknown[] {
  const length = read(value, 'length', path);
  if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) return refuse('unreadable_input', path, 'This list has no readable length.');
  // A list longer than the values left is refused before any of it is read.
  if (length > state.cap - state.nodes) return refuse('too_large', path, `The input holds more than ${state.cap} values.`);
  const out: unknown[] = [];
  for (let i = 0; i < length; i++) out.push(copy(read(value, i, [...path, i]), [...path, i], state));
  return out;
}

function copyObject(value: object, path: Path, state: State): Record<string, unknown> {
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    return refuse('unreadable_input', path, 'The keys of this object could not be read (a Proxy threw); pass plain data.');
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    // defineProperty, not assignment: a key named `__proto__` stays an own key, which the doors refuse.
    Object.defineProperty(out, key, {
      value: copy(read(value, key, [...path, key]), [...path, key], state),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function isArray(value: object, path: Path): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return refuse('unreadable_input', path, 'This value could not be read (a revoked Proxy); pass plain data.');
  }
}

function copy(value: unknown, path: Path, state: State): unknown {
  state.nodes += 1;
  if (state.nodes > state.cap) refuse('too_large', path, `The input holds more than ${state.cap} values.`);
  if (value === null || typeof value !== 'object') return value;
  if (state.open.has(value)) refuse('cyclic_input', path, CYCLE_MESSAGE);
  if (path.length >= SNAPSHOT_LIMITS.depth) refuse('too_deep', path, `The input nests deeper than ${SNAPSHOT_LIMITS.depth} levels.`);
  state.open.add(value);
  const out = isArray(value, path) ? copyArray(value as readonly unknown[], path, state) : copyObject(value, path, state);
  state.open.delete(value);
  return out;
}

/**
 * Reads an untrusted value once into plain data, or refuses it with one coded issue.
 *
 * @param value - Anything a caller passed.
 * @returns `{ ok: true, value }` with a plain copy, or `{ ok: false, issues }`.
 */
export function snapshot(
  value: unknown,
  cap: number = SNAPSHOT_LIMITS.nodes,
): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issues: Issues } {
  try {
    return { ok: true, value: copy(value, [], { nodes: 0, open: new Set(), cap: Math.min(cap, SNAPSHOT_LIMITS.nodes) }) };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, issues: [e.issue] };
    return { ok: false, issues: [internalIssue(e)] };
  }
}

/** The one issue an unexpected exception becomes. */
export function internalIssue(error: unknown): Issue {
  const name = error instanceof Error ? error.name : typeof error;
  return {
    code: 'internal_error',
    path: [],
    message: `Internal error (${name}): the library failed an invariant on this input. Nothing was planned; please report the input.`,
  };
}

/**
 * Runs `work`, turning any exception into `{ ok: false, issues: [internal_error] }`.
 *
 * @param work - The body of a public function.
 * @returns What `work` returns, or the coded failure.
 */
export function guard<T>(work: () => T): T | { readonly ok: false; readonly issues: Issues } {
  try {
    return work();
  } catch (e) {
    return { ok: false, issues: [internalIssue(e)] };
  }
}
