/**
 * Adami 1997 IV alendronate for CRPS: 7.5 mg in 250 mL NS daily for 3 days. The infusion time was
 * not captured and there is no product record: the clinician supplies the duration and the
 * institution its product.
 */
import type { Protocol } from '../catalogue/types.js';
import { dailyPattern } from './course-patterns.js';
import { ADAMI_1997 } from '../agents/sources-more.js';

export const alendronateCrpsAdami1997 = {
  id: 'alendronate-crps-adami-1997',
  version: '1.0.0',
  name: 'IV alendronate for CRPS, 7.5 mg a day for 3 days (Adami 1997)',
  agent: 'alendronate',
  indication: 'Complex regional pain syndrome',
  regimen: 'total-duration',
  total: { unit: 'mg', value: '7.5', usual: '7.5', source: ADAMI_1997 },
  duration: {
    unit: 'h',
    // No value: the infusion time was not captured in the reference; the clinician supplies it.
    source: { ...ADAMI_1997, note: 'The infusion time was not captured; the clinician supplies it.' },
  },
  caps: [],
  preparation: {
    style: 'whole-bag',
    // No product: the reference gives no IV alendronate product; the institution must add one.
    products: [],
    diluent: 'sodium-chloride-0.9',
    containerKind: 'bag',
    containerVolume: '250',
    additiveVolume: 'add',
    source: { ...ADAMI_1997, note: '7.5 mg in 250 mL NS. No product is in the catalogue.' },
  },
  schedule: {
    sessions: 3,
    description: 'Daily for 3 days',
    source: ADAMI_1997,
    pattern: dailyPattern(3, ADAMI_1997, 'Daily x 3 days.'),
  },
  notes: [
    {
      kind: 'precaution',
      text: 'No IV alendronate product is in the catalogue: the institution must add its product before a plan can be made.',
      source: ADAMI_1997,
    },
  ],
  source: ADAMI_1997,
} as const satisfies Protocol;
