/**
 * checkPlan, field by field: each test corrupts exactly one stated value (or one unit, or the
 * shape of one quantity) of a real plan from planInfusion and asserts the whole result: the exact
 * codes, the path of the disagreement, and the figures of its message. The tolerance tests sit a
 * hand-computed step just inside and just outside the error bound (HALF_UNIT = 0.0000005 of each
 * printed value, propagated; STATED_SLACK = 0.000002 of the stated value's unit).
 *
 * The plans (all 80 kg):
 * - ketamine (Schwartzman, withdraw-equal, 10 mL overfill), whole bag: 2 mL of 50 mg/mL = 100 mg;
 *   diluent 100 + 10 - 2 = 108 mL; final 110 mL; 0.909091 mg/mL; one maintenance segment
 *   27.5 mL/h x 240 min = 110 mL, 100 mg at 25 mg/h; 1.25 mg/kg, 0.3125 mg/kg/h; residual 0 mL.
 * - ketamine, `add` with 7 mL overfill: withdrawn 0 mL, diluent 107 mL, final 109 mL.
 * - lidocaine (Foo), premix 4 mg/mL 500 mL, no additive: loading 158.5 mL/h x 9.993691 min =
 *   26.4 mL, then 26.4 mL/h x 120 min = 52.8 mL (211.2 mg at 105.6 mg/h).
 * - dexmedetomidine, 2 mL of 0.1 mg/mL into 50 mL (withdraw-equal): 200 ug, 0.004 mg/mL; loading
 *   120 mL/h x 10 min = 20 mL (80 ug, 480 ug/h), then 12 mL/h x 120 min = 24 mL (96 ug, 48 ug/h);
 *   44 mL infused, 6 mL residual; 176 ug, 48 ug/h, 2.2 ug/kg, 0.6 ug/kg/h.
 * - IVIG (Lips/Goebel, 1 mg/kg/min), 742.8 mL of 50 mg/mL drawn, no diluent: 37.14 g; one segment
 *   89.1 mL/h x 500.20202 min.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../src/index.js';
import { checkPlan, type CheckPlanResult, type PlanDisagreement } from '../../src/verify/check-plan.js';
import { once } from '../support/once.js';
import { type Mutable, clone, codesOf, explain, mustPlan } from './check-plan-helpers.js';

// ---------------------------------------------------------------------------------------------
// Plans and helpers

const MALE_175 = { height: { value: 175, unit: 'cm' }, sex: 'male' };
const KG80 = { value: 80, unit: 'kg' };

const ketamine = once(() =>
  mustPlan({
    protocol: 'ketamine-crps-schwartzman-2009',
    session: 1,
    patient: { weight: KG80 },
    preparation: { additiveVolume: 'withdraw-equal', overfill: { value: 10, unit: 'mL' } },
  }),
);
const ketamineAdd = once(() =>
  mustPlan({
    protocol: 'ketamine-crps-schwartzman-2009',
    session: 1,
    patient: { weight: KG80 },
    preparation: { additiveVolume: 'add', overfill: { value: 7, unit: 'mL' } },
  }),
);
const lidocaine = once(() =>
  mustPlan({
    protocol: 'lidocaine-perioperative-foo-2021',
    session: 1,
    patient: { ...MALE_175, weight: KG80 },
    dose: { duration: { value: 120, unit: 'min' } },
  }),
);
const dex = once(() =>
  mustPlan({
    protocol: 'dexmedetomidine-procedural-label',
    session: 1,
    patient: { weight: KG80 },
    dose: { duration: { value: 2, unit: 'h' } },
    preparation: { product: 'dexmedetomidine-100ug-ml-2ml' },
  }),
);
const ivig = once(() =>
  mustPlan({
    protocol: 'ivig-crps-lips-goebel-2014',
    session: 1,
    patient: { ...MALE_175, weight: KG80 },
    dose: { rate: { value: 1, unit: 'mg/kg/min' } },
  }),
);

/** For shapes the types forbid (a null or missing quantity, a number where a string belongs). */
const loose = (o: object): Record<string, unknown> => o as Record<string, unknown>;

function need<T>(x: T | undefined, what: string): T {
  if (x === undefined) throw new Error(`the plan has no ${what}`);
  return x;
}
const seg = (p: Mutable<Plan>, i: number) => need(p.pump.segments[i], `segment ${i}`);
const dose0 = (p: Mutable<Plan>, i: number) => need(seg(p, i).doses[0], `dose in segment ${i}`);
const additive0 = (p: Mutable<Plan>) => need(p.bag.additives[0], 'additive');
const diluent = (p: Mutable<Plan>) => need(p.bag.diluent ?? undefined, 'diluent');
const conc0 = (p: Mutable<Plan>) => need(p.bag.concentrations[0], 'concentration');
const agent0 = (p: Mutable<Plan>) => need(p.agents[0], 'agent');

function disagreements(r: CheckPlanResult): readonly PlanDisagreement[] {
  if (r.ok) throw new Error('expected disagreements, checkPlan said ok');
  return r.disagreements;
}
/** The only disagreement of the result. */
function single(r: CheckPlanResult): PlanDisagreement {
  const ds = disagreements(r);
  if (ds.length !== 1) throw new Error(`expected exactly one disagreement, got:\n${explain(r)}`);
  return ds[0] as PlanDisagreement;
}
/** The only disagreement with `code`. */
function withCode(r: CheckPlanResult, code: string): PlanDisagreement {
  const ds = disagreements(r).filter((d) => d.code === code);
  if (ds.length !== 1) throw new Error(`expected exactly one ${code}, got:\n${explain(r)}`);
  return ds[0] as PlanDisagreement;
}

