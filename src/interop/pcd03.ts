/**
 * IHE PCD-03 (Point-of-care Infusion Verification, HL7 v2.6 `RGV^O15^RGV_O15`): the message content
 * that programs a pump with a plan, for a single-agent plan.
 *
 * What it writes (IHE PCD TF-2 Rev 8.0 section 3.3; multistep per CP-PCD-PIV-142):
 * - MSH (MSH-21 the PIV profile OID 1.3.6.1.4.1.19376.1.6.1.3.1), PID as a placeholder the caller
 *   replaces, ORC (`RE`, the caller's order id);
 * - per pump step: RXG (RXG-1 the step number, RXG-4 the product NDC or the agent, RXG-5/7 the
 *   volume to be infused in mL, RXG-15/16 the step's dose, RXG-17/18 the amount of drug in the bag and
 *   RXG-23/24 the bag's final volume, so the receiver divides amount by volume itself and no rounded
 *   concentration is sent), TQ1 (the step's duration, when RXG-15/16 is a dose amount), RXR (IV; IVP
 *   or SYR), and OBX: the pump id and the patient's weight, height and body-surface area (first step),
 *   the step type and the number of steps (multistep programs), and the step's planned pump rate.
 *
 * RXG-15/16, the step's dose, is sent as the order states it when the message can say it exactly:
 * - a loading dose: its amount (e.g. 70 mcg) with TQ1 its duration;
 * - a protocol's fixed-rate phase: the pump rate (mL/h);
 * - a maintenance rate as ordered: the rate with its basis: a per-kg rate (mg/kg/h) only when the plan
 *   doses on actual body weight, which is the weight the OBX sends (a per-kg rate on ideal or adjusted
 *   weight multiplied by the patient's weight by the receiver would be the wrong dose); a mass rate
 *   (mg/h) as it is;
 * - otherwise (a dose over a duration, a capped rate, a pump rate rounded down to stay under a limit,
 *   a per-kg rate on another weight): the step's amount with TQ1 its duration.
 *
 * What it refuses, with a coded issue, rather than send something approximate: a plan with more than
 * one agent (`pcd03_multiple_agents`) or more than one additive (`pcd03_multiple_additives`: a receiver
 * matches one concentration), a label rate ramp stepped over several segments (`pcd03_label_ramp`:
 * PIV multistep excludes ramp modes, and an IVIG ramp steps up only if each rate is tolerated, which a
 * pump program would not wait for), a value longer than its HL7 field (`pcd03_value_too_long`; never
 * truncated), a unit with no code (`pcd03_unit_not_coded`), and a plan that still needs
 * acknowledgement (`pcd03_not_ready`) unless the caller sets `allowNotReady`.
 *
 * Stays with the caller: transport (MLLP framing), acknowledgements (ACK, RRG^O16), the patient's
 * identity in PID, PV1, and matching the pump's drug library.
 *
 * @module
 */
import type { AgentDose, Plan, RateSegment } from '../types/plan.js';
import type { Issue, Issues } from '../types/issues.js';
import type { Quantity } from '../units/index.js';
import { readDecimal } from '../decimal/index.js';
import { guard, snapshot } from '../schema/guard.js';
import { readPlan } from '../schema/plan-shape.js';
import { frozenCopy } from '../types/freeze.js';
import { PLAN_BOUNDS, REQUEST_BOUNDS, checkBounds } from '../types/input-limits.js';
import { escapeHl7 } from './hl7-text.js';
import { MDC_TERMS, MDC_UNITS, type MdcTerm } from './mdc-units.js';
import { type Pcd03Options, type ReadOptions, readPcd03Options } from './pcd03-options.js';

export type { Pcd03Options, Pcd03Units } from './pcd03-options.js';

/** The result of {@link toPcd03}: the message and its segments, or the coded issues that refuse it. */
export type Pcd03Result =
  { readonly ok: true; readonly message: string; readonly segments: readonly string[] } | { readonly ok: false; readonly issues: Issues };

/** PID-3 and PID-5 as written: the caller replaces them with the patient's identifiers. */
export const PCD03_PID_PLACEHOLDER = 'PID|||PATIENT-PLACEHOLDER^^^^MR||PLACEHOLDER^PATIENT';
/** MSH-21: the PIV PCD-03 message profile (IHE PCD TF-2, MSH-21 table). */
const PROFILE = 'IHE_PCD_003^IHE PCD^1.3.6.1.4.1.19376.1.6.1.3.1^ISO';
const NDC = 'http://hl7.org/fhir/sid/ndc';
/** Field lengths of the PIV RXG table (TF-2 table 3.3.4.4.5-1) that a plan value could exceed. */
const LEN = { rxg5: 20, rxg15: 6, rxg17: 20, rxg23: 5, cq: 20, obx5: 99999 } as const;
const PLAIN = /^\d+(?:\.\d+)?$/;

