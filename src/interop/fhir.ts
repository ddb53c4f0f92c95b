/**
 * HL7 FHIR R4 output: a plan as a MedicationRequest with a contained Medication (the bag).
 *
 * The resource types (`./fhir-types.ts`) are hand-written and minimal: only the elements this
 * module emits, so that no FHIR type package becomes a dependency. Every Quantity carries the UCUM
 * system and the UCUM code (`ug`, never `mcg`, which UCUM reads as something else); the human
 * `unit` follows the ISMP display (`mcg`). Decimal strings become JSON numbers only when the number
 * prints back as the same string, so no digit is lost on the way out.
 *
 * Mapping (R4, http://hl7.org/fhir/R4/dosage.html):
 * - one Dosage per pump segment, `sequence` 1..n in pump order, `timing.repeat.boundsDuration`
 *   the segment's duration in `min`;
 * - `doseAndRate` typed with the dose-rate-type code system: `ordered` is the dose as prescribed
 *   (mg/kg/h, ug/kg/min, mg/kg ...), `calculated` is what the bag and pump deliver (the dose and
 *   dose rate, and the volume and pump rate);
 * - a protocol cap on the dose rate becomes `maxDosePerPeriod` (e.g. 25 mg per 1 h) on the
 *   non-loading segments; a cap on the session amount becomes `maxDosePerAdministration` when the
 *   session is one segment (otherwise it is stated in the note only: R4 has no element for a total
 *   across a sequence of Dosages).
 */
import type { AgentDose, Plan, RateSegment } from '../types/plan.js';
import type { Issues } from '../types/issues.js';
import { guard } from '../schema/guard.js';
import { type UnitOf, unitsOf } from '../format/plan-sections.js';
import { readAnyPlan } from '../format/plan-kind.js';
import type { CombinationPlan } from '../plan/combination-types.js';
import type { NasalSprayPlan } from '../nasal/types.js';
import { combinationRequestOf } from './fhir-combination.js';
import { nasalRequestOf } from './fhir-nasal.js';
import { frozenCopy, plainCopy } from '../types/freeze.js';
import { type AnnotationR4, type DoseAndRateR4, type DosageR4, type MedicationRequestR4, type RatioR4 } from './fhir-types.js';
import { CONTAINED_ID, toMedication } from './fhir-medication.js';
import { CALCULATED, FHIR_SUBJECT_PLACEHOLDER, INTRAVENOUS, ORDERED } from './fhir-codes.js';
import { protocolExtension, sessionExtension } from './fhir-extensions.js';

export { FHIR_SUBJECT_PLACEHOLDER } from './fhir-codes.js';
import { FhirMappingError, fromQuantity, say, ucum } from './fhir-quantity.js';

export { FhirMappingError } from './fhir-quantity.js';
export {
  type AnnotationR4,
  type CodeableConceptR4,
  type CodingR4,
  type DoseAndRateR4,
  type DosageR4,
  type ExtensionR4,
  type MedicationIngredientR4,
  type MedicationR4,
  type MedicationRequestR4,
  type QuantityR4,
  type RatioR4,
  type ReferenceR4,
  type TimingR4,
  DOSE_RATE_TYPE_SYSTEM,
  UCUM_SYSTEM,
} from './fhir-types.js';

/** The dose as prescribed, for one segment. */
function orderedEntry(agent: AgentDose, segment: RateSegment, nonLoadingSegments: number): DoseAndRateR4 {
  const p = agent.prescribed;
  if (segment.kind === 'loading' && p.loading !== undefined) {
    return { type: ORDERED, doseQuantity: fromQuantity(p.loading, agent.displayUnit) };
  }
  // A session total spans every non-loading segment: it is the order of a segment only when there is one.
  const dose = p.total !== undefined && nonLoadingSegments === 1 ? fromQuantity(p.total, agent.displayUnit) : undefined;
  const rate = p.rate !== undefined ? fromQuantity(p.rate, agent.displayUnit) : undefined;
  if (dose === undefined && rate === undefined) {
    // A protocol's fixed-rate phase: what it orders is the pump rate itself.
    return { type: ORDERED, rateQuantity: fromQuantity(segment.rate) };
  }
  return { type: ORDERED, ...(dose !== undefined ? { doseQuantity: dose } : {}), ...(rate !== undefined ? { rateQuantity: rate } : {}) };
}

/** A segment in words: the pump rate for its duration, and what it delivers of each agent (in the agent's display unit). */
export function describeSegment(segment: RateSegment, index: number, agentName: (id: string) => string, unitOf: UnitOf): string {
  const doses = segment.doses.map((d) => `${agentName(d.agent)} ${say(d.amount, unitOf(d.agent))} at ${say(d.doseRate, unitOf(d.agent))}`).join('; ');
  return `Segment ${index + 1} (${segment.kind}): ${say(segment.rate)} for ${say(segment.duration)}, ${say(segment.volume)}; delivers ${doses}.`;
}

