// What a combination passes to each component's own plan: a component's product and the request's
// care area reach the component planner (src/plan/combination-parts.ts planComponents).
import { describe, expect, it } from 'vitest';
import { planCombination } from '../support/untyped.js';
import { ketamineMagnesiumBag } from '../support/orders.js';

const base = {
  patient: { weight: { value: 70, unit: 'kg' } },
  session: 1,
  components: [
    { protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' } }, product: 'ketamine-50mg-ml-10ml' },
    { protocol: 'magnesium-crps-collins-2009' },
  ],
  preparation: { containerVolume: { value: 250, unit: 'mL' } },
  acknowledgements: [{ code: 'compatibility_unknown', reason: 'reviewed by pharmacy' }],
};

describe('a combination component request', () => {
  it("a component's product is the vial its drug is drawn from", () => {
    // 0.3 mg/kg/h x 70 kg x 4 h = 84 mg; 84 / 50 mg/mL = 1.68 mL, measured to 0.1 mL: 1.7 mL.
    const r = planCombination(base);
    expect(r.ok && r.plan.bag.additives.map((a) => [a.product.id, a.volume])).toEqual([
      ['ketamine-50mg-ml-10ml', { value: '1.7', unit: 'mL' }],
      ['magnesium-sulfate-500mg-ml-10ml', { value: '9.8', unit: 'mL' }],
    ]);
  });

  it('the care area reaches each component: one the catalogue does not know is refused there', () => {
    const r = planCombination({ ...base, careArea: 'icu' });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.'), i.message])).toEqual([
      ['unknown_care_area', 'careArea', 'No limits are set for care area "icu" in this catalogue; known: (none).'],
    ]);
  });

  it('the working names how the final volume is made: withdrawn and replaced, or added', () => {
    const formula = (additiveVolume: string) => {
      const r = planCombination({ ...base, preparation: { ...base.preparation, additiveVolume } });
      return r.ok ? r.plan.trace.find((t) => t.step === 'bag.combination')?.formula : undefined;
    };
    expect(formula('withdraw-equal')).toBe('final mL = bag + overfill - sum(drawn) + sum(drawn)');
    expect(formula('add')).toBe('final mL = bag + overfill + sum(drawn)');
  });

  it("the combination's own working: one bag, one pump rate (worked by hand)", () => {
    // Withdrawn and replaced (the default): 250 mL + 0 overfill - (1.7 + 9.8) + (1.7 + 9.8) = 250 mL;
    // 250 mL / 4 h = 62.5 mL/h, already on the 0.1 mL/h increment.
    const r = planCombination(base);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.plan.bag.style).toBe('whole-bag');
    expect(r.plan.trace.slice(-2)).toEqual([
      {
        step: 'bag.combination',
        description: 'All additives in one bag',
        formula: 'final mL = bag + overfill - sum(drawn) + sum(drawn)',
        inputs: { ketamine: { value: '1.7', unit: 'mL' }, 'magnesium-sulfate': { value: '9.8', unit: 'mL' } },
        result: { value: '250', unit: 'mL' },
      },
      {
        step: 'pump.rate',
        description: 'One pump rate for the whole bag',
        formula: 'mL/h = final mL / h',
        inputs: { volume: { value: '250', unit: 'mL' }, duration: { value: '4', unit: 'h' } },
        result: { value: '62.5', unit: 'mL/h' },
        rounding: { exact: { value: '62.5', unit: 'mL/h' }, increment: { value: '0.1', unit: 'mL/h' }, mode: 'halfExpand' },
      },
    ]);
    // Each component's own working comes first, its steps named after its protocol.
    const own = r.plan.trace.slice(0, -2).map((t) => t.step.split(':')[0]);
    expect([...new Set(own)]).toEqual(['ketamine-clinic-course-2x3', 'magnesium-crps-collins-2009']);
  });
});

describe("the components' own findings carried into the bag", () => {
  it("the patient's findings once, not once a component: the four weight limits of 70 kg", () => {
    const r = planCombination(base);
    expect(r.ok && r.plan.checks.filter((c) => c.rule.startsWith('patient.')).map((c) => [c.rule, c.code])).toEqual([
      ['patient.weight.lower-hard', 'weight_implausible'],
      ['patient.weight.lower-soft', 'weight_unusual'],
      ['patient.weight.upper-soft', 'weight_unusual'],
      ['patient.weight.upper-hard', 'weight_implausible'],
    ]);
  });
});

describe('the combination door', () => {
  it('components that are not a list: invalid_type at components, with what was received', () => {
    const r = planCombination({ ...base, components: 'x' });
    expect(r.ok ? undefined : r.issues[0]).toEqual({
      code: 'invalid_type',
      path: ['components'],
      message: 'Expected array at components.',
      expected: 'array',
      received: '"x"',
    });
  });
});

describe("the request's own date", () => {
  it('a date that does not exist is refused once, at the request, not once a component', () => {
    // 2026 is not a leap year and February has no 30th.
    const r = planCombination({ ...ketamineMagnesiumBag(), date: '2026-02-30' });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['invalid_date', ['date']]]);
  });
});

describe("a component's issue is placed where the combination request holds the field", () => {
  const issues = (input: unknown) => {
    const r = planCombination(input);
    return r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')]);
  };

  it("the request's patient, session and pump: once, at their own path (both components read them)", () => {
    expect(issues({ ...base, patient: { weight: { value: 'x', unit: 'kg' } } })).toEqual([['not_plain_decimal', 'patient.weight.value']]);
    expect(issues({ ...base, session: 0 })).toEqual([['invalid_session', 'session']]);
    expect(issues({ ...base, pump: { increment: { value: 5, unit: 'mL/h' } } })).toEqual([['increment_too_coarse', 'pump.increment.value']]);
  });

  it("the request's preparation at preparation; a component's product at that component's product", () => {
    // A 250 L container: each component's own bag (250,000 mL over 4 h = 62,500 mL/h) is over the
    // default pump's 999 mL/h: one refusal, at the request's pump.
    expect(issues({ ...base, preparation: { containerVolume: { value: 250, unit: 'L' } } })).toEqual([['pump_rate_above_maximum', 'pump']]);
    const unknown = { ...base, components: [{ ...base.components[0], product: 'nope' }, base.components[1]] };
    expect(issues(unknown)).toEqual([['unknown_product', 'components.0.product']]);
  });

  it("a component's dose stays under that component", () => {
    const bad = { ...base, components: [{ ...base.components[0], dose: { rate: { value: 'x', unit: 'mg/kg/h' } } }, base.components[1]] };
    expect(issues(bad)).toEqual([['not_plain_decimal', 'components.0.dose.rate.value']]);
  });
});
