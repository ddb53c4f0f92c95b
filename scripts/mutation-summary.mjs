#!/usr/bin/env node
/**
 * The mutation score per source folder (`npm run mutation:summary`), from Stryker's committed
 * incremental file (proof/stryker-incremental.json, written by `npm run mutation`), so the README's
 * table can be printed again from the repository without running Stryker.
 *
 * Score = killed (and timed out) / (killed + timed out + survived + no coverage), as Stryker counts
 * it; ignored static mutants (stryker.config.mjs `ignoreStatic`) and compile errors are shown but not
 * in the score. Options: `--file path` (another report in the mutation-testing-report schema, such as
 * reports/mutation/mutation.json), `--markdown` (a README table), `--survivors folder` (list them).
 *
 * Reviewed survivors: proof/stryker-reviewed.json explains surviving and uncovered mutants one by one,
 * keyed by file, start and end (line:column, as Stryker reports them), mutator and replacement, each with a verdict
 * (`equivalent`: no observable result can change; `unimportant`: a change no user could rely on,
 * with why; `static`: module-level code Stryker's run never had in force, killed when applied by
 * hand by the test file named, which `node scripts/stryker-by-hand.mjs --check` runs again). The
 * table shows how many survivors are explained and, beside the raw score, the score with the
 * explained mutants set aside (left out of the count). A review whose mutant no longer survives is
 * listed as stale.
 *
 * A `killed-by-hand` review (written by `node scripts/stryker-by-hand.mjs --record`) is a survivor a
 * hand-worked test kills when the mutant is applied by hand, before Stryker's next run of the file
 * credits it: counted in its own column ("by hand") and as killed in the last score (hand kills
 * counted, explained set aside), never in the raw score. Once Stryker kills it, its review is listed as
 * credited (to be removed).
 *
 * Static mutants (ignored by Stryker) judged by hand: proof/static-mutants.json, written by
 * `node scripts/static-mutants.mjs --record`, holds each static mutant applied by hand with the tests
 * it was judged by (`killed` or `survived`, and a survivor's review). A second table counts them per
 * folder, with the share killed (explained survivors set aside); it never enters Stryker's score.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { keyOf } from './scratch.mjs';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const file = opt('--file') ?? 'proof/stryker-incremental.json';
const report = JSON.parse(readFileSync(file, 'utf8'));

const KINDS = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored', 'CompileError', 'RuntimeError'];
const folderOf = (path) => {
  const parts = path.replaceAll('\\', '/').split('/');
  const at = parts.indexOf('src');
  return at === -1 || at + 2 >= parts.length ? parts.slice(at === -1 ? 0 : at).join('/') : `src/${parts[at + 1]}`;
};

const REVIEWED = 'proof/stryker-reviewed.json';
const reviews = existsSync(REVIEWED) ? JSON.parse(readFileSync(REVIEWED, 'utf8')).mutants : {};

/** Static mutants judged by hand (scripts/static-mutants.mjs), matched to the ignored mutants of Stryker's report. */
const STATIC = 'proof/static-mutants.json';
const statics = existsSync(STATIC) ? JSON.parse(readFileSync(STATIC, 'utf8')).mutants : {};
const staticRows = new Map();
const staticSurvivors = [];
const staticMatched = new Set();
/** Counts an ignored (static) mutant in its folder's row of the second table, with its result by hand if it has one. */
function countStatic(folder, path, m) {
  const row = staticRows.get(folder) ?? { Static: 0, Judged: 0, Killed: 0, Survived: 0, Explained: 0 };
  staticRows.set(folder, row);
  row.Static += 1;
  const key = keyOf(path, m);
  const r = statics[key];
  if (!r) return;
  staticMatched.add(key);
  row.Judged += 1;
  if (r.status === 'killed') {
    row.Killed += 1;
    return;
  }
  row.Survived += 1;
  if (r.verdict) row.Explained += 1;
  staticSurvivors.push({ folder, path, m, review: r.verdict ? r : undefined });
}

