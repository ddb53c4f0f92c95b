// Issue 11 items 4 and 6: a protocol's fixed values (one value, no range) are the regimen its source
// studied, so a clinician's other value is a soft finding naming the protocol value; a value inside
// a range the protocol states is the source's own, never a tenfold slip. Worked by hand.
import { describe, expect, it } from 'vitest';
import { planCombination, planInfusion } from '../support/untyped.js';

const kg70 = { weight: { value: 70, unit: 'kg' } };
const failed = (r: ReturnType<typeof planInfusion>) => (r.ok ? r.plan.checks.filter((c) => !c.passed && c.severity !== 'info').map((c) => c.code) : []);
const check = (r: ReturnType<typeof planInfusion>, code: string) => (r.ok ? r.plan.checks.find((c) => c.code === code) : undefined);

describe('a fixed protocol value changed by the clinician', () => {
  it('Schwartzman 4 h given as 8 h is a soft finding naming 4 h (the session dose doubles)', () => {
    // [Schwartzman 2009: 0.35 mg/kg/h over 4 h, never above 25 mg/h]
    // 70 kg: 0.35 x 70 = 24.5 mg/h (under the 25 mg/h cap); 4 h -> 98 mg, 8 h -> 196 mg (twice the studied dose).
    const r = planInfusion({ patient: kg70, protocol: 'ketamine-crps-schwartzman-2009', session: 1, dose: { duration: { value: 8, unit: 'h' } } });
    expect(r.ok && r.plan.status).toBe('needs-acknowledgement');
    expect(failed(r)).toEqual(['duration_differs_from_protocol']);
    const c = check(r, 'duration_differs_from_protocol');
    expect([c?.severity, c?.observed, c?.limit]).toEqual(['soft', { value: '8', unit: 'h' }, { value: '4', unit: 'h' }]);
    expect(c?.message).toContain('4 h');
    expect(r.ok && r.plan.agents[0]?.totalDose).toEqual({ value: '196', unit: 'mg' });
  });

  it('the same 4 h stated again passes, and the finding is acknowledged like any soft one', () => {
    const same = planInfusion({ patient: kg70, protocol: 'ketamine-crps-schwartzman-2009', session: 1, dose: { duration: { value: 240, unit: 'min' } } });
    // 240 min = 4 h exactly.
    expect(check(same, 'duration_differs_from_protocol')?.passed).toBe(true);
    expect(same.ok && same.plan.status).toBe('ready');
    const acked = planInfusion({
      patient: kg70,
      protocol: 'ketamine-crps-schwartzman-2009',
      session: 1,
      dose: { duration: { value: 8, unit: 'h' } },
      acknowledgements: [{ code: 'duration_differs_from_protocol', reason: 'Specialist order: 8 h session' }],
    });
    expect(acked.ok && acked.plan.status).toBe('ready');
  });

  it('a fixed session dose (Collins 70 mg/kg) given as 60 mg/kg is a soft finding naming 70 mg/kg', () => {
    // [Collins 2009: 70 mg/kg over 4 h] 60 mg/kg is within a factor of ten, so only this rule sees it.
    const r = planInfusion({ patient: kg70, protocol: 'magnesium-crps-collins-2009', session: 1, dose: { total: { value: 60, unit: 'mg/kg' } } });
    const c = check(r, 'total_differs_from_protocol');
    // Stated in magnesium's display unit, g (issue 13 item 2): 60 mg/kg = 0.06 g/kg, 70 mg/kg = 0.07 g/kg.
    expect([c?.passed, c?.observed, c?.limit]).toEqual([false, { value: '0.06', unit: 'g/kg' }, { value: '0.07', unit: 'g/kg' }]);
    expect(failed(r)).toEqual(['total_differs_from_protocol']);
  });

  it('a fixed absolute dose (Robinson pamidronate 60 mg) given as 90 mg is a soft finding', () => {
    // [Robinson 2004: 60 mg once; label: single dose at most 90 mg, over at least 2 h]
    const r = planInfusion({
      patient: kg70,
      protocol: 'pamidronate-crps-robinson-2004',
      session: 1,
      dose: { total: { value: 90, unit: 'mg' }, duration: { value: 2, unit: 'h' } },
      preparation: { containerVolume: { value: 500, unit: 'mL' } },
    });
    const c = check(r, 'total_differs_from_protocol');
    expect([c?.passed, c?.limit]).toEqual([false, { value: '60', unit: 'mg' }]);
  });

  it('a fixed bag volume (Collins 100 mL) made up in 250 mL is a soft finding naming 100 mL', () => {
    // [Collins 2009: made up to 100 mL with NS, run at 25 mL/h]
    const r = planInfusion({
      patient: kg70,
      protocol: 'magnesium-crps-collins-2009',
      session: 1,
      preparation: { containerVolume: { value: 250, unit: 'mL' } },
    });
    const c = check(r, 'container_volume_differs_from_protocol');
    expect([c?.severity, c?.passed, c?.observed, c?.limit]).toEqual(['soft', false, { value: '250', unit: 'mL' }, { value: '100', unit: 'mL' }]);
    // 0.1 L = 100 mL: the protocol's own volume in another unit passes.
    const same = planInfusion({
      patient: kg70,
      protocol: 'magnesium-crps-collins-2009',
      session: 1,
      preparation: { containerVolume: { value: '0.1', unit: 'L' } },
    });
    expect(check(same, 'container_volume_differs_from_protocol')?.passed).toBe(true);
  });

  it('in a combination bag a fixed duration changed by the clinician is carried over; the shared bag volume is not', () => {
    // Schwartzman 8 h (fixed 4 h) and Collins 8 h (fixed 4 h) share one 250 mL bag: each component's
    // duration departs from its protocol; the 250 mL is the combination's own bag, not a deviation.
    const r = planCombination({
      patient: kg70,
      session: 1,
      components: [
        { protocol: 'ketamine-crps-schwartzman-2009', dose: { duration: { value: 8, unit: 'h' } } },
        { protocol: 'magnesium-crps-collins-2009', dose: { duration: { value: 8, unit: 'h' } } },
      ],
      preparation: { containerVolume: { value: 250, unit: 'mL' } },
    });
    const open = r.ok ? r.plan.checks.filter((c) => !c.passed && c.severity === 'soft').map((c) => c.code) : [];
    expect(open.filter((c) => c === 'duration_differs_from_protocol')).toHaveLength(2);
    expect(open).not.toContain('container_volume_differs_from_protocol');
  });

  it('a range the protocol states is not a fixed value: Sanacora 0.75 mg/kg (range 0.1-0.75) has no such finding', () => {
    const r = planInfusion({ patient: kg70, protocol: 'ketamine-depression-sanacora-2017', session: 1, dose: { total: { value: '0.75', unit: 'mg/kg' } } });
    expect(r.ok && r.plan.checks.some((c) => c.code.endsWith('_differs_from_protocol'))).toBe(false);
  });
});

