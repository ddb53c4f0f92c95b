/**
 * `infusion-dose/course`: courses of sessions over time with their titration and history (`planCourse`),
 * the titration vocabularies and the schedule patterns. The same functions and values as the main
 * entry's. Titration of one session from its history is part of `planInfusion` itself.
 */
export { planCourse, type Course, type CourseResult, type CourseSession, type CourseCheck } from './course/plan-course.js';
export type { CourseRequest, HistoryEntryInput, AdverseEventInput, PatternInput } from './types/requests.js';
export { TITRATION_DECISIONS, TITRATION_RULE_IDS, type TitrationDecisionKind, type TitrationRuleId } from './catalogue/titration.js';
export type { ResponseCriterion, SourcedQuantity, TitrationDecision, TitrationRule } from './catalogue/titration.js';
export { WEEKDAYS, type IsoDate, type Weekday } from './dates/index.js';
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
