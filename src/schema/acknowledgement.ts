/**
 * Acknowledgements as every door reads them: the code of the soft finding, the reason (recorded in
 * the plan, so it must say something), and optionally who acknowledged it (`by`) and when (`at`).
 * One shape and one check, shared by the plan, combination and nasal-spray doors.
 */
import * as z from 'zod/mini';
import { lazySchema } from './lazy.js';
import { isIsoDate } from '../dates/index.js';
import type { Issue } from '../types/issues.js';
import type { Acknowledgement } from '../types/plan.js';
import { isBlankText } from '../types/text.js';

/** The shape of one acknowledgement (built on first use). */
export const acknowledgementShape = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    code: z.string(),
    reason: z.string(),
    by: z.optional(z.string()),
    at: z.optional(z.string()),
  }),
);

/** An acknowledgement past the door: the shape the plan records. */
export type { Acknowledgement };

// Date, then an optional time: hours, minutes, optional seconds with an optional fraction, optional zone.
const AT_PATTERN = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;

/**
 * Whether `at` is a real calendar date, or a date-time with a real time of day and zone offset.
 * @example isAcknowledgedAt('2026-11-28T09:30Z') // true
 */
export function isAcknowledgedAt(at: string): boolean {
  const m = AT_PATTERN.exec(at);
  if (m === null || !isIsoDate(m[1])) return false;
  const n = (x: string | undefined): number => (x === undefined ? 0 : Number(x));
  return n(m[2]) <= 23 && n(m[3]) <= 59 && n(m[4]) <= 59 && n(m[6]) <= 23 && n(m[7]) <= 59;
}

/** One acknowledgement's problems: a blank reason or `by`, or an `at` that is not a date or date-time. */
function acknowledgementIssues(a: Acknowledgement, i: number): Issue[] {
  const issues: Issue[] = [];
  if (isBlankText(a.reason)) {
    issues.push({
      code: 'acknowledgement_reason_required',
      path: ['acknowledgements', i, 'reason'],
      message: `Acknowledging "${a.code}" needs a reason; it is recorded in the plan.`,
    });
  }
  if (a.by !== undefined && isBlankText(a.by)) {
    issues.push({
      code: 'invalid_value',
      path: ['acknowledgements', i, 'by'],
      message: 'Say who acknowledged the finding, or leave `by` out; it must not be empty.',
    });
  }
  if (a.at !== undefined && !isAcknowledgedAt(a.at)) {
    issues.push({
      code: 'invalid_date',
      path: ['acknowledgements', i, 'at'],
      message: `"${a.at}" is not a date (YYYY-MM-DD) or an RFC 3339 date-time (YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM]).`,
      expected: 'YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM]',
    });
  }
  return issues;
}

/** Every acknowledgement is recorded in the plan: each needs a reason, and `by` and `at` must be readable. */
export function checkAcknowledgements(acknowledgements: readonly Acknowledgement[]): Issue[] {
  return acknowledgements.flatMap(acknowledgementIssues);
}

/** The acknowledgements as the door read them, the fields given in a fixed order (absent ones left out). */
export function readAcknowledgements(
  raw: readonly { code: string; reason: string; by?: string | undefined; at?: string | undefined }[] | undefined,
): Acknowledgement[] {
  return (raw ?? []).map((a) => ({ code: a.code, reason: a.reason, ...(a.by !== undefined ? { by: a.by } : {}), ...(a.at !== undefined ? { at: a.at } : {}) }));
}
