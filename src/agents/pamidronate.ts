/** Pamidronate disodium for IV infusion: products, limits and notes, each with its source. */
import type { Agent } from '../catalogue/types.js';
import {
  KUBALEK_2001,
  PAMIDRONATE_CALCIUM_UNVERIFIED,
  PAMIDRONATE_DILUENT_LABEL,
  PAMIDRONATE_LABEL,
  PAMIDRONATE_PRODUCTS,
  PAMIDRONATE_RENAL_SECONDARY,
  SOHN_2008,
} from './sources-more.js';
import type { ProductCode } from '../catalogue/types.js';
import { PAMIDRONATE_3_CODES, PAMIDRONATE_9_CODES } from './product-codes.js';
import { MG_DISPLAY } from './display-units.js';

const vial = (mgPerMl: string, mg: string, codes?: readonly ProductCode[]) =>
  ({
    id: `pamidronate-${mgPerMl}mg-ml-10ml`,
    agent: 'pamidronate',
    name: `Pamidronate ${mgPerMl} mg/mL solution, 10 mL vial (${mg} mg)`,
    form: 'vial',
    strength: { value: mgPerMl, unit: 'mg/mL' },
    volume: { value: '10', unit: 'mL' },
    multiDose: false,
    dilution: 'required',
    ...(codes !== undefined ? { codes } : {}),
    source: {
      ...PAMIDRONATE_PRODUCTS,
      verified: false,
      note: '[UNVERIFIED] The reference does not say whether the vial is multi-dose; it is treated as single-use so any remainder is reported as waste. (The lyophilized 30 mg product is left out: the reference gives no reconstituted strength.)',
    },
  }) as const;

export const pamidronate = {
  id: 'pamidronate',
  name: 'Pamidronate disodium',
  massUnit: 'mg',
  displayUnit: MG_DISPLAY,
  weight: {
    basis: 'actual',
    reason:
      'One regimen doses per kg (Cortet 1997: 1 mg/kg) without naming a weight; no authoritative weight rule exists for bisphosphonates, so actual weight is presumed.',
    source: {
      citation: 'Reference data, gaps and open items, item 7 (weight basis); Cortet B et al., Clin Rheumatol 1997;16:51-56',
      grade: 'obs',
      verified: false,
      note: 'The reference says bisphosphonates have no authoritative weight rule.',
    },
  },
  products: [vial('3', '30', PAMIDRONATE_3_CODES), vial('6', '60'), vial('9', '90', PAMIDRONATE_9_CODES)],
  diluents: [
    { id: 'sodium-chloride-0.9', source: PAMIDRONATE_DILUENT_LABEL },
    { id: 'dextrose-5', source: PAMIDRONATE_DILUENT_LABEL },
  ],
  limits: [
    {
      id: 'pamidronate.session-dose.upper-hard',
      bound: 'upper',
      severity: 'hard',
      value: '90',
      unit: 'mg',
      source: { ...PAMIDRONATE_LABEL, note: 'Single dose at most 90 mg.' },
    },
    {
      id: 'pamidronate.duration.lower-hard',
      bound: 'lower',
      severity: 'hard',
      value: '2',
      unit: 'h',
      source: {
        ...PAMIDRONATE_LABEL,
        note: 'Infuse over at least 2 h (label range 2-24 h for hypercalcemia; myeloma 90 mg over 4 h; Paget 30 mg over 4 h x 3 days). Longer infusions lower renal risk.',
      },
    },
    {
      id: 'pamidronate.dose-rate.upper-hard',
      bound: 'upper',
      severity: 'hard',
      value: '45',
      unit: 'mg/h',
      source: {
        ...PAMIDRONATE_LABEL,
        grade: 'derived',
        note: 'Derived in the reference: 90 mg (largest single dose) over 2 h (shortest infusion) = 45 mg/h.',
      },
    },
  ],
  notes: [
    {
      kind: 'incompatibility',
      text: "Do not mix with calcium-containing solutions such as Ringer's; give in a separate line.",
      source: PAMIDRONATE_CALCIUM_UNVERIFIED,
    },
    {
      kind: 'precaution',
      text: 'Dilute in 250-500 mL NS, 0.45% NaCl or D5W (0.45% NaCl is not yet a diluent in the catalogue); give in a separate line.',
      source: PAMIDRONATE_DILUENT_LABEL,
    },
    {
      kind: 'monitoring',
      text: 'Check creatinine before every dose; withhold if renal function deteriorates.',
      source: PAMIDRONATE_LABEL,
    },
    {
      kind: 'precaution',
      text: 'Severe renal impairment (SCr at least 3 mg/dL or CrCl below 30 mL/min): infuse over 4-6 h.',
      source: PAMIDRONATE_RENAL_SECONDARY,
    },
    {
      kind: 'monitoring',
      text: 'Hypocalcemia and other electrolyte changes; osteonecrosis of the jaw. Fever and flu-like symptoms or diarrhoea in about 21% (Kubalek 2001).',
      source: { ...PAMIDRONATE_LABEL, citation: `${PAMIDRONATE_LABEL.citation}; ${KUBALEK_2001.citation}` },
    },
    {
      kind: 'monitoring',
      text: 'Post-stroke CRPS series: fever or myalgia in 11 of 24 and 2 allergic skin reactions.',
      source: SOHN_2008,
    },
  ],
  adjustments: [
    {
      id: 'pamidronate.renal-impairment',
      when: { risk: 'renal-impairment' },
      action: { kind: 'review' },
      text: 'Pamidronate label: check creatinine before every dose and withhold if renal function deteriorates',
      source: PAMIDRONATE_LABEL,
    },
    {
      id: 'pamidronate.severe-renal-impairment.duration',
      when: { risk: 'severe-renal-impairment' },
      action: { kind: 'minimum-duration', value: '4', unit: 'h' },
      text: 'In severe renal impairment (SCr at least 3 mg/dL or CrCl below 30 mL/min) pamidronate is infused over 4-6 h',
      source: PAMIDRONATE_RENAL_SECONDARY,
    },
  ],
  source: PAMIDRONATE_LABEL,
} as const satisfies Agent;