// ---------------------------------------------------------------------------------------------

describe('the plans used here pass unchanged', () => {
  it('ketamine (both additive methods), lidocaine premix, dexmedetomidine and IVIG', () => {
    for (const p of [ketamine(), ketamineAdd(), lidocaine(), dex(), ivig()]) expect(explain(checkPlan(p))).toBe('ok');
  });
});

describe('tolerance: HALF_UNIT and STATED_SLACK, just inside and just outside', () => {
  // A freshly loaded module, so the constants are evaluated inside this test.
  async function freshCheckPlan(): Promise<typeof checkPlan> {
    vi.resetModules();
    const m = await import('../../src/verify/check-plan.js');
    return m.checkPlan;
  }

  it('segment volume: the bound is the propagated half-units plus 0.000002 mL', async () => {
    const check = await freshCheckPlan();
    // IVIG segment: 89.1 mL/h x 500.20202 min = 44567.999982 / 60 = 742.7999997 mL.
    // Bound of rate x time: |rate| x e(time) + |time| x e(rate) (+ e.e, ~4e-15)
    //   = 89.1 x (0.0000005 / 60) + (500.20202 / 60) x 0.0000005
    //   = 0.0000007425 + 8.3367003 x 0.0000005 = 0.0000007425 + 0.0000041684 = 0.0000049109 mL,
    // plus STATED_SLACK 0.000002 mL: tolerance 0.0000069109 mL around 742.7999997.
    // [stated, agrees, difference as shown (6 places, half-up)]
    const cases: [string, boolean, string][] = [
      ['742.800006', true, ''], // diff 0.0000063 <= 0.0000069 (without HALF_UNIT the tolerance would be 0.000002; without the slack 0.0000049)
      ['742.800007', false, '0.000007'], // diff 0.0000073 > 0.0000069
      ['742.799993', true, ''], // diff 0.0000067
      ['742.799992', false, '0.000008'], // diff 0.0000077
    ];
    expect(seg(clone(ivig()), 0).volume).toEqual({ value: '742.8', unit: 'mL' });
    for (const [value, agrees, difference] of cases) {
      const p = clone(ivig());
      seg(p, 0).volume.value = value;
      const r = check(p);
      if (agrees) expect(explain(r)).toBe('ok');
      else {
        const d = single(r);
        expect(d.code).toBe('segment_volume_mismatch');
        expect(d.path).toEqual(['pump', 'segments', 0, 'volume']);
        expect(d.message).toBe(
          `Volume of segment 1 (rate x duration): the plan states ${value} mL, the re-calculation gives 742.8 mL (difference ${difference}, tolerance 0.000007 mL).`,
        );
      }
    }
  });

  it('a total dose stated in g: the slack is 0.000002 g (2 ug), not 0.000002 mg', async () => {
    const check = await freshCheckPlan();
    // Concentration: amount 742.8 mL x 50 mg/mL = 37140 mg, bound 742.8 x 0.0000005 + 50 x 0.0000005
    //   = 0.0003964 mg; / final 742.8 mL (bound 0.0000005): 50 mg/mL, bound
    //   (0.0003964 + 50 x 0.0000005) / 742.7999995 = 0.0000005673 mg/mL.
    // Dose = 742.7999997 mL x 50 mg/mL = 37139.999985 mg, bound 742.8 x 0.0000005673 + 50 x 0.0000049109
    //   = 0.0004214 + 0.0002455 = 0.0006669 mg; plus the slack 0.000002 g = 0.002 mg: 0.0026669 mg.
    const a = agent0(clone(ivig()));
    expect(a.delivered.totalDose).toEqual({ value: '37.14', unit: 'g' });

    const inside = clone(ivig());
    agent0(inside).delivered.totalDose.value = '37.140002'; // diff 0.002015 mg <= 0.0026669 mg
    expect(explain(check(inside))).toBe('ok');

    const outside = clone(ivig());
    agent0(outside).delivered.totalDose.value = '37.140003'; // diff 0.003015 mg > 0.0026669 mg
    const d = single(check(outside));
    expect(d.code).toBe('delivered_total_dose_mismatch');
    expect(d.path).toEqual(['agents', 0, 'delivered', 'totalDose']);
    expect(d.message).toBe(
      'Delivered total dose of immune-globulin (sum of segment doses): the plan states 37.140003 g, the re-calculation gives 37.14 g (difference 0.000003, tolerance 0.000003 g).',
    );
    expect(d.recomputed).toEqual({ value: '37.14', unit: 'g' });
  });

  it('withdrawn volume: 0.000002 mL over the bound is caught, the downstream values still agree', () => {
    // withdraw-equal: withdrawn is compared with the volume drawn, 2 mL (bound 0.0000005) + slack
    // 0.000002: tolerance 0.0000025 mL. 2.000003 is caught (diff 0.000003), 2.000002 is not.
    // Downstream: diluent 110 - 2.000003 = 107.999997 vs 108 (diff 0.000003 <= 3 x 0.0000005 + 0.000002
    // = 0.0000035); final 109.999997 vs 110 (diff 0.000003 <= 0.000002 + 0.000002); the rest moves by
    // less than 0.000003 relative, inside its bound.
    const caught = clone(ketamine());
    diluent(caught).withdrawn.value = '2.000003';
    const d = single(checkPlan(caught));
    expect(d.code).toBe('withdrawn_volume_mismatch');
    expect(d.path).toEqual(['bag', 'diluent', 'withdrawn']);
    expect(d.message).toBe(
      'Diluent withdrawn (equal to the volume added): the plan states 2.000003 mL, the re-calculation gives 2 mL (difference 0.000003, tolerance 0.000003 mL).',
    );

    const passes = clone(ketamine());
    diluent(passes).withdrawn.value = '2.000002';
    expect(explain(checkPlan(passes))).toBe('ok');
  });

  it('with `add`, any withdrawal beyond the 0.000002 mL slack is caught', () => {
    // add: withdrawn is compared with 0 exactly (bound 0) + slack 0.000002 mL.
    // 0.000003 is caught; the diluent (107 - 0.000003) and final volume stay inside their bounds
    // (0.0000015 + 0.000002 and 0.000002 + 0.000002).
    const caught = clone(ketamineAdd());
    expect(diluent(caught).withdrawn).toEqual({ value: '0', unit: 'mL' });
    diluent(caught).withdrawn.value = '0.000003';
    const d = single(checkPlan(caught));
    expect(d.code).toBe('withdrawn_volume_mismatch');
    expect(d.path).toEqual(['bag', 'diluent', 'withdrawn']);
    expect(d.message).toBe(
      'Diluent withdrawn (none when the additive is added): the plan states 0.000003 mL, the re-calculation gives 0 mL (difference 0.000003, tolerance 0.000002 mL).',
    );
    expect(d.recomputed).toEqual({ value: '0', unit: 'mL' });

    const passes = clone(ketamineAdd());
    diluent(passes).withdrawn.value = '0.000002';
    expect(explain(checkPlan(passes))).toBe('ok');
  });

  it('a plan whose additive method is neither add nor withdraw-equal: the withdrawal is not compared', () => {
    // No rule to check the withdrawal against; everything else is still consistent (108 mL diluent).
    const p = clone(ketamine());
    p.bag.additiveVolume = null;
    expect(explain(checkPlan(p))).toBe('ok');
  });
});

