/**
 * The sections a single-infusion plan and a combination plan share in {@link formatPlan}: the
 * patient, each agent's dose, the one bag, the pump and the findings. Every agent's masses are shown
 * in its display unit, measures at the precision fit for them (`./agent-display.ts`).
 *
 * @module
 */
import type { Additive, AgentDose, Check, Plan, RateSegment, TraceStep } from '../types/plan.js';
import type { Quantity } from '../units/index.js';
import { approxText, displayProse, enteredText, exactText, type DisplayMass } from './agent-display.js';

/** Each agent's display unit, by agent id; `undefined` for an id the plan does not hold. */
export type UnitOf = (agent: string | undefined) => DisplayMass | undefined;

/**
 * The display unit of each agent of a plan; a check without an agent takes the unit of a plan's one
 * agent (a single-infusion plan's checks are all about that agent).
 */
export function unitsOf(agents: readonly AgentDose[]): UnitOf {
  const units = new Map<string, DisplayMass>();
  for (const a of agents) if (a.displayUnit !== undefined) units.set(a.agent, a.displayUnit);
  const only = agents.length === 1 ? agents[0]?.displayUnit : undefined;
  return (agent) => (agent === undefined ? only : units.get(agent));
}

/** A bare count (containers, session numbers) through the same formatter (UCUM unity `1`). */
export function count(n: number, unit: '1' | '{session}' = '1'): string {
  return exactText({ value: String(n), unit });
}

/** The value as entered, from the plan's trace step that converted it (`patient.weight`, `patient.height`). */
export function entered(trace: readonly TraceStep[] | undefined, step: string, input: string): Quantity | undefined {
  // A combination plan's trace names each component's steps `protocol:step`; the patient is the same in each.
  const found = (trace ?? []).find((s) => s.step === step || s.step.endsWith(`:${step}`))?.inputs?.[input];
  return typeof found === 'object' && found !== null ? found : undefined;
}

const BASIS_TEXT: Readonly<Record<string, string>> = {
  actual: 'actual body weight',
  ideal: 'ideal body weight',
  adjusted: 'adjusted body weight',
  lean: 'lean body weight',
};

/** The weight basis in words. */
export function basisText(basis: string): string {
  return BASIS_TEXT[basis] ?? basis;
}

/** The patient as given (inputs echoed as entered), and the derived measures the plan used. */
export function patientLines(pt: Plan['patient'], trace: readonly TraceStep[] | undefined): string[] {
  return [
    '',
    'Patient',
    `  Weight: ${enteredText(entered(trace, 'patient.weight', 'weight'), pt.weight)}`,
    ...(pt.height !== undefined ? [`  Height: ${enteredText(entered(trace, 'patient.height', 'height'), pt.height)}`] : []),
    ...(pt.sex !== undefined ? [`  Sex: ${pt.sex}`] : []),
    ...(pt.ageYears !== undefined ? [`  Age: ${exactText(pt.ageYears)}`] : []),
    ...(pt.creatinine !== undefined ? [`  Serum creatinine: ${exactText(pt.creatinine)}`] : []),
    ...(pt.bodySurfaceArea !== undefined ? [`  Body-surface area (Mosteller): ${approxText(pt.bodySurfaceArea)}`] : []),
    ...(pt.creatinineClearance !== undefined ? [`  Creatinine clearance (Cockcroft-Gault): ${approxText(pt.creatinineClearance)}`] : []),
  ];
}

