/**
 * A pump's report (IHE PCD-01 observation content: the OBX segments of an `ORU^R01`) read into the
 * input of `verifyAdministration`, so what the pump says it is running is checked against the order.
 *
 * Observations read, by the reference id in OBX-3 (component 2), with the numeric MDC code checked
 * when one is given and this library knows it (codes and sources in mdc-units.ts):
 * - MDC_DRUG_NAME_TYPE: the drug label;
 * - MDC_CONC_DRUG: the programmed concentration (mass/mL);
 * - MDC_FLOW_FLUID_PUMP: the programmed rate, with the unit the pump reports (a dose unit in this
 *   field is passed on as it is: that is the wrong-field error verifyAdministration names);
 * - MDC_FLOW_DRUG_DELIV: the programmed dose rate;
 * - MDC_VOL_FLUID_TBI (or MDC_VOL_FLUID_TBI_REMAIN) and MDC_VOL_FLUID_DELIV: volume to be infused and
 *   volume delivered, returned beside the check's input;
 * - MDC_ATTR_PT_WEIGHT: the weight the pump was given; MDCX_INFUS_ORDER_STEP_NUM: the step running.
 *
 * With the plan, the order is the plan's: its agent, the dose rate of the step the pump reports
 * running (a multistep plan needs the step number), the bag's concentration, and the plan's dosing
 * weight. Without it, the order is the dose rate the pump reports, so only the pump's own consistency
 * (rate x concentration against dose rate) is checked. The bag is the concentration the pump was
 * programmed with, written as that amount in 1 mL.
 *
 * Stays with the caller: transport (MLLP), acknowledgements, which pump and channel, and the patient
 * the report belongs to.
 *
 * @module
 */
import type { Plan } from '../types/plan.js';
import type { Issue, Issues } from '../types/issues.js';
import type { Quantity } from '../units/index.js';
import { guard } from '../schema/guard.js';
import { readPlan } from '../schema/plan-shape.js';
import { frozenCopy } from '../types/freeze.js';
import { INPUT_LIMITS, PLAN_BOUNDS, checkBounds } from '../types/input-limits.js';
import { unescapeHl7 } from './hl7-text.js';
import { MDC_TERMS, MDC_UNITS } from './mdc-units.js';

/** What a pump report gives: the input of `verifyAdministration`, and the volumes beside it. */
export interface PumpReportReading {
  /** Pass this to `verifyAdministration`. */
  readonly administration: {
    readonly bag: { readonly ingredients: readonly { readonly agent: string; readonly amount: Quantity }[]; readonly finalVolume: Quantity };
    readonly pumpRate: Quantity;
    readonly patient: { readonly weight: Quantity; readonly dosingWeight?: Quantity };
    readonly order: { readonly agent: string; readonly doseRate: Quantity; readonly concentration?: Quantity };
  };
  /** The drug label the pump shows. */
  readonly drug: string;
  /** The step the pump reports running (1 when it reports none and the plan has one step). */
  readonly step: number;
  readonly volumeToBeInfused?: Quantity;
  readonly volumeDelivered?: Quantity;
}

/** The result of {@link fromPumpReport}. */
export type PumpReportResult = { readonly ok: true; readonly reading: PumpReportReading } | { readonly ok: false; readonly issues: Issues };

const REF = {
  drug: MDC_TERMS.drugName,
  concentration: { code: '', refId: 'MDC_CONC_DRUG' },
  rate: MDC_TERMS.pumpRate,
  doseRate: MDC_TERMS.doseRate,
  vtbi: { code: '', refId: 'MDC_VOL_FLUID_TBI' },
  vtbiRemaining: MDC_TERMS.vtbiRemaining,
  delivered: MDC_TERMS.volumeDelivered,
  weight: MDC_TERMS.patientWeight,
  step: { code: '', refId: 'MDCX_INFUS_ORDER_STEP_NUM' },
} as const;
type Key = keyof typeof REF;
const PLAIN = /^\d+(?:\.\d+)?$/;
/** The UCUM code of an MDC unit reference id (looked up when a report is read, so a bundle without this reader drops the table). */
function ucumOfMdc(refId: string): string | undefined {
  return Object.entries(MDC_UNITS).find(([, u]) => u.refId === refId)?.[0];
}

/** One observation as read: its text value and, for a number, its UCUM unit. */
interface Observation {
  readonly text: string;
  readonly unit: string | undefined;
  readonly at: number;
}

