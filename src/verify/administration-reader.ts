/**
 * The small strict reader behind verifyAdministration's input door. It lives here rather than in
 * `schema/` (zod) so that the check shares no parsing with the planner; it refuses the same things
 * the house style refuses: unknown keys, NaN, Infinity, exponent/hex/underscore strings, unknown
 * units. Each part of the input is read by its own function with its own {@link Reader}, whose
 * issues the caller absorbs in reading order, so every reading function depends on its arguments
 * alone.
 */
import type { IssueCode } from '../types/issue-codes.js';
import { type Dec, readDecimal } from '../decimal/index.js';
import type { Issue } from '../types/issues.js';

/** Where in the input, as keys. */
export type Path = readonly (string | number)[];

/** A part of the input as read, or `null` when it could not be; and the issues met on the way. */
export interface Read<T> {
  readonly value: T | null;
  readonly issues: readonly Issue[];
}

/** The issues met reading one part of the input, and how each kind of field is read. */
export class Reader {
  readonly issues: Issue[] = [];

  add(code: IssueCode, path: Path, message: string, expected?: string, received?: string): void {
    const issue: Issue = {
      code,
      path,
      message,
      ...(expected === undefined ? {} : { expected }),
      ...(received === undefined ? {} : { received }),
    };
    this.issues.push(issue);
  }

  /** Appends the issues a part's reader met, after this reader's, and hands the part on. */
  absorb<T>(part: Read<T>): T | null {
    this.issues.push(...part.issues);
    return part.value;
  }

  /** This reader's answer: `value`, with the issues met so far. */
  done<T>(value: T): Read<T> {
    return { value, issues: this.issues };
  }

  /** This reader's answer when the part is absent or refused (the issue is recorded here or by the caller). */
  none(): Read<never> {
    return { value: null, issues: this.issues };
  }

  object(raw: unknown, path: Path, required: readonly string[], optional: readonly string[] = []): Record<string, unknown> | null {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      this.add('invalid_type', path, 'Expected an object here.', 'object', describe(raw));
      return null;
    }
    const rec = raw as Record<string, unknown>;
    const allowed = new Set([...required, ...optional]);
    for (const key of Object.keys(rec)) {
      if (!allowed.has(key)) this.add('unknown_key', [...path, key], `Unknown key "${key}": remove it (allowed: ${[...allowed].join(', ')}).`);
    }
    for (const key of required) {
      if (!has(rec, key)) this.add('missing', [...path, key], `"${key}" is required.`);
    }
    return rec;
  }

  text(raw: unknown, path: Path): string | null {
    if (typeof raw !== 'string' || raw.trim().length === 0) {
      this.add('invalid_type', path, 'Expected a non-empty string.', 'string', describe(raw));
      return null;
    }
    return raw;
  }

  /** A number, or a plain decimal string; positive (or, with `allowZero`, not negative). */
  amount(raw: unknown, path: Path, allowZero = false): Dec | null {
    const r = readDecimal(raw);
    if (!r.ok) {
      this.add(`invalid_number`, path, `Expected a finite number or a plain decimal string (${r.problem}).`, 'decimal', describe(raw));
      return null;
    }
    if (r.value.isNegative() || (!allowZero && r.value.isZero())) {
      this.add('not_positive', path, allowZero ? 'Must not be negative.' : 'Must be greater than zero.', allowZero ? '>= 0' : '> 0', describe(raw));
      return null;
    }
    return r.value;
  }

  /** A `{ value, unit }` pair; returns the raw unit string for the caller to read. */
  quantity(raw: unknown, path: Path, allowZero = false): { value: Dec; unit: string } | null {
    const rec = this.object(raw, path, ['value', 'unit']);
    if (rec === null) return null;
    const value = has(rec, 'value') ? this.amount(rec['value'], [...path, 'value'], allowZero) : null;
    const unit = has(rec, 'unit') ? this.text(rec['unit'], [...path, 'unit']) : null;
    if (value === null || unit === null) return null;
    return { value, unit };
  }

  /** A positive `{ value, unit }` pair whose unit `readUnit` knows; `expected` names the accepted units. */
  measured<U>(raw: unknown, path: Path, readUnit: (spelling: string) => U | undefined, expected: string): { value: Dec; unit: U } | null {
    const q = this.quantity(raw, path);
    if (q === null) return null;
    const unit = readUnit(q.unit);
    if (unit === undefined) {
      this.unknownUnit(path, q.unit, expected);
      return null;
    }
    return { value: q.value, unit };
  }

  unknownUnit(path: Path, unit: string, expected: string): void {
    this.add('unknown_unit', [...path, 'unit'], `Unit "${unit}" is not accepted here.`, expected, JSON.stringify(unit));
  }
}

/**
 * Whether `rec` gives `key`: its own key (never one inherited from Object.prototype) with a value
 * other than undefined. A field set to undefined is absent, as at the other doors (zod's optional
 * fields), so a required one is reported once, as missing, and not again as the wrong type.
 */
export function has(rec: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(rec, key) && rec[key] !== undefined;
}

/** A short description of a received value, for an issue's `received`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value === 'number') return String(value);
  return typeof value;
}
