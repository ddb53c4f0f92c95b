/**
 * The published JSON Schemas checked by an independent implementation (Ajv, draft 2020-12, strict mode;
 * issue 13 item 6): every schema compiles; thousands of generated valid requests (tests/support/request-generators.ts,
 * every protocol), the example request files and the README's sample requests validate
 * against the request schemas, and what the library returns for them against the result schemas; a
 * misspelt field, an unknown unit and an unknown code are rejected, as the door refuses them.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../support/untyped.js';
import { requestArb } from '../support/request-generators.js';
import { SCHEMA_FILES, schemaErrors, validator } from './validator.js';
import { skipUnless } from '../support/needs.js';

const SEED = 20261128;
const example = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), 'utf8')) as unknown;

/** Generated plan requests, `perProtocol` for each protocol of the built-in catalogue. */
function generatedRequests(perProtocol: number): Record<string, unknown>[] {
  const volumes = [...new Set(api.BUILTIN_CATALOGUE.diluents.flatMap((d) => d.bagVolumes))];
  return api.BUILTIN_CATALOGUE.protocols.flatMap((p, i) => fc.sample(requestArb(p, volumes), { numRuns: perProtocol, seed: SEED + i }));
}

describe('the JSON Schemas, read by Ajv', () => {
  it('every shipped schema compiles in strict mode', () => {
    expect(SCHEMA_FILES.length).toBe(18);
    for (const name of SCHEMA_FILES) expect(() => validator(name), name).not.toThrow();
  }, 60_000);

  it('generated plan requests and their results, plans and checkPlan answers validate', () => {
    const requests = generatedRequests(100);
    expect(requests.length).toBeGreaterThanOrEqual(2000);
    const errors: string[] = [];
    let plans = 0;
    let refusals = 0;
    for (const input of requests) {
      errors.push(...schemaErrors('plan-input', input));
      const r = api.planInfusion(input);
      errors.push(...schemaErrors('plan-result', r));
      if (r.ok) {
        plans += 1;
        errors.push(...schemaErrors('plan-output', r.plan), ...schemaErrors('check-plan-result', api.checkPlan(r.plan)));
        const seg = r.plan.pump.segments[0];
        const doseRate = seg?.doses[0]?.doseRate;
        if (seg && doseRate && plans % 10 === 0) {
          const verify = {
            bag: { ingredients: r.plan.bag.additives.map((a) => ({ agent: a.agent, amount: a.amount })), finalVolume: r.plan.bag.finalVolume },
            pumpRate: seg.rate,
            patient: { weight: r.plan.patient.weight, dosingWeight: r.plan.dosingWeight.value },
            order: { agent: r.plan.agents[0]?.agent, doseRate },
          };
          errors.push(...schemaErrors('verify-input', verify), ...schemaErrors('verify-result', api.verifyAdministration(verify)));
        }
      } else refusals += 1;
      if (errors.length > 0) break;
    }
    expect(errors).toEqual([]);
    // The generator reaches plans and refusals, so both sides of the result schema are exercised.
    expect(plans).toBeGreaterThan(requests.length / 4);
    expect(refusals).toBeGreaterThan(requests.length / 50);
  }, 240_000);

  it('the example requests, the course, combination, nasal and verify results validate', () => {
    const combination = example('combination-ketamine-magnesium.json');
    const nasal = example('nasal-ketamine.json');
    const verify = example('verify-lidocaine.json');
    const course = {
      protocol: 'ketamine-clinic-course-2x3',
      startDate: '2026-01-05',
      infusion: { patient: { weight: { value: 70, unit: 'kg' } }, dose: { rate: { value: '0.3', unit: 'mg/kg/h' } } },
    };
    const taper = { protocol: 'ketamine-clinic-course-2x3', startDate: '2026-01-05', pattern: { kind: 'taper', phases: [{ kind: 'weekly', count: 2 }] } };
    const c = api.planCombination(combination);
    const n = api.planNasalSpray(nasal);
    expect([c.ok, n.ok]).toEqual([true, true]);
    expect([
      ...schemaErrors('combination-input', combination),
      ...schemaErrors('combination-result', c),
      ...(c.ok ? [...schemaErrors('combination-output', c.plan), ...schemaErrors('check-plan-result', api.checkPlan(c.plan))] : []),
      ...schemaErrors('nasal-input', nasal),
      ...schemaErrors('nasal-result', n),
      ...(n.ok ? [...schemaErrors('nasal-output', n.spray), ...schemaErrors('check-plan-result', api.checkPlan(n.spray))] : []),
      ...schemaErrors('verify-input', verify),
      ...schemaErrors('verify-result', api.verifyAdministration(verify)),
      ...[course, taper].flatMap((x) => [...schemaErrors('course-input', x), ...schemaErrors('course-result', api.planCourse(x))]),
    ]).toEqual([]);
  }, 60_000);

  it('a history entry validates on its own and inside a plan request', () => {
    const entry = {
      date: '2026-03-02',
      protocol: 'ketamine-clinic-course-2x3',
      session: 1,
      given: { rate: { value: '0.3', unit: 'mg/kg/h' } },
      completed: true,
    };
    expect(schemaErrors('history-entry-input', entry)).toEqual([]);
    expect(schemaErrors('history-entry-input', { ...entry, given: { rate: { value: '0.3', unit: 'mg/kg/hr' } } })).not.toEqual([]);
  });

  describe('rejects what the door refuses', () => {
    const good = { patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 };
    const cases: readonly [string, unknown, string][] = [
      ['a misspelt field', { ...good, patient: undefined, patinet: good.patient }, 'unknown_key'],
      ['an unknown unit', { ...good, patient: { weight: { value: 70, unit: 'kgs' } } }, 'unknown_unit'],
      ['an exponent string', { ...good, patient: { weight: { value: '7e1', unit: 'kg' } } }, 'not_plain_decimal'],
    ];
    for (const [what, input, code] of cases) {
      it(what, () => {
        const plain = JSON.parse(JSON.stringify(input)) as unknown;
        expect(schemaErrors('plan-input', good)).toEqual([]);
        expect(schemaErrors('plan-input', plain)).not.toEqual([]);
        const r = api.planInfusion(plain);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.issues.map((i) => i.code)).toContain(code);
      });
    }
    it('an unknown acknowledgement code (the door plans and reports it; the schema, like the type, refuses it)', () => {
      const input = { ...good, acknowledgements: [{ code: 'weight_unusal', reason: 'weighed today' }] };
      expect(schemaErrors('plan-input', input)).not.toEqual([]);
      expect(schemaErrors('plan-input', { ...input, acknowledgements: [{ code: 'weight_unusual', reason: 'weighed today' }] })).toEqual([]);
      const r = api.planInfusion(input);
      expect(r.ok && r.plan.checks.find((c) => c.code === 'acknowledgement_unused')?.passed).toBe(false);
    });
    it('a result with an issue code that does not exist', () => {
      const refused = { ok: false, issues: [{ code: 'no_such_code', path: [], message: 'x' }] };
      expect(schemaErrors('plan-result', refused)).not.toEqual([]);
      expect(schemaErrors('plan-result', { ...refused, issues: [{ ...refused.issues[0], code: 'unknown_key' }] })).toEqual([]);
    });
  });
});

