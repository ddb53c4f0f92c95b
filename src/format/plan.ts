/**
 * A readable, multi-line summary of a plan of any kind (a single infusion, a combination bag, a
 * nasal spray) for a pharmacist's check.
 *
 * Every number goes through {@link formatQuantity} in ISMP style: `mcg` not `ug`, leading zero, no
 * trailing zero, commas from 1,000 up, a space between number and unit. Each agent's masses are shown
 * in its display unit; values a person sets or measures (pump rate, volume to draw, limits,
 * strengths) are shown with their own digits, derived values at the precision fit for their measure
 * and marked `≈` when rounded (`./agent-display.ts`); inputs are echoed as entered. The text
 * uses words, never `@`, `&`, `+`, `<` or `>`, and never a slash between two doses (ISMP
 * error-prone symbols; sources in `./quantity.ts`). Where the plan rounded (the volume to draw up,
 * the pump rate), the exact value is shown next to the rounded one with the increment and mode.
 *
 * Check messages are prose written by the checks with raw UCUM values (`18 a`, `32000 mg`); each
 * "number unit" pair in a message whose unit is in the closed set is re-displayed through
 * {@link formatQuantity} (a mass in the check's agent's display unit, otherwise digits unchanged),
 * everything else in the message is kept as written.
 *
 * @module
 */
import { deepFreeze } from '../types/freeze.js';
import type { Plan } from '../types/plan.js';
import type { CombinationPlan } from '../plan/combination-types.js';
import type { NasalSprayPlan } from '../nasal/types.js';
import { guard } from '../schema/guard.js';
import type { Issues } from '../types/issues.js';
import { approxText } from './agent-display.js';
import { readAnyPlan } from './plan-kind.js';
import { agentLines, bagLines, basisText, count, findingLines, patientLines, pumpLines, unitsOf } from './plan-sections.js';
import { formatNasalPlan } from './plan-nasal.js';

/** A plan of any kind the library writes. */
export type AnyPlan = Plan | CombinationPlan | NasalSprayPlan;

/** One protocol's heading lines: id, version, indication and source. */
function protocolLines(p: Plan['protocol']): string[] {
  return [
    `Protocol: ${p.id} version ${p.version} (${p.indication})`,
    `  Source: ${p.source.citation} [${p.source.grade}${p.source.verified ? '' : ', unverified'}]`,
  ];
}

/** The catalogue and the session. */
function catalogueLines(plan: Plan | CombinationPlan): string[] {
  return [
    `Catalogue: ${plan.catalogue.id} version ${plan.catalogue.version}${plan.catalogue.careArea !== undefined ? `, care area ${plan.catalogue.careArea}` : ''}`,
    `Session: ${count(plan.session.number)} of ${count(plan.session.of, '{session}')} (${plan.session.schedule})`,
  ];
}

/** The dosing weight with its basis, saying so when the rule fell back from the basis asked for. */
function dosingWeightLines(dw: Plan['dosingWeight'], label = 'Dosing weight'): string[] {
  const requested = dw.requestedBasis === dw.basis ? '' : `; ${basisText(dw.requestedBasis)} was asked for`;
  const lines = [`${label}: ${approxText(dw.value)} (basis: ${basisText(dw.basis)}${requested})`, `  Reason: ${dw.reason}`, `  Formula: ${dw.formula}`];
  const others = [
    ...(dw.ideal !== undefined ? [`ideal ${approxText(dw.ideal)}`] : []),
    ...(dw.adjusted !== undefined ? [`adjusted ${approxText(dw.adjusted)}`] : []),
    ...(dw.lean !== undefined ? [`lean ${approxText(dw.lean)}`] : []),
    ...(dw.bmi !== undefined ? [`BMI ${approxText(dw.bmi)}`] : []),
  ];
  // The other weights are worth a line only when the plan computed some to compare with.
  return others.length > 0 ? [...lines, `  Actual ${approxText(dw.actual)}; ${others.join('; ')}`] : lines;
}

/**
 * Writes a plan as a multi-line summary a pharmacist can check against the order. A single infusion
 * or a combination bag: protocol(s) and catalogue versions, patient (as entered) and dosing
 * weight(s) with the basis, each agent's prescribed, ordered and delivered dose with the caps, the one
 * bag as made up, the pump and its segments (the shared rate of a combination), the findings and the
 * status. A nasal-spray plan: the spray, the dose in sprays, the daily total and the bottle.
 *
 * @param plan - A plan from `planInfusion`, `planCombination` or `planNasalSpray`.
 * @returns The summary, one item a line, ending without a newline; or, never thrown, `{ ok: false,
 *   issues }` for a value that is not a plan (`not_a_plan`), one that cannot be read, or an internal
 *   failure (`internal_error`).
 * @example
 * const r = planInfusion({ patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
 * if (r.ok) console.log(formatPlan(r.plan)); // "... Ordered: dose rate 24.5 mg/h; total 98 mg ..."
 */
export function formatPlan(plan: AnyPlan): string | { readonly ok: false; readonly issues: Issues } {
  const result = guard(() => {
    const read = readAnyPlan(plan);
    if (!read.ok) return read;
    if (read.kind === 'combination') return formatCombinationPlan(read.plan);
    if (read.kind === 'nasal') return formatNasalPlan(read.plan);
    return formatReadPlan(read.plan);
  });
  return typeof result === 'string' ? result : deepFreeze(result);
}

/** The status in capitals, as it opens and closes the summary. */
function statusText(status: Plan['status']): string {
  return status === 'ready' ? 'READY' : 'NEEDS ACKNOWLEDGEMENT';
}

function formatReadPlan(plan: Plan): string {
  // The status opens and closes the summary, so it is seen whichever end is read first.
  const status = statusText(plan.status);
  const unitOf = unitsOf(plan.agents);
  return [
    `Infusion plan: ${plan.protocol.name}`,
    `Status: ${status}`,
    ...protocolLines(plan.protocol),
    ...catalogueLines(plan),
    ...patientLines(plan.patient, plan.trace),
    ...dosingWeightLines(plan.dosingWeight),
    '',
    'Agents',
    ...plan.agents.flatMap((a) => agentLines(a, plan.dosingWeight.value)),
    ...bagLines(plan.bag, unitOf),
    ...pumpLines(plan.pump, unitOf),
    ...findingLines(plan.checks, plan.acknowledgements, unitOf),
    '',
    `Status: ${status}`,
  ].join('\n');
}

function formatCombinationPlan(plan: CombinationPlan): string {
  const status = statusText(plan.status);
  const unitOf = unitsOf(plan.agents);
  const weightOf = (agent: string) => plan.dosingWeights.find((w) => w.agent === agent)?.weight;
  return [
    `Combination plan: ${plan.agents.map((a) => a.name).join(' with ')}, in one bag at one rate`,
    `Status: ${status}`,
    ...plan.protocols.flatMap(protocolLines),
    ...catalogueLines(plan),
    ...patientLines(plan.patient, plan.trace),
    ...plan.dosingWeights.flatMap((w) => dosingWeightLines(w.weight, `Dosing weight for ${w.agent}`)),
    '',
    `Agents (${count(plan.agents.length)} in the one bag)`,
    ...plan.agents.flatMap((a) => agentLines(a, (weightOf(a.agent) ?? plan.dosingWeights[0]?.weight)?.value ?? plan.patient.weight)),
    ...bagLines(plan.bag, unitOf),
    ...pumpLines(plan.pump, unitOf),
    ...findingLines(plan.checks, plan.acknowledgements, unitOf),
    '',
    `Status: ${status}`,
  ].join('\n');
}
