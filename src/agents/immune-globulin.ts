/**
 * Immune globulin intravenous (IVIG): the 10% and 5% products in the reference, with the label
 * rate ramps it gives, limits and notes, each with its source. Doses are written in grams; product
 * strengths are in mg/mL (10% = 100 mg/mL, 5% = 50 mg/mL). The products are given at their own
 * concentration: the reference names no diluent for immune globulin.
 */
import type { Agent, ProductCode, RateRamp } from '../catalogue/types.js';
import { PRIVIGEN_40_CODES } from './product-codes.js';
import {
  GAMMAGARD_LIQUID_LABEL,
  GAMUNEX_C_LABEL,
  IGIV_LABELS,
  IVIG_5PCT_MONOGRAPH,
  IVIG_PREMEDICATION_CONFLICT,
  IVIG_PRODUCTS,
  IVIG_VIAL_FAMILY,
  NBA_BLOODSTAR,
  NEWFOUNDLAND_IVIG,
  PRIVIGEN_PI,
} from './sources-more.js';
import { IVIG_DISPLAY } from './display-units.js';

const SINGLE_USE_UNSTATED =
  '[UNVERIFIED] The reference does not say whether the vial is multi-dose; it is treated as single-use so any remainder is reported as waste. The reference says nothing about diluting IVIG; it is given at the product concentration (10 mL per g at 10%, 20 mL per g at 5%).';

const AT_RISK_NOTE =
  'maxAtRisk: one IGIV label (the reference does not say which: skyscape Bivigam/other monographs; Privigen PI) recommends less than 2 mg/kg/min when thrombosis risk is raised.';

const NO_STEPS_NOTE =
  'The reference gives no step sizes, so steps is empty: the plan holds the start rate and never steps to the maximum by itself; the clinician escalates as the label directs, never above max.';

/** Privigen 10%: start 0.5 mg/kg/min, maximum 8 mg/kg/min (PI and CIDP). */
const PRIVIGEN_RAMP = {
  unit: 'mg/kg/min',
  start: '0.5',
  steps: [],
  everyMinutes: '30',
  max: '8',
  maxAtRisk: '2',
  source: {
    ...PRIVIGEN_PI,
    verified: false,
    note: `Start 0.5 mg/kg/min (0.005 mL/kg/min); maximum 8 mg/kg/min (0.08 mL/kg/min) for PI and CIDP (4 mg/kg/min for ITP, not used here). ${NO_STEPS_NOTE} The reference gives no interval either: everyMinutes (required by the type) holds 30 min from the Gammagard Liquid label as a placeholder, not a Privigen value, so this ramp is marked unverified. ${AT_RISK_NOTE}`,
  },
} as const satisfies RateRamp;

/** Gammagard Liquid 10% (PI): 0.5 mL/kg/h for 30 min, raised every 30 min up to 5 mL/kg/h. */
const GAMMAGARD_RAMP = {
  unit: 'mL/kg/h',
  start: '0.5',
  steps: [],
  everyMinutes: '30',
  max: '5',
  maxAtRisk: '1.2',
  source: {
    ...GAMMAGARD_LIQUID_LABEL,
    note: `PI: 0.5 mL/kg/h (0.8 mg/kg/min) for 30 min, increased every 30 min up to 5 mL/kg/h (8 mg/kg/min). The size of each increase is not in the reference. ${NO_STEPS_NOTE} CIDP/MMN maintenance allows up to 5.4 mL/kg/h (9 mg/kg/min); the PI maximum is used here. maxAtRisk 1.2 mL/kg/h is derived: 2 mg/kg/min x 60 min/h / 100 mg/mL. ${AT_RISK_NOTE}`,
  },
} as const satisfies RateRamp;

