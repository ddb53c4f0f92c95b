// checkPlan with the catalogue re-derives each component of a combination from its own protocol
// record, on a view holding that component only, and writes each disagreement back to where the
// combination plan states it (src/verify/check-plan-combination.ts): the second component's additive
// is bag.additives.1 in the plan (additives.0 in its view), its order agents.1.
import { describe, expect, it } from 'vitest';
import { ketamineMagnesiumBag } from '../support/orders.js';
import { BUILTIN_CATALOGUE, type CombinationPlan, checkPlan, planCombination } from '../support/untyped.js';

const made = planCombination(ketamineMagnesiumBag());
if (!made.ok) throw new Error('the combination should plan');
const edited = (edit: (p: { bag: { additives: { product: { id: string } }[] }; protocols: { id: string }[] }) => void) => {
  const p = JSON.parse(JSON.stringify(made.plan)) as Parameters<typeof edit>[0];
  edit(p);
  const r = checkPlan(p as unknown as CombinationPlan, BUILTIN_CATALOGUE);
  return r.ok ? [] : r.disagreements.map((d) => [d.code, d.path.join('.'), d.message]);
};

describe("a combination's components against their protocol records", () => {
  it('the plan as made agrees', () => {
    expect(checkPlan(made.plan, BUILTIN_CATALOGUE)).toEqual({ ok: true });
  });

  it("the magnesium vial renamed to one the catalogue does not have: found at the plan's second additive", () => {
    expect(
      edited((p) => {
        (p.bag.additives[1] as { product: { id: string } }).product.id = 'magnesium-sulfate-nope';
      }),
    ).toEqual([['product_strength_mismatch', 'bag.additives.1.product.strength', 'The catalogue has no product magnesium-sulfate-nope.']]);
  });

  it("the second component's protocol named as Brill (30 mg/kg over 30 min): its order disagrees, at agents.1", () => {
    expect(
      edited((p) => {
        (p.protocols[1] as { id: string }).id = 'magnesium-phn-brill-2002';
      }),
    ).toEqual([
      ['ordered_total_dose_mismatch', 'agents.1.prescribed.total', "The plan says its total is the protocol's, but the protocol record states 30 mg/kg."],
      ['ordered_total_dose_mismatch', 'agents.1.prescribed.duration', "The plan says its duration is the protocol's, but the protocol record states 30 min."],
    ]);
  });
});

describe("each component's dosing weight is its own agent's", () => {
  it("magnesium's weight stated as 80 kg is named at magnesium's entry (dosingWeights.1), not ketamine's", () => {
    // Both agents dose on actual weight, 70 kg; only the magnesium entry is changed.
    const p = JSON.parse(JSON.stringify(made.plan)) as { dosingWeights: { agent: string; weight: { value: { value: string } } }[] };
    expect(p.dosingWeights.map((w) => w.agent)).toEqual(['ketamine', 'magnesium-sulfate']);
    (p.dosingWeights[1] as (typeof p.dosingWeights)[number]).weight.value.value = '80';
    const r = checkPlan(p as unknown as CombinationPlan, BUILTIN_CATALOGUE);
    const weights = r.ok ? [] : r.disagreements.filter((d) => d.code === 'dosing_weight_mismatch');
    expect(weights.map((d) => [d.path.join('.'), d.recomputed])).toEqual([['dosingWeights.1.weight.value', { value: '70', unit: 'kg' }]]);
    // The same entries listed the other way round are still matched by agent.
    const swapped = JSON.parse(JSON.stringify(made.plan)) as typeof p;
    swapped.dosingWeights.reverse();
    expect(checkPlan(swapped as unknown as CombinationPlan, BUILTIN_CATALOGUE)).toEqual({ ok: true });
  });
});

describe('an agent with no dosing weight of its own', () => {
  it("is named at the plan's list of dosing weights, not guessed from another agent's", () => {
    const p = JSON.parse(JSON.stringify(made.plan)) as { dosingWeights: unknown[] };
    p.dosingWeights = p.dosingWeights.slice(0, 1); // magnesium's entry dropped
    const r = checkPlan(p as unknown as CombinationPlan);
    const found = r.ok ? [] : r.disagreements.filter((d) => d.path.join('.') === 'dosingWeights');
    expect(found.map((d) => [d.code, d.message, d.planValue])).toEqual([['unreadable_quantity', 'Expected a weight quantity here.', null]]);
  });
});
