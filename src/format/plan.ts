/**
 * A readable, multi-line summary of a {@link Plan} for a pharmacist's check.
 *
 * Every number goes through {@link formatQuantity} with its default precision, so each line shows
 * exactly the value the plan delivers (no rounding at display), in ISMP style: `mcg` not `ug`,
 * leading zero, no trailing zero, commas from 1,000 up, a space between number and unit. The text
 * uses words, never `@`, `&`, `+`, `<` or `>`, and never a slash between two doses (ISMP
 * error-prone symbols; sources in `./quantity.ts`). Where the plan rounded (the volume to draw up,
 * the pump rate), the exact value is shown next to the rounded one with the increment and mode.
 *
 * Check messages are prose written by the checks with raw UCUM values (`18 a`, `32000 mg`); each
 * "number unit" pair in a message whose unit is in the closed set is re-displayed through
 * {@link formatQuantity} (digits unchanged), everything else in the message is kept as written.
 *
 * @module
 */
import { deepFreeze } from '../types/freeze.js';
import type { Additive, AgentDose, Check, Plan, RateSegment } from '../types/plan.js';
import type { Quantity } from '../units/index.js';
import { formatQuantity } from './quantity.js';
import { guard } from '../schema/guard.js';
import { readPlan } from '../schema/plan-shape.js';
import type { Issues } from '../types/issues.js';

/** A quantity's display text; a quantity outside the closed set is shown loudly, never silently. */
function q(x: Quantity): string {
  const r = formatQuantity(x);
  if (r.ok) return r.text;
  return `[cannot display ${JSON.stringify(x.value)} ${JSON.stringify(x.unit)}: ${r.issues.map((i) => i.code).join(', ')}]`;
}

/** A bare count (containers, session numbers) through the same formatter (UCUM unity `1`). */
function count(n: number, unit: '1' | '{session}' = '1'): string {
  return q({ value: String(n), unit });
}

/**
 * A number followed by a unit code in prose. The single letters `a` (year) and `d` (day) are
 * ordinary words too ("3 a week"), so they count as units only before punctuation or the end.
 */
const NUMBER_UNIT = /(?<![\w.,-])(-?\d+(?:\.\d+)?) ([A-Za-z%{}[\]_0-9]+(?:\/[A-Za-z{}[\]_0-9]+)*)(?=$|[\s.,;:)\]])/g;

/** Re-displays the "number unit" pairs of a message through {@link formatQuantity}; the rest is unchanged. */
function displayProse(text: string): string {
  return text.replace(NUMBER_UNIT, (whole: string, value: string, unit: string, offset: number, all: string) => {
    const after = all.charAt(offset + whole.length);
    if ((unit === 'a' || unit === 'd') && after !== '' && !/[.,;:)\]]/.test(after)) return whole;
    if (unit === '1') return whole;
    const r = formatQuantity({ value, unit });
    return r.ok ? r.text : whole;
  });
}

const BASIS_TEXT: Readonly<Record<string, string>> = {
  actual: 'actual body weight',
  ideal: 'ideal body weight',
  adjusted: 'adjusted body weight',
  lean: 'lean body weight',
};

function agentLines(a: AgentDose, plan: Plan): string[] {
  const lines = [`  ${a.name} (${a.agent})`];
  const p = a.prescribed;
  const from = (key: string): string => (p.from[key] !== undefined ? ` (${p.from[key]})` : '');
  const prescribed = [
    ...(p.loading !== undefined ? [`loading ${q(p.loading)}${from('loading')}`] : []),
    ...(p.rate !== undefined ? [`rate ${q(p.rate)}${from('rate')}`] : []),
    ...(p.total !== undefined ? [`total ${q(p.total)}${from('total')}`] : []),
    ...(p.duration !== undefined ? [`duration ${q(p.duration)}${from('duration')}`] : []),
  ];
  lines.push(`    Prescribed: ${prescribed.length > 0 ? prescribed.join('; ') : 'none stated'}`);
  lines.push(`    Ordered: dose rate ${q(a.doseRate)}; total ${q(a.orderedDose.total)}`);
  if (a.totalDose.value !== a.orderedDose.total.value || a.totalDose.unit !== a.orderedDose.total.unit)
    lines.push(`    Planned total (what the vials in the bag hold): ${q(a.totalDose)}`);
  lines.push(
    `    Delivered: dose rate ${q(a.delivered.doseRate)} (${q(a.delivered.doseRatePerKg)}); total ${q(a.delivered.totalDose)} (${q(a.delivered.totalDosePerKg)}), at dosing weight ${q(plan.dosingWeight.value)}`,
  );
  for (const cap of a.caps) {
    lines.push(
      `    Cap ${cap.id}: limit ${q(cap.limit)}, ${cap.bound ? 'BINDS' : 'does not bind'} (before the cap ${q(cap.uncapped)}; ${cap.source.citation})`,
    );
  }
  return lines;
}

