/**
 * `infusion-dose combination` and `infusion-dose nasal`: a combination bag (several agents in one
 * bag) and a compounded nasal spray, from a JSON request (`--input`, examples in examples/data,
 * schemas `combination-input` and `nasal-input`), as text or `--json`. `--ack` adds
 * acknowledgements to the request's own, as for `plan`.
 */
import { type CombinationRequest, type NasalSprayRequest, type Plan, formatPlan, planCombination, planNasalSpray } from 'infusion-dose';
import { loadCatalogue } from './catalogue-file.js';
import { EXIT, InputError, cliIssue } from './issues.js';
import { type Io, toJson } from './io.js';
import { ackHint } from './plan-command.js';
import { withFlagAcks } from './plan-request.js';
import { readJsonInput } from './read-input.js';
import { refuse } from './refuse.js';
import { renderCombination, renderNasal } from './summary.js';

/** Flags of `combination` and `nasal`. */
export interface RequestFileFlags {
  readonly input?: string;
  readonly catalogue?: string;
  readonly ack?: readonly string[];
  readonly json?: boolean;
}

/** The JSON request of a command that reads one, with `--ack` merged in. */
async function readRequest(command: string, flags: RequestFileFlags, io: Io): Promise<unknown> {
  if (flags.input === undefined) {
    throw new InputError([
      cliIssue(
        'input_required',
        ['input'],
        `${command} reads a JSON request: give --input file.json (see examples/data and \`infusion-dose schema ${command}\`), or --input - for standard input.`,
      ),
    ]);
  }
  return withFlagAcks(await readJsonInput(flags.input, io.stdin), flags.ack);
}

/** `formatPlan`'s text when it reads this plan; otherwise `undefined` (it reads single-infusion plans). */
function formatted(plan: unknown): string | undefined {
  // formatPlan refuses what it cannot read with coded issues (it never throws for bad input);
  // its parameter type is the single-infusion Plan, hence the cast.
  const text = formatPlan(plan as Plan);
  return typeof text === 'string' ? text : undefined;
}

/**
 * Runs `combination`.
 *
 * @returns 0 for a ready plan, 1 when it needs acknowledgement, 2 for refused input.
 */
export async function runCombination(flags: RequestFileFlags, io: Io): Promise<number> {
  const catalogue = await loadCatalogue(flags.catalogue);
  // The file is read by the door at run time, which refuses what is not a combination request.
  const result = planCombination((await readRequest('combination', flags, io)) as CombinationRequest, catalogue);
  if (!result.ok) return refuse(io, 'combination', result.issues, flags.json === true, false, { catalogue, schema: 'combination-input' });
  const code = result.plan.status === 'ready' ? EXIT.ok : EXIT.attention;
  if (flags.json === true) io.out(toJson(result));
  else {
    const text = formatted(result.plan) ?? renderCombination(result.plan);
    io.out(text.endsWith('\n') ? text : `${text}\n`);
    if (code === EXIT.attention) io.err(ackHint(result.plan.checks));
  }
  return code;
}

/**
 * Runs `nasal`.
 *
 * @returns 0 for a ready plan, 1 when it needs acknowledgement, 2 for refused input.
 */
export async function runNasal(flags: RequestFileFlags, io: Io): Promise<number> {
  // The file is read by the door at run time, which refuses what is not a nasal spray request.
  const result = planNasalSpray((await readRequest('nasal', flags, io)) as NasalSprayRequest);
  if (!result.ok) return refuse(io, 'nasal', result.issues, flags.json === true, false, { schema: 'nasal-input' });
  const code = result.spray.status === 'ready' ? EXIT.ok : EXIT.attention;
  if (flags.json === true) io.out(toJson(result));
  else {
    const text = formatted(result.spray) ?? renderNasal(result.spray);
    io.out(text.endsWith('\n') ? text : `${text}\n`);
    if (code === EXIT.attention) io.err(ackHint(result.spray.checks));
  }
  return code;
}
