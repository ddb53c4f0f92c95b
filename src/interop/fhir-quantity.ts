/**
 * Plan quantities as FHIR R4 Quantities: the UCUM code kept, the ISMP display as the human `unit`,
 * and the decimal as a JSON number only when no digit is lost; and the error for a plan that has
 * no faithful R4 form.
 *
 * @module
 */
import type { Quantity } from '../units/index.js';
import { approxText, type DisplayMass, inDisplayUnit } from '../format/agent-display.js';
import { type QuantityR4, UCUM_SYSTEM } from './fhir-types.js';

/** A plan that has no faithful FHIR R4 form: thrown inside this module, and returned by `toFhir` as a coded issue. */
export class FhirMappingError extends Error {
  override readonly name = 'FhirMappingError';
  constructor(
    readonly code: 'fhir_multiple_agents' | 'fhir_multiple_rate_caps' | 'fhir_unit_not_ucum' | 'fhir_decimal_not_exact',
    message: string,
  ) {
    super(message);
  }
}

/** The ISMP display of a UCUM code: microgram is written `mcg` for people, an annotation `{spray}` as `spray`. */
export function displayUnit(code: string): string {
  // A UCUM annotation (`{spray}`) reads as its word.
  return code
    .split('/')
    .map((p) => (p === 'ug' ? 'mcg' : p.replace(/^\{(.+)\}$/, '$1')))
    .join('/');
}

/** A plan decimal string as a JSON number, refused if the number would not print back the same. */
function toNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || String(n) !== value) {
    throw new FhirMappingError('fhir_decimal_not_exact', `The decimal "${value}" does not survive as a JSON number.`);
  }
  return n;
}

/** A value and a UCUM code as an R4 Quantity; refused if the code or the decimal would not survive. */
export function ucum(value: string, code: string): QuantityR4 {
  // The plan writes UCUM codes already; `mcg` or `µg` here would be a bug upstream.
  if (code === '' || /mcg|µ|\s/.test(code)) {
    throw new FhirMappingError('fhir_unit_not_ucum', `"${code}" is not a UCUM code this module writes.`);
  }
  return { value: toNumber(value), unit: displayUnit(code), system: UCUM_SYSTEM, code };
}

/**
 * A plan quantity as an R4 Quantity, a mass in the agent's display unit when one is given (value and
 * UCUM code converted together, exactly: 0.004 mg/mL of dexmedetomidine is 4 ug/mL, shown `mcg/mL`).
 */
export function fromQuantity(q: Quantity, unit?: DisplayMass): QuantityR4 {
  const shown = inDisplayUnit(q, unit);
  return ucum(shown.value, shown.unit);
}

/** A plan quantity in a note or text as people read it: the agent's display unit, the precision of the measure. */
export function say(q: Quantity, unit?: DisplayMass): string {
  return approxText(q, unit);
}
