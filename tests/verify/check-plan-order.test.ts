// checkPlan(plan, catalogue) re-derives the order (src/verify/check-plan-order.ts): each disagreement
// it can name, in full (code, path, message, the plan's value, the recomputed value), and the parts
// of the re-derivation no built-in protocol reaches: a lean-weight protocol, and a rate cap on a
// stated total and rate. Written from the Stryker survivors of the file. Every number is worked by
// hand here from the protocol record and shared/reference/clinical-dosing.md (weights, section 9).
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/index.js';
import { BUILTIN_CATALOGUE, type Plan, checkPlan, createCalculator, planInfusion } from '../support/untyped.js';
import { type Json, builtinAsJson as asJson, calculatorOf } from '../support/catalogue-json.js';

type Agent = Plan['agents'][number];

function plan(input: unknown, calc?: { planInfusion: (i: unknown) => ReturnType<typeof planInfusion> }): Plan {
  const r = (calc ?? { planInfusion }).planInfusion(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
}
const disagreements = (p: unknown, catalogue: Catalogue = BUILTIN_CATALOGUE) => {
  const r = checkPlan(p as Plan, catalogue);
  if ('issues' in r && r.issues !== undefined && r.issues.length > 0) throw new Error(JSON.stringify(r.issues));
  return r.ok ? [] : r.disagreements;
};
const first = (p: Plan): Agent => p.agents[0] as Agent;

// Clonidine 150 mcg in 100 mL over 15 min (tests/verify/independent-dose.test.ts): 1 mL of the
// 150 mcg/mL Catapres ampoule.
const CLONIDINE = { patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'clonidine-iv-150-300', session: 1, dose: { total: { value: 150, unit: 'ug' } } };
// Perioperative lidocaine (Foo 2021), 100 kg, 170 cm man, 2 h: IBW = 50 + 2.3 x (170 / 2.54 - 60)
// = 50 + 2.3 x 6.929134 = 65.937008 kg; 1.5 mg/kg/h x 65.937008 = 98.905512 mg/h.
const PATIENT = { weight: { value: 100, unit: 'kg' }, height: { value: 170, unit: 'cm' }, sex: 'male' };
const LIDOCAINE = { patient: PATIENT, protocol: 'lidocaine-perioperative-foo-2021', session: 1, dose: { duration: { value: 2, unit: 'h' } } };

describe('what the re-derivation names, in full', () => {
  it('a protocol the catalogue does not hold', () => {
    const empty = createCalculator({ ...BUILTIN_CATALOGUE, protocols: [] });
    if (!empty.ok) throw new Error(JSON.stringify(empty.issues));
    expect(disagreements(plan(CLONIDINE), empty.calculator.catalogue)).toEqual([
      {
        code: 'protocol_not_in_catalogue',
        path: ['protocol', 'id'],
        message: 'The catalogue given has no protocol clonidine-iv-150-300 (or not its agent).',
        planValue: null,
        recomputed: null,
      },
    ]);
  });

  it('a catalogue this library did not validate is refused, not read', () => {
    expect(checkPlan(plan(CLONIDINE), { ...BUILTIN_CATALOGUE })).toEqual({
      ok: false,
      disagreements: [],
      issues: [
        {
          code: 'catalogue_not_validated',
          path: [],
          message:
            'This catalogue was not validated by this library: pass BUILTIN_CATALOGUE, or create a calculator with createCalculator(catalogue) and plan with it.',
        },
      ],
    });
  });

  it('a drawn product the catalogue does not hold, and one whose strength is not the record', () => {
    const p = plan(CLONIDINE);
    const additive = p.bag.additives[0] as Plan['bag']['additives'][number];
    const withProduct = (product: object) => ({ ...p, bag: { ...p.bag, additives: [{ ...additive, product: { ...additive.product, ...product } }] } });
    const path = ['bag', 'additives', 0, 'product', 'strength'];
    expect(disagreements(withProduct({ id: 'no-such-ampoule' })).filter((d) => d.code === 'product_strength_mismatch')).toEqual([
      {
        code: 'product_strength_mismatch',
        path,
        message: 'The catalogue has no product no-such-ampoule.',
        planValue: additive.product.strength,
        recomputed: null,
      },
    ]);
    // The record: 150 mcg/mL. A plan stating 1.5 mg/mL is off by 1.35 mg/mL; the tolerance is the
    // stated value's slack, 0.000002 mg/mL.
    const wrong = disagreements(withProduct({ strength: { value: '1.5', unit: 'mg/mL' } })).filter((d) => d.code === 'product_strength_mismatch');
    expect(wrong).toEqual([
      {
        code: 'product_strength_mismatch',
        path,
        message: `Strength of ${additive.product.id} in the catalogue: the plan states 1.5 mg/mL, the re-calculation gives 0.15 mg/mL (difference 1.35, tolerance 0.000002 mg/mL).`,
        planValue: { value: '1.5', unit: 'mg/mL' },
        recomputed: { value: '0.15', unit: 'mg/mL' },
      },
    ]);
    // The same strength in another unit is the same strength: 150 mcg/mL = 0.15 mg/mL.
    expect(disagreements(withProduct({ strength: { value: '0.15', unit: 'mg/mL' } }))).toEqual([]);
  });

  it('a dosing weight on the wrong basis names the basis', () => {
    const p = plan(LIDOCAINE);
    const d = disagreements({ ...p, dosingWeight: { ...p.dosingWeight, value: { value: '100', unit: 'kg' } } }).find(
      (x) => x.code === 'dosing_weight_mismatch',
    );
    expect(d?.path).toEqual(['dosingWeight', 'value']);
    expect(d?.message).toMatch(/^Dosing weight on ideal weight: the plan states 100 kg, the re-calculation gives 65\.937008 kg/);
  });

  it('a height in a unit that is no length is named, not guessed', () => {
    // The plan schema takes only units of its code list; mg is one, but not a height.
    const p = plan(LIDOCAINE);
    const height = { value: '170', unit: 'mg' };
    const found = disagreements({ ...p, patient: { ...p.patient, height } });
    expect(found).toEqual([
      {
        code: 'unreadable_quantity',
        path: ['patient', 'height'],
        message: '"170 mg" is not a height the check can read.',
        planValue: height,
        recomputed: null,
      },
    ]);
  });

  it('an ideal weight with no sex recorded (height present) cannot be re-derived, and says why', () => {
    const p = plan(LIDOCAINE);
    const { sex: _sex, ...patient } = p.patient;
    expect(disagreements({ ...p, patient })).toEqual([
      {
        code: 'dosing_weight_mismatch',
        path: ['patient'],
        message: 'The protocol doses on ideal weight, which needs the height and sex the plan does not record.',
        planValue: p.dosingWeight.value,
        recomputed: null,
      },
    ]);
  });

  it('a patient weight the check cannot read stops the re-derivation at the weight', () => {
    const p = plan(LIDOCAINE);
    const found = disagreements({ ...p, patient: { ...p.patient, weight: { value: '100', unit: 'mL' } } });
    expect(found.map((d) => [d.code, d.path])).toContainEqual(['unreadable_quantity', ['patient', 'weight']]);
    expect(found.some((d) => d.code.startsWith('ordered_'))).toBe(false);
  });

  it('a prescribed value in no unit the check reads is named at its path, and the order is not re-derived', () => {
    const p = plan(LIDOCAINE);
    const rate = { value: '1.5', unit: 'mg/mL' }; // a concentration, no dose
    const found = disagreements({ ...p, agents: [{ ...first(p), prescribed: { ...first(p).prescribed, rate } }] }).filter((d) => d.path[0] === 'agents');
    expect(found).toEqual([
      {
        code: 'ordered_total_dose_mismatch',
        path: ['agents', 0, 'prescribed', 'rate'],
        message: 'The plan prescribes no readable rate.',
        planValue: rate,
        recomputed: null,
      },
    ]);
  });

  it("a prescribed value said to be the protocol's must be the record's, in any unit", () => {
    const p = plan(LIDOCAINE);
    const withRate = (rate: object, from = 'protocol') => ({
      ...p,
      agents: [{ ...first(p), prescribed: { ...first(p).prescribed, rate, from: { ...first(p).prescribed.from, rate: from } } }],
    });
    // Foo 2021 states 1.5 mg/kg/h; 15 mg/kg/h "from the protocol" is named at the prescription.
    const named = disagreements(withRate({ value: '15', unit: 'mg/kg/h' })).filter((d) => d.path.join('.') === 'agents.0.prescribed.rate');
    expect(named).toEqual([
      {
        code: 'ordered_dose_rate_mismatch',
        path: ['agents', 0, 'prescribed', 'rate'],
        message: "The plan says its rate is the protocol's, but the protocol record states 1.5 mg/kg/h.",
        planValue: { value: '15', unit: 'mg/kg/h' },
        recomputed: { value: '1.5', unit: 'mg/kg/h' },
      },
    ]);
    // 1.5 mg/kg/h = 1500 mcg/kg/h = 25 mcg/kg/min (1500 / 60): the record's value, written otherwise.
    expect(disagreements(withRate({ value: '1500', unit: 'ug/kg/h' }))).toEqual([]);
    expect(disagreements(withRate({ value: '25', unit: 'ug/kg/min' }))).toEqual([]);
    // Said to be the clinician's, 1.2 mg/kg/h is not compared with the record (1.2 x 65.937008 =
    // 79.124409 mg/h (on the unrounded IBW) then differs from the plan's dose rate, which is named at the dose rate).
    const clinician = disagreements(withRate({ value: '1.2', unit: 'mg/kg/h' }, 'clinician'));
    expect(clinician.map((d) => d.path.join('.'))).toEqual(['agents.0.doseRate', 'agents.0.orderedDose.total']);
  });
});

describe('what the order is re-derived from', () => {
  const withPrescribed = (p: Plan, change: Record<string, unknown>, drop?: string) => {
    const prescribed: Record<string, unknown> = { ...first(p).prescribed, ...change };
    if (drop !== undefined) delete prescribed[drop];
    return { ...p, agents: [{ ...first(p), prescribed }] };
  };
  const atAgents = (found: ReturnType<typeof disagreements>) => found.filter((d) => d.path[0] === 'agents').map((d) => [d.code, d.path.join('.'), d.message]);

  it('a rate the plan does not prescribe, a duration in no unit of time, a loading dose in no dose unit: each named, nothing guessed', () => {
    const p = plan(LIDOCAINE);
    expect(atAgents(disagreements(withPrescribed(p, {}, 'rate')))).toEqual([
      ['ordered_total_dose_mismatch', 'agents.0.prescribed.rate', 'The plan prescribes no readable rate.'],
    ]);
    expect(atAgents(disagreements(withPrescribed(p, { duration: { value: '2', unit: 'mg' } })))).toEqual([
      ['ordered_total_dose_mismatch', 'agents.0.prescribed.duration', 'The plan prescribes no readable duration.'],
    ]);
    // Before, a loading dose it could not read left the order unchecked and unnamed.
    const loading = { value: '1.5', unit: 'mg/mL' };
    expect(disagreements(withPrescribed(p, { loading })).filter((d) => d.path[0] === 'agents')).toEqual([
      {
        code: 'ordered_total_dose_mismatch',
        path: ['agents', 0, 'prescribed', 'loading'],
        message: 'The plan prescribes no readable loading dose.',
        planValue: loading,
        recomputed: null,
      },
    ]);
  });

  it('the ordered dose rate and session dose are named with what they were worked from', () => {
    const p = plan(LIDOCAINE);
    // 1.2 mg/kg/h said to be the clinician's, on the unrounded IBW 50 + 2.3 x (170 / 2.54 - 60) =
    // 65.93700787 kg: 1.2 x 65.93700787 = 79.12440945, shown as 79.124409 mg/h against the plan's 98.905512.
    const found = disagreements(withPrescribed(p, { rate: { value: '1.2', unit: 'mg/kg/h' }, from: { ...first(p).prescribed.from, rate: 'clinician' } }));
    expect(found.find((d) => d.path.join('.') === 'agents.0.doseRate')?.message).toMatch(
      /^Ordered dose rate from the prescription and the protocol: the plan states 98\.905512 mg\/h, the re-calculation gives 79\.124409 mg\/h /,
    );
    expect(found.find((d) => d.path.join('.') === 'agents.0.orderedDose.total')?.message).toMatch(
      /^Ordered session dose from the prescription and the protocol: /,
    );
  });

  it("a total said to be the protocol's on a protocol with fixed-rate phases is still held to the record", () => {
    // lidocaine 5 mg/kg over 40 min runs in fixed-rate phases (its duration comes from the bag, so only
    // the duration is exempt): a total of 7 mg/kg "from the protocol" is named.
    const p = plan({
      patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' },
      protocol: 'lidocaine-5mgkg-40min',
      session: 1,
    });
    expect(first(p).prescribed.from['total']).toBe('protocol');
    const named = disagreements(withPrescribed(p, { total: { value: '7', unit: 'mg/kg' } })).filter((d) => d.path.join('.') === 'agents.0.prescribed.total');
    expect(named.map((d) => d.message)).toEqual(["The plan says its total is the protocol's, but the protocol record states 5 mg/kg."]);
  });
});

describe('parts of the re-derivation no built-in protocol reaches (an institution catalogue)', () => {
  it('a protocol dosed on lean weight (Janmahasatian) is re-derived, and a wrong weight named', () => {
    const cat = asJson();
    const foo = cat['protocols'].find((p: Json) => p['id'] === 'lidocaine-perioperative-foo-2021');
    cat['protocols'].push({ ...foo, id: 'lidocaine-foo-lean', weight: { ...foo['weight'], basis: 'lean' } });
    const calc = calculatorOf(cat);
    // 100 kg, 170 cm man: BMI = 100 / 1.7^2 = 34.602076; lean = 9270 x 100 / (6680 + 216 x 34.602076)
    // = 927000 / 14154.048443 = 65.493629 kg.
    const p = plan({ ...LIDOCAINE, protocol: 'lidocaine-foo-lean' }, calc);
    expect(p.dosingWeight.value).toEqual({ value: '65.493629', unit: 'kg' });
    // the plan shows the lean weight beside the actual one and the BMI it came from
    expect(p.dosingWeight).toMatchObject({
      actual: { value: '100', unit: 'kg' },
      lean: { value: '65.493629', unit: 'kg' },
      bmi: { value: '34.602076', unit: 'kg/m2' },
    });
    expect(checkPlan(p, calc.catalogue)).toEqual({ ok: true });
    // A woman of the same size: 9270 x 100 / (8780 + 244 x 34.602076) = 927000 / 17222.906574 = 53.823 kg
    const she = plan({ ...LIDOCAINE, protocol: 'lidocaine-foo-lean', patient: { ...PATIENT, sex: 'female' } }, calc);
    expect(she.dosingWeight.value.value).toMatch(/^53\.82/);
    expect(checkPlan(she, calc.catalogue)).toEqual({ ok: true });
    // The man's plan saying 100 kg (actual) is named at the dosing weight.
    const wrong = disagreements({ ...p, dosingWeight: { ...p.dosingWeight, value: { value: '100', unit: 'kg' } } }, calc.catalogue);
    expect(wrong.filter((d) => d.code === 'dosing_weight_mismatch').map((d) => d.recomputed)).toEqual([{ value: '65.493629', unit: 'kg' }]);
    // named on the protocol's basis (lean), not the agent's (ideal)
    expect(wrong.find((d) => d.code === 'dosing_weight_mismatch')?.message).toMatch(/^Dosing weight on lean weight: /);
  });

  it('a rate cap on a stated total and rate keeps the total and lengthens the session', () => {
    const cat = asJson();
    const rch = cat['protocols'].find((p: Json) => p['id'] === 'lidocaine-chronic-pain-rch');
    cat['protocols'].push({
      ...rch,
      id: 'lidocaine-rch-rate-capped',
      caps: [...rch['caps'], { id: 'institution.rate-cap', value: '200', unit: 'mg/h', source: rch['caps'][0]['source'] }],
    });
    const calc = calculatorOf(cat);
    // 70 kg, 180 cm man: IBW = 50 + 2.3 x (180 / 2.54 - 60) = 74.992126 kg > 70, so 70 kg.
    // 5 mg/kg x 70 = 350 mg; 75 mcg/kg/min x 70 x 60 / 1000 = 315 mg/h, capped at 200 mg/h;
    // the total stays 350 mg, so the session is 350 / 200 = 1.75 h (105 min, inside 60-120 min).
    const p = plan(
      {
        patient: { weight: { value: 70, unit: 'kg' }, height: { value: 180, unit: 'cm' }, sex: 'male' },
        protocol: 'lidocaine-rch-rate-capped',
        session: 1,
        dose: { total: { value: 5, unit: 'mg/kg' }, rate: { value: 75, unit: 'ug/kg/min' } },
      },
      calc,
    );
    expect([first(p).doseRate, first(p).orderedDose.total]).toEqual([
      { value: '200', unit: 'mg/h' },
      { value: '350', unit: 'mg' },
    ]);
    expect(checkPlan(p, calc.catalogue)).toEqual({ ok: true });
    // A plan that lowered the total with the rate (200 mg/h x 350 / 315 h = 222.222222 mg) is named.
    const lowered = { ...p, agents: [{ ...first(p), orderedDose: { total: { value: '222.222222', unit: 'mg' } } }] };
    expect(disagreements(lowered, calc.catalogue).map((d) => [d.code, d.recomputed])).toEqual([['ordered_total_dose_mismatch', { value: '350', unit: 'mg' }]]);
  });
});
