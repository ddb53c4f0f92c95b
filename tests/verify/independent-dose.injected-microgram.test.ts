/**
 * Issue 11 item 9, bug 1 injected in memory: the unit table's microgram factor ten times too large
 * (1 mcg = 0.01 mg instead of 0.001 mg). The planner and checkPlan share that table, so both pass
 * the clonidine plan that draws 1,500 mcg for a 150 mcg order; the independent derivation, with its
 * own factors, does not. The module is replaced for this file only (vi.mock); src is not edited.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/units/index.js', async (importOriginal) => {
  const units = await importOriginal<typeof import('../../src/units/index.js')>();
  return { ...units, mgPer: (u: Parameters<typeof units.mgPer>[0]) => (u === 'ug' ? units.mgPer('ug').mul(10) : units.mgPer(u)) };
});

const { BUILTIN_CATALOGUE, checkPlan, planInfusion } = await import('../support/untyped.js');
const { independentDisagreements } = await import('../support/independent-dose.js');

describe('a wrong microgram factor in the unit table', () => {
  it('clonidine 150 mcg: the planner draws 10 mL (1.5 mg), checkPlan passes it, the independent derivation refuses it', () => {
    const input = { patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'clonidine-iv-150-300', session: 1, dose: { total: { value: 150, unit: 'ug' } } };
    const r = planInfusion(input);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    // 150 "mcg" x 0.01 = 1.5 mg; 1.5 mg / 0.15 mg/mL = 10 mL: ten ampoules' worth, 1,500 mcg.
    expect(r.plan.bag.additives[0]?.volume).toEqual({ value: '10', unit: 'mL' });
    expect(r.plan.status).toBe('ready');
    expect(checkPlan(r.plan)).toEqual({ ok: true });
    // checkPlan reads units through the same table, so even with the catalogue it cannot see this
    // (README: what checkPlan takes on trust); only the test suite's own factors do.
    expect(checkPlan(r.plan, BUILTIN_CATALOGUE)).toEqual({ ok: true });
    const found = independentDisagreements(input, r.plan, BUILTIN_CATALOGUE);
    // Own factors: 10 mL x 0.15 mg/mL = 1.5 mg against 150 x 1/1000 = 0.15 mg ordered (one 0.1 mL step x 0.15 = 0.015 mg slack).
    expect(found).toContain(
      'bag amount against the ordered session dose (mg): the plan states 1.500000, the independent derivation gives 0.150000 (tolerance 0.015001)',
    );
  });
});
