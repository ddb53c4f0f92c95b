// The JSON Schema files in schemas/ are generated from the same zod schemas the library validates
// with, so systems in other languages can validate catalogues, protocols and plan requests.
// `npm run schemas` rewrites them; this test fails when a committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toJSONSchema } from 'zod/mini';
import { agentSchema, catalogueSchema, protocolSchema } from '../../src/schema/catalogue.js';
import { inputShape } from '../../src/schema/input.js';
import { combinationShape } from '../../src/schema/combination.js';
import { courseInputShape } from '../../src/schema/course.js';
import { nasalInputShape } from '../../src/schema/nasal.js';

const dir = fileURLToPath(new URL('../../schemas/', import.meta.url));
const files = {
  'catalogue.schema.json': { schema: catalogueSchema, title: 'infusion-dose catalogue' },
  'protocol.schema.json': { schema: protocolSchema, title: 'infusion-dose protocol' },
  'agent.schema.json': { schema: agentSchema, title: 'infusion-dose agent' },
  'plan-input.schema.json': { schema: inputShape, title: 'infusion-dose plan request' },
  'course-input.schema.json': { schema: courseInputShape, title: 'infusion-dose course request' },
  'combination-input.schema.json': { schema: combinationShape, title: 'infusion-dose combination-bag request' },
  'nasal-input.schema.json': { schema: nasalInputShape, title: 'infusion-dose nasal-spray request' },
} as const;

function render(name: keyof typeof files): string {
  const { schema, title } = files[name];
  const json = { ...toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title, $id: `infusion-dose/schemas/${name}` };
  return `${JSON.stringify(json, null, 2)}\n`;
}

describe('JSON Schema files', () => {
  for (const name of Object.keys(files) as (keyof typeof files)[]) {
    it(`${name} matches the zod schema`, () => {
      const text = render(name);
      if (process.env['UPDATE_SCHEMAS'] === '1') writeFileSync(`${dir}${name}`, text);
      expect(readFileSync(`${dir}${name}`, 'utf8')).toBe(text);
    });
  }
  it('the catalogue schema requires sources and refuses unknown keys', () => {
    const s = JSON.parse(render('catalogue.schema.json')) as { additionalProperties: boolean; required: string[] };
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toEqual(expect.arrayContaining(['agents', 'protocols']));
    expect(render('protocol.schema.json')).toContain('"source"');
  });
});
