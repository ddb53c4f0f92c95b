/**
 * The codes and the subject placeholder every request `toFhir` writes shares: SNOMED routes and the
 * dose-rate types.
 *
 * @module
 */
import { type CodeableConceptR4, type ReferenceR4, DOSE_RATE_TYPE_SYSTEM } from './fhir-types.js';

export const SNOMED_SYSTEM = 'http://snomed.info/sct';

/**
 * The subject every emitted request carries until the caller sets the real patient. It is a
 * syntactically valid reference to a patient that does not exist, so a server that checks
 * references refuses an order sent without the patient filled in.
 */
export const FHIR_SUBJECT_PLACEHOLDER: ReferenceR4 = Object.freeze({
  reference: 'Patient/SUBJECT-PLACEHOLDER',
  display: 'Placeholder: replace with the patient reference before use',
});

export const INTRAVENOUS: CodeableConceptR4 = {
  coding: [{ system: SNOMED_SYSTEM, code: '47625008', display: 'Intravenous route' }],
  text: 'IV',
};
export const ORDERED: CodeableConceptR4 = { coding: [{ system: DOSE_RATE_TYPE_SYSTEM, code: 'ordered', display: 'Ordered' }] };
export const CALCULATED: CodeableConceptR4 = { coding: [{ system: DOSE_RATE_TYPE_SYSTEM, code: 'calculated', display: 'Calculated' }] };

/** SNOMED CT 46713006 |Nasal route|. */
export const NASAL: CodeableConceptR4 = {
  coding: [{ system: SNOMED_SYSTEM, code: '46713006', display: 'Nasal route' }],
  text: 'nasal',
};
