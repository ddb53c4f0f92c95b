/** Turning zod's issues into the library's coded issues, so zod never reaches the public surface. */
import type * as z from 'zod/mini';
import { type Issue, type Issues, describeReceived, nonEmptyIssues } from '../types/issues.js';

/** Maps one zod issue to library issues: `unknown_key`, `required`, `invalid_type` or `invalid_input`. */
export function mapZodIssue(issue: z.core.$ZodIssue): Issue[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      code: 'unknown_key',
      path: [...path, key],
      message: `"${key}" is not a field here; remove it or check its spelling.`,
    }));
  }
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) {
      return [{ code: 'required', path, message: `${path.join('.') || 'The input'} is required.`, expected: issue.expected }];
    }
    return [
      {
        code: 'invalid_type',
        path,
        message: `Expected ${issue.expected} at ${path.join('.') || 'the top level'}.`,
        expected: issue.expected,
        received: describeReceived(issue.input),
      },
    ];
  }
  if (issue.code === 'invalid_format' || issue.code === 'invalid_value' || issue.code === 'too_small' || issue.code === 'too_big') {
    return [{ code: 'invalid_value', path, message: `${path.join('.') || 'The value'}: ${issue.message}` }];
  }
  return [{ code: 'invalid_input', path, message: issue.message }];
}

/**
 * A value of the wrong type is reported once. zod also runs a schema's checks on it (a list's
 * minimum length reads a text's length: components: "x" is both "expected array" and "too small"),
 * which would add a second issue at the same place that says nothing more; those are left out.
 */
export function withoutEchoes(issues: readonly z.core.$ZodIssue[]): readonly z.core.$ZodIssue[] {
  const key = (i: z.core.$ZodIssue) => JSON.stringify(i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)));
  const mistyped = new Set(issues.filter((i) => i.code === 'invalid_type').map(key));
  if (mistyped.size === 0) return issues;
  return issues.filter((i) => i.code === 'invalid_type' || !mistyped.has(key(i)));
}

/**
 * Maps a failed parse's issues. A failed parse always refuses with at least one issue: should zod
 * report none the library can map, the refusal says the input at `path` could not be read.
 */
export function mapZodIssues(issues: readonly z.core.$ZodIssue[], path: readonly (string | number)[] = []): Issues {
  return nonEmptyIssues(withoutEchoes(issues).flatMap(mapZodIssue)) ?? [{ code: 'invalid_input', path: [...path], message: 'The input could not be read.' }];
}
