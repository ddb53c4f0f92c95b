/**
 * The components of a combination bag: each planned on its own by the single-agent pipeline (so
 * every rule of its protocol applies), whether they can share one bag, and which of their own
 * findings stand for the bag.
 */
import type { Catalogue } from '../catalogue/types.js';
import type { Issue } from '../types/issues.js';
import type { ComponentFacts } from '../stages/component-facts.js';
import { planInfusionWithFacts } from './plan-infusion.js';
import type { Check, Plan } from '../types/plan.js';

/** The combination request past its door. */
export interface CombinationRequest {
  readonly patient: unknown;
  readonly session: unknown;
  readonly components: readonly { readonly protocol: string; readonly dose?: unknown; readonly product?: string | undefined }[];
  readonly preparation?: Record<string, unknown> | undefined;
  readonly pump?: unknown;
  readonly careArea?: string | undefined;
  /** This session's date and the patient's earlier sessions, for every component's windowed limits. */
  readonly date?: string | undefined;
  readonly history?: unknown;
}

/**
 * The request's own fields, not a component's: every component's plan reads them, and an issue about
 * one is reported once, at its path in the combination request (where the caller can fix it).
 */
const REQUEST_FIELDS: ReadonlySet<unknown> = new Set(['patient', 'session', 'pump', 'acknowledgements', 'date', 'history', 'careArea', 'preparation']);

/**
 * An issue of a component's own plan, placed in the combination request: a request field at its own
 * path, the component's product (its plan's preparation.product) at components.i.product, and the
 * component's protocol and dose under components.i.
 */
function componentIssuePath(path: readonly (string | number)[], i: number): (string | number)[] {
  if (path[0] === 'preparation' && path[1] === 'product') return ['components', i, 'product', ...path.slice(2)];
  return REQUEST_FIELDS.has(path[0]) ? [...path] : ['components', i, ...path];
}

/** Each component planned in the shared bag volume, or every component's issues with its index. */
export function planComponents(
  s: CombinationRequest,
  acks: readonly { code: string; reason: string }[],
  catalogue: Catalogue,
): { ok: true; parts: Plan[]; facts: ComponentFacts[] } | { ok: false; issues: Issue[] } {
  const parts: Plan[] = [];
  const facts: ComponentFacts[] = [];
  const issues: Issue[] = [];
  s.components.forEach((c, i) => {
    const request = {
      patient: s.patient,
      protocol: c.protocol,
      session: s.session,
      ...(c.dose !== undefined ? { dose: c.dose } : {}),
      preparation: { ...(s.preparation ?? {}), ...(c.product !== undefined ? { product: c.product } : {}) },
      ...(s.pump !== undefined ? { pump: s.pump } : {}),
      acknowledgements: acks,
      ...(s.careArea !== undefined ? { careArea: s.careArea } : {}),
      ...(s.date !== undefined ? { date: s.date } : {}),
      ...(s.history !== undefined ? { history: s.history } : {}),
    };
    const { result: r, facts: f } = planInfusionWithFacts(request, catalogue);
    if (!r.ok) issues.push(...r.issues.map((x) => ({ ...x, path: componentIssuePath(x.path, i) })));
    else if (f) {
      parts.push(r.plan);
      facts.push(f);
    }
  });
  return issues.length > 0 ? { ok: false, issues: onceEach(issues) } : { ok: true, parts, facts };
}

/** Each issue once: every component reads the same date, history and care area, so their issues repeat. */
function onceEach(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((x) => {
    const key = `${x.code} ${JSON.stringify(x.path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether a component's plan is a whole bag made up from one vial in a diluent: the only kind that can share a bag. */
function isWholeBag(p: Plan): p is Plan & { readonly bag: { readonly diluent: NonNullable<Plan['bag']['diluent']> } } {
  return p.bag.style === 'whole-bag' && p.bag.additives.length === 1 && p.bag.diluent !== undefined;
}

/**
 * Why the components cannot share one bag: not a whole bag from a vial, another duration or diluent
 * than the first component that is a whole bag, an agent twice.
 */
export function sameBagIssues(parts: readonly Plan[]): Issue[] {
  const first = parts.find(isWholeBag);
  const issues: Issue[] = [];
  for (const [i, p] of parts.entries()) {
    if (!isWholeBag(p)) {
      issues.push({
        code: 'combination_not_whole_bag',
        path: ['components', i, 'protocol'],
        message: `${p.protocol.id} does not make up a whole bag from a vial, so it cannot share one.`,
      });
      continue;
    }
    // p is a whole bag, so there is a first one (p itself, or one before it).
    const f = first as typeof p;
    if (p.pump.durationOrdered.value !== f.pump.durationOrdered.value || p.bag.diluent.id !== f.bag.diluent.id) {
      issues.push({
        code: 'combination_mismatch',
        path: ['components', i, 'protocol'],
        message: `${p.protocol.id} runs ${p.pump.durationOrdered.value} min in ${p.bag.diluent.id}; ${f.protocol.id} runs ${f.pump.durationOrdered.value} min in ${f.bag.diluent.id}. One bag needs one duration and one diluent.`,
      });
    }
  }
  if (new Set(parts.map((p) => p.agents[0]?.agent)).size !== parts.length) {
    issues.push({ code: 'combination_duplicate_agent', path: ['components'], message: 'Each agent may appear once in a combination bag.' });
  }
  return issues;
}

/**
 * Findings of a component's own plan that depend on its bag; the combination judges them again (a
 * component protocol's own bag volume is replaced by the shared bag's). The duration findings do not
 * depend on the bag, so they are carried over: the components share one ordered duration, and a
 * clinician's duration outside a protocol's range, or other than the one it fixes, stays named (the
 * shared rate is never rounded up below a component's minimum duration, combined-bag.ts). The
 * pump-rounding and empty-segment findings of a component's own rate are judged again on the shared rate.
 */
const BAG_DEPENDENT =
  /^(concentration|dose_rate|session_dose|pump_rate|pump_rounding|pump_segment|protocol_cap_exceeded|residual_in_container|overfill_not_stated|rounded_down_for_limit|container_volume_differs_from_protocol|cumulative_dose_unknown|window_counted_conservatively)/;

/**
 * Each component's own findings that do not depend on the bag (patient once, dose range, data),
 * without its acknowledgements: those are judged once, for the whole bag. Every finding but the
 * patient's names its component's agent.
 */
export function carriedOver(parts: readonly Plan[]): Check[] {
  const first = parts[0];
  const checks: Check[] = [];
  for (const p of parts) {
    for (const c of p.checks) {
      if (BAG_DEPENDENT.test(c.code) || c.code === 'acknowledgement_unused') continue;
      const patient = c.rule.startsWith('patient.');
      if (patient && p !== first) continue;
      // A component's own finding names its agent, so that two components' findings of one code
      // (each protocol's duration range, say) are told apart and point at their component.
      const agent = p.agents[0]?.agent;
      const named = patient || c.agent !== undefined || agent === undefined ? c : { ...c, agent };
      checks.push(withoutAcknowledgement(named));
    }
  }
  return checks;
}

/** A component's finding as it stood before its acknowledgement was attached. */
function withoutAcknowledgement(c: Check): Check {
  if (c.acknowledgement === undefined) return c;
  const { acknowledgement: _ack, ...rest } = c;
  return rest;
}
