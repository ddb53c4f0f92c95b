#!/usr/bin/env node
/**
 * Judges the mutants Stryker leaves out as static (`ignoreStatic` in stryker.config.mjs): mutants of
 * module-level code, run once when a module loads, such as the rule table's rule records (a rule's
 * severity, codes, id, source, or its whole `evaluate` replaced by `() => undefined`). Stryker cannot
 * tell which tests reach such code, so judging one would mean running every test with the module
 * reloaded; it counts them as ignored and leaves them out of its score. This script applies each
 * one by hand to a scratch copy (scratch.mjs; the working tree is never written) and runs the named
 * tests against it, in one vitest instance kept for the whole run (each run starts a fresh worker,
 * so every module is evaluated again with the mutant in place and no cache outlives a mutant).
 *
 *   node scripts/static-mutants.mjs --folder src/rules --tests tests/rules,tests/golden [--record]
 *
 * `--record` writes each result to proof/static-mutants.json, keyed as proof/stryker-reviewed.json
 * keys a mutant (file, start and end line:column, mutator, replacement): `killed` with the first
 * failing test and the test files, or `survived`. A survivor is then reviewed in the same file
 * (`verdict` and `reason`, as in proof/stryker-reviewed.json) or killed by a new test and judged
 * again. `npm run mutation:summary` shows the static mutants judged per folder. `--again` judges only
 * the recorded survivors not yet reviewed (with other or new tests); `--check` runs every recorded
 * kill again (exit code 1 if one is no longer killed); `--only line:column` tries one; `--part k/n`
 * takes every n-th mutant from the k-th, for n runs side by side (each records only its own results).
 * A mutant whose file changed since Stryker's run is reported as stale and not applied.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, keyOf, scratchCopy, withMutant, writeProofJson } from './scratch.mjs';

const INCREMENTAL = join(ROOT, 'proof/stryker-incremental.json');
const STATIC_FILE = join(ROOT, 'proof/static-mutants.json');

function parseArgs(argv) {
  const o = { folder: undefined, tests: [], check: false, record: false, only: undefined, again: false, part: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--folder') o.folder = argv[++i];
    else if (a === '--tests') o.tests = argv[++i].split(',');
    else if (a === '--check') o.check = true;
    else if (a === '--record') o.record = true;
    else if (a === '--only') o.only = argv[++i];
    else if (a === '--again') o.again = true;
    else if (a === '--part') o.part = argv[++i].split('/').map(Number);
    else throw new Error(`unknown option ${a}`);
  }
  if (!o.check && o.tests.length === 0) throw new Error('--tests a,b is required (or --check)');
  return o;
}

const readRecord = () => {
  try {
    return JSON.parse(readFileSync(STATIC_FILE, 'utf8'));
  } catch {
    return { mutants: {} };
  }
};

function jobs(o, recorded) {
  const report = JSON.parse(readFileSync(INCREMENTAL, 'utf8'));
  const out = [];
  for (const [file, entry] of Object.entries(report.files)) {
    if (o.folder && !file.startsWith(o.folder)) continue;
    for (const m of entry.mutants) {
      if (m.status !== 'Ignored' || !/static/i.test(m.statusReason ?? '')) continue;
      if (o.only && `${m.location.start.line}:${m.location.start.column}` !== o.only) continue;
      const key = keyOf(file, m);
      const r = recorded[key];
      if (o.check && r?.status !== 'killed') continue;
      if (o.again && (r?.status !== 'survived' || r.verdict !== undefined)) continue;
      out.push({ file, m, key, source: entry.source, tests: o.check ? r.tests : o.tests });
    }
  }
  // `--part k/n`: every n-th mutant from the k-th, so n runs side by side share the work.
  return o.part ? out.filter((_, i) => i % o.part[1] === o.part[0] - 1) : out;
}

/** One vitest instance for the run, on the scratch copy, with the mutation test selection's settings (one module graph per run, a fresh worker each run). */
async function runner(dir) {
  const { createVitest } = await import(join(ROOT, 'node_modules/vitest/dist/node.js'));
  const ctx = await createVitest('test', {
    root: dir,
    config: join(dir, 'vitest.mutation.config.ts'),
    watch: false,
    bail: 1,
    maxWorkers: 1,
    coverage: { enabled: false },
    reporters: [{}],
    onConsoleLog: () => false,
  });
  return {
    /** Runs `tests` after invalidating `changed` (the files written since the last run). */
    async run(changed, tests) {
      for (const f of changed) ctx.invalidateFile(join(dir, f));
      ctx.state.filesMap.clear();
      ctx.state.errorsSet.clear();
      try {
        await ctx.start(tests.map((t) => join(dir, t)));
      } catch (error) {
        return { failed: true, by: `an error starting the run: ${String(error).slice(0, 120)}` };
      }
      const files = ctx.state.getFiles();
      for (const f of files) {
        if (f.result?.state === 'fail' && !(f.tasks ?? []).some((t) => t.result?.state === 'fail')) {
          return { failed: true, by: `${f.name} (failed to load: ${String(f.result.errors?.[0]?.message ?? '').slice(0, 100)})` };
        }
        const failed = firstFailed(f);
        if (failed) return { failed: true, by: `${f.name} > ${failed}` };
      }
      if (ctx.state.errorsSet.size > 0) return { failed: true, by: 'an error outside a test' };
      if (files.length === 0) throw new Error(`no test file matched ${tests.join(', ')}`);
      return { failed: false };
    },
    close: () => ctx.close(),
  };
}

