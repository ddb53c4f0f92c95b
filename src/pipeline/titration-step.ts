/**
 * The titration step: the next dose from the earlier sessions of this protocol, by the protocol's
 * own rule. A stop refuses the plan; a history of a protocol without a rule is noted.
 */
import type { PreparedProtocol } from '../prepare/protocol.js';
import { titrationStep as titrationTrace } from '../present/trace-dose.js';
import { historyNotUsedCheck, sessionMismatchCheck } from '../rules/dose-rules.js';
import type { PlanInput } from '../schema/input.js';
import { decideNextDose } from '../titration/decide.js';
import type { TitrationDecision } from '../catalogue/titration.js';
import { type Findings, type Step, next, refuse } from './state.js';

/** The titration decision for this session, `undefined` without history or rule, or the refusal of a stop. */
export function titrationStep(input: PlanInput, p: PreparedProtocol, f: Findings): Step<TitrationDecision | undefined> {
  const { protocol } = p;
  const courseHistory = input.history.filter((h) => h.protocol === protocol.id);
  if (input.history.length === 0) return next(undefined);
  if (!protocol.titration) {
    if (courseHistory.length > 0) f.checks.push(historyNotUsedCheck());
    return next(undefined);
  }
  const rule = protocol.titration;
  const titrated = protocol[rule.param];
  if (!titrated) throw new Error(`protocol ${protocol.id} titrates a ${rule.param} it does not have`);
  const decided = decideNextDose(rule, titrated, courseHistory, {
    ...(input.titrationClearance ? { clinicianClearance: input.titrationClearance } : {}),
  });
  if (!decided.ok) return refuse(...decided.issues);
  const titration = decided.value;
  f.trace.push(titrationTrace(titration, courseHistory.length));
  if (titration.decision === 'stop-severe' || titration.decision === 'stop-futile') {
    return refuse({
      code: titration.decision === 'stop-severe' ? 'titration_stop_severe' : 'titration_stop_futile',
      path: ['history'],
      message: titration.reason,
      rule: titration.rule,
      sources: titration.sources,
    });
  }
  if (input.session !== courseHistory.length + 1) f.checks.push(sessionMismatchCheck(input.session, courseHistory.length));
  return next(titration);
}
