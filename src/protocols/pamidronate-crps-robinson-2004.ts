/**
 * Robinson 2004 pamidronate for CRPS: 60 mg once, over at least 2 h. The reference ties no diluent
 * volume to this regimen, so the bag volume (label: 250-500 mL) and the duration are the clinician's.
 */
import type { Protocol } from '../catalogue/types.js';
import { singleSessionPattern } from './course-patterns.js';
import { PAMIDRONATE_DILUENT_LABEL, PAMIDRONATE_LABEL, ROBINSON_2004 } from '../agents/sources-more.js';

export const pamidronateCrpsRobinson2004 = {
  id: 'pamidronate-crps-robinson-2004',
  version: '1.0.0',
  name: 'Pamidronate for CRPS, 60 mg once (Robinson 2004)',
  agent: 'pamidronate',
  indication: 'Complex regional pain syndrome',
  regimen: 'total-duration',
  total: { unit: 'mg', value: '60', usual: '60', source: ROBINSON_2004 },
  duration: {
    unit: 'h',
    // No value: the label gives only a minimum (2 h); the clinician chooses the duration.
    min: '2',
    source: { ...PAMIDRONATE_LABEL, note: 'At least 2 h (label); longer infusions lower renal risk. The clinician supplies the duration.' },
  },
  caps: [],
  preparation: {
    style: 'whole-bag',
    products: ['pamidronate-6mg-ml-10ml', 'pamidronate-3mg-ml-10ml', 'pamidronate-9mg-ml-10ml'],
    diluent: 'sodium-chloride-0.9',
    containerKind: 'bag',
    // No containerVolume: the label allows 250-500 mL and nothing ties a volume to this regimen.
    additiveVolume: 'add',
    source: {
      ...PAMIDRONATE_DILUENT_LABEL,
      verified: false,
      note: "The reference gives no diluent or volume for Robinson 2004. NS is one of the label's diluents (NS, 0.45% NaCl, D5W); the clinician chooses the bag (label 250-500 mL).",
    },
  },
  schedule: {
    sessions: 1,
    description: 'Once',
    source: ROBINSON_2004,
    pattern: singleSessionPattern(ROBINSON_2004, 'Once.'),
  },
  notes: [
    {
      kind: 'monitoring',
      text: 'Check creatinine before the dose.',
      source: PAMIDRONATE_LABEL,
    },
  ],
  source: ROBINSON_2004,
} as const satisfies Protocol;
