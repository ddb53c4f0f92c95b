/**
 * The plan request from flags or from JSON (`--input file.json` or `--input -`). Request flags and
 * `--input` are not mixed: which value would win is a guess, and this tool does not guess. The one
 * exception is `--ack`: acknowledgements are added to the JSON's own, and a code acknowledged twice
 * (in both, or twice in either) is refused rather than one reason silently winning.
 */
import type { Command } from 'commander';
import { PATIENT_RISKS } from 'infusion-dose';
import { type FlagQuantity, collect, readAckFlag, readQuantityFlag, readRiskFlags, readWholeNumberFlag } from './flags.js';
import { type CliIssue, InputError, cliIssue } from './issues.js';
import { readJsonInput } from './read-input.js';
import type { Stdin } from './io.js';

/** The request flags shared by `plan`, `worksheet` and `sweep`. */
export interface PlanFlags {
  readonly input?: string;
  readonly protocol?: string;
  readonly weight?: string;
  readonly height?: string;
  readonly sex?: string;
  readonly age?: string;
  readonly creatinine?: string;
  readonly session?: string;
  readonly rate?: string;
  readonly total?: string;
  readonly duration?: string;
  readonly loading?: string;
  readonly bag?: string;
  readonly product?: string;
  readonly diluent?: string;
  readonly overfill?: string;
  readonly additiveVolume?: string;
  readonly pumpIncrement?: string;
  readonly careArea?: string;
  readonly date?: string;
  readonly fastingHours?: string;
  readonly escort?: boolean;
  readonly ecgOnFile?: boolean;
  readonly risk?: readonly string[];
  readonly pumpMin?: string;
  readonly pumpMax?: string;
  readonly ack?: readonly string[];
  readonly catalogue?: string;
  readonly json?: boolean;
}

/** Flags that are not part of the request itself. */
const NOT_REQUEST = new Set(['input', 'json', 'from', 'to', 'step', 'ack', 'catalogue', 'out', 'summary']);

/**
 * Adds the request flags to a command.
 *
 * @param cmd - The command.
 * @param withWeight - `false` for `sweep`, whose weights come from `--from/--to/--step`.
 */
export function addPlanFlags(cmd: Command, withWeight = true): Command {
  cmd
    .option('--input <file>', 'read the JSON plan request from a file, or - for standard input')
    .option('--catalogue <file>', "plan against an institution's catalogue (JSON, validated first) instead of the built-in one")
    .option('--protocol <id>', 'protocol id (see `infusion-dose catalogue`)');
  if (withWeight) cmd.option('--weight <quantity>', 'body weight, e.g. 82kg or 180lb');
  return cmd
    .option('--height <quantity>', 'height, e.g. 178cm or 70in')
    .option('--sex <sex>', 'female or male')
    .option('--age <years>', 'age in years, e.g. 46')
    .option('--creatinine <quantity>', 'serum creatinine, e.g. 1.1mg/dL or 97umol/L')
    .option('--session <n>', 'session number in the course, from 1')
    .option('--rate <quantity>', 'dose rate, e.g. 0.3mg/kg/h')
    .option('--total <quantity>', 'total dose, e.g. 5mg/kg')
    .option('--duration <quantity>', 'duration, e.g. 40min or 4h')
    .option('--loading <quantity>', 'loading dose, e.g. 1.5mg/kg')
    .option('--bag <quantity>', 'bag (container) volume, e.g. 250mL')
    .option('--product <id>', 'product id to draw from')
    .option('--diluent <id>', 'diluent id')
    .option('--overfill <quantity>', "the bag's overfill from the manufacturer, e.g. 25mL")
    .option('--additive-volume <method>', 'add or withdraw-equal')
    .option('--pump-increment <quantity>', "the pump's rate increment, e.g. 0.1mL/h")
    .option('--care-area <area>', 'care area whose limits apply')
    .option('--date <YYYY-MM-DD>', 'date of this session')
    .option('--fasting-hours <hours>', 'hours the patient has fasted')
    .option('--escort', 'an adult escort is confirmed')
    .option('--ecg-on-file', 'an ECG is on file')
    .option('--risk <risk>', `a patient risk that brings stricter limits into force (repeatable): ${PATIENT_RISKS.join(', ')}`, collect)
    .option('--pump-min <quantity>', "the pump's lowest rate, e.g. 0.1mL/h")
    .option('--pump-max <quantity>', "the pump's highest rate, e.g. 999mL/h")
    .option('--ack <code:reason>', 'acknowledge a soft finding by its code, with a reason (repeatable; also with --input)', collect)
    .option('--json', 'machine-readable JSON output');
}

