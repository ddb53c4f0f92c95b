/**
 * Reading numbers and quantities at the plan door. Each reader adds its coded issues to the list
 * the caller owns and returns undefined for a value it refused, so one pass reports every problem.
 */
import { NUMBER_PROBLEM_CODES } from '../types/issue-codes.js';
import { type Dec, type NumberProblem, readDecimal } from '../decimal/index.js';
import type { Parsed } from './input.js';
import { type Issue, describeReceived } from '../types/issues.js';

const NUMBER_MESSAGES: Record<NumberProblem, string> = {
  not_a_number: 'Give a finite number or a plain decimal string such as "70" or "70.5".',
  not_finite: 'Infinity is not a quantity; give a finite number.',
  not_plain_decimal: 'Write a plain decimal such as "70.5": no exponent (1e3), hex (0x10), underscores (1_000), spaces, or a bare leading point (.5).',
  empty_string: 'The value is empty; give a number such as "70".',
};

/** A path inside the plan request, as keys and indexes. */
export type Path = readonly (string | number)[];

/** Reads an exact decimal, or records why it is not one. */
export function readNumber(raw: unknown, path: Path, issues: Issue[]): Dec | undefined {
  const r = readDecimal(raw);
  if (r.ok) return r.value;
  issues.push({
    code: NUMBER_PROBLEM_CODES[r.problem],
    path,
    message: NUMBER_MESSAGES[r.problem],
    received: describeReceived(raw),
  });
  return undefined;
}

/** Reads a value and its unit; both are checked, so a bad unit and a bad number are both reported. */
export function readQuantity<U>(
  raw: { value: unknown; unit: string },
  path: Path,
  readUnit: (s: string) => U | undefined,
  expected: string,
  issues: Issue[],
): Parsed<U> | undefined {
  const unit = readUnit(raw.unit);
  if (unit === undefined) {
    issues.push({
      code: 'unknown_unit',
      path: [...path, 'unit'],
      message: `"${raw.unit}" is not a unit this field takes; use one of: ${expected}.`,
      expected,
      received: describeReceived(raw.unit),
    });
  }
  const value = readNumber(raw.value, [...path, 'value'], issues);
  if (unit === undefined || value === undefined) return undefined;
  return { value, unit };
}
