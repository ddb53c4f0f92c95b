/**
 * The HL7 FHIR R4 shapes `toFhir` emits, hand-written and minimal: only the elements it
 * writes, so that no FHIR type package becomes a dependency.
 *
 * @module
 */

import type { ExtensionR4 } from './fhir-extensions.js';

export type { ExtensionR4 } from './fhir-extensions.js';

/** The UCUM code system URI. */
export const UCUM_SYSTEM = 'http://unitsofmeasure.org';
/** The HL7 dose-rate-type code system URI (codes `ordered` and `calculated`). */
export const DOSE_RATE_TYPE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/dose-rate-type';

/** An R4 Quantity as emitted here: always UCUM. */
export interface QuantityR4 {
  value: number;
  /** Human-readable unit (ISMP display: `mcg`). */
  unit: string;
  system: typeof UCUM_SYSTEM;
  /** UCUM code (`ug`, `mg/kg/h`, `mL/h` ...). */
  code: string;
}
/** An R4 Ratio. */
export interface RatioR4 {
  numerator: QuantityR4;
  denominator: QuantityR4;
}
/** An R4 Coding. */
export interface CodingR4 {
  system: string;
  code: string;
  display?: string;
}
/** An R4 CodeableConcept. */
export interface CodeableConceptR4 {
  coding?: CodingR4[];
  text?: string;
}
/** An R4 Reference. */
export interface ReferenceR4 {
  reference: string;
  display?: string;
}
/** An R4 Annotation (text only: no author, no time, since the library has no clock). */
export interface AnnotationR4 {
  text: string;
}
/** An R4 Timing with only `repeat.boundsDuration`. */
export interface TimingR4 {
  repeat: {
    /** How long a pump segment runs (an infusion's Dosage). */
    boundsDuration?: QuantityR4;
    /** Doses per `period` (a nasal spray's doses per day). */
    frequency?: number;
    period?: number;
    periodUnit?: 'd' | 'h';
  };
}
/** An R4 Dosage.doseAndRate entry. */
export interface DoseAndRateR4 {
  type: CodeableConceptR4;
  doseQuantity?: QuantityR4;
  rateQuantity?: QuantityR4;
}
/** An R4 Dosage: one pump segment. */
export interface DosageR4 {
  sequence: number;
  text: string;
  timing: TimingR4;
  route: CodeableConceptR4;
  doseAndRate: DoseAndRateR4[];
  maxDosePerPeriod?: RatioR4;
  maxDosePerAdministration?: QuantityR4;
}
/** An R4 Medication.ingredient entry. */
export interface MedicationIngredientR4 {
  /** The protocol extension on each agent of a combination bag: which protocol that ingredient is dosed by. */
  extension?: ExtensionR4[];
  itemCodeableConcept: CodeableConceptR4;
  isActive: boolean;
  strength: RatioR4;
}
/** An R4 Medication, contained in the request: the bag or syringe as made up. */
export interface MedicationR4 {
  resourceType: 'Medication';
  id: string;
  code: CodeableConceptR4;
  ingredient: MedicationIngredientR4[];
}
/** An R4 MedicationRequest as emitted by {@link toFhir}. */
export interface MedicationRequestR4 {
  resourceType: 'MedicationRequest';
  /** The project's protocol (one-agent plans) and session-number extensions (`./fhir-extensions.ts`). */
  extension?: ExtensionR4[];
  /** `active` for a ready plan; `draft` while soft findings still need acknowledging. */
  status: 'active' | 'draft';
  intent: 'order';
  contained: [MedicationR4];
  medicationReference: ReferenceR4;
  /** {@link FHIR_SUBJECT_PLACEHOLDER}: the caller replaces it with the patient's reference. */
  subject: ReferenceR4;
  dosageInstruction: DosageR4[];
  note: AnnotationR4[];
}
