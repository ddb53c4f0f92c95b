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
 */
import { readFileSync } from 'node:fs';

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

const byFolder = new Map();
const survivors = [];
for (const [path, entry] of Object.entries(report.files)) {
  const folder = folderOf(path);
  const row = byFolder.get(folder) ?? Object.fromEntries(KINDS.map((k) => [k, 0]));
  for (const m of entry.mutants) {
    row[m.status] = (row[m.status] ?? 0) + 1;
    if (m.status === 'Survived' || m.status === 'NoCoverage') survivors.push({ folder, path, m });
  }
  byFolder.set(folder, row);
}

const score = (r) => {
  const detected = r.Killed + r.Timeout;
  const valid = detected + r.Survived + r.NoCoverage;
  return valid === 0 ? '-' : `${((100 * detected) / valid).toFixed(2)}%`;
};
const total = Object.fromEntries(KINDS.map((k) => [k, [...byFolder.values()].reduce((s, r) => s + (r[k] ?? 0), 0)]));
const rows = [...byFolder.entries()].sort(([a], [b]) => a.localeCompare(b));

const show = opt('--survivors');
if (show) {
  for (const s of survivors.filter((x) => x.folder === show || x.path.includes(show))) {
    const at = s.m.location.start;
    console.log(
      `${s.path}:${at.line}:${at.column} ${s.m.status} ${s.m.mutatorName}: ${String(s.m.replacement ?? '')
        .split('\n')[0]
        .slice(0, 100)}`,
    );
  }
} else if (args.includes('--markdown')) {
  console.log('| Folder | Killed | Timed out | Survived | No coverage | Ignored (static) | Score |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [f, r] of [...rows, ['**all**', total]]) {
    console.log(`| ${f} | ${r.Killed} | ${r.Timeout} | ${r.Survived} | ${r.NoCoverage} | ${r.Ignored} | ${score(r)} |`);
  }
} else {
  const w = Math.max(...rows.map(([f]) => f.length), 5);
  console.log(`${'folder'.padEnd(w)}  killed timeout survived nocover ignored  score`);
  for (const [f, r] of [...rows, ['all', total]]) {
    const n = (k) => String(r[k]).padStart(k === 'Killed' ? 6 : 7);
    console.log(`${f.padEnd(w)}  ${n('Killed')} ${n('Timeout')} ${String(r.Survived).padStart(8)} ${n('NoCoverage')} ${n('Ignored')}  ${score(r).padStart(6)}`);
  }
}
