/**
 * The sections of a compounding worksheet a single-infusion plan and a combination plan share: the
 * order per agent, the preparation step by step, the pump, the findings and the sign-off. Each
 * agent's masses are in its display unit; values a person sets or measures keep their own digits.
 *
 * @module
 */
import type { AgentDose, Check, Plan } from '../types/plan.js';
import { approxText, displayProse, exactText } from './agent-display.js';
import { type UnitOf, isMultiRate, programLine } from './plan-sections.js';

export const RULE = '-'.repeat(78);
export const BLANK = '________________________';

/** A section heading in capitals under a blank line, with a rule below. */
export function section(title: string): string[] {
  return ['', title.toUpperCase(), RULE];
}

/** One agent's order: as prescribed, as ordered after the protocol caps, and as delivered. */
export function orderLines(a: AgentDose): string[] {
  const u = a.displayUnit;
  const pr = a.prescribed;
  const parts = [
    ...(pr.loading !== undefined ? [`loading ${exactText(pr.loading, u)}`] : []),
    ...(pr.rate !== undefined ? [`rate ${exactText(pr.rate, u)}`] : []),
    ...(pr.total !== undefined ? [`total ${exactText(pr.total, u)}`] : []),
    ...(pr.duration !== undefined ? [`duration ${exactText(pr.duration)}`] : []),
  ];
  const held = a.totalDose.value === a.orderedDose.total.value ? '' : `; the vials in the bag hold ${approxText(a.totalDose, u)}`;
  const d = a.delivered;
  return [
    `  ${a.name} (${a.agent})`,
    `    Prescribed: ${parts.length > 0 ? parts.join('; ') : 'none stated'}`,
    `    Ordered: dose rate ${approxText(a.doseRate, u)}; total ${approxText(a.orderedDose.total, u)} for the session${held}`,
    ...a.caps.filter((c) => c.bound).map((c) => `    Protocol cap ${c.id} binds: ${exactText(c.limit, u)} (before the cap ${approxText(c.uncapped, u)})`),
    `    Delivered as made up and set: ${approxText(d.doseRate, u)} (${approxText(d.doseRatePerKg, u)}); total ${approxText(d.totalDose, u)} (${approxText(d.totalDosePerKg, u)})`,
  ];
}

/** A line of the preparation: a numbered step to tick, or a note under the step before it. */
type PrepLine = { readonly step: string } | { readonly note: string };

/** The container to start from: a premix, a diluent bag (less any volume withdrawn), or an empty one. */
function containerSteps(bag: Plan['bag']): PrepLine[] {
  const d = bag.diluent;
  if (bag.container.kind === 'premix') {
    const id = bag.container.productId !== undefined ? ` [${bag.container.productId}]` : '';
    return [{ step: `Take the premix${id}, ${exactText(bag.container.nominalVolume)}.` }];
  }
  if (d === null) return [{ step: `Take an empty ${exactText(bag.container.nominalVolume)} ${bag.container.kind}.` }];
  return [
    {
      step: `Take a ${exactText(d.nominalVolume)} ${bag.container.kind} of ${d.name} [${d.id}]; overfill ${exactText(d.overfill)}${d.overfillStated ? '' : ' (not stated; none counted)'}.`,
    },
    ...(bag.additiveVolume === 'withdraw-equal'
      ? [{ step: `Withdraw and discard ${exactText(d.withdrawn)} of diluent (an equal volume to the additive). Diluent left: ${approxText(d.volume)}.` }]
      : []),
  ];
}

/** One additive to draw up, with the exact volume beside the measured one and lines to initial. */
function additiveSteps(a: Plan['bag']['additives'][number], unitOf: UnitOf): PrepLine[] {
  const u = unitOf(a.agent);
  const containers =
    a.containers === null ? 'container count not in the data' : `open ${a.containers} x ${a.containerVolume !== null ? exactText(a.containerVolume) : '?'}`;
  const rounding = `measured to ${exactText(a.rounding.increment)}, ${a.rounding.mode}${a.rounding.roundedDownForLimit ? ', rounded down to stay within a limit' : ''}`;
  return [
    {
      step: `Draw up ${exactText(a.volume)} of ${a.product.name} [${a.product.id}], strength ${exactText(a.product.strength, u)} = ${approxText(a.amount, u)} ${a.agent} (${containers}).`,
    },
    {
      note: `        Volume to draw: ${exactText(a.volume)} (exact ${exactText(a.exactVolume)}; ${rounding}). Ordered amount ${approxText(a.orderedAmount, u)}.`,
    },
    ...(a.leftover !== null
      ? [
          {
            note: `        Leftover: ${approxText(a.leftover.volume)} (${approxText(a.leftover.amount, u)}), ${a.leftover.kind === 'waste' ? 'waste: discard and record' : 'remains in the multi-dose vial'}.`,
          },
        ]
      : []),
    { note: `        Drawn by: ______  Checked: ______` },
  ];
}

