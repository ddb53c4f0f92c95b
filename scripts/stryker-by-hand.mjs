#!/usr/bin/env node
/**
 * Applies Stryker's surviving mutants by hand, one at a time, on a scratch copy (scratch.mjs; the
 * working tree is never written) and runs the named test files against each (`--bail 1`). It answers
 * two questions Stryker's own run cannot:
 *
 * - Does a new test kill a survivor? `node scripts/stryker-by-hand.mjs --folder src/dates --tests
 *   tests/course/session-time.test.ts` tries every survivor and uncovered mutant of the folder
 *   recorded in proof/stryker-incremental.json (before the next Stryker run credits the test).
 * - Is a mutant of module-level code detected when it is really in the code? Stryker evaluates a
 *   module's top level once, when the module first loads, and switches a mutant on only afterwards;
 *   with `ignoreStatic` and one module graph per run (vitest.mutation.config.ts) a mutant of a table
 *   such as the unit factors can survive without ever having been in force. `--check` applies every
 *   mutant proof/stryker-reviewed.json marks `static` and runs the test file the review names: each
 *   must fail. The exit code is 1 when one does not.
 * - A hand kill on the record: with `--record`, each survivor the named tests kill is written to
 *   proof/stryker-reviewed.json as `killed-by-hand`, with the test files in killedBy, so the summary
 *   counts it as killed until Stryker's next run of the file credits it (then the summary lists the
 *   entry as credited, to be removed). `--check` runs the killed-by-hand entries again too.
 *
 * Options: `--folder f` (a folder or file prefix), `--tests a,b`, `--check`, `--record`, `--only line:column`.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, firstFailure, keyOf, scratchCopy, vitest, withMutant, writeProofJson } from './scratch.mjs';

const INCREMENTAL = join(ROOT, 'proof/stryker-incremental.json');
const REVIEWED = join(ROOT, 'proof/stryker-reviewed.json');

function parseArgs(argv) {
  const o = { folder: undefined, tests: [], check: false, record: false, only: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--folder') o.folder = argv[++i];
    else if (a === '--tests') o.tests = argv[++i].split(',');
    else if (a === '--check') o.check = true;
    else if (a === '--record') o.record = true;
    else if (a === '--only') o.only = argv[++i];
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

function jobs(o) {
  const report = JSON.parse(readFileSync(INCREMENTAL, 'utf8'));
  const reviewed = o.check || o.record ? JSON.parse(readFileSync(REVIEWED, 'utf8')).mutants : {};
  const out = [];
  for (const [file, entry] of Object.entries(report.files)) {
    if (o.folder && !file.startsWith(o.folder)) continue;
    for (const m of entry.mutants) {
      if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
      if (o.only && `${m.location.start.line}:${m.location.start.column}` !== o.only) continue;
      const key = keyOf(file, m);
      const review = reviewed[key];
      const rerun = review?.verdict === 'static' || review?.verdict === 'killed-by-hand';
      if (o.check && !rerun) continue;
      if (o.record && review !== undefined) continue; // already on the record
      out.push({ file, m, key, source: entry.source, tests: o.check ? review.killedBy : o.tests });
    }
  }
  return out;
}

/** Adds the hand kills to proof/stryker-reviewed.json (entries only added, never replaced), formatted as Prettier keeps it. */
function record(entries) {
  const n = Object.keys(entries).length;
  if (n === 0) return;
  const file = JSON.parse(readFileSync(REVIEWED, 'utf8'));
  file.mutants = { ...entries, ...file.mutants };
  writeProofJson(REVIEWED, file);
  console.log(`${n} hand kills recorded in ${REVIEWED}.`);
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const todo = jobs(o);
  console.log(`${todo.length} mutants to apply by hand.`);
  const dir = scratchCopy('by-hand');
  let missed = 0;
  const recorded = {};
  try {
    for (const j of todo) {
      const done = await withMutant(dir, j, () => vitest(dir, j.tests));
      if (done.stale) {
        missed += 1;
        continue;
      }
      const killed = done.value.code !== 0;
      if (!killed) missed += 1;
      const by = killed ? firstFailure(done.value.out) : '';
      console.log(`${killed ? 'killed  ' : 'SURVIVED'}  ${j.key}${killed ? `  (${by})` : ''}`);
      if (killed && o.record) {
        const day = new Date().toISOString().slice(0, 10);
        recorded[j.key] = {
          verdict: 'killed-by-hand',
          reason: `Applied by hand (node scripts/stryker-by-hand.mjs --record, ${day}): failed ${by}. Stryker credits it at its next run of the file.`,
          killedBy: j.tests,
        };
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\n${todo.length - missed} of ${todo.length} killed by hand.`);
  if (o.record) record(recorded);
  process.exitCode = o.check && missed > 0 ? 1 : 0;
}

await main();
