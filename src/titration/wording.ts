/**
 * The words the decisions share: session labels, adverse events, and base-unit doses shown again in
 * the protocol parameter's unit as plain decimal strings.
 */
import { type Dec, toPlainString, toReportPrecision } from '../decimal/index.js';
import type { HistorySession } from '../schema/history.js';
import type { PreparedRule } from './prepare.js';
import type { DoseIn } from './result.js';

/** A session as the reasons name it, e.g. "Session 2 (2026-03-04)". */
export function label(s: HistorySession): string {
  return `Session ${s.session} (${s.date})`;
}

/** The kinds of the session's adverse events of one severity, comma-separated. */
export function eventsText(s: HistorySession, severity: 'moderate' | 'severe'): string {
  return s.adverseEvents
    .filter((e) => e.severity === severity)
    .map((e) => e.kind)
    .join(', ');
}

/** A base-unit dose as prose in the protocol's unit, e.g. "0.4 mg/kg/h". */
export function show(p: PreparedRule, base: Dec): string {
  // protocol unit = base unit / (base units per protocol unit)
  return `${toPlainString(base.div(p.factor))} ${p.param.unit}`;
}

/**
 * A base-unit dose in the protocol's unit as the decision shows it (at most six places): the
 * decimal, and the quantity (its plain string). The planner doses what the decision shows.
 */
export function doseIn(p: PreparedRule, base: Dec): DoseIn {
  // protocol unit = base unit / (base units per protocol unit)
  const shown = toReportPrecision(base.div(p.factor));
  return { exact: shown, quantity: { value: toPlainString(shown), unit: p.param.unit } };
}

/** The protocol maximum as the protocol states it, or nothing when it states none. */
export function capText(p: PreparedRule): string {
  return p.param.max !== undefined ? `${p.param.max} ${p.param.unit}` : '';
}
