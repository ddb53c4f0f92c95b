/**
 * Dexmedetomidine for IV infusion: products, limits and notes, each with its source.
 * Doses are written in micrograms; product strengths are in mg/mL (100 mcg/mL = 0.1 mg/mL).
 * The label's sedation ranges are the only dosing anchors: chronic-pain use rests on case reports.
 */
import type { Agent } from '../catalogue/types.js';
import { DEXMEDETOMIDINE_CHRONIC_PAIN, DEXMEDETOMIDINE_LABEL, DEXMEDETOMIDINE_PREMIX_LABEL, DEXMEDETOMIDINE_UP_TO_1_5 } from './sources-more.js';
import { DEXMEDETOMIDINE_DISPLAY } from './display-units.js';

const unverifiedPremix = (mL: string) =>
  ({
    id: `dexmedetomidine-4ug-ml-premix-${mL}ml`,
    agent: 'dexmedetomidine',
    name: `Dexmedetomidine 4 mcg/mL in 0.9% NaCl, ${mL} mL ready-to-use premix (bag size unverified)`,
    form: 'premix',
    strength: { value: '0.004', unit: 'mg/mL' },
    volume: { value: mL, unit: 'mL' },
    multiDose: false,
    dilution: 'ready-to-use',
    source: {
      ...DEXMEDETOMIDINE_PREMIX_LABEL,
      verified: false,
      note: 'Only the 20 mL (80 mcg) premix is confirmed; the reference calls 50 and 100 mL premixes usual but marks the bag list [UNVERIFIED]. Not used by any protocol unless named.',
    },
  }) as const;

