/** Issues: the coded, pathed problems every public function returns instead of throwing. */

/** One problem with the input or the plan. `code` is stable API; `message` is prose. */
export interface Issue {
  readonly code: string;
  /** Where in the input the problem is, as keys and indexes. Empty for the input as a whole. */
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly expected?: string;
  readonly received?: string;
  /** Further details for findings: observed value, limit, source. */
  readonly [key: string]: unknown;
}

/** A non-empty list of issues. */
export type Issues = readonly [Issue, ...Issue[]];

/** Describes a received value briefly for an issue. */
export function describeReceived(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  return typeof value;
}
