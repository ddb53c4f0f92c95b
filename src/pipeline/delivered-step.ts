/**
 * The pipeline's delivered step: what the pump delivers judged against the agent's limits (with
 * earlier sessions added over a window), the protocol's caps, what stays in the container, the
 * protocol's duration range, and the pre-infusion requirements.
 */
import type { Dec } from '../decimal/index.js';
import { appliesToPatient } from '../checks/agent-limits.js';
import { patientRiskSet } from '../patient/risks.js';
import type { CapInForce } from '../checks/caps.js';
import type { OrderedDose } from '../stages/dose.js';
import type { Plan } from '../types/plan.js';
import type { PreparedProtocol } from '../prepare/protocol.js';
import { cumulativeStep } from '../present/trace-delivered.js';
import { confirmationsFor, planRequirements } from '../rules/requirement-rules.js';
import { RULES, judge } from '../rules/table.js';
import type { PlanInput } from '../schema/input.js';
import { type WindowTotal, windowTotal } from '../stages/window.js';
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
function capInForce(c: OrderedDose['caps'][number]): CapInForce {
  return { id: c.cap.id, stated: { value: c.cap.value, unit: c.cap.unit }, perHour: c.measure.startsWith('dose-rate'), limit: c.limit, source: c.cap.source };
}

/** Judges what is delivered; returns the caps in force, the patient's risks and the requirements. */
export function deliveredStep(
  d: Delivered,
  f: Findings,
): { caps: CapInForce[]; risks: ReadonlySet<string>; requirements: Plan['requirements']; windows: ReadonlyMap<string, WindowTotal> } {
  const { input, p, bag, order } = d;
  const { pump } = d.pump;
  const risks = patientRiskSet(input.patient.risks);
  const windows = windowTotals(d, risks, f);
  const caps = order.ordered.caps.map(capInForce);
  const confirmations = confirmationsFor(p.exact.requirements, input.readiness);
  f.checks.push(
    ...judge(
      RULES.delivered,
      {
        p,
        input,
        prep: bag.prep,
        pump,
        W: d.W,
        loadingMg: order.loadingMg,
        risks,
        caps,
        windows,
        derivedDuration: d.derivedDuration,
        confirmations,
      },
      f.paths,
    ),
  );
  return { caps, risks, requirements: planRequirements(confirmations), windows };
}

/**
 * The earlier sessions inside each windowed limit that applies to the patient (by limit id), with
 * the working of every window that holds any.
 */
function windowTotals(d: Delivered, risks: ReadonlySet<string>, f: Findings): Map<string, WindowTotal> {
  const { input, p, W } = d;
  const totals = new Map<string, WindowTotal>();
  const earlier = { history: input.historyView, planned: input.plannedBefore };
  for (const limit of p.limitsInForce) {
    if (!appliesToPatient(limit, risks)) continue;
    const total = windowTotal(limit, earlier, p.catalogue, p.protocol, input.date, W);
    if (!total) continue;
    totals.set(limit.id, total);
    if (total.prior.length > 0) f.trace.push(cumulativeStep(limit, d.pump.pump.deliveredMg, total.priorMg));
  }
  return totals;
}
