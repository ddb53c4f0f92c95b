// checkPlan on a combination plan: where each finding is written in the combination plan
// (src/verify/check-plan-combination.ts, src/verify/check-plan.ts, src/verify/check-plan-delivered.ts).
// The plan is the ketamine-magnesium bag of tests/support/orders.ts, worked by hand there: 70 kg (both
// agents dose on actual weight), ketamine 0.3 mg/kg/h x 70 = 21 mg/h, magnesium 70 mg/kg x 70 = 4.9 g;
// protocol i doses agent i, dosing weight i is agent i's.
import { describe, expect, it } from 'vitest';
import { ketamineMagnesiumBag } from '../support/orders.js';
import { BUILTIN_CATALOGUE, type CombinationPlan, checkPlan, planCombination } from '../support/untyped.js';

const made = planCombination(ketamineMagnesiumBag());
if (!made.ok) throw new Error('the combination should plan');
const plan = made.plan;

type Loose = Record<string, unknown> & {
  agents: Record<string, unknown>[];
  protocols: Record<string, unknown>[];
  dosingWeights: { weight: { value: { value: string; unit: string } } }[];
  bag: { additives: { product: { id: string } }[] };
  patient: { weight: { value: string; unit: string } };
  pump: Record<string, unknown>;
};
/** checkPlan's answer (with or without the catalogue) on a copy of the plan that `edit` has changed. */
function checkedAfter(edit: (p: Loose) => void, withCatalogue = true) {
  const p = JSON.parse(JSON.stringify(plan)) as Loose;
  edit(p);
  return checkPlan(p as unknown as CombinationPlan, withCatalogue ? BUILTIN_CATALOGUE : undefined);
}
const where = (r: ReturnType<typeof checkPlan>) => (r.ok ? [] : r.disagreements.map((d) => [d.code, d.path.join('.')]));
/** Ketamine's ordered dose rate stated as 22 mg/h (21 by the protocol): a finding of the first component. */
const ketamineRate22 = (p: Loose) => ((p.agents[0] as Record<string, unknown>)['doseRate'] = { value: '22', unit: 'mg/h' });

describe("each component's findings, in the order of the components, at the combination's paths", () => {
  it("ketamine's rate 22 mg/h and magnesium's dosing weight 80 kg: ketamine's finding first, magnesium's weight at its own entry", () => {
    // Magnesium's 80 kg is not the 70 kg actual weight; its per-kg deliveries then differ too (4.9 g / 80 kg =
    // 0.06125 g/kg, stated 0.07; 1.225 g/h / 80 = 0.0153125 g/kg/h, stated 0.0175).
    const r = checkedAfter((p) => {
      ketamineRate22(p);
      (p.dosingWeights[1] as Loose['dosingWeights'][number]).weight.value.value = '80';
    });
    expect(where(r)).toEqual([
      ['delivered_total_dose_per_kg_mismatch', 'agents.1.delivered.totalDosePerKg'],
      ['delivered_dose_rate_per_kg_mismatch', 'agents.1.delivered.doseRatePerKg'],
      ['ordered_dose_rate_mismatch', 'agents.0.doseRate'],
      ['dosing_weight_mismatch', 'dosingWeights.1.weight.value'],
    ]);
  });

  it("ketamine's rate 22 mg/h and magnesium's vial renamed: ketamine's finding first, then magnesium's additive (bag.additives.1)", () => {
    const r = checkedAfter((p) => {
      ketamineRate22(p);
      (p.bag.additives[1] as Loose['bag']['additives'][number]).product.id = 'magnesium-sulfate-nope';
    });
    expect(where(r)).toEqual([
      ['ordered_dose_rate_mismatch', 'agents.0.doseRate'],
      ['product_strength_mismatch', 'bag.additives.1.product.strength'],
    ]);
  });

  it("magnesium's protocol named as one the catalogue does not have: found at protocols.1.id", () => {
    const r = checkedAfter((p) => ((p.protocols[1] as Record<string, unknown>)['id'] = 'magnesium-nope'));
    expect(r.ok ? [] : r.disagreements.map((d) => [d.code, d.path, d.message])).toEqual([
      ['protocol_not_in_catalogue', ['protocols', 1, 'id'], 'The catalogue given has no protocol magnesium-nope (or not its agent).'],
    ]);
  });

  it("the patient's weight in cm: each component names it where the combination states it, at patient.weight", () => {
    const r = checkedAfter((p) => (p.patient.weight.unit = 'cm'));
    const unreadable = ['unreadable_quantity', 'patient.weight'];
    expect(where(r)).toEqual([unreadable, unreadable]);
  });
});

describe('an agent with no protocol of its own', () => {
  it("magnesium's protocol dropped from the list: named at protocols.1, not passed in silence", () => {
    const r = checkedAfter((p) => (p.protocols = p.protocols.slice(0, 1)));
    expect(r.ok ? [] : r.disagreements.map((d) => [d.code, d.path, d.message])).toEqual([
      [
        'protocol_not_in_catalogue',
        ['protocols', 1],
        'The plan lists no protocol for magnesium-sulfate (protocols.1), so its order cannot be re-derived from the catalogue.',
      ],
    ]);
  });
});

describe('an agent with no dosing weight of its own', () => {
  it("magnesium's entry dropped: named once at the list, and ketamine's order still re-derived from the catalogue", () => {
    const r = checkedAfter((p) => {
      ketamineRate22(p);
      p.dosingWeights = p.dosingWeights.slice(0, 1);
    });
    expect(where(r)).toEqual([
      ['unreadable_quantity', 'dosingWeights'],
      ['ordered_dose_rate_mismatch', 'agents.0.doseRate'],
    ]);
  });

  it('both entries dropped: one finding at the list, not one per agent', () => {
    const r = checkedAfter((p) => (p.dosingWeights = []), false);
    expect(r.ok ? [] : r.disagreements).toEqual([
      { code: 'unreadable_quantity', path: ['dosingWeights'], message: 'Expected a weight quantity here.', planValue: null, recomputed: null },
    ]);
  });

  it("ketamine's weight 0 kg: named at its own entry, dosingWeights.0.weight.value", () => {
    const r = checkedAfter((p) => ((p.dosingWeights[0] as Loose['dosingWeights'][number]).weight.value.value = '0'), false);
    expect(r.ok ? [] : r.disagreements.map((d) => [d.code, d.path, d.message])).toEqual([
      ['dosing_weight_not_positive', ['dosingWeights', 0, 'weight', 'value'], 'The dosing weight 0 kg is not above zero, so no per-kg dose can be checked.'],
    ]);
  });
});

describe('a combination plan malformed inside its outline', () => {
  it('pump segments that are not a list: an internal error, with an empty list of disagreements', () => {
    expect(checkedAfter((p) => (p.pump['segments'] = 5), false)).toEqual({
      ok: false,
      disagreements: [],
      issues: [
        {
          code: 'internal_error',
          path: [],
          message: 'Internal error (TypeError): the library failed an invariant on this input. Nothing was planned; please report the input.',
        },
      ],
    });
  });
});
