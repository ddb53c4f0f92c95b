// A refusal points at the input field the caller must change (issue 10 item 3). Most rules give a
// fixed path (`at('dose')`); this file checks every such path of a rule that can refuse (a hard
// code) against the planner's own input JSON Schema (schemas/*-input.schema.json, generated from the
// zod doors), so a path can never name a field the request does not have. Paths that depend on the
// finding (a component's index, the patient field a limit read) are pinned by rule-table.test.ts and
// the planners' own refusal tests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_TABLES, type RuleTable } from '../support/rule-tables.js';
import { severitiesOf } from '../../src/rules/rule.js';
import { pathsOf } from '../support/schema-paths.js';

const INPUT_SCHEMA: Record<RuleTable['planner'], string> = {
  infusion: 'plan-input',
  combination: 'combination-input',
  nasal: 'nasal-input',
  course: 'course-input',
};
/** The property paths the planner's input schema names (`components/dose`: array items add no step). */
const fieldsOf = (planner: RuleTable['planner']): Set<string> =>
  new Set(pathsOf(JSON.parse(readFileSync(new URL(`../../schemas/${INPUT_SCHEMA[planner]}.schema.json`, import.meta.url), 'utf8')) as Record<string, unknown>));

/** Whether `path` names a field (or an array item's field) of the input: its names, indexes left out. */
const resolves = (fields: Set<string>, path: readonly (string | number)[]): boolean =>
  path.length > 0 && fields.has(path.filter((p) => typeof p === 'string').join('/'));

/** The fixed path of a rule, or undefined when its path reads the facts or the finding. */
function fixedPath(path: (facts: never, c: never) => readonly (string | number)[]): readonly (string | number)[] | undefined {
  try {
    return path(undefined as never, { code: 'unknown' } as never);
  } catch {
    return undefined;
  }
}

const refusing = RULE_TABLES.flatMap((t) =>
  t.rules
    .filter((rule) => rule.codes.some((code) => severitiesOf(rule, code).includes('hard')))
    .map((rule) => {
      const path = fixedPath(rule.path);
      // A shared-bag agent's path is within its component (agents.shared-rate puts components.<i> before it).
      const full = path !== undefined && t.phase === 'sharedBagAgent' ? ['components', 0, ...path] : path;
      return { where: `${t.planner}.${t.phase}:${rule.id}`, planner: t.planner, path: full };
    }),
);
const fixed = refusing.filter((r) => r.path !== undefined);

describe('the fixed refusal path of every rule that can refuse is a field of its planner input', () => {
  it('resolves a known path and rejects an empty or unknown one (the walk itself)', () => {
    const infusion = fieldsOf('infusion');
    expect(resolves(infusion, ['dose'])).toBe(true);
    expect(resolves(infusion, ['patient', 'weight', 'value'])).toBe(true);
    expect(resolves(infusion, [''])).toBe(false);
    expect(resolves(infusion, [])).toBe(false);
    expect(resolves(infusion, ['dose', 'nothing'])).toBe(false);
    const combination = fieldsOf('combination');
    expect(resolves(combination, ['components', 0, 'dose'])).toBe(true);
    expect(resolves(combination, ['pump'])).toBe(true);
  });

  it('covers most rules that can refuse (the rest read the facts for their path)', () => {
    // Every planner has rules with fixed paths; a table walk that found none would check nothing.
    expect(new Set(fixed.map((r) => r.planner))).toEqual(new Set(['infusion', 'combination', 'nasal', 'course']));
    expect(fixed.length).toBeGreaterThan(refusing.length / 2);
  });

  it.each(fixed)('$where -> $path', ({ planner, path }) => {
    expect(resolves(fieldsOf(planner), path ?? [])).toBe(true);
  });
});
