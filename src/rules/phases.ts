/**
 * The facts each phase of the rule table reads, and how the limit rules read them: a windowed limit
 * counts the earlier sessions in its window, and a maintenance-only limit reads the maintenance rate.
 */
import type { Dec } from '../decimal/index.js';
import type { Limit, Product, Protocol, WeightRule } from '../catalogue/types.js';
import { agentLimitChecks, appliesToPatient } from '../checks/agent-limits.js';
import type { CapInForce } from '../checks/caps.js';
import type { PumpRange } from '../checks/pump-range.js';
import type { Preparation } from '../compounding/prepare.js';
import type { DosingWeightResult } from '../patient/weights.js';
import type { PreparedProtocol } from '../prepare/protocol.js';
import type { PumpPlan } from '../pump/settings.js';
import type { HistoryView } from '../schema/history-view.js';
import type { PlanInput } from '../schema/input.js';
import type { ComponentFacts } from '../stages/component-facts.js';
import type { OrderedDose, ResolvedParam } from '../stages/dose.js';
import type { Body } from '../stages/patient.js';
import type { WindowTotal } from '../stages/window.js';
import type { Check } from '../types/plan.js';
import type { Measure } from '../units/measure.js';
import { cumulativeUnknownCheck, windowConservativeCheck } from './delivered-rules.js';
import type { RoundedSegment } from './pump-rules.js';
import type { Confirmation } from './requirement-rules.js';
import type { RefusalPaths } from './rule.js';

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

/** What the titration rules read: whether the protocol has a titration rule, its earlier sessions in the history, and the session asked for. */
export interface TitrationPhase {
  readonly hasRule: boolean;
  readonly earlier: number;
  readonly session: number;
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

/** The agent limits in force on what the pump delivers, each with its window's earlier sessions. */
export function deliveredLimitChecks(d: DeliveredPhase): Check[] {
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
  /** Each agent's findings at the shared rate (from the shared-bag agent rules), and where a refusal by one points within its component. */
  readonly agentChecks: readonly Check[];
  readonly agentPaths: RefusalPaths;
  /** The components' own findings that do not depend on the bag. */
  readonly carriedOver: readonly Check[];
  readonly rate: Dec;
  /** The bag's one segment at the shared rate: exact and rounded rate, volume and duration. */
  readonly segment: RoundedSegment;
}
