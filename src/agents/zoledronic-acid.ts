/** Zoledronic acid for IV infusion: products, limits and notes, each with its source. */
import type { Agent } from '../catalogue/types.js';
import { CHEO_ZOLEDRONIC_ACID, RECLAST_PI, ZOLEDRONIC_ACID_LABEL, ZOLEDRONIC_ACID_PRODUCTS, ZOMETA_CRCL_TABLE } from './sources-more.js';
import { MG_DISPLAY } from './display-units.js';

export const zoledronicAcid = {
  id: 'zoledronic-acid',
  name: 'Zoledronic acid',
  massUnit: 'mg',
  displayUnit: MG_DISPLAY,
  weight: {
    basis: 'actual',
    reason:
      'Zoledronic acid doses are fixed amounts; weight enters only the Cockcroft-Gault creatinine clearance, for which the reference says the weight used varies (actual, IBW or AdjBW). Actual weight is used.',
    source: {
      ...ZOMETA_CRCL_TABLE,
      verified: false,
      note: 'The Zometa SmPC specifies Cockcroft-Gault; which weight goes into it is not settled in the reference.',
    },
  },
  products: [
    {
      id: 'zoledronic-acid-0.8mg-ml-5ml',
      agent: 'zoledronic-acid',
      name: 'Zoledronic acid 4 mg/5 mL (0.8 mg/mL) concentrate, 5 mL vial (Zometa-type)',
      form: 'vial',
      strength: { value: '0.8', unit: 'mg/mL' },
      volume: { value: '5', unit: 'mL' },
      multiDose: false,
      dilution: 'required',
      source: {
        ...ZOLEDRONIC_ACID_PRODUCTS,
        verified: false,
        note: 'Dilute in 100 mL NS or D5W. [UNVERIFIED] The reference does not say whether the vial is multi-dose; it is treated as single-use so any remainder is reported as waste.',
      },
    },
    {
      id: 'zoledronic-acid-0.04mg-ml-premix-100ml',
      agent: 'zoledronic-acid',
      name: 'Zoledronic acid 4 mg/100 mL (0.04 mg/mL) ready-to-use',
      form: 'premix',
      strength: { value: '0.04', unit: 'mg/mL' },
      volume: { value: '100', unit: 'mL' },
      multiDose: false,
      dilution: 'ready-to-use',
      source: ZOLEDRONIC_ACID_PRODUCTS,
    },
    {
      id: 'zoledronic-acid-0.05mg-ml-premix-100ml',
      agent: 'zoledronic-acid',
      name: 'Zoledronic acid 5 mg/100 mL (0.05 mg/mL) ready-to-infuse (Reclast-type)',
      form: 'premix',
      strength: { value: '0.05', unit: 'mg/mL' },
      volume: { value: '100', unit: 'mL' },
      multiDose: false,
      dilution: 'ready-to-use',
      source: ZOLEDRONIC_ACID_PRODUCTS,
    },
  ],
  diluents: [
    { id: 'sodium-chloride-0.9', source: ZOLEDRONIC_ACID_PRODUCTS },
    { id: 'dextrose-5', source: ZOLEDRONIC_ACID_PRODUCTS },
  ],
  limits: [
    {
      id: 'zoledronic-acid.duration.lower-hard',
      bound: 'lower',
      severity: 'hard',
      value: '15',
      unit: 'min',
      source: { ...ZOLEDRONIC_ACID_LABEL, note: 'Infuse over at least 15 min at a constant rate.' },
    },
    {
      id: 'zoledronic-acid.session-dose.upper-hard',
      bound: 'upper',
      severity: 'hard',
      value: '5',
      unit: 'mg',
      source: {
        ...ZOLEDRONIC_ACID_PRODUCTS,
        grade: 'derived',
        note: 'The largest single dose of any product in the reference (Reclast-type 5 mg/100 mL); the 4 mg oncology product is dosed at most 4 mg.',
      },
    },
  ],
  notes: [
    {
      kind: 'incompatibility',
      text: "Do not mix with calcium or other divalent-cation solutions such as lactated Ringer's; give alone in a separate line.",
      source: CHEO_ZOLEDRONIC_ACID,
    },
    {
      kind: 'precaution',
      text: 'Follow the infusion with a 10 mL NS flush. Acetaminophen afterwards may reduce the acute-phase reaction.',
      source: ZOLEDRONIC_ACID_LABEL,
    },
    {
      kind: 'contraindication',
      text: 'Reclast-type 5 mg: contraindicated if creatinine clearance is below 35 mL/min or in hypocalcemia.',
      source: RECLAST_PI,
    },
    {
      kind: 'monitoring',
      text: '4 mg oncology product: dose by Cockcroft-Gault creatinine clearance (not recommended below 30 mL/min). Withhold if serum creatinine rises by 0.5 mg/dL (normal baseline) or 1.0 mg/dL (abnormal baseline).',
      source: ZOMETA_CRCL_TABLE,
    },
  ],
  source: ZOLEDRONIC_ACID_PRODUCTS,
} as const satisfies Agent;
