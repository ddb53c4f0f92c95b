/**
 * The rule table: every safety rule the pipeline judges once a stage has computed, as a rule object
 * in one ordered table per phase, run by one evaluator. A rule reads the facts of its phase and
 * returns its findings (passed or not, each with its code, severity, observed value, limit, source
 * and message); the order of the table is the order of `plan.checks`. The dose parameters' own
 * checks (label maximum, clearance band, titration) stay with the dose step, where each parameter is
 * resolved, because a refusal there stops the plan before an ordered dose exists.
 */
import type { Dec } from '../decimal/index.js';
import type { Limit, Product, WeightRule } from '../catalogue/types.js';
import { agentLimitChecks, appliesToPatient } from '../checks/agent-limits.js';
import { type CapInForce, capAppliedCheck, capChecks } from '../checks/caps.js';
import { patientChecks } from '../checks/patient.js';
import { type PumpRange, pumpRangeChecks } from '../checks/pump-range.js';
import { unverified } from '../checks/unverified.js';
import type { Preparation } from '../compounding/prepare.js';
import type { DosingWeightResult } from '../patient/weights.js';
import type { PreparedProtocol } from '../prepare/protocol.js';
import type { PumpPlan } from '../pump/settings.js';
import type { PlanInput } from '../schema/input.js';
import { type OrderedDose, type ResolvedParam, checkParam } from '../stages/dose.js';
import type { Body } from '../stages/patient.js';
import type { WindowTotal } from '../stages/window.js';
import type { ComponentFacts } from '../stages/component-facts.js';
import type { Check } from '../types/plan.js';
import type { Measure } from '../units/measure.js';
import {
  containerNotStockedCheck,
  containerVolumeCheck,
  productNotInProtocolCheck,
  dilutionChecks,
  overfillNotStatedCheck,
  residualCheck,
  roundedDownCheck,
  wholeVialsChecks,
} from './bag-rules.js';
import { cumulativeUnknownCheck, dateRequiredCheck, durationRangeChecks, windowConservativeCheck } from './delivered-rules.js';
import { ibwExtrapolatedCheck, sessionInCourseCheck } from './patient-rules.js';
import { type RoundedSegment, emptySegmentChecks, pumpRoundingChecks } from './pump-rules.js';
import { compatibilityChecks } from './compatibility-rules.js';
import { adjustmentChecks } from './adjustment-rules.js';
import { intervalChecks, severeEventCheck } from './history-rules.js';
import type { HistoryView } from '../schema/history-view.js';
import type { Protocol } from '../catalogue/types.js';
import { type Confirmation, requirementChecks } from './requirement-rules.js';

/** One rule: its id and how it judges the facts of its phase. */
export interface Rule<F> {
  readonly id: string;
  readonly evaluate: (facts: F) => readonly Check[];
}

/** What the patient rules read: the catalogue's plausibility limits and the patient's measures. */
export interface PatientPhase {
  readonly p: PreparedProtocol;
  readonly input: PlanInput;
  readonly body: Body;
}

/** What the dosing-weight rules read. */
export interface WeightPhase extends PatientPhase {
  readonly dosingWeight: DosingWeightResult;
  readonly weightRule: WeightRule;
}

/** What the history rules read: this protocol, the history, this session's date, and the severe events the titration engine does not judge. */
export interface HistoryPhase {
  readonly protocol: Protocol;
  /** The history, prepared once (a course's sessions share it). */
  readonly history: HistoryView;
  readonly date: string | undefined;
  /** Indexes of history entries with a severe event with this agent, outside the titration engine's course. */
  readonly severe: readonly number[];
  readonly clearance: { readonly reason: string } | undefined;
  readonly agent: string;
}

/** What the ordered-dose rules read: the loading dose as resolved and the caps as applied. */
export interface OrderPhase {
  readonly agent: string;
  readonly loading: ResolvedParam | undefined;
  readonly caps: OrderedDose['caps'];
}

/** What the bag rules read. */
export interface BagPhase {
  readonly p: PreparedProtocol;
  readonly prep: Preparation;
  readonly product: Product;
  /** The container volume the input chose, in mL (absent: the protocol's). */
  readonly chosenContainerMl: Dec | undefined;
}

/** What the pump rules read. */
export interface PumpPhase {
  readonly p: PreparedProtocol;
  readonly prep: Preparation;
  readonly pump: PumpPlan;
  readonly range: PumpRange;
}

