// Issue 12 item 5: an actuation of 1e-10 mL was accepted and gave 2,000,000,000 sprays a dose
// (20 mg / (100 mg/mL x 1e-10 mL)). A metered nasal pump gives 0.045 to 0.14 mL a spray (trade pages);
// values more than about twice outside that, 0.02 to 0.3 mL, are refused as a slip of unit or decimal.
import { describe, expect, it } from 'vitest';
import { planNasalSpray } from '../support/untyped.js';

const spray = (ml: string) => ({
  concentration: { value: 100, unit: 'mg/mL' },
  actuationVolume: { value: ml, unit: 'mL' },
  dose: { value: 20, unit: 'mg' },
  dosesPerDay: 2,
  bottleVolume: { value: 5, unit: 'mL' },
  maxDailyDose: { value: 40, unit: 'mg' },
  primingActuations: 5,
});

describe('nasal actuation volume bounds (issue 12 item 5)', () => {
  it.each(['0.0000000001', '0.019', '0.31', '100'])('refuses %s mL', (ml) => {
    const r = planNasalSpray(spray(ml));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['actuation_volume_implausible', ['actuationVolume', 'value']]]);
  });

  it('plans at the lower bound, 0.02 mL: 100 mg/mL x 0.02 mL = 2 mg a spray, 20 mg / 2 mg = 10 sprays', () => {
    const r = planNasalSpray(spray('0.02'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.spray.spraysPerDose).toEqual({ value: '10', unit: '{spray}' });
  });

  it('plans the usual 0.1 mL: 10 mg a spray, 2 sprays', () => {
    const r = planNasalSpray(spray('0.1'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.spray.spraysPerDose).toEqual({ value: '2', unit: '{spray}' });
  });
});