/** A refusal raised while writing and returned as a coded issue. */
class Pcd03Refusal {
  constructor(readonly issue: Issue) {}
}

function refuse(code: Issue['code'], path: readonly (string | number)[], message: string): never {
  throw new Pcd03Refusal({ code, path, message });
}

/** A plan number as an HL7 NM, within its field's length; refused, never truncated. */
function nm(q: Quantity, max: number, path: readonly (string | number)[]): string {
  if (typeof q.value !== 'string' || !PLAIN.test(q.value)) refuse('not_a_plan', path, 'This plan value is not a plain decimal string.');
  if (q.value.length > max)
    refuse('pcd03_value_too_long', path, `${q.value} has ${q.value.length} characters; this HL7 field holds ${max}. It is not truncated.`);
  return q.value;
}

/** A unit as a coded element: MDC `code^REFID^MDC` or UCUM `u^u^UCUM` (`sep` is `&` inside a component). */
function unitOf(ucum: string, o: ReadOptions, path: readonly (string | number)[], sep = '^'): string {
  if (o.units === 'ucum') return [ucum, ucum, 'UCUM'].map(escapeHl7).join(sep);
  const mdc = Object.hasOwn(MDC_UNITS, ucum) ? MDC_UNITS[ucum] : undefined;
  if (mdc === undefined) return refuse('pcd03_unit_not_coded', path, `The unit ${ucum} has no MDC code here; ask for UCUM units instead.`);
  return [mdc.code, mdc.refId, 'MDC'].join(sep);
}

const term = (t: MdcTerm): string => `${t.code}^${t.refId}^MDC`;

/**
 * A label rate ramp the plan steps through: several fixed-rate segments under an ordered rate (the
 * ramp's start). A protocol's own phases order pump rates and no dose rate, so they are not a ramp.
 */
function isRamp(plan: Plan): boolean {
  const segments = plan.pump.segments;
  return segments.length > 1 && segments.every((s) => s.kind === 'phase') && plan.agents.some((a) => a.prescribed.rate !== undefined);
}

/** What PIV cannot express, or what the caller did not allow: each a coded issue. */
function refusalsOf(plan: Plan, o: ReadOptions): Issue[] {
  const issues: Issue[] = [];
  if (plan.agents.length !== 1) {
    issues.push({
      code: 'pcd03_multiple_agents',
      path: ['agents'],
      message: `PIV programs one medication per order; this plan has ${plan.agents.length} agents.`,
    });
  }
  if (plan.bag.additives.length > 1 || plan.bag.concentrations.length > 1) {
    issues.push({
      code: 'pcd03_multiple_additives',
      path: ['bag', 'additives'],
      message: 'RXG-17/23 carry one drug amount and one volume; a bag with several additives has no single concentration a pump can match.',
    });
  }
  if (isRamp(plan)) {
    issues.push({
      code: 'pcd03_label_ramp',
      path: ['pump', 'segments'],
      message:
        'This plan steps through a label rate ramp. PIV multistep excludes ramp modes, and each step is taken only if the last was tolerated: program it at the pump.',
    });
  }
  if (plan.status !== 'ready' && !o.allowNotReady) {
    issues.push({
      code: 'pcd03_not_ready',
      path: ['status'],
      message:
        'This plan needs acknowledgement of soft findings before a pump is programmed with it (or set allowNotReady and keep the findings with the order).',
    });
  }
  return issues;
}

/** The drug amount in the bag and the bag's final volume (RXG-17 and RXG-23). */
function strengthOf(plan: Plan): { readonly amount: Quantity; readonly volume: Quantity } {
  const volume = plan.bag.finalVolume;
  const additive = plan.bag.additives[0];
  if (additive !== undefined) return { amount: additive.amount, volume };
  // A premix used as it is: mg = mg/mL x mL, exact.
  const c = plan.bag.concentrations[0];
  const perMl = readDecimal(c?.value.value);
  const mL = readDecimal(volume.value);
  if (c === undefined || !perMl.ok || !mL.ok) return refuse('not_a_plan', ['bag', 'concentrations'], 'This plan states no concentration for its premix.');
  return { amount: { value: perMl.value.mul(mL.value).toFixed(), unit: c.value.unit.split('/')[0] ?? '' }, volume };
}

