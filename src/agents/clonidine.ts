/**
 * Clonidine for IV use. No US IV clonidine product exists (Duraclon is labelled for epidural use
 * only), so the one product here is the non-US Catapres ampoule. In the reference's chronic-pain
 * protocols clonidine is an oral adjunct to ketamine, not an infusion.
 */
import type { Agent } from '../catalogue/types.js';
import { CLINIC_PAGE_000, SCHWARTZMAN_2009 } from './sources.js';
import { CLONIDINE_DILUENT_CONFLICT, CLONIDINE_IV_HOSP, DURACLON_LABEL, GETSON_PROTOCOL } from './sources-more.js';
import { CLONIDINE_DISPLAY } from './display-units.js';

export const clonidine = {
  id: 'clonidine',
  name: 'Clonidine hydrochloride (IV; not available as an IV product in the US)',
  // Doses are written in mcg, as the hospital guides write them.
  massUnit: 'ug',
  displayUnit: CLONIDINE_DISPLAY,
  weight: {
    basis: 'actual',
    reason:
      'The IV clonidine doses in the reference are fixed amounts (mcg), not per kg, so the dosing weight does not change the dose; actual weight is recorded for the patient checks only.',
    source: CLONIDINE_IV_HOSP,
  },
  products: [
    {
      id: 'clonidine-150ug-ml-ampoule',
      agent: 'clonidine',
      name: 'Catapres (clonidine) 150 mcg/mL ampoule (IE/UK/AU; not marketed in the US)',
      form: 'ampoule',
      strength: { value: '0.15', unit: 'mg/mL' },
      // No volume: the reference does not give the ampoule volume, so ampoules are not counted.
      multiDose: false,
      dilution: 'allowed',
      source: {
        ...CLONIDINE_IV_HOSP,
        note: 'Given by slow IV over 10-15 min or in 100 mL over 15 min. The reference gives no ampoule volume; the clinician or pharmacy must count ampoules.',
      },
    },
  ],
  diluents: [
    { id: 'sodium-chloride-0.9', source: { ...CLONIDINE_IV_HOSP, note: 'Both hospital guides allow NS.' } },
    { id: 'dextrose-5', source: CLONIDINE_DILUENT_CONFLICT },
  ],
  limits: [
    {
      id: 'clonidine.session-dose.upper-soft',
      bound: 'upper',
      severity: 'soft',
      value: '300',
      unit: 'ug',
      source: { ...CLONIDINE_IV_HOSP, note: 'Top of the single IV dose range (150-300 mcg).' },
    },
    {
      id: 'clonidine.session-dose.upper-hard',
      bound: 'upper',
      severity: 'hard',
      value: '750',
      unit: 'ug',
      window: { hours: '24' },
      source: {
        ...CLONIDINE_IV_HOSP,
        note: 'May repeat to at most 750 mcg per 24 h: this session plus every earlier clonidine session within 24 h.',
      },
    },
    {
      id: 'clonidine.duration.lower-soft',
      bound: 'lower',
      severity: 'soft',
      value: '10',
      unit: 'min',
      source: { ...CLONIDINE_IV_HOSP, note: 'Slow IV over 10-15 min.' },
    },
  ],
  notes: [
    {
      kind: 'precaution',
      text: 'No US IV clonidine product exists. Duraclon (100 and 500 mcg/mL, preservative-free, 10 mL vials) is labelled only for continuous epidural use with opioids in severe cancer pain, with a boxed warning against obstetric, postpartum and perioperative use; it is not an IV product. An IV clonidine plan needs a non-US product such as Catapres 150 mcg/mL.',
      source: DURACLON_LABEL,
    },
    {
      kind: 'precaution',
      text: 'The reference has no IV clonidine protocol for chronic pain. The IV regimen here (150-300 mcg over 10-15 min, at most 750 mcg per 24 h) is a hypertensive-crisis regimen; ICU sedation use (25-150 mcg every 6-8 h; PRN 15 mcg boluses up to 150 mcg) is unlicensed.',
      source: CLONIDINE_IV_HOSP,
    },
    {
      kind: 'precaution',
      text: 'In the chronic-pain protocols clonidine is an oral adjunct to ketamine: 0.1 mg by mouth each day (Schwartzman 2009). This library does not plan oral doses.',
      source: SCHWARTZMAN_2009,
    },
    {
      kind: 'precaution',
      text: 'Schwartzman/Getson inpatient ketamine protocol: clonidine 0.1-0.2 mg by mouth daily or twice daily (oral adjunct).',
      source: GETSON_PROTOCOL,
    },
    {
      kind: 'precaution',
      text: 'IV regional clonidine (Reuben 2002, cited on a clinic page) is a Bier-block technique, not a systemic infusion.',
      source: CLINIC_PAGE_000,
    },
    {
      kind: 'monitoring',
      text: 'Hypotension and bradycardia. Taper over 2-3 days to avoid rebound hypertension.',
      source: CLONIDINE_IV_HOSP,
    },
  ],
  source: CLONIDINE_IV_HOSP,
} as const satisfies Agent;
