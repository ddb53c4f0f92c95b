/**
 * The published JSON Schemas (schemas/*.json) compiled by Ajv, an independent JSON Schema implementation
 * (draft 2020-12, strict mode, with ajv-formats), so the schemas are checked by something other than the
 * code that generates them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { default as addFormats } from 'ajv-formats';

const dir = fileURLToPath(new URL('../../schemas/', import.meta.url));

/** Every schema file the package ships, by name without `.schema.json`. */
export const SCHEMA_FILES: readonly string[] = readdirSync(dir)
  .filter((f) => f.endsWith('.schema.json'))
  .map((f) => f.replace('.schema.json', ''));

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

/** The compiled validator of one schema file (compiled once). */
export function validator(name: string): ValidateFunction {
  const known = compiled.get(name);
  if (known) return known;
  const instance = ajv ?? addFormats(new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true }));
  ajv = instance;
  const schema = JSON.parse(readFileSync(`${dir}${name}.schema.json`, 'utf8')) as Record<string, unknown>;
  const v = instance.compile(schema);
  compiled.set(name, v);
  return v;
}

/** The schema's errors for a value as short text (`[]` when it is valid). */
export function schemaErrors(name: string, value: unknown): string[] {
  const v = validator(name);
  if (v(JSON.parse(JSON.stringify(value)))) return [];
  return (v.errors ?? []).slice(0, 5).map((e) => `${name}: ${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
