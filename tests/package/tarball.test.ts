// The published package as a user gets it: `npm pack` the built dist, install the tarball into a
// scratch project (its dependencies come from the registry), then import it from ESM, require it
// from CommonJS and run its bin. Needs `npm run build` first (npm test builds before vitest).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const isWindows = process.platform === 'win32';
const npm = isWindows ? 'npm.cmd' : 'npm';

/** The environment without npm's own npm_* variables (set when run under `npm test`), so the nested npm acts as a user's would. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return env;
}

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, env: cleanEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000, shell: isWindows });
}

const SCHWARTZMAN_82 = "{ patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 }";

/** The subpath entries of package.json's exports (`infusion-dose/plan` ...). */
const SUBPATHS = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }).exports)
  .filter((k) => k !== '.' && k !== './package.json' && !k.includes('*'))
  .map((k) => k.slice(2));

/** A script that loads every subpath entry and prints, per entry, its number of values and those not the main entry's own. */
const entriesScript = (load: (specifier: string) => string) =>
  [
    `const main = ${load('infusion-dose')};`,
    'const out = {};',
    ...SUBPATHS.map(
      (name) =>
        `{ const e = ${load(`infusion-dose/${name}`)}; out[${JSON.stringify(name)}] = [Object.keys(e).length, Object.keys(e).filter((k) => e[k] !== main[k])]; }`,
    ),
    `{ const { planInfusion } = ${load('infusion-dose/plan')}; const r = planInfusion(${SCHWARTZMAN_82}); out.rate = r.ok ? r.plan.pump.rate.value : null; }`,
    'console.log(JSON.stringify(out));',
  ].join('\n');

/** A typed app using every entry: compiled with tsc against the installed declarations (node16 resolution). */
const TYPED_APP = [
  "import { planInfusion, type PlanRequest, type PlanResult } from 'infusion-dose/plan';",
  "import { planCourse, type CourseResult } from 'infusion-dose/course';",
  "import { createCalculator, BUILTIN_CATALOGUE, type Protocol } from 'infusion-dose/catalogue';",
  "import { checkPlan, verifyAdministration, type CheckPlanResult } from 'infusion-dose/verify';",
  "import { formatPlan, formatQuantity } from 'infusion-dose/format';",
  "import { toFhir, type MedicationRequestR4 } from 'infusion-dose/interop';",
  "import { CODE_REFERENCE, type IssueCode } from 'infusion-dose/codes';",
  `const request: PlanRequest = ${SCHWARTZMAN_82};`,
  'const result: PlanResult = planInfusion(request);',
  "const course: CourseResult = planCourse({ protocol: 'ketamine-clinic-course-2x3', startDate: '2026-01-05' });",
  'const protocols: readonly Protocol[] = BUILTIN_CATALOGUE.protocols;',
  'const calculator = createCalculator(BUILTIN_CATALOGUE);',
  'const checked: CheckPlanResult | undefined = result.ok ? checkPlan(result.plan) : undefined;',
  'const text: string | undefined = result.ok ? String(formatPlan(result.plan)) : undefined;',
  'const fhir = result.ok ? toFhir(result.plan) : undefined;',
  "const resource: MedicationRequestR4 | undefined = fhir !== undefined && !('ok' in fhir) ? fhir : undefined;",
  "const code: IssueCode = 'unknown_protocol';",
  "const doc = CODE_REFERENCE.checks['tenfold_dose'].severity;",
  '// @ts-expect-error: a misspelt field of a plan request does not compile',
  "const wrong: PlanRequest = { patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'x', session: 1, sesion: 2 };",
  'export { course, protocols, calculator, checked, text, fhir, resource, doc, wrong, verifyAdministration, formatQuantity };',
].join('\n');

