/**
 * Perioperative IV lidocaine (Foo 2021 consensus): at most 1.5 mg/kg IBW over 10 min, then at most
 * 1.5 mg/kg/h for no more than 24 h with review. The clinician supplies the maintenance duration.
 */
import type { Protocol } from '../catalogue/types.js';
import { singleSessionPattern } from './course-patterns.js';
import { FOO_2021, LIDOCAINE_PRODUCTS, RCH_LIDOCAINE } from '../agents/sources.js';
import { FOO_2021_SECONDARY } from '../agents/sources-more.js';

export const lidocainePerioperativeFoo2021 = {
  id: 'lidocaine-perioperative-foo-2021',
  version: '1.0.0',
  name: 'IV lidocaine, perioperative (Foo 2021 international consensus)',
  agent: 'lidocaine',
  indication: 'Perioperative analgesia (the consensus covers perioperative use, not chronic pain)',
  regimen: 'rate-duration',
  loading: {
    total: {
      unit: 'mg/kg',
      value: '1.5',
      max: '1.5',
      usual: '1.5',
      source: { ...FOO_2021, note: 'Initial dose no more than 1.5 mg/kg IBW; the protocol states the maximum and a clinician may order less.' },
    },
    duration: { unit: 'min', value: '10', usual: '10', source: { ...FOO_2021, note: 'Given as an infusion over 10 min.' } },
  },
  rate: {
    unit: 'mg/kg/h',
    value: '1.5',
    max: '1.5',
    usual: '1.5',
    source: { ...FOO_2021, note: 'Then no more than 1.5 mg/kg/h; the protocol states the maximum and a clinician may order less.' },
  },
  duration: {
    unit: 'h',
    // No value: the consensus gives only the 24 h ceiling; the clinician supplies the duration.
    max: '24',
    source: { ...FOO_2021, note: 'For 24 h or less, with review; the clinician supplies the maintenance duration.' },
  },
  caps: [
    {
      id: 'foo.rate-cap',
      value: '120',
      unit: 'mg/h',
      source: {
        ...FOO_2021_SECONDARY,
        note: 'Absolute 120 mg/h regardless of weight, seen only in secondary summaries of Foo 2021 [secondary - check against full text]. It caps the maintenance rate (it binds above 80 kg IBW at 1.5 mg/kg/h), not the 10-min loading dose.',
      },
    },
  ],
  weight: {
    basis: 'ideal',
    reason: 'The consensus doses lidocaine by ideal body weight (Devine); actual weight is used when it is lower.',
    source: FOO_2021,
  },
  preparation: {
    style: 'standard-concentration',
    products: ['lidocaine-4mg-ml-premix-500ml', 'lidocaine-8mg-ml-premix-250ml'],
    containerKind: 'bag',
    additiveVolume: 'add',
    source: {
      ...LIDOCAINE_PRODUCTS,
      verified: false,
      note: 'Foo 2021 gives no preparation. The labelled D5W premixes are used as they are, the weaker (4 mg/mL) first; this is a pharmacy choice, not a value from the consensus.',
    },
  },
  schedule: {
    sessions: 1,
    description: 'One perioperative infusion, 24 h at most, with review',
    source: FOO_2021,
    pattern: singleSessionPattern(FOO_2021, 'One perioperative infusion.'),
  },
  notes: [
    {
      kind: 'precaution',
      text: 'Treat as a high-risk medicine. No IV lidocaine within 4 h of a nerve block, and no block until 4 h after stopping.',
      source: FOO_2021,
    },
    {
      kind: 'precaution',
      text: 'Avoid below 40 kg; beyond 24 h only at 50% of the rate; 20% lipid emulsion available; dedicated line.',
      source: FOO_2021_SECONDARY,
    },
    {
      kind: 'precaution',
      text: "RCH's 500 mg and 7.5 mg/kg per chronic-pain session (60-120 min) are that protocol's own limits and do not apply to this regimen; the label's 300 mg in any 1 h and the 120 mg/h ceiling above do.",
      source: RCH_LIDOCAINE,
    },
  ],
  source: FOO_2021,
} as const satisfies Protocol;
