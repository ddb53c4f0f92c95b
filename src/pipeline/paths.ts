/** Where a refused finding points in the plan input. */
import type { Check } from '../types/plan.js';

const PATIENT_PATH: Readonly<Record<string, readonly (string | number)[]>> = {
  weight: ['patient', 'weight', 'value'],
  height: ['patient', 'height', 'value'],
  age: ['patient', 'ageYears'],
  creatinine: ['patient', 'creatinine', 'value'],
};

/** The input path of a refused check: the patient field, the dose parameter, the pump or the preparation. */
export function pathForCheck(c: Check): readonly (string | number)[] {
  if (c.rule === 'history.min-interval.planned' || c.code === 'date_required_for_window') return ['date'];
  if (c.code === 'cumulative_dose_unknown') return ['history'];
  if (c.rule.startsWith('history.')) return ['history'];
  // A contraindication is about the patient's state, which the input gives in patient.risks.
  if (c.code === 'contraindicated_for_patient') return ['patient', 'risks'];
  if (c.rule.startsWith('patient.')) return PATIENT_PATH[c.rule.split('.')[1] as string] ?? ['patient'];
  if (c.rule.startsWith('protocol.')) return ['dose', c.rule.split('.')[1] as string];
  if (c.code.startsWith('pump_rate')) return ['pump'];
  if (c.code.startsWith('concentration') || c.code.startsWith('product_')) return ['preparation'];
  return ['dose'];
}
