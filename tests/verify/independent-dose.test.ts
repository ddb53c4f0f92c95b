/**
 * The independent derivation of the dose (tests/support/independent-dose.ts, issue 11 item 9) on
 * hand-worked plans, and on plan objects tampered the way the two named bugs would make them.
 * Every expected number is worked by hand from the protocol record and
 * shared/reference/clinical-dosing.md section 9; none is copied from the planner's output.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, type Plan, checkPlan, createCalculator, planInfusion } from '../support/untyped.js';
import { independentDisagreements } from '../support/independent-dose.js';

function plan(input: unknown): Plan {
  const r = planInfusion(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
}
const check = (input: unknown, p: Plan) => independentDisagreements(input, p, BUILTIN_CATALOGUE);

// Clonidine IV 150-300 mcg in 100 mL over 15 min (Galway / Wellington IV guides): the clinician orders 150 mcg.
//   150 mcg x 1/1000 = 0.15 mg; the 150 mcg/mL ampoule is 0.15 mg/mL -> 0.15 / 0.15 = 1 mL drawn;
//   withdraw-equal in 100 mL -> 100 mL final; 0.15 mg / 100 mL = 0.0015 mg/mL;
//   rate 0.15 mg / 0.25 h = 0.6 mg/h; pump 100 mL / 0.25 h = 400 mL/h; 400 x 0.0015 = 0.6 mg/h delivered.
const CLONIDINE = { patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'clonidine-iv-150-300', session: 1, dose: { total: { value: 150, unit: 'ug' } } };

// Perioperative lidocaine (Foo 2021): 1.5 mg/kg IBW over 10 min, then 1.5 mg/kg/h, 120 mg/h cap; 2 h chosen.
//   170 cm male, 100 kg: 170 / 2.54 = 66.929134 in; IBW = 50 + 2.3 x 6.929134 = 65.937008 kg (< 100 kg, so IBW).
//   Maintenance 1.5 x 65.937008 = 98.905512 mg/h (under the 120 mg/h cap); x 2 h = 197.811024 mg;
//   loading 1.5 x 65.937008 = 98.905512 mg; session 98.905512 + 197.811024 = 296.716535 mg.
//   On actual weight instead: 1.5 x 100 = 150 mg/h -> capped at 120 mg/h: 25% more than ordered.
const LIDOCAINE = {
  patient: { weight: { value: 100, unit: 'kg' }, height: { value: 170, unit: 'cm' }, sex: 'male' },
  protocol: 'lidocaine-perioperative-foo-2021',
  session: 1,
  dose: { duration: { value: 2, unit: 'h' } },
};

describe('the independent derivation agrees with correct plans (hand-worked)', () => {
  it('clonidine 150 mcg: 1 mL of 0.15 mg/mL in 100 mL = 0.0015 mg/mL, 0.6 mg/h', () => {
    const p = plan(CLONIDINE);
    expect(p.bag.additives[0]?.volume).toEqual({ value: '1', unit: 'mL' });
    expect(p.bag.concentrations[0]?.value).toEqual({ value: '0.0015', unit: 'mg/mL' });
    expect(check(CLONIDINE, p)).toEqual([]);
  });
  it('perioperative lidocaine, 100 kg, 170 cm man: dosing weight 65.937008 kg (IBW), 296.716535 mg', () => {
    const p = plan(LIDOCAINE);
    expect(p.dosingWeight.value).toEqual({ value: '65.937008', unit: 'kg' });
    expect(p.agents[0]?.doseRate).toEqual({ value: '98.905512', unit: 'mg/h' });
    expect(p.agents[0]?.totalDose).toEqual({ value: '296.716535', unit: 'mg' });
    expect(check(LIDOCAINE, p)).toEqual([]);
  });
  it('a weight in lb is converted with 0.45359237 kg/lb (154 lb = 69.853225 kg, Schwartzman 0.35 mg/kg/h)', () => {
    // 154 x 0.45359237 = 69.85322498 kg; 0.35 x 69.85322498 = 24.448629 mg/h (< 25 mg/h cap); x 4 h = 97.794515 mg.
    const input = { patient: { weight: { value: 154, unit: 'lb' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 };
    const p = plan(input);
    expect(p.agents[0]?.doseRate).toEqual({ value: '24.448629', unit: 'mg/h' });
    expect(check(input, p)).toEqual([]);
  });
});

describe('the independent derivation catches plans the two named bugs make (tampered plan objects)', () => {
  it('the microgram factor 10 times too large: 10 mL (1.5 mg) drawn for a 150 mcg order', () => {
    const p = plan(CLONIDINE);
    const additive = p.bag.additives[0] as Plan['bag']['additives'][number];
    // What a unit table with 1 mcg = 0.01 mg prints: the order 150 mcg read as 1.5 mg, 1.5 / 0.15 = 10 mL
    // drawn, and every mcg figure read back with the same factor, so the amounts still say 150 ug.
    // 10 mL x 0.15 mg/mL = 1.5 mg in 100 mL = 0.015 mg/mL; the pump stays at 400 mL/h = 6 mg/h.
    const tampered: Plan = {
      ...p,
      bag: {
        ...p.bag,
        additives: [{ ...additive, exactVolume: { value: '10', unit: 'mL' }, volume: { value: '10', unit: 'mL' } }],
        concentrations: [{ agent: 'clonidine', value: { value: '0.015', unit: 'mg/mL' } }],
      },
    };
    const found = check(CLONIDINE, tampered);
    // Own factors: 10 mL x 0.15 mg/mL = 1.5 mg in the bag against 150 x 1/1000 = 0.15 mg ordered;
    // delivered 100 mL x 0.015 mg/mL = 1.5 mg, and 400 mL/h x 0.015 = 6 mg/h against 0.6 mg/h.
    expect(
      found.some((x) => x.startsWith('bag amount against the ordered session dose (mg): the plan states 1.500000, the independent derivation gives 0.150000')),
    ).toBe(true);
    expect(found.some((x) => x.startsWith('delivered dose rate (mg/h): the plan states 6.000000, the independent derivation gives 0.600000'))).toBe(true);
  });
  it('actual weight used where lidocaine is dosed on ideal weight', () => {
    const p = plan(LIDOCAINE);
    // What a dosing-weight choice on actual weight prints: 100 kg; 1.5 x 100 = 150 -> 120 mg/h cap;
    // loading 150 mg; total 150 + 240 = 390 mg.
    const tampered: Plan = {
      ...p,
      dosingWeight: { ...p.dosingWeight, value: { value: '100', unit: 'kg' }, basis: 'actual' },
      agents: p.agents.map((a) => ({
        ...a,
        doseRate: { value: '120', unit: 'mg/h' },
        totalDose: { value: '390', unit: 'mg' },
        orderedDose: { total: { value: '390', unit: 'mg' } },
      })),
    };
    const found = check(LIDOCAINE, tampered);
    expect(found[0]).toBe('dosing weight (kg): the plan states 100.000000, the independent derivation gives 65.937008 (tolerance 0.000001)');
    expect(found.some((x) => x.startsWith('ordered dose rate (mg/h): the plan states 120.000000, the independent derivation gives 98.905512'))).toBe(true);
    // 1.5 mg/kg x 65.937008 kg = 98.905512 mg loading + 98.905512 mg/h x 2 h = 296.716535 mg (to 6 places).
    expect(found.some((x) => x.startsWith('ordered session dose (mg): the plan states 390.000000, the independent derivation gives 296.716535'))).toBe(true);
  });
  it('a plan made on ideal weight without the height and sex that weight needs is named', () => {
    const input = { ...LIDOCAINE, patient: { weight: { value: 100, unit: 'kg' } } };
    expect(check(input, plan(LIDOCAINE))).toEqual([
      'the protocol doses on ideal weight, which needs height and sex; the request gives neither, yet the plan was made',
    ]);
  });
  it('checkPlan, which takes strength, weight and order from the plan, does not see the weight swap', () => {
    // The swap leaves the bag and pump as they were, so checkPlan re-works them and agrees except for
    // the per-kg figures it divides by the (swapped) dosing weight; it never asks whether 100 kg was
    // the right weight to dose on. That is what the independent derivation adds.
    const p = plan(LIDOCAINE);
    const tampered: Plan = { ...p, dosingWeight: { ...p.dosingWeight, value: { value: '100', unit: 'kg' }, basis: 'actual' } };
    const codes = (() => {
      const r = checkPlan(tampered);
      return r.ok ? [] : [...new Set(r.disagreements.map((x) => x.code))];
    })();
    expect(codes.every((c) => c.endsWith('_per_kg_mismatch'))).toBe(true);
    expect(check(LIDOCAINE, tampered).length).toBeGreaterThan(0);
  });
});

// checkPlan(plan, catalogue): the order re-derived from the recorded patient, the prescription and the protocol record.
describe('checkPlan given the catalogue re-derives the order', () => {
  const codesOf = (r: ReturnType<typeof checkPlan>) => (r.ok ? [] : r.disagreements.map((x) => x.code));
  it('agrees with the correct perioperative lidocaine plan (IBW 65.937008 kg, 98.905512 mg/h, 296.716535 mg)', () => {
    expect(checkPlan(plan(LIDOCAINE), BUILTIN_CATALOGUE)).toEqual({ ok: true });
  });
  it('names the dosing weight and the ordered dose of a plan dosed on actual weight', () => {
    const p = plan(LIDOCAINE);
    // As in the tampered plan above: 100 kg, 120 mg/h (cap), 150 + 240 = 390 mg.
    const tampered: Plan = {
      ...p,
      dosingWeight: { ...p.dosingWeight, value: { value: '100', unit: 'kg' }, basis: 'actual' },
      agents: p.agents.map((a) => ({
        ...a,
        doseRate: { value: '120', unit: 'mg/h' },
        totalDose: { value: '390', unit: 'mg' },
        orderedDose: { total: { value: '390', unit: 'mg' } },
      })),
    };
    const r = checkPlan(tampered, BUILTIN_CATALOGUE);
    expect(
      r.ok
        ? []
        : r.disagreements.filter((x) => x.code.startsWith('dosing_weight_mismatch') || x.code.startsWith('ordered_')).map((x) => [x.code, x.recomputed]),
    ).toEqual([
      ['dosing_weight_mismatch', { value: '65.937008', unit: 'kg' }],
      // From the prescription 1.5 mg/kg/h x 65.937008 kg (cap 120 not bound) and 1.5 mg/kg loading + 2 h.
      ['ordered_dose_rate_mismatch', { value: '98.905512', unit: 'mg/h' }],
      ['ordered_total_dose_mismatch', { value: '296.716535', unit: 'mg' }],
    ]);
  });
  it("names a prescribed value that says it is the protocol's but is not the protocol record's", () => {
    const p = plan(LIDOCAINE);
    const a = p.agents[0] as Plan['agents'][number];
    // Foo 2021 states 1.5 mg/kg/h; a plan claiming 15 mg/kg/h "from the protocol" is named.
    const tampered: Plan = { ...p, agents: [{ ...a, prescribed: { ...a.prescribed, rate: { value: '15', unit: 'mg/kg/h' } } }] };
    expect(codesOf(checkPlan(tampered, BUILTIN_CATALOGUE))).toContain('ordered_dose_rate_mismatch');
  });
  it("names a drawn product whose stated strength is not the catalogue record's", () => {
    const p = plan(CLONIDINE);
    const additive = p.bag.additives[0] as Plan['bag']['additives'][number];
    // The Catapres ampoule is 150 mcg/mL = 0.15 mg/mL in the catalogue; a plan stating 1.5 mg/mL is named.
    const tampered: Plan = {
      ...p,
      bag: { ...p.bag, additives: [{ ...additive, product: { ...additive.product, strength: { value: '1.5', unit: 'mg/mL' } } }] },
    };
    expect(codesOf(checkPlan(tampered, BUILTIN_CATALOGUE))).toContain('product_strength_mismatch');
  });
  it('names a plan on ideal weight that records no height, and an unreadable height, without throwing', () => {
    const p = plan(LIDOCAINE);
    const { height: _height, ...noHeight } = p.patient;
    expect(codesOf(checkPlan({ ...p, patient: noHeight }, BUILTIN_CATALOGUE))).toEqual(['dosing_weight_mismatch']);
    // A hex height is no plain decimal: the plan schema refuses it with its path (issue 12 item 2).
    const hex = checkPlan({ ...p, patient: { ...p.patient, height: { value: '0x10', unit: 'cm' } } }, BUILTIN_CATALOGUE);
    expect('issues' in hex ? hex.issues?.map((i) => [i.code, i.path]) : hex).toEqual([['not_a_plan', ['patient', 'height', 'value']]]);
  });
  it('names a plan whose protocol the catalogue given does not hold', () => {
    // Only a validated catalogue is read (issue 12 item 1): the built-in one without its protocols, validated.
    const empty = createCalculator({ ...BUILTIN_CATALOGUE, protocols: [] });
    if (!empty.ok) throw new Error(JSON.stringify(empty.issues));
    expect(codesOf(checkPlan(plan(CLONIDINE), empty.calculator.catalogue))).toEqual(['protocol_not_in_catalogue']);
    expect(checkPlan(plan(CLONIDINE), { ...BUILTIN_CATALOGUE, protocols: [] })).toEqual({
      ok: false,
      disagreements: [],
      issues: [expect.objectContaining({ code: 'catalogue_not_validated' })],
    });
  });
});
