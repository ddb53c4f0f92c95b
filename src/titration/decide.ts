/**
 * The titration engine: the next session's dose from a protocol's titration rule and the patient's
 * earlier sessions. One engine, one order of rules:
 *
 * 1. no history                         -> `start` at the rule's start dose (or none: the protocol's own value applies)
 * 2. a severe adverse event, any session -> `stop-severe`; with a clinician's clearance, `hold` at the last tolerated dose
 * 3. a moderate event in the last session -> `step-down` by `stepDown` (or `step`), never below the start
 * 4. the last session responded         -> `hold` at the last dose given
 * 5. `futilityAfter` assessed sessions in a row without response -> `stop-futile`
 * 6. the last session's response could not be judged (no scores, or stopped early) -> `hold`
 * 7. otherwise (tolerated, no response) -> `escalate` by `step`, never above the protocol maximum
 *
 * Exact decimals throughout, in the measure's base unit (mg/kg/h, mg/h, mg/kg or mg); values leave
 * as plain decimal strings in the protocol parameter's unit. Pure: no clock, no mutation.
 */
import type { Dec } from '../decimal/index.js';
import type { DoseParameter } from '../catalogue/types.js';
import type { HistorySession, IssuePath } from '../schema/history.js';
import { type GivenDose, findLastGiven, lastGivenText, readCourse } from './course.js';
import { prepareRule } from './prepare.js';
import { decideAfterSevereEvent } from './severe.js';
import { decideStart } from './start.js';
import { decideStepDown } from './step-down.js';
import { type TitrationResult, refuse } from './result.js';
import type { TitrationDecision, TitrationRule } from './types.js';
import { capText, label, quantityOf, show } from './wording.js';

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
  const prepared = prepareRule(rule, protocolParam, options.clinicianClearance);
  if (!prepared.ok) return prepared;
  const p = prepared.value;
  const { step, max } = p;

  // --- 1. No history: start.
  if (history.length === 0) return decideStart(p);

  const c = readCourse(p, history, options.historyPath ?? ['history'], options.clinicianClearance);
  const { last, lastAssessment, summary: base } = c;
  const { responded, sessionsWithoutResponse } = base;

  // --- 2. A severe adverse event in any earlier session.
  const severe = decideAfterSevereEvent(c);
  if (severe !== undefined) return severe;

  // --- 3. A moderate adverse event in the last session: step down, never below the start.
  const steppedDown = decideStepDown(c);
  if (steppedDown !== undefined) return steppedDown;

  // Hold at the last dose given (never above the maximum), for a response or a response not judged.
  const holdAt = (lg: GivenDose, id: TitrationDecision['rule'], why: string, after: string): TitrationResult => {
    const capped = max !== undefined && lg.dose.gt(max);
    return {
      ok: true,
      value: {
        ...base,
        decision: 'hold',
        dose: quantityOf(p, capped ? (max as Dec) : lg.dose),
        lastDose: quantityOf(p, lg.dose),
        ...(capped ? { bound: 'maximum' as const } : {}),
        rule: id,
        reason: `${why} Hold at the last dose, ${lastGivenText(c, lg)}${capped ? `, lowered to the protocol maximum of ${capText(p)}` : ''}${after}`,
        sources: [rule.source, rule.response.source],
      },
    };
  };

  // --- 4. Responded: hold at the last dose given.
  if (responded) {
    const found = findLastGiven(c);
    if (!found.ok) return refuse(found.issue);
    const lg = found.value;
    return holdAt(lg, 'titration.hold-response', `${label(last)} responded (${lastAssessment.text}) with no moderate or severe adverse event.`, '.');
  }

  // --- 5. Futility: too many assessed sessions in a row without response.
  if (rule.futilityAfter !== undefined && sessionsWithoutResponse >= rule.futilityAfter) {
    return {
      ok: true,
      value: {
        ...base,
        decision: 'stop-futile',
        rule: 'titration.stop-futile',
        reason:
          `${sessionsWithoutResponse} assessed session${sessionsWithoutResponse === 1 ? '' : 's'} in a row without a response (the last: ${lastAssessment.text}); ` +
          `the rule stops after ${rule.futilityAfter}. No dose is proposed.`,
        sources: [rule.source, rule.response.source, ...(rule.futilitySource !== undefined ? [rule.futilitySource] : [])],
      },
    };
  }

  const found = findLastGiven(c);
  if (!found.ok) return refuse(found.issue);
  const lg = found.value;

  // --- 6. Response not judged: hold, never escalate on missing data.
  if (lastAssessment.status === 'not-assessed') {
    return holdAt(lg, 'titration.hold-response-not-assessed', `The response to ${label(last)} cannot be judged: ${lastAssessment.text}.`, '; record the response to titrate.');
  }

  // --- 7. Tolerated, no response: escalate by one step, never above the maximum.
  if (max === undefined) {
    return refuse({
      code: 'titration_maximum_required',
      path: ['protocol', rule.param, 'max'],
      message: `${label(last)} did not respond (${lastAssessment.text}), but the protocol states no maximum ${rule.param}, so the engine will not escalate. The clinician must choose the dose.`,
    });
  }
  const stepText = `${rule.step.value} ${rule.step.unit}`;
  if (lg.dose.gte(max)) {
    return {
      ok: true,
      value: {
        ...base,
        decision: 'hold',
        dose: quantityOf(p, max),
        lastDose: quantityOf(p, lg.dose),
        bound: 'maximum',
        rule: 'titration.hold-at-maximum',
        reason:
          `${label(last)} did not respond (${lastAssessment.text}), but the last dose, ${lastGivenText(c, lg)}, is ${lg.dose.gt(max) ? 'above' : 'at'} the protocol maximum of ${capText(p)}. ` +
          `No escalation: hold at the maximum, ${show(p, max)}.`,
        sources: [rule.source, rule.response.source, protocolParam.source],
      },
    };
  }
  const wanted = lg.dose.plus(step);
  const capped = wanted.gt(max);
  const dose = capped ? max : wanted;
  return {
    ok: true,
    value: {
      ...base,
      decision: 'escalate',
      dose: quantityOf(p, dose),
      lastDose: quantityOf(p, lg.dose),
      ...(capped ? { bound: 'maximum' as const } : {}),
      rule: 'titration.escalate',
      reason:
        `${label(last)} was tolerated without a response (${lastAssessment.text}). Escalate by ${stepText} from ${lastGivenText(c, lg)}` +
        (capped
          ? `: ${show(p, wanted)} would pass the protocol maximum of ${capText(p)}, so the maximum binds: ${show(p, dose)}.`
          : `: ${show(p, dose)}.`),
      sources: [rule.source, rule.step.source, rule.response.source, ...(capped ? [protocolParam.source] : [])],
    },
  };
}