/** One agent: prescribed, ordered, delivered and its caps, all in the agent's display unit. */
export function agentLines(a: AgentDose, dosingWeight: Quantity): string[] {
  const u = a.displayUnit;
  const p = a.prescribed;
  const from = (key: string): string => (p.from[key] !== undefined ? ` (${p.from[key]})` : '');
  const prescribed = [
    ...(p.loading !== undefined ? [`loading ${exactText(p.loading, u)}${from('loading')}`] : []),
    ...(p.rate !== undefined ? [`rate ${exactText(p.rate, u)}${from('rate')}`] : []),
    ...(p.total !== undefined ? [`total ${exactText(p.total, u)}${from('total')}`] : []),
    ...(p.duration !== undefined ? [`duration ${exactText(p.duration)}${from('duration')}`] : []),
  ];
  const lines = [`  ${a.name} (${a.agent})`, `    Prescribed: ${prescribed.length > 0 ? prescribed.join('; ') : 'none stated'}`];
  lines.push(`    Ordered: dose rate ${approxText(a.doseRate, u)}; total ${approxText(a.orderedDose.total, u)}`);
  if (a.totalDose.value !== a.orderedDose.total.value || a.totalDose.unit !== a.orderedDose.total.unit)
    lines.push(`    Planned total (what the vials in the bag hold): ${approxText(a.totalDose, u)}`);
  const d = a.delivered;
  lines.push(
    `    Delivered: dose rate ${approxText(d.doseRate, u)} (${approxText(d.doseRatePerKg, u)}); total ${approxText(d.totalDose, u)} (${approxText(d.totalDosePerKg, u)}), at dosing weight ${approxText(dosingWeight)}`,
  );
  for (const cap of a.caps) {
    lines.push(
      `    Cap ${cap.id}: limit ${exactText(cap.limit, u)}, ${cap.bound ? 'BINDS' : 'does not bind'} (before the cap ${approxText(cap.uncapped, u)}; ${cap.source.citation})`,
    );
  }
  return lines;
}

function additiveLines(a: Additive, u: DisplayMass | undefined): string[] {
  const exactNote = a.exactVolume.value === a.volume.value && a.exactVolume.unit === a.volume.unit ? 'exact' : `exact ${exactText(a.exactVolume)}`;
  const leftover = a.leftover;
  return [
    `  Additive: ${a.product.name} [${a.product.id}], strength ${exactText(a.product.strength, u)}, for ${a.agent}`,
    `    Volume to draw up: ${exactText(a.volume)} (${exactNote}; measured to ${exactText(a.rounding.increment)}, ${a.rounding.mode}${a.rounding.roundedDownForLimit ? ', rounded down to stay within a limit' : ''})`,
    `    Amount added: ${approxText(a.amount, u)} (ordered ${approxText(a.orderedAmount, u)})`,
    a.vials !== undefined
      ? `    Whole vials to open: ${a.vials.map((v) => `${count(v.count)} x ${exactText(v.containerVolume)} [${v.product.id}]`).join(' + ')} (${count(a.containers ?? 0)} in all)`
      : `    Containers to open: ${a.containers === null ? 'not known (container size not in the data)' : count(a.containers)}${a.containerVolume !== null ? `, ${exactText(a.containerVolume)} each` : ''}`,
    `    Leftover: ${leftover === null ? 'none stated' : `${approxText(leftover.volume)}, ${approxText(leftover.amount, u)} (${leftover.kind === 'waste' ? 'waste' : 'remains in multi-dose vial'})`}`,
  ];
}

/** The diluent as used, or that there is none (a premix or a neat syringe). */
function diluentLines(d: Plan['bag']['diluent']): string[] {
  if (d === null) return ['  Diluent: none'];
  return [
    `  Diluent: ${d.name} [${d.id}], ${exactText(d.nominalVolume)} nominal, overfill ${exactText(d.overfill)}${d.overfillStated ? '' : ' (not stated, none counted)'}`,
    `    Withdrawn before adding: ${exactText(d.withdrawn)}; diluent in the bag: ${approxText(d.volume)}`,
  ];
}

/** The bag as made up: container, each additive, the diluent, and what it holds when done. */
export function bagLines(bag: Plan['bag'], unitOf: UnitOf): string[] {
  return [
    '',
    `Bag: ${bag.container.kind} of ${exactText(bag.container.nominalVolume)} nominal${bag.container.productId !== undefined ? ` [${bag.container.productId}]` : ''} (${bag.style})`,
    ...bag.additives.flatMap((a) => additiveLines(a, unitOf(a.agent))),
    ...diluentLines(bag.diluent),
    ...(bag.additiveVolume !== null
      ? [`  Additive volume: ${bag.additiveVolume === 'add' ? 'added to the diluent' : 'an equal volume of diluent withdrawn first'}`]
      : []),
    `  Final volume: ${approxText(bag.finalVolume)}`,
    ...bag.concentrations.map((c) => `  Concentration of ${c.agent}: ${approxText(c.value, unitOf(c.agent))}`),
    `  Left in the bag after the pump's volume: ${approxText(bag.residualVolume)}`,
  ];
}

