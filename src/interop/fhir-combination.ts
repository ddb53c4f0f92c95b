/**
 * A combination plan (several agents in one bag, one shared rate) as an HL7 FHIR R4 MedicationRequest.
 *
 * Mapping: the contained Medication has one active ingredient per agent, each with its strength as
 * amount per final volume (so the bag's composition is exact), then the diluent. One Dosage per pump
 * segment: R4's `doseAndRate` cannot name the ingredient a dose belongs to, so the bag is ordered
 * by its shared pump rate (`ordered`: the rate in mL/h; `calculated`: the volume and rate), and what
 * each agent receives at that rate is in the Dosage's text and the notes (each agent's prescribed,
 * ordered and delivered dose, and its caps), each mass in the agent's display unit.
 *
 * @module
 */
import type { CombinationPlan } from '../plan/combination-types.js';
import type { AgentDose, RateSegment } from '../types/plan.js';
import { type UnitOf, unitsOf } from '../format/plan-sections.js';
import { frozenCopy } from '../types/freeze.js';
import { CALCULATED, FHIR_SUBJECT_PLACEHOLDER, INTRAVENOUS, ORDERED } from './fhir-codes.js';
import { CONTAINED_ID, toMedication } from './fhir-medication.js';
import { sessionExtension } from './fhir-extensions.js';
import { fromQuantity, say } from './fhir-quantity.js';
import type { AnnotationR4, DosageR4, MedicationRequestR4 } from './fhir-types.js';

/** A segment in words: the pump rate for its duration, and what it delivers of each agent. */
function describe(segment: RateSegment, index: number, agentName: (id: string) => string, unitOf: UnitOf): string {
  const doses = segment.doses.map((d) => `${agentName(d.agent)} ${say(d.amount, unitOf(d.agent))} at ${say(d.doseRate, unitOf(d.agent))}`).join('; ');
  return `Segment ${index + 1} (${segment.kind}): the whole bag at ${say(segment.rate)} for ${say(segment.duration)}, ${say(segment.volume)}; delivers ${doses}.`;
}

/** One segment as a Dosage: the bag ordered at its shared rate, the volume and rate it delivers. */
function toDosage(segment: RateSegment, index: number, agentName: (id: string) => string, unitOf: UnitOf): DosageR4 {
  return {
    sequence: index + 1,
    text: describe(segment, index, agentName, unitOf),
    timing: { repeat: { boundsDuration: fromQuantity(segment.duration) } },
    route: INTRAVENOUS,
    doseAndRate: [
      { type: ORDERED, rateQuantity: fromQuantity(segment.rate) },
      { type: CALCULATED, doseQuantity: fromQuantity(segment.volume), rateQuantity: fromQuantity(segment.rate) },
    ],
  };
}

/** One agent's dose in words: as prescribed, ordered, delivered, and its caps. */
function agentNote(a: AgentDose): AnnotationR4 {
  const u = a.displayUnit;
  const p = a.prescribed;
  const prescribed = [
    ...(p.loading !== undefined ? [`loading ${say(p.loading, u)}`] : []),
    ...(p.rate !== undefined ? [`rate ${say(p.rate, u)}`] : []),
    ...(p.total !== undefined ? [`total ${say(p.total, u)}`] : []),
    ...(p.duration !== undefined ? [`duration ${say(p.duration)}`] : []),
  ];
  const caps = a.caps.map((c) => `; protocol cap ${c.id}: ${say(c.limit, u)}${c.bound ? ' (bound)' : ''}`).join('');
  return {
    text:
      `${a.name} (${a.agent}): prescribed ${prescribed.join(', ') || 'none stated'}; ordered ${say(a.orderedDose.total, u)} at ${say(a.doseRate, u)}; ` +
      `delivered at the shared rate ${say(a.delivered.totalDose, u)} at ${say(a.delivered.doseRate, u)} (${say(a.delivered.doseRatePerKg, u)})${caps}.`,
  };
}

/** The notes: where the plan came from, each agent's dose, acknowledgements, open findings. */
function notesOf(plan: CombinationPlan): AnnotationR4[] {
  const protocols = plan.protocols.map((p) => `${p.id} version ${p.version} (${p.name})`).join(', ');
  const note: AnnotationR4[] = [
    {
      text:
        `Planned by infusion-dose from catalogue ${plan.catalogue.id} version ${plan.catalogue.version}` +
        (plan.catalogue.careArea !== undefined ? ` (care area ${plan.catalogue.careArea})` : '') +
        `, combination of protocols ${protocols} in one bag at one rate; session ${plan.session.number} of ${plan.session.of}.`,
    },
    ...plan.agents.map(agentNote),
  ];
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
 * The request for a combination plan.
 * @param plan - a combination plan, read
 * @returns the MedicationRequest (frozen)
 */
export function combinationRequestOf(plan: CombinationPlan): MedicationRequestR4 {
  const names = new Map(plan.agents.map((a) => [a.agent, a.name]));
  const agentName = (id: string): string => names.get(id) ?? id;
  const unitOf = unitsOf(plan.agents);
  const dosageInstruction = plan.pump.segments.map((s, i) => toDosage(s, i, agentName, unitOf));
  const note = notesOf(plan);
  // Each agent's protocol, by the order the plan lists its parts in (dosingWeights and protocols alike).
  const protocols = new Map(plan.dosingWeights.map((w, i) => [w.agent, plan.protocols[i]?.id]));
  return frozenCopy({
    resourceType: 'MedicationRequest',
    extension: [sessionExtension(plan.session.number)],
    status: plan.status === 'ready' ? 'active' : 'draft',
    intent: 'order',
    contained: [toMedication(plan.bag, agentName, unitOf, (agent) => protocols.get(agent))],
    medicationReference: { reference: `#${CONTAINED_ID}` },
    subject: FHIR_SUBJECT_PLACEHOLDER,
    dosageInstruction,
    note,
  });
}
