/**
 * The titration step: the history judged first (every entry names a known protocol; sessions of
 * this protocol no closer than its minimum interval; a severe adverse event with this agent under
 * any protocol needs a clinician's clearance), then the next dose from the earlier sessions of this
 * protocol, by the protocol's own rule. A stop refuses the plan; a history of a protocol without a
 * rule is noted.
 */
import { isBlankText } from '../types/text.js';
import type { PreparedProtocol } from '../prepare/protocol.js';
import { titrationStep as titrationTrace } from '../present/trace-dose.js';
import { severeEventsOfAgent } from '../rules/history-rules.js';
import { RULES, judge } from '../rules/table.js';
import type { PlanInput } from '../schema/input.js';
import { agentsOf, remember } from '../schema/history-view.js';
import { decideExactly } from '../titration/decide.js';
import type { Decided } from '../titration/result.js';
import type { Issue } from '../types/issues.js';
import { type Findings, type Step, next, refuse, refuseAll, refuseAny } from './state.js';

/**
 * The titration decision for this session with the exact values of its doses, `undefined` without
 * history or rule, or the refusal of a stop.
 */
export function titrationStep(input: PlanInput, p: PreparedProtocol, f: Findings): Step<Decided | undefined> {
  const { protocol } = p;
  if (input.history.length === 0) return next(undefined);
  const view = input.historyView;
  const unknown = unknownProtocols(input, p);
  const unknownRefused = refuseAny(unknown);
  if (unknownRefused) return unknownRefused;
  // What depends on the history alone is worked out once per history (a course's sessions share it), not once a session.
  const courseHistory = remember(view, `course:${protocol.id}`, () => input.history.filter((h) => h.protocol === protocol.id));
  // The engine judges the severe events of this protocol's own course; the rule judges every other one.
  const severe = severeEventsOfAgent(p.catalogue, p.agent.id, view).filter((i) => !protocol.titration || input.history[i]?.protocol !== protocol.id);
  const clearance = input.titrationClearance && !isBlankText(input.titrationClearance.reason) ? input.titrationClearance : undefined;
  f.checks.push(...judge(RULES.history, { protocol, history: view, date: input.date, severe, clearance, agent: p.agent.id }, f.paths));
  const titrationFacts = { hasRule: protocol.titration !== undefined, earlier: courseHistory.length, session: input.session };
  if (!protocol.titration) {
    f.checks.push(...judge(RULES.titration, titrationFacts, f.paths));
    return next(undefined);
  }
  const rule = protocol.titration;
  const titrated = protocol[rule.param];
  // Catalogue validation lets a rule name either parameter: a rule on one the protocol does not state is refused, not thrown.
  if (!titrated) {
    return refuse({
      code: 'titration_rule_invalid',
      path: ['protocol', rule.param],
      message: `The titration rule titrates the ${rule.param}, but protocol ${protocol.id} states no ${rule.param}, so no dose can be titrated. Give the protocol a ${rule.param} or the rule another parameter.`,
    });
  }
  // The decision reads the rule, the parameter, this course's history and the clearance: the same for every session of a course.
  const decided = remember(view, `titration:${protocol.id}:${JSON.stringify(input.titrationClearance)}`, () =>
    decideExactly(rule, titrated, courseHistory, input.titrationClearance ? { clinicianClearance: input.titrationClearance } : {}),
  );
  if (!decided.ok) return refuseAll(decided.issues);
  const exactly = severe.length > 0 ? noEscalation(decided.value) : decided.value;
  const titration = exactly.decision;
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
  f.checks.push(...judge(RULES.titration, titrationFacts, f.paths));
  return next(exactly);
}

/** Every history entry naming a protocol the catalogue does not hold: its agent, and so its windows and events, cannot be known. */
function unknownProtocols(input: PlanInput, p: PreparedProtocol): readonly Issue[] {
  // Found once per history (a course's sessions share it); every session refuses with the same list.
  return remember(input.historyView, 'unknown', () => {
    const known = agentsOf(input.historyView, p.catalogue);
    return input.history.flatMap((h, i): Issue[] =>
      known.has(h.protocol)
        ? []
        : [
            {
              code: 'unknown_protocol',
              path: ['history', i, 'protocol'],
              message: `History entry ${i} names the protocol "${h.protocol}", which catalogue ${p.catalogue.id} does not hold, so its agent and dose cannot be counted. Record it under a catalogue protocol.`,
            },
          ],
    );
  });
}

/**
 * After a cleared severe event with this agent under another protocol, the titration holds: an
 * escalation becomes a hold at the last dose given.
 */
function noEscalation(d: Decided): Decided {
  const t = d.decision;
  if (t.decision !== 'escalate' || t.lastDose === undefined) return d;
  const { bound: _bound, ...rest } = t;
  return {
    decision: {
      ...rest,
      decision: 'hold',
      dose: t.lastDose,
      rule: 'titration.hold-after-severe-cleared',
      reason: `${t.reason} A severe adverse event with this agent is recorded under another protocol and was cleared by a clinician: no escalation after a severe event, so the dose holds at the last dose given, ${t.lastDose.value} ${t.lastDose.unit}.`,
    },
    // The dose is now the last dose given: its exact value goes with it.
    exact: { dose: d.exact.lastDose, lastDose: d.exact.lastDose },
  };
}