/** Gamunex-C 10% (PI): start 1 mg/kg/min, maximum 8 mg/kg/min. */
const GAMUNEX_C_RAMP = {
  unit: 'mg/kg/min',
  start: '1',
  steps: [],
  everyMinutes: '30',
  max: '8',
  maxAtRisk: '2',
  source: {
    ...GAMUNEX_C_LABEL,
    verified: false,
    note: `PI: start 1 mg/kg/min (0.01 mL/kg/min), maximum 8 mg/kg/min (0.08 mL/kg/min). ${NO_STEPS_NOTE} The reference gives no interval: everyMinutes (required by the type) holds 30 min from the Gammagard Liquid label as a placeholder, so this ramp is marked unverified. The CIDP start rate (often quoted as 2 mg/kg/min) is [UNVERIFIED] in the reference and not used. ${AT_RISK_NOTE}`,
  },
} as const satisfies RateRamp;

const privigen = (g: string, mL: string, codes?: readonly ProductCode[]) =>
  ({
    id: `immune-globulin-privigen-10pct-${g}g-${mL}ml`,
    agent: 'immune-globulin',
    name: `Privigen 10% (100 mg/mL), ${g} g in ${mL} mL vial`,
    form: 'vial',
    strength: { value: '100', unit: 'mg/mL' },
    volume: { value: mL, unit: 'mL' },
    multiDose: false,
    dilution: 'ready-to-use',
    ramp: PRIVIGEN_RAMP,
    family: { id: 'privigen-10pct', mixSizes: true, source: IVIG_VIAL_FAMILY },
    ...(codes !== undefined ? { codes } : {}),
    source: {
      ...IVIG_PRODUCTS,
      verified: false,
      note: `Privigen vials 2.5/5/10/20/40 g (25-400 mL); each volume is grams / 10% x 100 (the reference's IVIG volume formula). ${SINGLE_USE_UNSTATED}`,
    },
  }) as const;

const unvolumed = (id: string, name: string, mgPerMl: string, note: string) =>
  ({
    id,
    agent: 'immune-globulin',
    name,
    form: 'vial',
    strength: { value: mgPerMl, unit: 'mg/mL' },
    multiDose: false,
    dilution: 'ready-to-use',
    source: { ...IVIG_PRODUCTS, verified: false, note: `${note} ${SINGLE_USE_UNSTATED}` },
  }) as const;

