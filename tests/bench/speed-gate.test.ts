// Issue 15 item 5: a speed regression gate that does not depend on the machine. A Schwartzman plan
// (82 kg, session 1) and the same arithmetic in plain floats (bench/throughput.mjs) take turns in short
// slices in this process; the gate is the median over rounds of (floor calls per CPU second) / (plans
// per CPU second), i.e. how many plain-float calculations one plan costs. Measured with
// `node bench/gate-ratio.mjs` (the same measurement on the built package): about 3,000 on an idle
// machine and 6,000 to 9,500 with the machine's two cores loaded about six times over (a plan touches
// memory, the floor does not, so load slows the plan more). GATE_RATIO is 30,000: ten times the idle
// figure and three times the loaded one, so that it does not fail on a busy machine but does on a plan
// that became several times slower (a quadratic step, an eager re-parse of the catalogue per plan).
import { describe, expect, it } from 'vitest';
import { interleave, median, schwartzmanFloats } from '../../bench/throughput.mjs';
import { planInfusion } from '../../src/index.js';

const GATE_RATIO = 30_000;
const INPUT = { patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 } as const;

describe('speed gate', () => {
  it(`a Schwartzman plan costs fewer than ${GATE_RATIO.toLocaleString('en-US')} plain-float calculations`, () => {
    const planned = planInfusion(INPUT);
    expect(planned.ok && planned.plan.pump.rate.value).toBe('25');
    // The floor computes the same plan: 0.35 x 82 = 28.7 mg/h, capped to 25 mg/h; 25 x 4 = 100 mg =
    // 2 mL of 50 mg/mL; 100 mL over 4 h = 25 mL/h; 240 min.
    expect(schwartzmanFloats(82)).toMatchObject({ doseRate: 25, total: 100, additiveMl: 2, pump: 25, minutes: 240, capBound: true });
    const [plan, floor] = interleave([() => planInfusion(INPUT), () => schwartzmanFloats(82)], { rounds: 5, passes: 4, sliceMs: 20 });
    const ratios = (plan?.perCpuSecond ?? []).map((x, i) => (floor?.perCpuSecond[i] ?? Number.NaN) / x);
    expect(ratios).toHaveLength(5);
    const ratio = median(ratios);
    expect(ratio, `median ratio ${ratio.toFixed(0)} over rounds ${ratios.map((r) => r.toFixed(0)).join(', ')}`).toBeLessThan(GATE_RATIO);
    expect(ratio).toBeGreaterThan(1);
  }, 60_000);
});
