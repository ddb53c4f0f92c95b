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

/**
 * Renders the worksheet.
 *
 * @param plan - A plan from `planInfusion`.
 * @param warnings - The plan's warnings (failed checks), from the same result.
 * @returns The worksheet as text, newline-terminated.
 */
export function renderWorksheet(plan: Plan, warnings: Warnings): string {
  const L: string[] = [];
  L.push('INFUSION COMPOUNDING WORKSHEET', '='.repeat(78));
  if (plan.status !== 'ready') {
    L.push('*** NOT READY: findings below need acknowledgement before this bag is compounded. ***');
  }
  L.push(`Protocol: ${plan.protocol.name}`);
  L.push(`  ${plan.protocol.id} version ${plan.protocol.version}; indication: ${plan.protocol.indication}`);
  L.push(`  Source: ${plan.protocol.source.citation} [${plan.protocol.source.grade}]`);
  L.push(`Catalogue: ${plan.catalogue.id} version ${plan.catalogue.version}${plan.catalogue.careArea !== undefined ? `; care area ${plan.catalogue.careArea}` : ''}`);
  L.push(`Session: ${plan.session.number} of ${plan.session.of} (${plan.session.schedule})`);

  L.push(...section('Patient'));
  L.push(`  Name: ${BLANK}   ID / MRN: ${BLANK}`);
  const p = plan.patient;
  L.push(`  Weight: ${q(p.weight)}`);
  if (p.height !== undefined) L.push(`  Height: ${q(p.height)}`);
  if (p.sex !== undefined) L.push(`  Sex: ${p.sex}`);
  if (p.ageYears !== undefined) L.push(`  Age: ${q(p.ageYears)}`);
  if (p.bodySurfaceArea !== undefined) L.push(`  Body-surface area (Mosteller): ${q(p.bodySurfaceArea)}`);
  if (p.creatinineClearance !== undefined) L.push(`  Creatinine clearance (Cockcroft-Gault): ${q(p.creatinineClearance)}`);
  L.push(`  Dosing weight: ${q(plan.dosingWeight.value)} (${BASIS[plan.dosingWeight.basis] ?? plan.dosingWeight.basis})`);

  L.push(...section('Order'));
  for (const a of plan.agents) {
    const pr = a.prescribed;
    const parts = [
      ...(pr.loading !== undefined ? [`loading ${q(pr.loading)}`] : []),
      ...(pr.rate !== undefined ? [`rate ${q(pr.rate)}`] : []),
      ...(pr.total !== undefined ? [`total ${q(pr.total)}`] : []),
      ...(pr.duration !== undefined ? [`duration ${q(pr.duration)}`] : []),
    ];
    L.push(`  ${a.name} (${a.agent})`);
    L.push(`    Prescribed: ${parts.length > 0 ? parts.join('; ') : 'none stated'}`);
    L.push(`    Ordered: dose rate ${q(a.doseRate)}; total ${q(a.totalDose)} for the session`);
    for (const c of a.caps) if (c.bound) L.push(`    Protocol cap ${c.id} binds: ${q(c.limit)} (before the cap ${q(c.uncapped)})`);
    L.push(`    Delivered as made up and set: ${q(a.delivered.doseRate)} (${q(a.delivered.doseRatePerKg)}); total ${q(a.delivered.totalDose)} (${q(a.delivered.totalDosePerKg)})`);
  }

  L.push(...section('Preparation'));
  const bag = plan.bag;
  let step = 1;
  const item = (text: string): void => {
    L.push(`  [ ] ${step}. ${text}`);
    step += 1;
  };
  const d = bag.diluent;
  if (bag.container.kind === 'premix') {
    const id = bag.container.productId !== undefined ? ` [${bag.container.productId}]` : '';
    item(`Take the premix${id}, ${q(bag.container.nominalVolume)}.`);
  } else if (d !== null) {
    item(`Take a ${q(d.nominalVolume)} ${bag.container.kind} of ${d.name} [${d.id}]; overfill ${q(d.overfill)}${d.overfillStated ? '' : ' (not stated; none counted)'}.`);
    if (bag.additiveVolume === 'withdraw-equal') item(`Withdraw and discard ${q(d.withdrawn)} of diluent (an equal volume to the additive). Diluent left: ${q(d.volume)}.`);
  } else {
    item(`Take an empty ${q(bag.container.nominalVolume)} ${bag.container.kind}.`);
  }
  for (const a of bag.additives) {
    const containers = a.containers === null ? 'container count not in the data' : `open ${a.containers} x ${a.containerVolume !== null ? q(a.containerVolume) : '?'}`;
    item(`Draw up ${q(a.volume)} of ${a.product.name} [${a.product.id}], strength ${q(a.product.strength)} = ${q(a.amount)} ${a.agent} (${containers}).`);
    L.push(`        Volume to draw: ${q(a.volume)} (exact ${q(a.exactVolume)}; measured to ${q(a.rounding.increment)}, ${a.rounding.mode}${a.rounding.roundedDownForLimit ? ', rounded down to stay within a limit' : ''}). Ordered amount ${q(a.orderedAmount)}.`);
    if (a.leftover !== null) L.push(`        Leftover: ${q(a.leftover.volume)} (${q(a.leftover.amount)}), ${a.leftover.kind === 'waste' ? 'waste: discard and record' : 'remains in the multi-dose vial'}.`);
    L.push(`        Drawn by: ______  Checked: ______`);
  }
  item(`Add to the ${bag.container.kind}, mix gently, and label.`);
  L.push(`  Final volume: ${q(bag.finalVolume)}`);
  for (const c of bag.concentrations) L.push(`  Final concentration of ${c.agent}: ${q(c.value)}`);
  L.push(`  Left in the ${bag.container.kind} when the pump has given its volume: ${q(bag.residualVolume)}`);

  L.push(...section('Pump settings'));
  const pump = plan.pump;
  L.push(`  Rate: ${q(pump.rate)} (exact ${q(pump.rateExact)}; pump increment ${q(pump.increment)}, ${pump.rounding.mode}${pump.rounding.roundedDownForLimit ? ', rounded down to stay within a limit' : ''})`);
  L.push(`  Volume to be infused (VTBI): ${q(pump.volumeToBeInfused)}`);
  L.push(`  Duration: ${q(pump.duration)} (ordered ${q(pump.durationOrdered)})`);
  pump.segments.forEach((s, i) => {
    L.push(`  Segment ${i + 1} (${s.kind}): ${q(s.rate)} for ${q(s.duration)}, ${q(s.volume)}; ${s.doses.map((x) => `${x.agent} ${q(x.amount)} at ${q(x.doseRate)}`).join('; ')}`);
  });

  if (plan.adjuncts.length > 0) {
    L.push(...section('Premedication and adjuncts'));
    for (const a of plan.adjuncts) {
      const dose = a.dose === null ? 'dose per prescriber' : 'min' in a.dose ? `${q(a.dose.min)} to ${q(a.dose.max)}` : q(a.dose);
      L.push(`  ${a.drug} ${dose} ${a.route}, ${a.when}${a.optional ? ' (optional)' : ''}`);
    }
  }
  if (plan.requirements.length > 0) {
    L.push(...section('Before starting'));
    for (const r of plan.requirements) L.push(`  [${r.confirmed === true ? 'x' : ' '}] ${r.text}${r.confirmed === false ? ' (NOT MET)' : ''}`);
  }

  L.push(...section('Checks and findings'));
  L.push(`  Status: ${plan.status === 'ready' ? 'READY' : 'NEEDS ACKNOWLEDGEMENT'}`);
  const passed = plan.checks.filter((c) => c.passed).length;
  L.push(`  Checks passed: ${passed} of ${plan.checks.length}`);
  if (warnings.length === 0) L.push('  No findings.');
  for (const w of warnings) {
    const acked = w.acknowledgement !== undefined ? ` (acknowledged: ${w.acknowledgement.reason})` : '';
    L.push(`  [${w.severity.toUpperCase()}] ${w.code}${acked}: ${w.message}`);
  }

  L.push(...section('Acknowledgements'));
  if (plan.acknowledgements.length === 0) L.push('  None.');
  for (const a of plan.acknowledgements) L.push(`  ${a.code}: ${a.reason}`);

  L.push(...section('Sign-off'));
  L.push(`  Prepared by ${BLANK}`);
  L.push(`  Checked by (second checker) ${BLANK}`);
  L.push(`  Date/time ${BLANK}`);
  return `${L.join('\n')}\n`;
}
