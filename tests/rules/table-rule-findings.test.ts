/**
 * Issue 16 item 1: what the rule functions of src/rules/table.ts and src/rules/metadata.ts decide
 * themselves, pinned by hand (Stryker's survivors there): the dosing-weight and product
 * `unverified_data` notes word for word, when `overfill_not_stated` and `rounded_down_for_limit` are
 * given and when not, when `history_not_used` is not given, when a missing date is not asked for, and
 * where a refusal on the final concentration points. Driven through planInfusion / createCalculator.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, planInfusion } from '../support/untyped.js';
import type { Agent, Product } from '../../src/catalogue/types.js';
import type { Check } from '../../src/types/plan.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const agentOf = (id: string) => BUILTIN_CATALOGUE.agents.find((a) => a.id === id) as Agent;
const productOf = (agent: string, id: string) => agentOf(agent).products.find((p) => p.id === id) as Product;
const checksOf = (r: ReturnType<typeof planInfusion>, code: string): readonly Check[] => {
  expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
  return r.ok ? r.plan.checks.filter((c) => c.code === code) : [];
};

// Schwartzman at 70 kg, session 1: 0.35 mg/kg/h x 70 kg = 24.5 mg/h (under the 25 mg/h cap) in 100 mL NS
// from the 100 mg/mL vial (the protocol's first product), no history, no overfill given.
const schwartzman = (extra: Json = {}) =>
  planInfusion({ patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1, ...extra });

describe('the unverified notes the table writes itself', () => {
  it("ketamine's weight basis is marked [No authoritative rule] (verified: false): one note on rule weight-basis, in the words of the template", () => {
    // unverified('weight-basis', 'The dosing-weight rule', source): "<what> rests on data the reference
    // marks [UNVERIFIED]: <note>" (no conflict stated), the note being the ketamine record's weight note.
    const source = agentOf('ketamine').weight.source;
    expect(source.verified).toBe(false);
    expect(checksOf(schwartzman(), 'unverified_data').filter((c) => c.rule === 'weight-basis')).toEqual([
      {
        code: 'unverified_data',
        rule: 'weight-basis',
        severity: 'info',
        passed: false,
        source,
        message:
          'The dosing-weight rule rests on data the reference marks [UNVERIFIED]: No authoritative rule exists for ketamine; the reference marks this [No authoritative rule].',
      },
    ]);
  });

  it('the 100 mg/mL ketamine vial (single-use or not unverified) is named in its note: "The product <name> rests on ..."', () => {
    const product = productOf('ketamine', 'ketamine-100mg-ml-5ml');
    expect(product.source.verified).toBe(false);
    expect(checksOf(schwartzman(), 'unverified_data').filter((c) => c.rule === 'ketamine-100mg-ml-5ml')).toEqual([
      {
        code: 'unverified_data',
        rule: 'ketamine-100mg-ml-5ml',
        severity: 'info',
        passed: false,
        source: product.source,
        message: `The product Ketamine 100 mg/mL, 5 mL vial rests on data the reference marks [UNVERIFIED]: ${product.source.note}`,
      },
    ]);
  });
});

describe('overfill_not_stated: only for a bag with a diluent whose overfill the request does not give', () => {
  it('Schwartzman in 100 mL NS, no overfill given: the info note, word for word', () => {
    expect(checksOf(schwartzman(), 'overfill_not_stated')).toEqual([
      {
        code: 'overfill_not_stated',
        rule: 'preparation.overfill',
        severity: 'info',
        passed: false,
        message:
          'No bag overfill was given, so none is counted: the bag may hold more than its nominal volume. Give preparation.overfill from the manufacturer to include it.',
      },
    ]);
  });

  it('the same bag with an overfill of 5 mL given: no note', () => {
    const r = schwartzman({ preparation: { overfill: { value: 5, unit: 'mL' } } });
    expect(r.ok && r.plan.bag.diluent?.overfillStated).toBe(true);
    expect(checksOf(r, 'overfill_not_stated')).toEqual([]);
  });

  it('zoledronic acid 5 mg from its 100 mL premix (no diluent at all): no note', () => {
    // A 70 kg woman of 60 with creatinine 0.9 mg/dL, over 20 min: the protocol runs its premix neat.
    const r = planInfusion({
      patient: { weight: { value: 70, unit: 'kg' }, ageYears: 60, sex: 'female', creatinine: { value: 0.9, unit: 'mg/dL' } },
      protocol: 'zoledronic-acid-crps-5mg',
      session: 1,
      dose: { duration: { value: 20, unit: 'min' } },
    });
    expect(r.ok && r.plan.bag.diluent).toBeNull();
    expect(checksOf(r, 'overfill_not_stated')).toEqual([]);
  });
});

describe('history_not_used: only for a protocol without a titration rule and with earlier sessions of it', () => {
  it('Schwartzman (no titration rule), session 1 with no history: no note', () => {
    expect(checksOf(schwartzman(), 'history_not_used')).toEqual([]);
  });

  it('Schwartzman, session 1, after a Collins magnesium session (a history, but no earlier session of this protocol): no note', () => {
    // The titration phase runs because a history is given; it holds 0 sessions of Schwartzman, so there
    // is no earlier session the dose could have used.
    const r = schwartzman({
      date: '2026-03-09',
      history: [{ date: '2026-03-02', protocol: 'magnesium-crps-collins-2009', session: 1, given: { total: { value: 4.9, unit: 'g' } }, completed: true }],
    });
    expect(checksOf(r, 'history_not_used')).toEqual([]);
  });

  it('the clinic course (a titration rule), session 2 after session 1: the rule reads the history, so no note', () => {
    const r = planInfusion({
      patient: { weight: { value: 80, unit: 'kg' } },
      protocol: 'ketamine-clinic-course-2x3',
      session: 2,
      date: '2026-03-09',
      dose: { rate: { value: 0.3, unit: 'mg/kg/h' } },
      preparation: { containerVolume: { value: 250, unit: 'mL' } },
      history: [{ date: '2026-03-02', protocol: 'ketamine-clinic-course-2x3', session: 1, given: { rate: { value: 0.3, unit: 'mg/kg/h' } }, completed: true }],
    });
    expect(checksOf(r, 'history_not_used')).toEqual([]);
  });
});

describe('date_required_for_window: only when a limit over a window of hours applies', () => {
  /** The clinic course, 80 kg at 0.3 mg/kg/h in 250 mL, session 2 after a session 1 that recorded its rate, with no date. */
  const clinic2NoDate = {
    patient: { weight: { value: 80, unit: 'kg' } },
    protocol: 'ketamine-clinic-course-2x3',
    session: 2,
    dose: { rate: { value: 0.3, unit: 'mg/kg/h' } },
    preparation: { containerVolume: { value: 250, unit: 'mL' } },
    history: [{ date: '2026-03-02', protocol: 'ketamine-clinic-course-2x3', session: 1, given: { rate: { value: 0.3, unit: 'mg/kg/h' } }, completed: true }],
  };

  it('ketamine has no windowed limit: no date asked for, and the open findings are exactly the five notes of this plan', () => {
    const r = planInfusion(clinic2NoDate);
    expect(checksOf(r, 'date_required_for_window')).toEqual([]);
    // Not passed, in table order: the weight basis and the 100 mg/mL vial unverified (above), no
    // overfill given, and the escort and fasting requirements to confirm (the protocol's two).
    expect(r.ok && r.plan.checks.filter((c) => !c.passed).map((c) => [c.code, c.rule])).toEqual([
      ['unverified_data', 'weight-basis'],
      ['unverified_data', 'ketamine-100mg-ml-5ml'],
      ['overfill_not_stated', 'preparation.overfill'],
      ['requirement_unconfirmed', 'requirement.escort'],
      ['requirement_unconfirmed', 'requirement.fasting'],
    ]);
    expect(r.ok && r.plan.status).toBe('ready');
  });

  it('a limit over the course counts the history by session, not by date: no date asked for', () => {
    // A copy of the catalogue with one more ketamine limit, soft, 1000 mg over the course; the
    // course's earlier sessions are counted in order, so the session's date is not needed.
    const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
    const limits = (cat['agents'] as Json[]).find((a) => a['id'] === 'ketamine')?.['limits'] as Json[];
    limits.push({
      ...(limits[0] as Json),
      id: 'site.ketamine.course-dose.soft',
      bound: 'upper',
      severity: 'soft',
      value: '1000',
      unit: 'mg',
      window: 'course',
    });
    const made = createCalculator(cat);
    expect(made.ok, made.ok ? '' : JSON.stringify(made.issues)).toBe(true);
    if (!made.ok) return;
    const r = made.calculator.planInfusion(clinic2NoDate);
    expect(checksOf(r, 'date_required_for_window')).toEqual([]);
    // The course limit was judged: session 1 recorded a rate but no total, so the course total is not
    // known (soft, the limit's severity); this session's check follows: 0.3 mg/kg/h x 80 kg x 4 h = 96 mg
    // counted so far, within 1000 mg.
    expect(r.ok && r.plan.checks.filter((c) => c.rule === 'site.ketamine.course-dose.soft').map((c) => [c.code, c.severity, c.passed])).toEqual([
      ['cumulative_dose_unknown', 'soft', false],
      ['session_dose_above_soft_limit', 'soft', true],
    ]);
  });
});

