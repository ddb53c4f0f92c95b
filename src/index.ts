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
export type { Adjunct, ClearanceBands, LoadingDose, RatePhase, RateRamp, Requirement } from './catalogue/types.js';
export type { ResponseCriterion, SourcedQuantity, TitrationDecision, TitrationRule } from './catalogue/titration.js';
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
export { ROUNDING_MODES, type RoundingMode } from './decimal/index.js';
export { WEEKDAYS, type IsoDate, type Weekday } from './dates/index.js';
export { TITRATION_DECISIONS, TITRATION_RULE_IDS, type TitrationDecisionKind, type TitrationRuleId } from './catalogue/titration.js';
// The parts an app can also import on their own (package.json exports), listed once, in their entry.
export * from './entry-interop.js';
export * from './entry-format.js';
export * from './entry-verify.js';
export * from './entry-codes.js';