function additiveLines(a: Additive): string[] {
  const lines = [`  Additive: ${a.product.name} [${a.product.id}], strength ${q(a.product.strength)}, for ${a.agent}`];
  const exactNote = a.exactVolume.value === a.volume.value && a.exactVolume.unit === a.volume.unit ? 'exact' : `exact ${q(a.exactVolume)}`;
  lines.push(
    `    Volume to draw up: ${q(a.volume)} (${exactNote}; measured to ${q(a.rounding.increment)}, ${a.rounding.mode}${a.rounding.roundedDownForLimit ? ', rounded down to stay within a limit' : ''})`,
  );
  lines.push(`    Amount added: ${q(a.amount)} (ordered ${q(a.orderedAmount)})`);
  lines.push(
    a.vials !== undefined
      ? `    Whole vials to open: ${a.vials.map((v) => `${count(v.count)} x ${q(v.containerVolume)} [${v.product.id}]`).join(' + ')} (${count(a.containers ?? 0)} in all)`
      : `    Containers to open: ${a.containers === null ? 'not known (container size not in the data)' : count(a.containers)}${a.containerVolume !== null ? `, ${q(a.containerVolume)} each` : ''}`,
  );
  lines.push(
    `    Leftover: ${a.leftover === null ? 'none stated' : `${q(a.leftover.volume)}, ${q(a.leftover.amount)} (${a.leftover.kind === 'waste' ? 'waste' : 'remains in multi-dose vial'})`}`,
  );
  return lines;
}

function segmentLine(s: RateSegment, i: number): string {
  const doses = s.doses.map((d) => `${d.agent} ${q(d.amount)} at ${q(d.doseRate)}`).join('; ');
  return `  Segment ${i + 1} (${s.kind}): ${q(s.rate)} for ${q(s.duration)}, volume ${q(s.volume)}${doses === '' ? '' : `; ${doses}`}`;
}

function checkLine(c: Check): string {
  const values = [...(c.observed !== undefined ? [`observed ${q(c.observed)}`] : []), ...(c.limit !== undefined ? [`limit ${q(c.limit)}`] : [])];
  const ack = c.acknowledgement !== undefined ? ` Acknowledged: ${c.acknowledgement.reason}` : '';
  return `  [${c.severity.toUpperCase()}] ${c.code} (${c.rule}${c.agent !== undefined ? `, ${c.agent}` : ''}): ${displayProse(c.message)}${
    values.length > 0 ? ` (${values.join('; ')})` : ''
  }${ack}`;
}

/** The heading: protocol and catalogue versions and the session, with the status up front. */
function headerLines(plan: Plan, status: string): string[] {
  return [
    `Infusion plan: ${plan.protocol.name}`,
    `Status: ${status}`,
    `Protocol: ${plan.protocol.id} version ${plan.protocol.version} (${plan.protocol.indication})`,
    `  Source: ${plan.protocol.source.citation} [${plan.protocol.source.grade}${plan.protocol.source.verified ? '' : ', unverified'}]`,
    `Catalogue: ${plan.catalogue.id} version ${plan.catalogue.version}${plan.catalogue.careArea !== undefined ? `, care area ${plan.catalogue.careArea}` : ''}`,
    `Session: ${count(plan.session.number)} of ${count(plan.session.of, '{session}')} (${plan.session.schedule})`,
  ];
}

/** The patient as given, and the derived measures the plan used; absent values get no line. */
function patientLines(pt: Plan['patient']): string[] {
  return [
    '',
    'Patient',
    `  Weight: ${q(pt.weight)}`,
    ...(pt.height !== undefined ? [`  Height: ${q(pt.height)}`] : []),
    ...(pt.sex !== undefined ? [`  Sex: ${pt.sex}`] : []),
    ...(pt.ageYears !== undefined ? [`  Age: ${q(pt.ageYears)}`] : []),
    ...(pt.creatinine !== undefined ? [`  Serum creatinine: ${q(pt.creatinine)}`] : []),
    ...(pt.bodySurfaceArea !== undefined ? [`  Body-surface area (Mosteller): ${q(pt.bodySurfaceArea)}`] : []),
    ...(pt.creatinineClearance !== undefined ? [`  Creatinine clearance (Cockcroft-Gault): ${q(pt.creatinineClearance)}`] : []),
  ];
}

/** The dosing weight with its basis, saying so when the rule fell back from the basis asked for. */
function dosingWeightLines(dw: Plan['dosingWeight']): string[] {
  const basis = BASIS_TEXT[dw.basis] ?? dw.basis;
  const requested = dw.requestedBasis === dw.basis ? '' : `; ${BASIS_TEXT[dw.requestedBasis] ?? dw.requestedBasis} was asked for`;
  const lines = [`Dosing weight: ${q(dw.value)} (basis: ${basis}${requested})`, `  Reason: ${dw.reason}`, `  Formula: ${dw.formula}`];
  const others = [
    ...(dw.ideal !== undefined ? [`ideal ${q(dw.ideal)}`] : []),
    ...(dw.adjusted !== undefined ? [`adjusted ${q(dw.adjusted)}`] : []),
    ...(dw.lean !== undefined ? [`lean ${q(dw.lean)}`] : []),
    ...(dw.bmi !== undefined ? [`BMI ${q(dw.bmi)}`] : []),
  ];
  // The other weights are worth a line only when the plan computed some to compare with.
  return others.length > 0 ? [...lines, `  Actual ${q(dw.actual)}; ${others.join('; ')}`] : lines;
}

