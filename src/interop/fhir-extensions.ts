/**
 * The project's own FHIR R4 extensions: what R4 has no element for. R4 MedicationRequest and
 * MedicationAdministration cannot say which protocol of this library a dose follows, which session of
 * the course it is, or the relief the patient reported, and a combination bag's Medication cannot say
 * which protocol each ingredient is dosed by. Each extension has a canonical URL under
 * {@link FHIR_EXTENSION_BASE} and one value type; `docs/fhir-extensions.json` holds their
 * StructureDefinitions.
 *
 * | extension | value | on |
 * |---|---|---|
 * | `protocol` | `valueString`: a protocol id of the catalogue | MedicationRequest and MedicationAdministration (one agent); `Medication.ingredient` (each agent of a combination bag) |
 * | `session-number` | `valuePositiveInt`: the 1-based session of the course | MedicationRequest, MedicationAdministration |
 * | `relief-percent` | `valueDecimal`: relief the patient reported, 0 to 100 | MedicationAdministration |
 *
 * @module
 */

/**
 * The base of the extensions' canonical URLs. The `.example` top-level domain is reserved (RFC 2606),
 * so these URLs can never name another party's definitions; an institution that publishes its own
 * profile maps them.
 */
export const FHIR_EXTENSION_BASE = 'https://infusion-dose.example/fhir/StructureDefinition/';

/** The canonical URL of each extension. */
export const FHIR_EXTENSIONS = Object.freeze({
  protocol: `${FHIR_EXTENSION_BASE}protocol`,
  sessionNumber: `${FHIR_EXTENSION_BASE}session-number`,
  reliefPercent: `${FHIR_EXTENSION_BASE}relief-percent`,
} as const);

/** An R4 Extension as written here: a URL and one value. */
export type ExtensionR4 = { url: string; valueString: string } | { url: string; valuePositiveInt: number } | { url: string; valueDecimal: number };

/** The protocol extension. */
export function protocolExtension(id: string): ExtensionR4 {
  return { url: FHIR_EXTENSIONS.protocol, valueString: id };
}

/** The session-number extension. */
export function sessionExtension(n: number): ExtensionR4 {
  return { url: FHIR_EXTENSIONS.sessionNumber, valuePositiveInt: n };
}

/** What an element's extension with `url` holds: absent, several (ambiguous), or the one. */
export type ExtensionRead =
  | { readonly found: 'none' }
  | { readonly found: 'several' }
  | { readonly found: 'one'; readonly index: number; readonly extension: Readonly<Record<string, unknown>> };

/** Finds the extension with `url` among an element's `extension` list (untrusted JSON). */
export function findExtension(element: unknown, url: string): ExtensionRead {
  const list: unknown = typeof element === 'object' && element !== null ? (element as Record<string, unknown>)['extension'] : undefined;
  if (!Array.isArray(list)) return { found: 'none' };
  const hits: number[] = [];
  list.forEach((e: unknown, i) => {
    if (typeof e === 'object' && e !== null && (e as Record<string, unknown>)['url'] === url) hits.push(i);
  });
  const [index, ...more] = hits;
  if (index === undefined) return { found: 'none' };
  if (more.length > 0) return { found: 'several' };
  return { found: 'one', index, extension: list[index] as Record<string, unknown> };
}
