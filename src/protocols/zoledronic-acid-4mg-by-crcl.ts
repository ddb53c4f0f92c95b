/**
 * Zoledronic acid 4 mg product dosed by Cockcroft-Gault creatinine clearance (Zometa table), in
 * 100 mL NS over at least 15 min. An oncology dosing rule, not a CRPS regimen.
 */
import type { Protocol } from '../catalogue/types.js';
import { singleSessionPattern } from './course-patterns.js';
import { CHEO_ZOLEDRONIC_ACID, ZOLEDRONIC_ACID_LABEL, ZOLEDRONIC_ACID_PRODUCTS, ZOMETA_CRCL_TABLE } from '../agents/sources-more.js';

export const zoledronicAcid4mgByCrcl = {
  id: 'zoledronic-acid-4mg-by-crcl',
  version: '1.0.0',
  name: 'Zoledronic acid 4 mg product, dose by creatinine clearance (Zometa)',
  agent: 'zoledronic-acid',
  indication: 'Oncology dosing of the 4 mg product (Zometa SmPC); the reference has no CRPS regimen with this product',
  regimen: 'total-duration',
  // No `total`: the session dose comes from the clearance bands.
  clearanceBands: {
    // First match wins (mL/min): below 30 none; 30 to under 40; 40 to under 50; 50 to 60 inclusive; above 60.
    bands: [
      { max: '30' },
      { min: '30', max: '40', dose: '3' },
      { min: '40', max: '50', dose: '3.3' },
      { min: '50', max: '60', maxInclusive: true, dose: '3.5' },
      { min: '60', minExclusive: true, dose: '4' },
    ],
    unit: 'mg',
    weight: 'actual',
    source: {
      ...ZOMETA_CRCL_TABLE,
      verified: false,
      note: "Zometa: CrCl above 60 mL/min 4.0 mg; 50-60: 3.5 mg; 40-49: 3.3 mg; 30-39: 3.0 mg; below 30: not recommended (Cockcroft-Gault). The weight in Cockcroft-Gault is not settled in the reference (actual, IBW or AdjBW vary); actual weight is used, which gives the highest clearance in obesity. The label's 40-49 and 30-39 bands are read as 40 to under 50 and 30 to under 40.",
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
    style: 'whole-bag',
    products: ['zoledronic-acid-0.8mg-ml-5ml'],
    diluent: 'sodium-chloride-0.9',
    containerKind: 'bag',
    containerVolume: '100',
    additiveVolume: 'add',
    source: {
      ...ZOLEDRONIC_ACID_PRODUCTS,
      note: 'The 4 mg/5 mL concentrate is drawn for the band dose and diluted in 100 mL NS (NS or D5W per the label). The 4 mg/100 mL ready-to-use product fits only the 4 mg band and is not offered here.',
    },
  },
  schedule: {
    sessions: 1,
    description: 'One dose; the repeat interval is not in the reference',
    source: ZOMETA_CRCL_TABLE,
    pattern: singleSessionPattern(ZOMETA_CRCL_TABLE, 'One dose; the repeat interval is not in the reference.'),
  },
  notes: [
    {
      kind: 'monitoring',
      text: 'Withhold if serum creatinine rises by 0.5 mg/dL (normal baseline) or 1.0 mg/dL (abnormal baseline).',
      source: ZOMETA_CRCL_TABLE,
    },
    {
      kind: 'incompatibility',
      text: "Do not mix with calcium or other divalent-cation solutions such as lactated Ringer's; give alone in a separate line.",
      source: CHEO_ZOLEDRONIC_ACID,
    },
    {
      kind: 'precaution',
      text: 'Follow with a 10 mL NS flush; acetaminophen afterwards may reduce the acute-phase reaction.',
      source: ZOLEDRONIC_ACID_LABEL,
    },
  ],
  source: ZOMETA_CRCL_TABLE,
} as const satisfies Protocol;
