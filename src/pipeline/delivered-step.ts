/**
 * The pipeline's delivered step: what the pump delivers judged against the agent's limits (with
 * earlier sessions added over a window), the protocol's caps, what stays in the container, the
 * protocol's duration range, and the pre-infusion requirements.
 */
import type { Dec } from '../decimal/index.js';
import type { Limit } from '../catalogue/types.js';
import { agentLimitChecks, appliesToPatient } from '../checks/agent-limits.js';
import { type CapInForce, capChecks } from '../checks/caps.js';
import type { OrderedDose } from '../stages/dose.js';
import type { Plan } from '../types/plan.js';
import type { PreparedProtocol } from '../prepare/protocol.js';
import { cumulativeStep } from '../present/trace-delivered.js';
import { residualCheck } from '../rules/bag-rules.js';
import { cumulativeUnknownCheck, dateRequiredCheck, durationRangeChecks } from '../rules/delivered-rules.js';
import { requirementChecks } from '../rules/requirement-rules.js';
import type { PlanInput } from '../schema/input.js';
import { windowTotal } from '../stages/window.js';
import type { Measure } from '../units/measure.js';
import type { BagFacts } from './bag-step.js';
import type { Order } from './order-step.js';
import type { PumpFacts } from './pump-step.js';
import type { Findings } from './state.js';

/** What the delivered step reads. */
export interface Delivered {
  readonly input: PlanInput;
  readonly p: PreparedProtocol;
  readonly bag: BagFacts;
  readonly order: Order;
  readonly pump: PumpFacts;
  readonly W: Dec;
  readonly derivedDuration: boolean;
}

/** A protocol cap as the ordered dose applied it, as the cap rule reads it. */
export function capInForce(c: OrderedDose['caps'][number]): CapInForce {
  return { id: c.cap.id, stated: { value: c.cap.value, unit: c.cap.unit }, perHour: c.measure.startsWith('dose-rate'), limit: c.limit, source: c.cap.source };
}

/** Judges what is delivered; returns the caps in force, the patient's risks and the requirements. */
export function deliveredStep(d: Delivered, f: Findings): { caps: CapInForce[]; risks: ReadonlySet<string>; requirements: Plan['requirements'] } {
  const { input, p, bag, order } = d;
  const { pump } = d.pump;
  const risks = new Set<string>(input.patient.risks ?? []);
  if (input.date === undefined && input.history.length > 0 && p.limitsInForce.some((l) => l.window !== undefined && l.window !== 'course')) {
    f.checks.push(dateRequiredCheck());
  }
  const observed = observedValues(d, false);
  // A loading dose counts against every dose-rate limit not marked as for maintenance only.
  const observedPeak = observedValues(d, true);
  for (const limit of p.limitsInForce) {
    if (!appliesToPatient(limit, risks)) continue;
    const windowed = windowedValues(limit, d, f);
    f.checks.push(...agentLimitChecks([limit], risks, () => windowed ?? (limit.appliesTo === 'maintenance' ? observed : observedPeak), p.agent.id, true));
  }
  // Protocol caps on what is delivered: rounding is built never to cross them, and this says so.
  const caps = order.ordered.caps.map(capInForce);
  f.checks.push(...capChecks(caps, { rateMgH: pump.deliveredRateMgH, sessionMg: pump.deliveredMg.sub(order.loadingMg) }, p.agent.id));
  // What stays in the container: a standard-concentration bag usually holds more than the dose.
  const residualMl = bag.prep.finalMl.sub(pump.vtbiMl);
  if (residualMl.gt(0)) f.checks.push(residualCheck(residualMl, bag.prep, p.agent));
  if (d.derivedDuration) f.checks.push(...durationRangeChecks(p.protocol, pump.durationH));
  const reqs = requirementChecks([...(p.agent.requirements ?? []), ...(p.protocol.requirements ?? [])], input.readiness, p.agent.id);
  f.checks.push(...reqs.checks);
  return { caps, risks, requirements: reqs.requirements };
}

/** The delivered values by measure, in base units; with `peak`, dose rates at the fastest segment. */
function observedValues(d: Delivered, peak: boolean): Partial<Record<Measure, Dec>> {
  const { pump } = d.pump;
  const rate = peak ? pump.peakRateMgH : pump.deliveredRateMgH;
  return {
    'dose-rate': rate,
    'dose-rate-per-kg': rate.div(d.W),
    'session-dose': pump.deliveredMg,
    'session-dose-per-kg': pump.deliveredMg.div(d.W),
    concentration: d.bag.prep.concentrationMgPerMl,
    duration: pump.durationH,
  };
}

/** Session-dose values over a limit's window: this session plus the earlier ones within it. */
function windowedValues(limit: Limit, d: Delivered, f: Findings): Partial<Record<Measure, Dec>> | undefined {
  const { input, p, W } = d;
  const total = windowTotal(limit, input.history, p.catalogue, p.protocol, input.date, W);
  if (!total) return undefined;
  const mg = d.pump.pump.deliveredMg;
  for (const h of total.unknown) f.checks.push(cumulativeUnknownCheck(limit, h, p.agent.id));
  if (total.prior.length > 0) f.trace.push(cumulativeStep(limit, mg, total.priorMg));
  return { 'session-dose': mg.add(total.priorMg), 'session-dose-per-kg': mg.add(total.priorMg).div(W) };
}
