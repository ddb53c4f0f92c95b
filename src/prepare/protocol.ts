/**
 * A protocol prepared once per catalogue and care area: the protocol and agent resolved by id, the
 * agent's limits in force in the care area, and the catalogue's care areas. Cached per (frozen)
 * catalogue object, so every plan of the same protocol starts from the same prepared value.
 */
import { knownIdsText } from '../types/input-limits.js';
import type { Agent, Catalogue, Limit, Protocol } from '../catalogue/types.js';
import { limitsForCareArea, limitsForProtocol } from '../checks/agent-limits.js';
import type { Issue } from '../types/issues.js';
import { type ExactProtocol, exactProtocol } from './exact.js';

/** What every stage of a plan reads of its protocol. */
export interface PreparedProtocol {
  readonly catalogue: Catalogue;
  readonly protocol: Protocol;
  readonly agent: Agent;
  /** The agent's limits for every care area and for the plan's care area (conditions judged later). */
  readonly limitsInForce: readonly Limit[];
  readonly careArea: string | undefined;
  /** Every number a plan reads from the protocol, its agent and the catalogue, read once. */
  readonly exact: ExactProtocol;
}

interface CatalogueIndex {
  readonly protocols: ReadonlyMap<string, Protocol>;
  readonly agents: ReadonlyMap<string, Agent>;
  readonly careAreas: ReadonlySet<string>;
  readonly prepared: Map<string, PreparedProtocol>;
}

const INDEXES = new WeakMap<Catalogue, CatalogueIndex>();

/**
 * The catalogue's index. Kept only for a frozen catalogue (the built-in one and every validated one
 * are deep-frozen): an object a caller can still change is indexed afresh on every call, so a plan
 * never reads a limit that has since been edited.
 */
function indexOf(catalogue: Catalogue): CatalogueIndex {
  const cached = INDEXES.get(catalogue);
  if (cached) return cached;
  const index: CatalogueIndex = {
    protocols: new Map(catalogue.protocols.map((p) => [p.id, p])),
    agents: new Map(catalogue.agents.map((a) => [a.id, a])),
    careAreas: new Set(catalogue.agents.flatMap((a) => a.limits.flatMap((l) => l.careAreas ?? []))),
    prepared: new Map(),
  };
  if (Object.isFrozen(catalogue)) INDEXES.set(catalogue, index);
  return index;
}

/**
 * The protocol `id` of `catalogue` prepared for `careArea`, or the coded issue for an unknown
 * protocol or care area, or for a care area not named when the catalogue sets limits for some
 * (`care_area_required`: the limits of every care area would otherwise be skipped unseen). A
 * validated catalogue names only agents it holds; a protocol naming another is a bug in the
 * catalogue's validation, so it throws.
 */
export function prepareProtocol(
  catalogue: Catalogue,
  id: string,
  careArea: string | undefined,
): { ok: true; value: PreparedProtocol } | { ok: false; issue: Issue } {
  const index = indexOf(catalogue);
  const key = JSON.stringify([id, careArea ?? null]); // no care area (null) stays apart from an empty one (""), and an id from a care area
  const cached = index.prepared.get(key);
  if (cached) return { ok: true, value: cached };
  const protocol = index.protocols.get(id);
  if (!protocol) return { ok: false, issue: unknownProtocol(catalogue, id) };
  const agent = index.agents.get(protocol.agent);
  if (!agent) throw new Error(`catalogue protocol ${protocol.id} names unknown agent ${protocol.agent}`);
  // Limits set for care areas are skipped without one, so a catalogue that sets any needs the care area named.
  if (careArea === undefined && index.careAreas.size > 0) {
    return {
      ok: false,
      issue: {
        code: 'care_area_required',
        path: ['careArea'],
        message: `Catalogue ${catalogue.id} sets limits for care areas (${[...index.careAreas].join(', ')}): name the care area the plan is for.`,
        expected: [...index.careAreas].join(', '),
      },
    };
  }
  if (careArea !== undefined && !index.careAreas.has(careArea)) {
    return {
      ok: false,
      issue: {
        code: 'unknown_care_area',
        path: ['careArea'],
        message: `No limits are set for care area "${careArea}" in this catalogue; known: ${[...index.careAreas].join(', ') || '(none)'}.`,
        // Like unknown_protocol: what would be accepted, and what was received.
        expected: index.careAreas.size > 0 ? [...index.careAreas].join(', ') : 'no care area (this catalogue sets no care-area limits)',
        received: JSON.stringify(careArea),
      },
    };
  }
  const value: PreparedProtocol = {
    catalogue,
    protocol,
    agent,
    limitsInForce: limitsForCareArea(limitsForProtocol(agent.limits, protocol.id), careArea),
    careArea,
    exact: exactProtocol(catalogue, protocol, agent),
  };
  index.prepared.set(key, value);
  return { ok: true, value };
}

function unknownProtocol(catalogue: Catalogue, id: string): Issue {
  const known = knownIdsText(
    id,
    catalogue.protocols.map((p) => p.id),
  );
  return {
    code: 'unknown_protocol',
    path: ['protocol'],
    message: `No protocol "${id}" in catalogue ${catalogue.id} ${catalogue.version}; known: ${known}.`,
    expected: known,
    received: JSON.stringify(id),
  };
}
