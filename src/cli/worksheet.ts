/**
 * A pharmacist's compounding worksheet from a plan: patient, order, protocol and catalogue
 * version, each product and volume to draw, the diluent and any volume withdrawn, the final
 * concentration, the pump settings, the checks and findings, the acknowledgements, and lines for
 * the preparer's and the independent second checker's signatures.
 *
 * Numbers go through `formatQuantity` (ISMP display: leading zero, no trailing zero, mcg, mL),
 * and each is the exact value the plan delivers: nothing is rounded again for display.
 */
import { type Plan, type PlanResult, formatQuantity } from 'infusion-dose';
import { isMultiRate, pumpHeadline } from './headline.js';

type Warnings = Extract<PlanResult, { ok: true }>['warnings'];

function q(x: { readonly value: string; readonly unit: string }): string {
  const r = formatQuantity(x);
  return r.ok ? r.text : `[cannot display ${JSON.stringify(x.value)} ${JSON.stringify(x.unit)}]`;
}

const BASIS: Readonly<Record<string, string>> = {
  actual: 'actual body weight',
  ideal: 'ideal body weight',
  adjusted: 'adjusted body weight',
  lean: 'lean body weight',
};

const RULE = '-'.repeat(78);
const BLANK = '________________________';

function section(title: string): string[] {
  return ['', title.toUpperCase(), RULE];
}

/** The heading: a NOT READY banner when findings are open, then protocol, catalogue and session. */
function headerLines(plan: Plan): string[] {
  return [
    'INFUSION COMPOUNDING WORKSHEET',
    '='.repeat(78),
    ...(plan.status !== 'ready' ? ['*** NOT READY: findings below need acknowledgement before this bag is compounded. ***'] : []),
    `Protocol: ${plan.protocol.name}`,
    `  ${plan.protocol.id} version ${plan.protocol.version}; indication: ${plan.protocol.indication}`,
    `  Source: ${plan.protocol.source.citation} [${plan.protocol.source.grade}]`,
    `Catalogue: ${plan.catalogue.id} version ${plan.catalogue.version}${plan.catalogue.careArea !== undefined ? `; care area ${plan.catalogue.careArea}` : ''}`,
    `Session: ${plan.session.number} of ${plan.session.of} (${plan.session.schedule})`,
  ];
}

/** The patient: blanks for name and MRN (the plan has neither), then the measures the plan used. */
function patientLines(plan: Plan): string[] {
  const p = plan.patient;
  return [
    ...section('Patient'),
    `  Name: ${BLANK}   ID / MRN: ${BLANK}`,
    `  Weight: ${q(p.weight)}`,
    ...(p.height !== undefined ? [`  Height: ${q(p.height)}`] : []),
    ...(p.sex !== undefined ? [`  Sex: ${p.sex}`] : []),
    ...(p.ageYears !== undefined ? [`  Age: ${q(p.ageYears)}`] : []),
    ...(p.bodySurfaceArea !== undefined ? [`  Body-surface area (Mosteller): ${q(p.bodySurfaceArea)}`] : []),
    ...(p.creatinineClearance !== undefined ? [`  Creatinine clearance (Cockcroft-Gault): ${q(p.creatinineClearance)}`] : []),
    `  Dosing weight: ${q(plan.dosingWeight.value)} (${BASIS[plan.dosingWeight.basis] ?? plan.dosingWeight.basis})`,
  ];
}

