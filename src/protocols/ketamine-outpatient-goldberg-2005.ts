/** Goldberg 2005 outpatient ketamine: 40-80 mg per daily 4-h session, 10 sessions over 2 weeks. */
import type { Protocol } from '../catalogue/types.js';
import { oneADayInterval } from './course-patterns.js';
import { KETAMINE_LABEL } from '../agents/sources.js';
import { GETSON_PROTOCOL, GOLDBERG_2005 } from '../agents/sources-more.js';

export const ketamineOutpatientGoldberg2005 = {
  id: 'ketamine-outpatient-goldberg-2005',
  version: '1.0.0',
  name: 'Ketamine 10-day outpatient course, 40-80 mg per 4-h session (Goldberg 2005)',
  agent: 'ketamine',
  indication: 'Complex regional pain syndrome',
  regimen: 'total-duration',
  total: {
    unit: 'mg',
    // No value: the dose is titrated up across the days within 40-80 mg; the clinician chooses it.
    min: '40',
    max: '80',
    usual: '40',
    source: {
      ...GOLDBERG_2005,
      note: '40-80 mg per daily 4-h session, titrated up across the days. The usual dose for the tenfold check is the bottom of the range.',
    },
  },
  duration: { unit: 'h', value: '4', usual: '4', source: GOLDBERG_2005 },
  caps: [],
  preparation: {
    style: 'whole-bag',
    products: ['ketamine-50mg-ml-10ml', 'ketamine-100mg-ml-5ml'],
    diluent: 'sodium-chloride-0.9',
    containerKind: 'bag',
    // No containerVolume: the reference gives no bag for this regimen; the clinician chooses it.
    additiveVolume: 'withdraw-equal',
    source: {
      ...KETAMINE_LABEL,
      note: "The reference gives no preparation for this regimen: NS is a labelled diluent, the bag volume is the clinician's, and the vial is a pharmacy choice.",
    },
  },
  schedule: {
    sessions: 10,
    description: '10 daily treatments over 2 consecutive weeks, 4 h each',
    source: GOLDBERG_2005,
    pattern: {
      kind: 'consecutive-days-repeated',
      days: 5,
      repeats: 2,
      gapDays: 2,
      minIntervalHours: 24,
      source: {
        ...GOLDBERG_2005,
        note: '"10 daily treatments over 2 consecutive weeks": 10 sessions in 14 days, read as 5 consecutive days, 2 days off, 5 consecutive days (Monday to Friday twice from a Monday). The source does not name the days off.',
      },
      minIntervalSource: oneADayInterval(GOLDBERG_2005, 'daily treatments are 1 day apart.'),
      openEnded: false,
    },
  },
  notes: [
    {
      kind: 'precaution',
      text: 'The dose is titrated up across the days (titration from history is a later feature of this library). Midazolam 2 mg was given.',
      source: GOLDBERG_2005,
    },
    {
      kind: 'precaution',
      text: 'Another description of this 10-day course gives 70-200 mg a day titrated over 10 days, which does not match the 40-80 mg per session above.',
      source: { ...GETSON_PROTOCOL, verified: false, note: 'Two descriptions of the same course disagree (40-80 mg per session vs 70-200 mg a day).' },
    },
    {
      kind: 'monitoring',
      text: 'Continuous ECG, pulse oximetry, NIBP every 15 min.',
      source: GOLDBERG_2005,
    },
  ],
  source: GOLDBERG_2005,
} as const satisfies Protocol;
