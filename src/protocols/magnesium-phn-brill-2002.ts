/** Brill 2002 magnesium for post-herpetic neuralgia: 30 mg/kg in 100 mL NS over 30 min, once. */
import type { Protocol } from '../catalogue/types.js';
import { singleSessionPattern } from './course-patterns.js';
import { MAGNESIUM_LABEL } from '../agents/sources.js';
import { BRILL_2002 } from '../agents/sources-more.js';

export const magnesiumPhnBrill2002 = {
  id: 'magnesium-phn-brill-2002',
  version: '1.0.0',
  name: 'Magnesium sulfate for post-herpetic neuralgia, 30 mg/kg over 30 min (Brill 2002)',
  agent: 'magnesium-sulfate',
  indication: 'Post-herpetic neuralgia',
  regimen: 'total-duration',
  total: { unit: 'mg/kg', value: '30', usual: '30', source: BRILL_2002 },
  duration: { unit: 'min', value: '30', usual: '30', source: BRILL_2002 },
  caps: [],
  preparation: {
    style: 'whole-bag',
    products: ['magnesium-sulfate-500mg-ml-10ml', 'magnesium-sulfate-500mg-ml-20ml', 'magnesium-sulfate-500mg-ml-50ml', 'magnesium-sulfate-500mg-ml-2ml'],
    diluent: 'sodium-chloride-0.9',
    containerKind: 'bag',
    containerVolume: '100',
    additiveVolume: 'withdraw-equal',
    source: {
      ...BRILL_2002,
      note: '30 mg/kg in 100 mL NS: the bag is made up to 100 mL (an equal volume of NS withdrawn first). The 50% vial is diluted well below the 20% maximum concentration.',
    },
  },
  schedule: {
    sessions: 1,
    description: 'Single dose',
    source: BRILL_2002,
    pattern: singleSessionPattern(BRILL_2002, 'Single dose.'),
  },
  notes: [
    {
      kind: 'precaution',
      text: 'Small trial summarized secondarily: at least 30% relief in 11 of 15 on magnesium.',
      source: BRILL_2002,
    },
    {
      kind: 'monitoring',
      text: 'Label monitoring applies: urine output, patellar reflex, respiratory rate, serum Mg; IV calcium gluconate at hand.',
      source: MAGNESIUM_LABEL,
    },
  ],
  source: BRILL_2002,
} as const satisfies Protocol;
