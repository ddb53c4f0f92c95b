/**
 * What the proof scripts (proof.mjs, mutate-decimal.mjs) share: a scratch copy of the repository
 * to change instead of the working tree, a vitest run in it that stops at the first failing test,
 * and the quick test set.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The quick set: `npm run test:quick`'s exclusions. */
export const QUICK = ['--exclude', 'tests/{fuzz,browser,properties,package,examples,cli,bench}/**', '--exclude', 'examples/**'];

/**
 * Tests that time the code (tests/input/bounds.test.ts, tests/course/course-scaling.test.ts): on a
 * loaded machine they fail whatever the change, which would count as a kill, so they are left out of
 * every run here by name (as in vitest.mutation.config.ts).
 */
const UNTIMED = ['-t', '^(?!.*(in under 2 s each|in under 50 typical calls|take under 6x the time|plans in under 5 s|ms, with its coded result)).*$'];

/**
 * Left out of the scratch copy: node_modules is linked instead; the rest no quick test reads. docs/
 * is copied (tests/types/code-reference.test.ts and the rules-doc test read docs/codes.md and
 * docs/rules.md) but not the generated API pages in docs/api.
 */
const NOT_COPIED = new Set(['node_modules', '.git', 'reports', '.stryker-tmp', 'coverage']);
const NOT_COPIED_PATHS = new Set([join('docs', 'api')]);

/** Every scratch copy made, removed when the script is stopped. */
const made = [];
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  });
}

/** A copy of the repository in a fresh temporary directory, with the repository's node_modules linked. */
export function scratchCopy(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `infusion-dose-${prefix}-`));
  made.push(dir);
  const copied = (src) => !NOT_COPIED_PATHS.has(relative(ROOT, src));
  for (const entry of readdirSync(ROOT)) if (!NOT_COPIED.has(entry)) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true, filter: copied });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs `vitest run` in `dir` with `args`, one worker, stopping at the first failure; resolves to the exit code and the output. */
export function vitest(dir, args) {
  return new Promise((done) => {
    const bin = join(ROOT, 'node_modules/vitest/vitest.mjs');
    const child = spawn(process.execPath, [bin, 'run', ...args, ...UNTIMED, '--bail', '1', '--maxWorkers', '1'], { cwd: dir });
    let out = '';
    const keep = (b) => {
      out = (out + b.toString()).slice(-200_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => done({ code: code ?? 1, out }));
  });
}

/** The first failing test's name in vitest's output, for the report. */
export function firstFailure(out) {
  const plain = out.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  const m = plain.match(/FAIL\s+(\S+\.test\.ts)\s*>\s*([^\n]+)/) ?? plain.match(/FAIL\s+(\S+\.test\.ts)([^\n]*)/);
  return m ? `${m[1]} > ${m[2].trim()}`.slice(0, 200) : plain.includes('Error') ? 'an error while loading (see a rerun)' : undefined;
}

/**
 * The source with one mutant applied (Stryker's locations: lines and columns from 1, end exclusive).
 * Stryker replaces a node of the syntax tree, so an expression's replacement is put in parentheses:
 * `a || b` in place of `a && b` inside `a && b && c` must stay `(a || b) && c`.
 */
export function applyMutant(source, m) {
  const text = m.mutatorName === 'BlockStatement' ? m.replacement : `(${m.replacement})`;
  const lines = source.split('\n');
  const { start, end } = m.location;
  const before = lines.slice(0, start.line - 1).join('\n');
  const head = (lines[start.line - 1] ?? '').slice(0, start.column - 1);
  const tail = (lines[end.line - 1] ?? '').slice(end.column - 1);
  const after = lines.slice(end.line).join('\n');
  return `${before}${start.line > 1 ? '\n' : ''}${head}${text}${tail}${end.line < lines.length ? '\n' : ''}${after}`;
}

/** The identity a review is keyed by: file, start and end line:column, mutator and replacement, as Stryker reports them. */
export const keyOf = (file, m) =>
  `${file}:${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column} ${m.mutatorName}: ${m.replacement}`;

/**
 * Applies a Stryker mutant (`job`: its file, mutant `m`, `key` and the `source` Stryker mutated) to its
 * file in the scratch copy `dir`, awaits `run()` and puts the file back. Resolves to `{ stale: true }`
 * without running when the file no longer holds that source (printed as stale), else to
 * `{ stale: false, value }` with what `run` gave.
 */
export async function withMutant(dir, job, run) {
  const path = join(dir, job.file);
  const original = readFileSync(path, 'utf8');
  if (original !== job.source) {
    console.log(`stale     ${job.key}  (the file changed since Stryker's run)`);
    return { stale: true };
  }
  writeFileSync(path, applyMutant(original, job.m));
  try {
    return { stale: false, value: await run() };
  } finally {
    writeFileSync(path, original);
  }
}

/** Writes a proof record (proof/*.json) as JSON and formats it as Prettier keeps it. */
export function writeProofJson(path, value) {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  execFileSync(join(ROOT, 'node_modules/.bin/prettier'), ['--write', path], { stdio: 'ignore' });
}
