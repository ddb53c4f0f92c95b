/**
 * Varenna 2013 neridronate for CRPS: four 100 mg infusions. The interval, infusion time, diluent and
 * volume are [UNVERIFIED] in the reference and there is no product record, so the clinician and the
 * institution must supply them before a plan can be made.
 */
import type { Protocol } from '../catalogue/types.js';
import { NERIDRONATE_ADMINISTRATION_UNVERIFIED, VARENNA_2013 } from '../agents/sources-more.js';

export const neridronateCrpsVarenna2013 = {
  id: 'neridronate-crps-varenna-2013',
  version: '1.0.0',
  name: 'Neridronate for CRPS, 100 mg x 4 (Varenna 2013)',
  agent: 'neridronate',
  indication: 'Complex regional pain syndrome type 1',
  regimen: 'total-duration',
  total: {
    unit: 'mg',
    value: '100',
    usual: '100',
    source: { ...VARENNA_2013, note: 'Effect maintained in the open extension and at 1 year.' },
  },
  duration: {
    unit: 'h',
    // No value: "about 2 h" is [UNVERIFIED]; the clinician supplies the duration.
    source: {
      ...NERIDRONATE_ADMINISTRATION_UNVERIFIED,
      note: 'The infusion time is [UNVERIFIED] (often quoted as 2 h); the clinician supplies it.',
    },
  },
  caps: [],
  preparation: {
    style: 'whole-bag',
    // No product: the reference gives no neridronate product; the institution must add one.
    products: [],
    diluent: 'sodium-chloride-0.9',
    containerKind: 'bag',
    // No containerVolume: "500 mL NS" is [UNVERIFIED]; the clinician chooses the bag.
    additiveVolume: 'add',
    source: {
      ...NERIDRONATE_ADMINISTRATION_UNVERIFIED,
      note: '[UNVERIFIED] 500 mL NS is the usual quoted preparation; NS is kept as the diluent and the bag volume is left to the clinician. No product is in the catalogue.',
    },
  },
  schedule: {
    sessions: 4,
    description: 'Four 100 mg infusions; the interval is [UNVERIFIED] (often every 3 days: days 1, 4, 7, 10)',
    source: NERIDRONATE_ADMINISTRATION_UNVERIFIED,
    pattern: {
      kind: 'every-n-days',
      n: 3,
      count: 4,
      minIntervalHours: 72,
      source: {
        ...NERIDRONATE_ADMINISTRATION_UNVERIFIED,
        note: 'Four 100 mg infusions; the interval is [UNVERIFIED]: "often every 3 days (days 1, 4, 7, 10)".',
      },
      minIntervalSource: {
        citation: NERIDRONATE_ADMINISTRATION_UNVERIFIED.citation,
        grade: 'derived',
        verified: false,
        note: 'Derived from the [UNVERIFIED] "every 3 days": 72 h.',
      },
      openEnded: false,
    },
  },
  notes: [
    {
      kind: 'precaution',
      text: 'Not FDA-approved (Italian product Nerixia). No product is in the catalogue: the institution must add its product before a plan can be made.',
      source: VARENNA_2013,
    },
  ],
  source: VARENNA_2013,
} as const satisfies Protocol;
