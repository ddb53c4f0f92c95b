/**
 * Flags to request fields. A flag is split into its number and unit here and nothing else: the
 * number stays a string and the unit stays as typed, so the library's door checks both (plain
 * decimal, closed unit set) exactly as it checks JSON input. Nothing is defaulted or coerced.
 */
import { PATIENT_RISKS, type PatientRisk } from 'infusion-dose';
import { type CliIssue, cliIssue } from './issues.js';
import { didYouMean } from './suggest.js';

/** A quantity as the library reads it: the number kept as the exact string typed. */
export interface FlagQuantity {
  readonly value: string;
  readonly unit: string;
}

// A plain decimal (no sign, exponent, hex or underscores), then a unit made of letters and slashes.
const QUANTITY = /^([0-9]+(?:\.[0-9]+)?) ?([A-Za-z][A-Za-z/]*)$/;

/**
 * Reads a flag such as `82kg`, `0.3mg/kg/h` or `250mL`.
 *
 * @param flag - The flag name, for the message (e.g. `--weight`).
 * @param raw - The text typed.
 * @param example - An example to show when the text is not a number and a unit.
 * @param path - Where the value goes in the request.
 * @param issues - Collects an `invalid_quantity` issue when the text is not a number and a unit.
 * @returns The quantity, or `undefined` when refused.
 */
export function readQuantityFlag(flag: string, raw: string, example: string, path: readonly (string | number)[], issues: CliIssue[]): FlagQuantity | undefined {
  // Not trimmed: the library refuses " 70", so the command line refuses " 82kg" too (issue 12 item 4).
  const m = QUANTITY.exec(raw);
  if (m === null) {
    issues.push(
      cliIssue(
        'invalid_quantity',
        path,
        `${flag} takes a plain decimal number followed by its unit, such as ${example} (no sign, exponent, hex, underscores or commas).`,
        JSON.stringify(raw),
      ),
    );
    return undefined;
  }
  return { value: m[1] as string, unit: m[2] as string };
}

/**
 * Reads `--ack code:reason`. The reason is required: an acknowledgement without one is refused.
 *
 * @returns `{ code, reason }`, or `undefined` with an `invalid_acknowledgement` issue.
 */
export function readAckFlag(raw: string, index: number, issues: CliIssue[]): { code: string; reason: string } | undefined {
  const at = raw.indexOf(':');
  const code = at < 0 ? '' : raw.slice(0, at).trim();
  const reason = at < 0 ? '' : raw.slice(at + 1).trim();
  if (!/^[a-z][a-z0-9_]*$/.test(code) || reason === '') {
    issues.push(
      cliIssue(
        'invalid_acknowledgement',
        ['acknowledgements', index],
        'Write --ack as finding_code:reason, e.g. --ack weight_unusual:"weighed twice today"; the code is the finding\'s snake_case code and the reason is required.',
        JSON.stringify(raw),
      ),
    );
    return undefined;
  }
  return { code, reason };
}

/**
 * Reads a whole-number flag (`--session`). Anything but digits is refused here; the range is the
 * library's to check.
 */
export function readWholeNumberFlag(flag: string, raw: string, code: string, path: readonly (string | number)[], issues: CliIssue[]): number | undefined {
  if (!/^[0-9]{1,6}$/.test(raw)) {
    issues.push(cliIssue(code, path, `${flag} takes a whole number such as 1.`, JSON.stringify(raw)));
    return undefined;
  }
  return Number(raw);
}

/** Collects a repeatable flag into a list (for commander). */
export function collect(value: string, previous: readonly string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * Reads `--risk` flags: each must be one of the library's patient risks, exactly (the closed set
 * `PATIENT_RISKS`); a near miss is refused with the closest risks offered, never mapped to one. A risk
 * given twice is kept once.
 *
 * @returns The risks in the order given.
 */
export function readRiskFlags(raw: readonly string[], issues: CliIssue[]): PatientRisk[] {
  const out: PatientRisk[] = [];
  for (const [i, r] of raw.entries()) {
    const risk = PATIENT_RISKS.find((k) => k === r);
    if (risk === undefined) {
      issues.push(
        cliIssue(
          'unknown_risk',
          ['patient', 'risks', i],
          `"${r}" is not a patient risk this library knows.${didYouMean(r, PATIENT_RISKS)} The risks are: ${PATIENT_RISKS.join(', ')}.`,
          JSON.stringify(r),
        ),
      );
    } else if (!out.includes(risk)) out.push(risk);
  }
  return out;
}
