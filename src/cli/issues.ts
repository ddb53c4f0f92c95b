/**
 * Problems the command line reports: the library's coded issues, and the command line's own
 * (a bad flag, unreadable JSON). Both have the same shape, so `--json` output and text output
 * treat them alike. Codes are API; messages say what to fix.
 */

/** One problem with the input, as the library's `Issue` is shaped (code, path, message). */
export interface CliIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly expected?: string;
  readonly received?: string;
}

/** Exit codes: 0 ready / ok, 1 findings that need attention, 2 bad input, 3 a bug in the tool. */
export const EXIT = { ok: 0, attention: 1, badInput: 2, internal: 3 } as const;

/**
 * Bad input found by the command line itself. Thrown inside a command and caught in one place
 * (`main.ts`), where it becomes exit code 2 and the coded issues; never shown as a stack trace.
 */
export class InputError extends Error {
  readonly issues: readonly CliIssue[];
  constructor(issues: readonly CliIssue[]) {
    super(issues.map((i) => `${i.code}: ${i.message}`).join('; '));
    this.name = 'InputError';
    this.issues = issues;
  }
}

/** Shorthand for one command-line issue. */
export function cliIssue(code: string, path: readonly (string | number)[], message: string, received?: string): CliIssue {
  return received === undefined ? { code, path, message } : { code, path, message, received };
}

/** Which flag a request path comes from, so a message can name the flag to fix. */
const FLAG_FOR_PATH: readonly (readonly [string, string])[] = [
  ['patient.weight', '--weight'],
  ['patient.height', '--height'],
  ['patient.sex', '--sex'],
  ['patient.ageYears', '--age'],
  ['patient.creatinine', '--creatinine'],
  ['patient.risks', '--risk'],
  ['pump.increment', '--pump-increment'],
  ['pump.minRate', '--pump-min'],
  ['pump.maxRate', '--pump-max'],
  ['catalogue', '--catalogue'],
  ['session', '--session'],
  ['protocol', '--protocol'],
  ['dose.rate', '--rate'],
  ['dose.total', '--total'],
  ['dose.duration', '--duration'],
  ['dose.loading', '--loading'],
  ['preparation.containerVolume', '--bag'],
  ['preparation.product', '--product'],
  ['preparation.diluent', '--diluent'],
  ['acknowledgements', '--ack'],
  ['careArea', '--care-area'],
  ['date', '--date'],
  ['startDate', '--start'],
];

function flagFor(path: readonly (string | number)[]): string | undefined {
  const dotted = path.join('.');
  return FLAG_FOR_PATH.find(([p]) => dotted === p || dotted.startsWith(`${p}.`))?.[1];
}

/**
 * Renders issues as text for a person: what was refused, and for each issue its code, where it
 * is, and the library's message (which says what to do instead).
 *
 * @param command - The command that refused the input, e.g. `plan`.
 * @param issues - The issues to show.
 * @param fromFlags - `true` when the request was built from flags, so each issue names its flag.
 * @returns Lines of text, ending in a newline.
 */
export function renderIssues(command: string, issues: readonly CliIssue[], fromFlags: boolean): string {
  const n = issues.length;
  const lines = [`infusion-dose ${command}: the input was refused (${n} issue${n === 1 ? '' : 's'}). Fix ${n === 1 ? 'it' : 'them'} and run again:`];
  for (const i of issues) {
    const where = i.path.length > 0 ? i.path.join('.') : '(input)';
    const flag = fromFlags ? flagFor(i.path) : undefined;
    lines.push(`  ${i.code} at ${where}${flag !== undefined ? ` (flag ${flag})` : ''}: ${i.message}`);
    if (i.expected !== undefined) lines.push(`    expected: ${i.expected}`);
    if (i.received !== undefined) lines.push(`    received: ${i.received}`);
  }
  return `${lines.join('\n')}\n`;
}
