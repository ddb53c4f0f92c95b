/**
 * Titration rules as cited data, one per regimen, read by src/titration/decide.ts. Every number
 * carries its source and evidence grade (shared/reference/clinical-dosing.md sections 1, 8 and 10).
 * Values the reference does not give, or that are borrowed from another regimen, are marked
 * `verified: false` with a note saying so; a plan that uses one must say so too.
 *
 * The ceiling of every escalation is the protocol parameter's own `max`, not part of the rule.
 */
import type { DoseParameter, Source } from '../catalogue/types.js';
import { ANDRADE_2017, CLINIC_PAGE_000, SANACORA_2017, SCHWARTZMAN_2009 } from '../agents/sources.js';
import { GETSON_PROTOCOL, REMA_2012 } from '../agents/sources-more.js';
import type { TitrationRule } from '../catalogue/titration.js';

/** Depression response definition (reference section 1 and section 8, response table). */
export const TALATI_2019 = {
  citation: 'Talati SK & Sharma M, Ind J Priv Psychiatry 2019 (single 0.5 mg/kg over 40 min + escitalopram)',
  grade: 'RCT',
  verified: true,
} as const satisfies Source;

/** Schwartzman's primary outcome, >= 30% pain reduction, as a response threshold. */
const SCHWARTZMAN_RESPONSE = {
  ...SCHWARTZMAN_2009,
  note: 'Primary outcome of the Schwartzman ketamine RCT: >= 30% pain reduction (NCT00579085; reference section 8, response table). It is a trial outcome, used here as the session-to-session response threshold.',
} as const satisfies Source;

/** The same threshold borrowed for a regimen whose own source gives none. */
const borrowedSchwartzmanResponse = (regimen: string) =>
  ({
    ...SCHWARTZMAN_RESPONSE,
    verified: false,
    note: `${regimen} gives no response threshold; borrowed: >= 30% pain reduction, the primary outcome of the Schwartzman ketamine RCT (NCT00579085). An institution must confirm it.`,
  }) as const satisfies Source;

/**
 * Clinic course (clinic page 000): the dose varies with weight, the number of infusions already
 * given and the response to them. The page gives no dose, no step and no response threshold.
 *
 * - step: **borrowed** from Rema 2012 (+0.2 mg/kg/h), `verified: false`; the clinic must give its own.
 * - response: >= 30% pain relief, Schwartzman's primary outcome (NCT00579085).
 * - no start (the clinician supplies the first dose), no futility (no source), no step-down value
 *   (the step is used).
 * - the clinic protocol's rate has no `max`, so the engine refuses to escalate
 *   (`titration_maximum_required`) until one is set.
 */
export const CLINIC_COURSE_TITRATION = {
  param: 'rate',
  step: {
    value: '0.2',
    unit: 'mg/kg/h',
    source: {
      ...REMA_2012,
      verified: false,
      note: "Borrowed: the clinic page (000) gives no escalation step. +0.2 mg/kg/h per session is the Rema 2012 daily step; replace it with the institution's own value.",
    },
  },
  response: { kind: 'relief-percent', threshold: '30', source: SCHWARTZMAN_RESPONSE },
  source: {
    ...CLINIC_PAGE_000,
    note: 'Dose should vary with weight, the number of infusions already given, and the response to previous infusions (clinic page 000; reference section 10).',
  },
} as const satisfies TitrationRule;

/**
 * Rema 2012 daily escalation: 0.2 -> 0.4 -> 0.6 mg/kg/h, +0.2 mg/kg/h a day (reference P7). The
 * abstract escalated every day; holding on a response is this engine's rule, and the response
 * threshold is borrowed.
 */
export const REMA_2012_TITRATION = {
  param: 'rate',
  step: {
    value: '0.2',
    unit: 'mg/kg/h',
    source: { ...REMA_2012, note: '+0.2 mg/kg/h per day (0.2 -> 0.4 -> 0.6 mg/kg/h); reference P7.' },
  },
  start: {
    value: '0.2',
    unit: 'mg/kg/h',
    source: { ...REMA_2012, note: 'First day 0.2 mg/kg/h; reference P7.' },
  },
  response: { kind: 'relief-percent', threshold: '30', source: borrowedSchwartzmanResponse('Rema 2012') },
  source: {
    ...REMA_2012,
    note: "The abstract escalates daily regardless of response; this rule holds on a response and steps down after a moderate event (engine policy, not Rema's).",
  },
} as const satisfies TitrationRule;

