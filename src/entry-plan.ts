/**
 * `infusion-dose/plan`: one single-infusion plan and nothing else. The same functions and values as the
 * main entry (each name here is the main entry's own export), for an app that plans infusions and does
 * not format, re-check, export or validate catalogues: its bundler need not read the other modules.
 */
export { planInfusion, DEFAULT_PUMP_RANGE } from './plan/plan-infusion.js';
export { LIBRARY, type LibraryVersion } from './types/library.js';
export type {
  AcknowledgementInput,
  AdverseEventInput,
  CreatinineUnitInput,
  DecimalInput,
  DoseInput,
  DoseUnitInput,
  HeightUnitInput,
  HistoryEntryInput,
  MassUnitInput,
  PatientInput,
  PatientRiskInput,
  PlanRequest,
  PreparationInput,
  PumpInput,
  QuantityInput,
  ReadinessInput,
  TimeUnitInput,
  VolumeUnitInput,
  WeightUnitInput,
} from './types/requests.js';
export type {
  Acknowledgement,
  Additive,
  AgentDose,
  Bag,
  CapOutcome,
  Check,
  DosingWeight,
  Findings,
  Issue,
  Issues,
  OpenFinding,
  Plan,
  PlanResult,
  PumpSettings,
  RateSegment,
  TraceStep,
} from './types/plan.js';
export type { Quantity } from './units/index.js';
export type { CheckCode } from './types/codes.js';
export type { IssueCode } from './types/issue-codes.js';