describe('each stated value, corrupted alone: its code, path and message', () => {
  it('pump rate: full message with difference and tolerance (0.0000005 + 0.000002 = 0.0000025, shown 0.000003)', () => {
    const p = clone(ketamine());
    p.pump.rate.value = '27.6';
    const d = single(checkPlan(p));
    expect(d).toEqual({
      code: 'pump_rate_mismatch',
      path: ['pump', 'rate'],
      message:
        "Pump rate (the main, last segment's rate): the plan states 27.6 mL/h, the re-calculation gives 27.5 mL/h (difference 0.1, tolerance 0.000003 mL/h).",
      planValue: { value: '27.6', unit: 'mL/h' },
      recomputed: { value: '27.5', unit: 'mL/h' },
    });
  });

  it('additive amount', () => {
    const p = clone(ketamine());
    additive0(p).amount.value = '101';
    const d = single(checkPlan(p));
    // bound 2 x 0.0000005 + 50 x 0.0000005 = 0.000026, + 0.000002 slack = 0.000028 mg
    expect(d).toEqual({
      code: 'additive_amount_mismatch',
      path: ['bag', 'additives', 0, 'amount'],
      message:
        'Amount of ketamine added (volume drawn x strength): the plan states 101 mg, the re-calculation gives 100 mg (difference 1, tolerance 0.000028 mg).',
      planValue: { value: '101', unit: 'mg' },
      recomputed: { value: '100', unit: 'mg' },
    });
  });

  it('diluent volume after withdrawal', () => {
    const p = clone(ketamine());
    diluent(p).volume.value = '108.5';
    const d = single(checkPlan(p));
    expect(d.code).toBe('diluent_volume_mismatch');
    expect(d.path).toEqual(['bag', 'diluent', 'volume']);
    expect(d.message).toContain('Diluent after withdrawal (nominal + overfill - withdrawn): the plan states 108.5 mL, the re-calculation gives 108 mL');
  });

  it('final volume', () => {
    const p = clone(ketamine());
    p.bag.finalVolume.value = '110.5';
    const d = single(checkPlan(p));
    expect(d.code).toBe('final_volume_mismatch');
    expect(d.path).toEqual(['bag', 'finalVolume']);
    expect(d.message).toContain('Final volume (nominal + overfill - withdrawn + drawn): the plan states 110.5 mL, the re-calculation gives 110 mL');
  });

  it('concentration', () => {
    const p = clone(ketamine());
    conc0(p).value.value = '0.95';
    const d = single(checkPlan(p));
    expect(d.code).toBe('concentration_mismatch');
    expect(d.path).toEqual(['bag', 'concentrations', 0, 'value']);
    expect(d.message).toContain('Concentration of ketamine (amount / final volume): the plan states 0.95 mg/mL, the re-calculation gives 0.909091 mg/mL');
  });

  it('segment volume, first and second segment (numbered from 1)', () => {
    const k = clone(ketamine());
    seg(k, 0).volume.value = '111';
    const d = single(checkPlan(k));
    expect(d.code).toBe('segment_volume_mismatch');
    expect(d.path).toEqual(['pump', 'segments', 0, 'volume']);
    expect(d.message).toContain('Volume of segment 1 (rate x duration): the plan states 111 mL, the re-calculation gives 110 mL');

    const l = clone(lidocaine());
    seg(l, 1).volume.value = '53';
    const e = single(checkPlan(l));
    expect(e.code).toBe('segment_volume_mismatch');
    expect(e.path).toEqual(['pump', 'segments', 1, 'volume']);
    // 26.4 mL/h x 2 h = 52.8 mL
    expect(e.message).toContain('Volume of segment 2 (rate x duration): the plan states 53 mL, the re-calculation gives 52.8 mL');
  });

  it('segment dose and segment dose rate', () => {
    const a = clone(ketamine());
    dose0(a, 0).amount.value = '101';
    const d = single(checkPlan(a));
    expect(d.code).toBe('segment_dose_mismatch');
    expect(d.path).toEqual(['pump', 'segments', 0, 'doses', 0, 'amount']);
    expect(d.message).toContain('Dose of ketamine in segment 1 (volume x concentration): the plan states 101 mg, the re-calculation gives 100 mg');

    const b = clone(ketamine());
    dose0(b, 0).doseRate.value = '25.1';
    const e = single(checkPlan(b));
    expect(e.code).toBe('segment_dose_rate_mismatch');
    expect(e.path).toEqual(['pump', 'segments', 0, 'doses', 0, 'doseRate']);
    expect(e.message).toContain('Dose rate of ketamine in segment 1 (rate x concentration): the plan states 25.1 mg/h, the re-calculation gives 25 mg/h');

    // Second segment of the dexmedetomidine plan: 12 mL/h x 0.004 mg/mL = 48 ug/h; 24 mL x 0.004 = 96 ug.
    const c = clone(dex());
    dose0(c, 1).doseRate.value = '50';
    const f = single(checkPlan(c));
    expect(f.path).toEqual(['pump', 'segments', 1, 'doses', 0, 'doseRate']);
    expect(f.message).toContain('Dose rate of dexmedetomidine in segment 2 (rate x concentration): the plan states 50 ug/h, the re-calculation gives 48 ug/h');
    const g = clone(dex());
    dose0(g, 1).amount.value = '97';
    const h = single(checkPlan(g));
    expect(h.path).toEqual(['pump', 'segments', 1, 'doses', 0, 'amount']);
    expect(h.message).toContain('Dose of dexmedetomidine in segment 2 (volume x concentration): the plan states 97 ug, the re-calculation gives 96 ug');
  });

  it("a segment's doses are matched by agent, not by position", () => {
    // The ketamine dose moved to index 1 (and corrupted to 101 mg), a correct-looking dose of
    // another agent at index 0: the ketamine entry is the one compared.
    const p = clone(ketamine());
    const s = seg(p, 0);
    const k = need(s.doses[0], 'dose');
    s.doses = [
      { agent: 'esketamine', amount: { ...k.amount }, doseRate: { ...k.doseRate } },
      { agent: 'ketamine', amount: { value: '101', unit: 'mg' }, doseRate: { ...k.doseRate } },
    ];
    const d = single(checkPlan(p));
    expect(d.code).toBe('segment_dose_mismatch');
    expect(d.path).toEqual(['pump', 'segments', 0, 'doses', 1, 'amount']);
    expect(d.planValue).toEqual({ value: '101', unit: 'mg' });
  });

  it('a segment that states no dose of the bag agent: segment_dose_missing', () => {
    const p = clone(ketamine());
    seg(p, 0).doses = [];
    const d = single(checkPlan(p));
    expect(d).toEqual({
      code: 'segment_dose_missing',
      path: ['pump', 'segments', 0, 'doses'],
      message: 'Segment 1 gives ketamine from the bag, but states no dose of it.',
      planValue: null,
      recomputed: null,
    });
  });

  it('volume to be infused, and duration', () => {
    const a = clone(ketamine());
    a.pump.volumeToBeInfused.value = '111';
    const d = single(checkPlan(a));
    expect(d.code).toBe('volume_to_be_infused_mismatch');
    expect(d.path).toEqual(['pump', 'volumeToBeInfused']);
    expect(d.message).toContain('Volume to be infused (sum of segment rate x duration): the plan states 111 mL, the re-calculation gives 110 mL');

    const b = clone(ketamine());
    b.pump.duration.value = '241';
    const e = single(checkPlan(b));
    expect(e.code).toBe('duration_mismatch');
    expect(e.path).toEqual(['pump', 'duration']);
    expect(e.message).toContain('Duration (sum of segment durations): the plan states 241 min, the re-calculation gives 240 min');
  });

  it('residual volume of a whole-bag plan is 0 (shown as "0")', () => {
    const p = clone(ketamine());
    p.bag.residualVolume.value = '1';
    const d = single(checkPlan(p));
    expect(d).toEqual({
      code: 'residual_volume_mismatch',
      path: ['bag', 'residualVolume'],
      message: 'Residual volume of a whole-bag plan: the plan states 1 mL, the re-calculation gives 0 mL (difference 1, tolerance 0.000002 mL).',
      planValue: { value: '1', unit: 'mL' },
      recomputed: { value: '0', unit: 'mL' },
    });
  });

  it('residual volume of a standard-concentration plan is final - infused', () => {
    const p = clone(dex());
    p.bag.residualVolume.value = '7';
    const d = single(checkPlan(p));
    expect(d.code).toBe('residual_volume_mismatch');
    expect(d.path).toEqual(['bag', 'residualVolume']);
    // 50 - (20 + 24) = 6 mL
    expect(d.message).toContain('Residual volume (final - volume infused): the plan states 7 mL, the re-calculation gives 6 mL');
  });

  it('the four delivered figures, each alone', () => {
    const cases: [keyof Plan['agents'][number]['delivered'], string, string, string][] = [
      [
        'totalDose',
        '101',
        'delivered_total_dose_mismatch',
        'Delivered total dose of ketamine (sum of segment doses): the plan states 101 mg, the re-calculation gives 100 mg',
      ],
      [
        'totalDosePerKg',
        '1.3',
        'delivered_total_dose_per_kg_mismatch',
        'Delivered total dose of ketamine per kg of dosing weight: the plan states 1.3 mg/kg, the re-calculation gives 1.25 mg/kg',
      ],
      [
        'doseRate',
        '26',
        'delivered_dose_rate_mismatch',
        'Delivered dose rate of ketamine (highest non-loading segment): the plan states 26 mg/h, the re-calculation gives 25 mg/h',
      ],
      [
        'doseRatePerKg',
        '0.32',
        'delivered_dose_rate_per_kg_mismatch',
        'Delivered dose rate of ketamine per kg of dosing weight: the plan states 0.32 mg/kg/h, the re-calculation gives 0.3125 mg/kg/h',
      ],
    ];
    for (const [field, value, code, message] of cases) {
      const p = clone(ketamine());
      agent0(p).delivered[field].value = value;
      const d = single(checkPlan(p));
      expect(d.code).toBe(code);
      expect(d.path).toEqual(['agents', 0, 'delivered', field]);
      expect(d.message).toContain(message);
    }
  });

  it('whole_bag_not_infused: path, figures and tolerance', () => {
    const p = clone(ketamine());
    const s = seg(p, 0);
    s.duration.value = '200';
    s.volume.value = '91.666667'; // 27.5 mL/h x 200 min, consistent with the new duration
    const r = checkPlan(p);
    expect(codesOf(r)).toEqual([
      'delivered_total_dose_mismatch',
      'delivered_total_dose_per_kg_mismatch',
      'duration_mismatch',
      'segment_dose_mismatch',
      'volume_to_be_infused_mismatch',
      'whole_bag_not_infused',
    ]);
    // Tolerance: infused bound 27.5 x 0.0000005/60 + (200/60) x 0.0000005 = 0.0000018958; final
    // bound 3 x 0.0000005 + 0.0000005 = 0.000002; + 0.000002: 0.0000058958, shown 0.000006.
    expect(withCode(r, 'whole_bag_not_infused')).toEqual({
      code: 'whole_bag_not_infused',
      path: ['pump', 'volumeToBeInfused'],
      message:
        'A whole-bag plan infuses the final volume: the segments as set (rate x duration) give 91.666667 mL, the bag holds 110 mL (tolerance 0.000006 mL).',
      planValue: { value: '110', unit: 'mL' },
      recomputed: { value: '110', unit: 'mL' },
    });
  });

  it('infused_exceeds_bag: path and figures', () => {
    const p = clone(dex());
    seg(p, 1).duration.value = '600'; // 20 mL + 12 mL/h x 10 h = 140 mL from a 50 mL bag
    const r = checkPlan(p);
    expect(codesOf(r)).toEqual([
      'delivered_total_dose_mismatch',
      'delivered_total_dose_per_kg_mismatch',
      'duration_mismatch',
      'infused_exceeds_bag',
      'segment_dose_mismatch',
      'segment_volume_mismatch',
      'volume_to_be_infused_mismatch',
    ]);
    expect(withCode(r, 'infused_exceeds_bag')).toEqual({
      code: 'infused_exceeds_bag',
      path: ['pump', 'volumeToBeInfused'],
      message: 'The segments infuse 140 mL, more than the 50 mL in the bag.',
      planValue: { value: '44', unit: 'mL' },
      recomputed: { value: '50', unit: 'mL' },
    });
  });

  it('a dose rate restated per minute is read per minute', () => {
    // 48 ug/h = 0.8 ug/min; 480 ug/h = 8 ug/min; 0.6 ug/kg/h = 0.01 ug/kg/min: all exact.
    const p = clone(dex());
    agent0(p).delivered.doseRate = { value: '0.8', unit: 'ug/min' };
    agent0(p).delivered.doseRatePerKg = { value: '0.01', unit: 'ug/kg/min' };
    dose0(p, 0).doseRate = { value: '8', unit: 'ug/min' };
    dose0(p, 1).doseRate = { value: '0.8', unit: 'ug/min' };
    expect(explain(checkPlan(p))).toBe('ok');

    // ... and 0.8 read as per hour would be 60 times too small:
    const q = clone(dex());
    agent0(q).delivered.doseRate = { value: '48', unit: 'ug/min' };
    const d = single(checkPlan(q));
    expect(d.code).toBe('delivered_dose_rate_mismatch');
    expect(d.recomputed).toEqual({ value: '0.8', unit: 'ug/min' });
  });
});

