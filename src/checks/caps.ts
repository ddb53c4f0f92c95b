/**
 * Protocol caps on what is delivered. Rounding is built never to cross a cap, and this rule says so;
 * the single-agent and combination paths both use it, so a cap is judged the same way in either.
 */
import type { Dec } from '../decimal/index.js';
import type { Source } from '../catalogue/types.js';
import type { Check } from '../types/plan.js';
import { quantity } from '../units/quantity.js';

/** A protocol cap in force, in base units (mg/h for a rate cap, mg for a session cap). */
export interface CapInForce {
  readonly id: string;
  /** The cap as the protocol states it, for the message. */
  readonly stated: { readonly value: string; readonly unit: string };
  readonly perHour: boolean;
  readonly limit: Dec;
  readonly source: Source;
}

/**
 * One hard check per cap: the delivered rate (mg/h) against a rate cap, the delivered session dose
 * (mg, without any loading dose) against a session cap.
 */
export function capChecks(caps: readonly CapInForce[], delivered: { rateMgH: Dec; sessionMg: Dec }, agent: string): Check[] {
  return caps.map((cap) => {
    const value = cap.perHour ? delivered.rateMgH : delivered.sessionMg;
    const unit = cap.perHour ? 'mg/h' : 'mg';
    const passed = value.lte(cap.limit);
    return {
      code: 'protocol_cap_exceeded',
      rule: cap.id,
      severity: 'hard',
      passed,
      agent,
      observed: quantity(value, unit),
      limit: quantity(cap.limit, unit),
      source: cap.source,
      message: passed
        ? `The delivered dose is within the protocol cap of ${cap.stated.value} ${cap.stated.unit}.`
        : `The delivered dose would exceed the protocol cap of ${cap.stated.value} ${cap.stated.unit}; it is refused.`,
    };
  });
}

/** Whether a protocol cap bound the ordered dose (an info finding when it did). */
export function capAppliedCheck(
  c: {
    readonly cap: { readonly id: string; readonly value: string; readonly unit: string; readonly source: Source };
    readonly measure: string;
    readonly limit: Dec;
    readonly uncapped: Dec;
    readonly bound: boolean;
  },
  agent: string,
): Check {
  const unit = c.measure.startsWith('dose-rate') ? 'mg/h' : 'mg';
  return {
    code: 'protocol_cap_applied',
    rule: c.cap.id,
    severity: 'info',
    passed: !c.bound,
    agent,
    observed: quantity(c.uncapped, unit),
    limit: quantity(c.limit, unit),
    source: c.cap.source,
    message: c.bound
      ? `The protocol cap of ${c.cap.value} ${c.cap.unit} binds: the dose is lowered from ${quantity(c.uncapped, unit).value} ${unit} to ${quantity(c.limit, unit).value} ${unit}.`
      : `The protocol cap of ${c.cap.value} ${c.cap.unit} does not bind.`,
  };
}
