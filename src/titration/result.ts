/** What the engine and its steps return: a decision, a value read, or the coded issue that stopped them. */
import type { Issue, Issues } from '../types/issues.js';
import type { TitrationDecision } from '../catalogue/titration.js';

/** The engine's result: a decision, or the coded issues that kept it from deciding. */
export type TitrationResult = { readonly ok: true; readonly value: TitrationDecision } | { readonly ok: false; readonly issues: Issues };

/** A value read from the rule or the history, or the issue that kept it from being read. */
export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issue: Issue };

/** The engine's result when one issue keeps it from deciding. */
export function refuse(issue: Issue): TitrationResult {
  return { ok: false, issues: [issue] };
}