describe('a malformed quantity: refused as not_a_plan with the path of the bad field (issue 12 item 2, the full plan schema)', () => {
  /** The issues of a refusal (no disagreements: the plan is not read at all), as [code, path]. */
  function refused(r: CheckPlanResult): [string, readonly (string | number)[]][] {
    expect(r.ok).toBe(false);
    expect(r.ok ? undefined : r.disagreements).toEqual([]);
    return 'issues' in r && r.issues !== undefined ? r.issues.map((i) => [i.code, i.path]) : [];
  }

  // Before the schema each of these reached the re-calculation and came back as unreadable_quantity.
  it('a missing quantity (null, or an absent key), a number where a decimal string belongs, a unit that is not a string, an exponent', () => {
    const cases: [(p: Mutable<Plan>) => void, (string | number)[]][] = [
      [(p) => (loose(p.bag)['finalVolume'] = null), ['bag', 'finalVolume']],
      [(p) => delete loose(p.pump)['duration'], ['pump', 'duration']],
      [(p) => (loose(p.bag.residualVolume)['value'] = 0), ['bag', 'residualVolume', 'value']],
      [(p) => (loose(p.pump.rate)['unit'] = 1), ['pump', 'rate', 'unit']],
      [(p) => (p.pump.duration.value = '2.4e2'), ['pump', 'duration', 'value']],
    ];
    for (const [corrupt, path] of cases) {
      const p = clone(ketamine());
      corrupt(p);
      expect(refused(checkPlan(p))).toEqual([['not_a_plan', path]]);
    }
  });

  it('a unit outside the closed set, in every kind of field', () => {
    const cases: [(p: Mutable<Plan>) => void, (string | number)[]][] = [
      [(p) => (p.pump.duration.unit = 'hr'), ['pump', 'duration', 'unit']],
      [(p) => (additive0(p).amount.unit = 'mgs'), ['bag', 'additives', 0, 'amount', 'unit']],
      [(p) => (p.pump.rate.unit = 'cc/h'), ['pump', 'rate', 'unit']],
      [(p) => (p.pump.rate.unit = 'mL/hr'), ['pump', 'rate', 'unit']],
      [(p) => (p.pump.rate.unit = 'mL/h/kg'), ['pump', 'rate', 'unit']],
      [(p) => (conc0(p).value.unit = 'mgs/mL'), ['bag', 'concentrations', 0, 'value', 'unit']],
      [(p) => (conc0(p).value.unit = 'mg/cc'), ['bag', 'concentrations', 0, 'value', 'unit']],
      [(p) => (conc0(p).value.unit = 'mg/mL/h'), ['bag', 'concentrations', 0, 'value', 'unit']],
      [(p) => (agent0(p).delivered.doseRatePerKg.unit = 'mg/kg/hr'), ['agents', 0, 'delivered', 'doseRatePerKg', 'unit']],
      [(p) => (p.dosingWeight.value.unit = 'st'), ['dosingWeight', 'value', 'unit']],
      [(p) => (diluent(p).withdrawn.unit = 'cc'), ['bag', 'diluent', 'withdrawn', 'unit']],
      [(p) => (seg(p, 0).duration.unit = 'hr'), ['pump', 'segments', 0, 'duration', 'unit']],
    ];
    for (const [corrupt, path] of cases) {
      const p = clone(ketamine());
      corrupt(p);
      expect(refused(checkPlan(p))).toEqual([['not_a_plan', path]]);
    }
  });

  it('the inside of a plan: an empty dosing weight, an array where an object belongs, an unknown key, a bad closed value', () => {
    const empty = clone(ketamine());
    loose(empty)['dosingWeight'] = {};
    // An empty dosing weight lacks its 7 required fields (value, basis, requestedBasis, reason, formula, source, actual).
    expect(refused(checkPlan(empty)).map(([c, path]) => [c, path.join('.')])).toEqual(
      ['value', 'basis', 'requestedBasis', 'reason', 'formula', 'source', 'actual'].map((k) => ['not_a_plan', `dosingWeight.${k}`]),
    );
    const array = clone(ketamine());
    loose(array.bag)['container'] = [];
    expect(refused(checkPlan(array))).toEqual([['not_a_plan', ['bag', 'container']]]);
    const extra = clone(ketamine());
    loose(extra.pump)['bolus'] = { value: '1', unit: 'mL' };
    expect(refused(checkPlan(extra))).toEqual([['not_a_plan', ['pump', 'bolus']]]);
    const basis = clone(ketamine());
    loose(basis.dosingWeight)['basis'] = 'total';
    expect(refused(checkPlan(basis))).toEqual([['not_a_plan', ['dosingWeight', 'basis']]]);
  });
});

