/**
 * Issue 16 item 1 (Stryker's survivors of src/stages/bag.ts): the bag stage's refusals word for word
 * (unknown product, a diluent not listed for the agent, a named whole-vial size with no stated volume)
 * and which listed product makes the bag when the first cannot. Each expected text is built by hand
 * from the message templates of src/stages/bag.ts and src/compounding/standard.ts; the catalogues with
 * a change are fresh, validated copies of the built-in one.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, planInfusion, type PlanResult } from '../support/untyped.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fresh copy of the built-in catalogue, changed by `edit`, validated into a calculator. */
function plannerWith(edit: (cat: Json, find: (list: string, id: string) => Json) => void) {
  const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
  const find = (list: string, id: string): Json => cat[list].find((x: Json) => x['id'] === id);
  edit(cat, find);
  const made = createCalculator(cat);
  if (!made.ok) throw new Error(JSON.stringify(made.issues));
  return made.calculator;
}

const issuesOf = (r: PlanResult) => (r.ok ? [] : r.issues);

const ketamine = (preparation: Json) => ({
  patient: { weight: { value: 70, unit: 'kg' } },
  protocol: 'ketamine-clinic-course-2x3',
  session: 1,
  dose: { rate: { value: 0.3, unit: 'mg/kg/h' } },
  preparation: { containerVolume: { value: 250, unit: 'mL' }, ...preparation },
});

describe('unknown_product', () => {
  it('names the agent and the id, and lists the agent products (three, all shown)', () => {
    // Ketamine has three products (no more than the five suggested ids), so all are listed in catalogue order.
    const known = 'ketamine-10mg-ml-20ml, ketamine-50mg-ml-10ml, ketamine-100mg-ml-5ml';
    expect(issuesOf(planInfusion(ketamine({ product: 'ketamine-1mg-ml' })))).toEqual([
      {
        code: 'unknown_product',
        path: ['preparation', 'product'],
        message: `No Ketamine hydrochloride (racemic) product "ketamine-1mg-ml"; known: ${known}.`,
        expected: known,
      },
    ]);
  });
});

describe('unknown_diluent: a diluent the catalogue stocks but the agent does not list', () => {
  // Water for injection is added to the catalogue's diluents; ketamine still lists only NS and D5W.
  const planner = () =>
    plannerWith((cat, find) => {
      cat['diluents'].push({ ...find('diluents', 'sodium-chloride-0.9'), id: 'water-for-injection', name: 'Water for injection' });
    });

  it('is refused, with the agent diluents joined by ", "', () => {
    expect(issuesOf(planner().planInfusion(ketamine({ diluent: 'water-for-injection' })))).toEqual([
      {
        code: 'unknown_diluent',
        path: ['preparation', 'diluent'],
        message: '"water-for-injection" is not a diluent listed for Ketamine hydrochloride (racemic); use one of: sodium-chloride-0.9, dextrose-5.',
        expected: 'sodium-chloride-0.9, dextrose-5',
      },
    ]);
  });

  it('a listed one is used: D5W makes the bag', () => {
    // 0.3 mg/kg/h x 70 kg = 21 mg/h x 4 h = 84 mg = 0.84 mL of 100 mg/mL, withdrawn from the 250 mL D5W bag first:
    // 250 - 0.84 = 249.16 mL of D5W.
    const r = planner().planInfusion(ketamine({ diluent: 'dextrose-5' }));
    const d = r.ok ? r.plan.bag.diluent : null;
    expect(d && [d.id, d.volume.value]).toEqual(['dextrose-5', '249.16']);
  });
});

describe('unknown_diluent for an agent that lists no diluent', () => {
  it('says it lists none, not an empty "use one of" list', () => {
    // Immune globulin lists no diluent (src/agents/immune-globulin.ts: diluents: [], name "Immune globulin intravenous (human), IVIG"); Goebel 2010 is
    // given from whole vials as supplied, so any diluent named is not one the agent lists.
    const r = planInfusion({
      patient: { weight: { value: 60, unit: 'kg' }, height: { value: 170, unit: 'cm' }, sex: 'male' },
      protocol: 'ivig-crps-goebel-2010',
      session: 1,
      preparation: { diluent: 'sodium-chloride-0.9' },
    });
    expect(issuesOf(r)).toEqual([
      {
        code: 'unknown_diluent',
        path: ['preparation', 'diluent'],
        message:
          '"sodium-chloride-0.9" is not a diluent listed for Immune globulin intravenous (human), IVIG: it lists none (it is given as supplied); remove the diluent.',
        expected: 'no diluent',
      },
    ]);
  });
});