/** What the rules on the delivered dose read. */
export interface DeliveredPhase {
  readonly p: PreparedProtocol;
  readonly input: PlanInput;
  readonly prep: Preparation;
  readonly pump: PumpPlan;
  readonly W: Dec;
  readonly loadingMg: Dec;
  readonly risks: ReadonlySet<string>;
  readonly caps: readonly CapInForce[];
  /** Each windowed limit's earlier sessions (by limit id). */
  readonly windows: ReadonlyMap<string, WindowTotal>;
  readonly derivedDuration: boolean;
  readonly confirmations: readonly Confirmation[];
}

const some = (c: Check | undefined): readonly Check[] => (c ? [c] : []);

/** The delivered values by measure, in base units; with `peak`, dose rates at the fastest segment. */
function observedValues(d: DeliveredPhase, peak: boolean): Partial<Record<Measure, Dec>> {
  const rate = peak ? d.pump.peakRateMgH : d.pump.deliveredRateMgH;
  return {
    'dose-rate': rate,
    'dose-rate-per-kg': rate.div(d.W),
    'session-dose': d.pump.deliveredMg,
    'session-dose-per-kg': d.pump.deliveredMg.div(d.W),
    concentration: d.prep.concentrationMgPerMl,
    duration: d.pump.durationH,
  };
}

/** What the limit rules read on a session: values in base units by measure, and the windows' earlier sessions. */
export interface LimitFacts {
  readonly limits: readonly Limit[];
  readonly risks: ReadonlySet<string>;
  readonly agent: string;
  /** Values a maintenance-only limit reads, and values every other limit reads (dose rates at the peak). */
  readonly observed: Partial<Record<Measure, Dec>>;
  readonly peak: Partial<Record<Measure, Dec>>;
  /** This session's amount in mg and the dosing weight, for a window's total. */
  readonly mg: Dec;
  readonly W: Dec;
  readonly windows: ReadonlyMap<string, WindowTotal>;
  readonly withNotes: boolean;
}

/**
 * Every agent limit in force that applies to the patient, each after the notes on earlier sessions
 * of its window that recorded no dose: session-dose limits over a window read this session plus the
 * earlier ones in it; a loading dose counts against every dose-rate limit not marked as for
 * maintenance only. A window that counted date-only sessions conservatively says so, in a note and
 * in each of its limit's findings.
 */
export function windowedLimitChecks(d: LimitFacts): Check[] {
  const checks: Check[] = [];
  for (const limit of d.limits) {
    if (!appliesToPatient(limit, d.risks)) continue;
    const total = d.windows.get(limit.id);
    if (total) checks.push(...total.unknown.map((h) => cumulativeUnknownCheck(limit, h, d.agent)));
    const windowed = total ? { 'session-dose': d.mg.add(total.priorMg), 'session-dose-per-kg': d.mg.add(total.priorMg).div(d.W) } : undefined;
    const values = (l: Limit) => windowed ?? (l.appliesTo === 'maintenance' ? d.observed : d.peak);
    const own = agentLimitChecks([limit], d.risks, values, d.agent, d.withNotes);
    if (!total || total.prior.length === 0) {
      checks.push(...own);
      continue;
    }
    const note = total.conservative.length > 0 ? windowConservativeCheck(limit, total.conservative, d.agent) : undefined;
    const counted = `Counted with ${total.prior.length} earlier session(s) in the ${limit.window === 'course' ? 'course' : `${limit.window?.hours} h window`}: ${total.prior.map((h) => h.date).join(', ')}.`;
    const explain = (c: Check): Check => (c.rule === limit.id ? { ...c, message: `${c.message} ${counted}${note ? ` ${note.message}` : ''}` } : c);
    checks.push(...(note ? [note] : []), ...own.map(explain));
  }
  return checks;
}

function deliveredLimitChecks(d: DeliveredPhase): Check[] {
  return windowedLimitChecks({
    limits: d.p.limitsInForce,
    risks: d.risks,
    agent: d.p.agent.id,
    observed: observedValues(d, false),
    peak: observedValues(d, true),
    mg: d.pump.deliveredMg,
    W: d.W,
    windows: d.windows,
    withNotes: true,
  });
}

/** What the rules on one agent in a combination bag read: its own facts and what the shared rate delivers. */
export interface SharedBagAgentPhase {
  readonly facts: ComponentFacts;
  readonly observed: Partial<Record<Measure, Dec>>;
  readonly rateMgH: Dec;
  readonly amountMg: Dec;
}

