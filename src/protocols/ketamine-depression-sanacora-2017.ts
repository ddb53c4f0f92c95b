/** Ketamine for depression: 0.5 mg/kg over 40 min (range 0.1 to 0.75 mg/kg). */
import type { Protocol } from '../catalogue/types.js';
import { DEPRESSION_SANACORA_2017_TITRATION } from '../titration/rules.js';
import { ANDRADE_2017, KETAMINE_LABEL, SANACORA_2017 } from '../agents/sources.js';

export const ketamineDepressionSanacora2017 = {
  id: 'ketamine-depression-sanacora-2017',
  version: '1.0.0',
  name: 'Ketamine for depression, 0.5 mg/kg over 40 min (Sanacora 2017)',
  agent: 'ketamine',
  indication: 'Major depressive episode without psychotic features',
  regimen: 'total-duration',
  total: {
    unit: 'mg/kg',
    value: '0.5',
    min: '0.1',
    max: '0.75',
    usual: '0.5',
    source: {
      ...SANACORA_2017,
      note: '0.5 mg/kg is most common (Sanacora 2017); some patients respond to 0.1 mg/kg, others need up to 0.75 mg/kg (Andrade 2017).',
    },
  },
  duration: {
    unit: 'min',
    value: '40',
    min: '2',
    max: '100',
    usual: '40',
    source: { ...ANDRADE_2017, note: '40 min is conventional; 2-100 min sessions have been shown safe and effective.' },
  },
  caps: [],
  preparation: {
    style: 'standard-concentration',
    products: ['ketamine-50mg-ml-10ml', 'ketamine-100mg-ml-5ml'],
    diluent: 'sodium-chloride-0.9',
    containerKind: 'bag',
    concentration: '1',
    additiveVolume: 'withdraw-equal',
    source: {
      ...KETAMINE_LABEL,
      note: 'The label gives 1 mg/mL (500 mg in 500 mL) for infusion; the bag is the smallest stocked one that holds the dose.',
    },
  },
  titration: DEPRESSION_SANACORA_2017_TITRATION,
  schedule: {
    sessions: 6,
    description: 'Single infusion, or a course; clinics often give 6 infusions over 2 weeks (3 a week)',
    source: {
      citation: 'Sanacora 2017; ketamine-infusion.com FAQ (6 over 2 weeks); Murrough 2013 [UNVERIFIED here]',
      grade: 'weak',
      verified: false,
    },
  },
  notes: [
    {
      kind: 'precaution',
      text: 'Few reports describe a response after more than 3 infusions when none occurred before; home self-administration is strongly discouraged.',
      source: SANACORA_2017,
    },
  ],
  source: SANACORA_2017,
} as const satisfies Protocol;