describe('unreadable quantities: a unit of the closed set in a field of another kind is reported with its code and path, never thrown', () => {
  function unreadable(r: CheckPlanResult): PlanDisagreement {
    const d = single(r);
    expect(d.code).toBe('unreadable_quantity');
    return d;
  }

  it('bad units of each kind, on values only compared (one disagreement each)', () => {
    const cases: [string, (p: Mutable<Plan>) => void, (string | number)[], string][] = [
      ['time: a mass', (p) => (p.pump.duration.unit = 'mg'), ['pump', 'duration'], '"240 mg" is not a time the check can read.'],
      ['mass: a volume', (p) => (additive0(p).amount.unit = 'mL'), ['bag', 'additives', 0, 'amount'], '"100 mL" is not a mass the check can read.'],
      ['volume-rate: a volume', (p) => (p.pump.rate.unit = 'mL'), ['pump', 'rate'], '"27.5 mL" is not a volume-rate the check can read.'],
      ['volume-rate: per kg', (p) => (p.pump.rate.unit = 'mL/kg/h'), ['pump', 'rate'], '"27.5 mL/kg/h" is not a volume-rate the check can read.'],
      [
        'concentration: a dose rate',
        (p) => (conc0(p).value.unit = 'mg/h'),
        ['bag', 'concentrations', 0, 'value'],
        '"0.909091 mg/h" is not a concentration the check can read.',
      ],
      [
        'concentration: one part',
        (p) => (conc0(p).value.unit = 'mg'),
        ['bag', 'concentrations', 0, 'value'],
        '"0.909091 mg" is not a concentration the check can read.',
      ],
      // Dose units: not a dose unit at all; per kg where none belongs; no time where one belongs;
      // a time where none belongs. Each would otherwise read as the same number in base units.
      [
        'dose-rate: per kg',
        (p) => (dose0(p, 0).doseRate.unit = 'mg/kg/h'),
        ['pump', 'segments', 0, 'doses', 0, 'doseRate'],
        '"25 mg/kg/h" is not a dose-rate the check can read.',
      ],
      [
        'dose-rate: no time',
        (p) => (agent0(p).delivered.doseRate.unit = 'mg'),
        ['agents', 0, 'delivered', 'doseRate'],
        '"25 mg" is not a dose-rate the check can read.',
      ],
      [
        'dose-per-kg: with a time',
        (p) => (agent0(p).delivered.totalDosePerKg.unit = 'mg/kg/h'),
        ['agents', 0, 'delivered', 'totalDosePerKg'],
        '"1.25 mg/kg/h" is not a dose-per-kg the check can read.',
      ],
      [
        'dose-rate-per-kg: no per kg',
        (p) => (agent0(p).delivered.doseRatePerKg.unit = 'mg/h'),
        ['agents', 0, 'delivered', 'doseRatePerKg'],
        '"0.3125 mg/h" is not a dose-rate-per-kg the check can read.',
      ],
    ];
    for (const [name, corrupt, path, message] of cases) {
      const p = clone(ketamine());
      corrupt(p);
      const r = checkPlan(p);
      const d = single(r);
      expect({ name, code: d.code, path: d.path, message: d.message, recomputed: d.recomputed }).toEqual({
        name,
        code: 'unreadable_quantity',
        path,
        message,
        recomputed: null,
      });
    }
  });

  it('dosing weight unreadable: the per-kg figures are not compared', () => {
    const p = clone(ketamine());
    p.dosingWeight.value.unit = 'cm'; // a height unit where a weight belongs
    agent0(p).delivered.totalDosePerKg.value = '9'; // would disagree, but cannot be checked
    const d = unreadable(checkPlan(p));
    expect(d.path).toEqual(['dosingWeight', 'value']);
    expect(d.message).toBe('"80 cm" is not a weight the check can read.');
  });

  it('dosing weight 0: reported, never a silent pass (no per-kg value can be worked out)', () => {
    // 0 kg is not above its printing error (0.0000005 kg), so there is nothing to divide by.
    const p = clone(ketamine());
    p.dosingWeight.value.value = '0';
    const r = checkPlan(p);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.disagreements.map((x) => x.code)).toEqual(['dosing_weight_not_positive']);
    expect(r.disagreements[0]?.path).toEqual(['dosingWeight', 'value']);
    expect(r.disagreements[0]?.message).toContain('0 kg is not above zero');
    // 0.0000005 kg is not above its own printing error (0.0000005 kg) either.
    p.dosingWeight.value.value = '0.0000005';
    const half = checkPlan(p);
    expect(half.ok ? [] : half.disagreements.map((x) => x.code)).toEqual(['dosing_weight_not_positive']);
  });

  it('an additive volume or strength unreadable: the agent is then not in the bag', () => {
    const expected = [
      'agent_missing_from_plan',
      'agent_not_in_bag',
      'final_volume_mismatch', // 108 mL diluent + nothing drawn, stated 110
      'unreadable_quantity',
      'whole_bag_not_infused',
      'withdrawn_volume_mismatch', // 2 mL withdrawn, nothing drawn
    ];
    const cases: [(p: Mutable<Plan>) => void, (string | number)[]][] = [
      [(p) => (additive0(p).volume.unit = 'mg'), ['bag', 'additives', 0, 'volume']],
      [(p) => (additive0(p).product.strength.unit = 'mg/h'), ['bag', 'additives', 0, 'product', 'strength']],
    ];
    for (const [corrupt, path] of cases) {
      const p = clone(ketamine());
      corrupt(p);
      const r = checkPlan(p);
      expect(codesOf(r)).toEqual(expected);
      expect(withCode(r, 'unreadable_quantity').path).toEqual(path);
      expect(withCode(r, 'agent_not_in_bag')).toEqual({
        code: 'agent_not_in_bag',
        path: ['bag', 'concentrations', 0, 'value'],
        message: 'The bag states a concentration of ketamine, but no additive of ketamine was drawn into it.',
        planValue: { value: '0.909091', unit: 'mg/mL' },
        recomputed: null,
      });
      expect(withCode(r, 'agent_missing_from_plan')).toEqual({
        code: 'agent_missing_from_plan',
        path: ['agents', 0],
        message: 'The plan doses ketamine, but the bag holds no stated concentration of it.',
        planValue: { value: '100', unit: 'mg' },
        recomputed: null,
      });
    }
  });

  it('diluent nominal volume or overfill unreadable: no final volume, so no concentration', () => {
    for (const field of ['nominalVolume', 'overfill'] as const) {
      const p = clone(ketamine());
      diluent(p)[field].unit = 'mg';
      const r = checkPlan(p);
      expect(codesOf(r)).toEqual(['agent_missing_from_plan', 'unreadable_quantity']);
      expect(withCode(r, 'unreadable_quantity').path).toEqual(['bag', 'diluent', field]);
    }
  });

  it('diluent withdrawn unreadable: reported where it is read and where it is compared', () => {
    const p = clone(ketamine());
    diluent(p).withdrawn.unit = 'mg';
    const r = checkPlan(p);
    expect(disagreements(r).map((d) => [d.code, d.path])).toEqual([
      ['unreadable_quantity', ['bag', 'diluent', 'withdrawn']],
      ['unreadable_quantity', ['bag', 'diluent', 'withdrawn']],
      ['agent_missing_from_plan', ['agents', 0]],
    ]);
  });

  it("a premix's nominal volume unreadable: only that", () => {
    const p = clone(lidocaine());
    p.bag.container.nominalVolume.unit = 'mg';
    const d = unreadable(checkPlan(p));
    expect(d.path).toEqual(['bag', 'container', 'nominalVolume']);
    expect(d.message).toBe('"500 mg" is not a volume the check can read.');
  });

  it("a premix's label concentration unreadable: its agent cannot be followed", () => {
    const p = clone(lidocaine());
    conc0(p).value.unit = 'mg/h';
    const r = checkPlan(p);
    expect(disagreements(r).map((d) => [d.code, d.path])).toEqual([
      ['unreadable_quantity', ['bag', 'concentrations', 0, 'value']],
      ['agent_missing_from_plan', ['agents', 0]],
    ]);
  });

  it('a segment duration unreadable: the totals and delivered doses are not compared', () => {
    // Single segment (ketamine) and the loading segment of two (lidocaine): the maintenance segment
    // alone would give 52.8 mL and 211.2 mg against the stated 79.2 mL and 316.8 mg.
    for (const [plan, name] of [
      [ketamine, 'ketamine'],
      [lidocaine, 'lidocaine'],
    ] as const) {
      const p = clone(plan());
      seg(p, 0).duration.unit = 'mg';
      const d = single(checkPlan(p));
      expect({ name, code: d.code, path: d.path }).toEqual({ name, code: 'unreadable_quantity', path: ['pump', 'segments', 0, 'duration'] });
    }
  });

  it('the last segment rate unreadable: reported for the segment and for the pump rate', () => {
    const p = clone(lidocaine());
    seg(p, 1).rate.unit = 'mL/kg/h';
    const r = checkPlan(p);
    expect(disagreements(r).map((d) => [d.code, d.path, d.message])).toEqual([
      ['unreadable_quantity', ['pump', 'segments', 1, 'rate'], '"26.4 mL/kg/h" is not a volume-rate the check can read.'],
      ['unreadable_quantity', ['pump', 'segments', 1, 'rate'], '"26.4 mL/kg/h" is not a volume-rate the check can read.'],
    ]);

    const k = clone(ketamine());
    seg(k, 0).rate.unit = 'mL';
    expect(disagreements(checkPlan(k)).map((d) => [d.code, d.path])).toEqual([
      ['unreadable_quantity', ['pump', 'segments', 0, 'rate']],
      ['unreadable_quantity', ['pump', 'segments', 0, 'rate']],
    ]);
  });
});