/** `true` when any request flag was given (so `--input` would conflict with it). */
function requestFlagsGiven(flags: object): string[] {
  return Object.entries(flags)
    .filter(([k, v]) => !NOT_REQUEST.has(k) && v !== undefined)
    .map(([k]) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
}

/** Where a request came from: shown in messages, so issues can name the flag to fix. */
export interface Request {
  readonly request: unknown;
  readonly fromFlags: boolean;
}

/**
 * Builds the plan request from `--input` or from flags.
 *
 * @param flags - The command's flags.
 * @param weight - `from-flags`, or for `sweep` `omit`: left out here and set per row.
 * @param stdin - Where `--input -` reads from (the process's standard input when not given).
 * @returns The untrusted request for the library, and whether it came from flags.
 * @throws {InputError} for flags that are not numbers with units, or `--input` mixed with flags.
 */
export async function readPlanRequest(flags: PlanFlags, weight: 'from-flags' | 'omit', stdin?: Stdin): Promise<Request> {
  if (flags.input !== undefined) {
    const mixed = requestFlagsGiven(flags);
    if (mixed.length > 0) {
      throw new InputError([
        cliIssue(
          'input_and_flags',
          [],
          `Give the request either as --input JSON or as flags, not both (also given: ${mixed.join(', ')}). Put those values in the JSON instead.`,
        ),
      ]);
    }
    return { request: withFlagAcks(await readJsonInput(flags.input, stdin), flags.ack), fromFlags: false };
  }
  return { request: planRequestFromFlags(flags, weight), fromFlags: true };
}

function setQuantity(
  target: Record<string, unknown>,
  key: string,
  flag: string,
  raw: string | undefined,
  example: string,
  path: readonly string[],
  issues: CliIssue[],
): void {
  if (raw === undefined) return;
  const q: FlagQuantity | undefined = readQuantityFlag(flag, raw, example, path, issues);
  if (q !== undefined) target[key] = q;
}

/** The request object from flags; missing required fields are left for the library to report. */
export function planRequestFromFlags(flags: PlanFlags, weight: 'from-flags' | 'omit'): Record<string, unknown> {
  const issues: CliIssue[] = [];
  const request: Record<string, unknown> = { patient: patientFromFlags(flags, weight, issues) };
  if (flags.protocol !== undefined) request['protocol'] = flags.protocol;
  if (flags.session !== undefined) {
    const n = readWholeNumberFlag('--session', flags.session, 'invalid_session', ['session'], issues);
    if (n !== undefined) request['session'] = n;
  }
  setIfAny(request, 'dose', doseFromFlags(flags, issues));
  setIfAny(request, 'preparation', preparationFromFlags(flags, issues));
  setPumpAndReadiness(request, flags, issues);
  if (flags.careArea !== undefined) request['careArea'] = flags.careArea;
  if (flags.date !== undefined) request['date'] = flags.date;

  if (flags.ack !== undefined) request['acknowledgements'] = readAcks(flags.ack, [], issues);
  if (issues.length > 0) throw new InputError(issues);
  return request;
}

/** Sets `key` to `part` when the flags gave any of its fields. */
function setIfAny(request: Record<string, unknown>, key: string, part: Record<string, unknown>): void {
  if (Object.keys(part).length > 0) request[key] = part;
}

/** The patient from its flags (the weight left out for `sweep`). */
function patientFromFlags(flags: PlanFlags, weight: 'from-flags' | 'omit', issues: CliIssue[]): Record<string, unknown> {
  const patient: Record<string, unknown> = {};
  if (weight === 'from-flags') setQuantity(patient, 'weight', '--weight', flags.weight, '82kg or 180lb', ['patient', 'weight'], issues);
  setQuantity(patient, 'height', '--height', flags.height, '178cm or 70in', ['patient', 'height'], issues);
  if (flags.sex !== undefined) patient['sex'] = flags.sex;
  if (flags.age !== undefined) patient['ageYears'] = flags.age;
  setQuantity(patient, 'creatinine', '--creatinine', flags.creatinine, '1.1mg/dL or 97umol/L', ['patient', 'creatinine'], issues);
  if (flags.risk !== undefined) patient['risks'] = readRiskFlags(flags.risk, issues);
  return patient;
}

/** The dose from its flags. */
function doseFromFlags(flags: PlanFlags, issues: CliIssue[]): Record<string, unknown> {
  const dose: Record<string, unknown> = {};
  setQuantity(dose, 'rate', '--rate', flags.rate, '0.3mg/kg/h', ['dose', 'rate'], issues);
  setQuantity(dose, 'total', '--total', flags.total, '5mg/kg', ['dose', 'total'], issues);
  setQuantity(dose, 'duration', '--duration', flags.duration, '40min or 4h', ['dose', 'duration'], issues);
  setQuantity(dose, 'loading', '--loading', flags.loading, '1.5mg/kg', ['dose', 'loading'], issues);
  return dose;
}

/** The preparation from its flags. */
function preparationFromFlags(flags: PlanFlags, issues: CliIssue[]): Record<string, unknown> {
  const preparation: Record<string, unknown> = {};
  setQuantity(preparation, 'containerVolume', '--bag', flags.bag, '250mL', ['preparation', 'containerVolume'], issues);
  setQuantity(preparation, 'overfill', '--overfill', flags.overfill, '25mL', ['preparation', 'overfill'], issues);
  if (flags.product !== undefined) preparation['product'] = flags.product;
  if (flags.diluent !== undefined) preparation['diluent'] = flags.diluent;
  if (flags.additiveVolume !== undefined) preparation['additiveVolume'] = flags.additiveVolume;
  return preparation;
}

/** The pump's increment and rate range, and the readiness flags, into the request. */
function setPumpAndReadiness(request: Record<string, unknown>, flags: PlanFlags, issues: CliIssue[]): void {
  const pump: Record<string, unknown> = {};
  setQuantity(pump, 'increment', '--pump-increment', flags.pumpIncrement, '0.1mL/h', ['pump', 'increment'], issues);
  setQuantity(pump, 'minRate', '--pump-min', flags.pumpMin, '0.1mL/h', ['pump', 'minRate'], issues);
  setQuantity(pump, 'maxRate', '--pump-max', flags.pumpMax, '999mL/h', ['pump', 'maxRate'], issues);
  if (Object.keys(pump).length > 0) request['pump'] = pump;

  const readiness: Record<string, unknown> = {};
  if (flags.fastingHours !== undefined) readiness['fastingHours'] = flags.fastingHours;
  if (flags.escort === true) readiness['escort'] = true;
  if (flags.ecgOnFile === true) readiness['ecgOnFile'] = true;
  if (Object.keys(readiness).length > 0) request['readiness'] = readiness;
}

/** The `--ack` flags after `before` acknowledgements, each code once; a repeat is a `duplicate_acknowledgement`. */
function readAcks(raw: readonly string[], before: readonly unknown[], issues: CliIssue[]): { code: string; reason: string }[] {
  const seen = new Set(
    before.map((a) => (typeof a === 'object' && a !== null ? (a as { code?: unknown }).code : undefined)).filter((c) => typeof c === 'string'),
  );
  const out: { code: string; reason: string }[] = [];
  for (const [i, text] of raw.entries()) {
    const ack = readAckFlag(text, before.length + i, issues);
    if (ack === undefined) continue;
    if (seen.has(ack.code)) {
      issues.push(
        cliIssue(
          'duplicate_acknowledgement',
          ['acknowledgements', before.length + i],
          `"${ack.code}" is acknowledged more than once (in --input or by another --ack); give each finding one acknowledgement with one reason.`,
          JSON.stringify(text),
        ),
      );
      continue;
    }
    seen.add(ack.code);
    out.push(ack);
  }
  return out;
}

/**
 * Adds `--ack` acknowledgements to a JSON request's own. A request that is not an object, or whose
 * `acknowledgements` is not a list, is passed on unchanged for the library to refuse with its code.
 *
 * @throws {InputError} for a malformed `--ack` or a code acknowledged twice.
 */
export function withFlagAcks(request: unknown, acks: readonly string[] | undefined): unknown {
  if (acks === undefined || typeof request !== 'object' || request === null || Array.isArray(request)) return request;
  const body = request as Record<string, unknown>;
  const own = body['acknowledgements'] ?? [];
  if (!Array.isArray(own)) return request;
  const issues: CliIssue[] = [];
  const added = readAcks(acks, own, issues);
  if (issues.length > 0) throw new InputError(issues);
  return { ...body, acknowledgements: [...own, ...added] };
}