function firstFailed(task) {
  for (const t of task.tasks ?? []) {
    if (t.type === 'test' && t.result?.state === 'fail') return t.name;
    const inner = firstFailed(t);
    if (inner) return `${t.name} > ${inner}`;
  }
  return undefined;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const file = readRecord();
  const todo = jobs(o, file.mutants);
  console.log(`${todo.length} static mutants to apply by hand.`);
  const dir = scratchCopy('static');
  const r = await runner(dir);
  const results = {};
  let killed = 0;
  let stale = 0;
  let restored = []; // a file put back since the last run: invalidated before the next
  const started = Date.now();
  try {
    // A clean run first: the named tests must pass without a mutant, or every kill would be false.
    const clean = await r.run([], todo[0]?.tests ?? o.tests);
    if (clean.failed) throw new Error(`the named tests fail without any mutant: ${clean.by}`);
    for (const j of todo) {
      const done = await withMutant(dir, j, () => r.run([...restored, j.file], j.tests));
      if (done.stale) {
        stale += 1;
        continue;
      }
      restored = [j.file];
      const res = done.value;
      if (res.failed) killed += 1;
      console.log(`${res.failed ? 'killed  ' : 'SURVIVED'}  ${j.key}${res.failed ? `  (${res.by.slice(0, 160)})` : ''}`);
      results[j.key] = res.failed ? { status: 'killed', by: res.by.slice(0, 200), tests: j.tests } : { status: 'survived', tests: j.tests };
    }
  } finally {
    await r.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const judged = todo.length - stale;
  console.log(`\n${killed} of ${judged} static mutants killed by hand (${stale} stale), ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  if (o.record) {
    const day = new Date().toISOString().slice(0, 10);
    const next = readRecord();
    for (const [k, v] of Object.entries(results)) {
      // A survivor judged again keeps the tests it survived before beside the ones it survived now.
      const before = next.mutants[k];
      const tests = before?.status === 'survived' && v.status === 'survived' ? [...new Set([...before.tests, ...v.tests])] : v.tests;
      next.mutants[k] = { ...before, ...v, tests, date: day };
    }
    next.mutants = Object.fromEntries(Object.entries(next.mutants).sort(([a], [b]) => a.localeCompare(b, 'en')));
    writeProofJson(STATIC_FILE, next);
    console.log(`${Object.keys(results).length} results recorded in ${STATIC_FILE}.`);
  }
  process.exitCode = o.check && killed < judged ? 1 : 0;
}

await main();
