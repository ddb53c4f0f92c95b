/**
 * `infusion-dose/interop`: a plan out to FHIR R4, IHE PCD-03 and CDS Hooks cards, and FHIR resources and
 * pump reports in. The same functions as the main entry's, for an app that exchanges plans with other
 * systems; a planner-only app leaves these modules (and their code tables) out.
 */
export { toFhir, type MedicationRequestR4, type DosageR4, FHIR_SUBJECT_PLACEHOLDER } from './interop/fhir.js';
export { toPcd03, PCD03_PID_PLACEHOLDER, type Pcd03Options, type Pcd03Result, type Pcd03Units } from './interop/pcd03.js';
export { fromPumpReport, type PumpReportReading, type PumpReportResult } from './interop/pump-report.js';
export {
  toCdsHooksCards,
  CDS_OVERRIDE_REASONS,
  CDS_OVERRIDE_SYSTEM,
  CDS_TOPIC_SYSTEM,
  type CdsCard,
  type CdsCardsResult,
  type CdsCoding,
} from './interop/cds-hooks.js';
export { fromFhir, type FromFhirInput, type FromFhirResult } from './interop/fhir-in.js';
export { historyFromFhir, type HistoryFromFhirInput, type HistoryFromFhirResult } from './interop/fhir-history.js';
export { FHIR_EXTENSION_BASE, FHIR_EXTENSIONS, type ExtensionR4 } from './interop/fhir-extensions.js';
export type {
  AnnotationR4,
  CodeableConceptR4,
  CodingR4,
  DoseAndRateR4,
  MedicationIngredientR4,
  MedicationR4,
  QuantityR4,
  RatioR4,
  ReferenceR4,
  TimingR4,
} from './interop/fhir.js';
