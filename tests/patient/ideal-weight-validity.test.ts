// Issue 12 item 5: an ideal weight is reported only where the Devine formula gives a weight an adult can
// have. Continued below 60 in, the line gave -1.948819 kg for a woman 100 cm tall, and the IVIG adjusted
// weight of her 40 kg was then 14.830709 kg, a plan at a third of her weight with soft findings only.
import { describe, expect, it } from 'vitest';
import { planInfusion } from '../support/untyped.js';

const ivig = (cm: number, kg: number) => ({
  patient: { weight: { value: kg, unit: 'kg' }, height: { value: cm, unit: 'cm' }, sex: 'female', ageYears: 40 },
  protocol: 'ivig-crps-goebel-2010',
  session: 1,
});

describe('ideal weight only where the formula is valid (issue 12 item 5)', () => {
  it('refuses a woman 100 cm tall: Devine gives -1.948819 kg', () => {
    // 100 cm / 2.54 = 39.370079 in; 45.5 + 2.3 x (39.370079 - 60) = 45.5 - 47.448819 = -1.948819 kg.
    const r = planInfusion(ivig(100, 40));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path, i.received])).toEqual([['ideal_weight_not_valid', ['patient', 'height'], '-1.948819 kg']]);
  });

  it('refuses 129 cm: 24.311024 kg is below the lightest adult weight, 25 kg (patient.weight.lower-hard)', () => {
    // 129 / 2.54 = 50.787402 in; 60 - 50.787402 = 9.212598; x 2.3 = 21.188976; 45.5 - 21.188976 = 24.311024 kg.
    const r = planInfusion(ivig(129, 40));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.received])).toEqual([['ideal_weight_not_valid', '24.311024 kg']]);
  });

  it('plans 130 cm: 25.216535 kg is an adult weight, extrapolated below 60 in (a soft finding)', () => {
    // 130 / 2.54 = 51.181102 in; 60 - 51.181102 = 8.818898; x 2.3 = 20.283465; 45.5 - 20.283465 = 25.216535 kg.
    const r = planInfusion(ivig(130, 40));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.dosingWeight.ideal).toEqual({ value: '25.216535', unit: 'kg' });
    expect(r.warnings.map((w) => w.code)).toContain('ibw_extrapolated');
  });

  it('lidocaine by ideal weight at 100 cm is refused with the same code', () => {
    const r = planInfusion({
      patient: { weight: { value: 40, unit: 'kg' }, height: { value: 100, unit: 'cm' }, sex: 'female', ageYears: 40 },
      protocol: 'lidocaine-chronic-pain-rch',
      session: 1,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code)).toEqual(['ideal_weight_not_valid']);
  });
});
