/**
 * Issue 16 item 1 (src/stages survivors): an overfill is counted as stated only when the request
 * states one; otherwise none is counted and the plan says so (the pharmacist reads "not stated").
 */
import { describe, expect, it } from 'vitest';
import { planInfusion } from '../support/untyped.js';

const request = (overfill?: { value: number; unit: string }) => ({
  patient: { weight: { value: 70, unit: 'kg' } },
  protocol: 'ketamine-clinic-course-2x3',
  session: 1,
  dose: { rate: { value: 0.3, unit: 'mg/kg/h' } },
  preparation: { containerVolume: { value: 250, unit: 'mL' }, ...(overfill ? { overfill } : {}) },
});

describe('the overfill the bag counts', () => {
  it('no overfill in the request: none counted, and marked not stated', () => {
    // Ketamine 0.3 x 70 = 21 mg/h x 4 h = 84 mg = 0.84 mL of 100 mg/mL withdrawn from 250 mL: 250 + 0 - 0.84 = 249.16 mL of diluent.
    const r = planInfusion(request());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d = r.plan.bag.diluent;
    expect(d && [d.overfill.value, d.overfillStated, d.volume.value]).toEqual(['0', false, '249.16']);
  });

  it('10 mL stated: counted, and marked stated', () => {
    // 250 + 10 - 0.84 = 259.16 mL of diluent.
    const r = planInfusion(request({ value: 10, unit: 'mL' }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d = r.plan.bag.diluent;
    expect(d && [d.overfill.value, d.overfillStated, d.volume.value]).toEqual(['10', true, '259.16']);
  });
});
