/**
 * Issue 16 item 1 (Stryker's survivors of src/stages/bag.ts): which products a whole-vial dose may be
 * made from, and whether their sizes may be combined. Each case plans immune globulin on Goebel 2010
 * (0.25 g/kg, whole vials, no diluent: the product at its own 100 mg/mL) in a fresh, validated copy
 * of the built-in catalogue with one product or protocol changed, and reads which vials go in.
 *
 * The patient is a man of 170 cm weighing 60 kg (or 40 kg): actual weight is under his ideal weight
 * (Devine: 50 + 2.3 x (170 / 2.54 - 60) = 65.94 kg), so the adjusted-weight basis doses by actual
 * weight. 0.25 g/kg x 60 kg = 15 g; 0.25 g/kg x 40 kg = 10 g.
 *
 * The Privigen 10% family (mixSizes: true) has 2.5, 5, 10, 20 and 40 g vials (25-400 mL at 100 mg/mL).
 * The closest combination to 15 g is exact with 10 g + 5 g (2 vials; 5 g x 3 and 2.5 g x 6 need more).
 * One size at a time, 15 g is exact with 5 g x 3 (3 vials, fewer than 2.5 g x 6; 10, 20 and 40 g
 * cannot make 15 g), which the tie rule (closest, then smaller amount, then fewer vials) keeps.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, planInfusion, type PlanResult } from '../support/untyped.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PROTOCOL = 'ivig-crps-goebel-2010';
const P = (size: string) => `immune-globulin-privigen-10pct-${size}`;
const MIXED = "Dose rounded to whole vials (the family's sizes may be combined): closest to the order; on a tie the smaller amount, then fewer vials";
const ONE_SIZE = 'Dose rounded to whole vials (one size at a time): closest to the order; on a tie the smaller amount, then fewer vials';

const request = (kg: number, preparation?: Json) => ({
  patient: { weight: { value: kg, unit: 'kg' }, height: { value: 170, unit: 'cm' }, sex: 'male' },
  protocol: PROTOCOL,
  session: 1,
  ...(preparation ? { preparation } : {}),
});

/** A fresh copy of the built-in catalogue, changed by `edit`, validated into a calculator. */
function plannerWith(edit: (agent: Json, protocol: Json) => void) {
  const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
  const agent = cat['agents'].find((a: Json) => a['id'] === 'immune-globulin');
  edit(
    agent,
    cat['protocols'].find((p: Json) => p['id'] === PROTOCOL),
  );
  const made = createCalculator(cat);
  if (!made.ok) throw new Error(JSON.stringify(made.issues));
  return made.calculator;
}

/** A product record like the Privigen 2.5 g vial (100 mg/mL, the Privigen ramp), with `changes`. */
function likePrivigen(agent: Json, changes: Json): Json {
  const base = agent['products'].find((p: Json) => p['id'] === P('2.5g-25ml'));
  const product = { ...JSON.parse(JSON.stringify(base)), ...changes };
  for (const key of Object.keys(changes)) if (changes[key] === undefined) delete product[key];
  agent['products'].push(product);
  return product;
}

/** Each vial size opened (product id x count), the amount in g, and the whole-vial trace text. */
function vialsOf(r: PlanResult): { vials: string[]; amount: string; rule: string | undefined } {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const additive = r.plan.bag.additives[0];
  return {
    vials: (additive?.vials ?? []).map((v) => `${v.product.id} x ${v.count}`),
    amount: additive?.amount.value ?? '',
    rule: r.plan.trace.find((s) => s.step === 'bag.whole-vials')?.description,
  };
}

describe('whole vials on the built-in catalogue', () => {
  it('no product named: the family sizes are combined, 15 g = 10 g + 5 g', () => {
    expect(vialsOf(planInfusion(request(60)))).toEqual({ vials: [`${P('10g-100ml')} x 1`, `${P('5g-50ml')} x 1`], amount: '15', rule: MIXED });
  });

  it('a size the clinician names is used alone, one size at a time: 15 g = 5 g x 3', () => {
    // The family allows mixing, but a named product is the only size: the trace says "one size at a time".
    const r = planInfusion(request(60, { product: P('5g-50ml') }));
    expect(vialsOf(r)).toEqual({ vials: [`${P('5g-50ml')} x 3`], amount: '15', rule: ONE_SIZE });
  });
});

