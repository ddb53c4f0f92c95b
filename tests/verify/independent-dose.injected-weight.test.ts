/**
 * Issue 11 item 9, bug 2 injected in memory: the dosing-weight choice uses actual weight where the
 * protocol asks for ideal weight. The plan is internally consistent, so checkPlan passes it; the
 * independent derivation works Devine's ideal weight out itself and does not, nor does checkPlan
 * given the catalogue (it re-derives the dosing weight from the recorded patient). The module is
 * replaced for this file only (vi.mock); src is not edited.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/patient/weights.js', async (importOriginal) => {
  const weights = await importOriginal<typeof import('../../src/patient/weights.js')>();
  return {
    ...weights,
    chooseDosingWeight: (...[rule, body]: Parameters<typeof weights.chooseDosingWeight>) =>
      weights.chooseDosingWeight(rule.basis === 'ideal' ? { ...rule, basis: 'actual' } : rule, body),
  };
});

const { BUILTIN_CATALOGUE, checkPlan, planInfusion } = await import('../support/untyped.js');
const { independentDisagreements } = await import('../support/independent-dose.js');

describe('actual weight instead of ideal weight for lidocaine', () => {
  it('Foo 2021, 100 kg, 170 cm man: the plan doses on 100 kg, checkPlan passes it, the independent derivation refuses it', () => {
    const input = {
      patient: { weight: { value: 100, unit: 'kg' }, height: { value: 170, unit: 'cm' }, sex: 'male' },
      protocol: 'lidocaine-perioperative-foo-2021',
      session: 1,
      dose: { duration: { value: 2, unit: 'h' } },
    };
    const r = planInfusion(input);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    // 1.5 mg/kg/h x 100 kg = 150 mg/h -> the 120 mg/h cap binds.
    expect(r.plan.dosingWeight.value).toEqual({ value: '100', unit: 'kg' });
    expect(r.plan.agents[0]?.doseRate).toEqual({ value: '120', unit: 'mg/h' });
    expect(checkPlan(r.plan)).toEqual({ ok: true });
    // checkPlan given the catalogue re-derives the weight from the recorded patient and refuses it too.
    const withCatalogue = checkPlan(r.plan, BUILTIN_CATALOGUE);
    expect(withCatalogue.ok ? [] : withCatalogue.disagreements.map((x) => [x.code, x.recomputed])).toContainEqual([
      'dosing_weight_mismatch',
      { value: '65.937008', unit: 'kg' },
    ]);
    const found = independentDisagreements(input, r.plan, BUILTIN_CATALOGUE);
    // IBW = 50 + 2.3 x (170 / 2.54 - 60) = 65.937008 kg; 1.5 x 65.937008 = 98.905512 mg/h.
    expect(found[0]).toBe('dosing weight (kg): the plan states 100.000000, the independent derivation gives 65.937008 (tolerance 0.000001)');
    expect(found.some((x) => x.startsWith('ordered dose rate (mg/h): the plan states 120.000000, the independent derivation gives 98.905512'))).toBe(true);
  });
});
