/**
 * Combination bags: several agents, each dosed by its own protocol, in one bag run at one pump
 * rate. Each agent's dose comes from planning its protocol on its own (so every rule, cap and limit
 * of that protocol applies); the bag is then made up with all the additives, the pump rate set for
 * the whole bag, and every agent's delivered dose, concentration and limits checked again at that
 * rate. Pairs with no cited compatibility statement are a soft finding; a cited incompatibility is hard.
 */
import { type Dec, dec } from '../decimal/index.js';
import { compatibilityOf } from '../agents/compatibility.js';
import { BUILTIN_CATALOGUE } from '../catalogue/builtin.js';
import type { Catalogue, Source } from '../catalogue/types.js';
import { acknowledge } from '../checks/acknowledge.js';
import { agentLimitChecks } from '../checks/agent-limits.js';
import { capChecks } from '../checks/caps.js';
import { pumpRangeChecks } from '../checks/pump-range.js';
import { crossesNewCeiling, roundWithCeiling } from '../compounding/measurable.js';
import type { Issue, Issues } from '../schema/issues.js';
import { combinationShape } from '../schema/combination.js';
import { mapZodIssue } from '../schema/zod-issues.js';
import type { Measure } from '../units/measure.js';
import { quantity } from '../units/quantity.js';
import { type Quantity, mgPer, readMassUnit } from '../units/index.js';
import { type ComponentFacts, pathForCheck, planInfusionWithFacts } from './plan-infusion.js';
import type { AgentDose, Additive, Check, Plan, TraceStep } from './types.js';

/** A plan for one bag holding several agents. */
export interface CombinationPlan {
  readonly catalogue: Plan['catalogue'];
  readonly protocols: readonly Plan['protocol'][];
  readonly session: Plan['session'];
  readonly patient: Plan['patient'];
  /** Each component's dosing weight (agents may dose by different weights). */
  readonly dosingWeights: readonly { readonly agent: string; readonly weight: Plan['dosingWeight'] }[];
  readonly agents: readonly AgentDose[];
  readonly bag: Plan['bag'];
  readonly pump: Plan['pump'];
  readonly checks: readonly Check[];
  readonly acknowledgements: Plan['acknowledgements'];
  readonly status: Plan['status'];
  readonly notes: Plan['notes'];
  readonly trace: readonly TraceStep[];
}

/** The result of {@link planCombination}. */
export type CombinationResult =
  | { readonly ok: true; readonly plan: CombinationPlan; readonly warnings: readonly Check[] }
  | { readonly ok: false; readonly issues: Issues };

/**
 * Where a refusal in a combination points: the pump range at `pump`, a pair's compatibility at
 * `components`, and an agent's own finding at its component, as the single-agent plan would place it.
 */
function combinationPath(c: Check, facts: readonly ComponentFacts[]): readonly (string | number)[] {
  if (c.code.startsWith('pump_rate')) return ['pump'];
  const index = facts.findIndex((f) => f.agent === c.agent);
  return index < 0 ? ['components'] : ['components', index, ...pathForCheck(c)];
}

/** A component's finding as it stood before its acknowledgement was attached. */
function withoutAcknowledgement(c: Check): Check {
  if (c.acknowledgement === undefined) return c;
  const { acknowledgement: _ack, ...rest } = c;
  return rest;
}

const fail = (issues: Issue[]): CombinationResult => ({ ok: false, issues: issues as unknown as Issues });
const D = (q: Quantity): Dec => dec(q.value);

/** mg in one unit of an output mass unit. */
function mgPerUnit(unit: string): Dec {
  const mass = readMassUnit(unit.split('/')[0] ?? '');
  if (!mass) throw new Error(`plan quantity in ${unit}, which is not a mass unit`);
  return mgPer(mass);
}

