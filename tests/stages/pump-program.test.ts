/**
 * Issue 16 item 1 (src/stages survivors): which limits the pump stage counts as shortest durations,
 * and when a label ramp sets the pump. Each case is worked by hand; the order is built by hand with
 * only the fields programPump reads.
 */
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal/index.js';
import type { Limit } from '../../src/catalogue/types.js';
import { type PumpOrder, programPump } from '../../src/stages/pump-program.js';

const SOURCE = { citation: 'test limit', grade: 'D', verified: true } as unknown as Limit['source'];
const limit = (bound: 'lower' | 'upper', value: string, unit: string): Limit => ({
  id: `t.${bound}.${unit}`,
  bound,
  severity: 'hard',
  value,
  unit,
  source: SOURCE,
});

/**
 * 5 mg in 100 mL (0.05 mg/mL) as a whole bag over 0.24 h (14.4 min): exact rate 100 / 0.24 = 416.6667 mL/h;
 * the nearest whole mL/h is 417, which runs 100 / 417 = 0.239808 h, shorter than 0.24 h.
 */
function order(limitsInForce: Limit[], extra: Partial<PumpOrder> = {}): PumpOrder {
  const concentration = { mg: dec(5), ml: dec(100) };
  return {
    exact: { phases: undefined, durationMinH: undefined },
    limitsInForce,
    prep: { style: 'whole-bag', finalMl: dec(100), concentration, additive: null, diluent: null },
    ordered: { rateMgH: dec(5).div('0.24'), totalMg: dec(5), durationH: dec('0.24') },
    loading: undefined,
    loadingMg: dec(0),
    ramp: undefined,
    rate: undefined,
    W: dec(70),
    ceilings: { rate: [], total: [] },
    increment: dec(1),
    ...extra,
  } as unknown as PumpOrder;
}

const rateOf = (o: PumpOrder) => {
  const seg = programPump(o).segments[0];
  return seg && [seg.rate.value.toFixed(), seg.rate.roundedDownForLimit];
};

describe('programPump: shortest durations come from lower duration limits only', () => {
  it('a lower duration limit of 0.24 h keeps the rate at 416 mL/h (rounded down for the limit)', () => {
    // 417 mL/h would run 100 / 417 = 0.239808 h < 0.24 h, while the exact 416.6667 mL/h runs 0.24 h (not below),
    // so the rate is floored: 416 mL/h, which runs 100 / 416 = 0.240385 h.
    expect(rateOf(order([limit('lower', '0.24', 'h')]))).toEqual(['416', true]);
  });

  it('the same limit in minutes (14.4 min = 0.24 h) is read in hours', () => {
    // 14.4 / 60 = 0.24 h: the same as above, 416 mL/h.
    expect(rateOf(order([limit('lower', '14.4', 'min')]))).toEqual(['416', true]);
  });

  it('an upper duration limit and a lower limit of another measure are not shortest durations', () => {
    // Upper 0.24 h (a longest duration) and lower 0.24 mg/h (a dose rate, base 0.24): neither is a shortest
    // duration, so the nearest rate stands: 417 mL/h, not rounded down. Counted as a shortest duration, either
    // would floor it to 416 as in the case above.
    expect(rateOf(order([limit('upper', '0.24', 'h')]))).toEqual(['417', false]);
    expect(rateOf(order([limit('lower', '0.24', 'mg/h')]))).toEqual(['417', false]);
  });
});

describe('programPump: a label ramp sets the pump only for a protocol rate', () => {
  // Ramp 0.01 then 0.02 mg/kg/min, each for 0.5 h, then 0.04 mg/kg/min; 70 kg.
  const ramp = { start: dec('0.01'), steps: [dec('0.02')], max: dec('0.04'), everyH: dec('0.5') };

  it('with the protocol rate the pump follows the ramp: start, one step, then the maximum', () => {
    // Start: 0.01 x 70 x 60 = 42 mg/h / 0.05 mg/mL = 840 mL/h for 0.5 h = 420 mL, more than the 100 mL bag,
    // so the bag is empty within the first phase: one phase segment at 840 mL/h.
    const plan = programPump(order([], { ramp, rate: { from: 'protocol' } as unknown as PumpOrder['rate'] }));
    expect(plan.segments.map((s) => [s.kind, s.rate.value.toFixed()])).toEqual([['phase', '840']]);
  });

  it("with the clinician's rate the ramp is not used: one maintenance segment over the bag", () => {
    // The whole bag over the ordered 0.24 h: 416.6667 -> 417 mL/h (no limits), a maintenance segment.
    const plan = programPump(order([], { ramp, rate: { from: 'clinician' } as unknown as PumpOrder['rate'] }));
    expect(plan.segments.map((s) => [s.kind, s.rate.value.toFixed()])).toEqual([['maintenance', '417']]);
  });
});
