// @ts-check
// Plans per second for typical single-agent plans, on the built package. Run: npm run bench
import { Bench } from 'tinybench';
import { planInfusion } from 'infusion-dose';

const inputs = {
  'ketamine CRPS (whole bag, cap binds)': {
    patient: { weight: { value: 82, unit: 'kg' } },
    protocol: 'ketamine-crps-schwartzman-2009',
    session: 1,
  },
  'ketamine depression (standard concentration)': {
    patient: { weight: { value: '73.3', unit: 'kg' } },
    protocol: 'ketamine-depression-sanacora-2017',
    session: 1,
  },
  'lidocaine RCH (ideal weight, neat syringe)': {
    patient: { weight: { value: 80, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' },
    protocol: 'lidocaine-chronic-pain-rch',
    session: 1,
    dose: { total: { value: 5, unit: 'mg/kg' }, rate: { value: 60, unit: 'mcg/kg/min' } },
  },
};

for (const [name, input] of Object.entries(inputs)) {
  const r = planInfusion(input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.issues)}`);
}

const bench = new Bench({ time: 1000, warmupTime: 200 });
for (const [name, input] of Object.entries(inputs)) bench.add(name, () => void planInfusion(input));
await bench.run();

console.log(`infusion-dose benchmark, Node ${process.version}, one core`);
for (const task of bench.tasks) {
  const r = task.result;
  if (!r || r.state !== 'completed') {
    console.log(`${task.name}: not completed`);
    continue;
  }
  const hz = r.throughput.mean;
  console.log(`${task.name}: ${Math.round(hz).toLocaleString('en-US')} plans/s (mean ${(r.latency.mean * 1000).toFixed(1)} us, rme ${r.latency.rme.toFixed(1)}%)`);
}
