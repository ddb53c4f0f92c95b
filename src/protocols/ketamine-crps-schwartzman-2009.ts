/** Schwartzman outpatient CRPS ketamine: 0.35 mg/kg/h, never above 25 mg/h, 4 h daily for 10 days. */
import type { Protocol } from '../catalogue/types.js';
import { dailyPattern } from './course-patterns.js';
import { KETAMINE_LABEL, SCHWARTZMAN_2009 } from '../agents/sources.js';

export const ketamineCrpsSchwartzman2009 = {
  id: 'ketamine-crps-schwartzman-2009',
  version: '1.0.0',
  name: 'Ketamine for CRPS, outpatient (Schwartzman 2009)',
  agent: 'ketamine',
  indication: 'Complex regional pain syndrome',
  regimen: 'rate-duration',
  rate: {
    unit: 'mg/kg/h',
    value: '0.35',
    max: '0.35',
    usual: '0.35',
    source: {
      ...SCHWARTZMAN_2009,
      verified: false,
      note: 'The trial built the dose up over the course to at most 0.35 mg/kg/h; the day-1 start dose is [UNVERIFIED] (registry text truncated), so the protocol states the maximum and a clinician may order less.',
    },
  },
  duration: { unit: 'h', value: '4', usual: '4', source: SCHWARTZMAN_2009 },
  caps: [
    {
      id: 'schwartzman.rate-cap',
      value: '25',
      unit: 'mg/h',
      source: {
        ...SCHWARTZMAN_2009,
        note: 'Never above 25 mg/h (at most 100 mg per 4 h); binds above 71.4 kg at 0.35 mg/kg/h.',
      },
    },
  ],
  preparation: {
    style: 'whole-bag',
    products: ['ketamine-50mg-ml-10ml', 'ketamine-100mg-ml-5ml'],
    diluent: 'sodium-chloride-0.9',
    containerKind: 'bag',
    containerVolume: '100',
    additiveVolume: 'withdraw-equal',
    source: {
      ...SCHWARTZMAN_2009,
      note: 'Ketamine in 100 mL NS run at 25 mL/h over 4 h, so the bag is made up to 100 mL. The vial is a pharmacy choice: the label says the 10 mg/mL strength should not be diluted.',
    },
  },
  schedule: {
    sessions: 10,
    description: 'Daily for 10 days',
    source: SCHWARTZMAN_2009,
    pattern: dailyPattern(10, SCHWARTZMAN_2009, 'Daily x 10 days.'),
  },
  adjuncts: [
    { drug: 'midazolam', dose: { value: '2', unit: 'mg' }, route: 'IV', when: 'twice each day (both trial arms)', optional: false, source: SCHWARTZMAN_2009 },
    { drug: 'clonidine', dose: { value: '0.1', unit: 'mg' }, route: 'PO', when: 'each day (both trial arms)', optional: false, source: SCHWARTZMAN_2009 },
  ],
  notes: [
    {
      kind: 'precaution',
      text: 'Premedication in the trial: midazolam 2 mg IV twice and clonidine 0.1 mg by mouth each day.',
      source: SCHWARTZMAN_2009,
    },
    {
      kind: 'precaution',
      text: 'Use immediately after dilution.',
      source: KETAMINE_LABEL,
    },
  ],
  source: SCHWARTZMAN_2009,
} as const satisfies Protocol;
