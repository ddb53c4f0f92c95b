/**
 * `infusion-dose/codes`: every issue and check code with its reference text (`CODE_REFERENCE`: meaning,
 * severity, what to do), for an app that explains codes. The same values as the main entry's; the
 * planner entries carry the codes in their results without this text.
 */
export { CODE_REFERENCE, type CodeDoc, type CodeReference, type InputIssueCode } from './code-reference.js';
export { INPUT_ISSUE_CODES, ISSUE_CODES, type IssueCode } from './types/issue-codes.js';
export { CHECK_CODES, MEASURE_CODES, PATIENT_MEASURES, RULE_CODES, type CheckCode, type LimitCode, type MeasureCode, type PatientCode } from './types/codes.js';
export { CHECK_PLAN_CODES, type CheckPlanCode } from './verify/check-plan.js';
export { ADMINISTRATION_FINDING_CODES, type AdministrationFindingCode } from './verify/administration.js';
