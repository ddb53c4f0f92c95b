import { type Hints, withHints } from './hints.js';
import { type CliIssue, EXIT, renderIssues } from './issues.js';
import { type Io, toJson } from './io.js';

/**
 * Reports refused input: `{ ok: false, issues }` on stdout with `--json`, or the issues as text on
 * stderr, with "did you mean" for unknown protocol ids, agent ids and JSON keys. Returns exit code 2.
 */
export function refuse(io: Io, command: string, issues: readonly CliIssue[], json: boolean, fromFlags: boolean, hints?: Hints): number {
  const hinted = withHints(issues, hints);
  if (json) io.out(toJson({ ok: false, issues: hinted }));
  else io.err(renderIssues(command, hinted, fromFlags));
  return EXIT.badInput;
}