describe('which sizes belong to the first listed product family', () => {
  it('a 100 mg/mL vial with the same ramp but no family is not one of the Privigen sizes', () => {
    // A 3 g vial (30 mL at 100 mg/mL) outside the family: were it a candidate, 15 g would be 3 g x 5 or,
    // with the family no longer mixing, 5 g x 3. The family alone gives 10 g + 5 g.
    const planner = plannerWith((agent, protocol) => {
      likePrivigen(agent, { id: 'ivig-test-3g-no-family', name: 'Test 10%, 3 g in 30 mL vial', volume: { value: '30', unit: 'mL' }, family: undefined });
      protocol['preparation']['products'].push('ivig-test-3g-no-family');
    });
    expect(vialsOf(planner.planInfusion(request(60)))).toEqual({ vials: [`${P('10g-100ml')} x 1`, `${P('5g-50ml')} x 1`], amount: '15', rule: MIXED });
  });

  it('a family member with no stated volume is left out, so it does not stop the others mixing', () => {
    // A Privigen-family record with no volume whose mixSizes says false: it cannot be counted in whole
    // vials, so it is not a candidate, and the family's sizes still combine to 10 g + 5 g.
    const planner = plannerWith((agent, protocol) => {
      likePrivigen(agent, {
        id: 'ivig-test-privigen-unsized',
        name: 'Privigen 10% (100 mg/mL), size not stated',
        volume: undefined,
        family: { ...agent['products'][0]['family'], mixSizes: false },
      });
      protocol['preparation']['products'].push('ivig-test-privigen-unsized');
    });
    expect(vialsOf(planner.planInfusion(request(60)))).toEqual({ vials: [`${P('10g-100ml')} x 1`, `${P('5g-50ml')} x 1`], amount: '15', rule: MIXED });
  });

  it('one size whose family entry says the sizes may not be combined: one size at a time for all', () => {
    // The 40 g vial's family record says mixSizes: false; every size must allow mixing, so 15 g is 5 g x 3.
    const planner = plannerWith((agent) => {
      const forty = agent['products'].find((p: Json) => p['id'] === P('40g-400ml'));
      forty['family'] = { ...forty['family'], mixSizes: false };
    });
    expect(vialsOf(planner.planInfusion(request(60)))).toEqual({ vials: [`${P('5g-50ml')} x 3`], amount: '15', rule: ONE_SIZE });
  });
});

describe('a first listed product with no family: the sizes of the same strength and ramp', () => {
  /**
   * Goebel's list becomes: a 3 g vial (30 mL at 100 mg/mL) with no family and no ramp, then Privigen 5 g
   * (100 mg/mL, the Privigen ramp) and Flebogamma DIF 5% 0.5 g (10 mL at 50 mg/mL, no ramp). Only the 3 g
   * vial is of the first product's strength and ramp. 40 kg: 10 g ordered; 3 g vials one at a time (no
   * family, so no mixing): floor(10 / 3) = 3 vials = 9 g (1 g under) or 4 = 12 g (2 g over): 9 g.
   * (Privigen 5 g x 2 or Flebogamma 0.5 g x 20 would make 10 g exactly, were either a candidate.)
   */
  const planner = () =>
    plannerWith((agent, protocol) => {
      likePrivigen(agent, {
        id: 'ivig-test-3g-plain',
        name: 'Test 10%, 3 g in 30 mL vial',
        volume: { value: '30', unit: 'mL' },
        family: undefined,
        ramp: undefined,
      });
      protocol['preparation']['products'] = ['ivig-test-3g-plain', P('5g-50ml'), 'immune-globulin-flebogamma-dif-5pct-0.5g-10ml'];
    });

  it('neither another ramp nor another strength joins: 10 g rounds to 3 g x 3 = 9 g', () => {
    // No ramp: the clinician gives the rate (1 mg/kg/min, within the 8 mg/kg/min soft limit).
    const r = planner().planInfusion({ ...request(40), dose: { rate: { value: 1, unit: 'mg/kg/min' } } });
    expect(vialsOf(r)).toEqual({ vials: ['ivig-test-3g-plain x 3'], amount: '9', rule: ONE_SIZE });
  });
});
