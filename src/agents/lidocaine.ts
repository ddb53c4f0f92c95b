/** Lidocaine (lignocaine) for IV infusion: products, limits and notes, each with its source. */
import type { Agent } from '../catalogue/types.js';
import { LIDOCAINE_10_CODES, LIDOCAINE_4_500_CODES, LIDOCAINE_8_250_CODES } from './product-codes.js';
import { CHEO_LIDOCAINE, FOO_2021, LIDOCAINE_HIGH_RATE, LIDOCAINE_PRODUCTS, RCH_LIDOCAINE, XYLOCAINE_LABEL } from './sources.js';
import { MG_DISPLAY } from './display-units.js';

export const lidocaine = {
  id: 'lidocaine',
  name: 'Lidocaine hydrochloride (preservative-free, for IV use)',
  massUnit: 'mg',
  displayUnit: MG_DISPLAY,
  weight: {
    basis: 'ideal',
    reason: 'The international consensus on IV lidocaine doses by ideal body weight (Devine), and actual weight when that is lower.',
    source: FOO_2021,
  },
  products: [
    {
      id: 'lidocaine-20mg-ml',
      agent: 'lidocaine',
      name: 'Lidocaine 2% (20 mg/mL), preservative-free',
      form: 'ampoule',
      strength: { value: '20', unit: 'mg/mL' },
      multiDose: false,
      dilution: 'allowed',
      source: {
        ...LIDOCAINE_PRODUCTS,
        note: 'The reference gives no container volume for the 1% and 2% products, so containers are not counted for them.',
      },
    },
    {
      id: 'lidocaine-10mg-ml',
      agent: 'lidocaine',
      name: 'Lidocaine 1% (10 mg/mL), preservative-free',
      form: 'vial',
      strength: { value: '10', unit: 'mg/mL' },
      multiDose: false,
      dilution: 'allowed',
      codes: LIDOCAINE_10_CODES,
      source: LIDOCAINE_PRODUCTS,
    },
    {
      id: 'lidocaine-4mg-ml-premix-500ml',
      agent: 'lidocaine',
      name: 'Lidocaine 0.4% (4 mg/mL) in D5W, 500 mL premix',
      form: 'premix',
      strength: { value: '4', unit: 'mg/mL' },
      volume: { value: '500', unit: 'mL' },
      multiDose: false,
      dilution: 'ready-to-use',
      codes: LIDOCAINE_4_500_CODES,
      source: LIDOCAINE_PRODUCTS,
    },
    {
      id: 'lidocaine-8mg-ml-premix-250ml',
      agent: 'lidocaine',
      name: 'Lidocaine 0.8% (8 mg/mL) in D5W, 250 mL premix',
      form: 'premix',
      strength: { value: '8', unit: 'mg/mL' },
      volume: { value: '250', unit: 'mL' },
      multiDose: false,
      dilution: 'ready-to-use',
      codes: LIDOCAINE_8_250_CODES,
      source: LIDOCAINE_PRODUCTS,
    },
  ],
  diluents: [
    { id: 'sodium-chloride-0.9', source: CHEO_LIDOCAINE },
    { id: 'dextrose-5', source: CHEO_LIDOCAINE },
  ],
  limits: [
    {
      id: 'lidocaine.session-dose.upper-hard',
      // RCH's maximum for one chronic-pain session (60-120 min), also held to the 40-min 5 mg/kg
      // chronic-pain session; not the perioperative consensus, whose 1.5 mg/kg/h runs up to 24 h.
      protocols: ['lidocaine-chronic-pain-rch', 'lidocaine-5mgkg-40min'],
      bound: 'upper',
      severity: 'hard',
      value: '500',
      unit: 'mg',
      source: RCH_LIDOCAINE,
    },
    {
      id: 'lidocaine.session-dose-per-kg.upper-soft',
      protocols: ['lidocaine-chronic-pain-rch', 'lidocaine-5mgkg-40min'],
      bound: 'upper',
      severity: 'soft',
      value: '7.5',
      unit: 'mg/kg',
      source: RCH_LIDOCAINE,
    },
    {
      id: 'lidocaine.dose-rate-per-kg.upper-soft',
      // RCH's maintenance range; a protocol's loading dose has its own range on the protocol. The
      // 5 mg/kg over 40 min regimen runs faster by design (125 mcg/kg/min on average), and the
      // perioperative consensus has its own 1.5 mg/kg/h, so the range is RCH's alone.
      protocols: ['lidocaine-chronic-pain-rch'],
      appliesTo: 'maintenance',
      bound: 'upper',
      severity: 'soft',
      value: '75',
      unit: 'ug/kg/min',
      source: RCH_LIDOCAINE,
    },
    {
      id: 'lidocaine.dose-rate.upper-soft',
      // Mass in any one hour: a 10-min loading dose at a higher instantaneous rate does not break it alone.
      appliesTo: 'maintenance',
      bound: 'upper',
      severity: 'soft',
      value: '300',
      unit: 'mg/h',
      source: XYLOCAINE_LABEL,
    },
    {
      id: 'lidocaine.dose-rate.upper-hard',
      bound: 'upper',
      severity: 'hard',
      value: '1000',
      unit: 'mg/h',
      source: {
        ...LIDOCAINE_HIGH_RATE,
        grade: 'derived',
        note: 'The highest rate any protocol in the reference used (1,000 mg/h challenge, stopped by 30 min).',
      },
    },
    {
      id: 'lidocaine.concentration.upper-hard',
      bound: 'upper',
      severity: 'hard',
      value: '20',
      unit: 'mg/mL',
      source: {
        ...LIDOCAINE_PRODUCTS,
        grade: 'derived',
        note: 'The strongest preservative-free IV product in the reference is 2% (20 mg/mL); nothing stronger can be made from it.',
      },
    },
  ],
  notes: [
    {
      kind: 'incompatibility',
      text: 'Incompatible with phenytoin and thiopental. Do not give IV products that contain preservative or epinephrine.',
      source: CHEO_LIDOCAINE,
    },
    {
      kind: 'contraindication',
      text: 'No monitored area; amide local-anaesthetic allergy; concurrent local anaesthetic by another route; arrhythmia or conduction block, pacemaker, other antiarrhythmics; cardiovascular instability; severe renal or hepatic impairment; reduced consciousness or seizure disorder; pregnancy.',
      source: RCH_LIDOCAINE,
    },
    {
      kind: 'monitoring',
      text: '12-lead ECG on file within 6 months. BP, HR, SpO2, pain and sedation hourly; watch for perioral numbness, metallic taste, tinnitus, dizziness, visual change, seizures, arrhythmia.',
      source: {
        citation: 'UW Health Nursing Policy 10.18AP (2015); Hunter Pain Specialists infusion guideline',
        grade: 'hosp',
        verified: true,
      },
    },
    {
      kind: 'precaution',
      text: 'No IV lidocaine within 4 h of a nerve block, and no block until 4 h after stopping.',
      source: FOO_2021,
    },
  ],
  requirements: [
    {
      id: 'ecg',
      text: 'A 12-lead ECG on file from within the last 6 months.',
      source: { citation: 'UW Health Nursing Policy 10.18AP (2015)', grade: 'hosp', verified: true },
    },
  ],
  adjustments: [
    {
      // The chronic-pain protocols' contraindication list; held agent-wide because the reference
      // gives no renal or hepatic adjustment for any other lidocaine regimen and refusing is the safe side.
      id: 'lidocaine.severe-renal-impairment',
      when: { risk: 'severe-renal-impairment' },
      action: { kind: 'contraindicated' },
      text: 'Lidocaine: severe renal impairment is a contraindication',
      source: { ...RCH_LIDOCAINE, citation: `${RCH_LIDOCAINE.citation}; Starship (NZ) complex-pain lignocaine guideline` },
    },
    {
      id: 'lidocaine.severe-hepatic-impairment',
      when: { risk: 'severe-hepatic-impairment' },
      action: { kind: 'contraindicated' },
      text: 'Lidocaine: severe hepatic impairment is a contraindication',
      source: { ...RCH_LIDOCAINE, citation: `${RCH_LIDOCAINE.citation}; Starship (NZ) complex-pain lignocaine guideline` },
    },
  ],
  source: RCH_LIDOCAINE,
} as const satisfies Agent;
