// The JSON Schema files in schemas/ (issue 13 item 6). Catalogue, protocol and agent are generated from
// the zod schemas the catalogue is validated with. Every request and every result is generated from the
// TypeScript type the library exports (tests/schema/from-types.ts): its TypeDoc text is each property's
// description, its literal unions (the door's unit tables, CheckCode, IssueCode) the enums. The verify
// request's schema is written by hand (its reader is its own, not zod) and checked against its type here.
// `npm run schemas` rewrites the generated files; this test fails when a committed file is out of date.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { SCHEMA_NAMES } from '../../src/cli/schema-command.js';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toJSONSchema } from 'zod/mini';
import { agentSchema, catalogueSchema, protocolSchema } from '../../src/schema/catalogue.js';
import { type JsonSchema, schemaOfType } from './from-types.js';
import { pathsOf } from '../support/schema-paths.js';
import { inputShape } from '../../src/schema/input.js';
import { combinationShape } from '../../src/schema/combination.js';
import { courseInputShape } from '../../src/schema/course.js';
import { nasalInputShape } from '../../src/schema/nasal.js';
import { planSchema } from '../../src/schema/plan-schema.js';

const dir = fileURLToPath(new URL('../../schemas/', import.meta.url));

const fromZod = {
  'catalogue.schema.json': { schema: catalogueSchema.get(), title: 'infusion-dose catalogue' },
  'protocol.schema.json': { schema: protocolSchema.get(), title: 'infusion-dose protocol' },
  'agent.schema.json': { schema: agentSchema.get(), title: 'infusion-dose agent' },
} as const;

/** Each generated file: the exported type it is written from, and its title. */
export const FROM_TYPES = {
  'plan-input.schema.json': { type: 'PlanRequest', title: 'infusion-dose plan request (planInfusion)' },
  'course-input.schema.json': { type: 'CourseRequest', title: 'infusion-dose course request (planCourse)' },
  'combination-input.schema.json': { type: 'CombinationRequest', title: 'infusion-dose combination-bag request (planCombination)' },
  'nasal-input.schema.json': { type: 'NasalSprayRequest', title: 'infusion-dose nasal-spray request (planNasalSpray)' },
  'history-entry-input.schema.json': { type: 'HistoryEntryInput', title: 'infusion-dose history entry (an earlier session, in `history`)' },
  'plan-output.schema.json': { type: 'Plan', title: 'infusion-dose single-agent plan (what checkPlan, formatPlan and toFhir read)' },
  'combination-output.schema.json': { type: 'CombinationPlan', title: 'infusion-dose combination-bag plan' },
  'nasal-output.schema.json': { type: 'NasalSprayPlan', title: 'infusion-dose nasal-spray plan' },
  'plan-result.schema.json': { type: 'PlanResult', title: 'infusion-dose planInfusion result (plan and findings, or issues)' },
  'combination-result.schema.json': { type: 'CombinationResult', title: 'infusion-dose planCombination result' },
  'nasal-result.schema.json': { type: 'NasalSprayResult', title: 'infusion-dose planNasalSpray result' },
  'course-result.schema.json': { type: 'CourseResult', title: 'infusion-dose planCourse result' },
  'verify-result.schema.json': { type: 'AdministrationResult', title: 'infusion-dose verifyAdministration result' },
  'check-plan-result.schema.json': { type: 'CheckPlanResult', title: 'infusion-dose checkPlan result' },
} as const;

type FileName = keyof typeof fromZod | keyof typeof FROM_TYPES;

/** The generated JSON of one file. */
export function generated(name: FileName): JsonSchema {
  if (name in fromZod) {
    const { schema, title } = fromZod[name as keyof typeof fromZod];
    return { ...toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title, $id: `infusion-dose/schemas/${name}` };
  }
  const { type, title } = FROM_TYPES[name as keyof typeof FROM_TYPES];
  return schemaOfType(type, title, name);
}

const render = (name: FileName): string => `${JSON.stringify(generated(name), null, 2)}\n`;

/** Every `properties` object in a schema, with its path, for the description check. */
function propertiesIn(x: unknown, path: string, out: { path: string; schema: Record<string, unknown> }[] = []): typeof out {
  if (Array.isArray(x)) x.forEach((v, i) => propertiesIn(v, `${path}/${i}`, out));
  else if (x !== null && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      if (k === 'properties' && v !== null && typeof v === 'object')
        for (const [p, s] of Object.entries(v)) out.push({ path: `${path}/${p}`, schema: s as Record<string, unknown> });
      propertiesIn(v, `${path}/${k}`, out);
    }
  }
  return out;
}

