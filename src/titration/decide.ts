/**
 * The titration engine: the next session's dose from a protocol's titration rule and the patient's
 * earlier sessions. One engine, one order of rules, the first that applies decides:
 *
 * 1. no history                         -> `start` at the rule's start dose (or none: the protocol's own value applies)
 * 2. a severe adverse event, any session -> `stop-severe`; with a clinician's clearance, `hold` at the last tolerated dose
 * 3. a moderate event in the last session -> `step-down` by `stepDown` (or `step`), never below the start
 * 4. the last session responded         -> `hold` at the last dose given
 * 5. `futilityAfter` assessed sessions in a row without response -> `stop-futile`
 * 6. the last session's response could not be judged (no scores, or stopped early) -> `hold`
 * 7. otherwise (tolerated, no response) -> `escalate` by `step`, never above the protocol maximum
 *
 * The rule is read once first (prepare.ts), so a rule that cannot be read never reaches a decision.
 * Exact decimals throughout, in the measure's base unit (mg/kg/h, mg/h, mg/kg or mg); values leave
 * as plain decimal strings in the protocol parameter's unit. Pure: no clock, no mutation.
 */
import type { DoseParameter } from '../catalogue/types.js';
import type { HistorySession, IssuePath } from '../schema/history.js';
import { findLastGiven, readCourse } from './course.js';
import { decideEscalation } from './escalate.js';
import { prepareRule } from './prepare.js';
import { decideHoldNotAssessed, decideHoldOnResponse, decideStopFutile } from './response.js';
import { type DecidedResult, type TitrationResult, refuse } from './result.js';
import { decideAfterSevereEvent } from './severe.js';
import { decideStart } from './start.js';
import { decideStepDown } from './step-down.js';
import type { TitrationRule } from '../catalogue/titration.js';

export type { TitrationResult } from './result.js';

/** Options for {@link decideNextDose}. */
export interface DecideOptions {
  /** A clinician's clearance to continue after a severe adverse event, with the reason recorded. */
  readonly clinicianClearance?: { readonly reason: string };
  /** Where the history sits in the caller's input, for issue paths; `['history']` by default. */
  readonly historyPath?: IssuePath;
}

/**
 * Decides the next session's dose from a titration rule, the protocol parameter it titrates (whose
 * `max` is the ceiling) and the earlier sessions, oldest first, as returned by `parseHistory`.
 * Pass the sessions of this course only: every session given counts. Never throws for a parsed
 * history; problems that keep it from deciding (a history dose in a unit of another kind, no dose
 * recorded, escalation without a protocol maximum, a blank clearance reason) come back as issues.
 *
 * @param rule - The protocol's titration rule.
 * @param protocolParam - The protocol's dose parameter named by `rule.param` (its unit is the output unit).
 * @param history - Parsed earlier sessions, oldest first.
 * @param options - A clinician's clearance after a severe event; the history's path for issues.
 * @returns `{ ok: true, value }` with the decision, or `{ ok: false, issues }`.
 * @example
 * decideNextDose(REMA_2012_TITRATION, ketamineEscalationRema2012.rate, sessions);
 * // { ok: true, value: { decision: 'escalate', dose: { value: '0.4', unit: 'mg/kg/h' }, rule: 'titration.escalate', ... } }
 */
export function decideNextDose(
  rule: TitrationRule,
  protocolParam: DoseParameter,
  history: readonly HistorySession[],
  options: DecideOptions = {},
): TitrationResult {
  const r = decideExactly(rule, protocolParam, history, options);
  return r.ok ? { ok: true, value: r.value.decision } : r;
}

/**
 * {@link decideNextDose} with the exact decimals its doses show, for the planner (internal: the
 * planner never reads the decision's dose strings back).
 */
export function decideExactly(
  rule: TitrationRule,
  protocolParam: DoseParameter,
  history: readonly HistorySession[],
  options: DecideOptions = {},
): DecidedResult {
  const prepared = prepareRule(rule, protocolParam, options.clinicianClearance);
  if (!prepared.ok) return prepared;
  if (history.length === 0) return decideStart(prepared.value);
  const c = readCourse(prepared.value, history, options.historyPath ?? ['history'], options.clinicianClearance);
  const decided = decideAfterSevereEvent(c) ?? decideStepDown(c) ?? decideHoldOnResponse(c) ?? decideStopFutile(c);
  if (decided !== undefined) return decided;
  // Rules 6 and 7 both need the last dose; a missing one is refused before either applies.
  const found = findLastGiven(c);
  if (!found.ok) return refuse(found.issue);
  return decideHoldNotAssessed(c, found.value) ?? decideEscalation(c, found.value);
}
