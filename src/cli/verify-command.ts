/** `infusion-dose verify`: the bag and pump worked backwards to the dose, against the order. */
import type { AdministrationRequest } from '../types/requests.js';
import { type AdministrationResult, formatQuantity, verifyAdministration } from 'infusion-dose';
import { EXIT, InputError, cliIssue } from './issues.js';
import { type Io, toJson } from './io.js';
import { readJsonInput } from './read-input.js';
import { refuse } from './refuse.js';

/** Flags of `verify`. */
export interface VerifyFlags {
  readonly input?: string;
  readonly json?: boolean;
}

type Check = Extract<AdministrationResult, { ok: true }>['result'];

function q(x: { readonly value: string; readonly unit: string }): string {
  const r = formatQuantity(x);
  return r.ok ? r.text : `${x.value} ${x.unit}`;
}

function render(r: Check): string {
  const lines = [
    `Administration check: ${r.agent}`,
    `Status: ${r.status.toUpperCase()}`,
    `  Pump rate: ${q(r.pumpRate)}`,
    `  Concentration in the bag: ${q(r.concentration)}`,
    `  Ordered: ${q(r.ordered.doseRate)} (${q(r.ordered.massRate)})`,
    `  Delivered: ${q(r.delivered.doseRate)} (${q(r.delivered.massRate)})`,
    `  Delivered / ordered: ${r.ratio} (tolerance ${r.tolerance.relative}: ${r.tolerance.rule})`,
    'Findings',
  ];
  for (const f of r.findings) lines.push(`  [${f.severity.toUpperCase()}] ${f.code}${f.factor !== undefined ? ` (factor ${f.factor})` : ''}: ${f.message}`);
  if (r.status === 'stop') lines.push('', 'STOP: do not start or continue the infusion until the bag and the pump are re-checked.');
  if (r.status === 'review') lines.push('', 'REVIEW: resolve the findings before the infusion runs.');
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `verify`.
 *
 * @returns 0 for `match`, 1 for `review` or `stop`, 2 for refused input.
 */
export async function runVerify(flags: VerifyFlags, io: Io): Promise<number> {
  if (flags.input === undefined) {
    throw new InputError([
      cliIssue('input_required', ['input'], 'verify reads a JSON request: give --input file.json, or --input - to read it from standard input.'),
    ]);
  }
  // The file is read by the door at run time, which refuses what is not an administration request.
  const result = verifyAdministration((await readJsonInput(flags.input)) as AdministrationRequest);
  if (!result.ok) return refuse(io, 'verify', result.issues, flags.json === true, false);
  io.out(flags.json === true ? toJson(result) : render(result.result));
  return result.result.status === 'match' ? EXIT.ok : EXIT.attention;
}
