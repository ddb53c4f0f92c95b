// Every table of rules the planners run, for the rule walk (tests/support/rule-walk.ts) and the
// rules page (docs/rules.md, scripts/rules-doc.mjs).
import { RULES } from '../../src/rules/table.js';
import type { Rule } from '../../src/rules/rule.js';
import { NASAL_RULES } from '../../src/nasal/rules.js';
import { COURSE_RULES } from '../../src/course/checks.js';

/** One table of rules: the planner that runs it, its phase, and its rules in order. */
export interface RuleTable {
  readonly planner: 'infusion' | 'combination' | 'nasal' | 'course';
  readonly phase: string;
  readonly rules: readonly Rule<never>[];
}

/** Every table of rules, in the order each planner runs them. */
export const RULE_TABLES: readonly RuleTable[] = [
  ...(['patient', 'dosingWeight', 'history', 'titration', 'resolvedParam', 'params', 'order', 'bag', 'pump', 'delivered'] as const).map((phase) => ({
    planner: 'infusion' as const,
    phase,
    rules: RULES[phase],
  })),
  { planner: 'combination', phase: 'sharedBagAgent', rules: RULES.sharedBagAgent },
  { planner: 'combination', phase: 'combination', rules: RULES.combination },
  { planner: 'nasal', phase: 'dose', rules: NASAL_RULES.dose },
  { planner: 'nasal', phase: 'bottle', rules: NASAL_RULES.bottle },
  { planner: 'course', phase: 'course', rules: COURSE_RULES.course },
  { planner: 'course', phase: 'totals', rules: COURSE_RULES.totals },
];
