/**
 * HL7 FHIR R4 output: a plan as a MedicationRequest with a contained Medication (the bag).
 *
 * The resource types below are hand-written and minimal: only the elements this module emits, so
 * that no FHIR type package becomes a dependency. Every Quantity carries the UCUM system and the
 * UCUM code (`ug`, never `mcg`, which UCUM reads as something else); the human `unit` follows the
 * ISMP display (`mcg`). Decimal strings become JSON numbers only when the number prints back as
 * the same string, so no digit is lost on the way out.
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
import type { AgentDose, Plan, RateSegment } from '../plan/types.js';
import type { Quantity } from '../units/index.js';

/** The UCUM code system URI. */
export const UCUM_SYSTEM = 'http://unitsofmeasure.org';
/** The HL7 dose-rate-type code system URI (codes `ordered` and `calculated`). */
export const DOSE_RATE_TYPE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/dose-rate-type';
const SNOMED_SYSTEM = 'http://snomed.info/sct';

/** An R4 Quantity as emitted here: always UCUM. */
export interface QuantityR4 {
  readonly value: number;
  /** Human-readable unit (ISMP display: `mcg`). */
  readonly unit: string;
  readonly system: typeof UCUM_SYSTEM;
  /** UCUM code (`ug`, `mg/kg/h`, `mL/h` ...). */
  readonly code: string;
}
/** An R4 Ratio. */
export interface RatioR4 {
  readonly numerator: QuantityR4;
  readonly denominator: QuantityR4;
}
/** An R4 Coding. */
export interface CodingR4 {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
}
/** An R4 CodeableConcept. */
export interface CodeableConceptR4 {
  readonly coding?: readonly CodingR4[];
  readonly text?: string;
}
/** An R4 Reference. */
export interface ReferenceR4 {
  readonly reference: string;
  readonly display?: string;
}
/** An R4 Annotation (text only: no author, no time, since the library has no clock). */
export interface AnnotationR4 {
  readonly text: string;
}
/** An R4 Timing with only `repeat.boundsDuration`. */
export interface TimingR4 {
  readonly repeat: { readonly boundsDuration: QuantityR4 };
}
/** An R4 Dosage.doseAndRate entry. */
export interface DoseAndRateR4 {
  readonly type: CodeableConceptR4;
  readonly doseQuantity?: QuantityR4;
  readonly rateQuantity?: QuantityR4;
}
/** An R4 Dosage: one pump segment. */
export interface DosageR4 {
  readonly sequence: number;
  readonly text: string;
  readonly timing: TimingR4;
  readonly route: CodeableConceptR4;
  readonly doseAndRate: readonly DoseAndRateR4[];
  readonly maxDosePerPeriod?: RatioR4;
  readonly maxDosePerAdministration?: QuantityR4;
}
/** An R4 Medication.ingredient entry. */
export interface MedicationIngredientR4 {
  readonly itemCodeableConcept: CodeableConceptR4;
  readonly isActive: boolean;
  readonly strength: RatioR4;
}
/** An R4 Medication, contained in the request: the bag or syringe as made up. */
export interface MedicationR4 {
  readonly resourceType: 'Medication';
  readonly id: string;
  readonly code: CodeableConceptR4;
  readonly ingredient: readonly MedicationIngredientR4[];
}
/** An R4 MedicationRequest as emitted by {@link toFhir}. */
export interface MedicationRequestR4 {
  readonly resourceType: 'MedicationRequest';
  /** `active` for a ready plan; `draft` while soft findings still need acknowledging. */
  readonly status: 'active' | 'draft';
  readonly intent: 'order';
  readonly contained: readonly [MedicationR4];
  readonly medicationReference: ReferenceR4;
  /** {@link FHIR_SUBJECT_PLACEHOLDER}: the caller replaces it with the patient's reference. */
  readonly subject: ReferenceR4;
  readonly dosageInstruction: readonly DosageR4[];
  readonly note: readonly AnnotationR4[];
}

/**
 * The subject every emitted request carries until the caller sets the real patient. It is a
 * syntactically valid reference to a patient that does not exist, so a server that checks
 * references refuses an order sent without the patient filled in.
 */
export const FHIR_SUBJECT_PLACEHOLDER: ReferenceR4 = {
  reference: 'Patient/SUBJECT-PLACEHOLDER',
  display: 'Placeholder: replace with the patient reference before use',
};

const CONTAINED_ID = 'bag';
const INTRAVENOUS: CodeableConceptR4 = {
  coding: [{ system: SNOMED_SYSTEM, code: '47625008', display: 'Intravenous route' }],
  text: 'IV',
};
const ORDERED: CodeableConceptR4 = { coding: [{ system: DOSE_RATE_TYPE_SYSTEM, code: 'ordered', display: 'Ordered' }] };
const CALCULATED: CodeableConceptR4 = { coding: [{ system: DOSE_RATE_TYPE_SYSTEM, code: 'calculated', display: 'Calculated' }] };

