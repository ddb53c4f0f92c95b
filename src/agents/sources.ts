/**
 * Source records shared by several data files. Each citation is as given in the project's
 * reference data (shared/reference/clinical-dosing.md); grades follow its key.
 */
import type { Source } from '../catalogue/types.js';

export const KETAMINE_LABEL = {
  citation: 'Ketamine HCl injection label (Pfizer medical information; ASHP Handbook on Injectable Drugs); openFDA NDC 0409-2051, 42023-113, 55150-438',
  grade: 'label',
  verified: true,
} as const satisfies Source;

export const PA_LOW_DOSE_KETAMINE = {
  citation: 'Pennsylvania Dept of Health, Guidelines for Safe Administration of Low-Dose Ketamine (rev. 2020)',
  grade: 'guideline',
  verified: true,
  note: 'Low dose: infusions no higher than 1 mg/kg/h, boluses no higher than 0.5 mg/kg.',
} as const satisfies Source;

export const SCHWARTZMAN_2009 = {
  citation: 'Schwartzman RJ et al., Pain 2009;147:107-115; NCT00579085',
  grade: 'RCT',
  verified: true,
} as const satisfies Source;

export const SANACORA_2017 = {
  citation: 'Sanacora G et al., JAMA Psychiatry 2017 (APA Council of Research Task Force consensus)',
  grade: 'guideline',
  verified: true,
} as const satisfies Source;

export const ANDRADE_2017 = {
  citation: 'Andrade C, J Clin Psychiatry 2017;78(7):e852-e857',
  grade: 'review',
  verified: true,
} as const satisfies Source;

export const COHEN_2018 = {
  citation: 'Cohen SP et al., Reg Anesth Pain Med 2018;43:521-546 (ASRA/AAPM/ASA consensus)',
  grade: 'guideline',
  verified: true,
} as const satisfies Source;

export const CLINIC_PAGE_000 = {
  citation: 'Ainsworth Institute of Pain Management, Ketamine Infusion Therapy page (clinic page 000)',
  grade: 'weak',
  verified: true,
} as const satisfies Source;

export const RCH_LIDOCAINE = {
  citation: "Royal Children's Hospital Melbourne, IV lignocaine (lidocaine) infusion for chronic pain (rch.org.au/anaes/pain_management)",
  grade: 'hosp',
  verified: true,
} as const satisfies Source;

export const FOO_2021 = {
  citation: 'Foo I et al., Anaesthesia 2021;76:238-250 (international consensus on IV lidocaine)',
  grade: 'guideline',
  verified: true,
} as const satisfies Source;

export const XYLOCAINE_LABEL = {
  citation: 'Xylocaine IV label (druglib.com)',
  grade: 'label',
  verified: false,
  conflict:
    'The antiarrhythmic label says no more than 200-300 mg in any 1 h; the RCH chronic-pain range (40-75 mcg/kg/min) exceeds 300 mg/h above about 67 kg.',
} as const satisfies Source;

export const LIDOCAINE_HIGH_RATE = {
  citation: 'Tertiary Care Clinical Experience with IV Lidocaine Infusions, Pain Med (PMID 29016948): first challenge 1,000 mg/h for up to 30 min',
  grade: 'obs',
  verified: true,
} as const satisfies Source;

export const LIDOCAINE_PRODUCTS = {
  citation: 'openFDA NDC 0338-0409 (4 mg/mL x 500 mL), 51662-1657 (8 mg/mL x 250 mL), 0404-9888 (10 mg/mL); CHEO IV monograph',
  grade: 'label',
  verified: true,
} as const satisfies Source;

export const CHEO_LIDOCAINE = {
  citation: 'CHEO IV drug manual (outreach.cheo.on.ca)',
  grade: 'hosp',
  verified: true,
} as const satisfies Source;

export const MAGNESIUM_LABEL = {
  citation: 'Magnesium sulfate 50% injection label (ASHP Handbook on Injectable Drugs; openFDA NDC 0409-2168)',
  grade: 'label',
  verified: true,
} as const satisfies Source;

export const MAGNESIUM_PREMIX = {
  citation: 'Handbook on Injectable Drugs; openFDA NDC 63323-106, 63323-108, 25021-612, 70121-1719',
  grade: 'label',
  verified: true,
} as const satisfies Source;

export const COLLINS_2009 = {
  citation: 'Collins S et al., Pain Med 2009;10:930-940; Fischer SGL et al., Pain Med 2013;14:1388-1399',
  grade: 'RCT',
  verified: true,
} as const satisfies Source;

export const PRECEDEX_LABEL = {
  citation: 'Precedex (dexmedetomidine) label (MIMS)',
  grade: 'label',
  verified: true,
} as const satisfies Source;

export const REFERENCE_BAGS = {
  citation:
    'Bag volumes named in the reference data: 100 mL NS (Collins 2009; Schwartzman 2009), 150 mL NS (lidocaine 5 mg/kg/40 min study), 250 and 500 mL (ketamine label dilutions), 1000 mL (magnesium premix)',
  grade: 'label',
  verified: true,
} as const satisfies Source;

export const MEASURABLE_VOLUME = {
  citation: 'Rounding convention in the reference data: volumes >1 mL to 0.1 mL, <1 mL to 0.01 mL (nursing rounding rules)',
  grade: 'weak',
  verified: true,
} as const satisfies Source;
