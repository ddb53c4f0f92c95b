// @ts-check
// For pump software: program the pump from the plan's rate segments, then check independently what
// was actually set before starting (here a correct setting, then the wrong-field slip ISMP warns of).
// Run: npm run build && node examples/pump-check.mjs
import { planInfusion, verifyAdministration } from 'infusion-dose';

const result = planInfusion({
  patient: { weight: { value: 70, unit: 'kg' }, height: { value: 178, unit: 'cm' }, sex: 'male' },
  protocol: 'lidocaine-5mgkg-40min',
  session: 1,
  acknowledgements: [
    { code: 'dose_rate_per_kg_above_soft_limit', reason: 'two-rate regimen as published' },
    { code: 'dose_rate_above_soft_limit', reason: 'two-rate regimen as published' },
  ],
});
if (!result.ok) {
  console.error(JSON.stringify(result.issues, null, 2));
  process.exit(2);
}
const { plan } = result;
console.log('Program the pump:');
plan.pump.segments.forEach((s, i) => console.log(`  step ${i + 1}: ${s.rate.value} ${s.rate.unit} for ${s.duration.value} min (${s.volume.value} mL)`));

const bag = {
  ingredients: plan.bag.additives.map((a) => ({ agent: a.agent, amount: a.amount })),
  finalVolume: plan.bag.finalVolume,
};
const first = plan.pump.segments[0];
const firstDoseRate = first?.doses[0]?.doseRate;
if (!first || !firstDoseRate) process.exit(2);
const order = { agent: 'lidocaine', doseRate: firstDoseRate };
const patient = { weight: plan.patient.weight, dosingWeight: plan.dosingWeight.value };

/** @type {[string, import('infusion-dose').QuantityInput][]} */
const settings = [
  ['as planned', first.rate],
  ['dose typed into the rate field', { value: firstDoseRate.value, unit: 'mL/h' }],
];
for (const [label, pumpRate] of settings) {
  const v = verifyAdministration({ bag, pumpRate, patient, order });
  if (!v.ok) {
    console.error(JSON.stringify(v.issues, null, 2));
    process.exit(2);
  }
  console.log(`Check (${label}): ${v.result.status} [${v.result.findings.map((f) => f.code).join(', ')}]`);
}
