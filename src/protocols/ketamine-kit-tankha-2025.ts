/** Cleveland Clinic ketamine infusion therapy (KIT): 0.5 mg/kg over 40 min on 5 consecutive days. */
import type { Protocol } from '../catalogue/types.js';
import { dailyPattern } from './course-patterns.js';
import { KETAMINE_LABEL } from '../agents/sources.js';
import { TANKHA_2025 } from '../agents/sources-more.js';

export const ketamineKitTankha2025 = {
  id: 'ketamine-kit-tankha-2025',
  version: '1.0.0',
  name: 'Ketamine infusion therapy, 0.5 mg/kg over 40 min for 5 days (Cleveland Clinic KIT, Tankha 2025)',
  agent: 'ketamine',
  indication: 'Chronic pain (Cleveland Clinic standardized outpatient course)',
  regimen: 'total-duration',
  total: { unit: 'mg/kg', value: '0.5', usual: '0.5', source: TANKHA_2025 },
  duration: { unit: 'min', value: '40', usual: '40', source: TANKHA_2025 },
  caps: [],
  preparation: {
    style: 'whole-bag',
    products: ['ketamine-50mg-ml-10ml', 'ketamine-100mg-ml-5ml'],
    diluent: 'sodium-chloride-0.9',
    containerKind: 'bag',
    // No containerVolume: the reference gives no bag for this regimen; the clinician chooses it.
    additiveVolume: 'withdraw-equal',
    source: {
      ...KETAMINE_LABEL,
      note: "The reference gives no preparation for this regimen: NS is a labelled diluent, the bag volume is the clinician's, and the vial is a pharmacy choice.",
    },
  },
  schedule: {
    sessions: 5,
    description: '5 consecutive days',
    source: TANKHA_2025,
    pattern: dailyPattern(5, TANKHA_2025, '5 consecutive days.'),
  },
  notes: [
    {
      kind: 'precaution',
      text: 'Standardized dose with no titration (retrospective series, n=1,034).',
      source: TANKHA_2025,
    },
    {
      kind: 'precaution',
      text: 'Use immediately after dilution.',
      source: KETAMINE_LABEL,
    },
  ],
  source: TANKHA_2025,
} as const satisfies Protocol;
