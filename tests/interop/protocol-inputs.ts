// Realistic inputs for each built-in protocol (clinician values where the protocol leaves them open),
// shared by the FHIR, PCD-03 and pump-report tests.
const kg = (value: number) => ({ value, unit: 'kg' }) as const;
const mL = (value: number) => ({ value, unit: 'mL' }) as const;
const male175 = { height: { value: 175, unit: 'cm' }, sex: 'male' } as const;

/** Realistic inputs for each built-in protocol (clinician values where the protocol leaves them open). */
export const PROTOCOL_INPUTS: Readonly<Record<string, unknown>> = {
  'ketamine-crps-schwartzman-2009': { patient: { weight: kg(70) }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 },
  'ketamine-depression-sanacora-2017': { patient: { weight: kg(70) }, protocol: 'ketamine-depression-sanacora-2017', session: 1 },
  'ketamine-clinic-course-2x3': {
    patient: { weight: kg(70) },
    protocol: 'ketamine-clinic-course-2x3',
    session: 1,
    dose: { rate: { value: 0.5, unit: 'mg/kg/h' } },
    preparation: { containerVolume: mL(250) },
  },
  'magnesium-crps-collins-2009': { patient: { weight: kg(70) }, protocol: 'magnesium-crps-collins-2009', session: 1 },
  'lidocaine-chronic-pain-rch': {
    patient: { weight: kg(70), height: { value: 170, unit: 'cm' }, sex: 'female' },
    protocol: 'lidocaine-chronic-pain-rch',
    session: 1,
    dose: { rate: { value: 25, unit: 'mcg/kg/min' }, total: { value: 3, unit: 'mg/kg' } },
  },
  'clonidine-iv-150-300': { patient: { weight: kg(60) }, protocol: 'clonidine-iv-150-300', session: 1, dose: { total: { value: 150, unit: 'mcg' } } },
  'dexmedetomidine-procedural-label': {
    patient: { weight: kg(70) },
    protocol: 'dexmedetomidine-procedural-label',
    session: 1,
    dose: { duration: { value: 2, unit: 'h' } },
  },
  'ketamine-booster-getson': {
    patient: { weight: kg(70) },
    protocol: 'ketamine-booster-getson',
    session: 1,
    dose: { total: { value: 150, unit: 'mg' } },
    preparation: { containerVolume: mL(250) },
  },
  'ketamine-escalation-rema-2012': {
    patient: { weight: kg(55) },
    protocol: 'ketamine-escalation-rema-2012',
    session: 1,
    dose: { rate: { value: 0.2, unit: 'mg/kg/h' } },
    preparation: { containerVolume: mL(100) },
  },
  'ketamine-kit-tankha-2025': { patient: { weight: kg(70) }, protocol: 'ketamine-kit-tankha-2025', session: 1, preparation: { containerVolume: mL(100) } },
  'ketamine-outpatient-goldberg-2005': {
    patient: { weight: kg(60) },
    protocol: 'ketamine-outpatient-goldberg-2005',
    session: 1,
    dose: { total: { value: 40, unit: 'mg' } },
    preparation: { containerVolume: mL(100) },
  },
  'ketamine-test-infusion-cohen-2018': {
    patient: { weight: kg(70) },
    protocol: 'ketamine-test-infusion-cohen-2018',
    session: 1,
    dose: { duration: { value: 3, unit: 'h' } },
    preparation: { containerVolume: mL(250) },
  },
  'lidocaine-5mgkg-40min': { patient: { weight: kg(90), height: { value: 70, unit: 'in' }, sex: 'male' }, protocol: 'lidocaine-5mgkg-40min', session: 1 },
  'lidocaine-perioperative-foo-2021': {
    patient: { weight: kg(100), height: { value: 73.5, unit: 'in' }, sex: 'male' },
    protocol: 'lidocaine-perioperative-foo-2021',
    session: 1,
    dose: { duration: { value: 2, unit: 'h' } },
  },
  'magnesium-phn-brill-2002': { patient: { weight: kg(62.5) }, protocol: 'magnesium-phn-brill-2002', session: 1 },
  'magnesium-phn-kim-2015': { patient: { weight: kg(70) }, protocol: 'magnesium-phn-kim-2015', session: 1 },
  'pamidronate-crps-3day': { patient: { weight: kg(60) }, protocol: 'pamidronate-crps-3day', session: 1, dose: { duration: { value: 2, unit: 'h' } } },
  'pamidronate-crps-cortet-1997': {
    patient: { weight: kg(100) },
    protocol: 'pamidronate-crps-cortet-1997',
    session: 2,
    dose: { duration: { value: 2, unit: 'h' } },
    preparation: { containerVolume: mL(500) },
  },
  'pamidronate-crps-robinson-2004': {
    patient: { weight: kg(70) },
    protocol: 'pamidronate-crps-robinson-2004',
    session: 1,
    dose: { duration: { value: 2, unit: 'h' } },
    preparation: { containerVolume: mL(250) },
  },
  'zoledronic-acid-4mg-by-crcl': {
    patient: { weight: kg(80), sex: 'male', ageYears: 50, creatinine: { value: 1, unit: 'mg/dL' } },
    protocol: 'zoledronic-acid-4mg-by-crcl',
    session: 1,
    dose: { duration: { value: 15, unit: 'min' } },
  },
  'zoledronic-acid-crps-5mg': {
    patient: { weight: kg(70), sex: 'male', ageYears: 60, creatinine: { value: 1, unit: 'mg/dL' } },
    protocol: 'zoledronic-acid-crps-5mg',
    session: 1,
    dose: { duration: { value: 19, unit: 'min' } },
  },
  'ivig-crps-goebel-2010': { patient: { weight: kg(70), ...male175 }, protocol: 'ivig-crps-goebel-2010', session: 1 },
  'ivig-crps-lips-goebel-2014': {
    patient: { weight: kg(80), ...male175 },
    protocol: 'ivig-crps-lips-goebel-2014',
    session: 1,
    dose: { rate: { value: 1, unit: 'mg/kg/min' } },
  },
  'ivig-dpn-jann-2020': { patient: { weight: kg(80), ...male175 }, protocol: 'ivig-dpn-jann-2020', session: 1 },
};
