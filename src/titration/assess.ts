/**
 * The response to a session, judged against a titration rule's response criterion, and the count of
 * sessions in a row without one. Exact decimals; prose keeps the numbers the judgement used.
 */
import { type Dec, toPlainString } from '../decimal/index.js';
import type { HistorySession } from '../schema/history.js';
import type { ResponseCriterion } from '../catalogue/titration.js';

/** Whether the last session's response met the rule's criterion, could not, or could not be judged. */
export type ResponseStatus = 'responded' | 'not-responded' | 'not-assessed';

/** A session's response status and the working behind it. */
export interface Assessment {
  readonly status: ResponseStatus;
  /** Prose with the numbers, e.g. "pain 7 -> 4, 42.857143% relief against a 30% threshold". */
  readonly text: string;
}

/**
 * Judges one session against the response criterion. A partial session that still met the
 * criterion counts as a response; one that did not is not a fair test of the dose (not assessed).
 */
export function assess(s: HistorySession, c: ResponseCriterion, t: Dec): Assessment {
  const { status, text } = c.kind === 'relief-percent' ? assessReliefPercent(s, c, t) : assessNrsDrop(s, c, t);
  if (status === 'not-responded' && !s.completed) {
    return {
      status: 'not-assessed',
      text: `${text}; the session was stopped early${s.stoppedReason !== undefined ? ` (${s.stoppedReason})` : ''}, so it is not a fair test of the dose`,
    };
  }
  return { status, text };
}

/** Relief in percent: the recorded percentage first, else worked out from pain scores unless the rule forbids it. */
function assessReliefPercent(s: HistorySession, c: ResponseCriterion, t: Dec): Assessment {
  if (s.reliefPercent !== undefined) {
    return {
      status: s.reliefPercent.gte(t) ? 'responded' : 'not-responded',
      text: `recorded response ${toPlainString(s.reliefPercent)}% against a ${c.threshold}% threshold`,
    };
  }
  if (c.recordedOnly === true) {
    return {
      status: 'not-assessed',
      text: 'no response percentage was recorded (this rule judges response only from the recorded percentage, not from pain scores)',
    };
  }
  if (s.pain !== undefined && s.pain.before.gt(0)) {
    const { before, after } = s.pain;
    const pct = toPlainString(before.minus(after).div(before).mul(100));
    return {
      // % relief = (before - after) / before x 100; compared without dividing: (before - after) x 100 >= t x before.
      status: before.minus(after).mul(100).gte(t.mul(before)) ? 'responded' : 'not-responded',
      text: `pain ${toPlainString(before)} -> ${toPlainString(after)}, ${pct}% relief against a ${c.threshold}% threshold`,
    };
  }
  if (s.pain !== undefined) {
    return { status: 'not-assessed', text: 'pain before was 0, so percent relief cannot be worked out, and no relief percentage was recorded' };
  }
  return { status: 'not-assessed', text: 'neither pain scores nor a relief percentage were recorded' };
}

/** A drop in NRS points (0-10): pain before - pain after. */
function assessNrsDrop(s: HistorySession, c: ResponseCriterion, t: Dec): Assessment {
  if (s.pain === undefined) {
    return { status: 'not-assessed', text: 'no pain scores were recorded, so the NRS drop cannot be worked out' };
  }
  const drop = s.pain.before.minus(s.pain.after);
  return {
    status: drop.gte(t) ? 'responded' : 'not-responded',
    text: `pain ${toPlainString(s.pain.before)} -> ${toPlainString(s.pain.after)}, a drop of ${toPlainString(drop)} points against a ${c.threshold}-point threshold`,
  };
}

/** Assessed sessions since the last response, counted back from the newest; unassessed ones are skipped. */
export function countWithoutResponse(assessments: readonly Assessment[]): number {
  let n = 0;
  for (let i = assessments.length - 1; i >= 0; i -= 1) {
    const a = assessments[i] as Assessment;
    if (a.status === 'responded') break;
    if (a.status === 'not-responded') n += 1;
  }
  return n;
}
