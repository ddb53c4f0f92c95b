/**
 * Plausibility limits for an adult patient record. A value past a hard limit cannot be an adult's
 * and is refused (most likely a unit or typing slip); a value past a soft limit is unusual and
 * must be confirmed with an acknowledgement. An institution sets its own in its catalogue.
 */
import type { Limit, Source } from '../catalogue/types.js';

const NCHS_2025 = {
  citation:
    'Fryar CD et al., Anthropometric Reference Data for Children and Adults: United States, August 2021-August 2023. Vital Health Stat 3(50), NCHS 2025 (doi 10.15620/cdc/174595), Tables 3 and 7, adults 20 and over',
  grade: 'standard',
  verified: true,
} as const satisfies Source;

const HARD_BOUND_CHOICE = {
  citation: 'infusion-dose design choice anchored on NCHS 2025 (no published cutoff for an impossible adult value exists)',
  grade: 'derived',
  verified: false,
  note: 'Set far outside the NCHS 5th-95th percentiles so only values that cannot be an adult’s (a unit or typing slip) are refused. Not a published value.',
} as const satisfies Source;

/** Adult weight, height and age limits of the built-in catalogue. */
export const ADULT_PATIENT_LIMITS = [
  { id: 'patient.weight.lower-hard', bound: 'lower', severity: 'hard', value: '25', unit: 'kg', source: HARD_BOUND_CHOICE },
  {
    id: 'patient.weight.lower-soft',
    bound: 'lower',
    severity: 'soft',
    value: '50.7',
    unit: 'kg',
    source: { ...NCHS_2025, note: '5th percentile of weight, women 20 and over (Table 3).' },
  },
  {
    id: 'patient.weight.upper-soft',
    bound: 'upper',
    severity: 'soft',
    value: '131.8',
    unit: 'kg',
    source: { ...NCHS_2025, note: '95th percentile of weight, men 20 and over (Table 3).' },
  },
  { id: 'patient.weight.upper-hard', bound: 'upper', severity: 'hard', value: '350', unit: 'kg', source: HARD_BOUND_CHOICE },
  { id: 'patient.height.lower-hard', bound: 'lower', severity: 'hard', value: '100', unit: 'cm', source: HARD_BOUND_CHOICE },
  {
    id: 'patient.height.lower-soft',
    bound: 'lower',
    severity: 'soft',
    value: '149.6',
    unit: 'cm',
    source: { ...NCHS_2025, note: '5th percentile of height, women 20 and over (Table 7).' },
  },
  {
    id: 'patient.height.upper-soft',
    bound: 'upper',
    severity: 'soft',
    value: '187.2',
    unit: 'cm',
    source: { ...NCHS_2025, note: '95th percentile of height, men 20 and over (Table 7).' },
  },
  { id: 'patient.height.upper-hard', bound: 'upper', severity: 'hard', value: '250', unit: 'cm', source: HARD_BOUND_CHOICE },
  {
    id: 'patient.age.lower-hard',
    bound: 'lower',
    severity: 'hard',
    value: '18',
    unit: 'a',
    source: {
      citation: 'infusion-dose catalogue scope: the agents, protocols and limits come from adult studies and labels',
      grade: 'derived',
      verified: true,
      note: 'A child needs a paediatric formulary.',
    },
  },
  { id: 'patient.age.upper-hard', bound: 'upper', severity: 'hard', value: '120', unit: 'a', source: HARD_BOUND_CHOICE },
] as const satisfies readonly Limit[];
