// @ts-check
// Plans session 1 of the Schwartzman CRPS ketamine protocol for a built-in example patient
// (82 kg), and prints the bag mix, the pump settings, the checks and the working.
// Run it with `npm run example`; it imports the package by its published name.
import { planInfusion } from 'infusion-dose';

/** @type {import('infusion-dose').PlanRequest} */
const input = {
  patient: { weight: { value: 82, unit: 'kg' }, height: { value: 178, unit: 'cm' }, sex: 'male', ageYears: 46 },
  protocol: 'ketamine-crps-schwartzman-2009',
  session: 1,
};

const result = planInfusion(input);
if (!result.ok) {
  for (const issue of result.issues) console.error(`${issue.code} at ${issue.path.join('.') || '(input)'}: ${issue.message}`);
  process.exit(2);
}

const { plan } = result;
const q = (/** @type {{ value: string, unit: string }} */ x) => `${x.value} ${x.unit}`;
const lines = [
  `infusion-dose plan: ${plan.protocol.name} (${plan.protocol.id} ${plan.protocol.version})`,
  `catalogue ${plan.catalogue.id} ${plan.catalogue.version}; session ${plan.session.number} of ${plan.session.of} (${plan.session.schedule})`,
  '',
  `Patient: ${q(plan.patient.weight)}; dosing weight ${q(plan.dosingWeight.value)} (${plan.dosingWeight.basis})`,
];
for (const a of plan.agents) {
  lines.push(`${a.name}: prescribed ${a.prescribed.rate ? q(a.prescribed.rate) : q(a.prescribed.total ?? a.totalDose)}`);
  lines.push(`  ordered ${q(a.doseRate)}, ${q(a.totalDose)} for the session`);
  for (const c of a.caps) lines.push(`  cap ${q(c.limit)}: ${c.bound ? `binds (uncapped ${q(c.uncapped)})` : 'does not bind'}`);
  lines.push(`  delivered ${q(a.delivered.doseRate)} (${q(a.delivered.doseRatePerKg)}), ${q(a.delivered.totalDose)}`);
}
lines.push('', 'Bag:');
for (const ad of plan.bag.additives) {
  lines.push(
    `  draw ${q(ad.volume)} of ${ad.product.name} = ${q(ad.amount)} (${ad.containers ?? '?'} container(s); ${ad.leftover ? `${ad.leftover.kind} ${q(ad.leftover.volume)}` : 'leftover unknown'})`,
  );
}
if (plan.bag.diluent) {
  const d = plan.bag.diluent;
  lines.push(`  into ${q(d.nominalVolume)} ${d.name}, ${q(d.withdrawn)} withdrawn first (${plan.bag.additiveVolume})`);
}
lines.push(`  final volume ${q(plan.bag.finalVolume)}; concentration ${plan.bag.concentrations.map((c) => q(c.value)).join(', ')}`);
lines.push('', 'Pump:');
lines.push(`  rate ${q(plan.pump.rate)} (exact ${q(plan.pump.rateExact)}, increment ${q(plan.pump.increment)})`);
lines.push(`  volume to be infused ${q(plan.pump.volumeToBeInfused)} over ${q(plan.pump.duration)}`);
lines.push('', `Status: ${plan.status}`, 'Findings:');
for (const w of result.warnings) lines.push(`  [${w.severity}] ${w.code}${w.acknowledgement ? ' (acknowledged)' : ''}: ${w.message}`);
for (const n of result.notices) lines.push(`  [note] ${n.code}: ${n.message}`);
for (const open of result.needsAcknowledgement) lines.push(`  to acknowledge before use: ${open.code}`);
lines.push('', 'Working:');
for (const t of plan.trace) {
  const r = typeof t.result === 'string' ? t.result : q(t.result);
  lines.push(
    `  ${t.step}: ${r}${t.formula ? `   [${t.formula}]` : ''}${t.rounding ? `   (exact ${q(t.rounding.exact)}, ${t.rounding.mode} to ${q(t.rounding.increment)})` : ''}`,
  );
}
console.log(lines.join('\n'));
