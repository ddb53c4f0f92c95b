/**
 * Alendronate for IV infusion (a CRPS trial regimen; context only in the reference). The reference
 * gives no IV product strength, so there is no product record and a plan cannot be made until an
 * institution adds one.
 */
import type { Agent } from '../catalogue/types.js';
import { ADAMI_1997 } from './sources-more.js';
import { MG_DISPLAY } from './display-units.js';

export const alendronate = {
  id: 'alendronate',
  name: 'Alendronate sodium (IV)',
  massUnit: 'mg',
  displayUnit: MG_DISPLAY,
  weight: {
    basis: 'actual',
    reason: 'The IV regimen is a fixed dose (7.5 mg), so the dosing weight does not change the dose; no weight rule exists for bisphosphonates.',
    source: {
      ...ADAMI_1997,
      verified: false,
      note: 'The reference says bisphosphonates have no authoritative weight rule (gaps, item 7).',
    },
  },
  // No product: the reference gives no IV alendronate strength or container.
  products: [],
  diluents: [{ id: 'sodium-chloride-0.9', source: { ...ADAMI_1997, note: '7.5 mg in 250 mL NS.' } }],
  limits: [
    {
      id: 'alendronate.session-dose.upper-soft',
      bound: 'upper',
      severity: 'soft',
      value: '7.5',
      unit: 'mg',
      source: {
        ...ADAMI_1997,
        grade: 'derived',
        note: 'The only IV alendronate dose in the reference (7.5 mg a day); a larger dose needs a reason.',
      },
    },
  ],
  notes: [
    {
      kind: 'precaution',
      text: 'No IV alendronate product is in the catalogue: the reference gives no strength or container. The institution must add its product before a plan can be made. The infusion time was not captured.',
      source: ADAMI_1997,
    },
  ],
  source: ADAMI_1997,
} as const satisfies Agent;