/** A plan that has no faithful FHIR R4 form; thrown, because the plan itself is not bad input. */
export class FhirMappingError extends Error {
  override readonly name = 'FhirMappingError';
  constructor(
    readonly code: 'fhir_multiple_agents' | 'fhir_multiple_rate_caps' | 'fhir_unit_not_ucum' | 'fhir_decimal_not_exact',
    message: string,
  ) {
    super(message);
  }
}

/** The ISMP display of a UCUM code: microgram is written `mcg` for people. */
function displayUnit(code: string): string {
  return code
    .split('/')
    .map((p) => (p === 'ug' ? 'mcg' : p))
    .join('/');
}

/** A plan decimal string as a JSON number, refused if the number would not print back the same. */
function toNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || String(n) !== value) {
    throw new FhirMappingError('fhir_decimal_not_exact', `The decimal "${value}" does not survive as a JSON number.`);
  }
  return n;
}

function ucum(value: string, code: string): QuantityR4 {
  // The plan writes UCUM codes already; `mcg` or `µg` here would be a bug upstream.
  if (code === '' || /mcg|µ|\s/.test(code)) {
    throw new FhirMappingError('fhir_unit_not_ucum', `"${code}" is not a UCUM code this module writes.`);
  }
  return { value: toNumber(value), unit: displayUnit(code), system: UCUM_SYSTEM, code };
}

function fromQuantity(q: Quantity): QuantityR4 {
  return ucum(q.value, q.unit);
}

function say(q: Quantity): string {
  return `${q.value} ${displayUnit(q.unit)}`;
}

/** The bag as a Medication: each additive's amount over the final volume, then the diluent. */
function toMedication(plan: Plan, agentName: (id: string) => string): MedicationR4 {
  const { bag } = plan;
  const finalVolume = fromQuantity(bag.finalVolume);
  const ingredients: MedicationIngredientR4[] = [];
  if (bag.additives.length > 0) {
    for (const a of bag.additives) {
      ingredients.push({
        itemCodeableConcept: { text: `${agentName(a.agent)} (${a.product.name})` },
        isActive: true,
        strength: { numerator: fromQuantity(a.amount), denominator: finalVolume },
      });
    }
  } else {
    // A premix used as it is: its stated concentration per 1 mL.
    for (const c of bag.concentrations) {
      const [mass, volume] = c.value.unit.split('/');
      ingredients.push({
        itemCodeableConcept: { text: agentName(c.agent) },
        isActive: true,
        strength: { numerator: ucum(c.value.value, mass ?? ''), denominator: ucum('1', volume ?? '') },
      });
    }
  }
  if (bag.diluent !== null) {
    ingredients.push({
      itemCodeableConcept: { text: bag.diluent.name },
      isActive: false,
      strength: { numerator: fromQuantity(bag.diluent.volume), denominator: finalVolume },
    });
  }
  const contents = bag.additives.length > 0
    ? bag.additives.map((a) => `${agentName(a.agent)} ${say(a.amount)}`).join(' + ')
    : bag.concentrations.map((c) => `${agentName(c.agent)} ${say(c.value)}`).join(' + ');
  const inWhat = bag.diluent !== null ? ` in ${bag.diluent.name}` : bag.container.productId !== undefined ? ` (premix ${bag.container.productId})` : '';
  return {
    resourceType: 'Medication',
    id: CONTAINED_ID,
    code: { text: `${contents}${inWhat}, ${say(bag.finalVolume)} final volume (${bag.container.kind})` },
    ingredient: ingredients,
  };
}

/** The dose as prescribed, for one segment. */
function orderedEntry(agent: AgentDose, segment: RateSegment, nonLoadingSegments: number): DoseAndRateR4 {
  const p = agent.prescribed;
  if (segment.kind === 'loading' && p.loading !== undefined) {
    return { type: ORDERED, doseQuantity: fromQuantity(p.loading) };
  }
  // A session total spans every non-loading segment: it is the order of a segment only when there is one.
  const dose = p.total !== undefined && nonLoadingSegments === 1 ? fromQuantity(p.total) : undefined;
  const rate = p.rate !== undefined ? fromQuantity(p.rate) : undefined;
  if (dose === undefined && rate === undefined) {
    // A protocol's fixed-rate phase: what it orders is the pump rate itself.
    return { type: ORDERED, rateQuantity: fromQuantity(segment.rate) };
  }
  return { type: ORDERED, ...(dose !== undefined ? { doseQuantity: dose } : {}), ...(rate !== undefined ? { rateQuantity: rate } : {}) };
}

function describeSegment(segment: RateSegment, index: number, agentName: (id: string) => string): string {
  const doses = segment.doses.map((d) => `${agentName(d.agent)} ${say(d.amount)} at ${say(d.doseRate)}`).join('; ');
  return `Segment ${index + 1} (${segment.kind}): ${say(segment.rate)} for ${say(segment.duration)}, ${say(segment.volume)}; delivers ${doses}.`;
}

