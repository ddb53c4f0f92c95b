// Immune globulin plans never run faster than the product's label maximum (the lower at-risk
// maximum for a patient at risk of thrombosis or renal injury), whatever the weight or rate asked.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { SEED, runs } from '../support/runs.js';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, planInfusion } from '../../src/index.js';

const agent = BUILTIN_CATALOGUE.agents.find((a) => a.id === 'immune-globulin');

/** A ramp value in mg/kg/min. */
function mgKgMin(value: string, unit: string, strength: string): Decimal {
  const perMin = unit.endsWith('/h') ? new Decimal(value).div(60) : new Decimal(value);
  return unit.startsWith('mL') ? perMin.mul(strength) : perMin;
}

describe('immune globulin ramps', () => {
  it('never exceed the product maximum (or the at-risk maximum)', () => {
    let planned = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('ivig-crps-goebel-2010', 'ivig-dpn-jann-2020'),
        fc.integer({ min: 400, max: 2000 }),
        fc.integer({ min: 150, max: 200 }),
        fc.boolean(),
        fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
        (protocol, tenthKg, cm, atRisk, tenthRate) => {
          const r = planInfusion({
            protocol,
            session: 1,
            patient: {
              weight: { value: tenthKg / 10, unit: 'kg' },
              height: { value: cm, unit: 'cm' },
              sex: 'female',
              ...(atRisk ? { risks: ['thrombosis'] } : {}),
            },
            ...(tenthRate === undefined ? {} : { dose: { rate: { value: tenthRate / 10, unit: 'mg/kg/min' } } }),
          });
          if (!r.ok) return;
          planned += 1;
          const product = agent?.products.find((p) => p.id === r.plan.bag.additives[0]?.product.id);
          const ramp = product?.ramp;
          expect(ramp, 'the default products all have a label ramp').toBeDefined();
          if (!ramp || !product) return;
          const max = mgKgMin(atRisk && ramp.maxAtRisk ? ramp.maxAtRisk : ramp.max, ramp.unit, product.strength.value);
          const kg = new Decimal(r.plan.dosingWeight.value.value);
          for (const seg of r.plan.pump.segments) {
            // mg/kg/min = mL/h x mg/mL / kg / 60 (the output rounds kg to 6 places: allow for it).
            const rate = new Decimal(seg.rate.value).mul(product.strength.value).div(kg).div(60);
            expect(rate.lte(max.mul('1.000001')), `${seg.rate.value} mL/h = ${rate.toFixed(4)} mg/kg/min > ${max.toFixed()}`).toBe(true);
          }
        },
      ),
      { numRuns: runs(1000), seed: SEED },
    );
    expect(planned, 'at least 30% of the generated inputs make a plan').toBeGreaterThan(runs(1000) * 0.3);
  });
});
