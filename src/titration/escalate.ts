/**
 * Decision 7: the last session was tolerated without a response, so the dose rises by one step,
 * never above the protocol maximum. Without a maximum the engine refuses to escalate at all.
 */
import type { Dec } from '../decimal/index.js';
import { type Course, type GivenDose, lastGivenText } from './course.js';
import { type DecidedResult, decided, refuse } from './result.js';
import { capText, doseIn, label, show } from './wording.js';

/** `escalate` by one step, or `hold` when the last dose is already at or above the maximum. */
export function decideEscalation(c: Course, lg: GivenDose): DecidedResult {
  const { rule, max } = c.prepared;
  if (max === undefined) {
    return refuse({
      code: 'titration_maximum_required',
      path: ['protocol', rule.param, 'max'],
      message: `${label(c.last)} did not respond (${c.lastAssessment.text}), but the protocol states no maximum ${rule.param}, so the engine will not escalate. The clinician must choose the dose.`,
    });
  }
  return lg.dose.gte(max) ? holdAtMaximum(c, lg, max) : escalate(c, lg, max);
}

function holdAtMaximum(c: Course, lg: GivenDose, max: Dec): DecidedResult {
  const { prepared: p } = c;
  const next = doseIn(p, max);
  const last = doseIn(p, lg.dose);
  return decided(
    {
      ...c.summary,
      decision: 'hold',
      dose: next.quantity,
      lastDose: last.quantity,
      bound: 'maximum',
      rule: 'titration.hold-at-maximum',
      reason:
        `${label(c.last)} did not respond (${c.lastAssessment.text}), but the last dose, ${lastGivenText(c, lg)}, is ${lg.dose.gt(max) ? 'above' : 'at'} the protocol maximum of ${capText(p)}. ` +
        `No escalation: hold at the maximum, ${show(p, max)}.`,
      sources: [p.rule.source, p.rule.response.source, p.param.source],
    },
    next,
    last,
  );
}

function escalate(c: Course, lg: GivenDose, max: Dec): DecidedResult {
  const { prepared: p } = c;
  const { rule } = p;
  const wanted = lg.dose.plus(p.step);
  const capped = wanted.gt(max);
  const dose = capped ? max : wanted;
  const next = doseIn(p, dose);
  const last = doseIn(p, lg.dose);
  return decided(
    {
      ...c.summary,
      decision: 'escalate',
      dose: next.quantity,
      lastDose: last.quantity,
      ...(capped ? { bound: 'maximum' as const } : {}),
      rule: 'titration.escalate',
      reason:
        `${label(c.last)} was tolerated without a response (${c.lastAssessment.text}). Escalate by ${rule.step.value} ${rule.step.unit} from ${lastGivenText(c, lg)}` +
        (capped ? `: ${show(p, wanted)} would pass the protocol maximum of ${capText(p)}, so the maximum binds: ${show(p, dose)}.` : `: ${show(p, dose)}.`),
      sources: [rule.source, rule.step.source, rule.response.source, ...(capped ? [p.param.source] : [])],
    },
    next,
    last,
  );
}