describe('structure: concentrations and segments', () => {
  it('no concentration stated for a drawn agent: concentration_missing', () => {
    const p = clone(ketamine());
    p.bag.concentrations = [];
    const r = checkPlan(p);
    expect(codesOf(r)).toEqual(['agent_missing_from_plan', 'concentration_missing']);
    expect(withCode(r, 'concentration_missing')).toEqual({
      code: 'concentration_missing',
      path: ['bag', 'concentrations'],
      message: 'ketamine is drawn into the bag, but the plan states no concentration for it.',
      planValue: null,
      recomputed: null,
    });
  });

  it("a concentration stated under another agent's name: both sides reported", () => {
    const p = clone(ketamine());
    conc0(p).agent = 'esketamine';
    const r = checkPlan(p);
    expect(disagreements(r).map((d) => [d.code, d.path])).toEqual([
      ['agent_not_in_bag', ['bag', 'concentrations', 0, 'value']],
      ['concentration_missing', ['bag', 'concentrations']],
      ['agent_missing_from_plan', ['agents', 0]],
    ]);
    expect(withCode(r, 'agent_not_in_bag').message).toBe('The bag states a concentration of esketamine, but no additive of esketamine was drawn into it.');
  });

  it('an extra concentration of an agent not drawn: agent_not_in_bag only (the drawn one is stated)', () => {
    const p = clone(ketamine());
    p.bag.concentrations.push({ agent: 'esketamine', value: { value: '0.5', unit: 'mg/mL' } });
    const r = checkPlan(p);
    expect(disagreements(r).map((d) => [d.code, d.path])).toEqual([['agent_not_in_bag', ['bag', 'concentrations', 1, 'value']]]);
  });

  it('no segments: no_segments, and nothing computed from them', () => {
    const p = clone(ketamine());
    p.pump.segments = [];
    expect(single(checkPlan(p))).toEqual({
      code: 'no_segments',
      path: ['pump', 'segments'],
      message: 'The pump has no segments: nothing is infused.',
      planValue: null,
      recomputed: null,
    });
  });
});