describe('JSON Schema files', () => {
  for (const name of [...Object.keys(fromZod), ...Object.keys(FROM_TYPES)] as FileName[]) {
    it(`${name} is the generated one`, () => {
      const text = render(name);
      if (process.env['UPDATE_SCHEMAS'] === '1') writeFileSync(`${dir}${name}`, text);
      expect(readFileSync(`${dir}${name}`, 'utf8')).toBe(text);
    }, 60_000);
  }

  it('the catalogue schema requires sources and refuses unknown keys', () => {
    const s = generated('catalogue.schema.json') as { additionalProperties: boolean; required: string[] };
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toEqual(expect.arrayContaining(['agents', 'protocols']));
    expect(render('protocol.schema.json')).toContain('"source"');
  });

  it('every property of every request schema has a description (its TypeDoc text)', () => {
    const inputs = (Object.keys(FROM_TYPES) as (keyof typeof FROM_TYPES)[]).filter((n) => n.endsWith('-input.schema.json'));
    expect(inputs).toHaveLength(5);
    for (const name of [...inputs, 'verify-input.schema.json']) {
      const schema = JSON.parse(readFileSync(`${dir}${name}`, 'utf8')) as unknown;
      const undescribed = propertiesIn(schema, name).filter((p) => typeof p.schema['description'] !== 'string' || p.schema['description'] === '');
      expect(undescribed.map((p) => p.path)).toEqual([]);
    }
  });

  it("the plan request's description is the TypeDoc text of PlanRequest's fields", () => {
    const s = generated('plan-input.schema.json') as { properties: Record<string, { description: string }> };
    // src/types/requests.ts: `/** The 1-based number of this session in its course. */ readonly session: number;`
    expect(s.properties['session']?.description).toBe('The 1-based number of this session in its course.');
  });
});

describe('the published schemas name the same keys as the types and the door', () => {
  // The request schemas are written from the TypeScript types; the door reads the zod shapes. The two
  // must name the same fields at every level (the door's `history` items are read past zod, by the
  // history reader, so the history entry's keys are compared with HistoryEntryInput's schema instead).
  const doors = [
    ['plan-input.schema.json', inputShape.get()],
    ['combination-input.schema.json', combinationShape.get()],
    ['course-input.schema.json', courseInputShape.get()],
    ['nasal-input.schema.json', nasalInputShape.get()],
  ] as const;
  for (const [name, shape] of doors) {
    it(`${name}: the type's keys are the door's keys`, () => {
      const door = pathsOf(toJSONSchema(shape, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
      // A part the door passes on whole (`patient` of a combination, a course's `infusion`) is read by the
      // plan door, so its keys are those of plan-input above: compared down to that part here.
      const passedOn = door.filter((p) => !door.some((q) => q.startsWith(`${p}/`)));
      const typed = pathsOf(generated(name)).filter((p) => !passedOn.some((q) => p.startsWith(`${q}/`)));
      expect(typed.filter((p) => !/(^|\/)history\//.test(p))).toEqual(door.filter((p) => !/(^|\/)history\//.test(p)));
    });
  }
  it('plan-output.schema.json: the Plan type names the keys of the plan schema checkPlan reads', () => {
    expect(pathsOf(generated('plan-output.schema.json'))).toEqual(pathsOf(toJSONSchema(planSchema.get(), { io: 'output' }) as JsonSchema));
  });
  it('verify-input.schema.json (by hand): the keys of AdministrationRequest', () => {
    const byHand = JSON.parse(readFileSync(`${dir}verify-input.schema.json`, 'utf8')) as JsonSchema;
    expect(pathsOf(byHand)).toEqual(pathsOf(schemaOfType('AdministrationRequest', '', '')));
  });
  it('history-entry-input.schema.json: the keys of every history entry of a plan request', () => {
    const inPlan = pathsOf(generated('plan-input.schema.json'))
      .filter((p) => p.startsWith('history/'))
      .map((p) => p.slice('history/'.length));
    expect(pathsOf(generated('history-entry-input.schema.json'))).toEqual(inPlan);
    expect(inPlan).toContain('given/rate/unit');
  });
});

describe('every schema file is shipped and printed', () => {
  it('`infusion-dose schema NAME` knows each file in schemas/, and each name has its file', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.schema.json'))
      .map((f) => f.replace('.schema.json', ''))
      .sort();
    expect([...SCHEMA_NAMES].sort()).toEqual(files);
    expect(files).toHaveLength(18);
  });
  it('the package ships schemas/ and exports each file by path', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { files: string[]; exports: Record<string, unknown> };
    expect(pkg.files).toContain('schemas');
    expect(pkg.exports['./schemas/*.json']).toBe('./schemas/*.json');
  });
});
