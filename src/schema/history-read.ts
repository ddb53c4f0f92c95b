/**
 * Reading the numbers, doses and names of a history entry. Each reader adds its coded issues to
 * the list the caller owns and returns undefined for a value it refused, so one pass over an
 * entry reports every problem in it.
 */
import { isBlankText } from '../types/text.js';
import { type IssueCode, NUMBER_PROBLEM_CODES } from '../types/issue-codes.js';
import { type Dec, type NumberProblem, readDecimal } from '../decimal/index.js';
import { DOSE_UNIT_CODES, type DoseUnit, readDoseUnit } from '../units/index.js';
import type { IssuePath } from './history.js';
import type { Parsed } from './input.js';
import { type Issue, describeReceived } from '../types/issues.js';

const NUMBER_MESSAGES: Record<NumberProblem, string> = {
  not_a_number: 'Give a finite number or a plain decimal string such as "0.4".',
  not_finite: 'Infinity is not a quantity; give a finite number.',
  not_plain_decimal: 'Write a plain decimal such as "0.4": no exponent (1e3), hex (0x10), underscores (1_000), spaces, or a bare leading point (.5).',
  empty_string: 'The value is empty; give a number such as "0.4".',
};

/** Reads an exact decimal, or records why it is not one. */
function readNumber(raw: unknown, path: IssuePath, issues: Issue[]): Dec | undefined {
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

/** Reads a number that must lie in `lo`..`hi` inclusive; `code` names the out-of-range issue. */
export function readBounded(raw: unknown, path: IssuePath, lo: number, hi: number, code: IssueCode, what: string, issues: Issue[]): Dec | undefined {
  const v = readNumber(raw, path, issues);
  if (v === undefined) return undefined;
  if (v.lt(lo) || v.gt(hi)) {
    issues.push({
      code,
      path,
      message: `${what} must be from ${lo} to ${hi}.`,
      expected: `${lo}..${hi}`,
      received: v.toFixed(),
    });
    return undefined;
  }
  return v;
}

/** Reads a dose that was given: a dose unit and a value above zero. */
export function readGivenDose(raw: { value: unknown; unit: string }, path: IssuePath, issues: Issue[]): Parsed<DoseUnit> | undefined {
  const unit = readDoseUnit(raw.unit);
  if (unit === undefined) {
    issues.push({
      code: 'unknown_unit',
      path: [...path, 'unit'],
      message: `"${raw.unit}" is not a dose unit; use one of: ${DOSE_UNIT_CODES.join(', ')}.`,
      expected: DOSE_UNIT_CODES.join(', '),
      received: describeReceived(raw.unit),
    });
  }
  const value = readNumber(raw.value, [...path, 'value'], issues);
  if (value !== undefined && value.lte(0)) {
    issues.push({
      code: 'not_positive',
      path: [...path, 'value'],
      message: 'A dose given must be greater than zero; leave the field out if nothing was given.',
      received: value.toFixed(),
    });
    return undefined;
  }
  if (unit === undefined || value === undefined) return undefined;
  return { value, unit };
}

/** Whether a recorded name is not blank; records an issue when it is. */
export function nonEmpty(s: string, path: IssuePath, what: string, issues: Issue[]): boolean {
  if (!isBlankText(s)) return true;
  issues.push({ code: 'invalid_value', path, message: `${what} must not be empty.`, received: describeReceived(s) });
  return false;
}
