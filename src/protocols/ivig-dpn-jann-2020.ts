/**
 * Jann 2020 IVIG for painful diabetic polyneuropathy: 0.4 g/kg a day for 5 days, at the product's
 * own concentration, rounded to whole vials. The rate follows the product's label ramp.
 */
import type { Protocol } from '../catalogue/types.js';
import { dailyPattern } from './course-patterns.js';
import { IVIG_PRODUCT_PREFERENCE } from '../agents/immune-globulin.js';
import { ASCIA_WHOLE_VIALS, IVIG_ROUNDING_TOLERANCE, IGIV_LABELS, IVIG_PRODUCTS, JANN_2020 } from '../agents/sources-more.js';

export const ivigDpnJann2020 = {
  id: 'ivig-dpn-jann-2020',
  version: '1.0.0',
  name: 'IVIG for painful diabetic polyneuropathy, 0.4 g/kg a day for 5 days (Jann 2020)',
  agent: 'immune-globulin',
  indication: 'Painful diabetic polyneuropathy',
  regimen: 'total-rate',
  total: {
    unit: 'g/kg',
    value: '0.4',
    usual: '0.4',
    source: { ...JANN_2020, note: 'At least 50% pain reduction in 63.6% vs 0% on placebo (n=23).' },
  },
  rate: {
    unit: 'mg/kg/min',
    // No value: the rate follows the product's label ramp, or the clinician supplies it from the label.
    source: {
      ...IGIV_LABELS,
      note: "The trial's rate is not in the reference: the rate follows the chosen product's label ramp; for a product with no ramp in the reference the clinician supplies it from its label. The duration follows from dose and rate.",
    },
  },
  caps: [],
  wholeVials: { source: ASCIA_WHOLE_VIALS, tolerance: { percent: '10', source: IVIG_ROUNDING_TOLERANCE } },
  preparation: {
    style: 'standard-concentration',
    products: IVIG_PRODUCT_PREFERENCE,
    containerKind: 'bag',
    additiveVolume: 'add',
    source: {
      ...IVIG_PRODUCTS,
      verified: false,
      note: "The product used in the trial is not in the reference, so any IVIG product may be chosen; products with vial sizes and a label ramp come first. IVIG runs from the product's own vials; 'bag' is the nearest container kind.",
    },
  },
  schedule: {
    sessions: 5,
    description: 'Daily for 5 days',
    source: JANN_2020,
    pattern: dailyPattern(5, JANN_2020, 'Daily x 5 days.'),
  },
  notes: [
    {
      kind: 'precaution',
      text: 'Small RCT (n=23), known only from a review table.',
      source: JANN_2020,
    },
  ],
  source: JANN_2020,
} as const satisfies Protocol;
