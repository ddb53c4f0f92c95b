/** Kim 2015 magnesium for post-herpetic neuralgia: 30 mg/kg in 100 mL over 1 h, every other day x 3. */
import type { Protocol } from '../catalogue/types.js';
import { MAGNESIUM_LABEL } from '../agents/sources.js';
import { KIM_2015 } from '../agents/sources-more.js';

export const magnesiumPhnKim2015 = {
  id: 'magnesium-phn-kim-2015',
  version: '1.0.0',
  name: 'Magnesium sulfate for post-herpetic neuralgia, 30 mg/kg over 1 h every other day x 3 (Kim 2015)',
  agent: 'magnesium-sulfate',
  indication: 'Post-herpetic neuralgia',
  regimen: 'total-duration',
  total: { unit: 'mg/kg', value: '30', usual: '30', source: KIM_2015 },
  duration: { unit: 'h', value: '1', usual: '1', source: KIM_2015 },
  caps: [],
  preparation: {
    style: 'whole-bag',
    products: ['magnesium-sulfate-500mg-ml-10ml', 'magnesium-sulfate-500mg-ml-20ml', 'magnesium-sulfate-500mg-ml-50ml', 'magnesium-sulfate-500mg-ml-2ml'],
    diluent: 'sodium-chloride-0.9',
    containerKind: 'bag',
    containerVolume: '100',
    additiveVolume: 'withdraw-equal',
    source: {
      ...KIM_2015,
      verified: false,
      note: 'The summary says "in 100 mL" without naming the fluid. NS is chosen (as in Brill 2002; NS and D5W are the labelled diluents); change it if the institution uses D5W. The bag is made up to 100 mL.',
    },
  },
  schedule: {
    sessions: 3,
    description: 'Every other day, 3 infusions',
    source: KIM_2015,
    pattern: {
      kind: 'every-n-days',
      n: 2,
      count: 3,
      minIntervalHours: 48,
      source: { ...KIM_2015, note: 'Every other day x 3.' },
      minIntervalSource: {
        citation: KIM_2015.citation,
        grade: 'derived',
        verified: KIM_2015.verified,
        note: 'Derived, not a published number: "every other day" puts sessions 2 days (48 h) apart.',
      },
      openEnded: false,
    },
  },
  notes: [
    {
      kind: 'precaution',
      text: 'The trial gave midazolam 0.1 mg/kg with each infusion (not planned by this library).',
      source: KIM_2015,
    },
    {
      kind: 'monitoring',
      text: 'Label monitoring applies: urine output, patellar reflex, respiratory rate, serum Mg; IV calcium gluconate at hand.',
      source: MAGNESIUM_LABEL,
    },
  ],
  source: KIM_2015,
} as const satisfies Protocol;