describe('a named whole-vial size with no stated volume', () => {
  it('is refused as product_volume_unknown, naming it (in g/mL, the agent unit)', () => {
    // Goebel 2010 rounds to whole vials; Gammagard Liquid has no vial size in the reference.
    // Its name's 100 mg/mL is shown in immune globulin's unit: 100 mg/mL = 0.1 g/mL.
    const r = planInfusion({
      patient: { weight: { value: 60, unit: 'kg' }, height: { value: 170, unit: 'cm' }, sex: 'male' },
      protocol: 'ivig-crps-goebel-2010',
      session: 1,
      preparation: { product: 'immune-globulin-gammagard-liquid-10pct' },
    });
    expect(issuesOf(r)).toEqual([
      {
        code: 'product_volume_unknown',
        path: ['preparation', 'product'],
        message:
          'This protocol rounds to whole vials, but the size of Gammagard Liquid 10% (0.1 g/mL) is not in the catalogue; choose a product with a stated vial size.',
      },
    ]);
  });
});

describe('the first listed product that can make the bag is used', () => {
  /**
   * Foo 2021 lidocaine (ready-to-use premixes, no diluent) listing first a 100 mL premix of 4 mg/mL
   * (400 mg), then the 250 mL premix of 8 mg/mL (2000 mg). A man of 70 in (177.8 cm) weighing 80 kg:
   * ideal weight (Devine) 50 + 2.3 x (70 - 60) = 73 kg, under his actual weight, so 73 kg doses.
   * Loading 1.5 mg/kg x 73 = 109.5 mg; maintenance 1.5 mg/kg/h x 73 = 109.5 mg/h x 3 h = 328.5 mg;
   * the premix holds both: 438 mg. The 400 mg premix is too small; the 2000 mg one holds it.
   */
  const planner = () =>
    plannerWith((_cat, find) => {
      const lidocaine = find('agents', 'lidocaine');
      const big = lidocaine['products'].find((p: Json) => p['id'] === 'lidocaine-4mg-ml-premix-500ml');
      const { codes: _codes, ...rest } = big;
      lidocaine['products'].push({
        ...rest,
        id: 'lidocaine-4mg-ml-premix-100ml',
        name: 'Lidocaine 0.4% (4 mg/mL) in D5W, 100 mL premix',
        volume: { value: '100', unit: 'mL' },
      });
      find('protocols', 'lidocaine-perioperative-foo-2021')['preparation']['products'] = ['lidocaine-4mg-ml-premix-100ml', 'lidocaine-8mg-ml-premix-250ml'];
    });

  it('a premix too small for the dose is passed over for the next one listed', () => {
    const r = planner().planInfusion({
      patient: { weight: { value: 80, unit: 'kg' }, height: { value: 177.8, unit: 'cm' }, sex: 'male' },
      protocol: 'lidocaine-perioperative-foo-2021',
      session: 1,
      dose: { duration: { value: 3, unit: 'h' } },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.plan.bag.container.kind).toBe('premix');
    expect(r.plan.bag.finalVolume).toEqual({ value: '250', unit: 'mL' });
    expect(r.plan.bag.concentrations[0]?.value).toEqual({ value: '8', unit: 'mg/mL' });
    expect(r.plan.trace.find((s) => s.step === 'bag.product')?.result).toBe('lidocaine-8mg-ml-premix-250ml');
  });

  /**
   * Whole vials with a diluent: the vials are not counted (the bag is made up to a concentration
   * instead), so every listed size is tried in turn, as for any protocol. Immune globulin is given a
   * diluent (NS) and, in the Privigen family, a 200 mL premix bag of 100 mg/mL (20 g) listed after the
   * vials. 60 kg x 0.25 g/kg = 15 g. Each vial needs a concentration to dilute to, which Goebel does not
   * state; the premix holds 20 g, at least the 15 g ordered, so it is the one kept, and a premix cannot
   * take the named diluent.
   */
  it('with a diluent, a later listed premix is kept over vials that cannot be diluted', () => {
    const planner = plannerWith((_cat, find) => {
      const ivig = find('agents', 'immune-globulin');
      ivig['diluents'].push({ id: 'sodium-chloride-0.9', source: ivig['products'][0]['source'] });
      const vial = ivig['products'][0];
      ivig['products'].push({
        ...vial,
        id: 'ivig-test-premix-bag',
        name: 'Test immune globulin premix bag',
        form: 'premix',
        volume: { value: '200', unit: 'mL' },
      });
      find('protocols', 'ivig-crps-goebel-2010')['preparation']['products'].push('ivig-test-premix-bag');
    });
    const r = planner.planInfusion({
      patient: { weight: { value: 60, unit: 'kg' }, height: { value: 170, unit: 'cm' }, sex: 'male' },
      protocol: 'ivig-crps-goebel-2010',
      session: 1,
      preparation: { diluent: 'sodium-chloride-0.9' },
    });
    expect(issuesOf(r)).toEqual([
      {
        code: 'not_applicable_to_premix',
        path: ['preparation', 'diluent'],
        message:
          'Test immune globulin premix bag is a ready-to-use premix: its diluent, volume and additive are fixed by the maker, so "diluent" cannot be applied; remove it, or name a vial product to make up a bag.',
      },
    ]);
  });
});
