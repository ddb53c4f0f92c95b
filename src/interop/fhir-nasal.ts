/**
 * A nasal-spray plan as an HL7 FHIR R4 MedicationRequest: the dispensed spray as the contained
 * Medication (ketamine, its concentration per 1 mL), and one Dosage: the dose in mg (`ordered`) and
 * in whole sprays (`calculated`), so many times a day, by the nasal route, with the prescriber's
 * daily maximum as `maxDosePerPeriod`.
 *
 * @module
 */
import type { NasalSprayPlan } from '../nasal/types.js';
import { frozenCopy } from '../types/freeze.js';
import { CALCULATED, FHIR_SUBJECT_PLACEHOLDER, NASAL, ORDERED } from './fhir-codes.js';
import { CONTAINED_ID } from './fhir-medication.js';
import { FhirMappingError, fromQuantity, say, ucum } from './fhir-quantity.js';
import type { AnnotationR4, DosageR4, MedicationR4, MedicationRequestR4 } from './fhir-types.js';

/** A count of the plan (doses per day) as an R4 positiveInt; refused if it is not a whole number. */
function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || String(n) !== value) {
    throw new FhirMappingError('fhir_decimal_not_exact', `"${value}" is not a whole number of doses a day, which R4 Timing.repeat.frequency needs.`);
  }
  return n;
}

/** The spray as dispensed: ketamine at its concentration, in a bottle of its volume. */
function toMedication(plan: NasalSprayPlan): MedicationR4 {
  const [mass, volume] = plan.concentration.unit.split('/');
  return {
    resourceType: 'Medication',
    id: CONTAINED_ID,
    code: { text: `${plan.agent.name} ${say(plan.concentration)}, ${say(plan.bottle.volume)} bottle, ${say(plan.actuationVolume)} a spray` },
    ingredient: [
      {
        itemCodeableConcept: { text: plan.agent.name },
        isActive: true,
        strength: { numerator: ucum(plan.concentration.value, mass ?? ''), denominator: ucum('1', volume ?? '') },
      },
    ],
  };
}

/** The one Dosage: dose in mg and in sprays, doses a day, nasal route, the daily maximum. */
function toDosage(plan: NasalSprayPlan): DosageR4 {
  const [maxMass] = plan.maxDailyDose.unit.split('/');
  return {
    sequence: 1,
    text: `${say(plan.dose)} (${say(plan.spraysPerDose)}: ${say(plan.nostrils.first)} then ${say(plan.nostrils.second)}), ${say(plan.dosesPerDay)}; at most ${say(plan.maxDailyDose)}. ${plan.nostrils.instruction}`,
    timing: { repeat: { frequency: positiveInt(plan.dosesPerDay.value), period: 1, periodUnit: 'd' } },
    route: NASAL,
    doseAndRate: [
      { type: ORDERED, doseQuantity: fromQuantity(plan.dose) },
      { type: CALCULATED, doseQuantity: fromQuantity(plan.spraysPerDose) },
    ],
    maxDosePerPeriod: { numerator: ucum(plan.maxDailyDose.value, maxMass ?? ''), denominator: ucum('1', 'd') },
  };
}

/**
 * The request for a nasal-spray plan.
 * @param plan - a nasal-spray plan, read
 * @returns the MedicationRequest (frozen)
 */
export function nasalRequestOf(plan: NasalSprayPlan): MedicationRequestR4 {
  const note: AnnotationR4[] = [
    {
      text: `Planned by infusion-dose from data ${plan.data.id} version ${plan.data.version}; the bottle gives ${say(plan.bottle.dosesPerBottle)} (${say(plan.bottle.daysPerBottle)} of full dosing).`,
    },
    ...(plan.acknowledgements.length > 0 ? [{ text: `Acknowledged: ${plan.acknowledgements.map((a) => `${a.code} (${a.reason})`).join('; ')}.` }] : []),
    ...(plan.status !== 'ready'
      ? [
          {
            text: `Draft: soft findings need acknowledgement before this order is active: ${plan.checks
              .filter((c) => !c.passed && c.severity === 'soft' && c.acknowledgement === undefined)
              .map((c) => c.code)
              .join(', ')}.`,
          },
        ]
      : []),
  ];
  return frozenCopy({
    resourceType: 'MedicationRequest',
    status: plan.status === 'ready' ? 'active' : 'draft',
    intent: 'order',
    contained: [toMedication(plan)],
    medicationReference: { reference: `#${CONTAINED_ID}` },
    subject: FHIR_SUBJECT_PLACEHOLDER,
    dosageInstruction: [toDosage(plan)],
    note,
  });
}
