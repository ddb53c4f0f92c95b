/**
 * The public planner: parse the input at the door, then run the pipeline (prepare the protocol;
 * patient, dose, bag and pump stages; the rules on what is delivered; acknowledgements) and build
 * the plan. `planInfusion` never throws for bad input: every problem is a coded issue.
 */
import type { PlanRequest } from '../types/requests.js';
import { REQUEST_BOUNDS } from '../types/input-limits.js';
import { BUILTIN_CATALOGUE } from '../formulary/builtin.js';
import { enterWithCatalogue } from '../formulary/entry.js';
import { deepFreeze } from '../types/freeze.js';
import type { Catalogue } from '../catalogue/types.js';
import { acknowledge } from '../checks/acknowledge.js';
import { runPipeline } from '../pipeline/run.js';
import type { ComponentFacts } from '../stages/component-facts.js';
import { parsePlanInput } from '../schema/input.js';
import type { HistoryView, TimelinePrefix } from '../schema/history-view.js';
import { type Issue, refusalIssues } from '../types/issues.js';
import { refusalsOf } from '../rules/rule.js';
import { assemblePlan } from '../present/assemble.js';
import { checkInMass, displayMassOfProtocol } from '../present/check-units.js';
import type { PlanResult } from '../types/plan.js';

export { DEFAULT_PUMP_RANGE } from '../pump/range.js';

function fail(issues: readonly Issue[]): PlanResult {
  return { ok: false, issues: refusalIssues(issues) };
}

/**
 * Plans one weight-based infusion session against a catalogue.
 *
 * @param input - Untrusted input: `{ patient, protocol, session, dose?, preparation?, pump?, acknowledgements? }`.
 * @param catalogue - The catalogue to plan against (the built-in one by default).
 * @returns `{ ok: true, plan, warnings }`, or `{ ok: false, issues }` for bad input or a hard-limit finding. A catalogue
 *   other than `BUILTIN_CATALOGUE` or a calculator's is refused (`catalogue_not_validated`). Never throws.
 * @example
 * ```ts
 * const result = planInfusion({
 *   patient: { weight: { value: 70, unit: 'kg' } },
 *   protocol: 'ketamine-crps-schwartzman-2009',
 *   session: 1,
 * });
 * if (result.ok) console.log(result.plan.pump.rate); // { value: '25', unit: 'mL/h' }
 * ```
 */
export function planInfusion(input: PlanRequest, catalogue: Catalogue = BUILTIN_CATALOGUE): PlanResult {
  return deepFreeze(enterWithCatalogue(input, catalogue, (plain, accepted) => planInfusionWithFacts(plain, accepted).result, REQUEST_BOUNDS));
}

/** {@link planInfusion}, with the exact facts behind an ok plan for the combination path. */
export function planInfusionWithFacts(
  input: unknown,
  catalogue: Catalogue,
  plannedBefore?: TimelinePrefix,
  readHistory?: HistoryView,
): { result: PlanResult; facts?: ComponentFacts } {
  const parsed = parsePlanInput(input, readHistory);
  if (!parsed.ok) return { result: fail(parsed.issues) };
  // A refusal speaks in the agent's display unit too (300 mcg, not 0.3 mg or 300 ug).
  // Looked up only when there is a refusal to show.
  const shownMass = () => displayMassOfProtocol(catalogue, parsed.value.protocol);
  const run = runPipeline(plannedBefore ? { ...parsed.value, plannedBefore } : parsed.value, catalogue);
  if (!run.ok) {
    const shown = shownMass();
    return { result: fail(run.issues.map((i) => checkInMass(i, shown))) };
  }
  const { parts, facts, paths } = run.value;
  const { checks, needsAck } = acknowledge(parts.checks, parsed.value.acknowledgements);
  // The paths are keyed by the judged findings themselves, so the unit shift comes after them.
  const hard = refusalsOf(checks, paths);
  if (hard.length > 0) {
    const shown = shownMass();
    return { result: fail(hard.map((c) => checkInMass(c, shown))) };
  }
  return { result: assemblePlan({ ...parts, checks, needsAck }), facts };
}
