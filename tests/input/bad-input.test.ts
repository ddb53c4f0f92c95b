/**
 * Bad input: each test gives `planInfusion` one bad input and asserts `ok: false` with the exact
 * issue codes and paths (codes from src/schema/input.ts and src/plan/plan-infusion.ts). Also: the
 * input is never mutated, and `mcg` and `ug` mean the same thing.
 *
 * Bugs these tests found stay as regression tests; see the comment on each.
 */
import { describe, expect, it } from 'vitest';
import { planInfusion } from '../support/untyped.js';
import type { Issue, PlanResult } from '../support/untyped.js';

type Path = readonly (string | number)[];
type Expected = readonly (readonly [code: string, path: Path])[];

// Valid inputs, one per protocol; each bad input changes one thing in a fresh copy.
const schwartzman = () => ({
  patient: { weight: { value: 70, unit: 'kg' } },
  protocol: 'ketamine-crps-schwartzman-2009',
  session: 1,
});
const sanacora = () => ({
  patient: { weight: { value: 70, unit: 'kg' } },
  protocol: 'ketamine-depression-sanacora-2017',
  session: 1,
});
const clinic = () => ({
  patient: { weight: { value: 70, unit: 'kg' } },
  protocol: 'ketamine-clinic-course-2x3',
  session: 1,
  dose: { rate: { value: 0.35, unit: 'mg/kg/h' } },
  preparation: { containerVolume: { value: 250, unit: 'mL' } },
});
const collins = () => ({
  patient: { weight: { value: 70, unit: 'kg' } },
  protocol: 'magnesium-crps-collins-2009',
  session: 1,
});
const lidocaine = () => ({
  patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' },
  protocol: 'lidocaine-chronic-pain-rch',
  session: 1,
  dose: { total: { value: 5, unit: 'mg/kg' }, rate: { value: 40, unit: 'mcg/kg/min' } },
});

const withWeight = (value: unknown, unit = 'kg') => ({ ...schwartzman(), patient: { weight: { value, unit } } });
const WEIGHT_VALUE = ['patient', 'weight', 'value'] as const;

function issuesOf(r: PlanResult): readonly Issue[] {
  if (r.ok) throw new Error(`expected ok: false, got a plan with status ${r.plan.status}`);
  return r.issues;
}

/** Asserts ok: false with exactly these issues (code and path, in order), each well formed. */
function expectIssues(input: unknown, expected: Expected) {
  const r = planInfusion(input);
  expect(r.ok).toBe(false);
  const issues = issuesOf(r);
  expect(issues.map((i) => [i.code, i.path])).toEqual(expected.map(([code, path]) => [code, [...path]]));
  for (const i of issues) {
    expect(typeof i.message).toBe('string');
    expect(i.message.length).toBeGreaterThan(0);
  }
}

describe('the valid inputs the bad ones are made from', () => {
  it.each([
    ['schwartzman', schwartzman()],
    ['sanacora', sanacora()],
    ['clinic', clinic()],
    ['collins', collins()],
    ['lidocaine', lidocaine()],
  ] as const)('%s plans', (_name, input) => {
    const r = planInfusion(input);
    expect(r.ok, JSON.stringify(r.ok ? null : r.issues)).toBe(true);
  });
});

