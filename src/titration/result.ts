/** What the engine and its steps return: a decision, a value read, or the coded issue that stopped them. */
import type { Dec } from '../decimal/index.js';
import type { Issue, Issues } from '../types/issues.js';
import type { TitrationDecision } from '../catalogue/titration.js';

/** The engine's result: a decision, or the coded issues that kept it from deciding. */
export type TitrationResult = { readonly ok: true; readonly value: TitrationDecision } | Refused;

/** The coded issues that kept the engine from deciding. */
export interface Refused {
  readonly ok: false;
  readonly issues: Issues;
}

/**
 * A decision's doses as decimals in the protocol parameter's unit: exactly the values its `dose` and
 * `lastDose` strings show (at most six places). The planner reads these, never the decision's own strings.
 */
export interface ExactDoses {
  readonly dose: Dec | undefined;
  readonly lastDose: Dec | undefined;
}

/** A decision with its exact doses (internal: the public result is {@link TitrationResult}). */
export interface Decided {
  readonly decision: TitrationDecision;
  readonly exact: ExactDoses;
}

/** What each decision step returns: a decision with its exact doses, or the coded issues. */
export type DecidedResult = { readonly ok: true; readonly value: Decided } | Refused;

/** A base-unit dose in the protocol parameter's unit: the exact decimal and the quantity the decision shows. */
export interface DoseIn {
  readonly exact: Dec;
  readonly quantity: NonNullable<TitrationDecision['dose']>;
}

/** A decision, with the exact values of the doses it shows (each built by `doseIn` with its quantity). */
export function decided(decision: TitrationDecision, dose?: DoseIn, lastDose?: DoseIn): DecidedResult {
  return { ok: true, value: { decision, exact: { dose: dose?.exact, lastDose: lastDose?.exact } } };
}

/** A value read from the rule or the history, or the issue that kept it from being read. */
export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issue: Issue };

/** The engine's result when one issue keeps it from deciding. */
export function refuse(issue: Issue): Refused {
  return { ok: false, issues: [issue] };
}
