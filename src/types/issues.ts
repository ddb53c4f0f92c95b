/** Issues: the coded, pathed problems every public function returns instead of throwing. */
import type { Severity, Source } from '../catalogue/types.js';
import type { Quantity } from '../units/index.js';
import type { IssueCode } from './issue-codes.js';

/** A whole-spray dose either side of an order that is not a whole number of sprays. */
export interface SprayAlternative {
  readonly sprays: Quantity;
  readonly dose: Quantity;
}

/**
 * One problem with the input or the plan. `code` is stable API; `message` is prose. A refusal by a
 * safety rule carries that rule's finding too (rule, severity, observed value, limit, source).
 */
export interface Issue {
  readonly code: IssueCode;
  /** Where in the input the problem is, as keys and indexes. Empty for the input as a whole. */
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly expected?: string;
  readonly received?: string;
  /** The rule or limit id that refused, for a refused finding. */
  readonly rule?: string;
  readonly severity?: Severity;
  readonly passed?: boolean;
  readonly agent?: string;
  readonly observed?: Quantity;
  readonly limit?: Quantity;
  readonly source?: Source;
  /** The sources of a titration decision that stopped the course. */
  readonly sources?: readonly Source[];
  /** For a nasal dose that is not whole sprays: mg per spray and the whole-spray doses either side. */
  readonly mgPerSpray?: Quantity;
  readonly below?: SprayAlternative;
  readonly above?: SprayAlternative;
  /** For a course's session refused by its own plan: the session's number in the course. */
  readonly session?: number;
}

/** A non-empty list of issues. */
export type Issues = readonly [Issue, ...Issue[]];

/**
 * The list as a non-empty list of issues, or `undefined` when it is empty. A refusal's issues are
 * built this way, never cast: a refusal with no issue cannot be made by mistake.
 */
export function nonEmptyIssues(list: readonly Issue[]): Issues | undefined {
  const [first, ...rest] = list;
  return first === undefined ? undefined : [first, ...rest];
}

/**
 * A refusal's issues, never none: `list`, or, when it is empty (a refusal that lost its reason, which
 * is a defect), one `internal_error` that says so rather than an empty refusal or a throw.
 */
export function refusalIssues(list: readonly Issue[]): Issues {
  return (
    nonEmptyIssues(list) ?? [
      { code: 'internal_error', path: [], message: 'The request was refused without a reason: a defect in infusion-dose, not in the input. Please report it.' },
    ]
  );
}

/** Each issue of a non-empty list changed by `f`, still non-empty. */
export function mapIssues(list: Issues, f: (issue: Issue) => Issue): Issues {
  const [first, ...rest] = list;
  return [f(first), ...rest.map(f)];
}

/** Describes a received value briefly for an issue. */
export function describeReceived(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  return typeof value;
}
