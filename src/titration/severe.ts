/**
 * Decision 2: a severe adverse event in any earlier session stops the titration. A clinician may
 * clear the patient to continue; the dose then holds at the last tolerated dose and never rises.
 */
import { type Dec, minDec } from '../decimal/index.js';
import type { HistorySession } from '../schema/history.js';
import { type Course, type GivenDose, findLastGiven, hasSeverity, readGiven } from './course.js';
import { type DecidedResult, type Read, decided, refuse } from './result.js';
import { capText, doseIn, eventsText, label, show } from './wording.js';

/** `stop-severe`, or a hold once a clinician has cleared the patient; `undefined` when no session had a severe event. */
export function decideAfterSevereEvent(c: Course): DecidedResult | undefined {
  const severe = c.history.filter((s) => hasSeverity(s, 'severe'));
  if (severe.length === 0) return undefined;
  const severeText = severe.map((s) => `${label(s)}: ${eventsText(s, 'severe')}`).join('; ');
  return c.clearance === undefined ? stopSevere(c, severeText) : holdAfterClearance(c, c.clearance, severeText);
}

function stopSevere(c: Course, severeText: string): DecidedResult {
  return decided({
    ...c.summary,
    decision: 'stop-severe',
    rule: 'titration.stop-severe',
    reason: `A severe adverse event was recorded (${severeText}). Titration stops; no dose is proposed. A clinician may clear the patient to continue, with a reason, to hold at the last tolerated dose.`,
    sources: [c.prepared.rule.source],
  });
}

function holdAfterClearance(c: Course, clearance: { readonly reason: string }, severeText: string): DecidedResult {
  const { prepared: p, history } = c;
  const tolerated = findTolerated(c);
  if (tolerated === undefined) {
    return refuse({
      code: 'titration_no_tolerated_dose',
      path: [...c.path],
      message: `A clinician cleared the patient after a severe adverse event (${severeText}), but no earlier session recorded a ${p.rule.param} given without a moderate or severe event. The clinician must choose the dose.`,
    });
  }
  if (!tolerated.ok) return refuse(tolerated.issue);
  const found = findLastGiven(c);
  if (!found.ok) return refuse(found.issue);
  const lg = found.value;
  const t = tolerated.value;
  // Never above the last dose given or the maximum: a severe event never leads to a higher dose.
  let dose = minDec(t.dose, lg.dose);
  const capped = p.max !== undefined && dose.gt(p.max);
  if (capped) dose = p.max as Dec;
  const next = doseIn(p, dose);
  const last = doseIn(p, lg.dose);
  return decided(
    {
      ...c.summary,
      decision: 'hold',
      dose: next.quantity,
      lastDose: last.quantity,
      ...(capped ? { bound: 'maximum' as const } : {}),
      rule: 'titration.hold-after-severe-cleared',
      reason:
        `A severe adverse event was recorded (${severeText}); a clinician cleared the patient to continue: "${clearance.reason}". ` +
        `Hold at the last tolerated dose, ${show(p, t.dose)} in ${label(history[t.index] as HistorySession)}` +
        (dose.lt(t.dose) ? `, lowered to ${show(p, dose)}${capped ? `, the protocol maximum of ${capText(p)}` : ', the last dose given'}` : '') +
        '. No escalation after a severe event.',
      sources: [p.rule.source],
    },
    next,
    last,
  );
}

/**
 * The newest session that recorded the titrated dose with no moderate or severe event, the issue
 * when its unit is not the protocol's kind, or `undefined` when no session qualifies.
 */
function findTolerated(c: Course): Read<GivenDose> | undefined {
  for (let i = c.lastIndex; i >= 0; i -= 1) {
    const s = c.history[i] as HistorySession;
    const g = s.given[c.prepared.rule.param];
    if (g === undefined || hasSeverity(s, 'severe') || hasSeverity(s, 'moderate')) continue;
    const d = readGiven(c, i, g);
    return d.ok ? { ok: true, value: { index: i, dose: d.value } } : d;
  }
  return undefined;
}