describe('the packed tarball, installed in a scratch project', () => {
  let dir = '';
  let project = '';

  beforeAll(() => {
    for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/cli.js']) {
      if (!existsSync(join(root, f))) throw new Error(`${f} is missing: run \`npm run build\` first`);
    }
    dir = mkdtempSync(join(tmpdir(), 'infusion-dose-pack-'));
    const packed = JSON.parse(run(npm, ['pack', '--json', '--silent', '--pack-destination', dir], root)) as { filename: string }[];
    const filename = packed[0]?.filename;
    if (!filename) throw new Error('npm pack gave no file name');
    const tarball = join(dir, filename);
    project = join(dir, 'scratch');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', private: true }, null, 2));
    run(npm, ['install', tarball, '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], project);
    writeFileSync(
      join(project, 'plan.mjs'),
      `import { planInfusion } from 'infusion-dose';\nconst r = planInfusion(${SCHWARTZMAN_82});\nif (!r.ok) throw new Error(JSON.stringify(r.issues));\nconsole.log(r.plan.pump.rate.value);\n`,
    );
    writeFileSync(
      join(project, 'entries.mjs'),
      entriesScript((s) => `await import(${JSON.stringify(s)})`),
    );
    writeFileSync(
      join(project, 'entries.cjs'),
      entriesScript((s) => `require(${JSON.stringify(s)})`),
    );
    writeFileSync(join(project, 'app.mts'), TYPED_APP);
    writeFileSync(join(project, 'app.cts'), TYPED_APP);
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'node16', moduleResolution: 'node16', target: 'es2022', lib: ['es2022'], types: [], strict: true, noEmit: true },
        files: ['app.mts', 'app.cts'],
      }),
    );
    writeFileSync(
      join(project, 'plan.cjs'),
      `const { planInfusion } = require('infusion-dose');\nconst r = planInfusion(${SCHWARTZMAN_82});\nif (!r.ok) throw new Error(JSON.stringify(r.issues));\nconsole.log(r.plan.pump.rate.value);\n`,
    );
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('imports from ESM: 82 kg on Schwartzman session 1 runs at 25 mL/h', () => {
    expect(run(process.execPath, ['plan.mjs'], project).trim()).toBe('25');
  });

  it('requires from CommonJS: the same plan, 25 mL/h', () => {
    expect(run(process.execPath, ['plan.cjs'], project).trim()).toBe('25');
  });

  it("imports every subpath entry from ESM and requires it from CommonJS: the main entry's own values, and a plan of 25 mL/h", () => {
    for (const file of ['entries.mjs', 'entries.cjs']) {
      const out = JSON.parse(run(process.execPath, [file], project)) as Record<string, unknown>;
      expect(out['rate'], file).toBe('25');
      for (const name of SUBPATHS) {
        const [count, foreign] = out[name] as [number, string[]];
        expect(count, `${file}: infusion-dose/${name}`).toBeGreaterThan(0);
        expect(foreign, `${file}: infusion-dose/${name}`).toEqual([]);
      }
    }
    expect(SUBPATHS.length).toBeGreaterThanOrEqual(7);
  });

  it('resolves the types of every entry from ESM and CommonJS (tsc, node16), and a misspelt request field does not compile', () => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    // Exit 0: every import resolves to declarations, every use type-checks, and each @ts-expect-error is needed.
    expect(run(process.execPath, [tsc, '-p', 'tsconfig.json'], project)).toBe('');
  });

  it('runs the installed bin: plan --json is ok', () => {
    const bin = join(project, 'node_modules', '.bin', isWindows ? 'infusion-dose.cmd' : 'infusion-dose');
    const out = run(bin, ['plan', '--protocol', 'ketamine-crps-schwartzman-2009', '--weight', '82kg', '--session', '1', '--json'], project);
    const json = JSON.parse(out) as { ok: boolean; plan?: { pump: { rate: { value: string; unit: string } } } };
    expect(json.ok).toBe(true);
    expect(json.plan?.pump.rate).toEqual({ value: '25', unit: 'mL/h' });
  });

  it('gives a browser bundler the one-file-per-module tree, which drops what the app does not import', async () => {
    // esbuild with platform 'browser' applies the "browser" export condition, as Vite and webpack do
    // for web targets. An app importing planInfusion alone must not bundle the FHIR, PCD-03 or CDS
    // Hooks modules, nor the formatting of worksheets.
    const { build } = await import('esbuild');
    const bundle = async (code: string) =>
      build({
        stdin: { contents: code, resolveDir: project, sourcefile: 'app.js', loader: 'js' },
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        metafile: true,
      });
    const lean = await bundle(`import { planInfusion } from 'infusion-dose';\nglobalThis.p = planInfusion;\n`);
    // The modules that put bytes into the output (esbuild lists every file it read, shaken off or not).
    const kept = Object.values(lean.metafile.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, v]) => v.bytesInOutput > 0));
    const inputs = kept.map(([f]) => f).filter((f) => f.includes('node_modules/infusion-dose/'));
    expect(inputs.some((f) => f.includes('/dist/esm/plan/plan-infusion.js'))).toBe(true);
    expect(inputs.filter((f) => !f.includes('/dist/esm/'))).toEqual([]);
    expect(inputs.filter((f) => /\/dist\/esm\/(interop|format|verify\/check-plan)/.test(f))).toEqual([]);
    // The protocol records outside the built-in catalogue are read by no planner: a planner app drops them.
    expect(inputs.filter((f) => /\/dist\/esm\/protocols\/(neridronate|alendronate|clodronate)-/.test(f))).toEqual([]);
    // The readers of a plan, through their own entries: no planner module and no protocol or agent data.
    for (const name of ['verify', 'format', 'interop']) {
      const reader = await bundle(`import * as entry from 'infusion-dose/${name}';\nglobalThis.entry = entry;\n`);
      const files = Object.values(reader.metafile.outputs).flatMap((o) =>
        Object.entries(o.inputs)
          .filter(([, v]) => v.bytesInOutput > 0)
          .map(([f]) => f),
      );
      expect(
        files.some((f) => f.includes(`/dist/esm/entry-${name}.js`)),
        name,
      ).toBe(true);
      expect(
        files.filter((f) => /\/dist\/esm\/(rules|stages|pipeline|present|prepare|plan|protocols|agents)\//.test(f)),
        name,
      ).toEqual([]);
    }
    const full = await bundle(`import * as all from 'infusion-dose';\nglobalThis.all = all;\n`);
    expect(full.outputFiles[0]?.contents.length ?? 0).toBeGreaterThan((lean.outputFiles[0]?.contents.length ?? 0) * 1.1);
  });

  it('bundles zod into the Node files, so a Node import reads none of its files; the browser tree imports zod/mini', () => {
    const installed = join(project, 'node_modules', 'infusion-dose', 'dist');
    const nodeFiles = readdirSync(installed).filter((f) => /\.(c?js)$/.test(f));
    expect(nodeFiles).toEqual(expect.arrayContaining(['index.js', 'index.cjs', 'plan.js', 'plan.cjs']));
    const importsZod = (f: string) => /(?:from\s*|require\(|import\()\s*["']zod(?:\/[^"']*)?["']/.test(readFileSync(join(installed, f), 'utf8'));
    expect(nodeFiles.filter(importsZod)).toEqual([]);
    // The check can see an import of zod: the module tree for bundlers keeps it external.
    expect(importsZod(join('esm', 'schema', 'input.js'))).toBe(true);
  });

  it('ships the licence and no source map without its sources', () => {
    const installed = join(project, 'node_modules', 'infusion-dose');
    expect(existsSync(join(installed, 'LICENSE'))).toBe(true);
    const files = readdirSync(join(installed, 'dist'), { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    // The bundle does not point at a map it does not ship.
    expect(readFileSync(join(installed, 'dist', 'index.js'), 'utf8')).not.toMatch(/sourceMappingURL=\S+\.map/);
  });
});
