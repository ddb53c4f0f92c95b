/**
 * The columns `infusion-dose batch` reads, and one CSV record made into a plan request. A quantity
 * column carries its unit in its name (`weight_kg`, `rate_mg_per_kg_h`, `bag_mL`: after the field, `_per_` and `_` are `/`),
 * so a cell holds the number alone, kept as the exact text for the library's door to check.
 */
import { PATIENT_RISKS } from 'infusion-dose';
import { readAckFlag, readRiskFlags, readWholeNumberFlag } from './flags.js';
import { type CliIssue, cliIssue } from './issues.js';
import { didYouMean } from './suggest.js';

/** Quantity columns: the column's name before its unit, and where the quantity goes in the request. */
const QUANTITY_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  weight: ['patient', 'weight'],
  height: ['patient', 'height'],
  creatinine: ['patient', 'creatinine'],
  rate: ['dose', 'rate'],
  total: ['dose', 'total'],
  duration: ['dose', 'duration'],
  loading: ['dose', 'loading'],
  bag: ['preparation', 'containerVolume'],
  overfill: ['preparation', 'overfill'],
  pump_increment: ['pump', 'increment'],
  pump_min: ['pump', 'minRate'],
  pump_max: ['pump', 'maxRate'],
};

/** Text columns, and where each goes. */
const TEXT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  protocol: ['protocol'],
  sex: ['patient', 'sex'],
  age_years: ['patient', 'ageYears'],
  product: ['preparation', 'product'],
  diluent: ['preparation', 'diluent'],
  additive_volume: ['preparation', 'additiveVolume'],
  care_area: ['careArea'],
  date: ['date'],
  fasting_hours: ['readiness', 'fastingHours'],
};

/** Columns read by code of their own: the row id, the session, risks and acknowledgements (`;`-separated). */
const OTHER_COLUMNS = ['id', 'session', 'risks', 'acks', 'escort', 'ecg_on_file'] as const;

/** Every column name a header may use, for "did you mean" (quantity columns shown with a typical unit). */
export const KNOWN_COLUMNS: readonly string[] = [
  ...OTHER_COLUMNS,
  ...Object.keys(TEXT_COLUMNS),
  'weight_kg',
  'weight_lb',
  'height_cm',
  'height_in',
  'creatinine_mg_per_dL',
  'creatinine_umol_per_L',
  'rate_mg_per_kg_h',
  'rate_mcg_per_kg_h',
  'rate_mg_per_h',
  'total_mg_per_kg',
  'total_mg',
  'duration_min',
  'duration_h',
  'loading_mg_per_kg',
  'bag_mL',
  'overfill_mL',
  'pump_increment_mL_per_h',
  'pump_min_mL_per_h',
  'pump_max_mL_per_h',
];

/** A header cell read: where its values go, and the unit of a quantity column. */
export type Column =
  | { readonly kind: 'quantity'; readonly path: readonly string[]; readonly unit: string }
  | { readonly kind: 'text'; readonly path: readonly string[] }
  | { readonly kind: (typeof OTHER_COLUMNS)[number] };

/** A quantity column's name split into its field and unit (`rate_mg_per_kg_h` and `rate_mg_per_kg_per_h` -> rate, mg/kg/h). */
function quantityColumn(name: string): Column | undefined {
  for (const field of Object.keys(QUANTITY_COLUMNS).sort((a, b) => b.length - a.length)) {
    if (name.startsWith(`${field}_`) && name.length > field.length + 1) {
      return {
        kind: 'quantity',
        path: QUANTITY_COLUMNS[field] as readonly string[],
        unit: name
          .slice(field.length + 1)
          .replace(/_per_/g, '/')
          .replace(/_/g, '/'),
      };
    }
  }
  return undefined;
}

/**
 * Reads the header: every column must be known, and none may repeat.
 *
 * @returns The columns in order, or the issues (an unknown column gets the closest known names).
 */
