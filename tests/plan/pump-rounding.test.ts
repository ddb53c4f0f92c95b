// Issue 12 item 5: a pump increment cannot change the delivered dose without a word. The increment is
// bounded at the door (at most 1 mL/h), and a rounded rate that moves the ordered dose rate by more than
// 5% is a soft finding; twice the order or more, or half or less, is refused (src/rules/pump-rules.ts).
import { describe, expect, it } from 'vitest';
import { planInfusion } from '../support/untyped.js';

/** Ketamine 0.1 mg/kg/h for 70 kg over the protocol's 4 h: 7 mg/h, 28 mg, in a bag of `ml` mL. */
const ketamine = (ml: number, increment: number) => ({
  patient: { weight: { value: 70, unit: 'kg' } },
  protocol: 'ketamine-clinic-course-2x3',
  session: 1,
  dose: { rate: { value: 0.1, unit: 'mg/kg/h' } },
  preparation: { containerVolume: { value: ml, unit: 'mL' } },
  pump: { increment: { value: increment, unit: 'mL/h' } },
});

describe('pump increment and the delivered dose rate (issue 12 item 5)', () => {
  it('refuses an increment above 1 mL/h: a 49 mL/h step would double a 25 mL/h order', () => {
    const r = planInfusion({
      patient: { weight: { value: 70, unit: 'kg' } },
      protocol: 'ketamine-crps-schwartzman-2009',
      session: 1,
      pump: { increment: { value: 49, unit: 'mL/h' } },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['increment_too_coarse', ['pump', 'increment', 'value']]]);
  });

  it('accepts an increment of exactly 1 mL/h', () => {
    // 28 mg in 50 mL = 0.56 mg/mL; 7 mg/h / 0.56 = 12.5 mL/h, to the nearest 1 mL/h = 13 (+4%, within 5%).
    const r = planInfusion(ketamine(50, 1));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.pump.rate).toEqual({ value: '13', unit: 'mL/h' });
    expect(r.plan.checks.map((c) => c.code)).not.toContain('pump_rounding_beyond_tolerance');
  });

  it('a rounding that moves the dose rate more than 5% is a soft finding', () => {
    // 28 mg in 10 mL = 2.8 mg/mL; 7 mg/h / 2.8 = 2.5 mL/h; halfExpand to 1 mL/h = 3 mL/h;
    // (3 - 2.5) / 2.5 = +20% of the ordered dose rate (8.4 mg/h delivered for 7 mg/h ordered).
    const r = planInfusion(ketamine(10, 1));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.warnings.find((w) => w.code === 'pump_rounding_beyond_tolerance');
    expect(c).toMatchObject({ severity: 'soft', rule: 'pump.rounding', observed: { value: '20', unit: '%' }, limit: { value: '5', unit: '%' } });
    // The 5% tolerance is derived (from the reference rounding convention and the usual pump range), and checked.
    expect([c?.source?.grade, c?.source?.verified]).toEqual(['derived', true]);
    expect(r.plan.status).toBe('needs-acknowledgement');
  });

  it('twice the ordered dose rate is refused, and no acknowledgement clears it', () => {
    // 28 mg in 2 mL = 14 mg/mL; 7 mg/h / 14 = 0.5 mL/h; halfExpand to 1 mL/h = 1 mL/h = 2 x the order.
    const r = planInfusion({ ...ketamine(2, 1), acknowledgements: [{ code: 'pump_rounding_far_from_order', reason: 'pharmacy reviewed' }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code)).toContain('pump_rounding_far_from_order');
    expect(r.issues.find((i) => i.code === 'pump_rounding_far_from_order')?.observed).toEqual({ value: '100', unit: '%' });
    // The refusal points at the dose (the order the pump cannot deliver at this increment).
    expect(r.issues.find((i) => i.code === 'pump_rounding_far_from_order')?.path).toEqual(['dose']);
  });

  it('the default 0.1 mL/h increment on a usual rate gives no finding', () => {
    // 28 mg in 250 mL = 0.112 mg/mL; 7 / 0.112 = 62.5 mL/h, a whole number of 0.1 mL/h steps: no rounding.
    const { pump: _pump, ...input } = ketamine(250, 1);
    const r = planInfusion(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.pump.rate).toEqual({ value: '62.5', unit: 'mL/h' });
    expect(r.plan.checks.map((c) => c.code).filter((c) => c.startsWith('pump_rounding'))).toEqual([]);
  });
});
