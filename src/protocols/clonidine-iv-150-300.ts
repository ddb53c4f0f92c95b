/**
 * IV clonidine 150-300 mcg in 100 mL over 15 min (at most 750 mcg in 24 h). A hypertensive-crisis
 * regimen with a non-US product; the reference has no IV clonidine protocol for chronic pain.
 */
import type { Protocol } from '../catalogue/types.js';
import { singleSessionPattern } from './course-patterns.js';
import { CLONIDINE_IV_HOSP, DURACLON_LABEL } from '../agents/sources-more.js';

export const clonidineIv150300 = {
  id: 'clonidine-iv-150-300',
  version: '1.0.0',
  name: 'IV clonidine 150-300 mcg in 100 mL over 15 min (non-US hospital guides)',
  agent: 'clonidine',
  indication: 'Hypertensive crisis (label-type regimen outside the US); no chronic-pain IV protocol exists',
  regimen: 'total-duration',
  total: {
    unit: 'ug',
    // No value: the guides give a range; the clinician chooses within it.
    min: '150',
    max: '300',
    usual: '150',
    source: {
      ...CLONIDINE_IV_HOSP,
      note: '150-300 mcg; the clinician chooses the dose. The usual dose for the tenfold check is the bottom of the range.',
    },
  },
  duration: { unit: 'min', value: '15', usual: '15', source: { ...CLONIDINE_IV_HOSP, note: 'In 100 mL over 15 min.' } },
  caps: [],
  preparation: {
    style: 'whole-bag',
    products: ['clonidine-150ug-ml-ampoule'],
    diluent: 'sodium-chloride-0.9',
    containerKind: 'bag',
    containerVolume: '100',
    additiveVolume: 'withdraw-equal',
    source: {
      ...CLONIDINE_IV_HOSP,
      note: 'In 100 mL over 15 min; NS is the diluent both guides allow (D5W only in one). The bag is made up to 100 mL.',
    },
  },
  schedule: {
    sessions: 1,
    description: 'Single dose; may be repeated to at most 750 mcg in 24 h',
    source: CLONIDINE_IV_HOSP,
    pattern: singleSessionPattern(
      CLONIDINE_IV_HOSP,
      'Single dose. Repeats within 24 h (to at most 750 mcg in 24 h) are a dose question outside course planning, which places one session a day.',
    ),
  },
  notes: [
    {
      kind: 'precaution',
      text: 'This is a hypertensive-crisis regimen. The reference has no IV clonidine protocol for chronic pain; in the chronic-pain protocols clonidine is an oral adjunct (0.1 mg by mouth with ketamine).',
      source: CLONIDINE_IV_HOSP,
    },
    {
      kind: 'precaution',
      text: 'Non-US product only: no US IV clonidine exists, and Duraclon is labelled for epidural use only.',
      source: DURACLON_LABEL,
    },
    {
      kind: 'monitoring',
      text: 'Hypotension and bradycardia; taper over 2-3 days to avoid rebound hypertension.',
      source: CLONIDINE_IV_HOSP,
    },
  ],
  source: CLONIDINE_IV_HOSP,
} as const satisfies Protocol;
