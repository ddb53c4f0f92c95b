/** Ketamine for depression: 0.5 mg/kg over 40 min (range 0.1 to 0.75 mg/kg). */
import type { Protocol, Source } from '../catalogue/types.js';
import { oneADayInterval } from './course-patterns.js';
import { DEPRESSION_SANACORA_2017_TITRATION } from './titration-rules.js';
import { ANDRADE_2017, KETAMINE_LABEL, SANACORA_2017 } from '../agents/sources.js';

/** Where the course of 6 comes from: the schedule's own source, and its pattern's. */
const SANACORA_SCHEDULE = {
  citation: 'Sanacora 2017; ketamine-infusion.com FAQ (6 over 2 weeks); Murrough 2013 [UNVERIFIED here]',
  grade: 'weak',
  verified: false,
} as const satisfies Source;

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
    source: SANACORA_SCHEDULE,
    pattern: {
      kind: 'every-n-days',
      n: 2,
      count: 6,
      minIntervalHours: 24,
      source: {
        ...SANACORA_SCHEDULE,
        verified: false,
        note:
          '"6 infusions over 2 weeks (3 a week)" [weak]; Murrough 2013 "6 over 12 days" [UNVERIFIED]. No weekdays are given: encoded as every other day x 6 (days 0-10). ' +
          'From a Monday with skipWeekends this gives Monday, Wednesday and Friday for 2 weeks.',
      },
      minIntervalSource: oneADayInterval(
        SANACORA_SCHEDULE,
        '"3 a week" fixes only that sessions fall on different days (every other day is the encoding, not the source).',
        false,
      ),
      openEnded: false,
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
