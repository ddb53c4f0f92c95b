/** The patient's states as the rules read them: what the input gives, with what a severe state implies. */
import type { PatientRisk } from '../catalogue/types.js';

/** A severe state implies the milder one (severe renal impairment is renal impairment). */
const IMPLIES: Partial<Record<PatientRisk, PatientRisk>> = {
  'severe-renal-impairment': 'renal-impairment',
  'severe-hepatic-impairment': 'hepatic-impairment',
};

/**
 * The set of the patient's states, each severe state adding the milder one it implies.
 *
 * @param risks - The states the input gives (absent: none).
 * @returns The states every rule reads.
 */
export function patientRiskSet(risks: readonly PatientRisk[] | undefined): ReadonlySet<string> {
  const set = new Set<string>(risks ?? []);
  for (const r of risks ?? []) {
    const milder = IMPLIES[r];
    if (milder !== undefined) set.add(milder);
  }
  return set;
}

/** The states that lower a product's maximum infusion rate (immune globulin's boxed warning). */
export function isAtRateRisk(risks: ReadonlySet<string>): boolean {
  return risks.has('thrombosis') || risks.has('renal-impairment');
}