/** One agent's order: as prescribed, as ordered after the protocol caps, and as delivered. */
function orderLines(a: Plan['agents'][number]): string[] {
  const pr = a.prescribed;
  const parts = [
    ...(pr.loading !== undefined ? [`loading ${q(pr.loading)}`] : []),
    ...(pr.rate !== undefined ? [`rate ${q(pr.rate)}`] : []),
    ...(pr.total !== undefined ? [`total ${q(pr.total)}`] : []),
    ...(pr.duration !== undefined ? [`duration ${q(pr.duration)}`] : []),
  ];
  return [
    `  ${a.name} (${a.agent})`,
    `    Prescribed: ${parts.length > 0 ? parts.join('; ') : 'none stated'}`,
    `    Ordered: dose rate ${q(a.doseRate)}; total ${q(a.orderedDose.total)} for the session${a.totalDose.value === a.orderedDose.total.value ? '' : `; the vials in the bag hold ${q(a.totalDose)}`}`,
    ...a.caps.filter((c) => c.bound).map((c) => `    Protocol cap ${c.id} binds: ${q(c.limit)} (before the cap ${q(c.uncapped)})`),
    `    Delivered as made up and set: ${q(a.delivered.doseRate)} (${q(a.delivered.doseRatePerKg)}); total ${q(a.delivered.totalDose)} (${q(a.delivered.totalDosePerKg)})`,
  ];
}

/** A line of the preparation: a numbered step to tick, or a note under the step before it. */
type PrepLine = { readonly step: string } | { readonly note: string };

/** The container to start from: a premix, a diluent bag (less any volume withdrawn), or an empty one. */
function containerSteps(bag: Plan['bag']): PrepLine[] {
  const d = bag.diluent;
  if (bag.container.kind === 'premix') {
    const id = bag.container.productId !== undefined ? ` [${bag.container.productId}]` : '';
    return [{ step: `Take the premix${id}, ${q(bag.container.nominalVolume)}.` }];
  }
  if (d === null) return [{ step: `Take an empty ${q(bag.container.nominalVolume)} ${bag.container.kind}.` }];
  return [
    {
      step: `Take a ${q(d.nominalVolume)} ${bag.container.kind} of ${d.name} [${d.id}]; overfill ${q(d.overfill)}${d.overfillStated ? '' : ' (not stated; none counted)'}.`,
    },
    ...(bag.additiveVolume === 'withdraw-equal'
      ? [{ step: `Withdraw and discard ${q(d.withdrawn)} of diluent (an equal volume to the additive). Diluent left: ${q(d.volume)}.` }]
      : []),
  ];
}

