/**
 * Schwartzman/Getson (Drexel) outpatient ketamine booster: 100-200 mg over 4 h, the dose chosen by
 * the clinician within that range. The inpatient 5-day part of the programme is not included.
 */
import type { Protocol } from '../catalogue/types.js';
import { oneADayInterval } from './course-patterns.js';
import { KETAMINE_LABEL } from '../agents/sources.js';
import { GETSON_PROTOCOL } from '../agents/sources-more.js';

export const ketamineBoosterGetson = {
  id: 'ketamine-booster-getson',
  version: '1.0.0',
  name: 'Ketamine outpatient booster, 100-200 mg over 4 h (Schwartzman/Getson)',
  agent: 'ketamine',
  indication: 'Complex regional pain syndrome: booster after an inpatient ketamine course',
  regimen: 'total-duration',
  total: {
    unit: 'mg',
    // No value: the source gives a range; the clinician chooses within it.
    min: '100',
    max: '200',
    usual: '100',
    source: {
      ...GETSON_PROTOCOL,
      note: 'Boosters are 100-200 mg over 4 h; the clinician chooses the dose. The usual dose for the tenfold check is the bottom of the range.',
    },
  },
  duration: { unit: 'h', value: '4', usual: '4', source: GETSON_PROTOCOL },
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
      note: "The reference gives no preparation for the boosters: NS is a labelled diluent, the bag volume is the clinician's, and the vial is a pharmacy choice.",
    },
  },
  schedule: {
    sessions: 1,
    description:
      'Per booster. After discharge: 1-2 boosters a week, tapered to 2 a week every other week for 1 month, then 1 every other week for 1 month, monthly x 3, then every 3 months',
    source: GETSON_PROTOCOL,
    // The Getson (Drexel) booster taper after discharge, encoded as four phases (the source note
    // gives each reading).
    pattern: {
      kind: 'taper',
      phases: [
        { kind: 'twice-weekly', weeks: 2, everyWeeks: 2 },
        { kind: 'every-n-days', n: 14, count: 2 },
        { kind: 'monthly', count: 3 },
        { kind: 'monthly', count: 1, everyMonths: 3 },
      ],
      minIntervalHours: 24,
      source: {
        ...GETSON_PROTOCOL,
        verified: false,
        note:
          'Interpreted from a secondary text; the library had to choose: ' +
          '(1) the opening "1-2 boosters a week" has no stated length and is not planned: plan it separately (weekly or twice-weekly) and pass its dates as sessionsGiven; ' +
          '(2) "2 a week every other week for 1 month" is weeks 1 and 3 of a 4-week month (4 boosters), days 0 and 3 of each active week; ' +
          '(3) "1 every other week for 1 month" is 2 boosters 14 days apart over 4 weeks; ' +
          '(4) "monthly x 3" is 3 boosters a calendar month apart; ' +
          '(5) "then every 3 months" has no end: the first 3-monthly booster is planned (3 months after the first monthly one, where the monthly phase ends), and later ones are the clinician\'s to plan. ' +
          'Each phase starts where the previous one ends, so a month is 4 weeks in phases 2 and 3 and a calendar month after that.',
      },
      minIntervalSource: oneADayInterval(GETSON_PROTOCOL, '"2 a week" fixes only that the two boosters fall on different days.'),
      openEnded: true,
    },
  },
  adjuncts: [
    { drug: 'clonidine', dose: { min: '0.1', max: '0.2', unit: 'mg' }, route: 'PO', when: 'daily or twice daily', optional: false, source: GETSON_PROTOCOL },
    { drug: 'lorazepam', dose: { min: '1', max: '2', unit: 'mg' }, route: 'PO', when: 'for dysphoria, as needed', optional: true, source: GETSON_PROTOCOL },
  ],
  notes: [
    {
      kind: 'precaution',
      text: 'Programme adjuncts: clonidine 0.1-0.2 mg by mouth daily or twice daily; lorazepam 1-2 mg for dysphoria.',
      source: GETSON_PROTOCOL,
    },
    {
      kind: 'precaution',
      text: 'The inpatient part of the programme (start 20 mg/h, +5 mg/h steps, at most 40 mg/h, 5 days continuous) is not part of this protocol.',
      source: GETSON_PROTOCOL,
    },
    {
      kind: 'precaution',
      text: 'Use immediately after dilution.',
      source: KETAMINE_LABEL,
    },
  ],
  source: GETSON_PROTOCOL,
} as const satisfies Protocol;
