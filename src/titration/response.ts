/**
 * Decisions 4 to 6, from the last session's response: hold on a response, stop as futile after too
 * many sessions without one, and hold when it could not be judged (never escalate on missing data).
 */
import type { Dec } from '../decimal/index.js';
import { type Course, type GivenDose, findLastGiven, lastGivenText } from './course.js';
import { type DecidedResult, decided, refuse } from './result.js';
import type { TitrationRuleId } from '../catalogue/titration.js';
import { capText, doseIn, label } from './wording.js';

/** Decision 4: `hold` at the last dose given when the last session responded; `undefined` otherwise. */
export function decideHoldOnResponse(c: Course): DecidedResult | undefined {
  if (!c.summary.responded) return undefined;
  const found = findLastGiven(c);
  if (!found.ok) return refuse(found.issue);
  const why = `${label(c.last)} responded (${c.lastAssessment.text}) with no moderate or severe adverse event.`;
  return holdAtLastDose(c, found.value, 'titration.hold-response', why, '.');
}

/** Decision 5: `stop-futile` after the rule's number of assessed sessions in a row without a response. */
export function decideStopFutile(c: Course): DecidedResult | undefined {
  const { rule } = c.prepared;
  const n = c.summary.sessionsWithoutResponse;
  if (rule.futilityAfter === undefined || n < rule.futilityAfter) return undefined;
  return decided({
    ...c.summary,
    decision: 'stop-futile',
    rule: 'titration.stop-futile',
    reason:
      `${n} assessed session${n === 1 ? '' : 's'} in a row without a response (the last: ${c.lastAssessment.text}); ` +
      `the rule stops after ${rule.futilityAfter}. No dose is proposed.`,
    sources: [rule.source, rule.response.source, ...(rule.futilitySource !== undefined ? [rule.futilitySource] : [])],
  });
}

/** Decision 6: `hold` at the last dose given when the last session's response could not be judged. */
export function decideHoldNotAssessed(c: Course, lg: GivenDose): DecidedResult | undefined {
  if (c.lastAssessment.status !== 'not-assessed') return undefined;
  const why = `The response to ${label(c.last)} cannot be judged: ${c.lastAssessment.text}.`;
  return holdAtLastDose(c, lg, 'titration.hold-response-not-assessed', why, '; record the response to titrate.');
}

/** Holds at the last dose given, lowered to the maximum if it was above it. */
function holdAtLastDose(c: Course, lg: GivenDose, id: TitrationRuleId, why: string, after: string): DecidedResult {
  const { prepared: p } = c;
  const capped = p.max !== undefined && lg.dose.gt(p.max);
  const next = doseIn(p, capped ? (p.max as Dec) : lg.dose);
  const last = doseIn(p, lg.dose);
  return decided(
    {
      ...c.summary,
      decision: 'hold',
      dose: next.quantity,
      lastDose: last.quantity,
      ...(capped ? { bound: 'maximum' as const } : {}),
      rule: id,
      reason: `${why} Hold at the last dose, ${lastGivenText(c, lg)}${capped ? `, lowered to the protocol maximum of ${capText(p)}` : ''}${after}`,
      sources: [p.rule.source, p.rule.response.source],
    },
    next,
    last,
  );
}
