// Combination bags: golden case worked by hand, compatibility findings, mismatches, properties.
import fc from 'fast-check';
import { SEED, runs } from '../support/runs.js';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { planCombination } from '../support/untyped.js';

const base = (kg: number, rate = 0.3) => ({
  patient: { weight: { value: kg, unit: 'kg' } },
  session: 1,
  components: [{ protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: rate, unit: 'mg/kg/h' } } }, { protocol: 'magnesium-crps-collins-2009' }],
  preparation: { containerVolume: { value: 250, unit: 'mL' } },
});

describe('planCombination', () => {
  it('ketamine 0.3 mg/kg/h with magnesium 70 mg/kg in one 250 mL bag over 4 h, 70 kg (worked by hand)', () => {
    // Ketamine: 0.3 x 70 = 21 mg/h x 4 h = 84 mg = 0.84 mL of 100 mg/mL (exact; 50 mg/mL gives 1.68 -> 1.7 mL = 85 mg).
    // Magnesium (Collins): 70 x 70 = 4900 mg = 9.8 mL of 500 mg/mL.
    // withdraw-equal: 250 - (0.84 + 9.8) + 10.64 = 250 mL; 250 / 4 h = 62.5 mL/h.
    // Ketamine 84 / 250 = 0.336 mg/mL x 62.5 = 21 mg/h; magnesium 4900 / 250 = 19.6 mg/mL x 62.5 = 1225 mg/h = 1.225 g/h.
    const r = planCombination({ ...base(70), acknowledgements: [{ code: 'compatibility_unknown', reason: 'pharmacy reviewed' }] });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    const p = r.plan;
    expect(p.bag.additives.map((a) => `${a.agent} ${a.volume.value} mL = ${a.amount.value} ${a.amount.unit}`)).toEqual([
      'ketamine 0.84 mL = 84 mg',
      'magnesium-sulfate 9.8 mL = 4.9 g',
    ]);
    expect([p.bag.finalVolume.value, p.bag.diluent?.withdrawn.value, p.pump.rate.value, p.pump.duration.value]).toEqual(['250', '10.64', '62.5', '240']);
    expect(p.bag.concentrations.map((c) => c.value.value)).toEqual(['0.336', '19.6']);
    expect(p.agents.map((a) => `${a.delivered.doseRate.value} ${a.delivered.doseRate.unit}`)).toEqual(['21 mg/h', '1.225 g/h']);
    expect(p.status).toBe('ready');
  });

  it('an unknown pair needs an acknowledgement', () => {
    const r = planCombination(base(70));
    expect(r.ok && r.plan.status).toBe('needs-acknowledgement');
    expect(r.ok && r.warnings.map((w) => w.code)).toContain('compatibility_unknown');
  });

  it('refuses protocols of different durations or preparation styles, with the component index', () => {
    const r = planCombination({
      ...base(70),
      components: [base(70).components[0], { protocol: 'magnesium-phn-brill-2002' }],
    });
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(['combination_mismatch@components.1.protocol']);
    const s = planCombination({ ...base(70), components: [base(70).components[0], { protocol: 'ketamine-depression-sanacora-2017' }] });
    expect(s.ok ? [] : s.issues.map((i) => i.code)).toContain('combination_not_whole_bag');
  });

  it("passes a component's own issues on with its index", () => {
    const r = planCombination({ ...base(70), components: [{ protocol: 'ketamine-clinic-course-2x3' }, { protocol: 'magnesium-crps-collins-2009' }] });
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(['dose_required@components.0.dose.rate']);
  });

  it('agent totals equal the bag contents, and one rate serves all (property)', () => {
    let planned = 0;
    fc.assert(
      fc.property(fc.integer({ min: 500, max: 1300 }), fc.integer({ min: 10, max: 50 }), fc.constantFrom(250, 500, 1000), (tenthKg, hundredthRate, bag) => {
        const r = planCombination({
          ...base(tenthKg / 10, hundredthRate / 100),
          preparation: { containerVolume: { value: bag, unit: 'mL' } },
          acknowledgements: [{ code: 'compatibility_unknown', reason: 'reviewed' }],
        });
        if (!r.ok) return;
        planned += 1;
        const p = r.plan;
        const rate = new Decimal(p.pump.rate.value);
        const final = new Decimal(p.bag.finalVolume.value);
        p.agents.forEach((a, i) => {
          const add = p.bag.additives[i];
          expect(a.delivered.totalDose).toEqual(add?.amount);
          // delivered rate = rate x amount / final (6-place output rounding allowed)
          const expected = rate.mul(add?.amount.value ?? 0).div(final);
          expect(new Decimal(a.delivered.doseRate.value).sub(expected).abs().lte('0.000001')).toBe(true);
        });
        expect(new Decimal(p.pump.duration.value).mul(rate).div(60).sub(final).abs().lte(rate.mul('0.000001'))).toBe(true);
      }),
      { numRuns: runs(300), seed: SEED },
    );
    expect(planned, 'at least a third of the generated bags plan').toBeGreaterThan(runs(300) / 3);
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = planCombination(v);
        expect(r.ok ? true : r.issues.length > 0).toBe(true);
      }),
      { numRuns: runs(500) },
    );
  });
});
