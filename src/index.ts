/**
 * infusion-dose: plans weight-based IV infusions with exact decimal arithmetic.
 * The public surface, listed explicitly.
 */
export { planInfusion, DEFAULT_PUMP_RANGE } from './plan/plan-infusion.js';
export type {
  AcknowledgementInput,
  AdministrationRequest,
  AdverseEventInput,
  CombinationComponentInput,
  CombinationRequest,
  CourseRequest,
  CreatinineUnitInput,
  DecimalInput,
  DoseInput,
  DoseUnitInput,
  HeightUnitInput,
  HistoryEntryInput,
  MassUnitInput,
  NasalSprayRequest,
  PatientInput,
  PatientRiskInput,
  PatternInput,
  PlanRequest,
  PreparationInput,
  PumpInput,
  QuantityInput,
  ReadinessInput,
  TimeUnitInput,
  VolumeUnitInput,
  WeightUnitInput,
} from './types/requests.js';
export type { Acknowledgement, Findings, OpenFinding } from './types/plan.js';
export { LIBRARY, type LibraryVersion } from './types/library.js';
export type {
  Additive,
  AgentDose,
  Bag,
  CapOutcome,
  Check,
  DosingWeight,
  Issue,
  Issues,
  Plan,
  PlanResult,
  PumpSettings,
  RateSegment,
  TraceStep,
} from './types/plan.js';
export type { SprayAlternative } from './types/issues.js';
export { BUILTIN_CATALOGUE } from './formulary/builtin.js';
export type {
  Agent,
  AgentDisplayUnit,
  AgentNote,
  Catalogue,
  DataQuantity,
  Diluent,
  DoseParameter,
  EvidenceGrade,
  Limit,
  PatientAdjustment,
  PatientRisk,
  PreparationRule,
  Product,
  ProductCode,
  ProductCodeSystem,
  Protocol,
  ProtocolCap,
  ScheduleRule,
  Severity,
  Source,
  WeightBasis,
  WeightRule,
} from './catalogue/types.js';
export { EVIDENCE_GRADES, PATIENT_RISKS, SEVERITIES, WEIGHT_BASES } from './catalogue/types.js';
export { PRODUCT_CODE_SYSTEMS } from './catalogue/types.js';
export type { Quantity } from './units/index.js';
export { DOSE_UNIT_CODES, KG_PER_LB, CM_PER_INCH } from './units/index.js';
export type { MassSpelling, VolumeSpelling, TimeSpelling, WeightSpelling, HeightSpelling, CreatinineUnit } from './units/index.js';
export { CREATININE_UNITS } from './units/index.js';
export { SEXES, type Sex } from './patient/weights.js';
export { createCalculator, getProtocol, listAgents, listProtocols, type Calculator } from './plan/calculator.js';
export { planCombination, type CombinationPlan, type CombinationResult } from './plan/plan-combination.js';
export { planNasalSpray, type NasalSprayPlan, type NasalSprayResult } from './nasal/spray.js';
export { planCourse, type Course, type CourseResult, type CourseSession } from './course/plan-course.js';
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
export { formatQuantity, type FormatQuantityOptions, type FormattedQuantity } from './format/quantity.js';
export { formatPlan, type AnyPlan } from './format/plan.js';
export { formatWorksheet } from './format/worksheet.js';
export { verifyAdministration, type AdministrationResult } from './verify/administration.js';
export type { Adjunct, ClearanceBands, LoadingDose, RatePhase, RateRamp, Requirement } from './catalogue/types.js';
export type { ResponseCriterion, SourcedQuantity, TitrationDecision, TitrationRule } from './catalogue/titration.js';
export type { AdministrationCheck, AdministrationFinding } from './verify/administration.js';
export type { CourseCheck } from './course/plan-course.js';
export type {
  CitedPattern,
  ConsecutiveDaysRepeatedPattern,
  DailyPattern,
  EveryNDaysPattern,
  MonthlyPattern,
  PatternCitation,
  PhasePattern,
  SchedulePattern,
  TaperPattern,
  TwiceWeeklyPattern,
  WeeklyPattern,
} from './catalogue/types.js';
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
export { checkPlan, CHECK_PLAN_CODES, type CheckPlanResult, type PlanDisagreement, type CheckPlanCode } from './verify/check-plan.js';
export { INPUT_ISSUE_CODES, ISSUE_CODES, type IssueCode } from './types/issue-codes.js';
export { CHECK_CODES, MEASURE_CODES, PATIENT_MEASURES, RULE_CODES, type CheckCode, type LimitCode, type MeasureCode, type PatientCode } from './types/codes.js';
export { CODE_REFERENCE, type CodeDoc, type CodeReference, type InputIssueCode } from './code-reference.js';
export { ADMINISTRATION_FINDING_CODES, type AdministrationFindingCode } from './verify/administration.js';
export { ROUNDING_MODES, type RoundingMode } from './decimal/index.js';
export { WEEKDAYS, type IsoDate, type Weekday } from './dates/index.js';
export { TITRATION_DECISIONS, TITRATION_RULE_IDS, type TitrationDecisionKind, type TitrationRuleId } from './catalogue/titration.js';
