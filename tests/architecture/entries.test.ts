// The package's entries (issue 15 item 4): the main entry keeps every public name, and each subpath
// entry (`infusion-dose/plan`, `/course`, `/catalogue`, `/verify`, `/format`, `/interop`, `/codes`) is a
// subset of it, the very same functions and values, so choosing an entry never changes a result.
// package.json's exports, tsup's entries and the src/entry-*.ts files name the same entries.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NODE_ENTRIES } from '../../tsup.config.js';
import * as main from '../../src/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { exports: Record<string, unknown> };

/** The values the main entry exported before the subpath entries were added (issue 15 item 4), sorted. */
const MAIN_NAMES = [
  'ADMINISTRATION_FINDING_CODES',
  'BUILTIN_CATALOGUE',
  'CDS_OVERRIDE_REASONS',
  'CDS_OVERRIDE_SYSTEM',
  'CDS_TOPIC_SYSTEM',
  'CHECK_CODES',
  'CHECK_PLAN_CODES',
  'CM_PER_INCH',
  'CODE_REFERENCE',
  'CREATININE_UNITS',
  'DEFAULT_PUMP_RANGE',
  'DOSE_UNIT_CODES',
  'EVIDENCE_GRADES',
  'FHIR_EXTENSIONS',
  'FHIR_EXTENSION_BASE',
  'FHIR_SUBJECT_PLACEHOLDER',
  'INPUT_ISSUE_CODES',
  'ISSUE_CODES',
  'KG_PER_LB',
  'LIBRARY',
  'MEASURE_CODES',
  'PATIENT_MEASURES',
  'PATIENT_RISKS',
  'PCD03_PID_PLACEHOLDER',
  'PRODUCT_CODE_SYSTEMS',
  'ROUNDING_MODES',
  'RULE_CODES',
  'SEVERITIES',
  'SEXES',
  'TITRATION_DECISIONS',
  'TITRATION_RULE_IDS',
  'WEEKDAYS',
  'WEIGHT_BASES',
  'checkPlan',
  'createCalculator',
  'formatPlan',
  'formatQuantity',
  'formatWorksheet',
  'fromFhir',
  'fromPumpReport',
  'getProtocol',
  'historyFromFhir',
  'listAgents',
  'listProtocols',
  'planCombination',
  'planCourse',
  'planInfusion',
  'planNasalSpray',
  'toCdsHooksCards',
  'toFhir',
  'toPcd03',
  'verifyAdministration',
];

/** The subpath entries, by name: `plan` for `infusion-dose/plan`. */
const SUBPATHS = Object.keys(pkg.exports)
  .filter((k) => k !== '.' && k !== './package.json' && !k.includes('*'))
  .map((k) => k.slice(2))
  .sort();

describe('the entries of the package', () => {
  it('names the same entries in package.json, tsup.config.ts and src/entry-*.ts', () => {
    const sources = readdirSync(`${root}src`)
      .filter((f) => /^entry-.+\.ts$/.test(f))
      .map((f) => f.slice('entry-'.length, -'.ts'.length))
      .sort();
    expect(SUBPATHS).toEqual(['catalogue', 'codes', 'course', 'format', 'interop', 'plan', 'verify']);
    expect(sources).toEqual(SUBPATHS);
    expect(Object.keys(NODE_ENTRIES).sort()).toEqual(['index', ...SUBPATHS].sort());
    for (const name of SUBPATHS) expect(NODE_ENTRIES[name]).toBe(`src/entry-${name}.ts`);
    expect(NODE_ENTRIES['index']).toBe('src/index.ts');
  });

  it('gives every entry the same conditions as the main entry: browser (the module tree), import and require, each with its types', () => {
    for (const name of SUBPATHS) {
      expect(pkg.exports[`./${name}`], name).toEqual({
        browser: { types: `./dist/${name}.d.ts`, default: `./dist/esm/entry-${name}.js` },
        import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
        require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
      });
    }
  });

  for (const name of ['catalogue', 'codes', 'course', 'format', 'interop', 'plan', 'verify']) {
    it(`infusion-dose/${name}: every value it exports is the main entry's own export of that name`, async () => {
      const entry = (await import(`../../src/entry-${name}.ts`)) as Record<string, unknown>;
      const names = Object.keys(entry);
      expect(names.length, name).toBeGreaterThan(0);
      const all = main as unknown as Record<string, unknown>;
      expect(names.filter((n) => !(n in all))).toEqual([]);
      expect(names.filter((n) => entry[n] !== all[n])).toEqual([]);
    });
  }

  it('keeps every public name in the main entry: each entry together adds nothing the main entry lacks', async () => {
    const union = new Set<string>();
    for (const name of SUBPATHS) for (const n of Object.keys((await import(`../../src/entry-${name}.ts`)) as object)) union.add(n);
    expect([...union].filter((n) => !(n in main))).toEqual([]);
    // The main entry is not cut down to the entries: its 52 values are those it had before they existed.
    expect(Object.keys(main).sort()).toEqual(MAIN_NAMES);
  });
});