/**
 * Schwartzman/Getson (Drexel) inpatient regimen: start 20 mg/h, +5 mg/h steps, at most 40 mg/h
 * (reference P4). No built-in protocol uses it yet. The source describes steps within a 5-day
 * continuous infusion, not between sessions; kept as data for when a protocol is added.
 */
export const GETSON_INPATIENT_TITRATION = {
  param: 'rate',
  step: { value: '5', unit: 'mg/h', source: { ...GETSON_PROTOCOL, note: '+5 mg/h steps; reference P4.' } },
  start: { value: '20', unit: 'mg/h', source: { ...GETSON_PROTOCOL, note: 'Inpatient start 20 mg/h; reference P4.' } },
  response: { kind: 'relief-percent', threshold: '30', source: borrowedSchwartzmanResponse('The Schwartzman/Getson inpatient description') },
  source: {
    ...GETSON_PROTOCOL,
    note: 'Inpatient 5 days continuous; the steps are within one continuous infusion. Clonidine 0.1-0.2 mg daily/bid and lorazepam 1-2 mg for dysphoria as adjuncts.',
  },
} as const satisfies TitrationRule;

/**
 * The rate parameter of the Schwartzman/Getson inpatient regimen, so the engine has its ceiling:
 * 20 mg/h start, 40 mg/h maximum (reference P4). For a protocol the lead may add.
 */
export const GETSON_INPATIENT_RATE = {
  unit: 'mg/h',
  value: '20',
  min: '20',
  max: '40',
  usual: '20',
  source: { ...GETSON_PROTOCOL, note: 'Inpatient start 20 mg/h, +5 mg/h steps, max 40 mg/h; reference P4.' },
} as const satisfies DoseParameter;

/**
 * Ketamine for depression (Sanacora 2017): consider futility after 3 infusions without response;
 * response is >= 50% MADRS reduction (Talati 2019). MADRS is not computable from pain scores, so
 * the engine reads the session's `reliefPercent` as the clinician's recorded MADRS reduction
 * (`recordedOnly`), never pain.
 *
 * The step is **not sourced**: no source gives an escalation step for depression. 0.25 mg/kg is the
 * distance from the usual 0.5 mg/kg (Sanacora) to Andrade's 0.75 mg/kg upper dose, so one step
 * reaches the protocol maximum; `verified: false`. No start: the protocol's 0.5 mg/kg applies.
 */
export const DEPRESSION_SANACORA_2017_TITRATION = {
  param: 'total',
  step: {
    value: '0.25',
    unit: 'mg/kg',
    source: {
      citation: `Derived from ${SANACORA_2017.citation} (usual 0.5 mg/kg) and ${ANDRADE_2017.citation} (up to 0.75 mg/kg)`,
      grade: 'derived',
      verified: false,
      note: 'No source gives a titration step for depression: 0.75 - 0.5 = 0.25 mg/kg. An institution must confirm or replace it.',
    },
  },
  response: {
    kind: 'relief-percent',
    threshold: '50',
    recordedOnly: true,
    source: {
      ...TALATI_2019,
      note: ">= 50% MADRS reduction = response. Pain scores cannot measure it: the engine reads reliefPercent as the clinician's recorded MADRS reduction (%).",
    },
  },
  futilityAfter: 3,
  futilitySource: {
    ...SANACORA_2017,
    note: 'Few reports describe a response after more than 3 infusions when none occurred before (reference section 1 and P12).',
  },
  source: SANACORA_2017,
} as const satisfies TitrationRule;

/** The titration rule of each built-in protocol that has one, by protocol id. */
export const BUILTIN_TITRATION_RULES: Readonly<Record<string, TitrationRule>> = {
  'ketamine-clinic-course-2x3': CLINIC_COURSE_TITRATION,
  'ketamine-escalation-rema-2012': REMA_2012_TITRATION,
  'ketamine-depression-sanacora-2017': DEPRESSION_SANACORA_2017_TITRATION,
};
