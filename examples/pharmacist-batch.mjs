// @ts-check
// For pharmacists: a CSV of patients in, one compounding worksheet per patient out.
// Run: npm run build && node examples/pharmacist-batch.mjs examples/data/patients.csv [out-dir]
//
// The work is the package's own `infusion-dose batch` command: it reads the CSV with an RFC 4180
// reader (quoted fields such as "64,5" stay one field, CRLF line ends and a byte-order mark are
// read), plans each row, writes <id>.txt (the worksheet, or why the row was refused) and
// summary.csv. This script runs it and prints each worksheet with its summary line.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = process.argv[2] ?? fileURLToPath(new URL('./data/patients.csv', import.meta.url));
const out = process.argv[3] ?? mkdtempSync(join(tmpdir(), 'worksheets-'));
// The command line of the installed package, found by the package's name.
const cli = join(dirname(fileURLToPath(import.meta.resolve('infusion-dose/package.json'))), 'dist', 'cli.js');

let exit = 0;
let summary = '';
try {
  summary = execFileSync(process.execPath, [cli, 'batch', file, '--out', out, '--json'], { encoding: 'utf8' });
} catch (e) {
  // Exit 1: some row needs acknowledgement or was refused (its file says why); the summary is still printed.
  const failed = /** @type {{ status?: number, stdout?: string, stderr?: string }} */ (e);
  if (failed.status !== 1) {
    process.stderr.write(failed.stderr ?? String(e));
    process.exit(failed.status ?? 2);
  }
  exit = 1;
  summary = failed.stdout ?? '';
}
/** @type {{ rows: { id: string, status: string, file: string, findings: string }[] }} */
const { rows } = JSON.parse(summary);
for (const row of rows) {
  console.log(`==== Worksheet ${row.id} (${row.status}${row.findings ? `: ${row.findings}` : ''}) ====`);
  if (row.file) console.log(readFileSync(join(out, row.file), 'utf8'));
}
console.log(`Worksheets and summary.csv are in ${out}`);
process.exit(exit);