describe("the README's sample requests", () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const dist = join(root, 'dist', 'index.js');
  /** Each public function a sample calls: the schema of its request and of its result. */
  const SCHEMAS: Readonly<Record<string, readonly [string, string]>> = {
    planInfusion: ['plan-input', 'plan-result'],
    planCombination: ['combination-input', 'combination-result'],
    planCourse: ['course-input', 'course-result'],
    planNasalSpray: ['nasal-input', 'nasal-result'],
    verifyAdministration: ['verify-input', 'verify-result'],
  };

  it.skipIf(skipUnless(existsSync(dist)))(
    'every request a README sample sends, and what it gets back, validates',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'infusion-dose-schema-readme-'));
      try {
        const log = join(dir, 'calls.jsonl');
        // The built package with each planning function wrapped to record its request and its result.
        const wrappers = Object.keys(SCHEMAS)
          .map((name) => `export const ${name} = (...a) => { const r = real.${name}(...a); record('${name}', a[0], r); return r; };`)
          .join('\n');
        writeFileSync(
          join(dir, 'recorder.mjs'),
          `import * as real from ${JSON.stringify(pathToFileURL(dist).href)};\nimport { appendFileSync } from 'node:fs';\n` +
            `export * from ${JSON.stringify(pathToFileURL(dist).href)};\n` +
            `const record = (name, input, result) => appendFileSync(${JSON.stringify(log)}, JSON.stringify({ name, input, result }) + '\\n');\n${wrappers}\n`,
        );
        copyFileSync(join(root, 'tests', 'fixtures', 'institution-formulary.json'), join(dir, 'my-formulary.json'));
        const readme = readFileSync(join(root, 'README.md'), 'utf8');
        const samples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
        expect(samples.length).toBeGreaterThanOrEqual(3);
        samples.forEach((code, i) => {
          const js = ts.transpileModule(code.replaceAll(`'infusion-dose'`, `'./recorder.mjs'`), {
            compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
          }).outputText;
          writeFileSync(join(dir, `sample${i}.mjs`), js);
          execFileSync(process.execPath, [`sample${i}.mjs`], { cwd: dir, encoding: 'utf8' });
        });
        const calls = readFileSync(log, 'utf8')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as { name: string; input: unknown; result: unknown });
        // The samples plan a session, a course, a combination bag and a nasal spray (README "Use" and "Courses ...").
        expect(new Set(calls.map((c) => c.name))).toEqual(new Set(['planInfusion', 'planCourse', 'planCombination', 'planNasalSpray']));
        const errors = calls.flatMap((c) => {
          const [input, result] = SCHEMAS[c.name] as readonly [string, string];
          return [...schemaErrors(input, c.input), ...schemaErrors(result, c.result)];
        });
        expect(errors).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
