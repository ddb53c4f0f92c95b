/**
 * Issue 16 item 2: the residual rule (`preparation.residual` in src/rules/table.ts), worked by hand:
 * what stays in the bag is its final volume less what the pump is set to infuse, and a bag run to
 * empty has no residual note. Pins a decimal-method mutant of that rule (proof/decimal-mutants.json).
 */
import { describe, expect, it } from 'vitest';
import { planInfusion } from '../support/untyped.js';

const residual = (r: ReturnType<typeof planInfusion>) =>
  r.ok ? r.plan.checks.filter((c) => c.code === 'residual_in_container').map((c) => c.observed?.value) : ['refused'];

describe('the residual in the bag', () => {
  it('is the final volume less the volume to be infused: dexmedetomidine, 70 kg, 1.2 mcg/kg/h for 2 h', () => {
    // 400 mcg in 100 mL = 4 mcg/mL. Loading 1 mcg/kg x 70 kg = 70 mcg = 17.5 mL; maintenance
    // 1.2 x 70 = 84 mcg/h x 2 h = 168 mcg = 42 mL; infused 17.5 + 42 = 59.5 mL; left 100 - 59.5 = 40.5 mL.
    const r = planInfusion({
      patient: { weight: { value: 70, unit: 'kg' } },
      protocol: 'dexmedetomidine-procedural-label',
      session: 1,
      dose: { duration: { value: 2, unit: 'h' }, rate: { value: 1.2, unit: 'ug/kg/h' } },
      acknowledgements: [{ code: 'dose_rate_per_kg_above_soft_limit', reason: 'procedural sedation, reviewed' }],
    });
    expect(residual(r)).toEqual(['40.5']);
  });

  it('is not noted when the whole bag is infused: Schwartzman, 100 mL over 4 h at 25 mL/h', () => {
    // 25 mL/h x 4 h = 100 mL = the whole bag: nothing left.
    const r = planInfusion({
      patient: { weight: { value: 82, unit: 'kg' }, height: { value: 178, unit: 'cm' }, sex: 'male', ageYears: 46 },
      protocol: 'ketamine-crps-schwartzman-2009',
      session: 1,
    });
    expect(residual(r)).toEqual([]);
  });
});