describe("a protocol's own range is not a tenfold slip", () => {
  it('Sanacora at 3 min (inside Andrade 2-100 min) is not refused as a tenfold short duration', () => {
    // [Andrade 2017: 2-100 min sessions shown safe; usual 40 min] 3 min = 3/40 = 0.075 of the usual,
    // under a tenth, yet inside the protocol's range. 50 kg: 0.5 x 50 = 25 mg = 25 mL at 1 mg/mL;
    // 25 mL / 0.05 h = 500 mL/h (within the default pump maximum).
    const r = planInfusion({
      patient: { weight: { value: 50, unit: 'kg' } },
      protocol: 'ketamine-depression-sanacora-2017',
      session: 1,
      dose: { duration: { value: 3, unit: 'min' } },
    });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues.map((i) => i.code))).toBe(true);
    expect(check(r, 'tenfold_short_duration')?.passed).toBe(true);
    // 25 mg over 0.05 h = 500 mg/h = 10 mg/kg/h, above the 1 mg/kg/h low-dose guideline: still a soft finding.
    expect(failed(r)).toContain('dose_rate_per_kg_above_soft_limit');
  });

  it('below the range the tenfold check still refuses (1 min = 1/40 of the usual, under the 2 min minimum)', () => {
    const r = planInfusion({
      patient: { weight: { value: 50, unit: 'kg' } },
      protocol: 'ketamine-depression-sanacora-2017',
      session: 1,
      dose: { duration: { value: 1, unit: 'min' } },
    });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toContain('tenfold_short_duration');
  });
});
