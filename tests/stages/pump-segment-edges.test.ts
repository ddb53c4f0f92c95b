/**
 * Issue 16 item 2: a pump segment at the edges of its rounding, each case worked by hand. These pin
 * decimal-method mutants of src/pump/settings.ts and src/compounding/measurable.ts that no other test
 * told apart (proof/decimal-mutants.json): a zero rate, a volume that rounds to exactly what is left,
 * a stated volume already on the increment but more than is left, and a rounded-up rate that gives
 * exactly a minimum duration.
 */
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal/index.js';
import { runSegments } from '../../src/pump/settings.js';

/** 100 mg in 100 mL: 1 mg/mL, so mg = mL and mg/h = mL/h. */
const conc = { mg: dec(100), ml: dec(100) };

describe('runSegments at the edges of rounding', () => {
  it('a rate that rounds to zero runs for 0 h (the pump-range rule refuses it), never an infinite time', () => {
    // 0.04 mL/h to the nearest 0.1 mL/h is 0; the segment takes the 100 mL left; duration 0, not 100 / 0.
    const plan = runSegments([{ kind: 'maintenance', rateExact: dec('0.04') }], conc, dec('0.1'), dec(100));
    expect([plan.main.rate.value.toString(), plan.main.volumeMl.toString(), plan.main.durationH.toString()]).toEqual(['0', '100', '0']);
  });

  it('a volume that rounds to exactly what is left is kept, not rounded down', () => {
    // 99.96 mL to the nearest 0.1 mL is 100.0 mL, which equals the 100 mL left: not more than it, so
    // 100 mL (halfExpand), not the 99.9 mL a needless round-down would give; 100 mL / 50 mL/h = 2 h.
    const plan = runSegments([{ kind: 'maintenance', rateExact: dec(50), volumeExact: dec('99.96') }], conc, dec('0.1'), dec(100));
    const v = plan.main.volume;
    expect([v?.value.toString(), v?.mode, v?.roundedDownForLimit]).toEqual(['100', 'halfExpand', false]);
    expect([plan.main.volumeMl.toString(), plan.durationH.toString(), plan.deliveredMg.toString()]).toEqual(['100', '2', '100']);
  });

  it('a stated volume already on the increment is not reported as rounded down when what is left limits it', () => {
    // 120 mL is already a whole number of 0.1 mL: rounding leaves it at 120 (nothing rounded down);
    // only 100 mL are left, so the segment infuses 100 mL, over 100 / 50 = 2 h.
    const plan = runSegments([{ kind: 'maintenance', rateExact: dec(50), volumeExact: dec(120) }], conc, dec('0.1'), dec(100));
    const v = plan.main.volume;
    expect([v?.value.toString(), v?.mode, v?.roundedDownForLimit]).toEqual(['120', 'halfExpand', false]);
    expect([plan.main.volumeMl.toString(), plan.durationH.toString()]).toEqual(['100', '2']);
  });

  it('a rate rounded up to exactly a minimum duration keeps the nearest rate; a hair more is rounded down', () => {
    // 100 mL at 49.6 mL/h exact; the nearest whole mL/h is 50, and 100 / 50 = 2 h: exactly the 2 h
    // minimum, not below it, so 50 mL/h stays.
    const at = runSegments([{ kind: 'maintenance', rateExact: dec('49.6'), volumeExact: dec(100), minDurationsH: [dec(2)] }], conc, dec(1), dec(100));
    expect([at.main.rate.value.toString(), at.main.rate.roundedDownForLimit, at.durationH.toString()]).toEqual(['50', false, '2']);
    // A minimum of 2.01 h: 100 / 50 = 2 h < 2.01 h while 100 / 49.6 = 2.016 h >= 2.01 h, so floor: 49 mL/h.
    const over = runSegments([{ kind: 'maintenance', rateExact: dec('49.6'), volumeExact: dec(100), minDurationsH: [dec('2.01')] }], conc, dec(1), dec(100));
    expect([over.main.rate.value.toString(), over.main.rate.roundedDownForLimit]).toEqual(['49', true]);
  });
});
