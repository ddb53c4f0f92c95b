/**
 * The bag or syringe as made up, as the FHIR R4 Medication contained in the request.
 *
 * Product codes (NDC) travel where they name what they code: a premix used as it is IS the coded
 * product, so its codes are `Medication.code.coding`; a bag made up from a vial is not the vial, so
 * the vial's codes are on its ingredient (`ingredient.itemCodeableConcept.coding`) and
 * `Medication.code` keeps text only. Coding a made-up bag with the vial's NDC would tell a receiver
 * the bag is the undiluted vial.
 *
 * @module
 */
import type { Plan } from '../types/plan.js';
import type { ProductCode } from '../catalogue/types.js';
import type { UnitOf } from '../format/plan-sections.js';
import type { CodingR4, ExtensionR4, MedicationIngredientR4, MedicationR4 } from './fhir-types.js';
import { protocolExtension } from './fhir-extensions.js';
import { fromQuantity, say, ucum } from './fhir-quantity.js';
import { inDisplayUnit } from '../format/agent-display.js';

/** The id of the contained Medication, by which the request refers to it. */
export const CONTAINED_ID = 'bag';

/** Catalogue codes as FHIR Codings (system and code as the catalogue cites them). */
function codings(codes: readonly ProductCode[] | undefined): { coding?: CodingR4[] } {
  return codes !== undefined && codes.length > 0 ? { coding: codes.map((c) => ({ system: c.system, code: c.code })) } : {};
}

/**
 * The bag as a Medication: each additive's amount over the final volume (one active ingredient per
 * additive, so a combination bag has several), then the diluent. Each agent's mass is in its display unit.
 */
export function toMedication(
  bag: Plan['bag'],
  agentName: (id: string) => string,
  unitOf: UnitOf,
  protocolOf: (agent: string) => string | undefined = () => undefined,
): MedicationR4 {
  // A combination bag names each agent's protocol on its ingredient (the project's extension).
  const named = (agent: string): { extension?: ExtensionR4[] } => {
    const id = protocolOf(agent);
    return id !== undefined ? { extension: [protocolExtension(id)] } : {};
  };
  const finalVolume = fromQuantity(bag.finalVolume);
  const ingredients: MedicationIngredientR4[] = [];
  if (bag.additives.length > 0) {
    for (const a of bag.additives) {
      ingredients.push({
        ...named(a.agent),
        itemCodeableConcept: { ...codings(a.product.codes), text: `${agentName(a.agent)} (${a.product.name})` },
        isActive: true,
        strength: { numerator: fromQuantity(a.amount, unitOf(a.agent)), denominator: finalVolume },
      });
    }
  } else {
    // A premix used as it is: its stated concentration per 1 mL.
    for (const c of bag.concentrations) {
      const shown = inDisplayUnit(c.value, unitOf(c.agent));
      const [mass, volume] = shown.unit.split('/');
      ingredients.push({
        ...named(c.agent),
        itemCodeableConcept: { text: agentName(c.agent) },
        isActive: true,
        strength: { numerator: ucum(shown.value, mass ?? ''), denominator: ucum('1', volume ?? '') },
      });
    }
  }
  if (bag.diluent !== null) {
    ingredients.push({
      itemCodeableConcept: { text: bag.diluent.name },
      isActive: false,
      strength: { numerator: fromQuantity(bag.diluent.volume), denominator: finalVolume },
    });
  }
  const contents =
    bag.additives.length > 0
      ? bag.additives.map((a) => `${agentName(a.agent)} ${say(a.amount, unitOf(a.agent))}`).join(' + ')
      : bag.concentrations.map((c) => `${agentName(c.agent)} ${say(c.value, unitOf(c.agent))}`).join(' + ');
  const inWhat = bag.diluent !== null ? ` in ${bag.diluent.name}` : bag.container.productId !== undefined ? ` (premix ${bag.container.productId})` : '';
  return {
    resourceType: 'Medication',
    id: CONTAINED_ID,
    code: {
      ...(bag.additives.length === 0 ? codings(bag.container.codes) : {}),
      text: `${contents}${inWhat}, ${say(bag.finalVolume)} final volume (${bag.container.kind})`,
    },
    ingredient: ingredients,
  };
}
