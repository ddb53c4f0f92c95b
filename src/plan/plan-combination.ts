/**
 * Combination bags: several agents, each dosed by its own protocol, in one bag run at one pump
 * rate. Each agent's dose comes from planning its protocol on its own (so every rule, cap and limit
 * of that protocol applies); the bag is then made up with all the additives, the pump rate set for
 * the whole bag, and every agent judged again at that rate by the same rules, on exact values.
 * Pairs with no cited compatibility statement are a soft finding; a cited incompatibility is hard.
 */
import type { CombinationRequest } from '../types/requests.js';
import { REQUEST_BOUNDS } from '../types/input-limits.js';
import { BUILTIN_CATALOGUE } from '../formulary/builtin.js';
import { enterWithCatalogue } from '../formulary/entry.js';
import { deepFreeze } from '../types/freeze.js';
import type { Catalogue } from '../catalogue/types.js';
import { acknowledge } from '../checks/acknowledge.js';
import { findingsOf } from '../checks/findings.js';
import { type RefusalPaths, RULES, judge, refusalsOf } from '../rules/table.js';
import { combinationShape } from '../schema/combination.js';
import { readAcknowledgements } from '../schema/acknowledgement.js';
import { type Issue, refusalIssues } from '../types/issues.js';
import { mapZodIssue, withoutEchoes } from '../schema/zod-issues.js';
import { combineBag, sharedRate } from '../stages/combined-bag.js';
import type { ComponentFacts } from '../stages/component-facts.js';
import { agentAtSharedRate } from './combination-agents.js';
import { carriedOver, planComponents, sameBagIssues } from './combination-parts.js';
import { combinationPlan } from './combination-plan.js';
import { checkInMass } from '../present/check-units.js';
import type { CombinationResult } from './combination-types.js';
import type { Check } from '../types/plan.js';

export type { CombinationPlan, CombinationResult } from './combination-types.js';

const fail = (issues: readonly Issue[]): CombinationResult => ({ ok: false, issues: refusalIssues(issues) });

/**
 * Plans one bag that holds several agents, each dosed by its own protocol (all whole-bag protocols
 * of the same duration), run at one pump rate.
 *
 * @param input - `{ patient, session, components: [{ protocol, dose?, product? }, ...], preparation: { containerVolume, ... }, pump?, acknowledgements?, careArea? }`.
 * @returns the combined plan, or coded issues (a component's own issues carry its index in the path).
 * @example
 * ```ts
 * planCombination({
 *   patient: { weight: { value: 70, unit: 'kg' } },
 *   session: 1,
 *   components: [
 *     { protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } },
 *     { protocol: 'magnesium-crps-collins-2009' },
 *   ],
 *   preparation: { containerVolume: { value: 250, unit: 'mL' } },
 *   acknowledgements: [{ code: 'compatibility_unknown', reason: 'pharmacy reviewed' }],
 * });
 * ```
 */
export function planCombination(input: CombinationRequest, catalogue: Catalogue = BUILTIN_CATALOGUE): CombinationResult {
  return deepFreeze(enterWithCatalogue(input, catalogue, planCombinationPlain, REQUEST_BOUNDS));
}

function planCombinationPlain(input: unknown, catalogue: Catalogue): CombinationResult {
  const shape = combinationShape.safeParse(input, { reportInput: true });
  if (!shape.success) return fail(withoutEchoes(shape.error.issues).flatMap(mapZodIssue));
  const acks = readAcknowledgements(shape.data.acknowledgements);
  const planned = planComponents(shape.data, acks, catalogue);
  if (!planned.ok) return fail(planned.issues);
  const { parts, facts } = planned;
  const mismatch = sameBagIssues(parts);
  if (mismatch.length > 0) return fail(mismatch);
  const bag = combineBag(facts);
  if (!bag.ok) return fail([bag.issue]);
  const shared = sharedRate(facts, bag.value.finalMl);
  const agentPaths: RefusalPaths = new Map();
  const judged = parts.map((p, i) => agentAtSharedRate(p, facts[i] as ComponentFacts, shared, bag.value.finalMl, agentPaths));
  // The whole bag runs as one segment: final mL at the shared rate for final mL / rate h.
  const segment = { kind: 'maintenance', rateExact: shared.exact, rate: shared.rate, volumeMl: bag.value.finalMl, durationH: shared.durationH } as const;
  const paths: RefusalPaths = new Map();
  const found = judge(
    RULES.combination,
    { facts, agentChecks: judged.flatMap((j) => j.checks), agentPaths, carriedOver: carriedOver(parts), rate: shared.rate.value, segment },
    paths,
  );
  const acknowledged = acknowledge(found, acks);
  const needsAck = acknowledged.needsAck;
  // Each agent's findings in its display unit (mcg for dexmedetomidine, g for magnesium): an exact shift,
  // made after the refusals are found (their paths are keyed by the judged findings themselves).
  const units = new Map(judged.map((j) => [j.dose.agent, j.dose.displayUnit] as const));
  const inUnit = <C extends Check>(c: C): C => checkInMass(c, c.agent === undefined ? undefined : units.get(c.agent));
  const hard = refusalsOf(acknowledged.checks, paths).map(inUnit);
  if (hard.length > 0) return fail(hard);
  const checks = acknowledged.checks.map(inUnit);
  const plan = combinationPlan({ parts, facts, agents: judged.map((j) => j.dose), bag: bag.value, shared, checks, needsAck, acks });
  return { ok: true, plan, ...findingsOf(checks) };
}
