// For teams that validate protocol rules: an institution protocol kept as a JSON file, loaded into a
// calculator with the built-in agents, checked with golden cases worked by hand and a weight sweep.
// Run with the test suite (npm test), or alone: npx vitest run examples/protocol-suite
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator } from 'infusion-dose';

const protocol = JSON.parse(readFileSync(new URL('./st-elsewhere-ketamine.protocol.json', import.meta.url), 'utf8')) as unknown;
const made = createCalculator({
  ...JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)),
  id: 'st-elsewhere',
  version: '2026.4',
  protocols: [protocol],
});
if (!made.ok) throw new Error(JSON.stringify(made.issues));
const calc = made.calculator;
const plan = (kg: number) => calc.planInfusion({ patient: { weight: { value: kg, unit: 'kg' } }, protocol: 'st-elsewhere-ketamine-0.3', session: 1 });

describe('St Elsewhere ketamine 0.3 mg/kg/h, at most 20 mg/h, 4 h in 250 mL', () => {
  it('60 kg: below the cap', () => {
    // 0.3 x 60 = 18 mg/h x 4 h = 72 mg = 0.72 mL of 100 mg/mL (exact; 1.44 mL of 50 mg/mL would be
    // measured as 1.4 mL = 70 mg); 250 mL / 4 h = 62.5 mL/h.
    const r = plan(60);
    expect(r.ok && [r.plan.agents[0]?.doseRate.value, r.plan.bag.additives[0]?.volume.value, r.plan.pump.rate.value]).toEqual(['18', '0.72', '62.5']);
  });
  it('80 kg: the 20 mg/h cap binds', () => {
    // 0.3 x 80 = 24 mg/h > 20 -> 20 mg/h x 4 h = 80 mg: 1.6 mL of 50 mg/mL and 0.8 mL of 100 mg/mL
    // are both exact, and on a tie the first listed vial (50 mg/mL) is used.
    const r = plan(80);
    expect(
      r.ok && [r.plan.agents[0]?.caps[0]?.bound, r.plan.agents[0]?.totalDose.value, r.plan.bag.additives[0]?.product.id, r.plan.bag.additives[0]?.volume.value],
    ).toEqual([true, '80', 'ketamine-50mg-ml-10ml', '1.6']);
  });
  it('sweep 50-130 kg: never above 20 mg/h delivered, never below the order by more than the draw rounding', () => {
    for (let tenth = 500; tenth <= 1300; tenth += 5) {
      const r = plan(tenth / 10);
      if (!r.ok) throw new Error(`${tenth / 10} kg: ${JSON.stringify(r.issues)}`);
      const delivered = Number(r.plan.agents[0]?.delivered.doseRate.value);
      expect(delivered).toBeLessThanOrEqual(20);
      expect(r.plan.pump.rate.value).toBe('62.5');
    }
  });
});
