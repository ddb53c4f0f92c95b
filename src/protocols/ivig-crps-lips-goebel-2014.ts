/**
 * LIPS trial IVIG for CRPS: 0.5 g/kg Intratect 50 g/L on day 1 and day 22. The trial was negative.
 * The reference gives no Intratect rate or vial sizes, so the clinician supplies the rate from the
 * SmPC and the dose is not rounded to whole vials.
 */
import type { Protocol } from '../catalogue/types.js';
import { ASCIA_WHOLE_VIALS, GOEBEL_LIPS, IVIG_5PCT_MONOGRAPH, IVIG_PRODUCTS } from '../agents/sources-more.js';

export const ivigCrpsLipsGoebel2014 = {
  id: 'ivig-crps-lips-goebel-2014',
  version: '1.0.0',
  name: 'IVIG for CRPS, 0.5 g/kg Intratect on days 1 and 22 (LIPS, Goebel 2014/2017)',
  agent: 'immune-globulin',
  indication: 'Complex regional pain syndrome of 1-5 years (trial found no significant effect)',
  regimen: 'total-rate',
  total: { unit: 'g/kg', value: '0.5', usual: '0.5', source: GOEBEL_LIPS },
  rate: {
    unit: 'mg/kg/min',
    // No value: the reference gives no Intratect rate; the clinician supplies it from the SmPC.
    source: {
      ...IVIG_PRODUCTS,
      note: 'The reference gives no Intratect infusion rate or ramp; the clinician supplies the rate from the Intratect SmPC. The duration follows from dose and rate.',
    },
  },
  caps: [],
  preparation: {
    style: 'standard-concentration',
    products: ['immune-globulin-intratect-5pct'],
    // No diluent: given at the product's own 5% concentration.
    containerKind: 'bag',
    additiveVolume: 'add',
    source: {
      ...GOEBEL_LIPS,
      note: "Intratect 50 g/L as in the trial, given at its own concentration (20 mL per g). IVIG runs from the product's own vials; 'bag' is the nearest container kind.",
    },
  },
  schedule: {
    sessions: 2,
    description: 'Day 1 and day 22 (optional open-label doses on day 43 and day 64)',
    source: GOEBEL_LIPS,
    pattern: {
      kind: 'every-n-days',
      n: 21,
      count: 2,
      minIntervalHours: 504,
      source: {
        ...GOEBEL_LIPS,
        note: 'Day 1 and day 22: 21 days apart. The optional open-label doses on days 43 and 64 are not planned; pass { kind: "every-n-days", n: 21, count: 4 } to plan them.',
      },
      minIntervalSource: {
        citation: GOEBEL_LIPS.citation,
        grade: 'derived',
        verified: true,
        note: 'Derived, not a published number: the trial gave doses on day 1 and day 22, 21 days (504 h) apart; the source states no minimum, so the trial interval is used.',
      },
      openEnded: false,
    },
  },
  notes: [
    {
      kind: 'precaution',
      text: 'Negative trial: no significant effect against placebo (n=111).',
      source: GOEBEL_LIPS,
    },
    {
      kind: 'precaution',
      text: 'Whole-vial rounding (ASCIA) is not applied: the reference gives no Intratect vial sizes.',
      source: ASCIA_WHOLE_VIALS,
    },
    {
      kind: 'precaution',
      text: "The reference's 5% rate example is for an unnamed product and is not Intratect's; do not use it for this protocol.",
      source: IVIG_5PCT_MONOGRAPH,
    },
  ],
  source: GOEBEL_LIPS,
} as const satisfies Protocol;