/** What the combination bag's own rules read. */
export interface CombinationPhase {
  readonly facts: readonly ComponentFacts[];
  /** Each agent's findings at the shared rate (from the shared-bag agent rules). */
  readonly agentChecks: readonly Check[];
  /** The components' own findings that do not depend on the bag. */
  readonly carriedOver: readonly Check[];
  readonly rate: Dec;
  /** The bag's one segment at the shared rate: exact and rounded rate, volume and duration. */
  readonly segment: RoundedSegment;
}

/** The rules, phase by phase, in the order the plan shows their findings. */
export const RULES = {
  patient: [
    {
      id: 'patient.plausibility',
      evaluate: ({ p, input, body }) =>
        patientChecks(p.catalogue.patientLimits, {
          weight: body.weightKg,
          ...(body.heightCm ? { height: body.heightCm } : {}),
          ...(input.patient.ageYears ? { age: input.patient.ageYears } : {}),
          ...(input.patient.creatinineMgDl ? { creatinine: input.patient.creatinineMgDl } : {}),
        }),
    },
  ] satisfies readonly Rule<PatientPhase>[],
  dosingWeight: [
    {
      id: 'patient.ideal-weight.height-under-60-in',
      evaluate: ({ dosingWeight, body }) => (dosingWeight.extrapolated && body.heightCm ? [ibwExtrapolatedCheck(body.heightCm)] : []),
    },
    { id: 'weight-basis.unverified', evaluate: ({ weightRule }) => some(unverified('weight-basis', 'The dosing-weight rule', weightRule.source)) },
    { id: 'protocol.schedule.sessions', evaluate: ({ input, p }) => [sessionInCourseCheck(input.session, p.protocol)] },
  ] satisfies readonly Rule<WeightPhase>[],
  history: [
    { id: 'history.min-interval', evaluate: ({ protocol, history, date }) => intervalChecks(protocol, history, date) },
    { id: 'history.severe-event', evaluate: ({ history, severe, agent, clearance }) => severeEventCheck(history.sessions, severe, agent, clearance) },
  ] satisfies readonly Rule<HistoryPhase>[],
  order: [
    { id: 'protocol.loading.range', evaluate: ({ loading }) => (loading ? checkParam(loading) : []) },
    { id: 'protocol.caps.applied', evaluate: ({ caps, agent }) => caps.map((c) => capAppliedCheck(c, agent)) },
  ] satisfies readonly Rule<OrderPhase>[],
  bag: [
    { id: 'product.dilution', evaluate: ({ prep, product, p }) => (prep.additive ? dilutionChecks(product, prep, p.agent) : []) },
    { id: 'protocol.whole-vials', evaluate: ({ prep, product, p }) => wholeVialsChecks(p.protocol, prep, product, p.agent) },
    { id: 'product.unverified', evaluate: ({ product }) => some(unverified(product.id, `The product ${product.name}`, product.source)) },
    { id: 'preparation.overfill', evaluate: ({ prep }) => (prep.diluent && !prep.diluent.overfillStated ? [overfillNotStatedCheck()] : []) },
    { id: 'protocol.container-volume', evaluate: ({ p, chosenContainerMl }) => some(containerVolumeCheck(p.protocol, chosenContainerMl)) },
    { id: 'protocol.products', evaluate: ({ p, product }) => some(productNotInProtocolCheck(p.protocol, product, p.agent)) },
    {
      id: 'preparation.container-volume.stocked',
      evaluate: ({ p, prep, chosenContainerMl }) => {
        const diluent = prep.diluent ? p.catalogue.diluents.find((d) => d.id === prep.diluent?.diluent.id) : undefined;
        return diluent && chosenContainerMl ? some(containerNotStockedCheck(diluent, chosenContainerMl)) : [];
      },
    },
  ] satisfies readonly Rule<BagPhase>[],
  pump: [
    {
      id: 'rounding.ceiling',
      evaluate: ({ pump, prep, p }) =>
        pump.segments.some((seg) => seg.rate.roundedDownForLimit || seg.volume?.roundedDownForLimit === true) || prep.additive?.drawn.roundedDownForLimit
          ? [roundedDownCheck(p.agent)]
          : [],
    },
    {
      id: 'pump.range',
      evaluate: ({ pump, range }) =>
        pumpRangeChecks(
          pump.segments.map((seg) => seg.rate.value),
          range,
        ),
    },
    // Issue 12 item 5: the rate the pump runs at, against the ordered rate (see pump-rules.ts for the 5%).
    { id: 'pump.rounding', evaluate: ({ pump, p }) => pumpRoundingChecks(pump.segments, p.agent.id) },
    // Issue 12 item 5: no segment may run for 0 min or infuse 0 mL.
    { id: 'pump.segments', evaluate: ({ pump, p }) => emptySegmentChecks(pump.segments, p.agent.id) },
  ] satisfies readonly Rule<PumpPhase>[],
  delivered: [
    {
      id: 'cumulative.date',
      evaluate: ({ input, p, risks }) => {
        if (input.date !== undefined || input.history.length === 0) return [];
        const windowed = p.limitsInForce.filter((l) => l.window !== undefined && l.window !== 'course' && appliesToPatient(l, risks));
        if (windowed.length === 0) return [];
        return [dateRequiredCheck(windowed.some((l) => l.severity === 'hard') ? 'hard' : 'soft')];
      },
    },
    { id: 'agent.limits', evaluate: deliveredLimitChecks },
    {
      id: 'protocol.caps.delivered',
      evaluate: ({ caps, pump, loadingMg, p }) => capChecks(caps, { rateMgH: pump.deliveredRateMgH, sessionMg: pump.deliveredMg.sub(loadingMg) }, p.agent.id),
    },
    {
      id: 'preparation.residual',
      evaluate: ({ prep, pump, p }) => {
        const residualMl = prep.finalMl.sub(pump.vtbiMl);
        return residualMl.gt(0) ? [residualCheck(residualMl, prep, p.agent)] : [];
      },
    },
    { id: 'protocol.duration', evaluate: ({ derivedDuration, p, pump }) => (derivedDuration ? durationRangeChecks(p.protocol, pump.durationH) : []) },
    { id: 'requirements', evaluate: ({ confirmations, input, p }) => requirementChecks(confirmations, input.readiness, p.agent.id) },
    {
      id: 'patient.adjustments',
      evaluate: (d) =>
        adjustmentChecks({
          agent: d.p.agent.id,
          protocolId: d.p.protocol.id,
          adjustments: d.p.agent.adjustments ?? [],
          ageYears: d.input.patient.ageYears,
          risks: d.risks,
          // mg/kg = mg / kg of dosing weight
          loadingMgPerKg: d.loadingMg.gt(0) ? d.loadingMg.div(d.W) : undefined,
          durationH: d.pump.durationH,
        }),
    },
  ] satisfies readonly Rule<DeliveredPhase>[],
  // The same limit and cap rules as an agent's own plan, on what the shared bag delivers at the shared
  // rate (no loading dose here; a windowed limit adds the earlier sessions its own plan counted).
  sharedBagAgent: [
    {
      id: 'agent.limits',
      evaluate: ({ facts, observed, amountMg }) =>
        windowedLimitChecks({
          limits: facts.limits,
          risks: facts.risks,
          agent: facts.agent,
          observed,
          peak: observed,
          mg: amountMg,
          W: facts.dosingWeightKg,
          windows: facts.windows,
          withNotes: false,
        }),
    },
    { id: 'protocol.caps.delivered', evaluate: ({ facts, rateMgH, amountMg }) => capChecks(facts.caps, { rateMgH, sessionMg: amountMg }, facts.agent) },
  ] satisfies readonly Rule<SharedBagAgentPhase>[],
  combination: [
    { id: 'compatibility', evaluate: ({ facts }) => compatibilityChecks(facts.map((f) => f.agent)) },
    { id: 'agents.shared-rate', evaluate: ({ agentChecks }) => agentChecks },
    { id: 'components.own', evaluate: ({ carriedOver }) => carriedOver },
    { id: 'pump.range', evaluate: ({ facts, rate }) => pumpRangeChecks([rate], (facts[0] as ComponentFacts).pumpRange) },
    // Issue 12: the shared rate gets the single-agent pump rules (the rounding moves every agent's dose rate alike).
    { id: 'pump.rounding', evaluate: ({ segment }) => pumpRoundingChecks([segment]) },
    { id: 'pump.segments', evaluate: ({ segment }) => emptySegmentChecks([segment]) },
  ] satisfies readonly Rule<CombinationPhase>[],
} as const;

/** The one evaluator: each rule of a phase on its facts, in table order. */
export function judge<F>(rules: readonly Rule<F>[], facts: F): Check[] {
  return rules.flatMap((rule) => [...rule.evaluate(facts)]);
}
