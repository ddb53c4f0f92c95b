/**
 * Goebel 2010 IVIG for CRPS: 0.25 g/kg a day on 2 days (0.5 g/kg in all), given at the product's
 * own concentration and rounded to whole vials. The rate follows the product's label ramp; where a
 * product has none in the reference, the clinician supplies it from the label.
 */
import type { Protocol } from '../catalogue/types.js';
import { dailyPattern } from './course-patterns.js';
import { IVIG_PRODUCT_PREFERENCE } from '../agents/immune-globulin.js';
import { ASCIA_WHOLE_VIALS, IVIG_ROUNDING_TOLERANCE, GOEBEL_2010, IGIV_LABELS, IVIG_CONTINUATION, IVIG_PRODUCTS } from '../agents/sources-more.js';

export const ivigCrpsGoebel2010 = {
  id: 'ivig-crps-goebel-2010',
  version: '1.0.0',
  name: 'IVIG for CRPS, 0.25 g/kg a day for 2 days (Goebel 2010)',
  agent: 'immune-globulin',
  indication: 'Complex regional pain syndrome (longstanding, refractory)',
  regimen: 'total-rate',
  total: { unit: 'g/kg', value: '0.25', usual: '0.25', source: GOEBEL_2010 },
  rate: {
    unit: 'mg/kg/min',
    // No value: the rate follows the product's label ramp, or the clinician supplies it from the label.
    source: {
      ...IGIV_LABELS,
      note: "The trial's rate is not in the reference: the rate follows the chosen product's label ramp (start, never above its maximum, or its at-risk maximum). For a product with no ramp in the reference the clinician supplies the rate from its label. The duration follows from dose and rate.",
    },
  },
  caps: [],
  wholeVials: { source: ASCIA_WHOLE_VIALS, tolerance: { percent: '10', source: IVIG_ROUNDING_TOLERANCE } },
  preparation: {
    style: 'standard-concentration',
    products: IVIG_PRODUCT_PREFERENCE,
    // No diluent: IVIG is given at the product's own concentration from its vials.
    containerKind: 'bag',
    additiveVolume: 'add',
    source: {
      ...IVIG_PRODUCTS,
      verified: false,
      note: "The product used in the trial is not in the reference, so any IVIG product may be chosen. Products with both vial sizes and a label ramp in the reference come first (Privigen, smallest vial first so whole-vial rounding is finest), then those with a ramp but no vial sizes, then the rest. IVIG runs from the product's own vials, which the container kinds (bag or syringe) cannot say; 'bag' is the nearest.",
    },
  },
  schedule: {
    sessions: 2,
    description: '0.25 g/kg on each of 2 days (0.5 g/kg in all); a single course, repeated only with more than 30% relief',
    source: GOEBEL_2010,
    pattern: dailyPattern(2, GOEBEL_2010, '0.25 g/kg a day x 2, read as 2 consecutive days. A single course, repeated only with more than 30% relief.'),
  },
  notes: [
    {
      kind: 'precaution',
      text: 'Crossover RCT against saline (washout at least 28 days): pain 1.55 NRS units lower on days 6-19; 3 of 12 had at least 50% reduction; pain back to baseline by 3 months.',
      source: GOEBEL_2010,
    },
    {
      kind: 'precaution',
      text: 'Continue (maintenance) only with more than 30% pain relief; 1 g/kg was no better than 0.5 g/kg.',
      source: IVIG_CONTINUATION,
    },
  ],
  source: GOEBEL_2010,
} as const satisfies Protocol;
