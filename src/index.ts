/**
 * infusion-dose: plans weight-based IV infusions with exact decimal arithmetic.
 * The public surface: every entry an app can also import on its own (package.json exports), and
 * the names that belong to no entry, listed explicitly.
 */
// The parts an app can also import on their own, each listed once, in its entry.
export * from './entry-plan.js';
export * from './entry-course.js';
export * from './entry-catalogue.js';
export * from './entry-interop.js';
export * from './entry-format.js';
export * from './entry-verify.js';
export * from './entry-codes.js';
// What no entry holds: combinations, nasal spray, units, patient sex, rounding modes.
export type { CombinationComponentInput, CombinationRequest, NasalSprayRequest } from './types/requests.js';
export type { SprayAlternative } from './types/issues.js';
export type { MassSpelling, VolumeSpelling, TimeSpelling, WeightSpelling, HeightSpelling, CreatinineUnit } from './units/index.js';
export { DOSE_UNIT_CODES, KG_PER_LB, CM_PER_INCH, CREATININE_UNITS } from './units/index.js';
export { SEXES, type Sex } from './patient/weights.js';
export { planCombination, type CombinationPlan, type CombinationResult } from './plan/plan-combination.js';
export { planNasalSpray, type NasalSprayPlan, type NasalSprayResult } from './nasal/spray.js';
export { ROUNDING_MODES, type RoundingMode } from './decimal/index.js';