function issue(code: Issue['code'], path: readonly (string | number)[], message: string): Issue {
  return { code, path, message };
}

/** OBX-6 as a UCUM code: `code^REFID^MDC` mapped by reference id, or `u^u^UCUM`. */
function unitOf(field: string, comp: string): string | undefined {
  const [id = '', text = '', system = ''] = field.split(comp).map(unescapeHl7);
  if (system === 'UCUM') return id;
  if (system === 'MDC') return ucumOfMdc(text);
  return undefined;
}

/** The OBX segments of the report, keyed by the observations this reader knows. */
function observationsOf(text: string, issues: Issue[]): Map<Key, Observation> {
  const found = new Map<Key, Observation>();
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.length > 0);
  const msh = lines.find((l) => l.startsWith('MSH'));
  const field = msh?.[3] ?? '|';
  const comp = msh?.[4] ?? '^';
  lines.forEach((line, i) => {
    if (!line.startsWith(`OBX${field}`)) return;
    const f = line.split(field);
    const [code = '', refId = ''] = (f[3] ?? '').split(comp).map(unescapeHl7);
    const key = (Object.keys(REF) as Key[]).find((k) => REF[k].refId === refId);
    if (key === undefined) return;
    if (REF[key].code !== '' && code !== '' && code !== REF[key].code) {
      issues.push(issue('pump_report_invalid', ['report', i], `OBX-3 names ${refId} with code ${code}; its MDC code is ${REF[key].code}.`));
      return;
    }
    if (found.has(key)) issues.push(issue('pump_report_invalid', ['report', i], `The report gives ${refId} twice; a report of one channel gives it once.`));
    found.set(key, { text: unescapeHl7(f[5] ?? ''), unit: f[6] !== undefined && f[6] !== '' ? unitOf(f[6], comp) : undefined, at: i });
  });
  return found;
}

/** A numeric observation with a unit; an issue when it is missing or not a plain number with a known unit. */
function quantityOf(obs: Map<Key, Observation>, key: Key, issues: Issue[], required: boolean): Quantity | undefined {
  const o = obs.get(key);
  if (o === undefined) {
    if (required) issues.push(issue('pump_report_observation_missing', ['report', REF[key].refId], `The report has no ${REF[key].refId} observation.`));
    return undefined;
  }
  if (!PLAIN.test(o.text)) {
    issues.push(issue('not_plain_decimal', ['report', o.at], `${REF[key].refId} is "${o.text.slice(0, 40)}", not a plain decimal.`));
    return undefined;
  }
  if (o.unit === undefined) {
    issues.push(issue('unknown_unit', ['report', o.at], `${REF[key].refId} has no unit this reader knows (MDC or UCUM).`));
    return undefined;
  }
  return { value: o.text, unit: o.unit };
}

/** The order from the plan, for the step the pump runs. */
function planOrder(
  plan: Plan,
  step: number | undefined,
  issues: Issue[],
): { agent: string; doseRate: Quantity; concentration?: Quantity; step: number } | undefined {
  const segments = plan.pump.segments;
  const n = step ?? (segments.length === 1 ? 1 : undefined);
  if (n === undefined) {
    issues.push(issue('pump_report_step_required', ['report', REF.step.refId], 'This plan has several pump steps: the report must say which step is running.'));
    return undefined;
  }
  const dose = segments[n - 1]?.doses[0];
  const agent = plan.agents[0];
  if (dose === undefined || agent === undefined) {
    issues.push(issue('pump_report_invalid', ['report', REF.step.refId], `The plan has no step ${n}.`));
    return undefined;
  }
  const c = plan.bag.concentrations[0];
  return { agent: agent.agent, doseRate: dose.doseRate, ...(c !== undefined ? { concentration: c.value } : {}), step: n };
}

/** The step number the report gives, if any (an issue when it is not one). */
function stepOf(obs: Map<Key, Observation>, issues: Issue[]): number | undefined {
  const text = obs.get('step')?.text;
  if (text === undefined) return undefined;
  if (/^[1-9]\d{0,2}$/.test(text)) return Number(text);
  issues.push(issue('pump_report_invalid', ['report', REF.step.refId], `The step "${text.slice(0, 40)}" is not a step number.`));
  return undefined;
}

