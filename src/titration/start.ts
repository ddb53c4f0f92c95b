/** Decision 1: no earlier sessions, so the course starts, at the rule's start dose if it gives one. */
import type { Source } from '../catalogue/types.js';
import type { PreparedRule } from './prepare.js';
import { type DecidedResult, decided } from './result.js';
import type { SourcedQuantity } from '../catalogue/titration.js';
import { capText, doseIn, show } from './wording.js';

/** The first session's decision: `start`, at the rule's start dose (never above the maximum) or none. */
export function decideStart(p: PreparedRule): DecidedResult {
  const { rule, start, max } = p;
  const sources: Source[] = [rule.source];
  if (start === undefined) {
    return decided({
      decision: 'start',
      param: rule.param,
      rule: 'titration.start',
      reason: `No earlier sessions: this is the first. The titration rule gives no start dose, so the protocol's own ${rule.param} (or the clinician's) applies.`,
      responded: false,
      sessionsWithoutResponse: 0,
      sources,
    });
  }
  sources.push((rule.start as SourcedQuantity).source);
  const capped = max !== undefined && start.gt(max);
  const dose = capped ? max : start;
  const next = doseIn(p, dose);
  return decided(
    {
      decision: 'start',
      param: rule.param,
      dose: next.quantity,
      ...(capped ? { bound: 'maximum' as const } : {}),
      rule: 'titration.start',
      reason: capped
        ? `No earlier sessions: start. The rule's start ${show(p, start)} is above the protocol maximum of ${capText(p)}; the maximum binds: ${show(p, dose)}.`
        : `No earlier sessions: start at ${show(p, dose)}, the rule's start dose.`,
      responded: false,
      sessionsWithoutResponse: 0,
      sources,
    },
    next,
  );
}
