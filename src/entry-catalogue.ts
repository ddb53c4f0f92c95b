/**
 * `infusion-dose/catalogue`: the built-in catalogue, its lists, and an institution's own catalogue
 * validated (strict zod schemas, then semantic checks) into a calculator. The same functions and values
 * as the main entry's. The JSON Schema of a catalogue, protocol and agent ships as
 * `infusion-dose/schemas/catalogue.schema.json` (and `protocol`, `agent`), generated from the same zod schemas.
 */
export { BUILTIN_CATALOGUE } from './formulary/builtin.js';
export { createCalculator, getProtocol, listAgents, listProtocols, type Calculator } from './plan/calculator.js';
export type {
  Adjunct,
  Agent,
  AgentDisplayUnit,
  AgentNote,
  Catalogue,
  ClearanceBands,
  DataQuantity,
  Diluent,
  DoseParameter,
  EvidenceGrade,
  Limit,
  LoadingDose,
  PatientAdjustment,
  PatientRisk,
  PreparationRule,
  Product,
  ProductCode,
  ProductCodeSystem,
  Protocol,
  ProtocolCap,
  RatePhase,
  RateRamp,
  Requirement,
  ScheduleRule,
  Severity,
  Source,
  WeightBasis,
  WeightRule,
} from './catalogue/types.js';
export { EVIDENCE_GRADES, PATIENT_RISKS, PRODUCT_CODE_SYSTEMS, SEVERITIES, WEIGHT_BASES } from './catalogue/types.js';
