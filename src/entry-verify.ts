/**
 * `infusion-dose/verify`: the independent checks, `checkPlan` (a plan recomputed from its own bag and
 * pump) and `verifyAdministration` (a bag made up and a pump rate set at the bedside). The same
 * functions and code lists as the main entry's.
 */
export { checkPlan, CHECK_PLAN_CODES, type CheckPlanResult, type PlanDisagreement, type CheckPlanCode } from './verify/check-plan.js';
export {
  verifyAdministration,
  ADMINISTRATION_FINDING_CODES,
  type AdministrationResult,
  type AdministrationCheck,
  type AdministrationFinding,
  type AdministrationFindingCode,
} from './verify/administration.js';
export type { AdministrationRequest } from './types/requests.js';