/**
 * Writes a plan as an HL7 FHIR R4 MedicationRequest with the bag as a contained Medication.
 *
 * The request has no `authoredOn` (the library has no clock) and its `subject` is
 * {@link FHIR_SUBJECT_PLACEHOLDER}, which the caller replaces. Its status is `active` for a ready
 * plan and `draft` while the plan needs acknowledgement.
 *
 * @param plan - A plan from `planInfusion` (one agent).
 * @returns The MedicationRequest, a plain JSON-ready object.
 * @throws {FhirMappingError} When the plan has more than one agent or more than one dose-rate cap
 *   (R4 cannot say which `doseAndRate` entry or cap belongs to which), or a value is not UCUM.
 * @example
 * ```ts
 * const r = planInfusion({ patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
 * if (r.ok) {
 *   const request = { ...toFhir(r.plan), subject: { reference: 'Patient/123' } };
 * }
 * ```
 */
export function toFhir(plan: Plan): MedicationRequestR4 {
  const [agent, ...others] = plan.agents;
  if (agent === undefined || others.length > 0) {
    throw new FhirMappingError(
      'fhir_multiple_agents',
      `A Dosage's doseAndRate cannot name its ingredient, so only one-agent plans are written (this plan has ${plan.agents.length}).`,
    );
  }
  const names = new Map(plan.agents.map((a) => [a.agent, a.name]));
  const agentName = (id: string): string => names.get(id) ?? id;

  const rateCaps = agent.caps.filter((c) => c.limit.unit.includes('/'));
  const amountCaps = agent.caps.filter((c) => !c.limit.unit.includes('/'));
  if (rateCaps.length > 1) {
    throw new FhirMappingError('fhir_multiple_rate_caps', 'R4 Dosage.maxDosePerPeriod holds one Ratio; this plan has several dose-rate caps.');
  }
  const rateCap = rateCaps[0];
  let maxDosePerPeriod: RatioR4 | undefined;
  if (rateCap !== undefined) {
    // A cap in mass/time (e.g. 25 mg/h) reads as 25 mg per 1 h.
    const cut = rateCap.limit.unit.lastIndexOf('/');
    maxDosePerPeriod = {
      numerator: ucum(rateCap.limit.value, rateCap.limit.unit.slice(0, cut)),
      denominator: ucum('1', rateCap.limit.unit.slice(cut + 1)),
    };
  }
  const segments = plan.pump.segments;
  const amountCap = amountCaps.length === 1 && segments.length === 1 ? amountCaps[0] : undefined;
  const nonLoading = segments.filter((s) => s.kind !== 'loading').length;

  const dosageInstruction = segments.map((segment, index): DosageR4 => {
    const calculated: DoseAndRateR4[] = segment.doses.map((d) => ({
      type: CALCULATED,
      doseQuantity: fromQuantity(d.amount),
      rateQuantity: fromQuantity(d.doseRate),
    }));
    calculated.push({ type: CALCULATED, doseQuantity: fromQuantity(segment.volume), rateQuantity: fromQuantity(segment.rate) });
    const capsHere = segment.kind !== 'loading';
    return {
      sequence: index + 1,
      text: describeSegment(segment, index, agentName),
      timing: { repeat: { boundsDuration: fromQuantity(segment.duration) } },
      route: INTRAVENOUS,
      doseAndRate: [orderedEntry(agent, segment, nonLoading), ...calculated],
      ...(capsHere && maxDosePerPeriod !== undefined ? { maxDosePerPeriod } : {}),
      ...(amountCap !== undefined ? { maxDosePerAdministration: fromQuantity(amountCap.limit) } : {}),
    };
  });

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
    if (p.total !== undefined) parts.push(`session dose as prescribed ${say(p.total)} (ordered ${say(agent.totalDose)} after caps)`);
    for (const c of agent.caps) parts.push(`protocol cap ${c.id}: ${say(c.limit)}${c.bound ? ' (bound)' : ''}`);
    note.push({ text: `Whole session: ${parts.join('; ')}.` });
  }
  if (plan.acknowledgements.length > 0) {
    note.push({ text: `Acknowledged: ${plan.acknowledgements.map((a) => `${a.code} (${a.reason})`).join('; ')}.` });
  }
  if (plan.status !== 'ready') {
    const open = plan.checks.filter((c) => !c.passed && c.severity === 'soft' && c.acknowledgement === undefined).map((c) => c.code);
    note.push({ text: `Draft: soft findings need acknowledgement before this order is active: ${open.join(', ')}.` });
  }

  return {
    resourceType: 'MedicationRequest',
    status: plan.status === 'ready' ? 'active' : 'draft',
    intent: 'order',
    contained: [toMedication(plan, agentName)],
    medicationReference: { reference: `#${CONTAINED_ID}` },
    subject: FHIR_SUBJECT_PLACEHOLDER,
    dosageInstruction,
    note,
  };
}