describe('rounded_down_for_limit: a note only when a rounding went down for a ceiling', () => {
  const FOO = 'lidocaine-perioperative-foo-2021';
  /** Plans on a copy of Foo 2021 (4 mg/mL premix, pump steps of 0.1 mL and 0.1 mL/h) changed by `edit`. */
  function planFooCopy(edit: (foo: Json) => void) {
    const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
    const foo = (cat['protocols'] as Json[]).find((p) => p['id'] === FOO) as Json;
    delete foo['loading'];
    edit(foo);
    const made = createCalculator(cat);
    expect(made.ok, made.ok ? '' : JSON.stringify(made.issues)).toBe(true);
    if (!made.ok) throw new Error('catalogue refused');
    // 175 cm male, 70 kg (IBW 70.46 kg, actual lower: 70 kg), 0.1 mg/kg/h for 3.4 h: 7 mg/h,
    // 7 x 3.4 = 23.8 mg, 23.8 / 4 mg/mL = 5.95 mL to infuse.
    return made.calculator.planInfusion({
      protocol: FOO,
      session: 1,
      patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' },
      dose: { rate: { value: 0.1, unit: 'mg/kg/h' }, duration: { value: 3.4, unit: 'h' } },
    });
  }

  it('a 23.9 mg session cap: 5.95 mL to infuse would round to 6.0 mL = 24 mg, so it is floored to 5.9 mL, and the note says so', () => {
    // Only the volume is held down: the rate 7 / 4 = 1.75 mL/h rounds to 1.8 mL/h (7.2 mg/h, no ceiling
    // near), and a premix is not drawn, so the volume alone gives the note.
    const r = planFooCopy((foo) => foo['caps'].push({ id: 'institution.session-cap', value: '23.9', unit: 'mg', source: foo['caps'][0]['source'] }));
    expect(r.ok && r.plan.pump.volumeToBeInfused).toEqual({ value: '5.9', unit: 'mL' });
    expect(r.ok && r.plan.pump.rounding.roundedDownForLimit).toBe(false);
    expect(checksOf(r, 'rounded_down_for_limit')).toEqual([
      {
        code: 'rounded_down_for_limit',
        rule: 'rounding.ceiling',
        severity: 'info',
        passed: false,
        agent: 'lidocaine',
        message:
          'Rounding to the nearest measurable volume or pump increment would have crossed a protocol cap or hard limit, or run the infusion under a minimum duration, so it was rounded down instead.',
      },
    ]);
  });

  it('no cap: the volume is rounded to the nearest 0.1 mL (6.0 mL), nothing went down, so no note', () => {
    const r = planFooCopy(() => undefined);
    expect(r.ok && r.plan.pump.volumeToBeInfused).toEqual({ value: '6', unit: 'mL' });
    expect(checksOf(r, 'rounded_down_for_limit')).toEqual([]);
  });
});

