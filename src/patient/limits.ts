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

const UCSF_CREATININE =
  'UCSF Clinical Laboratories test manual, "Creatinine, Plasma / Serum" (test CRG; enzymatic assay, Beckman DxC, IDMS-traceable), reference intervals: adults 19 and over 0.61-1.24 mg/dL (male), 0.44-1.00 mg/dL (female); the lowest interval at any age is 0.10-0.30 mg/dL (15 days to under 2 years); mg/dL x 88.4 = umol/L. labmed.ucsf.edu/labmanual/db/data/tests/265.html';

/** The lower plausibility bound of serum creatinine: below every reference interval at any age. */
const CREATININE_LOWER = {
  citation: UCSF_CREATININE,
  grade: 'hosp',
  verified: false,
  note: 'Hard bound 0.1 mg/dL (8.84 umol/L): the lowest lower reference limit the laboratory lists at any age (infants), more than 4 times below the adult lower limits (0.44 female, 0.61 male), so an adult value below it is a unit or typing slip (e.g. 1e-90). A design choice anchored on one laboratory manual, not a published cutoff.',
} as const satisfies Source;

/** The upper plausibility bound of serum creatinine: far above the adult upper reference limit. */
const CREATININE_UPPER = {
  citation: UCSF_CREATININE,
  grade: 'derived',
  verified: false,
  note: 'Hard bound 30 mg/dL (2,652 umol/L): about 24 times the adult upper reference limit (1.24 mg/dL, male), above the values usually seen in kidney failure before dialysis; no published cutoff for an impossible value exists, so this is a design choice (weak), set so only a unit or typing slip (e.g. umol/L entered as mg/dL) is refused.',
} as const satisfies Source;

/** Adult weight, height, age and serum creatinine limits of the built-in catalogue. */
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
  // Serum creatinine (mg/dL; a value in umol/L is converted at 88.4 umol/L per mg/dL before the check).
  { id: 'patient.creatinine.lower-hard', bound: 'lower', severity: 'hard', value: '0.1', unit: 'mg/dL', source: CREATININE_LOWER },
  { id: 'patient.creatinine.upper-hard', bound: 'upper', severity: 'hard', value: '30', unit: 'mg/dL', source: CREATININE_UPPER },
] as const satisfies readonly Limit[];
