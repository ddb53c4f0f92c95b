/**
 * Neridronate (neridronic acid). The reference gives a CRPS regimen but no product: vial strength,
 * diluent, infusion time and interval are all unverified, so there is no product record and a plan
 * cannot be made until an institution adds one.
 */
import type { Agent } from '../catalogue/types.js';
import { NERIDRONATE_ADMINISTRATION_UNVERIFIED, NERIDRONATE_AVAILABILITY, VARENNA_2013 } from './sources-more.js';
import { MG_DISPLAY } from './display-units.js';

export const neridronate = {
  id: 'neridronate',
  name: 'Neridronate (neridronic acid)',
  massUnit: 'mg',
  displayUnit: MG_DISPLAY,
  weight: {
    basis: 'actual',
    reason: 'Neridronate is given as a fixed dose (100 mg), so the dosing weight does not change the dose; no weight rule exists for bisphosphonates.',
    source: {
      ...VARENNA_2013,
      verified: false,
      note: 'The reference says bisphosphonates have no authoritative weight rule (gaps, item 7).',
    },
  },
  // No product: the reference gives no vial strength or volume for neridronate (gaps, item 4).
  products: [],
  diluents: [{ id: 'sodium-chloride-0.9', source: NERIDRONATE_ADMINISTRATION_UNVERIFIED }],
  limits: [
    {
      id: 'neridronate.session-dose.upper-soft',
      bound: 'upper',
      severity: 'soft',
      value: '100',
      unit: 'mg',
      source: {
        ...VARENNA_2013,
        grade: 'derived',
        note: 'The only neridronate dose in the reference (100 mg per infusion); a larger dose needs a reason.',
      },
    },
  ],
  notes: [
    {
      kind: 'precaution',
      text: 'No neridronate product is in the catalogue: the reference gives no vial strength, diluent, infusion time or interval (often quoted as 100 mg every 3 days in 500 mL NS over 2 h, all [UNVERIFIED]). The institution must add its product before a plan can be made.',
      source: NERIDRONATE_ADMINISTRATION_UNVERIFIED,
    },
    {
      kind: 'precaution',
      text: 'Italian product (Nerixia); not FDA-approved. A US phase 3 trial (NCT02402530) used a 62.5 mg arm whose schedule is [UNVERIFIED].',
      source: { ...NERIDRONATE_AVAILABILITY, verified: false, note: 'The phase 3 schedule is [UNVERIFIED] in the reference.' },
    },
  ],
  source: VARENNA_2013,
} as const satisfies Agent;