const byFolder = new Map();
const survivors = [];
const matched = new Set();
for (const [path, entry] of Object.entries(report.files)) {
  const folder = folderOf(path);
  const row = byFolder.get(folder) ?? Object.fromEntries([...KINDS, 'Explained', 'ByHand'].map((k) => [k, 0]));
  for (const m of entry.mutants) {
    row[m.status] = (row[m.status] ?? 0) + 1;
    if (m.status === 'Ignored') countStatic(folder, path, m);
    if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
    const key = keyOf(path, m);
    const review = reviews[key];
    if (review) {
      row[review.verdict === 'killed-by-hand' ? 'ByHand' : 'Explained'] += 1;
      matched.add(key);
    }
    survivors.push({ folder, path, m, review });
  }
  byFolder.set(folder, row);
}
const staticStale = Object.keys(statics).filter((k) => !staticMatched.has(k));
const staticTotal = Object.fromEntries(
  ['Static', 'Judged', 'Killed', 'Survived', 'Explained'].map((k) => [k, [...staticRows.values()].reduce((n, r) => n + r[k], 0)]),
);
const staticScore = (r) => percent(r.Killed, r.Judged - r.Explained);

const unmatched = Object.keys(reviews).filter((k) => !matched.has(k));
/** Hand kills Stryker has since credited (their mutant is killed in its run), and other reviews that match no survivor. */
const credited = unmatched.filter((k) => reviews[k].verdict === 'killed-by-hand');
const stale = unmatched.filter((k) => reviews[k].verdict !== 'killed-by-hand');

