/**
 * What the public plan says beside the infusion: the agent's and protocol's clinical notes, and the
 * premedication and adjuncts the protocol gives with it.
 */
import { dec } from '../decimal/index.js';
import type { Adjunct, Agent, Protocol } from '../catalogue/types.js';
import { quantity } from '../units/quantity.js';
import type { Plan } from '../types/plan.js';

/**
 * The agent's notes, then the protocol's, each with its source.
 * @param agent - the agent infused
 * @param protocol - the protocol followed
 * @returns the plan's notes
 */
export function presentNotes(agent: Agent, protocol: Protocol): Plan['notes'] {
  return [...agent.notes, ...protocol.notes].map((n) => ({ kind: n.kind, text: n.text, source: n.source }));
}

/**
 * The protocol's premedication and adjuncts, in the protocol's order.
 * @param protocol - the protocol followed
 * @returns the plan's adjuncts (empty when the protocol lists none)
 */
export function presentAdjuncts(protocol: Protocol): Plan['adjuncts'] {
  return (protocol.adjuncts ?? []).map((a) => ({
    drug: a.drug,
    dose: presentAdjunctDose(a.dose),
    route: a.route,
    when: a.when,
    optional: a.optional,
    source: a.source,
  }));
}

/**
 * An adjunct's dose: one value, a range the clinician chooses from, or `null` when the source gives none.
 * @param dose - the catalogue's dose, as decimal strings
 * @returns the dose as output quantities
 */
function presentAdjunctDose(dose: Adjunct['dose']): Plan['adjuncts'][number]['dose'] {
  if (!dose) return null;
  if (dose.value !== undefined) return quantity(dec(dose.value), dose.unit);
  return { min: quantity(dec(dose.min ?? '0'), dose.unit), max: quantity(dec(dose.max ?? '0'), dose.unit) };
}
