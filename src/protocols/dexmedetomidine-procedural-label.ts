/**
 * Dexmedetomidine procedural sedation as labelled: 1 mcg/kg over 10 min, then 0.6 mcg/kg/h titrated
 * within the label range, at the standard 4 mcg/mL. The clinician supplies the duration (24 h at most).
 * There is no chronic-pain dosing standard; this is the only dosing anchor the reference has.
 */
import type { Protocol } from '../catalogue/types.js';
import { singleSessionPattern } from './course-patterns.js';
import { ASHP_S4S_2016, DEXMEDETOMIDINE_CHRONIC_PAIN, DEXMEDETOMIDINE_LABEL } from '../agents/sources-more.js';

export const dexmedetomidineProceduralLabel = {
  id: 'dexmedetomidine-procedural-label',
  version: '1.0.0',
  name: 'Dexmedetomidine procedural sedation, label dosing (Precedex)',
  agent: 'dexmedetomidine',
  indication: 'Procedural sedation of non-intubated adults (label); chronic-pain use rests on case reports only',
  regimen: 'rate-duration',
  loading: {
    total: {
      unit: 'ug/kg',
      value: '1',
      min: '0.5',
      max: '1',
      usual: '1',
      source: {
        ...DEXMEDETOMIDINE_LABEL,
        note: '1 mcg/kg over 10 min; 0.5 mcg/kg over 10 min for less invasive procedures or age over 65; none when converting from another sedative.',
      },
    },
    duration: { unit: 'min', value: '10', usual: '10', source: DEXMEDETOMIDINE_LABEL },
  },
  rate: {
    unit: 'ug/kg/h',
    value: '0.6',
    max: '1',
    usual: '0.6',
    source: {
      ...DEXMEDETOMIDINE_LABEL,
      note: 'Start 0.6 mcg/kg/h and titrate; the reference says the label range extends to about 1 mcg/kg/h.',
    },
  },
  duration: {
    unit: 'h',
    // No value: the length of sedation is the clinician's. The label allows no more than 24 h of
    // infusion, the 10-min loading dose included, and the pump's rounding can lengthen the programmed
    // time a little, so the maintenance runs at most 23.5 h (23 h 40 min with the loading dose).
    max: '23.5',
    source: {
      ...DEXMEDETOMIDINE_LABEL,
      grade: 'derived',
      note: 'Continuous infusion not exceeding 24 h (label). 24 h - 10 min loading = 23 h 50 min; 20 min more are kept for the rounding of the pump rate and the drawn volume, so the programmed infusion stays within 24 h. The clinician supplies the duration.',
    },
  },
  caps: [],
  preparation: {
    style: 'standard-concentration',
    products: ['dexmedetomidine-100ug-ml-2ml', 'dexmedetomidine-4ug-ml-premix-20ml'],
    diluent: 'sodium-chloride-0.9',
    containerKind: 'bag',
    concentration: '0.004',
    additiveVolume: 'withdraw-equal',
    source: {
      ...ASHP_S4S_2016,
      citation: `${ASHP_S4S_2016.citation}; ${DEXMEDETOMIDINE_LABEL.citation}`,
      note: 'Standard concentration 4 mcg/mL (ASHP S4S; the label dilutes 2 mL of 100 mcg/mL with 48 mL NS to 50 mL). The confirmed 20 mL premix is the same concentration; the 50 and 100 mL premixes are not offered because the reference marks them [UNVERIFIED].',
    },
  },
  schedule: {
    sessions: 1,
    description: 'One sedation session',
    source: DEXMEDETOMIDINE_LABEL,
    pattern: singleSessionPattern(DEXMEDETOMIDINE_LABEL, 'One sedation session.'),
  },
  notes: [
    {
      kind: 'precaution',
      text: 'Over 65: loading dose 0.5 mcg/kg over 10 min and consider a lower maintenance dose. Consider a dose reduction in hepatic impairment.',
      source: DEXMEDETOMIDINE_LABEL,
    },
    {
      kind: 'precaution',
      text: 'No dosing standard for chronic pain exists; the label sedation ranges are the only anchors.',
      source: DEXMEDETOMIDINE_CHRONIC_PAIN,
    },
    {
      kind: 'monitoring',
      text: 'Continuous monitoring by skilled staff; biphasic blood-pressure response to the loading dose; hypotension, bradycardia.',
      source: DEXMEDETOMIDINE_LABEL,
    },
  ],
  source: DEXMEDETOMIDINE_LABEL,
} as const satisfies Protocol;
