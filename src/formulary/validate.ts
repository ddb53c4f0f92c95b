/**
 * Validating a catalogue: the strict schema first, then the rules no schema can say (unique ids,
 * references that resolve, limits in order, protocol doses and caps inside the agent's hard limits,
 * stocked bags), and the safety nets no catalogue may switch off (the built-in agents' hard limits
 * and display units, the patient plausibility limits).
 * A catalogue that passes is deep-frozen and safe to plan against.
 */
import { CATALOGUE_BOUNDS, checkBounds } from '../types/input-limits.js';
import { dec } from '../decimal/index.js';
import { deepFreeze } from '../types/freeze.js';
import { catalogueSchema, mapCatalogueIssue } from '../schema/catalogue.js';
import { withoutEchoes } from '../schema/zod-issues.js';
import type { Issue } from '../types/issues.js';
import type { Agent, Catalogue, Limit, Product, Protocol } from '../catalogue/types.js';
import { checkAdjustments, checkLimitProtocols, checkLimits } from './validate-limits.js';
import { checkProtocol } from './validate-protocol.js';
import { checkDisplayUnit, checkProtocolSafety } from './validate-protocol-safety.js';
import { BASELINE_AGENTS, checkAgentSafety, checkPatientLimitsSafety, lightestWeightKg } from './validate-safety.js';

/** The catalogues this library validated (and froze), or ships: a planner takes them as they are. */
const VALIDATED = new WeakSet<object>();

/** Records a validated, deeply frozen catalogue; returns it. */
export function markValidated(catalogue: Catalogue): Catalogue {
  VALIDATED.add(catalogue);
  return catalogue;
}

/** Whether this very object is a catalogue the library validated (or ships). */
export function isValidated(catalogue: unknown): catalogue is Catalogue {
  return typeof catalogue === 'object' && catalogue !== null && VALIDATED.has(catalogue);
}

export { deepFreeze };

type Path = (string | number)[];

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const i of ids) (seen.has(i) ? dup : seen).add(i);
  return [...dup];
}

const PATIENT_UNITS: Record<string, string> = { weight: 'kg', height: 'cm', age: 'a', creatinine: 'mg/dL' };

/** Ids must be unique within each kind; limit ids across agents and patient limits together. */
function checkDuplicateIds(cat: Catalogue): Issue[] {
  const dupGroups: [string, readonly string[], Path][] = [
    ['agent', cat.agents.map((a) => a.id), ['agents']],
    ['product', cat.agents.flatMap((a) => a.products.map((p) => p.id)), ['agents']],
    ['protocol', cat.protocols.map((p) => p.id), ['protocols']],
    ['diluent', cat.diluents.map((d) => d.id), ['diluents']],
    ['limit', [...cat.agents.flatMap((a) => a.limits.map((l) => l.id)), ...cat.patientLimits.map((l) => l.id)], ['agents']],
  ];
  return dupGroups.flatMap(([what, ids, path]) =>
    duplicates(ids).map((d): Issue => ({ code: 'duplicate_id', path, message: `The ${what} id "${d}" is used more than once.`, received: d })),
  );
}

/** A product belongs to the agent it is listed under and states a positive strength (and volume). */
function checkProduct(product: Product, agent: Agent, path: Path): Issue[] {
  const issues: Issue[] = [];
  if (product.agent !== agent.id) {
    issues.push({
      code: 'product_agent_mismatch',
      path: [...path, 'agent'],
      message: `Product ${product.id} names agent "${product.agent}" but is listed under ${agent.id}.`,
    });
  }
  if (product.strength.unit !== 'mg/mL' || dec(product.strength.value).lte(0)) {
    issues.push({
      code: 'product_strength_invalid',
      path: [...path, 'strength'],
      message: `Product ${product.id}: strength must be a positive value in mg/mL.`,
    });
  }
  if (product.volume && (product.volume.unit !== 'mL' || dec(product.volume.value).lte(0))) {
    issues.push({
      code: 'product_volume_invalid',
      path: [...path, 'volume'],
      message: `Product ${product.id}: volume must be a positive value in mL.`,
    });
  }
  if (product.form === 'premix' && !product.volume) {
    issues.push({
      code: 'product_volume_invalid',
      path: [...path, 'volume'],
      message: `Premix ${product.id} needs its bag volume.`,
    });
  }
  return issues;
}

