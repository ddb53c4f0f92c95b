/** Magnesium sulfate heptahydrate for IV infusion: products, limits and notes, each with its source. */
import type { Agent } from '../catalogue/types.js';
import { COLLINS_2009, MAGNESIUM_LABEL, MAGNESIUM_PREMIX, PRECEDEX_LABEL } from './sources.js';
import { MAGNESIUM_DISPLAY } from './display-units.js';

const vial = (mL: string) =>
  ({
    id: `magnesium-sulfate-500mg-ml-${mL}ml`,
    agent: 'magnesium-sulfate',
    name: `Magnesium sulfate 50% (500 mg/mL), ${mL} mL single-use vial`,
    form: 'vial',
    strength: { value: '500', unit: 'mg/mL' },
    volume: { value: mL, unit: 'mL' },
    multiDose: false,
    dilution: 'required',
    source: MAGNESIUM_LABEL,
  }) as const;

export const magnesiumSulfate = {
  id: 'magnesium-sulfate',
  name: 'Magnesium sulfate (MgSO4.7H2O)',
  // Doses are written in grams, as the label writes them.
  massUnit: 'g',
  displayUnit: MAGNESIUM_DISPLAY,
  weight: {
    basis: 'actual',
    reason: 'The magnesium trials state mg/kg without naming a weight; actual weight is presumed.',
    source: {
      ...COLLINS_2009,
      verified: false,
      note: '[UNVERIFIED] The reference marks the weight basis for magnesium as presumed actual weight.',
    },
  },
  products: [
    vial('2'),
    vial('10'),
    vial('20'),
    vial('50'),
    {
      id: 'magnesium-sulfate-40mg-ml-premix-100ml',
      agent: 'magnesium-sulfate',
      name: 'Magnesium sulfate 4% (40 mg/mL) in water, 4 g/100 mL premix',
      form: 'premix',
      strength: { value: '40', unit: 'mg/mL' },
      volume: { value: '100', unit: 'mL' },
      multiDose: false,
      dilution: 'ready-to-use',
      source: MAGNESIUM_PREMIX,
    },
    {
      id: 'magnesium-sulfate-10mg-ml-premix-100ml',
      agent: 'magnesium-sulfate',
      name: 'Magnesium sulfate 1% (10 mg/mL) in D5W, 1 g/100 mL premix',
      form: 'premix',
      strength: { value: '10', unit: 'mg/mL' },
      volume: { value: '100', unit: 'mL' },
      multiDose: false,
      dilution: 'ready-to-use',
      source: MAGNESIUM_PREMIX,
    },
  ],
  diluents: [
    { id: 'sodium-chloride-0.9', source: MAGNESIUM_LABEL },
    { id: 'dextrose-5', source: MAGNESIUM_LABEL },
  ],
  limits: [
    {
      id: 'magnesium-sulfate.dose-rate.upper-hard',
      bound: 'upper',
      severity: 'hard',
      value: '150',
      unit: 'mg/min',
      source: { ...MAGNESIUM_LABEL, note: 'Except severe eclampsia with seizures, which is outside this library.' },
    },
    {
      id: 'magnesium-sulfate.concentration.upper-hard',
      bound: 'upper',
      severity: 'hard',
      value: '200',
      unit: 'mg/mL',
      source: { ...MAGNESIUM_LABEL, note: 'Dilute to 20% (200 mg/mL) or less before IV infusion.' },
    },
    {
      id: 'magnesium-sulfate.session-dose.upper-soft',
      bound: 'upper',
      severity: 'soft',
      value: '30',
      unit: 'g',
      window: { hours: '24' },
      source: { ...MAGNESIUM_LABEL, note: 'Label daily maximum 30-40 g per 24 h.' },
    },
    {
      id: 'magnesium-sulfate.session-dose.upper-hard',
      bound: 'upper',
      severity: 'hard',
      value: '40',
      unit: 'g',
      window: { hours: '24' },
      source: { ...MAGNESIUM_LABEL, note: 'Label daily maximum 30-40 g per 24 h.' },
    },
    {
      id: 'magnesium-sulfate.session-dose.upper-hard.renal-48h',
      bound: 'upper',
      severity: 'hard',
      value: '20',
      unit: 'g',
      window: { hours: '48' },
      condition: 'renal-impairment',
      source: { ...MAGNESIUM_LABEL, note: 'Severe renal insufficiency: no more than 20 g in 48 h, with serum magnesium monitoring.' },
    },
    {
      id: 'magnesium-sulfate.session-dose-per-kg.upper-soft',
      bound: 'upper',
      severity: 'soft',
      value: '70',
      unit: 'mg/kg',
      source: {
        ...COLLINS_2009,
        grade: 'derived',
        note: 'The highest per-kg session dose of any chronic-pain magnesium regimen in the reference (70 mg/kg over 4 h).',
      },
    },
  ],
  notes: [
    {
      kind: 'monitoring',
      text: 'Urine output at least 100 mL in the 4 h before each dose; patellar reflex present; respiratory rate at least 16/min; serum Mg; IV calcium gluconate at hand. ECG for conduction block.',
      source: MAGNESIUM_LABEL,
    },
    {
      kind: 'precaution',
      text: 'Severe renal insufficiency: at most 20 g per 48 h, with serum Mg monitoring.',
      source: MAGNESIUM_LABEL,
    },
    {
      kind: 'compatibility',
      text: 'Y-site compatible with dexmedetomidine.',
      source: PRECEDEX_LABEL,
    },
  ],
  requirements: [
    {
      id: 'ecg',
      text: 'An ECG before the infusion to exclude PR prolongation or heart block.',
      source: COLLINS_2009,
    },
  ],
  adjustments: [
    {
      // The label's renal cap (20 g in 48 h) is a limit with a condition; this is the trial's exclusion.
      id: 'magnesium-sulfate.collins.renal-impairment',
      protocols: ['magnesium-crps-collins-2009'],
      when: { risk: 'renal-impairment' },
      action: { kind: 'review' },
      text: 'The Collins trial excluded patients with renal disease, so its regimen was not studied in them; the label caps severe renal insufficiency at 20 g per 48 h with serum magnesium monitoring',
      source: {
        ...COLLINS_2009,
        note: 'Excluded: renal or severe liver disease, active infection, malignancy, heart failure, pacemaker/ICD, pulmonary congestion, pregnancy.',
      },
    },
    {
      id: 'magnesium-sulfate.collins.severe-hepatic-impairment',
      protocols: ['magnesium-crps-collins-2009'],
      when: { risk: 'severe-hepatic-impairment' },
      action: { kind: 'review' },
      text: 'The Collins trial excluded patients with severe liver disease, so its regimen was not studied in them',
      source: {
        ...COLLINS_2009,
        note: 'Excluded: renal or severe liver disease, active infection, malignancy, heart failure, pacemaker/ICD, pulmonary congestion, pregnancy.',
      },
    },
  ],
  source: MAGNESIUM_LABEL,
} as const satisfies Agent;