/**
 * Plans one bag that holds several agents, each dosed by its own protocol (all whole-bag protocols
 * of the same duration), run at one pump rate.
 *
 * @param input - `{ patient, session, components: [{ protocol, dose?, product? }, ...], preparation: { containerVolume, ... }, pump?, acknowledgements?, careArea? }`.
 * @returns the combined plan, or coded issues (a component's own issues carry its index in the path).
 * @example
 * ```ts
 * planCombination({
 *   patient: { weight: { value: 70, unit: 'kg' } },
 *   session: 1,
 *   components: [
 *     { protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } },
 *     { protocol: 'magnesium-crps-collins-2009' },
 *   ],
 *   preparation: { containerVolume: { value: 250, unit: 'mL' } },
 *   acknowledgements: [{ code: 'compatibility_unknown', reason: 'pharmacy reviewed' }],
 * });
 * ```
 */
export function planCombination(input: unknown, catalogue: Catalogue = BUILTIN_CATALOGUE): CombinationResult {
  const shape = combinationShape.safeParse(input, { reportInput: true });
  if (!shape.success) return fail(shape.error.issues.flatMap(mapZodIssue));
  const s = shape.data;
  const acks = s.acknowledgements ?? [];

  // Each component planned on its own, in the shared bag volume, so its own rules all apply.
  const parts: Plan[] = [];
  const facts: ComponentFacts[] = [];
  const issues: Issue[] = [];
  s.components.forEach((c, i) => {
    const { result: r, facts: f } = planInfusionWithFacts(
      {
        patient: s.patient,
        protocol: c.protocol,
        session: s.session,
        ...(c.dose !== undefined ? { dose: c.dose } : {}),
        preparation: { ...(s.preparation ?? {}), ...(c.product !== undefined ? { product: c.product } : {}) },
        ...(s.pump !== undefined ? { pump: s.pump } : {}),
        acknowledgements: acks,
        ...(s.careArea !== undefined ? { careArea: s.careArea } : {}),
      },
      catalogue,
    );
    if (!r.ok) issues.push(...r.issues.map((x) => ({ ...x, path: ['components', i, ...x.path] })));
    else if (f) {
      parts.push(r.plan);
      facts.push(f);
    }
  });
  if (issues.length > 0) return fail(issues);

  const first = parts[0] as Plan;
  for (const [i, p] of parts.entries()) {
    if (p.bag.style !== 'whole-bag' || p.bag.additives.length !== 1 || !p.bag.diluent) {
      issues.push({ code: 'combination_not_whole_bag', path: ['components', i, 'protocol'], message: `${p.protocol.id} does not make up a whole bag from a vial, so it cannot share one.` });
    } else if (p.pump.durationOrdered.value !== first.pump.durationOrdered.value || p.bag.diluent.id !== first.bag.diluent?.id) {
      issues.push({
        code: 'combination_mismatch',
        path: ['components', i, 'protocol'],
        message: `${p.protocol.id} runs ${p.pump.durationOrdered.value} min in ${p.bag.diluent.id}; ${first.protocol.id} runs ${first.pump.durationOrdered.value} min in ${first.bag.diluent?.id}. One bag needs one duration and one diluent.`,
      });
    }
  }
  if (new Set(parts.map((p) => p.agents[0]?.agent)).size !== parts.length) {
    issues.push({ code: 'combination_duplicate_agent', path: ['components'], message: 'Each agent may appear once in a combination bag.' });
  }
  if (issues.length > 0) return fail(issues);

  const trace: TraceStep[] = [];
  const checks: Check[] = [];
  // Compatibility of every pair.
  for (let i = 0; i < parts.length; i += 1) {
    for (let j = i + 1; j < parts.length; j += 1) {
      const a = parts[i]?.agents[0]?.agent as string;
      const b = parts[j]?.agents[0]?.agent as string;
      const rec = compatibilityOf(a, b);
      checks.push({
        code: rec?.status === 'incompatible' ? 'incompatible_agents' : rec ? 'compatible_agents' : 'compatibility_unknown',
        rule: `compatibility.${a}.${b}`,
        severity: rec?.status === 'incompatible' ? 'hard' : rec ? 'info' : 'soft',
        passed: rec?.status === 'compatible',
        ...(rec ? { source: rec.source } : {}),
        message: rec
          ? `${a} with ${b}: ${rec.text}`
          : `No cited statement on ${a} with ${b} in one bag: confirm compatibility (pharmacy, a compatibility reference) and acknowledge with a reason.`,
      });
    }
  }

  // The bag: one diluent bag, every additive, withdrawn or added as the preparation says.
  const dil = first.bag.diluent as NonNullable<Plan['bag']['diluent']>;
  const nominal = D(dil.nominalVolume);
  const overfill = D(dil.overfill);
  const additives: Additive[] = parts.map((p) => p.bag.additives[0] as Additive);
  const drawnMl = additives.reduce((t, a) => t.add(D(a.volume)), dec(0));
  const withdrawEqual = first.bag.additiveVolume === 'withdraw-equal';
  if (withdrawEqual && drawnMl.gt(nominal)) {
    return fail([{ code: 'container_too_small', path: ['preparation', 'containerVolume'], message: `The additives (${drawnMl.toFixed()} mL) are more than the ${nominal.toFixed()} mL bag.` }]);
  }
  const withdrawn = withdrawEqual ? drawnMl : dec(0);
  const finalMl = nominal.add(overfill).sub(withdrawn).add(drawnMl);
  const amountsMg = facts.map((f) => f.amountMg);
  trace.push({
    step: 'bag.combination',
    description: 'All additives in one bag',
    formula: withdrawEqual ? 'final mL = bag + overfill - sum(drawn) + sum(drawn)' : 'final mL = bag + overfill + sum(drawn)',
    inputs: Object.fromEntries(additives.map((a) => [a.agent, quantity(D(a.volume), 'mL')])),
    result: quantity(finalMl, 'mL'),
  });

  // One pump rate: the whole bag over the ordered duration, never rounded up across any agent's
  // protocol cap or upper limit that the exact rate respects.
  const durationH = D(first.pump.durationOrdered).div(60);
  const exactRate = finalMl.div(durationH);
  // The same ceilings each agent's own plan rounds under: its caps, its upper limits in force and its
  // protocol's maxima, each in mg/h at its dosing weight.
  const ceilings = facts.map((f) => ({ amount: f.amountMg, mgH: f.rateCeilingsMgH }));
  const increment = (facts[0] as ComponentFacts).increment;
  const rate = roundWithCeiling(exactRate, increment, (r, exact) =>
    ceilings.some((c) => crossesNewCeiling(r.mul(c.amount).div(finalMl), exact.mul(c.amount).div(finalMl), c.mgH)),
  );
  const actualH = finalMl.div(rate.value);
  trace.push({
    step: 'pump.rate',
    description: 'One pump rate for the whole bag',
    formula: 'mL/h = final mL / h',
    inputs: { volume: quantity(finalMl, 'mL'), duration: quantity(durationH, 'h') },
    result: quantity(rate.value, 'mL/h'),
    rounding: { exact: quantity(exactRate, 'mL/h'), increment: quantity(increment, 'mL/h'), mode: rate.mode },
  });

  // Every agent at the shared rate: mg/h = mL/h x mg / mL; checks again on what is delivered.
  const agents: AgentDose[] = parts.map((p, i) => {
    const a = p.agents[0] as AgentDose;
    const f = facts[i] as ComponentFacts;
    const unit = a.totalDose.unit;
    const perUnit = mgPerUnit(unit);
    const mg = f.amountMg;
    const kg = f.dosingWeightKg;
    const rateMgH = rate.value.mul(mg).div(finalMl);
    const observed: Partial<Record<Measure, Dec>> = {
      'dose-rate': rateMgH,
      'dose-rate-per-kg': rateMgH.div(kg),
      'session-dose': mg,
      'session-dose-per-kg': mg.div(kg),
      concentration: mg.div(finalMl),
      duration: actualH,
    };
    // The same rules as the agent's own plan, on what this bag delivers at the shared rate (no
    // loading dose and no earlier sessions here: every limit reads this session's values).
    checks.push(...agentLimitChecks(f.limits, f.risks, () => observed, f.agent, false));
    checks.push(...capChecks(f.caps, { rateMgH, sessionMg: mg }, f.agent));
    const massUnit = unit;
    return {
      ...a,
      delivered: {
        doseRate: quantity(rateMgH.div(perUnit), `${massUnit}/h`),
        doseRatePerKg: quantity(rateMgH.div(kg).div(perUnit), `${massUnit}/kg/h`),
        totalDose: quantity(mg.div(perUnit), massUnit),
        totalDosePerKg: quantity(mg.div(kg).div(perUnit), `${massUnit}/kg`),
      },
    };
  });

  // Each component's own findings that do not depend on the bag stay (patient, dose range, data).
  const bagDependent = /^(concentration|dose_rate|session_dose|duration|pump_rate|protocol_cap_exceeded|residual_in_container|overfill_not_stated|rounded_down_for_limit)/;
  for (const p of parts) {
    for (const c of p.checks) {
      // Acknowledgements are judged once, for the whole bag, below.
      if (bagDependent.test(c.code) || c.code === 'acknowledgement_unused') continue;
      if (c.rule.startsWith('patient.') && p !== first) continue;
      checks.push(withoutAcknowledgement(c));
    }
  }
  checks.push(...pumpRangeChecks([rate.value], (facts[0] as ComponentFacts).pumpRange));
  const { checks: withAcks, needsAck } = acknowledge(checks, acks);
  const hard = withAcks.filter((c) => c.severity === 'hard' && !c.passed);
  if (hard.length > 0) return fail(hard.map((c) => ({ ...c, path: combinationPath(c, facts) })));

  const concentrations = agents.map((a, i) => ({ agent: a.agent, value: quantity((amountsMg[i] as Dec).div(finalMl), 'mg/mL') }));
  const plan: CombinationPlan = {
    catalogue: first.catalogue,
    protocols: parts.map((p) => p.protocol),
    session: first.session,
    patient: first.patient,
    dosingWeights: parts.map((p) => ({ agent: p.agents[0]?.agent as string, weight: p.dosingWeight })),
    agents,
    bag: {
      style: 'whole-bag',
      container: first.bag.container,
      additives,
      diluent: { ...dil, withdrawn: quantity(withdrawn, 'mL'), volume: quantity(nominal.add(overfill).sub(withdrawn), 'mL') },
      additiveVolume: first.bag.additiveVolume,
      finalVolume: quantity(finalMl, 'mL'),
      concentrations,
      residualVolume: quantity(dec(0), 'mL'),
    },
    pump: {
      ...first.pump,
      rateExact: quantity(exactRate, 'mL/h'),
      rate: quantity(rate.value, 'mL/h'),
      rounding: { mode: rate.mode, roundedDownForLimit: rate.roundedDownForLimit },
      volumeToBeInfused: quantity(finalMl, 'mL'),
      duration: quantity(actualH.mul(60), 'min'),
      segments: [
        {
          kind: 'maintenance',
          rate: quantity(rate.value, 'mL/h'),
          duration: quantity(actualH.mul(60), 'min'),
          volume: quantity(finalMl, 'mL'),
          doses: agents.map((a) => ({ agent: a.agent, amount: a.delivered.totalDose, doseRate: a.delivered.doseRate })),
        },
      ],
    },
    checks: withAcks,
    acknowledgements: acks,
    status: needsAck ? 'needs-acknowledgement' : 'ready',
    notes: parts.flatMap((p) => p.notes) as { kind: string; text: string; source: Source }[],
    trace: [...parts.flatMap((p) => p.trace.map((t) => ({ ...t, step: `${p.protocol.id}:${t.step}` }))), ...trace],
  };
  return { ok: true, plan, warnings: withAcks.filter((c) => !c.passed) };
}
