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
import { checkLimit } from '../checks/limits.js';
import { crossesNewCeiling, roundWithCeiling } from '../compounding/measurable.js';
import type { Issue, Issues } from '../schema/issues.js';
import { combinationShape } from '../schema/combination.js';
import { mapZodIssue } from '../schema/zod-issues.js';
import { type Measure, readMeasure } from '../units/measure.js';
import { quantity } from '../units/quantity.js';
import { type Quantity, mgPer, readMassUnit } from '../units/index.js';
import { planInfusion } from './plan-infusion.js';
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
  const issues: Issue[] = [];
  s.components.forEach((c, i) => {
    const r = planInfusion(
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
    else parts.push(r.plan);
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
  const amountsMg = additives.map((a) => D(a.amount).mul(mgPerUnit(a.amount.unit)));
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
  const ceilings = parts.map((p, i) => {
    const agentData = catalogue.agents.find((x) => x.id === p.agents[0]?.agent);
    const mgH: Dec[] = (p.agents[0]?.caps ?? []).filter((c) => c.limit.unit.endsWith('/h')).map((c) => D(c.limit).mul(mgPerUnit(c.limit.unit)));
    const kg = D(p.dosingWeight.value);
    for (const l of agentData?.limits ?? []) {
      const m = readMeasure(dec(l.value), l.unit);
      if (l.bound !== 'upper' || !m) continue;
      if (m.measure === 'dose-rate') mgH.push(m.base);
      if (m.measure === 'dose-rate-per-kg') mgH.push(m.base.mul(kg));
    }
    return { amount: amountsMg[i] as Dec, mgH };
  });
  const increment = D(first.pump.increment);
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
    const unit = a.totalDose.unit;
    const perUnit = mgPerUnit(unit);
    const mg = amountsMg[i] as Dec;
    const kg = D(p.dosingWeight.value);
    const rateMgH = rate.value.mul(mg).div(finalMl);
    const agentData = catalogue.agents.find((x) => x.id === a.agent);
    const observed: Partial<Record<Measure, Dec>> = {
      'dose-rate': rateMgH,
      'dose-rate-per-kg': rateMgH.div(kg),
      'session-dose': mg,
      'session-dose-per-kg': mg.div(kg),
      concentration: mg.div(finalMl),
      duration: actualH,
    };
    for (const l of agentData?.limits ?? []) {
      if (l.careAreas !== undefined && (s.careArea === undefined || !l.careAreas.includes(s.careArea))) continue;
      const c = checkLimit(l, observed, a.agent);
      if (c) checks.push(c);
    }
    for (const cap of a.caps) {
      const perHour = cap.limit.unit.endsWith('/h');
      const v = perHour ? rateMgH : mg;
      const lim = D(cap.limit).mul(mgPerUnit(cap.limit.unit));
      checks.push({
        code: 'protocol_cap_exceeded',
        rule: cap.id,
        severity: 'hard',
        passed: v.lte(lim),
        agent: a.agent,
        observed: quantity(v, perHour ? 'mg/h' : 'mg'),
        limit: quantity(lim, perHour ? 'mg/h' : 'mg'),
        source: cap.source,
        message: v.lte(lim) ? 'Within the protocol cap in the combined bag.' : 'Above the protocol cap in the combined bag; it is refused.',
      });
    }
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
      if (bagDependent.test(c.code)) continue;
      if (c.rule.startsWith('patient.') && p !== first) continue;
      checks.push(c);
    }
  }
  const pumpChecksFrom = first.checks.filter((c) => c.code.startsWith('pump_rate'));
  for (const c of pumpChecksFrom) {
    const lim = D(c.limit as Quantity);
    const passed = c.code === 'pump_rate_below_minimum' ? rate.value.gte(lim) : rate.value.lte(lim);
    checks.push({ ...c, passed, observed: quantity(rate.value, 'mL/h') });
  }
  const withAcks = checks.map((c) => {
    if (c.passed || c.severity !== 'soft') return c;
    const ack = acks.find((x) => x.code === c.code);
    return ack ? { ...c, acknowledgement: { reason: ack.reason } } : c;
  });
  const hard = withAcks.filter((c) => c.severity === 'hard' && !c.passed);
  if (hard.length > 0) return fail(hard.map((c) => ({ ...c, path: c.code.includes('agents') ? ['components'] : ['preparation'] })));

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
    status: withAcks.some((c) => c.severity === 'soft' && !c.passed && !c.acknowledgement) ? 'needs-acknowledgement' : 'ready',
    notes: parts.flatMap((p) => p.notes) as { kind: string; text: string; source: Source }[],
    trace: [...parts.flatMap((p) => p.trace.map((t) => ({ ...t, step: `${p.protocol.id}:${t.step}` }))), ...trace],
  };
  return { ok: true, plan, warnings: withAcks.filter((c) => !c.passed) };
}