export function readHeader(header: readonly string[]): { readonly columns: readonly Column[] } | { readonly issues: readonly CliIssue[] } {
  const issues: CliIssue[] = [];
  const columns: Column[] = [];
  for (const [i, raw] of header.entries()) {
    const name = raw.trim();
    if (header.findIndex((h) => h.trim() === name) !== i)
      issues.push(cliIssue('csv_duplicate_column', ['header', i], `The column "${name}" appears more than once; give each column once.`));
    const other = (OTHER_COLUMNS as readonly string[]).includes(name) ? ({ kind: name } as Column) : undefined;
    const text = TEXT_COLUMNS[name] !== undefined ? ({ kind: 'text', path: TEXT_COLUMNS[name] } as Column) : undefined;
    const column = other ?? text ?? quantityColumn(name);
    if (column === undefined) {
      issues.push(
        cliIssue(
          'csv_unknown_column',
          ['header', i],
          `"${name}" is not a column batch reads.${didYouMean(name, KNOWN_COLUMNS)} See \`infusion-dose batch --help\`.`,
          JSON.stringify(name),
        ),
      );
    } else columns.push(column);
  }
  if (!header.some((h) => h.trim() === 'id'))
    issues.push(cliIssue('csv_missing_column', ['header'], 'The CSV needs an "id" column: each row\'s worksheet is written to <id>.txt.'));
  return issues.length > 0 ? { issues } : { columns };
}

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    node = typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : (node[key] = {});
  }
  node[path[path.length - 1] as string] = value;
}

/** A yes/no cell: `yes`/`true` or `no`/`false`/empty. */
function readFlagCell(cell: string, column: string, issues: CliIssue[]): boolean {
  if (/^(yes|true)$/i.test(cell)) return true;
  if (/^(no|false)?$/i.test(cell)) return false;
  issues.push(cliIssue('csv_invalid_cell', [column], `The ${column} column takes yes or no.`, JSON.stringify(cell)));
  return false;
}

/** Reads one cell of a column with code of its own into the request. */
function readOther(kind: (typeof OTHER_COLUMNS)[number], cell: string, request: Record<string, unknown>, issues: CliIssue[]): void {
  if (kind === 'session') {
    const n = readWholeNumberFlag('The session column', cell, 'invalid_session', ['session'], issues);
    if (n !== undefined) request['session'] = n;
  } else if (kind === 'risks')
    setAt(
      request,
      ['patient', 'risks'],
      readRiskFlags(
        cell.split(';').map((r) => r.trim()),
        issues,
      ),
    );
  else if (kind === 'acks') request['acknowledgements'] = cell.split(';').flatMap((a, i) => readAckFlag(a.trim(), i, issues) ?? []);
  else if (kind === 'escort' && readFlagCell(cell, 'escort', issues)) setAt(request, ['readiness', 'escort'], true);
  else if (kind === 'ecg_on_file' && readFlagCell(cell, 'ecg_on_file', issues)) setAt(request, ['readiness', 'ecgOnFile'], true);
}

/**
 * The plan request of one record: an empty cell leaves its field out (the library then says what
 * is required); nothing is defaulted.
 *
 * @returns The request, and the issues of cells the command line itself reads (session, risks, acknowledgements).
 */
export function requestFromRecord(
  columns: readonly Column[],
  fields: readonly string[],
): { readonly request: Record<string, unknown>; readonly issues: readonly CliIssue[] } {
  const request: Record<string, unknown> = { patient: {} };
  const issues: CliIssue[] = [];
  for (const [i, column] of columns.entries()) {
    const cell = fields[i] ?? '';
    if (cell === '') continue;
    if (column.kind === 'quantity') setAt(request, column.path, { value: cell, unit: column.unit });
    else if (column.kind === 'text') setAt(request, column.path, cell);
    else if (column.kind !== 'id') readOther(column.kind, cell, request, issues);
  }
  return { request, issues };
}

/** The patient risks, for the help text. */
export const RISKS_HELP = PATIENT_RISKS.join(', ');