/** The plan's one agent; a Dosage's doseAndRate cannot name its ingredient, so there must be exactly one. */
function onlyAgent(plan: Plan): AgentDose {
  const [agent, ...others] = plan.agents;
  if (agent === undefined || others.length > 0) {
    throw new FhirMappingError(
      'fhir_multiple_agents',
      `A Dosage's doseAndRate cannot name its ingredient, so only one-agent plans are written (this plan has ${plan.agents.length}).`,
    );
  }
  return agent;
}

/** The agent's cap on the dose rate as a Ratio, if it has one; R4 holds only one. */
function rateCapRatio(agent: AgentDose): RatioR4 | undefined {
  const rateCaps = agent.caps.filter((c) => c.limit.unit.includes('/'));
  if (rateCaps.length > 1) {
    throw new FhirMappingError('fhir_multiple_rate_caps', 'R4 Dosage.maxDosePerPeriod holds one Ratio; this plan has several dose-rate caps.');
  }
  const rateCap = rateCaps[0];
  if (rateCap === undefined) return undefined;
  // A cap in mass/time (e.g. 25 mg/h) reads as 25 mg per 1 h.
  const cut = rateCap.limit.unit.lastIndexOf('/');
  return {
    numerator: ucum(rateCap.limit.value, rateCap.limit.unit.slice(0, cut)),
    denominator: ucum('1', rateCap.limit.unit.slice(cut + 1)),
  };
}

/** The cap on the session amount, when one Dosage is the whole session (R4 has no total across several). */
function amountCapOf(agent: AgentDose, segmentCount: number): AgentDose['caps'][number] | undefined {
  const amountCaps = agent.caps.filter((c) => !c.limit.unit.includes('/'));
  return amountCaps.length === 1 && segmentCount === 1 ? amountCaps[0] : undefined;
}

/** What every Dosage of the request shares. */
interface DosageContext {
  readonly agent: AgentDose;
  readonly agentName: (id: string) => string;
  readonly maxDosePerPeriod: RatioR4 | undefined;
  readonly amountCap: AgentDose['caps'][number] | undefined;
  /** Segments other than a loading dose, over which a session total is spread. */
  readonly nonLoading: number;
}

/** One pump segment as a Dosage: the order, then what the bag and pump deliver, with the caps. */
function toDosage(segment: RateSegment, index: number, context: DosageContext): DosageR4 {
  const { agent, agentName, maxDosePerPeriod, amountCap, nonLoading } = context;
  const calculated: DoseAndRateR4[] = segment.doses.map((d) => ({
    type: CALCULATED,
    doseQuantity: fromQuantity(d.amount, agent.displayUnit),
    rateQuantity: fromQuantity(d.doseRate, agent.displayUnit),
  }));
  calculated.push({ type: CALCULATED, doseQuantity: fromQuantity(segment.volume), rateQuantity: fromQuantity(segment.rate) });
  const capsHere = segment.kind !== 'loading';
  return {
    sequence: index + 1,
    text: describeSegment(segment, index, agentName, () => agent.displayUnit),
    timing: { repeat: { boundsDuration: fromQuantity(segment.duration) } },
    route: INTRAVENOUS,
    doseAndRate: [orderedEntry(agent, segment, nonLoading), ...calculated],
    ...(capsHere && maxDosePerPeriod !== undefined ? { maxDosePerPeriod } : {}),
    ...(amountCap !== undefined ? { maxDosePerAdministration: fromQuantity(amountCap.limit, agent.displayUnit) } : {}),
  };
}

/** The notes: where the plan came from, the whole-session dose and caps, acknowledgements, open findings. */
function notesOf(plan: Plan, agent: AgentDose): AnnotationR4[] {
  const note: AnnotationR4[] = [
    {
      text:
        `Planned by infusion-dose from catalogue ${plan.catalogue.id} version ${plan.catalogue.version}` +
        (plan.catalogue.careArea !== undefined ? ` (care area ${plan.catalogue.careArea})` : '') +
        `, protocol ${plan.protocol.id} version ${plan.protocol.version} (${plan.protocol.name}); ` +
        `session ${plan.session.number} of ${plan.session.of}.`,
    },
  ];
  const p = agent.prescribed;
  if (p.total !== undefined || agent.caps.length > 0) {
    const parts: string[] = [];
    if (p.total !== undefined)
      parts.push(
        `session dose as prescribed ${say(p.total, agent.displayUnit)} (ordered ${say(agent.orderedDose.total, agent.displayUnit)} after caps${agent.totalDose.value === agent.orderedDose.total.value ? '' : `; ${say(agent.totalDose, agent.displayUnit)} in whole vials`})`,
      );
    for (const c of agent.caps) parts.push(`protocol cap ${c.id}: ${say(c.limit, agent.displayUnit)}${c.bound ? ' (bound)' : ''}`);
    note.push({ text: `Whole session: ${parts.join('; ')}.` });
  }
  if (plan.acknowledgements.length > 0) {
    note.push({ text: `Acknowledged: ${plan.acknowledgements.map((a) => `${a.code} (${a.reason})`).join('; ')}.` });
  }
  if (plan.status !== 'ready') {
    const open = plan.checks.filter((c) => !c.passed && c.severity === 'soft' && c.acknowledgement === undefined).map((c) => c.code);
    note.push({ text: `Draft: soft findings need acknowledgement before this order is active: ${open.join(', ')}.` });
  }
  return note;
}

