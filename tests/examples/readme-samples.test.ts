/**
 * Every TypeScript sample in the README, as a user copies it (issue 13 items 1 and 7):
 * - compiled by a consumer project with strict TypeScript, under `nodenext` and `bundler` module
 *   resolution, importing the built package by its published name (its `exports` and `.d.ts`);
 * - the same project fails to compile a misspelt field and an unknown code;
 * - run: the sample's JavaScript (types stripped by TypeScript's own transpiler) prints the values the
 *   README's comments state, checked here from the source's arithmetic.
 * Needs the build (`npm run build`; `npm test` builds first).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

/** The README's ```ts blocks, in order. */
function samples(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

/** What each sample prints when run: the variables its comments speak of, as JSON. */
const PRINT: readonly string[] = [
  'console.log(JSON.stringify(result));',
  'console.log(JSON.stringify({ session4, course, combined, spray }));',
  'console.log(JSON.stringify(made.ok));',
];

const strict = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noEmit: true,
  skipLibCheck: false,
  target: 'ES2022',
  lib: ['ES2022'],
  types: ['node'],
  typeRoots: [join(root, 'node_modules', '@types')],
};

let dir = '';

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.d.ts'))) throw new Error('dist is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'infusion-dose-readme-'));
  mkdirSync(join(dir, 'node_modules', '@medplum'), { recursive: true });
  // The package by its published name, as an installed dependency.
  symlinkSync(root, join(dir, 'node_modules', 'infusion-dose'), 'dir');
  symlinkSync(join(root, 'node_modules', '@medplum', 'fhirtypes'), join(dir, 'node_modules', '@medplum', 'fhirtypes'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  copyFileSync(join(root, 'tests', 'fixtures', 'institution-formulary.json'), join(dir, 'my-formulary.json'));
  samples().forEach((code, i) => writeFileSync(join(dir, `sample${i}.ts`), code));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs tsc on `files` with a tsconfig for `resolution`; returns its output ('' when clean). */
function typecheck(resolution: 'nodenext' | 'bundler', files: readonly string[]): string {
  const module = resolution === 'nodenext' ? 'nodenext' : 'esnext';
  const config = join(dir, `tsconfig.${resolution}.json`);
  writeFileSync(config, JSON.stringify({ compilerOptions: { ...strict, module, moduleResolution: resolution }, files }));
  try {
    execFileSync(process.execPath, [tsc, '-p', config], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return '';
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return `${err.stdout ?? ''}${err.stderr ?? ''}`;
  }
}

describe('the README samples in a strict consumer project', () => {
  it('there are three TypeScript samples, each with its printout', () => {
    expect(samples()).toHaveLength(PRINT.length);
  });

  for (const resolution of ['nodenext', 'bundler'] as const) {
    it(`compile under ${resolution} resolution`, () => {
      const files = samples().map((_, i) => `sample${i}.ts`);
      expect(typecheck(resolution, files)).toBe('');
    }, 120_000);

    it(`a misspelt field, an unknown unit and an unknown code do not compile (${resolution})`, () => {
      const cases = {
        field: `import { planInfusion } from 'infusion-dose';\nplanInfusion({ patinet: { weight: { value: 82, unit: 'kg' } }, protocol: 'p', session: 1 });\n`,
        unit: `import { planInfusion } from 'infusion-dose';\nplanInfusion({ patient: { weight: { value: 82, unit: 'kgs' } }, protocol: 'p', session: 1 });\n`,
        code: `import { planInfusion } from 'infusion-dose';\nplanInfusion({ patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'p', session: 1, acknowledgements: [{ code: 'weight_unusal', reason: 'r' }] });\n`,
      };
      for (const [name, code] of Object.entries(cases)) writeFileSync(join(dir, `bad-${name}.ts`), code);
      // One compiler run for the three files: each must have an error of its own.
      const out = typecheck(
        resolution,
        Object.keys(cases).map((name) => `bad-${name}.ts`),
      );
      for (const name of Object.keys(cases)) expect(out, name).toMatch(new RegExp(`bad-${name}\\.ts\\(\\d+,\\d+\\): error TS2\\d{3}`));
    }, 120_000);
  }
});

describe('the README samples run', () => {
  /** The sample's JavaScript with its printout appended, run from the consumer project. */
  function run(i: number): unknown {
    const js = ts.transpileModule(`${samples()[i] ?? ''}\n${PRINT[i] ?? ''}\n`, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
    }).outputText;
    writeFileSync(join(dir, `run${i}.mjs`), js);
    return JSON.parse(execFileSync(process.execPath, [`run${i}.mjs`], { cwd: dir, encoding: 'utf8' })) as unknown;
  }

  it('Use: 82 kg on Schwartzman session 1 (NCT00579085)', () => {
    const r = run(0) as { ok: boolean; plan: Record<string, unknown> & { status: string }; needsAcknowledgement: unknown[] };
    expect(r.ok).toBe(true);
    const plan = r.plan as unknown as {
      agents: { doseRate: unknown; caps: { bound: boolean }[] }[];
      bag: { additives: { volume: unknown }[]; finalVolume: unknown };
      pump: { rate: unknown };
      status: string;
      library: { name: string };
    };
    // 0.35 mg/kg/h x 82 kg = 28.7 mg/h, above the 25 mg/h cap: 25 mg/h.
    expect(plan.agents[0]?.doseRate).toEqual({ value: '25', unit: 'mg/h' });
    expect(plan.agents[0]?.caps[0]?.bound).toBe(true);
    // 25 mg/h x 4 h = 100 mg = 2 mL of 50 mg/mL, in a 100 mL bag; 100 mL / 4 h = 25 mL/h.
    expect(plan.bag.additives[0]?.volume).toEqual({ value: '2', unit: 'mL' });
    expect(plan.bag.finalVolume).toEqual({ value: '100', unit: 'mL' });
    expect(plan.pump.rate).toEqual({ value: '25', unit: 'mL/h' });
    expect(plan.status).toBe('ready');
    expect(r.needsAcknowledgement).toEqual([]);
    expect(plan.library.name).toBe('infusion-dose');
  });

  it('Courses, titration, combination bags and nasal spray', () => {
    const r = run(1) as Record<string, { ok: boolean; plan?: { status: string; titration?: { decision: string; dose: unknown } } }>;
    // Three sessions at 0.2, 0.4, 0.6 mg/kg/h without response: escalate by the 0.2 mg/kg/h step to 0.8.
    expect(r['session4']?.plan?.titration?.decision).toBe('escalate');
    expect(r['session4']?.plan?.titration?.dose).toEqual({ value: '0.8', unit: 'mg/kg/h' });
    expect([r['course']?.ok, r['combined']?.ok, r['combined']?.plan?.status, r['spray']?.ok]).toEqual([true, true, 'ready', true]);
  });

  it('Institution formularies: the calculator is made from the file', () => {
    expect(run(2)).toBe(true);
  });
});
