/**
 * Clodronate for IV infusion (a CRPS trial regimen; context only in the reference). The reference
 * gives no product, diluent or infusion time, so there is no product record and a plan cannot be
 * made until an institution adds one.
 */
import type { Agent } from '../catalogue/types.js';
import { VARENNA_2000 } from './sources-more.js';
import { MG_DISPLAY } from './display-units.js';

export const clodronate = {
  id: 'clodronate',
  name: 'Clodronate disodium (IV)',
  massUnit: 'mg',
  displayUnit: MG_DISPLAY,
  weight: {
    basis: 'actual',
    reason: 'The IV regimen is a fixed dose (300 mg), so the dosing weight does not change the dose; no weight rule exists for bisphosphonates.',
    source: {
      ...VARENNA_2000,
      verified: false,
      note: 'The reference says bisphosphonates have no authoritative weight rule (gaps, item 7).',
    },
  },
  // No product and no diluent: the reference gives neither for IV clodronate.
  products: [],
  diluents: [],
  limits: [
    {
      id: 'clodronate.session-dose.upper-soft',
      bound: 'upper',
      severity: 'soft',
      value: '300',
      unit: 'mg',
      source: {
        ...VARENNA_2000,
        grade: 'derived',
        note: 'The only IV clodronate dose in the reference (300 mg a day); a larger dose needs a reason.',
      },
    },
  ],
  notes: [
    {
      kind: 'precaution',
      text: 'No IV clodronate product, diluent or infusion time is in the reference. The institution must add its product and preparation before a plan can be made.',
      source: VARENNA_2000,
    },
  ],
  source: VARENNA_2000,
} as const satisfies Agent;
