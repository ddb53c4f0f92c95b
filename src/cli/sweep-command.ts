/**
 * `infusion-dose sweep`: the same request planned at every weight from `--from` to `--to` in
 * exact `--step`s (kg), as CSV, one row per weight. Every value is a plain decimal as the library
 * computed it; the unit of each column is in its header.
 *
 * The product and its strength are columns because the vial chosen changes with weight; the amount
 * in the bag is what was drawn into it (volume x strength, added up), beside the ordered dose: they
 * differ when the volume is measured to a syringe's increment or whole vials are used.
 * A pump that runs at more than one rate has no single `pump_rate`: that cell is empty and
 * `pump_program` gives every segment, so no row headlines the last segment's rate alone.
 */
import type { PlanRequest } from '../types/requests.js';
import { type Catalogue, type Issues, type PlanResult, planInfusion } from 'infusion-dose';
import { loadCatalogue } from './catalogue-file.js';
import { amountInBag, isMultiRate, pumpHeadline } from './headline.js';
import { csvLine } from './csv.js';
import { readPlain, rescale, sumPlain, writePlain } from './exact.js';
import { type CliIssue, EXIT, InputError, cliIssue } from './issues.js';
import { type Io, toJson } from './io.js';
import { type PlanFlags, readPlanRequest } from './plan-request.js';
import { createProgress } from './progress.js';
import { refuse } from './refuse.js';

/** Flags of `sweep`. */
export interface SweepFlags extends PlanFlags {
  readonly from?: string;
  readonly to?: string;
  readonly step?: string;
}

/** The most rows one sweep makes (a typo such as --step 0.0001 should not run for an hour). */
export const MAX_SWEEP_ROWS = 100_000;

/** The weights of the sweep, as plain decimal strings in kg. */
export function sweepWeights(flags: SweepFlags): string[] {
  const issues: CliIssue[] = [];
  const read = (flag: string, raw: string | undefined) => {
    if (raw === undefined) {
      issues.push(cliIssue('missing_option', [flag.slice(2)], `sweep needs ${flag} (kg, a plain decimal such as 40 or 40.5).`));
      return undefined;
    }
    const v = readPlain(raw);
    if (v === undefined)
      issues.push(
        cliIssue(
          'not_plain_decimal',
          [flag.slice(2)],
          `${flag} takes a plain decimal in kg, such as 40 or 40.5 (no unit, sign, exponent or underscores).`,
          JSON.stringify(raw),
        ),
      );
    return v;
  };
  const from = read('--from', flags.from);
  const to = read('--to', flags.to);
  const step = read('--step', flags.step);
  if (issues.length > 0 || from === undefined || to === undefined || step === undefined) throw new InputError(issues);
  const scale = Math.max(from.scale, to.scale, step.scale);
  const [a, b, s] = [rescale(from, scale), rescale(to, scale), rescale(step, scale)];
  if (s === 0n) throw new InputError([cliIssue('invalid_step', ['step'], '--step must be greater than 0.', JSON.stringify(flags.step))]);
  if (b < a) throw new InputError([cliIssue('invalid_range', ['to'], `--to (${flags.to}) must not be below --from (${flags.from}).`)]);
  const rows = (b - a) / s + 1n;
  if (rows > BigInt(MAX_SWEEP_ROWS)) {
    throw new InputError([
      cliIssue('sweep_too_long', ['step'], `That sweep has ${rows} rows; the most is ${MAX_SWEEP_ROWS}. Use a larger --step or a narrower range.`),
    ]);
  }
  const out: string[] = [];
  for (let w = a; w <= b; w += s) out.push(writePlain(w, scale));
  return out;
}