/**
 * Writes a plan as an HL7 FHIR R4 MedicationRequest with the bag (or the spray) as a contained
 * Medication. A combination plan's Medication has one active ingredient per agent (amount per final
 * volume) and a Dosage per segment at the bag's shared rate (`./fhir-combination.ts`); a nasal-spray
 * plan has one Dosage by the nasal route (`./fhir-nasal.ts`). Each agent's masses are in its display
 * unit: the UCUM `code` (`ug`) and the human `unit` (`mcg`) converted together.
 *
 * The request has no `authoredOn` (the library has no clock) and its `subject` is
 * {@link FHIR_SUBJECT_PLACEHOLDER}, which the caller replaces. Its status is `active` for a ready
 * plan and `draft` while the plan needs acknowledgement.
 *
 * @param plan - A plan from `planInfusion` (one agent), `planCombination` or `planNasalSpray`.
 * @returns The MedicationRequest, a plain JSON-ready object; or, never thrown, `{ ok: false, issues }`
 *   when the plan has more than one agent or more than one dose-rate cap (R4 cannot say which
 *   `doseAndRate` entry or cap belongs to which: `fhir_multiple_agents`, `fhir_multiple_rate_caps`),
 *   a value is not UCUM or not an exact JSON number (`fhir_unit_not_ucum`, `fhir_decimal_not_exact`),
 *   the value is not a plan (`not_a_plan`, the guard's codes), or on an internal failure (`internal_error`).
 * @example
 * ```ts
 * const r = planInfusion({ patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
 * if (r.ok) {
 *   const request = { ...toFhir(r.plan), subject: { reference: 'Patient/123' } };
 * }
 * ```
 */
export function toFhir(plan: Plan | CombinationPlan | NasalSprayPlan): MedicationRequestR4 | { readonly ok: false; readonly issues: Issues } {
  const result = guard(() => {
    const read = readAnyPlan(plan);
    if (!read.ok) return read;
    try {
      if (read.kind === 'combination') return combinationRequestOf(read.plan);
      if (read.kind === 'nasal') return nasalRequestOf(read.plan);
      return requestOf(read.plan);
    } catch (e) {
      if (!(e instanceof FhirMappingError)) throw e;
      const issues: Issues = [{ code: e.code, path: [], message: e.message }];
      return { ok: false as const, issues };
    }
  });
  // A refusal is frozen; a request is the caller's own copy, unfrozen, to fill in (its subject, an id)
  // and to assign to a FHIR library's MedicationRequest type: it shares no object with the plan or the library.
  return 'ok' in result ? frozenCopy(result) : plainCopy(result);
}

function requestOf(plan: Plan): MedicationRequestR4 {
  const agent = onlyAgent(plan);
  const names = new Map(plan.agents.map((a) => [a.agent, a.name]));
  const agentName = (id: string): string => names.get(id) ?? id;
  const segments = plan.pump.segments;
  // Mapped in a fixed order (caps, dosages, notes, bag) so a plan with several faults is always refused for the same one.
  const context: DosageContext = {
    agent,
    agentName,
    maxDosePerPeriod: rateCapRatio(agent),
    amountCap: amountCapOf(agent, segments.length),
    nonLoading: segments.filter((s) => s.kind !== 'loading').length,
  };
  const dosageInstruction = segments.map((segment, index) => toDosage(segment, index, context));
  const note = notesOf(plan, agent);
  // The request may quote the caller's plan; a copy is frozen, never the caller's own objects.
  return frozenCopy({
    resourceType: 'MedicationRequest',
    extension: [protocolExtension(plan.protocol.id), sessionExtension(plan.session.number)],
    status: plan.status === 'ready' ? 'active' : 'draft',
    intent: 'order',
    contained: [toMedication(plan.bag, agentName, unitsOf(plan.agents))],
    medicationReference: { reference: `#${CONTAINED_ID}` },
    subject: FHIR_SUBJECT_PLACEHOLDER,
    dosageInstruction,
    note,
  });
}
