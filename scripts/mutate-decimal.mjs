#!/usr/bin/env node
/**
 * Mutants Stryker does not make (`npm run mutate:decimal`): on the stage, rule, pipeline, check,
 * compounding, pump and dose files, every call of a decimal method is swapped one at a time with its
 * neighbour (`gt`/`gte`, `lt`/`lte`, `mul`/`div`, `add`/`sub`, `min`/`max`, `minDec`/`maxDec`,
 * `ceil`/`floor`), every rounding mode with another, every `toDecimalPlaces(n)` with n + 1, and
 * every unit factor (60, 24, 100, 1000, 0.001 as a `dec`, `mul` or `div` argument) with 1. Each
 * mutant runs on a scratch copy (scratch.mjs; the working tree is never written) against the tests
 * of its file (SUBSETS below, the tests that plan through that code) with `--bail 1`.
 *
 * Results go to proof/decimal-mutants.json, keyed by file, line, operator and the line's text, so a
 * rerun skips every mutant already judged on unchanged code (resumable; `--fresh` forgets them).
 * Options: `--files a,b` (paths or folder prefixes), `--limit n` (at most n new mutants), `--list`
 * (print the mutants, run nothing), `--workers n` (1 or 2), `--confirm` (run the survivors again on
 * the whole quick set: only those are survivors of the quick set), `--retry` (run the survivors
 * again on their subset, after a test was added to kill them), `--tests a,b` (test files to run first,
 * before the subset: with `--retry`, the cases written for the survivors), `--summary` (print the
 * counts from proof/decimal-mutants.json, run nothing).
 * Equivalent mutants are explained in proof/decimal-equivalent.json, by id, with why.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { QUICK, ROOT, firstFailure, scratchCopy, vitest } from './scratch.mjs';

const FOLDERS = ['src/stages', 'src/rules', 'src/pipeline', 'src/checks', 'src/compounding', 'src/pump'];
const RESULTS = join(ROOT, 'proof/decimal-mutants.json');
const EQUIVALENT = join(ROOT, 'proof/decimal-equivalent.json');

/** The tests that plan through each folder's code (the first match wins). */
const SUBSETS = [
  ['src/stages/combined-bag.ts', ['tests/combination', 'tests/golden']],
  ['src/stages/component-facts.ts', ['tests/combination', 'tests/golden']],
  ['src/stages/window.ts', ['tests/plan/cumulative.test.ts', 'tests/plan/windows-and-history.test.ts', 'tests/plan', 'tests/course']],
  ['src/stages/', ['tests/stages', 'tests/golden', 'tests/plan', 'tests/combination']],
  ['src/rules/', ['tests/rules', 'tests/golden', 'tests/plan', 'tests/combination', 'tests/checks', 'tests/compounding']],
  ['src/pipeline/', ['tests/golden', 'tests/plan', 'tests/combination', 'tests/stages']],
  ['src/checks/', ['tests/checks', 'tests/golden', 'tests/plan', 'tests/combination']],
  ['src/compounding/', ['tests/compounding', 'tests/stages', 'tests/golden', 'tests/plan']],
  ['src/pump/', ['tests/stages', 'tests/golden', 'tests/plan', 'tests/combination']],
];

