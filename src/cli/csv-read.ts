/**
 * A CSV reader (RFC 4180): fields separated by commas, records by CRLF or LF; a field in double
 * quotes may hold commas, line breaks and doubled quotes (`""` is one `"`); a UTF-8 byte-order mark
 * at the start is dropped. What the RFC does not allow is refused with its line number, never
 * repaired: a quote inside an unquoted field, text after a closing quote, a quote left open, and a
 * record whose field count differs from the header's.
 */
import { type CliIssue, cliIssue } from './issues.js';

/** One record: its fields, and the line it starts on (1 is the header). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** The records of a CSV text, or the problems that stop it being read. */
export type CsvRead =
  | { readonly ok: true; readonly header: readonly string[]; readonly records: readonly CsvRecord[] }
  | { readonly ok: false; readonly issues: readonly CliIssue[] };

interface Cursor {
  readonly text: string;
  i: number;
  line: number;
}

/** A quoted field, from its opening quote to its closing one; `undefined` when the quote never closes. */
function quotedField(c: Cursor): string | undefined {
  let value = '';
  c.i += 1;
  while (c.i < c.text.length) {
    const ch = c.text[c.i] as string;
    if (ch === '"') {
      if (c.text[c.i + 1] === '"') {
        value += '"';
        c.i += 2;
        continue;
      }
      c.i += 1;
      return value;
    }
    if (ch === '\n') c.line += 1;
    value += ch;
    c.i += 1;
  }
  return undefined;
}

/** Where an unquoted field ends: at a comma, CR, LF or the end of the text. */
function unquotedEnd(text: string, from: number): number {
  let j = from;
  while (j < text.length && text[j] !== ',' && text[j] !== '\r' && text[j] !== '\n') j += 1;
  return j;
}

/** Reads one record from the cursor (which then stands after its line break). */
function readRecord(c: Cursor, issues: CliIssue[]): string[] {
  const fields: string[] = [];
  for (;;) {
    const startLine = c.line;
    if (c.text[c.i] === '"') {
      const v = quotedField(c);
      if (v === undefined) {
        issues.push(cliIssue('csv_unclosed_quote', ['line', startLine], `Line ${startLine}: a quoted field is never closed; close it with a double quote.`));
        c.i = c.text.length;
        return fields;
      }
      fields.push(v);
      const next = c.text[c.i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        issues.push(cliIssue('csv_text_after_quote', ['line', c.line], `Line ${c.line}: text follows a closing quote; put the whole field in quotes.`));
        c.i = unquotedEnd(c.text, c.i);
      }
    } else {
      const end = unquotedEnd(c.text, c.i);
      const v = c.text.slice(c.i, end);
      if (v.includes('"'))
        issues.push(
          cliIssue(
            'csv_stray_quote',
            ['line', c.line],
            `Line ${c.line}: a double quote inside an unquoted field; quote the field and double the quote ("").`,
            JSON.stringify(v),
          ),
        );
      fields.push(v);
      c.i = end;
    }
    if (c.text[c.i] === ',') {
      c.i += 1;
      continue;
    }
    if (c.text[c.i] === '\r') c.i += 1;
    if (c.text[c.i] === '\n') c.i += 1;
    c.line += 1;
    return fields;
  }
}

/**
 * Reads a CSV text with a header row.
 *
 * @param text - The file's text (a leading byte-order mark is dropped).
 * @returns The header and the records (blank lines skipped), or the problems found, each with its line.
 */
export function readCsv(text: string): CsvRead {
  const c: Cursor = { text: text.startsWith('\uFEFF') ? text.slice(1) : text, i: 0, line: 1 };
  const issues: CliIssue[] = [];
  const rows: CsvRecord[] = [];
  while (c.i < c.text.length) {
    const line = c.line;
    // A blank line (nothing before its line break) is no record.
    if (c.text[c.i] === '\n' || (c.text[c.i] === '\r' && c.text[c.i + 1] === '\n')) {
      c.i += c.text[c.i] === '\r' ? 2 : 1;
      c.line += 1;
      continue;
    }
    rows.push({ line, fields: readRecord(c, issues) });
  }
  const [head, ...records] = rows;
  if (head === undefined) return { ok: false, issues: [cliIssue('csv_empty', [], 'The CSV file has no header row: the first line names the columns.')] };
  // A record cut short by a quote left open is reported as that, not again as a short record.
  for (const r of issues.length > 0 ? [] : records) {
    if (r.fields.length !== head.fields.length) {
      issues.push(
        cliIssue(
          'csv_field_count',
          ['line', r.line],
          `Line ${r.line} has ${r.fields.length} fields; the header has ${head.fields.length}. A value with a comma must be in double quotes.`,
        ),
      );
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, header: head.fields, records };
}
