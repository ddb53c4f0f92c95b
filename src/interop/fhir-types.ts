/**
 * The HL7 FHIR R4 shapes `toFhir` emits, hand-written and minimal: only the elements it
 * writes, so that no FHIR type package becomes a dependency.
 *
 * @module
 */

/** The UCUM code system URI. */
export const UCUM_SYSTEM = 'http://unitsofmeasure.org';
/** The HL7 dose-rate-type code system URI (codes `ordered` and `calculated`). */
export const DOSE_RATE_TYPE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/dose-rate-type';

/** An R4 Quantity as emitted here: always UCUM. */
export interface QuantityR4 {
  readonly value: number;
  /** Human-readable unit (ISMP display: `mcg`). */
  readonly unit: string;
  readonly system: typeof UCUM_SYSTEM;
  /** UCUM code (`ug`, `mg/kg/h`, `mL/h` ...). */
  readonly code: string;
}
/** An R4 Ratio. */
export interface RatioR4 {
  readonly numerator: QuantityR4;
  readonly denominator: QuantityR4;
}
/** An R4 Coding. */
export interface CodingR4 {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
}
/** An R4 CodeableConcept. */
export interface CodeableConceptR4 {
  readonly coding?: readonly CodingR4[];
  readonly text?: string;
}
/** An R4 Reference. */
export interface ReferenceR4 {
  readonly reference: string;
  readonly display?: string;
}
/** An R4 Annotation (text only: no author, no time, since the library has no clock). */
export interface AnnotationR4 {
  readonly text: string;
}
/** An R4 Timing with only `repeat.boundsDuration`. */
export interface TimingR4 {
  readonly repeat: {
    /** How long a pump segment runs (an infusion's Dosage). */
    readonly boundsDuration?: QuantityR4;
    /** Doses per `period` (a nasal spray's doses per day). */
    readonly frequency?: number;
    readonly period?: number;
    readonly periodUnit?: 'd' | 'h';
  };
}
/** An R4 Dosage.doseAndRate entry. */
export interface DoseAndRateR4 {
  readonly type: CodeableConceptR4;
  readonly doseQuantity?: QuantityR4;
  readonly rateQuantity?: QuantityR4;
}
/** An R4 Dosage: one pump segment. */
export interface DosageR4 {
  readonly sequence: number;
  readonly text: string;
  readonly timing: TimingR4;
  readonly route: CodeableConceptR4;
  readonly doseAndRate: readonly DoseAndRateR4[];
  readonly maxDosePerPeriod?: RatioR4;
  readonly maxDosePerAdministration?: QuantityR4;
}
/** An R4 Medication.ingredient entry. */
export interface MedicationIngredientR4 {
  readonly itemCodeableConcept: CodeableConceptR4;
  readonly isActive: boolean;
  readonly strength: RatioR4;
}
/** An R4 Medication, contained in the request: the bag or syringe as made up. */
export interface MedicationR4 {
  readonly resourceType: 'Medication';
  readonly id: string;
  readonly code: CodeableConceptR4;
  readonly ingredient: readonly MedicationIngredientR4[];
}
/** An R4 MedicationRequest as emitted by {@link toFhir}. */
export interface MedicationRequestR4 {
  readonly resourceType: 'MedicationRequest';
  /** `active` for a ready plan; `draft` while soft findings still need acknowledging. */
  readonly status: 'active' | 'draft';
  readonly intent: 'order';
  readonly contained: readonly [MedicationR4];
  readonly medicationReference: ReferenceR4;
  /** {@link FHIR_SUBJECT_PLACEHOLDER}: the caller replaces it with the patient's reference. */
  readonly subject: ReferenceR4;
  readonly dosageInstruction: readonly DosageR4[];
  readonly note: readonly AnnotationR4[];
}
