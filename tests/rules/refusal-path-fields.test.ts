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

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[]; $defs?: Record<string, Schema> };

const INPUT_SCHEMA: Record<RuleTable['planner'], string> = {
  infusion: 'plan-input',
  combination: 'combination-input',
  nasal: 'nasal-input',
  course: 'course-input',
};
const schemaOf = (planner: RuleTable['planner']): Schema =>
  JSON.parse(readFileSync(new URL(`../../schemas/${INPUT_SCHEMA[planner]}.schema.json`, import.meta.url), 'utf8')) as Schema;

/** Whether `path` names a field (or an array item) the schema allows, following $ref and unions. */
function resolves(root: Schema, node: Schema, path: readonly (string | number)[]): boolean {
  if (node.$ref !== undefined) return resolves(root, root.$defs?.[node.$ref.replace('#/$defs/', '')] ?? {}, path);
  if (path.length === 0) return true;
  const alternatives = node.anyOf ?? node.oneOf;
  if (alternatives !== undefined) return alternatives.some((s) => resolves(root, s, path));
  const [head, ...rest] = path;
  if (typeof head === 'number') return node.items !== undefined && resolves(root, node.items, rest);
  const child = node.properties?.[head as string];
  return child !== undefined && resolves(root, child, rest);
}

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
    const root = schemaOf('infusion');
    expect(resolves(root, root, ['dose'])).toBe(true);
    expect(resolves(root, root, ['patient', 'weight', 'value'])).toBe(true);
    expect(resolves(root, root, [''])).toBe(false);
    expect(resolves(root, root, ['dose', 'nothing'])).toBe(false);
    const combination = schemaOf('combination');
    expect(resolves(combination, combination, ['components', 0, 'dose'])).toBe(true);
    expect(resolves(combination, combination, ['pump'])).toBe(true);
  });

  it('covers most rules that can refuse (the rest read the facts for their path)', () => {
    // Every planner has rules with fixed paths; a table walk that found none would check nothing.
    expect(new Set(fixed.map((r) => r.planner))).toEqual(new Set(['infusion', 'combination', 'nasal', 'course']));
    expect(fixed.length).toBeGreaterThan(refusing.length / 2);
  });

  it.each(fixed)('$where -> $path', ({ planner, path }) => {
    const root = schemaOf(planner);
    expect(path?.length).toBeGreaterThan(0);
    expect(resolves(root, root, path!)).toBe(true);
  });
});
