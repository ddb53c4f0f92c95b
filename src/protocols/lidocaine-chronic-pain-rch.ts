/**
 * RCH Melbourne IV lidocaine for chronic pain: a total of 5 to 7.5 mg/kg (at most 500 mg) at
 * 40 to 75 mcg/kg/min, drawn up from 2% into a 50 mL syringe. The clinician chooses both.
 */
import type { Protocol } from '../catalogue/types.js';
import { singleSessionPattern } from './course-patterns.js';
import { FOO_2021, RCH_LIDOCAINE } from '../agents/sources.js';

export const lidocaineChronicPainRch = {
  id: 'lidocaine-chronic-pain-rch',
  version: '1.0.0',
  name: 'IV lidocaine for chronic neuropathic pain (RCH Melbourne)',
  agent: 'lidocaine',
  indication: 'Neuropathic pain refractory to other treatment',
  regimen: 'total-rate',
  total: { unit: 'mg/kg', min: '5', max: '7.5', usual: '5', source: RCH_LIDOCAINE },
  rate: {
    unit: 'ug/kg/min',
    min: '40',
    max: '75',
    usual: '40',
    source: { ...RCH_LIDOCAINE, note: 'Titrated up or down on reported side effects.' },
  },
  duration: {
    unit: 'min',
    min: '60',
    max: '120',
    source: { ...RCH_LIDOCAINE, note: 'The procedure takes 60-120 min; the duration follows from total and rate.' },
  },
  caps: [{ id: 'rch.total-cap', value: '500', unit: 'mg', source: RCH_LIDOCAINE }],
  weight: {
    basis: 'ideal',
    reason: 'RCH doses per kg without naming the weight; the international consensus uses ideal body weight (actual weight when lower).',
    source: FOO_2021,
  },
  preparation: {
    style: 'standard-concentration',
    products: ['lidocaine-20mg-ml'],
    containerKind: 'syringe',
    containerVolume: '50',
    concentration: '20',
    additiveVolume: 'add',
    source: { ...RCH_LIDOCAINE, note: 'Drawn up undiluted from 2% (20 mg/mL) ampoules into a 50 mL syringe.' },
  },
  schedule: {
    sessions: 1,
    description: "Per session; repeated at the specialist's decision",
    source: RCH_LIDOCAINE,
    pattern: {
      ...singleSessionPattern(RCH_LIDOCAINE, "Per session; repeated at the specialist's decision (no course length, no interval)."),
      openEnded: true,
    },
  },
  notes: [
    {
      kind: 'precaution',
      text: 'A bolus is not routine (1 mg/kg optional). Recovery averages 30 min.',
      source: RCH_LIDOCAINE,
    },
  ],
  source: RCH_LIDOCAINE,
} as const satisfies Protocol;
