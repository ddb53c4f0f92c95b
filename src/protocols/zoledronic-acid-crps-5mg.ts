/**
 * Zoledronic acid 5 mg/100 mL ready-to-infuse, once, over at least 15 min (CRPS trial NCT01788176).
 * The Reclast-type product is contraindicated below a creatinine clearance of 35 mL/min; the
 * clearance bands record that (no dose below 35) alongside the fixed 5 mg `total`.
 */
import type { Protocol } from '../catalogue/types.js';
import { singleSessionPattern } from './course-patterns.js';
import { FERRARO_META_ANALYSIS, RECLAST_PI, ZOLEDRONIC_ACID_CRPS_TRIAL, ZOLEDRONIC_ACID_LABEL, ZOLEDRONIC_ACID_PRODUCTS } from '../agents/sources-more.js';

export const zoledronicAcidCrps5mg = {
  id: 'zoledronic-acid-crps-5mg',
  version: '1.0.0',
  name: 'Zoledronic acid 5 mg once for CRPS (NCT01788176)',
  agent: 'zoledronic-acid',
  indication: 'Complex regional pain syndrome',
  regimen: 'total-duration',
  total: { unit: 'mg', value: '5', usual: '5', source: ZOLEDRONIC_ACID_CRPS_TRIAL },
  clearanceBands: {
    // First match wins; min inclusive, max exclusive (mL/min). Same 5 mg as `total` where allowed.
    bands: [{ max: '35' }, { min: '35', dose: '5' }],
    unit: 'mg',
    weight: 'actual',
    source: {
      ...RECLAST_PI,
      verified: false,
      note: 'Reclast-type 5 mg is contraindicated if CrCl is below 35 mL/min. The weight used in Cockcroft-Gault is not settled in the reference (actual, IBW or AdjBW vary); actual weight is used here, which gives the highest clearance in obesity.',
    },
  },
  duration: {
    unit: 'min',
    // No value: the label gives only a minimum (15 min); the clinician chooses the duration.
    min: '15',
    source: { ...ZOLEDRONIC_ACID_LABEL, note: 'At least 15 min at a constant rate. The clinician supplies the duration.' },
  },
  caps: [],
  preparation: {
    style: 'standard-concentration',
    products: ['zoledronic-acid-0.05mg-ml-premix-100ml'],
    // No diluent: the 5 mg/100 mL product is ready to infuse.
    containerKind: 'bag',
    additiveVolume: 'add',
    source: { ...ZOLEDRONIC_ACID_PRODUCTS, note: 'Reclast-type 5 mg/100 mL ready-to-infuse, given as it is.' },
  },
  schedule: {
    sessions: 1,
    description: 'Once',
    source: ZOLEDRONIC_ACID_CRPS_TRIAL,
    pattern: singleSessionPattern(ZOLEDRONIC_ACID_CRPS_TRIAL, 'Once.'),
  },
  notes: [
    {
      kind: 'contraindication',
      text: 'Contraindicated if creatinine clearance is below 35 mL/min or in hypocalcemia.',
      source: RECLAST_PI,
    },
    {
      kind: 'precaution',
      text: 'Follow with a 10 mL NS flush; acetaminophen afterwards may reduce the acute-phase reaction.',
      source: ZOLEDRONIC_ACID_LABEL,
    },
    {
      kind: 'precaution',
      text: 'The CRPS trial registration is of unknown status. Across bisphosphonates the evidence is a low-certainty short-term benefit.',
      source: FERRARO_META_ANALYSIS,
    },
  ],
  source: ZOLEDRONIC_ACID_CRPS_TRIAL,
} as const satisfies Protocol;
