/**
 * The words the decisions share: session labels, adverse events, and base-unit doses shown again in
 * the protocol parameter's unit as plain decimal strings.
 */
import { type Dec, toPlainString } from '../decimal/index.js';
import type { HistorySession } from '../schema/history.js';
import type { Quantity } from '../units/index.js';
import type { PreparedRule } from './prepare.js';

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

/** A base-unit dose as a quantity in the protocol's unit. */
export function quantityOf(p: PreparedRule, base: Dec): Quantity {
  return { value: toPlainString(base.div(p.factor)), unit: p.param.unit };
}

/** The protocol maximum as the protocol states it, or nothing when it states none. */
export function capText(p: PreparedRule): string {
  return p.param.max !== undefined ? `${p.param.max} ${p.param.unit}` : '';
}
