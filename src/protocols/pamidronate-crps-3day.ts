/** Pamidronate for CRPS: 60 mg a day in 500 mL for 3 days (Kubalek 2001; Sohn 2008), each over at least 2 h. */
import type { Protocol } from '../catalogue/types.js';
import { dailyPattern } from './course-patterns.js';
import { KUBALEK_2001, PAMIDRONATE_DILUENT_LABEL, PAMIDRONATE_LABEL, SOHN_2008 } from '../agents/sources-more.js';

const KUBALEK_SOHN = {
  ...KUBALEK_2001,
  citation: `${KUBALEK_2001.citation}; ${SOHN_2008.citation}`,
} as const;

export const pamidronateCrps3day = {
  id: 'pamidronate-crps-3day',
  version: '1.0.0',
  name: 'Pamidronate for CRPS, 60 mg a day for 3 days (Kubalek 2001; Sohn 2008)',
  agent: 'pamidronate',
  indication: 'Complex regional pain syndrome (including post-stroke CRPS)',
  regimen: 'total-duration',
  total: { unit: 'mg', value: '60', usual: '60', source: KUBALEK_SOHN },
  duration: {
    unit: 'h',
    // No value: the reference gives only the label minimum (2 h); the clinician chooses the duration.
    min: '2',
    source: { ...PAMIDRONATE_LABEL, note: 'At least 2 h each day (label). The clinician supplies the duration.' },
  },
  caps: [],
  preparation: {
    style: 'whole-bag',
    products: ['pamidronate-6mg-ml-10ml', 'pamidronate-3mg-ml-10ml', 'pamidronate-9mg-ml-10ml'],
    diluent: 'sodium-chloride-0.9',
    containerKind: 'bag',
    containerVolume: '500',
    additiveVolume: 'add',
    source: {
      ...SOHN_2008,
      citation: `${SOHN_2008.citation}; ${PAMIDRONATE_DILUENT_LABEL.citation}`,
      verified: false,
      note: "500 mL is from Sohn 2008, which used 5% glucose-saline; that fluid is neither in the catalogue nor in the label's list (NS, 0.45% NaCl, D5W), so NS is used. Kubalek 2001's fluid and volume are not in the reference.",
    },
  },
  schedule: {
    sessions: 3,
    description: '3 consecutive days (180 mg in all)',
    source: KUBALEK_SOHN,
    pattern: dailyPattern(3, KUBALEK_SOHN, '3 consecutive days.'),
  },
  notes: [
    {
      kind: 'monitoring',
      text: 'Check creatinine before every dose; withhold if renal function deteriorates.',
      source: PAMIDRONATE_LABEL,
    },
    {
      kind: 'monitoring',
      text: 'Fever and flu-like symptoms or diarrhoea in about 21% (Kubalek); fever or myalgia in 11 of 24 and 2 allergic skin reactions (Sohn).',
      source: KUBALEK_SOHN,
    },
  ],
  source: KUBALEK_SOHN,
} as const satisfies Protocol;