/** One segment: the rate to set, for how long, and each agent's amount and dose rate. */
export function segmentLine(s: RateSegment, i: number, unitOf: UnitOf): string {
  const doses = s.doses.map((d) => `${d.agent} ${approxText(d.amount, unitOf(d.agent))} at ${approxText(d.doseRate, unitOf(d.agent))}`).join('; ');
  return `  Segment ${i + 1} (${s.kind}): ${exactText(s.rate)} for ${approxText(s.duration)}, volume ${approxText(s.volume)}${doses === '' ? '' : `; ${doses}`}`;
}

/** `true` when the pump runs at more than one rate (a loading phase, or a phased regimen). */
export function isMultiRate(pump: Plan['pump']): boolean {
  return new Set(pump.segments.map((s) => `${s.rate.value} ${s.rate.unit}`)).size > 1;
}

/**
 * The pump program in one line, every segment in order (`300 mL/h for 10 min, then 200 mL/h for 30 min`):
 * a headline that named only the last rate would have the bag started at the wrong rate.
 */
export function programLine(pump: Plan['pump']): string {
  if (pump.segments.length === 0) return `${exactText(pump.rate)} for ${approxText(pump.duration)}`;
  return pump.segments.map((s) => `${exactText(s.rate)} for ${approxText(s.duration)}`).join(', then ');
}

/** The pump settings, with the order's exact rate beside the rate the pump can be set to. */
export function pumpLines(pump: Plan['pump'], unitOf: UnitOf): string[] {
  const exactRate = pump.rateExact.value === pump.rate.value && pump.rateExact.unit === pump.rate.unit ? 'exact' : `order ${exactText(pump.rateExact)}`;
  return [
    '',
    'Pump',
    `  Program: ${programLine(pump)}`,
    `  ${isMultiRate(pump) ? 'Rate of the last segment' : 'Rate to set'}: ${exactText(pump.rate)} (${exactRate}; pump increment ${exactText(pump.increment)}, ${pump.rounding.mode}${pump.rounding.roundedDownForLimit ? ', rounded down to stay within a limit' : ''})`,
    `  Volume to be infused: ${approxText(pump.volumeToBeInfused)}`,
    `  Duration: ${approxText(pump.duration)}; ordered ${approxText(pump.durationOrdered)}`,
    `  Pump range: ${exactText(pump.minRate)} to ${exactText(pump.maxRate)}`,
    ...pump.segments.map((s, i) => segmentLine(s, i, unitOf)),
  ];
}

/** One failed check: code, rule, agent, its message and values in the agent's display unit. */
export function checkLine(c: Check, unitOf: UnitOf): string {
  const u = unitOf(c.agent);
  const values = [
    ...(c.observed !== undefined ? [`observed ${exactText(c.observed, u)}`] : []),
    ...(c.limit !== undefined ? [`limit ${exactText(c.limit, u)}`] : []),
  ];
  const ack = c.acknowledgement !== undefined ? ` Acknowledged: ${c.acknowledgement.reason}` : '';
  return `  [${c.severity.toUpperCase()}] ${c.code} (${c.rule}${c.agent !== undefined ? `, ${c.agent}` : ''}): ${displayProse(c.message, u)}${
    values.length > 0 ? ` (${values.join('; ')})` : ''
  }${ack}`;
}

/** The failed checks, the count that passed, and the acknowledgements given. */
export function findingLines(checks: readonly Check[], acknowledgements: Plan['acknowledgements'], unitOf: UnitOf): string[] {
  const findings = checks.filter((c) => !c.passed);
  const passed = checks.length - findings.length;
  return [
    '',
    `Findings: ${count(findings.length)}`,
    ...findings.map((c) => checkLine(c, unitOf)),
    `  Checks passed: ${count(passed)} of ${count(checks.length)}`,
    ...(acknowledgements.length > 0 ? ['Acknowledgements', ...acknowledgements.map((a) => `  ${a.code}: ${a.reason}`)] : []),
  ];
}
