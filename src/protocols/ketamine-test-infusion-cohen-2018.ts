/**
 * ASRA/AAPM/ASA test infusion: one outpatient ketamine infusion of 80 mg over more than 2 h, then
 * reassessment before a series. The duration and the bag volume are the clinician's.
 */
import type { Protocol } from '../catalogue/types.js';
import { singleSessionPattern } from './course-patterns.js';
import { COHEN_2018, KETAMINE_LABEL } from '../agents/sources.js';
import { COHEN_2018_TEST_INFUSION, NOPPERS_VIA_CASA } from '../agents/sources-more.js';

export const ketamineTestInfusionCohen2018 = {
  id: 'ketamine-test-infusion-cohen-2018',
  version: '1.0.0',
  name: 'Ketamine test infusion, 80 mg over more than 2 h (ASRA/AAPM/ASA, Cohen 2018)',
  agent: 'ketamine',
  indication: 'Chronic pain: a single outpatient test infusion before deciding on a series',
  regimen: 'total-duration',
  total: { unit: 'mg', value: '80', usual: '80', source: COHEN_2018_TEST_INFUSION },
  duration: {
    unit: 'h',
    // No value: "over >2 h" gives only a minimum, so the clinician chooses the duration.
    min: '2',
    source: {
      ...COHEN_2018_TEST_INFUSION,
      note: 'The statement says over more than 2 h and gives no other duration; the clinician chooses it. (2 h is the floor: the source says more than 2 h.)',
    },
  },
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
      note: "The reference gives no preparation for the test infusion: NS is a labelled diluent, the bag volume is the clinician's, and the vial is a pharmacy choice (the label says the 10 mg/mL strength should not be diluted).",
    },
  },
  schedule: {
    sessions: 1,
    description: 'One infusion, then reassess before a series',
    source: COHEN_2018_TEST_INFUSION,
    pattern: singleSessionPattern(COHEN_2018_TEST_INFUSION, 'One infusion, then reassess before a series.'),
  },
  notes: [
    {
      kind: 'precaution',
      text: 'Escalate or repeat only with benefit. Higher doses, longer infusions and more frequent dosing work better but cause more adverse effects (moderate evidence).',
      source: COHEN_2018,
    },
    {
      kind: 'precaution',
      text: 'Infusions under 2 h were unlikely to give relief at 48 h.',
      source: NOPPERS_VIA_CASA,
    },
    {
      kind: 'precaution',
      text: 'Use immediately after dilution.',
      source: KETAMINE_LABEL,
    },
  ],
  source: COHEN_2018_TEST_INFUSION,
} as const satisfies Protocol;