/** RXG-4: the product's NDC (a second NDC as the alternate), or the agent as a local code. */
function giveCode(plan: Plan, agent: AgentDose): string {
  const codes = (plan.bag.additives[0]?.product.codes ?? plan.bag.container.codes ?? []).filter((c) => c.system === NDC);
  const text = escapeHl7(agent.name);
  const [first, second] = codes;
  if (first === undefined) return [escapeHl7(agent.agent), text, 'L'].join('^');
  return [escapeHl7(first.code), text, 'NDC', ...(second !== undefined ? [escapeHl7(second.code), text, 'NDC'] : [])].join('^');
}

/** The step's dose for RXG-15/16, and whether it is an amount (which TQ1's duration goes with). */
function doseOf(plan: Plan, agent: AgentDose, segment: RateSegment): { readonly dose: Quantity; readonly isAmount: boolean } {
  const amount = segment.doses[0]?.amount;
  if (amount === undefined) return refuse('not_a_plan', ['pump', 'segments'], 'A pump segment of this plan delivers no dose.');
  if (segment.kind === 'loading') return { dose: amount, isAmount: true };
  if (segment.kind === 'phase') return { dose: segment.rate, isAmount: false };
  const rate = agent.prescribed.rate;
  // A bound cap, or a pump rate rounded down to stay under a limit: the order as written is not what runs.
  const capped = agent.caps.some((c) => c.bound) || plan.pump.rounding.roundedDownForLimit;
  if (rate !== undefined && !capped && rate.unit.split('/').length >= 2) {
    // A per-kg rate travels only with the weight it multiplies: the OBX sends the actual weight.
    const perKg = rate.unit.includes('/kg/');
    if (!perKg || plan.dosingWeight.basis === 'actual') return { dose: rate, isAmount: false };
  }
  return { dose: amount, isAmount: true };
}

/** An OBX with a numeric value and unit; `n` is the running OBX set id. */
function obxNm(n: number, id: string, value: string, unit: string): string {
  return ['OBX', String(n), 'NM', id, '', value, unit].join('|');
}

/** The OBX segments of the first step: the pump id and the patient parameters. */
function patientObx(plan: Plan, o: ReadOptions, next: () => number): string[] {
  const p = plan.patient;
  const out = [['OBX', String(next()), '', term(MDC_TERMS.pump), ...Array<string>(14).fill(''), escapeHl7(o.pumpId)].join('|')];
  out.push(obxNm(next(), term(MDC_TERMS.patientWeight), nm(p.weight, LEN.obx5, ['patient', 'weight']), unitOf(p.weight.unit, o, ['patient', 'weight'])));
  if (p.height !== undefined)
    out.push(obxNm(next(), term(MDC_TERMS.patientHeight), nm(p.height, LEN.obx5, ['patient', 'height']), unitOf(p.height.unit, o, ['patient', 'height'])));
  if (p.bodySurfaceArea !== undefined) {
    const bsa = p.bodySurfaceArea;
    out.push(
      obxNm(next(), term(MDC_TERMS.bodySurfaceArea), nm(bsa, LEN.obx5, ['patient', 'bodySurfaceArea']), unitOf(bsa.unit, o, ['patient', 'bodySurfaceArea'])),
    );
  }
  return out;
}

/** What every step shares. */
interface StepContext {
  readonly plan: Plan;
  readonly agent: AgentDose;
  readonly o: ReadOptions;
  readonly code: string;
  readonly strength: { readonly amount: Quantity; readonly volume: Quantity };
  readonly next: () => number;
}

