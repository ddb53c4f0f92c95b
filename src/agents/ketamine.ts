/** Racemic ketamine hydrochloride: products, limits and notes, each with its source. */
import type { Agent } from '../catalogue/types.js';
import { KETAMINE_10_20_CODES, KETAMINE_100_5_CODES } from './product-codes.js';
import { COHEN_2018, KETAMINE_LABEL, PA_LOW_DOSE_KETAMINE } from './sources.js';
import { MG_DISPLAY } from './display-units.js';

export const ketamine = {
  id: 'ketamine',
  name: 'Ketamine hydrochloride (racemic)',
  massUnit: 'mg',
  displayUnit: MG_DISPLAY,
  controlledSubstance: 'US schedule CIII',
  weight: {
    basis: 'actual',
    reason: 'Ketamine trials dosed by total body weight; no guideline names another weight (one small study supported actual weight).',
    source: {
      citation: 'Reference data, ketamine weight basis: Kwasna J et al., preprint 2024 (doi 10.21203/rs.3.rs-4619443/v1); BMI cohort n=230',
      grade: 'obs',
      verified: false,
      note: 'No authoritative rule exists for ketamine; the reference marks this [No authoritative rule].',
    },
  },
  products: [
    {
      id: 'ketamine-10mg-ml-20ml',
      agent: 'ketamine',
      name: 'Ketamine 10 mg/mL, 20 mL multi-dose vial',
      form: 'vial',
      strength: { value: '10', unit: 'mg/mL' },
      volume: { value: '20', unit: 'mL' },
      multiDose: true,
      dilution: 'not-recommended',
      codes: KETAMINE_10_20_CODES,
      source: KETAMINE_LABEL,
    },
    {
      id: 'ketamine-50mg-ml-10ml',
      agent: 'ketamine',
      name: 'Ketamine 50 mg/mL, 10 mL vial',
      form: 'vial',
      strength: { value: '50', unit: 'mg/mL' },
      volume: { value: '10', unit: 'mL' },
      multiDose: false,
      dilution: 'allowed',
      source: {
        ...KETAMINE_LABEL,
        verified: false,
        note: '[UNVERIFIED] The reference does not say whether this vial is multi-dose; it is treated as single-use so any remainder is reported as waste.',
      },
    },
    {
      id: 'ketamine-100mg-ml-5ml',
      agent: 'ketamine',
      name: 'Ketamine 100 mg/mL, 5 mL vial',
      form: 'vial',
      strength: { value: '100', unit: 'mg/mL' },
      volume: { value: '5', unit: 'mL' },
      multiDose: false,
      dilution: 'required',
      codes: KETAMINE_100_5_CODES,
      source: {
        ...KETAMINE_LABEL,
        verified: false,
        note: '[UNVERIFIED] The reference does not say whether this vial is multi-dose; it is treated as single-use so any remainder is reported as waste.',
      },
    },
  ],
  diluents: [
    { id: 'sodium-chloride-0.9', source: KETAMINE_LABEL },
    { id: 'dextrose-5', source: KETAMINE_LABEL },
  ],
  limits: [
    {
      id: 'ketamine.dose-rate-per-kg.upper-soft',
      bound: 'upper',
      severity: 'soft',
      value: '1',
      unit: 'mg/kg/h',
      source: PA_LOW_DOSE_KETAMINE,
    },
    {
      id: 'ketamine.session-dose-per-kg.upper-hard',
      bound: 'upper',
      severity: 'hard',
      value: '4.5',
      unit: 'mg/kg',
      source: {
        ...KETAMINE_LABEL,
        grade: 'derived',
        note: 'The top of the label IV induction range (1 to 4.5 mg/kg) is taken as the most a sub-anaesthetic outpatient session may ever deliver.',
      },
    },
  ],
  notes: [
    {
      kind: 'incompatibility',
      text: 'Do not mix diazepam or barbiturates in the same container (precipitate).',
      source: KETAMINE_LABEL,
    },
    {
      kind: 'precaution',
      text: 'The 100 mg/mL strength must be diluted before IV use; the 10 mg/mL strength should not be diluted. Use immediately after dilution.',
      source: KETAMINE_LABEL,
    },
    {
      kind: 'contraindication',
      text: 'Poorly controlled cardiovascular disease; some poorly controlled psychoses; severe hepatic impairment; raised intracranial or intraocular pressure (do not use, or lower doses with extreme caution); no serial infusions with active substance abuse.',
      source: COHEN_2018,
    },
    {
      kind: 'monitoring',
      text: 'Continuous ECG, pulse oximetry, NIBP every 15 min; recovery on site; discharge only with a responsible adult.',
      source: {
        citation: 'Goldberg ME et al., Pain Physician 2005;8:175-179; ketamine label',
        grade: 'obs',
        verified: true,
      },
    },
  ],
  requirements: [
    {
      id: 'escort',
      text: 'An adult to take the patient home: outpatients leave only with a responsible adult, and no driving.',
      source: { ...KETAMINE_LABEL, note: 'Label warning; also clinic pages 001 and 004.' },
    },
    {
      id: 'fasting',
      text: 'Fast for at least 8 hours before the infusion (vomiting and aspiration are possible).',
      hours: '8',
      source: {
        citation: 'Clinic page 004 (fast at least 8 hours); ketamine label (follow NPO guidance)',
        grade: 'weak',
        verified: true,
        note: 'The label asks for NPO guidance without a number; the 8 h comes from a clinic page.',
      },
    },
  ],
  adjustments: [
    {
      id: 'ketamine.severe-hepatic-impairment',
      when: { risk: 'severe-hepatic-impairment' },
      action: { kind: 'contraindicated' },
      text: 'Ketamine: avoid in severe hepatic impairment',
      source: COHEN_2018,
    },
    {
      id: 'ketamine.hepatic-impairment',
      when: { risk: 'hepatic-impairment' },
      action: { kind: 'review' },
      text: 'Ketamine: use cautiously, with monitoring, in moderate hepatic impairment',
      source: COHEN_2018,
    },
  ],
  source: KETAMINE_LABEL,
} as const satisfies Agent;