/** Column keys; each header gets the unit of its column appended. */
const COLUMNS = [
  'weight',
  'ok',
  'status',
  'dosing_weight',
  'dose_rate',
  'ordered_dose',
  'amount_in_bag',
  'product',
  'strength',
  'containers',
  'container_volume',
  'drawn_volume',
  'final_volume',
  'concentration',
  'pump_rate',
  'pump_program',
  'duration',
  'findings',
] as const;
type Column = (typeof COLUMNS)[number];
type Row = Readonly<Record<Column, string>>;
type Units = Partial<Record<Column, string>>;

function headerName(column: Column, unit: string | undefined): string {
  return unit === undefined ? column : `${column}_${unit.replace(/\//g, '_per_')}`;
}

/** Records the unit of each column as rows fill it in; returns a quantity's plain value for its cell. */
type TakeValue = (column: Column, q: { readonly value: string; readonly unit: string }) => string;

/** The units of the columns, filled in by `take` as the rows are made. */
function createColumnUnits(): { readonly units: Units; readonly take: TakeValue } {
  const units: Units = { weight: 'kg' };
  // The unit of a column is fixed by the first row that has it; a later row in another unit is a bug.
  const take: TakeValue = (column, q) => {
    const known = units[column];
    if (known === undefined) units[column] = q.unit;
    else if (known !== q.unit) throw new Error(`sweep column ${column}: unit ${q.unit} differs from ${known}`);
    return q.value;
  };
  return { units, take };
}

/** The row of a weight the library refused: empty values, the refusal's codes as findings. */
function refusedRow(weight: string, issues: Issues): Row {
  return {
    weight,
    ok: 'false',
    status: 'refused',
    dosing_weight: '',
    dose_rate: '',
    ordered_dose: '',
    amount_in_bag: '',
    product: '',
    strength: '',
    containers: '',
    container_volume: '',
    drawn_volume: '',
    final_volume: '',
    concentration: '',
    pump_rate: '',
    pump_program: '',
    duration: '',
    findings: [...new Set(issues.map((x) => x.code))].join(';'),
  };
}

/**
 * The row of a planned weight: the first agent's dose and its concentration, the volumes drawn
 * added up, and the findings that are more than notes. Cells are taken in column order, after the
 * drawn volumes, so the units are recorded in that order too.
 */
function plannedRow(weight: string, result: Extract<PlanResult, { ok: true }>, take: TakeValue): Row {
  const { plan } = result;
  const agent = plan.agents[0];
  const conc = plan.bag.concentrations.find((c) => c.agent === agent?.agent) ?? plan.bag.concentrations[0];
  const product = productCells(plan.bag, agent?.agent, take);
  const volumes = plan.bag.additives.map((a) => take('drawn_volume', a.volume));
  return {
    weight,
    ok: 'true',
    status: plan.status,
    dosing_weight: take('dosing_weight', plan.dosingWeight.value),
    dose_rate: agent !== undefined ? take('dose_rate', agent.doseRate) : '',
    ordered_dose: agent !== undefined ? take('ordered_dose', agent.orderedDose.total) : '',
    amount_in_bag: ((amount) => (amount !== undefined ? take('amount_in_bag', amount) : ''))(agent !== undefined ? amountInBag(plan, agent) : undefined),
    ...product,
    drawn_volume: volumes.length > 0 ? sumPlain(volumes) : '',
    final_volume: take('final_volume', plan.bag.finalVolume),
    concentration: conc !== undefined ? take('concentration', conc.value) : '',
    // The unit is recorded either way, so the header names it whichever row comes first.
    pump_rate: ((rate) => (isMultiRate(plan.pump) ? '' : rate))(take('pump_rate', plan.pump.rate)),
    pump_program: pumpHeadline(plan.pump),
    duration: take('duration', plan.pump.duration),
    findings: [...new Set(result.warnings.filter((c) => c.severity !== 'info').map((c) => c.code))].join(';'),
  };
}

