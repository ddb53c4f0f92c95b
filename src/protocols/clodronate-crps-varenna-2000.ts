/**
 * Varenna 2000 IV clodronate for CRPS: 300 mg daily for 10 days. The reference gives no product,
 * diluent, volume or infusion time: all must come from the institution and the clinician.
 */
import type { Protocol } from '../catalogue/types.js';
import { dailyPattern } from './course-patterns.js';
import { VARENNA_2000 } from '../agents/sources-more.js';

export const clodronateCrpsVarenna2000 = {
  id: 'clodronate-crps-varenna-2000',
  version: '1.0.0',
  name: 'IV clodronate for CRPS, 300 mg a day for 10 days (Varenna 2000)',
  agent: 'clodronate',
  indication: 'Complex regional pain syndrome',
  regimen: 'total-duration',
  total: { unit: 'mg', value: '300', usual: '300', source: VARENNA_2000 },
  duration: {
    unit: 'h',
    // No value: the reference gives no infusion time; the clinician supplies it.
    source: { ...VARENNA_2000, note: 'No infusion time in the reference; the clinician supplies it.' },
  },
  caps: [],
  preparation: {
    style: 'whole-bag',
    // No product, diluent or volume: the reference gives none for IV clodronate.
    products: [],
    containerKind: 'bag',
    additiveVolume: 'add',
    source: {
      ...VARENNA_2000,
      verified: false,
      note: 'The reference gives no preparation for IV clodronate (no product, diluent or volume). The whole-bag style is a placeholder: the institution must add its product and diluent, and the clinician the bag volume.',
    },
  },
  schedule: {
    sessions: 10,
    description: 'Daily for 10 days',
    source: VARENNA_2000,
    pattern: dailyPattern(10, VARENNA_2000, 'Daily x 10 days.'),
  },
  notes: [
    {
      kind: 'precaution',
      text: 'No IV clodronate product or preparation is in the catalogue: a plan cannot be made until the institution adds them.',
      source: VARENNA_2000,
    },
  ],
  source: VARENNA_2000,
} as const satisfies Protocol;