/** An agent's products, the diluents it lists, and the order of its limits. */
function checkAgent(agent: Agent, ai: number, diluentIds: ReadonlySet<string>, protocols: readonly Protocol[]): Issue[] {
  const products = agent.products.flatMap((product, pi) => checkProduct(product, agent, ['agents', ai, 'products', pi]));
  const diluents = agent.diluents.flatMap((d, di): Issue[] =>
    diluentIds.has(d.id)
      ? []
      : [{ code: 'unknown_diluent', path: ['agents', ai, 'diluents', di, 'id'], message: `Agent ${agent.id} lists unknown diluent "${d.id}".` }],
  );
  const limits = ['agents', ai, 'limits'];
  // The protocols the built-in record of this agent names: a catalogue that reuses the agent may leave them out.
  const builtin = BASELINE_AGENTS.get(agent.id);
  const named = new Set([...(builtin?.limits ?? []), ...(builtin?.adjustments ?? [])].flatMap((x) => x.protocols ?? []));
  const adjustments = checkAdjustments(agent, protocols, ['agents', ai, 'adjustments'], named);
  return [...products, ...diluents, ...checkLimits(agent.limits, limits), ...checkLimitProtocols(agent, protocols, limits, named), ...adjustments];
}

/** Patient limits are read by name (patient.weight.*, ...), so the name must match the unit. */
function checkPatientLimit(l: Limit, i: number): Issue[] {
  const kind = l.id.split('.')[1] ?? '';
  if (l.id.startsWith('patient.') && PATIENT_UNITS[kind] === l.unit) return [];
  return [
    {
      code: 'patient_limit_invalid',
      path: ['patientLimits', i],
      message: `Patient limit ${l.id} must be named patient.weight.*, patient.height.*, patient.age.* or patient.creatinine.* in kg, cm, a or mg/dL.`,
    },
  ];
}

/**
 * Validates untrusted catalogue data (for example an institution's formulary read from JSON).
 * @returns the catalogue, deep-frozen, or every problem found as coded issues.
 */
export function validateCatalogue(raw: unknown): { ok: true; catalogue: Catalogue } | { ok: false; issues: Issue[] } {
  const tooBig = checkBounds(raw, CATALOGUE_BOUNDS);
  if (tooBig) return { ok: false, issues: [tooBig] };
  const parsed = catalogueSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: withoutEchoes(parsed.error.issues).flatMap((i) => mapCatalogueIssue(i, raw)) };
  // The schema output is a fresh object: freezing it never touches the caller's data.
  const cat = parsed.data as unknown as Catalogue;
  const diluentIds = new Set(cat.diluents.map((d) => d.id));
  const lightKg = lightestWeightKg(cat.patientLimits);
  const issues: Issue[] = [
    ...checkDuplicateIds(cat),
    ...cat.agents.flatMap((agent, ai) => [...checkAgent(agent, ai, diluentIds, cat.protocols), ...checkAgentSafety(agent, ai, cat.protocols)]),
    ...cat.agents.flatMap((agent, ai) => checkDisplayUnit(agent, ai, cat.protocols, lightKg)),
    ...cat.patientLimits.flatMap((l, i) => checkPatientLimit(l, i)),
    ...checkPatientLimitsSafety(cat.patientLimits),
    ...cat.protocols.flatMap((p, pi) => [
      ...checkProtocol(p, pi, cat.agents, diluentIds),
      ...checkProtocolSafety(
        p,
        pi,
        cat.agents.find((a) => a.id === p.agent),
        cat.diluents,
        lightKg,
      ),
    ]),
  ];
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, catalogue: markValidated(deepFreeze(cat)) };
}
