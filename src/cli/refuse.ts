import { type CliIssue, EXIT, renderIssues } from './issues.js';
import { type Io, toJson } from './io.js';

/**
 * Reports refused input: `{ ok: false, issues }` on stdout with `--json`, or the issues as text on
 * stderr. Returns exit code 2.
 */
export function refuse(io: Io, command: string, issues: readonly CliIssue[], json: boolean, fromFlags: boolean): number {
  if (json) io.out(toJson({ ok: false, issues }));
  else io.err(renderIssues(command, issues, fromFlags));
  return EXIT.badInput;
}