export const immuneGlobulin = {
  id: 'immune-globulin',
  name: 'Immune globulin intravenous (human), IVIG',
  // Doses are written in grams (g/kg), as the guidelines write them.
  massUnit: 'g',
  displayUnit: IVIG_DISPLAY,
  weight: {
    basis: 'adjusted',
    reason:
      "Australia's National Blood Authority (BloodSTAR) doses IVIG by a dose-determining weight, IBW + 0.4 x (actual - IBW), used at the clinician's discretion, mainly in obesity; other guidelines differ (the UK dropped adjusted weight in its 2008/2011 updates; AAAAI finds no definitive evidence). Actual weight is used when it is not above ideal weight.",
    source: NBA_BLOODSTAR,
  },
  products: [
    privigen('2.5', '25'),
    privigen('5', '50'),
    privigen('10', '100'),
    privigen('20', '200'),
    privigen('40', '400', PRIVIGEN_40_CODES),
    {
      id: 'immune-globulin-gammagard-liquid-10pct',
      agent: 'immune-globulin',
      name: 'Gammagard Liquid 10% (100 mg/mL)',
      form: 'vial',
      strength: { value: '100', unit: 'mg/mL' },
      multiDose: false,
      dilution: 'ready-to-use',
      ramp: GAMMAGARD_RAMP,
      source: {
        ...IVIG_PRODUCTS,
        verified: false,
        note: `The reference gives no Gammagard Liquid vial sizes, so vials are not counted. ${SINGLE_USE_UNSTATED}`,
      },
    },
    {
      id: 'immune-globulin-gamunex-c-10pct',
      agent: 'immune-globulin',
      name: 'Gamunex-C 10% (100 mg/mL)',
      form: 'vial',
      strength: { value: '100', unit: 'mg/mL' },
      multiDose: false,
      dilution: 'ready-to-use',
      ramp: GAMUNEX_C_RAMP,
      source: {
        ...IVIG_PRODUCTS,
        verified: false,
        note: `The reference gives no Gamunex-C vial sizes, so vials are not counted. ${SINGLE_USE_UNSTATED}`,
      },
    },
    unvolumed(
      'immune-globulin-octagam-10pct',
      'Octagam 10% (100 mg/mL)',
      '100',
      'The reference gives no Octagam 10% vial sizes and no rate ramp: vials are not counted and the clinician supplies the rate from the product label.',
    ),
    {
      id: 'immune-globulin-flebogamma-dif-5pct-0.5g-10ml',
      agent: 'immune-globulin',
      name: 'Flebogamma DIF 5% (50 mg/mL), 0.5 g in 10 mL vial',
      form: 'vial',
      strength: { value: '50', unit: 'mg/mL' },
      volume: { value: '10', unit: 'mL' },
      multiDose: false,
      dilution: 'ready-to-use',
      family: { id: 'flebogamma-dif-5pct', mixSizes: true, source: IVIG_VIAL_FAMILY },
      source: {
        ...IVIG_PRODUCTS,
        verified: false,
        note: `Flebogamma 5% vials run from 0.5 g (10 mL) to 20 g (400 mL); the sizes in between are not in the reference. No rate ramp for this product is in the reference: the clinician supplies the rate from its SmPC. ${SINGLE_USE_UNSTATED}`,
      },
    },
    {
      id: 'immune-globulin-flebogamma-dif-5pct-20g-400ml',
      agent: 'immune-globulin',
      name: 'Flebogamma DIF 5% (50 mg/mL), 20 g in 400 mL vial',
      form: 'vial',
      strength: { value: '50', unit: 'mg/mL' },
      volume: { value: '400', unit: 'mL' },
      multiDose: false,
      dilution: 'ready-to-use',
      family: { id: 'flebogamma-dif-5pct', mixSizes: true, source: IVIG_VIAL_FAMILY },
      source: {
        ...IVIG_PRODUCTS,
        verified: false,
        note: `Flebogamma 5% vials run from 0.5 g (10 mL) to 20 g (400 mL); the sizes in between are not in the reference. No rate ramp for this product is in the reference: the clinician supplies the rate from its SmPC. ${SINGLE_USE_UNSTATED}`,
      },
    },
    unvolumed(
      'immune-globulin-intratect-5pct',
      'Intratect 50 g/L (5%, 50 mg/mL)',
      '50',
      'Used in the LIPS trial. The reference gives no Intratect vial sizes and no rate ramp: vials are not counted and the clinician supplies the rate from its SmPC.',
    ),
  ],
  // The reference names no diluent for immune globulin.
  diluents: [],
  limits: [
    {
      id: 'immune-globulin.dose-rate-per-kg.upper-soft',
      bound: 'upper',
      severity: 'soft',
      value: '8',
      unit: 'mg/kg/min',
      source: {
        ...PRIVIGEN_PI,
        citation: `${PRIVIGEN_PI.citation}; ${GAMUNEX_C_LABEL.citation}; ${GAMMAGARD_LIQUID_LABEL.citation}`,
        note: 'The PI maximum rate of the three 10% labels in the reference (Privigen and Gamunex-C 8 mg/kg/min; Gammagard Liquid 5 mL/kg/h, which the reference gives as 8 mg/kg/min and is 8.33 exactly). (The Newfoundland first-infusion maximum, 0.08 mL/kg/min, is the same rate for a 10% product and 4 mg/kg/min for a 5% one; a limit in mL/kg/min cannot be written as a Limit.)',
      },
    },
    {
      id: 'immune-globulin.dose-rate-per-kg.upper-hard',
      bound: 'upper',
      severity: 'hard',
      value: '9',
      unit: 'mg/kg/min',
      source: {
        ...GAMMAGARD_LIQUID_LABEL,
        grade: 'derived',
        note: 'The highest rate any label in the reference allows (Gammagard Liquid CIDP/MMN maintenance, 5.4 mL/kg/h = 9 mg/kg/min).',
      },
    },
    {
      id: 'immune-globulin.session-dose-per-kg.upper-soft',
      bound: 'upper',
      severity: 'soft',
      value: '1',
      unit: 'g/kg',
      source: {
        citation: 'Privigen label; Gammagard Liquid CIDP label; Ontario IVIG guideline (ivig.transfusionontario.org); Geerts M et al., Neurology 2021;96:e2534',
        grade: 'derived',
        verified: true,
        note: 'The largest amount the reference gives in one day: 1 g/kg (CIDP maintenance over 1-2 days; small-fiber neuropathy 1 g/kg over 1-2 days). The chronic-pain regimens use 0.25-0.5 g/kg a day.',
      },
    },
    {
      id: 'immune-globulin.session-dose-per-kg.upper-hard',
      bound: 'upper',
      severity: 'hard',
      value: '2',
      unit: 'g/kg',
      source: {
        citation: 'Privigen label; Gammagard Liquid CIDP label; Ontario IVIG guideline (ivig.transfusionontario.org); Geerts M et al., Neurology 2021;96:e2534',
        grade: 'derived',
        verified: true,
        note: 'The largest course total in the reference (2 g/kg loading), which is always split over at least 2 days, so no single session reaches it.',
      },
    },
  ],
  notes: [
    {
      kind: 'precaution',
      text: 'Boxed warning: thrombosis and renal failure. In patients at risk use the minimum practicable concentration and rate; one label recommends less than 2 mg/kg/min when thrombosis risk is raised.',
      source: IGIV_LABELS,
    },
    {
      kind: 'monitoring',
      text: 'Hydrate before the infusion; check BUN and creatinine.',
      source: IGIV_LABELS,
    },
    {
      kind: 'contraindication',
      text: 'IgA-deficient patients with antibodies against IgA are at risk of anaphylaxis.',
      source: IGIV_LABELS,
    },
    {
      kind: 'monitoring',
      text: '0.08 mL/kg/min is the recommended maximum for a first infusion. Vital signs before, at 15 min, at each rate increase, at the end and 30-60 min after. mL/h = mL/kg/min x kg x 60.',
      source: NEWFOUNDLAND_IVIG,
    },
    {
      kind: 'precaution',
      text: 'Premedication: sources disagree. One view is that it is not routine for IVIG-naive patients; others give acetaminophen 650-1000 mg plus diphenhydramine 25-50 mg 30-60 min before.',
      source: IVIG_PREMEDICATION_CONFLICT,
    },
    {
      kind: 'precaution',
      text: "The reference's 5% rate example (30 mg/kg/h for 30 min, then 60 and 120 mg/kg/h for 30 min each, at most 200 mg/kg/h, about 3.3 mg/kg/min) is for one 5% product it does not name. It is not attached to Flebogamma DIF 5% or Intratect: take their rates from their own SmPC.",
      source: IVIG_5PCT_MONOGRAPH,
    },
  ],
  source: IVIG_PRODUCTS,
} as const satisfies Agent;

/**
 * The order in which IVIG protocols offer products when the reference names none: products with
 * both vial sizes and a label ramp first (Privigen, smallest vial first so whole-vial rounding is
 * finest), then those with a ramp but no vial sizes, then the rest.
 */
export const IVIG_PRODUCT_PREFERENCE = [
  'immune-globulin-privigen-10pct-2.5g-25ml',
  'immune-globulin-privigen-10pct-5g-50ml',
  'immune-globulin-privigen-10pct-10g-100ml',
  'immune-globulin-privigen-10pct-20g-200ml',
  'immune-globulin-privigen-10pct-40g-400ml',
  'immune-globulin-gammagard-liquid-10pct',
  'immune-globulin-gamunex-c-10pct',
  'immune-globulin-octagam-10pct',
  'immune-globulin-flebogamma-dif-5pct-0.5g-10ml',
  'immune-globulin-flebogamma-dif-5pct-20g-400ml',
  'immune-globulin-intratect-5pct',
] as const;
