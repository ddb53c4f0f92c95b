/**
 * `infusion-dose verify`: the bag and pump worked backwards to the dose, against the order. The
 * request is JSON (see examples/data/verify-lidocaine.json and `infusion-dose schema verify-input`).
 * With `--catalogue FILE` the catalogue is validated and every agent the request names must be one
 * of its agents: the check itself reads no catalogue, so a misspelt agent would otherwise pass as a
 * different drug.
 */
import type { AdministrationRequest } from '../types/requests.js';
import { type AdministrationResult, type Catalogue, formatQuantity, verifyAdministration } from 'infusion-dose';
import { loadCatalogue } from './catalogue-file.js';
import { type CliIssue, EXIT, InputError, cliIssue } from './issues.js';
import { type Io, toJson } from './io.js';
import { readJsonInput } from './read-input.js';
import { refuse } from './refuse.js';

/** Flags of `verify`. */
export interface VerifyFlags {
  readonly input?: string;
  readonly catalogue?: string;
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
  const catalogue = flags.catalogue === undefined ? undefined : await loadCatalogue(flags.catalogue);
  const request = await readJsonInput(flags.input, io.stdin);
  const unknown = catalogue === undefined ? [] : unknownAgents(request, catalogue);
  if (unknown.length > 0) return refuse(io, 'verify', unknown, flags.json === true, false, { catalogue: catalogue as Catalogue });
  // The file is read by the door at run time, which refuses what is not an administration request.
  const result = verifyAdministration(request as AdministrationRequest);
  if (!result.ok) return refuse(io, 'verify', result.issues, flags.json === true, false, { schema: 'verify-input' });
  io.out(flags.json === true ? toJson(result) : render(result.result));
  return result.result.status === 'match' ? EXIT.ok : EXIT.attention;
}

/** The agent ids a verify request names (order and bag ingredients) that the catalogue does not have. */
function unknownAgents(request: unknown, catalogue: Catalogue): CliIssue[] {
  const known = new Set(catalogue.agents.map((a) => a.id));
  const named: [unknown, (string | number)[]][] = [];
  const r = typeof request === 'object' && request !== null ? (request as Record<string, unknown>) : {};
  const order = r['order'];
  if (typeof order === 'object' && order !== null) named.push([(order as Record<string, unknown>)['agent'], ['order', 'agent']]);
  const bag = r['bag'];
  const ingredients = typeof bag === 'object' && bag !== null ? (bag as Record<string, unknown>)['ingredients'] : undefined;
  if (Array.isArray(ingredients)) {
    for (const [i, x] of ingredients.entries()) {
      if (typeof x === 'object' && x !== null) named.push([(x as Record<string, unknown>)['agent'], ['bag', 'ingredients', i, 'agent']]);
    }
  }
  return named
    .filter((n): n is [string, (string | number)[]] => typeof n[0] === 'string' && !known.has(n[0]))
    .map(([agent, path]) => cliIssue('unknown_agent', path, `No agent "${agent}" in catalogue ${catalogue.id} ${catalogue.version}.`, JSON.stringify(agent)));
}
