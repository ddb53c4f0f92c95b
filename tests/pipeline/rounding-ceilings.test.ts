// Issue 16 item 1 (src/pipeline/order-step.ts ceilingsFor): only the agent's UPPER limits are
// ceilings that rounding must not cross. A dose ordered exactly at a lower limit rounds to the nearest
// pump increment, up if that is nearest; a lower limit must not make it round down below itself.
// Worked by hand from the dexmedetomidine label record (maintenance 0.2-1 mcg/kg/h soft, standard
// concentration 4 mcg/mL, pump rate increment 0.1 mL/h).
import { describe, expect, it } from 'vitest';
import { planInfusion } from '../support/untyped.js';

describe('a lower limit is not a rounding ceiling', () => {
  it('dexmedetomidine 0.2 mcg/kg/h at 71 kg: 3.55 mL/h is programmed as 3.6 mL/h, not floored to 3.5', () => {
    // 0.2 mcg/kg/h x 71 kg = 14.2 mcg/h; / 4 mcg/mL = 3.55 mL/h exactly. Half-up to 0.1 mL/h: 3.6 mL/h
    // (14.4 mcg/h = 0.2028 mcg/kg/h, inside the 0.2-1 range). Read as a ceiling, the 0.2 mcg/kg/h lower
    // limit (14.2 mcg/h) would floor the rate to 3.5 mL/h = 14 mcg/h = 0.197 mcg/kg/h, below the range.
    const r = planInfusion({
      patient: { weight: { value: 71, unit: 'kg' } },
      protocol: 'dexmedetomidine-procedural-label',
      session: 1,
      dose: { rate: { value: 0.2, unit: 'ug/kg/h' }, duration: { value: 2, unit: 'h' } },
    });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    expect([r.plan.pump.rateExact, r.plan.pump.rate]).toEqual([
      { value: '3.55', unit: 'mL/h' },
      { value: '3.6', unit: 'mL/h' },
    ]);
    expect(r.plan.pump.rounding).toEqual({ mode: 'halfExpand', roundedDownForLimit: false });
    const lower = r.plan.checks.find((c) => c.rule === 'dexmedetomidine.dose-rate-per-kg.lower-soft');
    expect(lower?.passed).toBe(true);
  });
});