/** Swaps: a pattern on one line, and what each match becomes (one mutant per replacement). */
const SWAPS = [
  { op: 'compare', re: /\.(gte|gt|lte|lt)\(/g, to: { gt: ['gte'], gte: ['gt'], lt: ['lte'], lte: ['lt'] }, wrap: (m) => `.${m}(` },
  {
    op: 'arith',
    re: /\.(mul|div|add|sub|plus|minus)\(/g,
    to: { mul: ['div'], div: ['mul'], add: ['sub'], sub: ['add'], plus: ['minus'], minus: ['plus'] },
    wrap: (m) => `.${m}(`,
  },
  { op: 'minmax', re: /\b(minDec|maxDec)\(/g, to: { minDec: ['maxDec'], maxDec: ['minDec'] }, wrap: (m) => `${m}(` },
  { op: 'minmax', re: /(?<![\w$])Math\.(min|max)\(/g, to: { min: ['max'], max: ['min'] }, wrap: (m) => `Math.${m}(` },
  { op: 'minmax', re: /(?<!Math)\.(min|max)\(/g, to: { min: ['max'], max: ['min'] }, wrap: (m) => `.${m}(` },
  { op: 'rounding', re: /\.(ceil|floor)\(\)/g, to: { ceil: ['floor'], floor: ['ceil'] }, wrap: (m) => `.${m}()` },
  {
    op: 'rounding',
    re: /'(halfExpand|halfEven|floor|ceil|trunc)'/g,
    to: { halfExpand: ['floor', 'ceil'], halfEven: ['halfExpand'], floor: ['ceil'], ceil: ['floor'], trunc: ['ceil'] },
    wrap: (m) => `'${m}'`,
  },
  {
    op: 'rounding',
    re: /ROUND_(HALF_UP|HALF_EVEN|HALF_DOWN|UP|DOWN|CEIL|FLOOR)\b/g,
    to: { HALF_UP: ['HALF_DOWN', 'UP'], HALF_EVEN: ['HALF_UP'], HALF_DOWN: ['HALF_UP'], UP: ['DOWN'], DOWN: ['UP'], CEIL: ['FLOOR'], FLOOR: ['CEIL'] },
    wrap: (m) => `ROUND_${m}`,
  },
];

/** Mutants of one source line: each match of each swap, and each increment and unit factor. */
function lineMutants(text) {
  const out = [];
  for (const s of SWAPS) {
    for (const m of text.matchAll(s.re)) {
      for (const to of s.to[m[1]] ?? []) out.push({ op: s.op, col: m.index, from: m[0], to: m[0].replace(m[1], to) });
    }
  }
  for (const m of text.matchAll(/toDecimalPlaces\((\d+)/g)) out.push({ op: 'places', col: m.index, from: m[0], to: `toDecimalPlaces(${Number(m[1]) + 1}` });
  for (const m of text.matchAll(/\b(dec|mul|div)\('?(60|24|100|1000|3600|0\.001)'?\)/g)) {
    out.push({ op: 'unit-factor', col: m.index, from: m[0], to: `${m[1]}(1)` });
  }
  return out;
}

/** Whether a line is a comment (no mutant there). */
const isComment = (t) => /^\s*(\*|\/\/|\/\*)/.test(t);

function listMutants(filter) {
  const files = FOLDERS.flatMap((d) =>
    readdirSync(join(ROOT, d))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `${d}/${f}`),
  ).filter((f) => !filter || filter.some((p) => f.startsWith(p)));
  const mutants = [];
  for (const file of files) {
    const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
    lines.forEach((text, i) => {
      if (isComment(text)) return;
      for (const m of lineMutants(text)) {
        const id = `${file}:${i + 1}:${m.col + 1} ${m.from} -> ${m.to}`;
        mutants.push({ id, file, line: i + 1, text, ...m });
      }
    });
  }
  return mutants;
}

const subsetFor = (file) => (SUBSETS.find(([p]) => file.startsWith(p)) ?? [null, QUICK])[1];

/** Per source file, the test file that killed its last mutant. */
const lastKiller = new Map();

async function judge(dir, mutant, confirm, first = []) {
  const path = join(dir, mutant.file);
  const clean = readFileSync(path, 'utf8');
  const lines = clean.split('\n');
  const line = lines[mutant.line - 1];
  if (line !== mutant.text) return { status: 'stale' };
  lines[mutant.line - 1] = line.slice(0, mutant.col) + mutant.to + line.slice(mutant.col + mutant.from.length);
  writeFileSync(path, lines.join('\n'));
  const started = Date.now();
  try {
    // The test file that killed the last mutant of this source file runs alone first: most mutants
    // of a file die in the same test, and a single file starts far faster than the subset.
    // With `--tests`, the named test files run first instead (the cases written for the survivors).
    const hint = confirm ? [] : first.length > 0 ? first : [lastKiller.get(mutant.file)].filter(Boolean);
    const quick = hint.length > 0 ? await vitest(dir, hint) : { code: 0, out: '' };
    const r = quick.code !== 0 ? quick : await vitest(dir, confirm ? QUICK : subsetFor(mutant.file));
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    if (r.code === 0) return { status: confirm ? 'survived-quick-set' : 'survived', seconds };
    const test = firstFailure(r.out);
    const file = test?.split(' > ')[0];
    if (file?.endsWith('.test.ts')) lastKiller.set(mutant.file, file);
    return { status: 'killed', test, seconds };
  } finally {
    writeFileSync(path, clean);
  }
}

function parseArgs(argv) {
  const o = { files: undefined, limit: Infinity, list: false, workers: 2, confirm: false, fresh: false, retry: false, tests: [], summary: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--files') o.files = argv[++i].split(',');
    else if (a === '--limit') o.limit = Number(argv[++i]);
    else if (a === '--list') o.list = true;
    else if (a === '--workers') o.workers = Math.min(2, Math.max(1, Number(argv[++i])));
    else if (a === '--confirm') o.confirm = true;
    else if (a === '--fresh') o.fresh = true;
    else if (a === '--retry') o.retry = true;
    else if (a === '--tests') o.tests = argv[++i].split(',');
    else if (a === '--summary') o.summary = true;
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

const keyOf = (m) => `${m.id} | ${m.text.trim()}`;

/**
 * The counts over today's mutants only: a result kept for a line that has since moved or changed
 * (its key no longer matches a mutant in scope) is left out and counted apart, and a mutant in scope
 * not judged yet is counted as such.
 */
function summary(done, mutants) {
  const current = new Set(mutants.map(keyOf));
  const judged = Object.entries(done).filter(([k]) => current.has(k));
  const all = judged.map(([, r]) => r);
  const killed = all.filter((r) => r.status === 'killed').length;
  const equivalent = existsSync(EQUIVALENT) ? JSON.parse(readFileSync(EQUIVALENT, 'utf8')).equivalent : [];
  const explained = new Set(equivalent.map((e) => e.id));
  const left = judged.filter(([, r]) => r.status !== 'killed');
  const earlier = Object.keys(done).length - judged.length;
  console.log(
    `\n${mutants.length} mutants in scope, ${all.length} judged on today's code, ${mutants.length - all.length} not judged yet; ${earlier} results of earlier code not counted.`,
  );
  console.log(`${killed} of ${all.length} judged decimal-method mutants killed (${((100 * killed) / Math.max(all.length, 1)).toFixed(1)}%).`);
  const unexplained = left.filter(([k]) => !explained.has(k.split(' | ')[0]));
  console.log(`${left.length - unexplained.length} survivors explained as equivalent (proof/decimal-equivalent.json); ${unexplained.length} not explained:`);
  for (const [k, r] of unexplained) console.log(`  ${r.status}: ${k}`);
  return unexplained.length;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const mutants = listMutants(o.files);
  if (o.summary) {
    const saved = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')).results : {};
    process.exitCode = summary(saved, listMutants(undefined)) === 0 ? 0 : 1;
    return;
  }
  if (o.list) {
    for (const m of mutants) console.log(m.id);
    console.log(`${mutants.length} mutants`);
    return;
  }
  const saved = existsSync(RESULTS) && !o.fresh ? JSON.parse(readFileSync(RESULTS, 'utf8')) : { results: {} };
  const done = saved.results;
  const save = () =>
    writeFileSync(RESULTS, `${JSON.stringify({ about: 'npm run mutate:decimal: one entry per mutant (id | the line it changed)', results: done }, null, 2)}\n`);
  const todo =
    o.confirm || o.retry ? mutants.filter((m) => done[keyOf(m)]?.status === 'survived') : mutants.filter((m) => done[keyOf(m)] === undefined).slice(0, o.limit);
  console.log(`${mutants.length} mutants in scope, ${todo.length} to run${o.confirm ? ' on the whole quick set' : ''}.`);
  const dirs = [];
  const worker = async () => {
    const dir = scratchCopy('mutate');
    dirs.push(dir);
    for (let m = todo.shift(); m; m = todo.shift()) {
      const r = await judge(dir, m, o.confirm, o.tests);
      done[keyOf(m)] = r;
      save();
      console.log(`${r.status.padEnd(9)} ${m.id}${r.test ? `  (${r.test})` : ''}`);
    }
  };
  try {
    await Promise.all(Array.from({ length: o.workers }, worker));
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
  save();
  process.exitCode = summary(done, listMutants(undefined)) === 0 ? 0 : 1;
}

await main();
