// Issue 10 item 3: a rule's declared metadata must agree with what it does. Importing this module
// wraps the evaluate of every rule of every table (the infusion phases, the nasal spray, the course)
// in this test file's module instance, so that every finding a rule returns while the file runs is
// checked against the rule's `codes` and `severity`, and every refusal a planner returns is checked
// against the rule's `path` for the finding it refused on. The golden helper and the differential
// test import it, so the goldens and the differential generators drive every rule through it.
import { type Rule, severitiesOf } from '../../src/rules/rule.js';
import type { Check } from '../../src/types/plan.js';
import { RULE_TABLES, type RuleTable } from './rule-tables.js';

export { RULE_TABLES, type RuleTable };

interface Judged {
  readonly check: Check;
  readonly rule: Rule<never>;
  readonly table: RuleTable;
  readonly facts: never;
}

/** Findings judged since the last {@link takeRuleWalk}, in order, and the disagreements found. */
let judged: Judged[] = [];
const violations: string[] = [];
/** How many findings each rule returned while this file ran, by table and rule id. */
export const FIRED = new Map<string, number>();

const key = (t: RuleTable, r: Rule<never>) => `${t.planner}.${t.phase}:${r.id}`;

for (const table of RULE_TABLES) {
  for (const rule of table.rules) {
    const evaluate = rule.evaluate;
    (rule as { evaluate: (facts: never) => readonly Check[] }).evaluate = (facts: never) => {
      const out = evaluate(facts);
      for (const check of out) {
        judged.push({ check, rule, table, facts });
        FIRED.set(key(table, rule), (FIRED.get(key(table, rule)) ?? 0) + 1);
        if (!rule.codes.includes(check.code)) violations.push(`${key(table, rule)} returned ${check.code}, not one of its codes`);
        else if (!severitiesOf(rule, check.code).includes(check.severity))
          violations.push(`${key(table, rule)} returned ${check.code} as ${check.severity}, not ${severitiesOf(rule, check.code).join(' or ')}`);
      }
      return out;
    };
  }
}

/** A refusal's fields but its path, to find the finding it was made from. */
function sameFinding(issue: Record<string, unknown>, c: Check): boolean {
  const { path: _path, ...rest } = issue;
  return JSON.stringify(rest) === JSON.stringify(c);
}

/**
 * Checks a planner's result against the findings judged while it ran: every refusal made from a
 * finding points where the rule that returned the finding (the last, for a finding a combination
 * passes on) says; a component's refusal in a combination, there within its component.
 * @returns the disagreements found since the last call (codes and severities too), and starts afresh.
 */
export function takeRuleWalk(result: unknown): string[] {
  const issues = (result as { ok?: boolean; issues?: readonly Record<string, unknown>[] } | undefined)?.issues ?? [];
  for (const issue of issues) {
    const from = judged.filter((j) => sameFinding(issue, j.check)).at(-1);
    if (from === undefined) continue;
    const expected = from.rule.path(from.facts, from.check as never);
    const path = issue['path'] as readonly unknown[];
    const inComponent = from.table.planner === 'infusion' && path[0] === 'components' && JSON.stringify(path.slice(2)) === JSON.stringify(expected);
    if (JSON.stringify(path) !== JSON.stringify(expected) && !inComponent) {
      violations.push(
        `${key(from.table, from.rule)}: refusal ${String(issue['code'])} at ${JSON.stringify(path)}, the rule's path is ${JSON.stringify(expected)}`,
      );
    }
  }
  judged = [];
  return violations.splice(0);
}
