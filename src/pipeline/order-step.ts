/**
 * The ordered dose: the regimen's third parameter derived and the protocol's caps applied, a loading
 * dose before it where the protocol has one, and the ceilings that rounding must never cross.
 */
import { type Dec, dec } from '../decimal/index.js';
import { readLimit } from '../checks/limits.js';
import { type OrderedDose, type RegimenParam, type ResolvedParam, orderDose, resolveParam } from '../stages/dose.js';
import type { PreparedProtocol } from '../prepare/protocol.js';
import { capStep, loadingStep, orderedStep } from '../present/trace-dose.js';
import { RULES, judge } from '../rules/table.js';
import type { PlanInput } from '../schema/input.js';
import type { Params } from './params-step.js';
import { type Findings, type Step, next, refuse } from './state.js';

/** A loading dose, in mg over h, with the ceilings on it and its value as stated. */
export interface Loading {
  readonly mg: Dec;
  readonly durationH: Dec;
  readonly ceilings: Dec[];
  readonly stated: { readonly value: Dec; readonly unit: string };
  /** The loading dose as resolved, for the rules on its range. */
  readonly resolved: ResolvedParam;
}

/** The ordered dose and the loading dose before it. */
export interface Order {
  readonly ordered: OrderedDose;
  readonly loading: Loading | undefined;
  readonly loadingMg: Dec;
}

/** Derives the ordered dose, applies the caps, and resolves a loading dose. */
export function orderStep(input: PlanInput, p: PreparedProtocol, params: Params, W: Dec, derived: RegimenParam, f: Findings): Step<Order> {
  const { protocol, agent } = p;
  const ordered = orderDose(protocol.regimen, params, p.exact.caps, W);
  const loaded = loadingDose(input, p, W, f);
  if (!loaded.ok) return loaded;
  const loading = loaded.value;
  f.trace.push(orderedStep(protocol.regimen, derived, W, ordered));
  for (const c of ordered.caps) f.trace.push(capStep(c));
  f.checks.push(...judge(RULES.order, { agent: agent.id, loading: loading?.resolved, caps: ordered.caps }, f.paths));
  return next({ ordered, loading, loadingMg: loading?.mg ?? dec(0) });
}

/** A loading dose, given over its own first segment before the maintenance regimen. */
function loadingDose(input: PlanInput, p: PreparedProtocol, W: Dec, f: Findings): Step<Loading | undefined> {
  const { protocol } = p;
  if (!protocol.loading) {
    if (input.dose.loading !== undefined)
      return refuse({ code: 'dose_not_adjustable', path: ['dose', 'loading'], message: 'This protocol has no loading dose.' });
    return next(undefined);
  }
  const lt = resolveParam('loading', protocol.loading.total, input.dose.loading);
  const ld = resolveParam('duration', protocol.loading.duration, undefined);
  if (!lt.ok) return refuse({ ...lt.issue, path: ['dose', 'loading'] });
  if (!ld.ok) throw new Error(`protocol ${protocol.id} loading dose has no duration`);
  const perKg = lt.value.measure === 'session-dose-per-kg';
  const mg = perKg ? lt.value.base.mul(W) : lt.value.base;
  const max = lt.value.exact.max;
  f.trace.push(loadingStep(lt.value, ld.value.base, perKg, W, mg));
  return next({ mg, durationH: ld.value.base, ceilings: max ? [perKg ? max.mul(W) : max] : [], stated: lt.value.stated, resolved: lt.value });
}

/** Ceilings on the dose rate (mg/h) and the session dose (mg) that rounding must never cross. */
export interface Ceilings {
  readonly rate: Dec[];
  readonly total: Dec[];
}

/**
 * Protocol caps, the agent's upper limits in force (soft and hard, so rounding never creates a
 * finding the exact dose does not have) and the protocol's maxima, each at the dosing weight.
 */
export function ceilingsFor(p: PreparedProtocol, ordered: OrderedDose, params: Params, W: Dec): Ceilings {
  const rate: Dec[] = [];
  const total: Dec[] = [];
  for (const c of ordered.caps) (c.measure.startsWith('dose-rate') ? rate : total).push(c.limit);
  for (const l of p.limitsInForce.filter((x) => x.bound === 'upper').map((x) => readLimit(x))) {
    if (l.measure === 'dose-rate') rate.push(l.base);
    if (l.measure === 'dose-rate-per-kg') rate.push(l.base.mul(W));
    if (l.measure === 'session-dose') total.push(l.base);
    if (l.measure === 'session-dose-per-kg') total.push(l.base.mul(W));
  }
  for (const r of Object.values(params)) {
    const max = r.exact.max;
    if (max === undefined || r.name === 'duration') continue;
    const perKg = r.exact.measure === 'dose-rate-per-kg' || r.exact.measure === 'session-dose-per-kg';
    (r.name === 'rate' ? rate : total).push(perKg ? max.mul(W) : max);
  }
  return { rate, total };
}