/** The diluent as used, or that there is none (a premix or a neat syringe). */
function diluentLines(d: Plan['bag']['diluent']): string[] {
  if (d === null) return ['  Diluent: none'];
  return [
    `  Diluent: ${d.name} [${d.id}], ${q(d.nominalVolume)} nominal, overfill ${q(d.overfill)}${d.overfillStated ? '' : ' (not stated, none counted)'}`,
    `    Withdrawn before adding: ${q(d.withdrawn)}; diluent in the bag: ${q(d.volume)}`,
  ];
}

/** The bag as made up: container, each additive, the diluent, and what it holds when done. */
function bagLines(bag: Plan['bag']): string[] {
  return [
    '',
    `Bag: ${bag.container.kind} of ${q(bag.container.nominalVolume)} nominal${bag.container.productId !== undefined ? ` [${bag.container.productId}]` : ''} (${bag.style})`,
    ...bag.additives.flatMap(additiveLines),
    ...diluentLines(bag.diluent),
    ...(bag.additiveVolume !== null
      ? [`  Additive volume: ${bag.additiveVolume === 'add' ? 'added to the diluent' : 'an equal volume of diluent withdrawn first'}`]
      : []),
    `  Final volume: ${q(bag.finalVolume)}`,
    ...bag.concentrations.map((c) => `  Concentration of ${c.agent}: ${q(c.value)}`),
    `  Left in the bag after the pump's volume: ${q(bag.residualVolume)}`,
  ];
}

/** The pump settings, with the order's exact rate beside the rate the pump can be set to. */
function pumpLines(pump: Plan['pump']): string[] {
  const exactRate = pump.rateExact.value === pump.rate.value && pump.rateExact.unit === pump.rate.unit ? 'exact' : `order ${q(pump.rateExact)}`;
  return [
    '',
    'Pump',
    `  Rate to set: ${q(pump.rate)} (${exactRate}; pump increment ${q(pump.increment)}, ${pump.rounding.mode}${pump.rounding.roundedDownForLimit ? ', rounded down to stay within a limit' : ''})`,
    `  Volume to be infused: ${q(pump.volumeToBeInfused)}`,
    `  Duration: ${q(pump.duration)} (ordered ${q(pump.durationOrdered)})`,
    `  Pump range: ${q(pump.minRate)} to ${q(pump.maxRate)}`,
    ...pump.segments.map(segmentLine),
  ];
}

/** The failed checks, the count that passed, and the acknowledgements given. */
function findingLines(plan: Plan): string[] {
  const findings = plan.checks.filter((c) => !c.passed);
  const passed = plan.checks.length - findings.length;
  return [
    '',
    `Findings: ${count(findings.length)}`,
    ...findings.map(checkLine),
    `  Checks passed: ${count(passed)} of ${count(plan.checks.length)}`,
    ...(plan.acknowledgements.length > 0 ? ['Acknowledgements', ...plan.acknowledgements.map((a) => `  ${a.code}: ${a.reason}`)] : []),
  ];
}

/**
 * Writes a plan as a multi-line summary a pharmacist can check against the order: protocol and
 * catalogue versions, patient and dosing weight with its basis, each agent's prescribed, ordered and
 * delivered dose with the caps, the bag as made up, the pump segments, the findings and the status.
 *
 * @param plan - A plan from `planInfusion` (or any {@link Plan}).
 * @returns The summary, one item a line, ending without a newline; or, never thrown, `{ ok: false,
 *   issues }` for a value that is not a single-infusion plan (`not_a_plan`; a combination plan:
 *   `combination_plan_not_supported`), one that cannot be read, or an internal failure (`internal_error`).
 * @example
 * const r = planInfusion({ patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
 * if (r.ok) console.log(formatPlan(r.plan)); // "... Ordered: dose rate 24.5 mg/h; total 98 mg ..."
 */
export function formatPlan(plan: Plan): string | { readonly ok: false; readonly issues: Issues } {
  const result = guard(() => {
    const read = readPlan(plan);
    return read.ok ? formatReadPlan(read.plan) : read;
  });
  return typeof result === 'string' ? result : deepFreeze(result);
}

function formatReadPlan(plan: Plan): string {
  // The status opens and closes the summary, so it is seen whichever end is read first.
  const status = plan.status === 'ready' ? 'READY' : 'NEEDS ACKNOWLEDGEMENT';
  return [
    ...headerLines(plan, status),
    ...patientLines(plan.patient),
    ...dosingWeightLines(plan.dosingWeight),
    '',
    'Agents',
    ...plan.agents.flatMap((a) => agentLines(a, plan)),
    ...bagLines(plan.bag),
    ...pumpLines(plan.pump),
    ...findingLines(plan),
    '',
    `Status: ${status}`,
  ].join('\n');
}
