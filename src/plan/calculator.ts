/**
 * Calculators bound to a catalogue: the built-in one, or an institution's own formulary, validated
 * when the calculator is created.
 */
import type { PlanRequest } from '../types/requests.js';
import { BUILTIN_CATALOGUE } from '../formulary/builtin.js';
import type { Agent, Catalogue, Protocol } from '../catalogue/types.js';
import { validateCatalogue } from '../formulary/validate.js';
import { enter } from '../formulary/entry.js';
import { deepFreeze } from '../types/freeze.js';
import { planInfusion } from './plan-infusion.js';
import type { PlanResult } from '../types/plan.js';
import { type Issues, refusalIssues } from '../types/issues.js';

/** The library's functions, bound to one validated catalogue. */
export interface Calculator {
  readonly catalogue: Catalogue;
  /** Plans a session against this catalogue; see {@link planInfusion}. */
  planInfusion(input: PlanRequest): PlanResult;
  /** Every agent, with its products, limits and sources. */
  listAgents(): readonly Agent[];
  /** Every protocol, with its source and evidence grade. */
  listProtocols(): readonly Protocol[];
  /** One protocol by id, or `undefined`. */
  getProtocol(id: string): Protocol | undefined;
}

function bind(catalogue: Catalogue): Calculator {
  return Object.freeze({
    catalogue,
    planInfusion: (input: PlanRequest) => planInfusion(input, catalogue),
    listAgents: () => catalogue.agents,
    listProtocols: () => catalogue.protocols,
    getProtocol: (id: string) => catalogue.protocols.find((p) => p.id === id),
  });
}

/**
 * Creates a calculator bound to a custom catalogue, such as an institution's formulary read from
 * JSON. The catalogue is validated first; bad data gives coded issues, never a calculator.
 *
 * @param catalogue - Untrusted catalogue data: `{ id, version, agents, diluents, protocols, patientLimits }`.
 * @returns `{ ok: true, calculator }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const mine = { ...BUILTIN_CATALOGUE, id: 'st-elsewhere', version: '2026.1' };
 * const r = createCalculator(JSON.parse(JSON.stringify(mine)));
 * if (r.ok) r.calculator.planInfusion(input);
 * ```
 */
export function createCalculator(catalogue: unknown): { readonly ok: true; readonly calculator: Calculator } | { readonly ok: false; readonly issues: Issues } {
  return deepFreeze(
    enter(catalogue, (plain) => {
      const v = validateCatalogue(plain);
      if (!v.ok) return { ok: false, issues: refusalIssues(v.issues) };
      return { ok: true, calculator: bind(v.catalogue) };
    }),
  );
}

const builtin = bind(BUILTIN_CATALOGUE);

/** Every agent of the built-in catalogue, with products, limits and sources. */
export function listAgents(): readonly Agent[] {
  return builtin.listAgents();
}

/** Every protocol of the built-in catalogue, with sources and evidence grades. */
export function listProtocols(): readonly Protocol[] {
  return builtin.listProtocols();
}

/** One built-in protocol by id, or `undefined`. */
export function getProtocol(id: string): Protocol | undefined {
  return builtin.getProtocol(id);
}
