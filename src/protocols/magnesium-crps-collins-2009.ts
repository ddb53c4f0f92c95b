/** Collins magnesium for CRPS-1: 70 mg/kg over 4 h in 100 mL NS at 25 mL/h, daily for 5 days. */
import type { Protocol } from '../catalogue/types.js';
import { dailyPattern } from './course-patterns.js';
import { COLLINS_2009 } from '../agents/sources.js';

export const magnesiumCrpsCollins2009 = {
  id: 'magnesium-crps-collins-2009',
  version: '1.0.0',
  name: 'Magnesium sulfate for CRPS-1 (Collins 2009)',
  agent: 'magnesium-sulfate',
  indication: 'Complex regional pain syndrome type 1',
  regimen: 'total-duration',
  total: {
    unit: 'mg/kg',
    value: '70',
    usual: '70',
    source: {
      ...COLLINS_2009,
      note: 'No significant difference from placebo in the 56-patient RCT (Fischer 2013).',
    },
  },
  duration: { unit: 'h', value: '4', usual: '4', source: COLLINS_2009 },
  caps: [],
  preparation: {
    style: 'whole-bag',
    products: ['magnesium-sulfate-500mg-ml-10ml', 'magnesium-sulfate-500mg-ml-20ml', 'magnesium-sulfate-500mg-ml-50ml', 'magnesium-sulfate-500mg-ml-2ml'],
    diluent: 'sodium-chloride-0.9',
    containerKind: 'bag',
    containerVolume: '100',
    additiveVolume: 'withdraw-equal',
    source: { ...COLLINS_2009, note: 'Dose made up to 100 mL with NS and run at 25 mL/h.' },
  },
  schedule: {
    sessions: 5,
    description: 'Daily for 5 consecutive days',
    source: COLLINS_2009,
    pattern: dailyPattern(5, COLLINS_2009, 'Daily x 5 consecutive days.'),
  },
  notes: [
    {
      kind: 'monitoring',
      text: 'Continuous ECG; an ECG beforehand to exclude PR prolongation or block.',
      source: COLLINS_2009,
    },
    {
      kind: 'contraindication',
      text: 'Excluded in the trial: renal or severe liver disease, active infection, malignancy, heart failure, pacemaker/ICD, pulmonary congestion, pregnancy.',
      source: COLLINS_2009,
    },
  ],
  source: COLLINS_2009,
} as const satisfies Protocol;