/** The observations the check needs, each read or an issue recorded. */
function partsOf(obs: Map<Key, Observation>, plan: Plan | undefined, issues: Issue[]) {
  const drug = obs.get('drug')?.text ?? '';
  if (drug === '' && plan === undefined) issues.push(issue('pump_report_observation_missing', ['report', REF.drug.refId], 'The report names no drug.'));
  const concentration = quantityOf(obs, 'concentration', issues, true);
  const pumpRate = quantityOf(obs, 'rate', issues, true);
  const doseRate = quantityOf(obs, 'doseRate', issues, plan === undefined);
  const weight = quantityOf(obs, 'weight', issues, plan === undefined) ?? plan?.patient.weight;
  const step = stepOf(obs, issues);
  const order = plan !== undefined ? planOrder(plan, step, issues) : doseRate !== undefined ? { agent: drug, doseRate, step: step ?? 1 } : undefined;
  return { drug, concentration, pumpRate, weight, order };
}

function readingOf(text: string, plan: Plan | undefined): PumpReportResult {
  const issues: Issue[] = [];
  const obs = observationsOf(text, issues);
  const { drug, concentration, pumpRate, weight, order } = partsOf(obs, plan, issues);
  const [first, ...rest] = issues;
  if (first !== undefined) return { ok: false, issues: [first, ...rest] };
  if (concentration === undefined || pumpRate === undefined || weight === undefined || order === undefined) {
    return { ok: false, issues: [issue('pump_report_invalid', ['report'], 'The report could not be read.')] };
  }
  // The bag as the pump knows it: its concentration, as that amount in 1 mL (mass/mL x 1 mL).
  const [mass = ''] = concentration.unit.split('/');
  const vtbi = quantityOf(obs, 'vtbi', [], false) ?? quantityOf(obs, 'vtbiRemaining', [], false);
  const delivered = quantityOf(obs, 'delivered', [], false);
  const administration = {
    bag: { ingredients: [{ agent: order.agent, amount: { value: concentration.value, unit: mass } }], finalVolume: { value: '1', unit: 'mL' } },
    pumpRate,
    patient: { weight, ...(plan !== undefined ? { dosingWeight: plan.dosingWeight.value } : {}) },
    order: { agent: order.agent, doseRate: order.doseRate, ...(order.concentration !== undefined ? { concentration: order.concentration } : {}) },
  };
  const reading: PumpReportReading = {
    administration,
    drug,
    step: order.step,
    ...(vtbi !== undefined ? { volumeToBeInfused: vtbi } : {}),
    ...(delivered !== undefined ? { volumeDelivered: delivered } : {}),
  };
  return { ok: true, reading };
}

/**
 * Reads a pump's report (PCD-01 observation content) into the input of `verifyAdministration`.
 *
 * @param report - The HL7 v2 text of the report (an `ORU^R01`, or its OBX segments), segments separated by CR or LF.
 * @param plan - Optional: the plan the pump should be running; the order and the bag's concentration are then the plan's.
 * @returns `{ ok: true, reading }` whose `reading.administration` goes to `verifyAdministration`, or, never
 *   thrown, `{ ok: false, issues }`: `pump_report_observation_missing`, `pump_report_step_required`,
 *   `pump_report_invalid`, `not_plain_decimal`, `unknown_unit`, `invalid_type`, `too_long`, `not_a_plan`,
 *   the guard's codes, or `internal_error`.
 * @example
 * ```ts
 * const r = fromPumpReport(oruText, plan);
 * if (r.ok) {
 *   const check = verifyAdministration(r.reading.administration);
 *   if (check.ok && check.result.status === 'stop') alarm(check.result.findings);
 * }
 * ```
 */
export function fromPumpReport(report: string, plan?: Plan): PumpReportResult {
  const result = guard((): PumpReportResult => {
    if (typeof report !== 'string') return { ok: false, issues: [issue('invalid_type', ['report'], 'The report must be the HL7 v2 text of the message.')] };
    if (report.length > INPUT_LIMITS.planStringChars) {
      return { ok: false, issues: [issue('too_long', ['report'], `A report may have at most ${INPUT_LIMITS.planStringChars} characters.`)] };
    }
    if (plan === undefined) return readingOf(report, undefined);
    const tooBig = checkBounds(plan, PLAN_BOUNDS);
    if (tooBig) return { ok: false, issues: [tooBig] };
    const read = readPlan(plan);
    return read.ok ? readingOf(report, read.plan) : read;
  });
  return frozenCopy(result);
}
