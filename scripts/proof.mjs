#!/usr/bin/env node
/**
 * The realistic-bug table as a test of the tests (`npm run proof`): each bug in proof/bugs.json is
 * one search/replace edit to a file under src. The script copies the repository once per worker into
 * a temporary directory (node_modules linked, never copied), applies one bug at a time there, runs
 * vitest with `--bail 1` and restores the file from the clean text before the next bug. The working
 * tree is never written.
 *
 * A bug is first run against its own test subset (`tests` in the table, faster); when the subset
 * does not fail, the whole quick set (QUICK below, the same selection as `npm run test:quick`) is
 * run before the bug is called a survivor, so a survivor is a survivor of the quick set.
 *
 * The timing tests are left out (UNTIMED): under load they fail for any bug.
 *
 * Options: `--check-clean` first runs the quick set on the unchanged copy (a kill means
 * something only when that passes); `--only id,id` runs some bugs; `--full` skips the subsets; `--workers n` (1 or 2, default 2);
 * `--json file` writes the results (default reports/proof/proof.json).
 * Exit code 1 when any bug survives or a bug's edit no longer applies.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { QUICK, ROOT, firstFailure, scratchCopy, vitest } from './scratch.mjs';

function parseArgs(argv) {
  const o = { only: undefined, full: false, checkClean: false, workers: 2, json: join(ROOT, 'reports/proof/proof.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--only') o.only = new Set(argv[++i].split(','));
    else if (a === '--full') o.full = true;
    else if (a === '--check-clean') o.checkClean = true;
    else if (a === '--workers') o.workers = Math.min(2, Math.max(1, Number(argv[++i])));
    else if (a === '--json') o.json = resolve(argv[++i]);
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

async function runBug(dir, bug, full) {
  const path = join(dir, bug.file);
  const clean = readFileSync(path, 'utf8');
  const hits = clean.split(bug.find).length - 1;
  if (hits !== 1) return { id: bug.id, status: 'not-applied', detail: `the edit's text occurs ${hits} times in ${bug.file}` };
  writeFileSync(path, clean.replace(bug.find, bug.replace));
  const started = Date.now();
  try {
    if (!full && bug.tests?.length) {
      const sub = await vitest(dir, [...bug.tests]);
      if (sub.code !== 0) return { id: bug.id, status: 'killed', by: 'subset', test: firstFailure(sub.out), seconds: (Date.now() - started) / 1000 };
    }
    const all = await vitest(dir, QUICK);
    return all.code !== 0
      ? { id: bug.id, status: 'killed', by: 'quick set', test: firstFailure(all.out), seconds: (Date.now() - started) / 1000 }
      : { id: bug.id, status: 'survived', seconds: (Date.now() - started) / 1000 };
  } finally {
    writeFileSync(path, clean);
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const table = JSON.parse(readFileSync(join(ROOT, 'proof/bugs.json'), 'utf8'));
  const bugs = table.bugs.filter((b) => !o.only || o.only.has(b.id));
  const queue = [...bugs];
  const results = [];
  const dirs = [];
  const worker = async () => {
    const dir = scratchCopy('proof');
    dirs.push(dir);
    if (o.checkClean && dirs.length === 1) {
      const clean = await vitest(dir, QUICK);
      console.log(clean.code === 0 ? 'clean copy: the quick set passes' : `clean copy FAILS (${firstFailure(clean.out)}): kills below are not evidence`);
      if (clean.code !== 0) process.exitCode = 2;
    }
    for (let bug = queue.shift(); bug; bug = queue.shift()) {
      const r = await runBug(dir, bug, o.full);
      results.push({ ...r, family: bug.family, description: bug.description });
      console.log(`${r.status.padEnd(11)} ${bug.id}${r.test ? `  (${r.by}: ${r.test})` : r.detail ? `  (${r.detail})` : ''}`);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(o.workers, bugs.length) }, worker));
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
  const killed = results.filter((r) => r.status === 'killed').length;
  const order = new Map(bugs.map((b, i) => [b.id, i]));
  results.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  mkdirSync(dirname(o.json), { recursive: true });
  writeFileSync(o.json, `${JSON.stringify({ date: new Date().toISOString(), killed, total: results.length, results }, null, 2)}\n`);
  console.log(`\n${killed} of ${results.length} realistic bugs killed (${((100 * killed) / Math.max(results.length, 1)).toFixed(1)}%).`);
  for (const r of results.filter((x) => x.status !== 'killed')) console.log(`  ${r.status}: ${r.id} - ${r.description}`);
  process.exitCode = killed === results.length ? 0 : 1;
}

await main();
