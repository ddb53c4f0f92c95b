/**
 * Cortet 1997 pamidronate for CRPS: 1 mg/kg a day for 1 to 3 days, each over at least 2 h, capped at
 * the label's 90 mg single-dose maximum. Bag volume and duration are the clinician's.
 */
import type { Protocol } from '../catalogue/types.js';
import { dailyPattern } from './course-patterns.js';
import { CORTET_1997, PAMIDRONATE_DILUENT_LABEL, PAMIDRONATE_LABEL } from '../agents/sources-more.js';

export const pamidronateCrpsCortet1997 = {
  id: 'pamidronate-crps-cortet-1997',
  version: '1.0.0',
  name: 'Pamidronate for CRPS, 1 mg/kg a day for 1-3 days (Cortet 1997)',
  agent: 'pamidronate',
  indication: 'Complex regional pain syndrome',
  regimen: 'total-duration',
  total: { unit: 'mg/kg', value: '1', usual: '1', source: CORTET_1997 },
  duration: {
    unit: 'h',
    // No value: the reference gives only the label minimum (2 h); the clinician chooses the duration.
    min: '2',
    source: { ...PAMIDRONATE_LABEL, note: 'At least 2 h each day (label). The clinician supplies the duration.' },
  },
  caps: [
    {
      id: 'cortet.session-cap',
      value: '90',
      unit: 'mg',
      source: {
        ...PAMIDRONATE_LABEL,
        note: 'Label single-dose maximum 90 mg; 1 mg/kg passes it above 90 kg, so the dose is capped there and the plan shows it.',
      },
    },
  ],
  preparation: {
    style: 'whole-bag',
    products: ['pamidronate-6mg-ml-10ml', 'pamidronate-3mg-ml-10ml', 'pamidronate-9mg-ml-10ml'],
    diluent: 'sodium-chloride-0.9',
    containerKind: 'bag',
    // No containerVolume: the study's section in the reference gives none (label: 250-500 mL).
    additiveVolume: 'add',
    source: {
      ...PAMIDRONATE_DILUENT_LABEL,
      verified: false,
      note: 'The reference\'s study row gives no diluent or volume for Cortet 1997 (its protocol table puts "60 mg/day (or 1 mg/kg/day) in 500 mL" on one line for three studies, but the study row ties 500 mL only to Sohn 2008). NS is one of the label\'s diluents; the clinician chooses the bag (label 250-500 mL).',
    },
  },
  schedule: {
    sessions: 3,
    description: 'Daily for 1 to 3 days (the study gave 1-3 infusions); the clinician decides how many',
    source: CORTET_1997,
    pattern: dailyPattern(3, CORTET_1997, 'Daily for 1 to 3 days; the clinician decides how many (pass a daily pattern of 1 or 2 days for fewer).'),
  },
  notes: [
    {
      kind: 'monitoring',
      text: 'Check creatinine before every dose; withhold if renal function deteriorates.',
      source: PAMIDRONATE_LABEL,
    },
  ],
  source: CORTET_1997,
} as const satisfies Protocol;