/** One pump step: RXG, TQ1 when the dose is an amount, RXR, and its OBX segments. */
function stepSegments(segment: RateSegment, i: number, c: StepContext): string[] {
  const { plan, agent, o, strength } = c;
  const at = ['pump', 'segments', i];
  const steps = plan.pump.segments.length;
  const { dose, isAmount } = doseOf(plan, agent, segment);
  const mL = unitOf('mL', o, at);
  // RXG-1..24: step, -, -, give code, VTBI, -, VTBI units, 7 empty (8-14), dose, dose units, strength, units, 4 empty (19-22), drug strength volume, units.
  const rxg = ['RXG', String(i + 1), '', '', c.code, nm(segment.volume, LEN.rxg5, [...at, 'volume']), '', mL, '', '', '', '', '', '', ''];
  rxg.push(nm(dose, LEN.rxg15, [...at, 'dose']), unitOf(dose.unit, o, [...at, 'dose']));
  rxg.push(nm(strength.amount, LEN.rxg17, ['bag', 'amount']), unitOf(strength.amount.unit, o, ['bag', 'amount']), '', '', '', '');
  rxg.push(nm(strength.volume, LEN.rxg23, ['bag', 'finalVolume']), unitOf(strength.volume.unit, o, ['bag', 'finalVolume']));
  const out = [rxg.join('|')];
  if (isAmount) {
    const duration = `${nm(segment.duration, LEN.cq, [...at, 'duration'])}^${unitOf(segment.duration.unit, o, [...at, 'duration'], '&')}`;
    out.push(['TQ1', '1', '', '', '', '', '', '', '', '', '', '', '', duration].join('|'));
  }
  out.push(['RXR', '^IV^HL70162', '', plan.bag.container.kind === 'syringe' ? '^SYR^HL70164' : '^IVP^HL70164', '^IV^HL70165'].join('|'));
  if (i === 0) out.push(...patientObx(plan, o, c.next));
  if (steps > 1) {
    out.push(['OBX', String(c.next()), 'ST', term(MDC_TERMS.stepType), '', segment.kind === 'loading' ? 'loading dose' : 'continuous'].join('|'));
    out.push(obxNm(c.next(), term(MDC_TERMS.totalSteps), String(steps), ''));
  }
  out.push(obxNm(c.next(), term(MDC_TERMS.pumpRate), nm(segment.rate, LEN.obx5, [...at, 'rate']), unitOf(segment.rate.unit, o, [...at, 'rate'])));
  return out;
}

function messageOf(plan: Plan, o: ReadOptions): Pcd03Result {
  const [first, ...rest] = refusalsOf(plan, o);
  if (first !== undefined) return { ok: false, issues: [first, ...rest] };
  const agent = plan.agents[0] as AgentDose;
  let obx = 0;
  const context: StepContext = { plan, agent, o, code: giveCode(plan, agent), strength: strengthOf(plan), next: () => (obx += 1) };
  const msh = ['MSH', '^~\\&', escapeHl7(o.sendingApplication), '', escapeHl7(o.receivingApplication), '', o.messageDateTime, '', 'RGV^O15^RGV_O15'];
  msh.push(escapeHl7(o.messageControlId), 'P', '2.6', '', '', 'AL', 'AL', '', 'UNICODE UTF-8', '', '', PROFILE);
  const segments = [
    msh.join('|'),
    PCD03_PID_PLACEHOLDER,
    `ORC|RE|${escapeHl7(o.orderId)}`,
    ...plan.pump.segments.flatMap((s, i) => stepSegments(s, i, context)),
  ];
  return { ok: true, message: segments.join('\r'), segments };
}

/**
 * Writes the IHE PCD-03 (`RGV^O15`) message content that programs a pump with a single-agent plan.
 *
 * @param plan - A plan from `planInfusion`.
 * @param options - `messageDateTime` (HL7 DTM) and `messageControlId` (required); `orderId`, `pumpId`,
 *   the applications, `units` (`mdc`, the default, or `ucum`) and `allowNotReady`.
 * @returns `{ ok: true, message, segments }` (segments joined by CR; no MLLP framing), or, never thrown,
 *   `{ ok: false, issues }`: `pcd03_multiple_agents`, `pcd03_multiple_additives`, `pcd03_label_ramp`,
 *   `pcd03_value_too_long`, `pcd03_unit_not_coded`, `pcd03_not_ready`, `invalid_options`,
 *   `unknown_key`, `not_a_plan`, the guard's codes, or `internal_error`.
 * @example
 * ```ts
 * const r = planInfusion({ patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
 * if (r.ok) {
 *   const m = toPcd03(r.plan, { messageDateTime: '20260105093000', messageControlId: 'MSG-1', orderId: 'ORD-7' });
 *   if (m.ok) send(m.message.replace(PCD03_PID_PLACEHOLDER, pidSegment)); // MLLP framing is the caller's
 * }
 * ```
 */
export function toPcd03(plan: Plan, options: Pcd03Options): Pcd03Result {
  const result = guard((): Pcd03Result => {
    const tooBig = checkBounds(plan, PLAN_BOUNDS);
    if (tooBig) return { ok: false, issues: [tooBig] };
    const read = readPlan(plan);
    if (!read.ok) return read;
    const opts = snapshot(options, REQUEST_BOUNDS.nodes);
    if (!opts.ok) return opts;
    const optsTooBig = checkBounds(opts.value, REQUEST_BOUNDS);
    if (optsTooBig) return { ok: false, issues: [optsTooBig] };
    const o = readPcd03Options(opts.value);
    if (!o.ok) return o;
    try {
      return messageOf(read.plan, o.options);
    } catch (e) {
      if (e instanceof Pcd03Refusal) return { ok: false, issues: [e.issue] };
      throw e;
    }
  });
  return frozenCopy(result);
}