/** One additive to draw up, with the exact volume beside the measured one and lines to initial. */
function additiveSteps(a: Plan['bag']['additives'][number]): PrepLine[] {
  const containers =
    a.containers === null ? 'container count not in the data' : `open ${a.containers} x ${a.containerVolume !== null ? q(a.containerVolume) : '?'}`;
  return [
    { step: `Draw up ${q(a.volume)} of ${a.product.name} [${a.product.id}], strength ${q(a.product.strength)} = ${q(a.amount)} ${a.agent} (${containers}).` },
    {
      note: `        Volume to draw: ${q(a.volume)} (exact ${q(a.exactVolume)}; measured to ${q(a.rounding.increment)}, ${a.rounding.mode}${a.rounding.roundedDownForLimit ? ', rounded down to stay within a limit' : ''}). Ordered amount ${q(a.orderedAmount)}.`,
    },
    ...(a.leftover !== null
      ? [
          {
            note: `        Leftover: ${q(a.leftover.volume)} (${q(a.leftover.amount)}), ${a.leftover.kind === 'waste' ? 'waste: discard and record' : 'remains in the multi-dose vial'}.`,
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

/** The preparation, step by step, then what the bag holds when made up. */
function preparationLines(bag: Plan['bag']): string[] {
  return [
    ...section('Preparation'),
    ...numberSteps([...containerSteps(bag), ...bag.additives.flatMap(additiveSteps), { step: `Add to the ${bag.container.kind}, mix gently, and label.` }]),
    `  Final volume: ${q(bag.finalVolume)}`,
    ...bag.concentrations.map((c) => `  Final concentration of ${c.agent}: ${q(c.value)}`),
    `  Left in the ${bag.container.kind} when the pump has given its volume: ${q(bag.residualVolume)}`,
  ];
}

/** The pump settings, the exact rate beside the rate set, then each segment. */
function pumpLines(pump: Plan['pump']): string[] {
  return [
    ...section('Pump settings'),
    `  Program: ${pumpHeadline(pump)}`,
    `  ${isMultiRate(pump) ? 'Rate of the last segment' : 'Rate'}: ${q(pump.rate)} (exact ${q(pump.rateExact)}; pump increment ${q(pump.increment)}, ${pump.rounding.mode}${pump.rounding.roundedDownForLimit ? ', rounded down to stay within a limit' : ''})`,
    `  Volume to be infused (VTBI): ${q(pump.volumeToBeInfused)}`,
    `  Duration: ${q(pump.duration)} (ordered ${q(pump.durationOrdered)})`,
    ...pump.segments.map(
      (s, i) =>
        `  Segment ${i + 1} (${s.kind}): ${q(s.rate)} for ${q(s.duration)}, ${q(s.volume)}; ${s.doses.map((x) => `${x.agent} ${q(x.amount)} at ${q(x.doseRate)}`).join('; ')}`,
    ),
  ];
}

/** Premedication and the conditions to confirm before starting; each section only when it has entries. */
function beforeStartingLines(plan: Plan): string[] {
  const adjuncts = plan.adjuncts.map((a) => {
    const dose = a.dose === null ? 'dose per prescriber' : 'min' in a.dose ? `${q(a.dose.min)} to ${q(a.dose.max)}` : q(a.dose);
    return `  ${a.drug} ${dose} ${a.route}, ${a.when}${a.optional ? ' (optional)' : ''}`;
  });
  const requirements = plan.requirements.map((r) => `  [${r.confirmed === true ? 'x' : ' '}] ${r.text}${r.confirmed === false ? ' (NOT MET)' : ''}`);
  return [
    ...(adjuncts.length > 0 ? [...section('Premedication and adjuncts'), ...adjuncts] : []),
    ...(requirements.length > 0 ? [...section('Before starting'), ...requirements] : []),
  ];
}

/** The status, the checks passed, and each warning with its acknowledgement if one was given. */
function findingLines(plan: Plan, warnings: Warnings): string[] {
  const passed = plan.checks.filter((c) => c.passed).length;
  return [
    ...section('Checks and findings'),
    `  Status: ${plan.status === 'ready' ? 'READY' : 'NEEDS ACKNOWLEDGEMENT'}`,
    `  Checks passed: ${passed} of ${plan.checks.length}`,
    ...(warnings.length === 0 ? ['  No findings.'] : []),
    ...warnings.map((w) => {
      const acked = w.acknowledgement !== undefined ? ` (acknowledged: ${w.acknowledgement.reason})` : '';
      return `  [${w.severity.toUpperCase()}] ${w.code}${acked}: ${w.message}`;
    }),
  ];
}

/** The acknowledgements, then blanks for the preparer, the second checker and the time. */
function signOffLines(plan: Plan): string[] {
  return [
    ...section('Acknowledgements'),
    ...(plan.acknowledgements.length === 0 ? ['  None.'] : []),
    ...plan.acknowledgements.map((a) => `  ${a.code}: ${a.reason}`),
    ...section('Sign-off'),
    `  Prepared by ${BLANK}`,
    `  Checked by (second checker) ${BLANK}`,
    `  Date/time ${BLANK}`,
  ];
}

/**
 * Renders the worksheet.
 *
 * @param plan - A plan from `planInfusion`.
 * @param warnings - The plan's warnings (failed checks), from the same result.
 * @returns The worksheet as text, newline-terminated.
 */
export function renderWorksheet(plan: Plan, warnings: Warnings): string {
  const lines = [
    ...headerLines(plan),
    ...patientLines(plan),
    ...section('Order'),
    ...plan.agents.flatMap(orderLines),
    ...preparationLines(plan.bag),
    ...pumpLines(plan.pump),
    ...beforeStartingLines(plan),
    ...findingLines(plan, warnings),
    ...signOffLines(plan),
  ];
  return `${lines.join('\n')}\n`;
}