export const dexmedetomidine = {
  id: 'dexmedetomidine',
  name: 'Dexmedetomidine (as hydrochloride)',
  // The label writes doses in mcg and mcg/kg/h.
  massUnit: 'ug',
  displayUnit: DEXMEDETOMIDINE_DISPLAY,
  weight: {
    basis: 'actual',
    reason: 'The label doses per kg without naming a weight; the reference gives no weight rule for dexmedetomidine, so actual weight is used.',
    source: {
      ...DEXMEDETOMIDINE_LABEL,
      verified: false,
      note: 'No weight basis is stated in the reference for dexmedetomidine; actual weight is a default, not a sourced rule.',
    },
  },
  products: [
    {
      id: 'dexmedetomidine-100ug-ml-2ml',
      agent: 'dexmedetomidine',
      name: 'Dexmedetomidine 100 mcg/mL concentrate, 2 mL vial (200 mcg)',
      form: 'vial',
      strength: { value: '0.1', unit: 'mg/mL' },
      volume: { value: '2', unit: 'mL' },
      multiDose: false,
      dilution: 'required',
      source: {
        ...DEXMEDETOMIDINE_LABEL,
        verified: false,
        note: 'Strength is of the base (118 mcg dexmedetomidine HCl = 100 mcg base per mL). Dilute in NS to 4 mcg/mL (2 mL + 48 mL NS = 50 mL). [UNVERIFIED] The reference does not say whether this vial is multi-dose; it is treated as single-use so any remainder is reported as waste.',
      },
    },
    {
      id: 'dexmedetomidine-4ug-ml-premix-20ml',
      agent: 'dexmedetomidine',
      name: 'Dexmedetomidine 4 mcg/mL in 0.9% NaCl, 20 mL ready-to-use premix (80 mcg)',
      form: 'premix',
      strength: { value: '0.004', unit: 'mg/mL' },
      volume: { value: '20', unit: 'mL' },
      multiDose: false,
      dilution: 'ready-to-use',
      source: { ...DEXMEDETOMIDINE_PREMIX_LABEL, note: 'The 80 mcg/20 mL size is confirmed.' },
    },
    unverifiedPremix('50'),
    unverifiedPremix('100'),
  ],
  diluents: [
    { id: 'sodium-chloride-0.9', source: { ...DEXMEDETOMIDINE_LABEL, note: 'The label dilutes the concentrate in NS.' } },
    { id: 'dextrose-5', source: { ...DEXMEDETOMIDINE_LABEL, note: 'D5W is in the label compatibility list.' } },
  ],
  limits: [
    {
      id: 'dexmedetomidine.dose-rate-per-kg.lower-soft',
      // A maintenance range: the 1 mcg/kg loading dose over 10 min (6 mcg/kg/h) has its own range on the protocol.
      appliesTo: 'maintenance',
      bound: 'lower',
      severity: 'soft',
      value: '0.2',
      unit: 'ug/kg/h',
      source: { ...DEXMEDETOMIDINE_LABEL, note: 'Bottom of the label ICU maintenance range (0.2-0.7 mcg/kg/h).' },
    },
    {
      id: 'dexmedetomidine.dose-rate-per-kg.upper-soft',
      // A maintenance range: the 1 mcg/kg loading dose over 10 min (6 mcg/kg/h) has its own range on the protocol.
      appliesTo: 'maintenance',
      bound: 'upper',
      severity: 'soft',
      value: '1',
      unit: 'ug/kg/h',
      source: {
        ...DEXMEDETOMIDINE_LABEL,
        note: 'Procedural sedation starts at 0.6 mcg/kg/h and is titrated; the reference says the label range extends to about 1 mcg/kg/h (ICU range 0.2-0.7).',
      },
    },
    {
      id: 'dexmedetomidine.dose-rate-per-kg.upper-hard',
      // A maintenance range: the 1 mcg/kg loading dose over 10 min (6 mcg/kg/h) has its own range on the protocol.
      appliesTo: 'maintenance',
      bound: 'upper',
      severity: 'hard',
      value: '1.5',
      unit: 'ug/kg/h',
      source: DEXMEDETOMIDINE_UP_TO_1_5,
    },
    {
      id: 'dexmedetomidine.duration.upper-hard',
      bound: 'upper',
      severity: 'hard',
      value: '24',
      unit: 'h',
      source: { ...DEXMEDETOMIDINE_LABEL, note: 'Continuous infusion not exceeding 24 h (ICU sedation indication).' },
    },
  ],
  notes: [
    {
      kind: 'precaution',
      text: 'Labelled only for ICU sedation (continuous infusion not exceeding 24 h) and procedural sedation of non-intubated adults. Chronic-pain use rests on case reports only; there is no dosing standard for chronic pain.',
      source: DEXMEDETOMIDINE_CHRONIC_PAIN,
    },
    {
      kind: 'precaution',
      text: 'Loading dose 1 mcg/kg over 10 min; 0.5 mcg/kg over 10 min for less invasive procedures or age over 65; no loading dose when converting from another sedative. Consider a dose reduction in hepatic impairment and in patients over 65.',
      source: DEXMEDETOMIDINE_LABEL,
    },
    {
      kind: 'compatibility',
      text: 'Compatible with NS, D5W, 20% mannitol, LR, magnesium sulfate 100 mg/mL and 0.3% KCl.',
      source: DEXMEDETOMIDINE_LABEL,
    },
    {
      kind: 'incompatibility',
      text: 'Incompatible with amphotericin B and diazepam. Do not co-infuse with blood or plasma. May adsorb to natural rubber.',
      source: DEXMEDETOMIDINE_LABEL,
    },
    {
      kind: 'monitoring',
      text: 'Continuous monitoring by skilled staff. The loading dose can cause a biphasic blood-pressure response; watch for hypotension and bradycardia; hyperthermia warning.',
      source: DEXMEDETOMIDINE_LABEL,
    },
  ],
  adjustments: [
    {
      id: 'dexmedetomidine.age-over-65.loading',
      when: { ageOver: '65' },
      action: { kind: 'maximum-loading', value: '0.5', unit: 'ug/kg' },
      text: 'The label gives a loading dose of 0.5 mcg/kg over 10 min for age over 65',
      source: DEXMEDETOMIDINE_LABEL,
    },
    {
      id: 'dexmedetomidine.age-over-65.maintenance',
      when: { ageOver: '65' },
      action: { kind: 'review' },
      text: 'The label says to consider a dose reduction in patients over 65',
      source: DEXMEDETOMIDINE_LABEL,
    },
    {
      id: 'dexmedetomidine.hepatic-impairment',
      when: { risk: 'hepatic-impairment' },
      action: { kind: 'review' },
      text: 'The label says to consider a dose reduction in hepatic impairment',
      source: DEXMEDETOMIDINE_LABEL,
    },
  ],
  source: DEXMEDETOMIDINE_LABEL,
} as const satisfies Agent;