const percent = (n, d) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(2)}%`);
const score = (r) => percent(r.Killed + r.Timeout, r.Killed + r.Timeout + r.Survived + r.NoCoverage);
/** The score with the explained survivors left out of the count. */
const reviewedScore = (r) => percent(r.Killed + r.Timeout, r.Killed + r.Timeout + r.Survived + r.NoCoverage - r.Explained);
/** Hand kills counted as killed, explained survivors set aside. */
const handScore = (r) => percent(r.Killed + r.Timeout + r.ByHand, r.Killed + r.Timeout + r.Survived + r.NoCoverage - r.Explained);
const total = Object.fromEntries([...KINDS, 'Explained', 'ByHand'].map((k) => [k, [...byFolder.values()].reduce((s, r) => s + (r[k] ?? 0), 0)]));
const rows = [...byFolder.entries()].sort(([a], [b]) => a.localeCompare(b));

const show = opt('--survivors');
if (show) {
  for (const s of [...survivors, ...staticSurvivors.map((x) => ({ ...x, m: { ...x.m, status: 'Static survived' } }))].filter(
    (x) => x.folder === show || x.path.includes(show),
  )) {
    const at = s.m.location.start;
    const verdict = s.review ? `[${s.review.verdict}: ${s.review.reason}]` : '[not reviewed]';
    console.log(
      `${s.path}:${at.line}:${at.column}-${s.m.location.end.line}:${s.m.location.end.column} ${s.m.status} ${s.m.mutatorName}: ${String(s.m.replacement ?? '')
        .split('\n')[0]
        .slice(0, 100)}\n    ${verdict}`,
    );
  }
} else if (args.includes('--markdown')) {
  console.log(
    '| Folder | Killed | Timed out | Survived | No coverage | Ignored (static) | Explained | Killed by hand | Score (raw) | Score, explained set aside | Score, hand kills counted |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [f, r] of [...rows, ['**all**', total]]) {
    console.log(
      `| ${f} | ${r.Killed} | ${r.Timeout} | ${r.Survived} | ${r.NoCoverage} | ${r.Ignored} | ${r.Explained} | ${r.ByHand} | ${score(r)} | ${reviewedScore(r)} | ${handScore(r)} |`,
    );
  }
} else {
  const w = Math.max(...rows.map(([f]) => f.length), 5);
  console.log(`${'folder'.padEnd(w)}  killed timeout survived nocover ignored explained by-hand  score (raw)  explained set aside  hand kills counted`);
  for (const [f, r] of [...rows, ['all', total]]) {
    const n = (k) => String(r[k]).padStart(k === 'Killed' ? 6 : 7);
    console.log(
      `${f.padEnd(w)}  ${n('Killed')} ${n('Timeout')} ${String(r.Survived).padStart(8)} ${n('NoCoverage')} ${n('Ignored')} ${String(r.Explained).padStart(9)} ${n('ByHand')}  ${score(r).padStart(11)}  ${reviewedScore(r).padStart(19)}  ${handScore(r).padStart(18)}`,
    );
  }
}
/** A glob of stryker.config.mjs's `mutate` as a regular expression (a double star and a slash: any folders; a star: any name part). */
const globRe = (g) => {
  const escaped = g.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
  const parts = escaped.split('**/').map((p) => p.replaceAll('*', '[^/]*'));
  return new RegExp('^' + parts.join('(?:.*/)?') + '$');
};
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
if (!show && !file.includes('reports/')) {
  const { default: config } = await import(new URL('../stryker.config.mjs', import.meta.url).href);
  const take = config.mutate.filter((g) => !g.startsWith('!')).map(globRe);
  const leave = config.mutate.filter((g) => g.startsWith('!')).map((g) => globRe(g.slice(1)));
  const scope = walk('src')
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => take.some((r) => r.test(f)) && !leave.some((r) => r.test(f)));
  const notRun = scope.filter((f) => !(f in report.files));
  const byDir = new Map();
  for (const f of notRun) byDir.set(folderOf(f), (byDir.get(folderOf(f)) ?? 0) + 1);
  console.log(
    `\nScope (stryker.config.mjs mutate): ${scope.length} files; in Stryker's report: ${scope.length - notRun.length}; not yet (not run, or no mutant to make: a file of types or of module-level data only): ${notRun.length} (${[
      ...byDir.entries(),
    ]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([d, n]) => `${d} ${n}`)
      .join(', ')}).`,
  );
}
if (!show && staticTotal.Judged > 0) {
  const judged = [...staticRows.entries()].filter(([, r]) => r.Judged > 0).sort(([a], [b]) => a.localeCompare(b));
  if (args.includes('--markdown')) {
    console.log('\n| Folder | Static (ignored by Stryker) | Judged by hand | Killed | Survived | Survivors explained | Killed, explained set aside |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const [f, r] of [...judged, ['**all judged**', staticTotal]])
      console.log(`| ${f} | ${r.Static} | ${r.Judged} | ${r.Killed} | ${r.Survived} | ${r.Explained} | ${staticScore(r)} |`);
  } else {
    console.log(`\nStatic mutants applied by hand (${STATIC}; not in the scores above):`);
    const w = Math.max(...judged.map(([f]) => f.length), 5);
    console.log(`${'folder'.padEnd(w)}  static judged killed survived explained  killed (explained set aside)`);
    for (const [f, r] of [...judged, ['all', staticTotal]])
      console.log(
        `${f.padEnd(w)}  ${String(r.Static).padStart(6)} ${String(r.Judged).padStart(6)} ${String(r.Killed).padStart(6)} ${String(r.Survived).padStart(8)} ${String(r.Explained).padStart(9)}  ${staticScore(r).padStart(28)}`,
      );
  }
}
if (!show && staticStale.length > 0) {
  console.log(`\n${staticStale.length} results in ${STATIC} match no static mutant of Stryker's latest run (the code moved; judge them again):`);
  for (const k of staticStale) console.log(`  ${k}`);
}
if (!show && credited.length > 0) {
  console.log(
    `\n${credited.length} hand kills in ${REVIEWED} match no survivor of Stryker's latest run (credited by it, or the code moved; the entries can be removed):`,
  );
  for (const k of credited) console.log(`  ${k}`);
}
if (!show && stale.length > 0) {
  console.log(`\n${stale.length} reviews in ${REVIEWED} match no surviving mutant (killed since, or the code moved):`);
  for (const k of stale) console.log(`  ${k}`);
}
