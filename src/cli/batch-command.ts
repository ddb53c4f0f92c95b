/**
 * `infusion-dose batch FILE.csv --out DIR`: one plan per CSV row (columns in src/cli/batch-columns.ts),
 * one worksheet per row written to DIR/<id>.txt, and a summary of every row in DIR/summary.csv
 * (also printed, or as JSON with `--json`). A refused row gets a file too, saying it was refused and
 * why, so a worksheet left from an earlier run is never mistaken for this run's.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Catalogue, type PlanRequest, formatQuantity, planInfusion } from 'infusion-dose';
import { type Column, readHeader, requestFromRecord } from './batch-columns.js';
import { loadCatalogue } from './catalogue-file.js';
import { csvLine } from './csv.js';
import { type CsvRecord, readCsv } from './csv-read.js';
import { amountInBag, pumpHeadline } from './headline.js';
import { withHints } from './hints.js';
import { type CliIssue, EXIT, InputError, cliIssue, renderIssues } from './issues.js';
import { type Io, toJson } from './io.js';
import { readTextInput } from './read-input.js';
import { renderWorksheet } from './worksheet.js';

/** Flags of `batch`. */
export interface BatchFlags {
  readonly out?: string;
  readonly catalogue?: string;
  readonly json?: boolean;
}

/** The most rows one batch plans. */
export const MAX_BATCH_ROWS = 10_000;

/** A row id names a file: letters, digits, `.`, `_` and `-`, not starting with a dot. */
const SAFE_ID = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/;

const SUMMARY_COLUMNS = ['id', 'line', 'ok', 'status', 'protocol', 'weight', 'pump_program', 'amount_in_bag', 'findings', 'file'] as const;
type SummaryRow = Readonly<Record<(typeof SUMMARY_COLUMNS)[number], string>>;

function q(x: { readonly value: string; readonly unit: string }): string {
  const r = formatQuantity(x);
  return r.ok ? r.text : `${x.value} ${x.unit}`;
}

/** The text written for a refused row: what was refused and each issue, with no numbers to act on. */
function refusedText(id: string, line: number, issues: readonly CliIssue[]): string {
  return `NO WORKSHEET: row ${id} (line ${line}) was refused; nothing is to be compounded from it.\n\n${renderIssues(`batch row ${id}`, issues, false)}`;
}

/** Plans one record and writes its file; returns its summary row. */
async function planRecord(record: CsvRecord, columns: readonly Column[], catalogue: Catalogue, out: string, seen: Set<string>, io: Io): Promise<SummaryRow> {
  const id = (record.fields[columns.findIndex((c) => c.kind === 'id')] ?? '').trim();
  const base = { id, line: String(record.line), protocol: '', weight: '', pump_program: '', amount_in_bag: '' };
  if (!SAFE_ID.test(id) || seen.has(id.toLowerCase())) {
    // No file can be named for this row: it is refused in the summary, and the reason goes to stderr.
    const duplicate = SAFE_ID.test(id);
    io.err(
      `infusion-dose batch: line ${record.line}: ${duplicate ? `the id "${id}" is used by an earlier row (ids name files, compared without case)` : `the id ${JSON.stringify(id)} must be 1-100 letters, digits, ".", "_" or "-", not starting with "."`}; no worksheet written.\n`,
    );
    return { ...base, ok: 'false', status: 'refused', findings: duplicate ? 'duplicate_row_id' : 'invalid_row_id', file: '' };
  }
  seen.add(id.toLowerCase());
  const { request, issues } = requestFromRecord(columns, record.fields);
  const file = `${id}.txt`;
  // A CSV row is read by the library's door at run time, which refuses what is not a plan request.
  const result = issues.length > 0 ? undefined : planInfusion(request as unknown as PlanRequest, catalogue);
  if (result === undefined || !result.ok) {
    const refused: readonly CliIssue[] = result === undefined ? issues : withHints(result.issues, { catalogue, schema: 'plan-input' });
    await writeFile(join(out, file), refusedText(id, record.line, refused));
    return { ...base, ok: 'false', status: 'refused', findings: [...new Set(refused.map((i) => i.code))].join(';'), file };
  }
  const { plan, warnings } = result;
  await writeFile(join(out, file), renderWorksheet(plan, warnings));
  return {
    ...base,
    ok: 'true',
    status: plan.status,
    protocol: plan.protocol.id,
    weight: q(plan.patient.weight),
    pump_program: pumpHeadline(plan.pump),
    amount_in_bag: plan.agents.map((a) => `${a.agent} ${((x) => (x === undefined ? '?' : q(x)))(amountInBag(plan, a))}`).join('; '),
    findings: [...new Set(warnings.filter((w) => w.severity !== 'info').map((w) => w.code))].join(';'),
    file,
  };
}

/** The header and records of the CSV, or an InputError with every problem found. */
async function readBatch(file: string, io: Io): Promise<{ readonly columns: readonly Column[]; readonly records: readonly CsvRecord[] }> {
  const csv = readCsv(await readTextInput(file, 'CSV', io.stdin));
  if (!csv.ok) throw new InputError(csv.issues);
  const header = readHeader(csv.header);
  if ('issues' in header) throw new InputError(header.issues);
  if (csv.records.length === 0) throw new InputError([cliIssue('csv_no_rows', [], `${file} has a header but no rows: one row per patient.`)]);
  if (csv.records.length > MAX_BATCH_ROWS) {
    throw new InputError([cliIssue('too_many', [], `${file} has ${csv.records.length} rows; the most one batch plans is ${MAX_BATCH_ROWS}. Split the file.`)]);
  }
  return { columns: header.columns, records: csv.records };
}

/**
 * Runs `batch`.
 *
 * @returns 0 when every row is a ready plan, 1 when any row needs acknowledgement or is refused, 2 for a bad file or flags.
 */
export async function runBatch(file: string, flags: BatchFlags, io: Io): Promise<number> {
  if (flags.out === undefined)
    throw new InputError([cliIssue('missing_option', ['out'], 'batch needs --out DIR: the folder the worksheets and summary.csv are written to.')]);
  const catalogue = await loadCatalogue(flags.catalogue);
  const { columns, records } = await readBatch(file, io);
  await mkdir(flags.out, { recursive: true });
  const seen = new Set<string>();
  const rows: SummaryRow[] = [];
  for (const record of records) rows.push(await planRecord(record, columns, catalogue, flags.out, seen, io));
  const summary = [csvLine(SUMMARY_COLUMNS), ...rows.map((r) => csvLine(SUMMARY_COLUMNS.map((c) => r[c])))].join('');
  await writeFile(join(flags.out, 'summary.csv'), summary);
  io.out(flags.json === true ? toJson({ ok: true, out: flags.out, rows: rows.map((r) => ({ ...r, ok: r.ok === 'true' })) }) : summary);
  return rows.every((r) => r.status === 'ready') ? EXIT.ok : EXIT.attention;
}