describe('a refusal on the final concentration points at the preparation', () => {
  it('Collins 70 mg/kg at 70 kg made up to 20 mL: 4900 mg / 20 mL = 245 mg/mL = 0.245 g/mL, over the 0.2 g/mL hard limit', () => {
    // 70 mg/kg x 70 kg = 4900 mg; the protocol withdraws as much diluent as it adds, so the bag holds
    // 20 mL: 4900 / 20 = 245 mg/mL, shown in g (magnesium's display unit): 0.245 g/mL > 0.2 g/mL.
    const r = planInfusion({
      patient: { weight: { value: 70, unit: 'kg' } },
      protocol: 'magnesium-crps-collins-2009',
      session: 1,
      preparation: { containerVolume: { value: 20, unit: 'mL' } },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const limit = agentOf('magnesium-sulfate').limits.find((l) => l.id === 'magnesium-sulfate.concentration.upper-hard');
    expect(r.issues).toEqual([
      {
        code: 'concentration_above_hard_limit',
        rule: 'magnesium-sulfate.concentration.upper-hard',
        severity: 'hard',
        passed: false,
        agent: 'magnesium-sulfate',
        observed: { value: '0.245', unit: 'g/mL' },
        limit: { value: '0.2', unit: 'g/mL' },
        source: limit?.source,
        message: 'Final concentration exceeds the hard upper limit of 0.2 g/mL; this cannot be overridden.',
        path: ['preparation'],
      },
    ]);
  });
});