/** The product cells of the first agent: the vials drawn from, or the premix the bag is. */
function productCells(
  bag: Extract<PlanResult, { ok: true }>['plan']['bag'],
  agent: string | undefined,
  take: TakeValue,
): Pick<Row, 'product' | 'strength' | 'containers' | 'container_volume'> {
  const additives = bag.additives.filter((a) => a.agent === agent);
  if (additives.length === 0) return { product: bag.container.productId ?? '', strength: '', containers: '', container_volume: '' };
  return {
    product: additives.map((a) => a.product.id).join(';'),
    strength: additives.map((a) => take('strength', a.product.strength)).join(';'),
    containers: additives.map((a) => (a.containers === null ? '' : String(a.containers))).join(';'),
    container_volume: additives.map((a) => (a.containerVolume === null ? '' : take('container_volume', a.containerVolume))).join(';'),
  };
}

/** The rows of a sweep, or the first row's issues when the request is bad whatever the weight. */
type Swept = { readonly rows: readonly Row[]; readonly units: Units; readonly attention: boolean } | { readonly refused: Issues };

/** Plans the request at each weight in turn, with progress on a terminal. */
function sweepRows(base: Record<string, unknown>, patient: Record<string, unknown>, weights: readonly string[], io: Io, catalogue: Catalogue): Swept {
  const { units, take } = createColumnUnits();
  const rows: Row[] = [];
  let attention = false;
  const progress = createProgress(io, weights.length, 'sweep');
  for (const [i, w] of weights.entries()) {
    // The base request comes from a file or flags: the door reads it at run time and refuses what it is not.
    const result = planInfusion({ ...base, patient: { ...patient, weight: { value: w, unit: 'kg' } } } as PlanRequest, catalogue);
    // A request refused at every weight for a reason unrelated to weight is bad input: stop at the first row.
    if (!result.ok && i === 0 && result.issues.every((x) => !x.path.includes('weight') && !('rule' in x))) {
      progress.end();
      return { refused: result.issues };
    }
    if (!result.ok || result.plan.status !== 'ready') attention = true;
    rows.push(result.ok ? plannedRow(w, result, take) : refusedRow(w, result.issues));
    progress.tick(i + 1);
  }
  progress.end();
  return { rows, units, attention };
}

/** Writes the rows as CSV with a unit in each header, or as JSON with the units beside the rows. */
function writeSweep(io: Io, json: boolean, units: Units, rows: readonly Row[]): void {
  if (json) {
    io.out(toJson({ ok: true, units, rows: rows.map((r) => ({ ...r, ok: r.ok === 'true', findings: r.findings === '' ? [] : r.findings.split(';') })) }));
    return;
  }
  io.out(csvLine(COLUMNS.map((c) => headerName(c, units[c]))));
  for (const row of rows) io.out(csvLine(COLUMNS.map((c) => row[c])));
}

/**
 * Runs `sweep`.
 *
 * @returns 0 when every row is a ready plan, 1 when any row needs acknowledgement or is refused by
 *   the library at that weight, 2 for bad flags or a request refused before any weight.
 */
export async function runSweep(flags: SweepFlags, io: Io): Promise<number> {
  const weights = sweepWeights(flags);
  const catalogue = await loadCatalogue(flags.catalogue);
  const { request, fromFlags } = await readPlanRequest(flags, 'omit', io.stdin);
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    return refuse(io, 'sweep', [cliIssue('invalid_type', [], 'The request must be a JSON object.')], flags.json === true, fromFlags);
  }
  const base = request as Record<string, unknown>;
  const patient = typeof base['patient'] === 'object' && base['patient'] !== null ? (base['patient'] as Record<string, unknown>) : {};
  const swept = sweepRows(base, patient, weights, io, catalogue);
  if ('refused' in swept) return refuse(io, 'sweep', swept.refused, flags.json === true, fromFlags, { catalogue, schema: 'plan-input' });
  writeSweep(io, flags.json === true, swept.units, swept.rows);
  return swept.attention ? EXIT.attention : EXIT.ok;
}