describe('bad input gives ok: false with the exact issue code and path', () => {
  const cases: readonly { readonly name: string; readonly input: unknown; readonly issues: Expected }[] = [
    // Weight values that are not plain, finite decimals.
    { name: 'weight NaN', input: withWeight(Number.NaN), issues: [['not_a_number', WEIGHT_VALUE]] },
    { name: 'weight Infinity', input: withWeight(Infinity), issues: [['not_finite', WEIGHT_VALUE]] },
    { name: 'weight -Infinity', input: withWeight(-Infinity), issues: [['not_finite', WEIGHT_VALUE]] },
    { name: "weight '1e3' (exponent)", input: withWeight('1e3'), issues: [['not_plain_decimal', WEIGHT_VALUE]] },
    { name: "weight '0x10' (hex)", input: withWeight('0x10'), issues: [['not_plain_decimal', WEIGHT_VALUE]] },
    { name: "weight '1_000' (underscore)", input: withWeight('1_000'), issues: [['not_plain_decimal', WEIGHT_VALUE]] },
    { name: "weight '' (empty)", input: withWeight(''), issues: [['empty_number', WEIGHT_VALUE]] },
    { name: "weight ' 70' (space)", input: withWeight(' 70'), issues: [['not_plain_decimal', WEIGHT_VALUE]] },
    { name: "weight '.5' (bare point)", input: withWeight('.5'), issues: [['not_plain_decimal', WEIGHT_VALUE]] },
    { name: "weight '+70'", input: withWeight('+70'), issues: [['not_plain_decimal', WEIGHT_VALUE]] },
    { name: "weight '070' (leading zero)", input: withWeight('070'), issues: [['not_plain_decimal', WEIGHT_VALUE]] },
    { name: 'weight true (boolean)', input: withWeight(true), issues: [['not_a_number', WEIGHT_VALUE]] },
    { name: 'weight null', input: withWeight(null), issues: [['not_a_number', WEIGHT_VALUE]] },
    // Weight values that are numbers but not an adult's weight.
    { name: 'negative weight (-70 kg)', input: withWeight(-70), issues: [['weight_not_positive', WEIGHT_VALUE]] },
    { name: "negative zero weight ('-0')", input: withWeight('-0'), issues: [['weight_not_positive', WEIGHT_VALUE]] },
    { name: 'zero weight', input: withWeight(0), issues: [['weight_not_positive', WEIGHT_VALUE]] },
    { name: 'weight 1000 kg (above the hard limit)', input: withWeight(1000), issues: [['weight_implausible', WEIGHT_VALUE]] },
    { name: 'weight 2000 lb (above the hard limit)', input: withWeight(2000, 'lb'), issues: [['weight_implausible', WEIGHT_VALUE]] },
    { name: 'weight 10 kg (below the hard limit)', input: withWeight(10), issues: [['weight_implausible', WEIGHT_VALUE]] },
    // Units.
    { name: "unknown weight unit 'stone'", input: withWeight(11, 'stone'), issues: [['unknown_unit', ['patient', 'weight', 'unit']]] },
    {
      name: "unknown dose unit 'mg/kg/hr'",
      input: { ...clinic(), dose: { rate: { value: 0.35, unit: 'mg/kg/hr' } } },
      issues: [['unknown_unit', ['dose', 'rate', 'unit']]],
    },
    {
      name: "unknown dose unit 'µg/kg/min'",
      input: { ...lidocaine(), dose: { total: { value: 5, unit: 'mg/kg' }, rate: { value: 40, unit: 'µg/kg/min' } } },
      issues: [['unknown_unit', ['dose', 'rate', 'unit']]],
    },
    {
      name: 'dose unit of the wrong kind (mg/kg where mg/kg/h is expected)',
      input: { ...clinic(), dose: { rate: { value: 0.35, unit: 'mg/kg' } } },
      issues: [['dose_unit_mismatch', ['dose', 'rate', 'unit']]],
    },
    {
      name: "pump increment in 'mL/min'",
      input: { ...schwartzman(), pump: { increment: { value: 0.1, unit: 'mL/min' } } },
      issues: [['unknown_unit', ['pump', 'increment', 'unit']]],
    },
    // Catalogue look-ups.
    { name: 'unknown protocol', input: { ...schwartzman(), protocol: 'ketamine-made-up-2020' }, issues: [['unknown_protocol', ['protocol']]] },
    {
      name: 'unknown product',
      input: { ...schwartzman(), preparation: { product: 'ketamine-1000mg-ml' } },
      issues: [['unknown_product', ['preparation', 'product']]],
    },
    {
      name: "another agent's product",
      input: { ...schwartzman(), preparation: { product: 'lidocaine-20mg-ml' } },
      issues: [['unknown_product', ['preparation', 'product']]],
    },
    {
      name: 'unknown diluent',
      input: { ...schwartzman(), preparation: { diluent: 'water-for-injection' } },
      issues: [['unknown_diluent', ['preparation', 'diluent']]],
    },
    {
      name: 'a premix for a protocol that makes up a bag',
      input: { ...collins(), preparation: { product: 'magnesium-sulfate-40mg-ml-premix-100ml' } },
      issues: [['product_not_usable', ['preparation', 'product']]],
    },
    // Shape.
    { name: 'an extra key at the top level', input: { ...schwartzman(), weight: 70 }, issues: [['unknown_key', ['weight']]] },
    {
      name: 'an extra key in patient',
      input: { ...schwartzman(), patient: { weight: { value: 70, unit: 'kg' }, bmi: 22 } },
      issues: [['unknown_key', ['patient', 'bmi']]],
    },
    { name: 'missing patient', input: { protocol: 'ketamine-crps-schwartzman-2009', session: 1 }, issues: [['required', ['patient']]] },
    { name: 'missing weight', input: { ...schwartzman(), patient: {} }, issues: [['required', ['patient', 'weight']]] },
    {
      name: 'missing session',
      input: { patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009' },
      issues: [['required', ['session']]],
    },
    { name: 'no input at all (undefined)', input: undefined, issues: [['required', []]] },
    // Session.
    { name: 'session 0', input: { ...schwartzman(), session: 0 }, issues: [['invalid_session', ['session']]] },
    { name: 'session 1.5', input: { ...schwartzman(), session: 1.5 }, issues: [['invalid_session', ['session']]] },
    { name: 'session -1', input: { ...schwartzman(), session: -1 }, issues: [['invalid_session', ['session']]] },
    { name: "session '1' (a string)", input: { ...schwartzman(), session: '1' }, issues: [['invalid_session', ['session']]] },
    { name: 'session NaN', input: { ...schwartzman(), session: Number.NaN }, issues: [['invalid_session', ['session']]] },
    // Patient fields.
    {
      name: "sex 'x'",
      input: { ...schwartzman(), patient: { weight: { value: 70, unit: 'kg' }, sex: 'x' } },
      issues: [['invalid_value', ['patient', 'sex']]],
    },
    {
      name: 'age 12 (not an adult)',
      input: { ...schwartzman(), patient: { weight: { value: 70, unit: 'kg' }, ageYears: 12 } },
      issues: [['patient_not_adult', ['patient', 'ageYears']]],
    },
    {
      name: 'age 130 (above the hard limit)',
      input: { ...schwartzman(), patient: { weight: { value: 70, unit: 'kg' }, ageYears: 130 } },
      issues: [['age_implausible', ['patient', 'ageYears']]],
    },
    {
      name: 'height 0',
      input: { ...schwartzman(), patient: { weight: { value: 70, unit: 'kg' }, height: { value: 0, unit: 'cm' } } },
      issues: [['height_not_positive', ['patient', 'height', 'value']]],
    },
    {
      name: 'a lidocaine plan without height or sex',
      input: { ...lidocaine(), patient: { weight: { value: 70, unit: 'kg' } } },
      issues: [
        ['height_required', ['patient', 'height']],
        ['sex_required', ['patient', 'sex']],
      ],
    },
    {
      name: 'a lidocaine plan without sex',
      input: { ...lidocaine(), patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' } } },
      issues: [['sex_required', ['patient', 'sex']]],
    },
    // Dose and preparation.
    { name: 'the clinic course without dose.rate', input: { ...clinic(), dose: {} }, issues: [['dose_required', ['dose', 'rate']]] },
    {
      name: 'the clinic course without containerVolume',
      input: { ...clinic(), preparation: {} },
      issues: [['container_volume_required', ['preparation', 'containerVolume']]],
    },
    {
      name: 'a dose rate of zero',
      input: { ...clinic(), dose: { rate: { value: 0, unit: 'mg/kg/h' } } },
      issues: [['not_positive', ['dose', 'rate', 'value']]],
    },
    {
      name: 'the derived parameter given (a total for a rate-duration protocol)',
      input: { ...schwartzman(), dose: { total: { value: 100, unit: 'mg' } } },
      issues: [['dose_not_adjustable', ['dose', 'total']]],
    },
    {
      name: 'a negative overfill',
      input: { ...schwartzman(), preparation: { overfill: { value: -1, unit: 'mL' } } },
      issues: [['negative_value', ['preparation', 'overfill', 'value']]],
    },
    {
      name: "additiveVolume 'mix'",
      input: { ...schwartzman(), preparation: { additiveVolume: 'mix' } },
      issues: [['invalid_value', ['preparation', 'additiveVolume']]],
    },
    {
      name: 'a tenfold ketamine dose (clinic course 3.5 mg/kg/h)',
      input: { ...clinic(), dose: { rate: { value: 3.5, unit: 'mg/kg/h' } } },
      // 14 mg/kg over 4 h also crosses the 4.5 mg/kg hard limit.
      issues: [
        ['tenfold_dose', ['dose', 'rate']],
        ['session_dose_per_kg_above_hard_limit', ['dose']],
      ],
    },
    {
      name: 'a tenfold lidocaine rate (400 mcg/kg/min)',
      input: { ...lidocaine(), dose: { total: { value: 5, unit: 'mg/kg' }, rate: { value: 400, unit: 'mcg/kg/min' } } },
      issues: [
        ['tenfold_dose', ['dose', 'rate']],
        ['dose_rate_above_hard_limit', ['dose']],
      ],
    },
    // History and acknowledgements.
    {
      name: 'a history entry without its date, protocol, dose or completion',
      input: { ...schwartzman(), history: [{ session: 1 }] },
      issues: [
        ['required', ['history', 0, 'date']],
        ['required', ['history', 0, 'protocol']],
        ['required', ['history', 0, 'given']],
        ['required', ['history', 0, 'completed']],
      ],
    },
    {
      name: 'an acknowledgement with an empty reason',
      input: { ...schwartzman(), acknowledgements: [{ code: 'weight_unusual', reason: '' }] },
      issues: [['acknowledgement_reason_required', ['acknowledgements', 0, 'reason']]],
    },
    {
      name: 'an acknowledgement whose reason is only spaces',
      input: { ...schwartzman(), acknowledgements: [{ code: 'weight_unusual', reason: '   ' }] },
      issues: [['acknowledgement_reason_required', ['acknowledgements', 0, 'reason']]],
    },
  ];

  it.each(cases)('$name', ({ input, issues }) => {
    expectIssues(input, issues);
  });
});

describe('wrong-type values are reported as invalid_type, missing ones as required', () => {
  // Regression tests: these gave `required` ("The input is required.") until zod issues were parsed
  // with `reportInput: true` (zod 4 leaves `input` out of its issues otherwise).
  it.each([
    ['null', null, 'null'],
    ['42', 42, '42'],
    ["'text'", 'text', '"text"'],
    ['[]', [], 'array'],
  ] as const)('a non-object input (%s) gives invalid_type at the top level', (_name, input, received) => {
    expectIssues(input, [['invalid_type', []]]);
    expect(issuesOf(planInfusion(input))[0]?.received).toBe(received);
  });

  it('protocol 42 (a number) gives invalid_type at protocol', () => {
    expectIssues({ ...schwartzman(), protocol: 42 }, [['invalid_type', ['protocol']]]);
  });

  it("patient 'x' (a string) gives invalid_type at patient", () => {
    expectIssues({ ...schwartzman(), patient: 'x' }, [['invalid_type', ['patient']]]);
  });

  it('a weight unit that is a number gives invalid_type at patient.weight.unit', () => {
    expectIssues({ ...schwartzman(), patient: { weight: { value: 70, unit: 1 } } }, [['invalid_type', ['patient', 'weight', 'unit']]]);
  });
});

describe('impossible preparations are refused with a coded issue, never with NaN', () => {
  /**
   * Regression (was a bug, now fixed): lidocaine (RCH) with `preparation.diluent: 'sodium-chloride-0.9'`. The protocol's target
   * concentration (20 mg/mL) equals the product strength (2%, 20 mg/mL), and with the protocol's
   * `additiveVolume: 'add'` `prepareStandard` computes mg = C(V + o) / (1 - C/S), a division by zero.
   * decimal.js gives Infinity, the final volume is Infinity and the concentration NaN, and the plan is
   * refused only because every comparison with NaN fails: issues pump_rate_below_minimum and
   * pump_rate_above_maximum (both at once, observed 'NaN mL/h', message "The pump cannot run at
   * NaN mL/h"), session_dose_above_hard_limit, dose_rate_above_hard_limit and
   * concentration_above_hard_limit, all with observed value 'NaN'. Expected: one coded issue at
   * preparation (the target concentration cannot be made from this product in this way), and no NaN.
   */
  it('lidocaine made up in a saline bag at the strength of the product itself', () => {
    const r = planInfusion({ ...lidocaine(), preparation: { diluent: 'sodium-chloride-0.9' } });
    expect(r.ok).toBe(false);
    const issues = issuesOf(r);
    expect(JSON.stringify(issues)).not.toMatch(/NaN|Infinity/);
    expect(issues.map((i) => i.code)).toEqual(['preparation_invalid']);
    for (const i of issues) expect(i.path[0]).toBe('preparation');
  });
});

describe('planInfusion does not mutate its input', () => {
  function deepFreeze<T>(value: T): T {
    if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
      Object.freeze(value);
      for (const v of Object.values(value)) deepFreeze(v);
    }
    return value;
  }
  const inputs = [
    ['schwartzman', schwartzman()],
    ['sanacora', { ...sanacora(), preparation: { overfill: { value: 5, unit: 'mL' }, additiveVolume: 'add' } }],
    ['clinic', { ...clinic(), acknowledgements: [{ code: 'weight_unusual', reason: 'weighed today' }] }],
    ['collins', { ...collins(), pump: { minRate: { value: 1, unit: 'mL/h' }, maxRate: { value: 500, unit: 'mL/h' } } }],
    ['lidocaine', lidocaine()],
    ['a bad input', { ...clinic(), dose: { rate: { value: 3.5, unit: 'mg/kg/h' } }, history: [] }],
  ] as const;

  it.each(inputs)('%s: a deep-frozen input plans without a throw, and equals its clone afterwards', (_name, input) => {
    const before = structuredClone(input);
    const frozen = deepFreeze(structuredClone(input));
    const r1 = planInfusion(frozen);
    expect(frozen).toEqual(before);
    // An unfrozen input is left as it was too, and the result does not depend on freezing.
    const plain = structuredClone(input);
    const r2 = planInfusion(plain);
    expect(plain).toEqual(before);
    expect(r2).toEqual(r1);
  });

  it('changing the input after planning does not change the plan', () => {
    const input = { ...clinic(), acknowledgements: [{ code: 'weight_unusual', reason: 'weighed today' }] };
    const r = planInfusion(input);
    const snapshot = structuredClone(r);
    input.patient.weight.value = 140;
    input.dose.rate.value = 0.5;
    input.acknowledgements[0] = { code: 'other', reason: 'changed' };
    expect(r).toEqual(snapshot);
  });
});

describe("'mcg' and 'ug' are the same unit", () => {
  it('lidocaine at 40 mcg/kg/min and at 40 ug/kg/min give the same plan', () => {
    const mcg = planInfusion(lidocaine());
    const ug = planInfusion({ ...lidocaine(), dose: { total: { value: 5, unit: 'mg/kg' }, rate: { value: 40, unit: 'ug/kg/min' } } });
    expect(mcg.ok).toBe(true);
    expect(ug).toEqual(mcg);
    // The plan writes the UCUM code: no unit anywhere in it is spelled 'mcg' (prose may be).
    if (mcg.ok) {
      expect(mcg.plan.agents[0]?.prescribed.rate).toEqual({ value: '40', unit: 'ug/kg/min' });
      expect(JSON.stringify(mcg.plan)).toMatch(/"unit":"ug\/kg\/min"/);
      expect(JSON.stringify(mcg.plan)).not.toMatch(/"unit":"[^"]*mcg/);
    }
  });

  it('the clinic course at 5 mcg/kg/min and at 5 ug/kg/min give the same plan (0.3 mg/kg/h)', () => {
    const at = (unit: string) => planInfusion({ ...clinic(), dose: { rate: { value: 5, unit } } });
    const mcg = at('mcg/kg/min');
    expect(mcg.ok).toBe(true);
    expect(at('ug/kg/min')).toEqual(mcg);
    if (mcg.ok) {
      expect(mcg.plan.agents[0]?.prescribed.rate).toEqual({ value: '5', unit: 'ug/kg/min' });
      // 5 ug/kg/min x 60 / 1000 = 0.3 mg/kg/h; x 70 kg = 21 mg/h.
      expect(mcg.plan.agents[0]?.doseRate).toEqual({ value: '21', unit: 'mg/h' });
    }
  });
});
