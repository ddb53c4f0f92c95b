// Parts of a plan the presenters write (src/present/assemble-*.ts) that no other test read: the notes
// in their order, the container's product id and codes only for a premix, and a lean dosing weight.
// Written from the Stryker survivors and uncovered mutants of src/present.
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, type Catalogue, planInfusion } from '../support/untyped.js';
import { fooLidocaine70, schwartzman70 } from '../support/orders.js';
import { LOCAL_POLICY, builtinAsJson, calculatorOf } from '../support/catalogue-json.js';

const planOf = (input: object, catalogue?: Catalogue) => {
  const r = planInfusion(input, catalogue);
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

describe('the container codes', () => {
  it('a premix whose product lists an empty set of codes names none', () => {
    const productId = (planOf(FOO).bag.container as { productId: string }).productId;
    const cat = builtinAsJson();
    const product = cat['agents'].flatMap((a: { products: { id: string }[] }) => a.products).find((p: { id: string }) => p.id === productId);
    product['codes'] = [];
    const container = planOf(FOO, calculatorOf(cat).catalogue).bag.container;
    expect(Object.keys(container)).toEqual(['kind', 'nominalVolume', 'productId']);
  });
});

describe('the catalogue', () => {
  it('a plan made for no care area has no careArea key', () => {
    expect(Object.keys(planOf(SCHWARTZMAN).catalogue)).toEqual(['id', 'version']);
  });
});

describe('the dosing weight and the weights it was chosen from', () => {
  // 175 cm = 68.897638 in; IBW = 50 + 2.3 x (68.897638 - 60) = 70.464567 kg; BMI at 70 kg = 70 / 1.75^2 = 22.857143.
  it('ideal weight asked for, actual lower (Foo, 70 kg, 175 cm man): the ideal weight and BMI shown, no adjusted or lean', () => {
    expect(planOf(FOO).dosingWeight).toMatchObject({
      value: { value: '70', unit: 'kg' },
      basis: 'actual',
      requestedBasis: 'ideal',
      actual: { value: '70', unit: 'kg' },
      ideal: { value: '70.464567', unit: 'kg' },
      bmi: { value: '22.857143', unit: 'kg/m2' },
    });
    expect(Object.keys(planOf(FOO).dosingWeight)).not.toContain('adjusted');
  });

  it('adjusted weight (IVIG, Goebel 2010, 100 kg, 175 cm man): IBW + 0.4 x (100 - IBW)', () => {
    // 70.4645669 + 0.4 x (100 - 70.4645669) = 70.4645669 + 11.8141732 = 82.2787402 kg; BMI 100 / 1.75^2 = 32.653061.
    const plan = planOf({
      patient: { weight: { value: 100, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' },
      protocol: 'ivig-crps-goebel-2010',
      session: 1,
    });
    expect(plan.dosingWeight).toMatchObject({
      value: { value: '82.27874', unit: 'kg' },
      basis: 'adjusted',
      ideal: { value: '70.464567', unit: 'kg' },
      adjusted: { value: '82.27874', unit: 'kg' },
      bmi: { value: '32.653061', unit: 'kg/m2' },
    });
  });

  it('lean weight (a local rule on Schwartzman, 70 kg, 175 cm man): Janmahasatian', () => {
    // LBW = 9270 x 70 / (6680 + 216 x 22.857143) = 648900 / 11617.142857 = 55.857108 kg.
    const cat = builtinAsJson();
    cat['protocols'].find((p: { id: string }) => p.id === 'ketamine-crps-schwartzman-2009')['weight'] = {
      basis: 'lean',
      reason: 'Local rule (test).',
      source: LOCAL_POLICY,
    };
    const plan = planOf(
      { ...SCHWARTZMAN, patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' } },
      calculatorOf(cat).catalogue,
    );
    expect(plan.dosingWeight).toMatchObject({
      value: { value: '55.857108', unit: 'kg' },
      basis: 'lean',
      lean: { value: '55.857108', unit: 'kg' },
      bmi: { value: '22.857143', unit: 'kg/m2' },
    });
  });
});

describe("the agent's display unit", () => {
  const ketamineWith = (displayUnit: unknown) => {
    const cat = builtinAsJson();
    const ketamine = cat['agents'].find((a: { id: string }) => a.id === 'ketamine');
    if (displayUnit === undefined) delete ketamine['displayUnit'];
    else ketamine['displayUnit'] = displayUnit;
    return planOf(SCHWARTZMAN, calculatorOf(cat).catalogue);
  };

  it('the declared display unit, not the unit the data is written in; the findings in it', () => {
    // The dose rate's findings: 0.35 mg/kg/h x 70 kg = 24.5 mg/h = 24500 mcg/h (the plan's own values stay in mg).
    const plan = ketamineWith({ unit: 'ug', source: LOCAL_POLICY });
    expect(plan.agents[0]?.displayUnit).toBe('ug');
    expect(plan.agents[0]?.doseRate).toEqual({ value: '24.5', unit: 'mg/h' });
    expect(plan.checks.filter((c) => c.observed?.unit === 'ug/h').map((c) => c.observed?.value)).toContain('24500');
  });

  it('with none declared, the unit the data is written in', () => {
    const plan = ketamineWith(undefined);
    expect(plan.agents[0]?.displayUnit).toBe('mg');
    expect(plan.checks.filter((c) => c.observed?.unit === 'mg/h').map((c) => c.observed?.value)).toContain('24.5');
  });
});