/** Numbers the steps from 1 in order, each with a box to tick; notes keep their own indent. */
function numberSteps(lines: readonly PrepLine[]): string[] {
  let step = 0;
  return lines.map((line) => {
    if ('note' in line) return line.note;
    step += 1;
    return `  [ ] ${step}. ${line.step}`;
  });
}

/** The preparation, step by step (every additive into the one bag), then what the bag holds when made up. */
export function preparationLines(bag: Plan['bag'], unitOf: UnitOf): string[] {
  const steps = [
    ...containerSteps(bag),
    ...bag.additives.flatMap((a) => additiveSteps(a, unitOf)),
    { step: `Add to the ${bag.container.kind}, mix gently, and label.` },
  ];
  return [
    ...section('Preparation'),
    ...numberSteps(steps),
    `  Final volume: ${approxText(bag.finalVolume)}`,
    ...bag.concentrations.map((c) => `  Final concentration of ${c.agent}: ${approxText(c.value, unitOf(c.agent))}`),
    `  Left in the ${bag.container.kind} when the pump has given its volume: ${approxText(bag.residualVolume)}`,
  ];
}

/** The pump settings, the exact rate beside the rate set, then each segment with every agent's dose. */
export function pumpLines(pump: Plan['pump'], unitOf: UnitOf, title = 'Pump settings'): string[] {
  const segment = (s: Plan['pump']['segments'][number], i: number): string => {
    const doses = s.doses.map((x) => `${x.agent} ${approxText(x.amount, unitOf(x.agent))} at ${approxText(x.doseRate, unitOf(x.agent))}`).join('; ');
    return `  Segment ${i + 1} (${s.kind}): ${exactText(s.rate)} for ${approxText(s.duration)}, ${approxText(s.volume)}; ${doses}`;
  };
  return [
    ...section(title),
    `  Program: ${programLine(pump)}`,
    `  ${isMultiRate(pump) ? 'Rate of the last segment' : 'Rate'}: ${exactText(pump.rate)} (exact ${exactText(pump.rateExact)}; pump increment ${exactText(pump.increment)}, ${pump.rounding.mode}${pump.rounding.roundedDownForLimit ? ', rounded down to stay within a limit' : ''})`,
    `  Volume to be infused (VTBI): ${approxText(pump.volumeToBeInfused)}`,
    `  Duration: ${approxText(pump.duration)}; ordered ${approxText(pump.durationOrdered)}`,
    ...pump.segments.map(segment),
  ];
}

/** The status, the checks passed, and each finding with its acknowledgement if one was given. */
export function findingLines(status: Plan['status'], checks: readonly Check[], warnings: readonly Check[], unitOf: UnitOf): string[] {
  const passed = checks.filter((c) => c.passed).length;
  return [
    ...section('Checks and findings'),
    `  Status: ${status === 'ready' ? 'READY' : 'NEEDS ACKNOWLEDGEMENT'}`,
    `  Checks passed: ${passed} of ${checks.length}`,
    ...(warnings.length === 0 ? ['  No findings.'] : []),
    ...warnings.map((w) => {
      const acked = w.acknowledgement !== undefined ? ` (acknowledged: ${w.acknowledgement.reason})` : '';
      return `  [${w.severity.toUpperCase()}] ${w.code}${acked}: ${displayProse(w.message, unitOf(w.agent))}`;
    }),
  ];
}

/** The acknowledgements, then blanks for the preparer, the second checker and the time. */
export function signOffLines(acknowledgements: Plan['acknowledgements']): string[] {
  return [
    ...section('Acknowledgements'),
    ...(acknowledgements.length === 0 ? ['  None.'] : []),
    ...acknowledgements.map((a) => `  ${a.code}: ${a.reason}`),
    ...section('Sign-off'),
    `  Prepared by ${BLANK}`,
    `  Checked by (second checker) ${BLANK}`,
    `  Date/time ${BLANK}`,
  ];
}
