/**
 * Lidocaine 5 mg/kg in 150 mL NS over 40 min: 300 mL/h for 10 min, then 200 mL/h until the bag is
 * empty (50 mL + 100 mL = 150 mL in 10 + 30 = 40 min).
 */
import type { Protocol } from '../catalogue/types.js';
import { singleSessionPattern } from './course-patterns.js';
import { FOO_2021, LIDOCAINE_PRODUCTS, RCH_LIDOCAINE, XYLOCAINE_LABEL } from '../agents/sources.js';
import { LIDOCAINE_5MGKG_40MIN_STUDY } from '../agents/sources-more.js';

export const lidocaine5mgkg40min = {
  id: 'lidocaine-5mgkg-40min',
  version: '1.0.0',
  name: 'IV lidocaine 5 mg/kg in 150 mL over 40 min (two-rate regimen)',
  agent: 'lidocaine',
  indication: 'Neuropathic pain (single test or treatment infusion)',
  regimen: 'total-duration',
  total: {
    unit: 'mg/kg',
    value: '5',
    usual: '5',
    source: {
      ...LIDOCAINE_5MGKG_40MIN_STUDY,
      note: 'Mean plasma lidocaine peaked at 2.7 mcg/mL at 40 min; analgesia above about 2 mcg/mL; 13 of 16 responded.',
    },
  },
  duration: {
    unit: 'min',
    value: '40',
    usual: '40',
    source: { ...LIDOCAINE_5MGKG_40MIN_STUDY, note: 'The two fixed-rate phases give 40 min for a 150 mL bag.' },
  },
  phases: [{ rate: { value: '300', unit: 'mL/h' }, duration: { value: '10', unit: 'min' } }, { rate: { value: '200', unit: 'mL/h' } }],
  caps: [],
  weight: {
    basis: 'ideal',
    reason: 'The study doses per kg without naming the weight; the international consensus uses ideal body weight (actual weight when lower).',
    source: FOO_2021,
  },
  preparation: {
    style: 'whole-bag',
    products: ['lidocaine-20mg-ml', 'lidocaine-10mg-ml'],
    diluent: 'sodium-chloride-0.9',
    containerKind: 'bag',
    containerVolume: '150',
    additiveVolume: 'withdraw-equal',
    source: {
      ...LIDOCAINE_5MGKG_40MIN_STUDY,
      note: '5 mg/kg in 150 mL NS. The bag is made up to 150 mL (an equal volume withdrawn first) so the two phases end at 40 min as the study states; the preservative-free product is a pharmacy choice.',
    },
  },
  schedule: {
    sessions: 1,
    description: 'Single test or treatment infusion',
    source: LIDOCAINE_5MGKG_40MIN_STUDY,
    pattern: singleSessionPattern(LIDOCAINE_5MGKG_40MIN_STUDY, 'Single test or treatment infusion.'),
  },
  notes: [
    {
      kind: 'precaution',
      text: "This regimen is faster than the RCH chronic-pain range (5 mg/kg over 40 min averages 125 mcg/kg/min, higher in the first 10 min); that range is RCH's own and is not applied here. It averages 7.5 mg/kg/h, above the label's 300 mg in any 1 h for a dosing weight over 40 kg (and delivers more than 300 mg within the hour over 60 kg), so the plan shows that soft finding: acknowledge it as the study's regimen.",
      source: { ...RCH_LIDOCAINE, citation: `${RCH_LIDOCAINE.citation}; ${XYLOCAINE_LABEL.citation}`, grade: 'derived', verified: true },
    },
    {
      kind: 'precaution',
      text: "The study states no session cap; RCH's chronic-pain session maximum (500 mg) is held to this single session too, so a dosing weight above 100 kg is refused rather than capped.",
      source: RCH_LIDOCAINE,
    },
    {
      kind: 'precaution',
      text: 'Do not give IV products that contain preservative or epinephrine.',
      source: LIDOCAINE_PRODUCTS,
    },
  ],
  source: LIDOCAINE_5MGKG_40MIN_STUDY,
} as const satisfies Protocol;
