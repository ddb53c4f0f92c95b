// @ts-check
// For pharmacists: a CSV of patients in, one compounding worksheet per patient out.
// Run: npm run build && node examples/pharmacist-batch.mjs examples/data/patients.csv
import { readFileSync } from 'node:fs';
import { formatPlan, planInfusion } from 'infusion-dose';

const file = process.argv[2] ?? new URL('./data/patients.csv', import.meta.url).pathname;
const [header, ...rows] = readFileSync(file, 'utf8')
  .trim()
  .split('\n')
  .map((l) => l.split(','));
if (!header) process.exit(2);
let exit = 0;
for (const row of rows) {
  const r = Object.fromEntries(header.map((h, i) => [h, row[i] ?? '']));
  /** @type {Record<string, unknown>} */
  const input = {
    patient: {
      weight: { value: r['weight_kg'], unit: 'kg' },
      ...(r['height_cm'] ? { height: { value: r['height_cm'], unit: 'cm' } } : {}),
      ...(r['sex'] ? { sex: r['sex'] } : {}),
    },
    protocol: r['protocol'],
    session: Number(r['session']),
    ...(r['rate_mg_per_kg_h'] ? { dose: { rate: { value: r['rate_mg_per_kg_h'], unit: 'mg/kg/h' } } } : {}),
    ...(r['bag_mL'] ? { preparation: { containerVolume: { value: r['bag_mL'], unit: 'mL' } } } : {}),
  };
  console.log(`==== Worksheet ${r['id']} ====`);
  // A CSV row is read by the library's door at run time, which refuses what is not a plan request.
  const result = planInfusion(/** @type {import('infusion-dose').PlanRequest} */ (/** @type {unknown} */ (input)));
  if (!result.ok) {
    exit = 2;
    for (const i of result.issues) console.log(`  REFUSED ${i.code} at ${i.path.join('.')}: ${i.message}`);
    continue;
  }
  console.log(formatPlan(result.plan));
  console.log('Prepared by ____________  Checked by (second checker) ____________  Date/time ____________\n');
}
process.exit(exit);
