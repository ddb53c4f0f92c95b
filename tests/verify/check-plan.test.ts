/**
 * checkPlan against the planner's own output: every ok plan of every built-in protocol, over a
 * spread of weights and bag choices, must be reproduced by the independent re-calculation; each
 * seeded corruption of a plan (pump rate, drawn volume, concentration, segment duration, delivered
 * dose ...) must be caught with its stable code; and a fast-check property over many weights,
 * protocols and clinician choices: every ok plan passes.
 */
import fc from 'fast-check';
import { runs } from '../support/runs.js';
import { beforeEach, describe, expect, it } from 'vitest';

/**
 * A fixed seed for every fast-check run here (issue 16 item 4): these runs also assert rates and
 * thresholds (most inputs plan, every kind of plan is seen), which must not pass or fail by chance.
 * PROPERTY_SEED picks another seed for an exploratory run.
 */
const SEED = Number(process.env['PROPERTY_SEED'] ?? 20261128);
import { BUILTIN_CATALOGUE, planInfusion } from '../support/untyped.js';
import type { Plan } from '../support/untyped.js';
import { dec } from '../../src/decimal/index.js';
import { CHECK_PLAN_CODES, checkPlan } from '../../src/verify/check-plan.js';
import { type Mutable, clone, codesOf, explain, mustPlan } from './check-plan-helpers.js';

// ---------------------------------------------------------------------------------------------
// Clinician inputs per protocol (from src/protocols/*.ts and the golden and property tests).

const cv = (v: number) => ({ containerVolume: { value: v, unit: 'mL' } });
const MALE_175 = { height: { value: 175, unit: 'cm' }, sex: 'male' };
const FEMALE_160 = { height: { value: 160, unit: 'cm' }, sex: 'female' };
const RENAL = { ageYears: 60, sex: 'female', creatinine: { value: 0.9, unit: 'mg/dL' }, height: { value: 165, unit: 'cm' } };

interface Fixed {
  readonly patient?: Readonly<Record<string, unknown>>;
  readonly dose?: Readonly<Record<string, unknown>>;
  readonly preparation?: Readonly<Record<string, unknown>>;
}

const FIXED: Readonly<Record<string, Fixed>> = {
  'ketamine-crps-schwartzman-2009': {},
  'ketamine-depression-sanacora-2017': {},
  'ketamine-clinic-course-2x3': { dose: { rate: { value: 0.3, unit: 'mg/kg/h' } }, preparation: cv(250) },
  'ketamine-booster-getson': { dose: { total: { value: 150, unit: 'mg' } }, preparation: cv(250) },
  'ketamine-escalation-rema-2012': { dose: { rate: { value: 0.4, unit: 'mg/kg/h' } }, preparation: cv(250) },
  'ketamine-kit-tankha-2025': { preparation: cv(100) },
  'ketamine-outpatient-goldberg-2005': { dose: { total: { value: 60, unit: 'mg' } }, preparation: cv(250) },
  'ketamine-test-infusion-cohen-2018': { dose: { duration: { value: 3, unit: 'h' } }, preparation: cv(250) },
  'magnesium-crps-collins-2009': {},
  'magnesium-phn-brill-2002': {},
  'magnesium-phn-kim-2015': {},
  'lidocaine-chronic-pain-rch': { patient: MALE_175, dose: { total: { value: 5, unit: 'mg/kg' }, rate: { value: 50, unit: 'ug/kg/min' } } },
  'lidocaine-5mgkg-40min': { patient: MALE_175 },
  'lidocaine-perioperative-foo-2021': { patient: MALE_175, dose: { duration: { value: 120, unit: 'min' } } },
  'dexmedetomidine-procedural-label': { dose: { duration: { value: 2, unit: 'h' } }, preparation: { product: 'dexmedetomidine-100ug-ml-2ml' } },
  'clonidine-iv-150-300': { dose: { total: { value: 150, unit: 'mcg' } } },
  'pamidronate-crps-3day': { dose: { duration: { value: 180, unit: 'min' } } },
  'pamidronate-crps-cortet-1997': { dose: { duration: { value: 2, unit: 'h' } }, preparation: cv(250) },
  'pamidronate-crps-robinson-2004': { dose: { duration: { value: 2, unit: 'h' } }, preparation: cv(500) },
  'zoledronic-acid-4mg-by-crcl': { patient: RENAL, dose: { duration: { value: 15, unit: 'min' } } },
  'zoledronic-acid-crps-5mg': { patient: RENAL, dose: { duration: { value: 20, unit: 'min' } } },
  'ivig-crps-goebel-2010': { patient: MALE_175 },
  'ivig-dpn-jann-2020': { patient: FEMALE_160 },
  'ivig-crps-lips-goebel-2014': { patient: MALE_175, dose: { rate: { value: 1, unit: 'mg/kg/min' } } },
};

const PROTOCOL_IDS = BUILTIN_CATALOGUE.protocols.map((p) => p.id);
const WEIGHTS_KG = [40, 52.3, 61, 70, 80, 93.7, 110, 135, 160] as const;

function inputFor(protocol: string, weight: { value: number | string; unit: string }, extra: Fixed = {}, session = 1) {
  const f = FIXED[protocol] ?? {};
  const prep = { ...(f.preparation ?? {}), ...(extra.preparation ?? {}) };
  return {
    protocol,
    session,
    patient: { ...(f.patient ?? {}), ...(extra.patient ?? {}), weight },
    ...(f.dose || extra.dose ? { dose: { ...(f.dose ?? {}), ...(extra.dose ?? {}) } } : {}),
    ...(Object.keys(prep).length > 0 ? { preparation: prep } : {}),
  };
}

function expectPasses(plan: Plan, input: unknown): void {
  const r = checkPlan(plan);
  if (!r.ok) throw new Error(`checkPlan disagrees with the planner for ${JSON.stringify(input)}:\n${explain(r)}`);
}

// ---------------------------------------------------------------------------------------------

describe('checkPlan on real plans', () => {
  it('has clinician inputs for every built-in protocol', () => {
    expect(Object.keys(FIXED).sort()).toEqual([...PROTOCOL_IDS].sort());
  });

  it('every built-in protocol, across a spread of weights and bag choices: every ok plan passes', () => {
    const okPer: Record<string, number> = {};
    const bagChoices: Fixed[] = [
      {},
      { preparation: { additiveVolume: 'add' } },
      { preparation: { additiveVolume: 'withdraw-equal', overfill: { value: 10, unit: 'mL' } } },
      { preparation: { additiveVolume: 'add', overfill: { value: 7, unit: 'mL' } } },
    ];
    for (const id of PROTOCOL_IDS) {
      okPer[id] = 0;
      for (const kg of WEIGHTS_KG) {
        for (const weight of [
          { value: kg, unit: 'kg' },
          { value: dec(kg).div('0.45359237').toDecimalPlaces(1).toNumber(), unit: 'lb' },
        ]) {
          for (const extra of bagChoices) {
            const input = inputFor(id, weight, extra);
            const r = planInfusion(input);
            if (!r.ok) continue;
            okPer[id] = (okPer[id] ?? 0) + 1;
            expectPasses(r.plan, input);
          }
        }
      }
    }
    // Every protocol contributed plans (so none is covered only by refusals).
    const none = Object.entries(okPer).filter(([, n]) => n === 0);
    expect(none).toEqual([]);
  });

  it('later sessions and the clinician-chosen products pass too', () => {
    const cases: [string, Fixed, number][] = [
      ['ketamine-crps-schwartzman-2009', { preparation: { product: 'ketamine-10mg-ml-20ml', ...cv(500) } }, 3],
      ['ketamine-crps-schwartzman-2009', { preparation: { product: 'ketamine-100mg-ml-5ml', ...cv(1000) } }, 10],
      ['magnesium-crps-collins-2009', { preparation: { product: 'magnesium-sulfate-500mg-ml-50ml', ...cv(500) } }, 5],
      ['lidocaine-chronic-pain-rch', { preparation: { product: 'lidocaine-4mg-ml-premix-500ml' } }, 2],
      ['lidocaine-chronic-pain-rch', { preparation: { product: 'lidocaine-10mg-ml' } }, 2],
      ['lidocaine-perioperative-foo-2021', { preparation: { product: 'lidocaine-8mg-ml-premix-250ml' }, dose: { duration: { value: 6, unit: 'h' } } }, 1],
      [
        'dexmedetomidine-procedural-label',
        { preparation: { product: 'dexmedetomidine-4ug-ml-premix-20ml' }, dose: { duration: { value: 30, unit: 'min' } } },
        1,
      ],
      ['dexmedetomidine-procedural-label', { preparation: cv(250), dose: { duration: { value: 20, unit: 'h' } } }, 1],
      ['pamidronate-crps-3day', { preparation: { product: 'pamidronate-9mg-ml-10ml' } }, 3],
      ['ivig-crps-goebel-2010', { preparation: { product: 'immune-globulin-privigen-10pct-40g-400ml' }, dose: { rate: { value: 1.5, unit: 'mg/kg/min' } } }, 2],
      ['ivig-dpn-jann-2020', {}, 5],
    ];
    let ok = 0;
    for (const [id, extra, session] of cases) {
      for (const kg of [48, 77.5, 102]) {
        const input = inputFor(id, { value: kg, unit: 'kg' }, extra, session);
        const r = planInfusion(input);
        if (!r.ok) continue;
        ok += 1;
        expectPasses(r.plan, input);
      }
    }
    expect(ok).toBeGreaterThan(cases.length);
  });
});

// ---------------------------------------------------------------------------------------------
// Seeded corruptions

const bump = (value: string, by: string) => dec(value).add(dec(by)).toFixed();
const times = (value: string, by: string) => dec(value).mul(dec(by)).toFixed();

/** Named corruptions: each changes one stated number the way a transcription slip would. */
const CORRUPTIONS: Readonly<Record<string, { code: string; apply: (p: Mutable<Plan>) => boolean }>> = {
  'pump rate +0.1 mL/h': {
    code: 'pump_rate_mismatch',
    apply: (p) => ((p.pump.rate.value = bump(p.pump.rate.value, '0.1')), true),
  },
  'main segment rate x10': {
    code: 'segment_volume_mismatch',
    apply: (p) => {
      const s = p.pump.segments[p.pump.segments.length - 1];
      if (!s) return false;
      s.rate.value = times(s.rate.value, '10');
      return true;
    },
  },
  'drawn volume +0.1 mL': {
    code: 'additive_amount_mismatch',
    apply: (p) => {
      const a = p.bag.additives[0];
      if (!a) return false;
      a.volume.value = bump(a.volume.value, '0.1');
      return true;
    },
  },
  'concentration +1%': {
    code: 'concentration_mismatch',
    apply: (p) => {
      const c = p.bag.concentrations[0];
      if (!c || p.bag.additives.length === 0) return false;
      c.value.value = times(c.value.value, '1.01');
      return true;
    },
  },
  'segment duration +1 min': {
    code: 'segment_volume_mismatch',
    apply: (p) => {
      const s = p.pump.segments[0];
      if (!s) return false;
      s.duration.value = bump(s.duration.value, '1');
      return true;
    },
  },
  'delivered total dose +1%': {
    code: 'delivered_total_dose_mismatch',
    apply: (p) => {
      const a = p.agents[0];
      if (!a) return false;
      a.delivered.totalDose.value = times(a.delivered.totalDose.value, '1.01');
      return true;
    },
  },
  'delivered dose rate in the wrong mass unit': {
    code: 'delivered_dose_rate_mismatch',
    apply: (p) => {
      const a = p.agents[0];
      if (!a) return false;
      const u = a.delivered.doseRate.unit;
      a.delivered.doseRate.unit = u.startsWith('mg') ? u.replace(/^mg/, 'ug') : u.replace(/^(ug|g)/, 'mg');
      return true;
    },
  },
  'final volume -10 mL': {
    code: 'final_volume_mismatch',
    apply: (p) => ((p.bag.finalVolume.value = bump(p.bag.finalVolume.value, '-10')), true),
  },
  'segment dose +0.1%': {
    code: 'segment_dose_mismatch',
    apply: (p) => {
      const d = p.pump.segments[0]?.doses[0];
      if (!d) return false;
      d.amount.value = times(d.amount.value, '1.001');
      return true;
    },
  },
  'volume to be infused +1 mL': {
    code: 'volume_to_be_infused_mismatch',
    apply: (p) => ((p.pump.volumeToBeInfused.value = bump(p.pump.volumeToBeInfused.value, '1')), true),
  },
  'residual volume +1 mL': {
    code: 'residual_volume_mismatch',
    apply: (p) => ((p.bag.residualVolume.value = bump(p.bag.residualVolume.value, '1')), true),
  },
  'delivered dose per kg x10': {
    code: 'delivered_total_dose_per_kg_mismatch',
    apply: (p) => {
      const a = p.agents[0];
      if (!a) return false;
      a.delivered.totalDosePerKg.value = times(a.delivered.totalDosePerKg.value, '10');
      return true;
    },
  },
};

describe('checkPlan catches seeded corruptions', () => {
  // Ketamine 80 kg, withdraw-equal with 10 mL overfill: 2 mL of 50 mg/mL in 110 mL, 27.5 mL/h x 240 min.
  // (Made before each test, not while the file loads: see tests/support/once.ts.)
  let ketamine!: Plan;
  let lidocaine!: Plan;
  let dex!: Plan;
  beforeEach(() => {
    ketamine = mustPlan(
      inputFor(
        'ketamine-crps-schwartzman-2009',
        { value: 80, unit: 'kg' },
        { preparation: { additiveVolume: 'withdraw-equal', overfill: { value: 10, unit: 'mL' } } },
      ),
    );
    // Lidocaine (Foo), premix, loading + maintenance.
    lidocaine = mustPlan(inputFor('lidocaine-perioperative-foo-2021', { value: 80, unit: 'kg' }));
    // Dexmedetomidine (ug), vial into 50 mL, loading + maintenance, standard concentration.
    dex = mustPlan(inputFor('dexmedetomidine-procedural-label', { value: 80, unit: 'kg' }));
  });

  it('the uncorrupted plans pass', () => {
    for (const p of [ketamine, lidocaine, dex]) expect(explain(checkPlan(p))).toBe('ok');
  });

  it('pump rate changed: pump_rate_mismatch at pump.rate', () => {
    const p = clone(ketamine);
    p.pump.rate.value = '27.6';
    const r = checkPlan(p);
    expect(codesOf(r)).toEqual(['pump_rate_mismatch']);
    if (r.ok) return;
    expect(r.disagreements[0]).toMatchObject({
      code: 'pump_rate_mismatch',
      path: ['pump', 'rate'],
      planValue: { value: '27.6', unit: 'mL/h' },
      recomputed: { value: '27.5', unit: 'mL/h' },
    });
  });

  it("the segment's rate changed: its volume and doses, and every total downstream, disagree", () => {
    const p = clone(ketamine);
    const seg = p.pump.segments[0];
    if (!seg) throw new Error('no segment');
    seg.rate.value = '275';
    expect(codesOf(checkPlan(p))).toEqual([
      'delivered_dose_rate_mismatch',
      'delivered_dose_rate_per_kg_mismatch',
      'delivered_total_dose_mismatch',
      'delivered_total_dose_per_kg_mismatch',
      'pump_rate_mismatch',
      'segment_dose_mismatch',
      'segment_dose_rate_mismatch',
      'segment_volume_mismatch',
      'volume_to_be_infused_mismatch',
      'whole_bag_not_infused',
    ]);
  });

  it('drawn volume changed: the amount, the withdrawal and the concentration disagree', () => {
    const p = clone(ketamine);
    const a = p.bag.additives[0];
    if (!a) throw new Error('no additive');
    a.volume.value = '2.2';
    const r = checkPlan(p);
    // 2.2 mL drawn but 2 mL withdrawn: the bag holds 110.2 mL, which the segments do not infuse.
    expect(codesOf(r)).toEqual([
      'additive_amount_mismatch',
      'concentration_mismatch',
      'delivered_dose_rate_mismatch',
      'delivered_dose_rate_per_kg_mismatch',
      'delivered_total_dose_mismatch',
      'delivered_total_dose_per_kg_mismatch',
      'final_volume_mismatch',
      'segment_dose_mismatch',
      'segment_dose_rate_mismatch',
      'whole_bag_not_infused',
      'withdrawn_volume_mismatch',
    ]);
    if (r.ok) return;
    expect(r.disagreements[0]).toMatchObject({
      code: 'additive_amount_mismatch',
      path: ['bag', 'additives', 0, 'amount'],
      planValue: { value: '100', unit: 'mg' },
      recomputed: { value: '110', unit: 'mg' },
    });
  });

  it('concentration changed by one unit in the 4th place: concentration_mismatch only', () => {
    const p = clone(ketamine);
    const c = p.bag.concentrations[0];
    if (!c) throw new Error('no concentration');
    expect(c.value).toEqual({ value: '0.909091', unit: 'mg/mL' });
    c.value.value = '0.909191';
    const r = checkPlan(p);
    expect(codesOf(r)).toEqual(['concentration_mismatch']);
    if (r.ok) return;
    expect(r.disagreements[0]).toMatchObject({ path: ['bag', 'concentrations', 0, 'value'], recomputed: { value: '0.909091', unit: 'mg/mL' } });
  });

  it('a concentration within the output rounding is accepted', () => {
    const p = clone(ketamine);
    const c = p.bag.concentrations[0];
    if (!c) throw new Error('no concentration');
    c.value.value = '0.90909'; // 1 unit in the 6th place off the half-up 0.909091
    expect(checkPlan(p).ok).toBe(true);
  });

  it('segment duration changed: segment_volume_mismatch, and the totals built on it', () => {
    const p = clone(lidocaine);
    const seg = p.pump.segments[1];
    if (!seg) throw new Error('no maintenance segment');
    seg.duration.value = '130';
    expect(codesOf(checkPlan(p))).toEqual([
      'delivered_total_dose_mismatch',
      'delivered_total_dose_per_kg_mismatch',
      'duration_mismatch',
      'residual_volume_mismatch',
      'segment_dose_mismatch',
      'segment_volume_mismatch',
      'volume_to_be_infused_mismatch',
    ]);
  });

  it('delivered dose changed: delivered_total_dose_mismatch only', () => {
    const p = clone(dex);
    const a = p.agents[0];
    if (!a) throw new Error('no agent');
    a.delivered.totalDose.value = bump(a.delivered.totalDose.value, '1');
    const r = checkPlan(p);
    expect(codesOf(r)).toEqual(['delivered_total_dose_mismatch']);
    if (r.ok) return;
    expect(r.disagreements[0]?.path).toEqual(['agents', 0, 'delivered', 'totalDose']);
    expect(r.disagreements[0]?.planValue?.unit).toBe('ug');
  });

  it('a mcg/mg slip in a segment dose unit is caught', () => {
    const p = clone(dex);
    const d = p.pump.segments[1]?.doses[0];
    if (!d) throw new Error('no dose');
    d.amount.unit = 'mg';
    expect(codesOf(checkPlan(p))).toEqual(['segment_dose_mismatch']);
  });

  it('a loading segment is not the delivered dose rate', () => {
    const p = clone(dex);
    const a = p.agents[0];
    const loading = p.pump.segments[0]?.doses[0];
    if (!a || !loading) throw new Error('no agent');
    a.delivered.doseRate = { ...loading.doseRate };
    expect(codesOf(checkPlan(p))).toEqual(['delivered_dose_rate_mismatch']);
  });

  it('an unknown unit or an exponent value is refused as not_a_plan at each path, not thrown', () => {
    const p = clone(ketamine);
    p.bag.finalVolume.unit = 'cc';
    const seg = p.pump.segments[0];
    if (!seg) throw new Error('no segment');
    seg.duration.value = '1e3';
    const r = checkPlan(p);
    expect(r.ok).toBe(false);
    expect('issues' in r ? r.issues?.map((i) => [i.code, i.path.join('.')]) : r).toEqual([
      ['not_a_plan', 'bag.finalVolume.unit'],
      ['not_a_plan', 'pump.segments.0.duration.value'],
    ]);
  });

  it('a whole-bag plan that leaves volume in the bag, and a standard plan that infuses more than the bag, are caught', () => {
    const w = clone(ketamine);
    const seg = w.pump.segments[0];
    if (!seg) throw new Error('no segment');
    seg.duration.value = '200';
    // A consistent segment (27.5 mL/h x 200 min = 91.666667 mL) that stops short of the 110 mL bag.
    seg.volume.value = dec(seg.rate.value).mul(200).div(60).toDecimalPlaces(6).toFixed();
    expect(codesOf(checkPlan(w))).toContain('whole_bag_not_infused');

    const s = clone(dex);
    const main = s.pump.segments[1];
    if (!main) throw new Error('no segment');
    main.duration.value = '600'; // 12 mL/h x 10 h = 120 mL, from a 50 mL bag
    expect(codesOf(checkPlan(s))).toContain('infused_exceeds_bag');
  });

  it('every code is one of CHECK_PLAN_CODES, and every corruption on every protocol is caught with its code', () => {
    let applied = 0;
    for (const id of PROTOCOL_IDS) {
      for (const kg of [55, 85, 120]) {
        const r = planInfusion(inputFor(id, { value: kg, unit: 'kg' }));
        if (!r.ok) continue;
        for (const [name, corruption] of Object.entries(CORRUPTIONS)) {
          const p = clone(r.plan);
          if (!corruption.apply(p)) continue;
          applied += 1;
          const result = checkPlan(p);
          const codes = codesOf(result);
          for (const c of codes) expect(CHECK_PLAN_CODES as readonly string[]).toContain(c);
          if (!codes.includes(corruption.code)) throw new Error(`${id} ${kg} kg, ${name}: expected ${corruption.code}, got ${explain(result)}`);
        }
      }
    }
    expect(applied).toBeGreaterThan(PROTOCOL_IDS.length * 20);
  });
});

// ---------------------------------------------------------------------------------------------
// Property: over many weights, protocols and clinician choices, every ok plan passes checkPlan.

const KETAMINE_VIALS = ['ketamine-10mg-ml-20ml', 'ketamine-50mg-ml-10ml', 'ketamine-100mg-ml-5ml'] as const;
const MAGNESIUM_VIALS = [
  'magnesium-sulfate-500mg-ml-2ml',
  'magnesium-sulfate-500mg-ml-10ml',
  'magnesium-sulfate-500mg-ml-20ml',
  'magnesium-sulfate-500mg-ml-50ml',
] as const;
const LIDOCAINE_PRODUCTS = ['lidocaine-20mg-ml', 'lidocaine-10mg-ml', 'lidocaine-4mg-ml-premix-500ml', 'lidocaine-8mg-ml-premix-250ml'] as const;
const LIDOCAINE_VIALS = ['lidocaine-20mg-ml', 'lidocaine-10mg-ml'] as const;
const LIDOCAINE_PREMIXES = ['lidocaine-4mg-ml-premix-500ml', 'lidocaine-8mg-ml-premix-250ml'] as const;
const PAMIDRONATE_VIALS = ['pamidronate-3mg-ml-10ml', 'pamidronate-6mg-ml-10ml', 'pamidronate-9mg-ml-10ml'] as const;
const DEX_PRODUCTS = ['dexmedetomidine-100ug-ml-2ml', 'dexmedetomidine-4ug-ml-premix-20ml'] as const;
const PRIVIGEN_VIALS = [
  'immune-globulin-privigen-10pct-2.5g-25ml',
  'immune-globulin-privigen-10pct-5g-50ml',
  'immune-globulin-privigen-10pct-10g-100ml',
  'immune-globulin-privigen-10pct-20g-200ml',
  'immune-globulin-privigen-10pct-40g-400ml',
] as const;

/** n / scale as a number or a plain decimal string. */
const num = (min: number, max: number, scale: number) =>
  fc.tuple(fc.integer({ min, max }), fc.boolean()).map(([n, s]) => (s ? dec(n).div(scale).toFixed() : dec(n).div(scale).toNumber()));
const qty = (min: number, max: number, scale: number, ...units: string[]) => fc.record({ value: num(min, max, scale), unit: fc.constantFrom(...units) });
const duration = (minMin: number, maxMin: number) => fc.oneof(qty(minMin, maxMin, 1, 'min'), qty(Math.ceil(minMin / 15), Math.floor(maxMin / 15), 4, 'h'));
const volumes = (...v: number[]) => fc.constantFrom(...v.map((value) => ({ value, unit: 'mL' })));
const opt = { requiredKeys: [] as never[] };
const prep = (products: readonly string[], vols: fc.Arbitrary<{ value: number; unit: string }> | null) =>
  fc.record(
    {
      product: fc.constantFrom(...products),
      additiveVolume: fc.constantFrom('add', 'withdraw-equal'),
      overfill: fc.record({ value: fc.integer({ min: 0, max: 25 }), unit: fc.constant('mL') }),
      ...(vols ? { containerVolume: vols } : {}),
    },
    opt,
  );
const prepWithVolume = (products: readonly string[], vols: fc.Arbitrary<{ value: number; unit: string }>) =>
  fc.tuple(prep(products, null), vols).map(([p, containerVolume]) => ({ ...p, containerVolume }));
const heightSex = fc.record({
  height: fc.oneof(qty(1500, 2000, 10, 'cm'), qty(59, 79, 1, 'in')),
  sex: fc.constantFrom('female', 'male'),
});
const renal = fc.record({
  ageYears: num(18, 95, 1),
  sex: fc.constantFrom('female', 'male'),
  creatinine: fc.oneof(qty(50, 180, 100, 'mg/dL'), qty(44, 160, 1, 'umol/L')),
});

/** Per protocol: the inputs besides protocol, session and weight. */
const CHOICES: Readonly<Record<string, fc.Arbitrary<Fixed>>> = {
  'ketamine-crps-schwartzman-2009': fc.record(
    { dose: fc.record({ rate: qty(5, 35, 100, 'mg/kg/h') }, opt), preparation: prep(KETAMINE_VIALS, volumes(100, 250, 500, 1000)) },
    opt,
  ),
  'ketamine-depression-sanacora-2017': fc.record(
    { dose: fc.record({ total: qty(10, 75, 100, 'mg/kg'), duration: qty(20, 100, 1, 'min') }, opt), preparation: prep(KETAMINE_VIALS, null) },
    opt,
  ),
  'ketamine-clinic-course-2x3': fc.record({
    dose: fc.record({ rate: qty(100, 500, 1000, 'mg/kg/h') }),
    preparation: prepWithVolume(KETAMINE_VIALS, volumes(100, 250, 500, 1000)),
  }),
  'ketamine-booster-getson': fc.record({
    dose: fc.record({ total: qty(100, 200, 1, 'mg') }),
    preparation: prepWithVolume(KETAMINE_VIALS, volumes(100, 250, 500)),
  }),
  'ketamine-escalation-rema-2012': fc.record({
    dose: fc.record({ rate: qty(20, 60, 100, 'mg/kg/h') }),
    preparation: prepWithVolume(KETAMINE_VIALS, volumes(100, 250, 500, 1000)),
  }),
  'ketamine-kit-tankha-2025': fc.record({ preparation: prepWithVolume(KETAMINE_VIALS, volumes(50, 100, 250)) }),
  'ketamine-outpatient-goldberg-2005': fc.record({
    dose: fc.record({ total: qty(40, 80, 1, 'mg') }),
    preparation: prepWithVolume(KETAMINE_VIALS, volumes(100, 250, 500)),
  }),
  'ketamine-test-infusion-cohen-2018': fc.record({
    dose: fc.record({ duration: duration(120, 360) }),
    preparation: prepWithVolume(KETAMINE_VIALS, volumes(100, 250, 500)),
  }),
  'magnesium-crps-collins-2009': fc.record(
    { dose: fc.record({ total: qty(30, 70, 1, 'mg/kg') }, opt), preparation: prep(MAGNESIUM_VIALS, volumes(100, 250, 500)) },
    opt,
  ),
  'magnesium-phn-brill-2002': fc.record({ preparation: prep(MAGNESIUM_VIALS, volumes(100)) }, opt),
  'magnesium-phn-kim-2015': fc.record({ preparation: prep(MAGNESIUM_VIALS, volumes(100)) }, opt),
  'lidocaine-chronic-pain-rch': fc.record(
    {
      patient: heightSex,
      dose: fc.record({ total: qty(50, 75, 10, 'mg/kg'), rate: qty(40, 75, 1, 'mcg/kg/min', 'ug/kg/min') }),
      preparation: fc.record({ product: fc.constantFrom(...LIDOCAINE_PRODUCTS) }, opt),
    },
    { requiredKeys: ['patient', 'dose'] },
  ),
  'lidocaine-5mgkg-40min': fc.record({ patient: heightSex, preparation: prep(LIDOCAINE_VIALS, volumes(150)) }, { requiredKeys: ['patient'] }),
  'lidocaine-perioperative-foo-2021': fc.record(
    {
      patient: heightSex,
      dose: fc.record({ duration: duration(30, 240), rate: qty(5, 15, 10, 'mg/kg/h'), loading: qty(5, 15, 10, 'mg/kg') }, { requiredKeys: ['duration'] }),
      preparation: fc.record({ product: fc.constantFrom(...LIDOCAINE_PREMIXES) }, opt),
    },
    { requiredKeys: ['patient', 'dose'] },
  ),
  'dexmedetomidine-procedural-label': fc.record(
    {
      dose: fc.record(
        { duration: duration(30, 1425), rate: qty(20, 100, 100, 'ug/kg/h', 'mcg/kg/h'), loading: qty(50, 100, 100, 'ug/kg', 'mcg/kg') },
        { requiredKeys: ['duration'] },
      ),
      preparation: prep(DEX_PRODUCTS, volumes(50, 100, 250)),
    },
    { requiredKeys: ['dose'] },
  ),
  'clonidine-iv-150-300': fc.record(
    { dose: fc.record({ total: qty(150, 300, 1, 'ug', 'mcg') }), preparation: prep(['clonidine-150ug-ml-ampoule'], volumes(100)) },
    { requiredKeys: ['dose'] },
  ),
  'pamidronate-crps-3day': fc.record(
    { dose: fc.record({ duration: duration(120, 360) }), preparation: prep(PAMIDRONATE_VIALS, volumes(500)) },
    { requiredKeys: ['dose'] },
  ),
  'pamidronate-crps-cortet-1997': fc.record({
    dose: fc.record({ duration: duration(120, 360) }),
    preparation: prepWithVolume(PAMIDRONATE_VIALS, volumes(250, 500)),
  }),
  'pamidronate-crps-robinson-2004': fc.record({
    dose: fc.record({ duration: duration(120, 360) }),
    preparation: prepWithVolume(PAMIDRONATE_VIALS, volumes(250, 500)),
  }),
  'zoledronic-acid-4mg-by-crcl': fc.record(
    { patient: renal, dose: fc.record({ duration: duration(15, 60) }), preparation: prep(['zoledronic-acid-0.8mg-ml-5ml'], volumes(100)) },
    { requiredKeys: ['patient', 'dose'] },
  ),
  'zoledronic-acid-crps-5mg': fc.record({ patient: renal, dose: fc.record({ duration: duration(15, 60) }) }),
  'ivig-crps-goebel-2010': fc.record(
    {
      patient: heightSex,
      dose: fc.record({ rate: qty(5, 20, 10, 'mg/kg/min') }, opt),
      preparation: fc.record({ product: fc.constantFrom(...PRIVIGEN_VIALS) }, opt),
    },
    { requiredKeys: ['patient'] },
  ),
  'ivig-dpn-jann-2020': fc.record({ patient: heightSex, dose: fc.record({ rate: qty(5, 20, 10, 'mg/kg/min') }, opt) }, { requiredKeys: ['patient'] }),
  'ivig-crps-lips-goebel-2014': fc.record({ patient: heightSex, dose: fc.record({ rate: qty(5, 80, 10, 'mg/kg/min') }) }),
};

/** 25 to 350 kg in 0.01 kg steps, or 55.2 to 771.6 lb in 0.1 lb steps; a number or a decimal string. */
const weightArb = fc.oneof(
  fc.tuple(fc.integer({ min: 2500, max: 35000 }), fc.boolean()).map(([n, s]) => ({ value: s ? dec(n).div(100).toFixed() : n / 100, unit: 'kg' })),
  fc.tuple(fc.integer({ min: 552, max: 7716 }), fc.boolean()).map(([n, s]) => ({ value: s ? dec(n).div(10).toFixed() : n / 10, unit: 'lb' })),
);

const scenarioArb = fc.constantFrom(...PROTOCOL_IDS).chain((id) =>
  fc.record({
    id: fc.constant(id),
    choices: CHOICES[id] ?? fc.constant<Fixed>({}),
    weight: weightArb,
    session: fc.integer({ min: 1, max: 6 }),
  }),
);

describe('checkPlan property', () => {
  it('has choices for every built-in protocol', () => {
    expect(Object.keys(CHOICES).sort()).toEqual([...PROTOCOL_IDS].sort());
  });

  it('every ok plan over many weights, protocols and clinician choices passes checkPlan', () => {
    const counter = { ok: 0, all: 0 };
    const seen = new Set<string>();
    fc.assert(
      fc.property(scenarioArb, ({ id, choices, weight, session }) => {
        const f = FIXED[id] ?? {};
        // The generated choices replace the fixed ones where they overlap.
        const input = {
          protocol: id,
          session,
          patient: { ...(f.patient ?? {}), ...(choices.patient ?? {}), weight },
          ...(choices.dose || f.dose ? { dose: choices.dose ?? f.dose } : {}),
          ...(choices.preparation || f.preparation ? { preparation: choices.preparation ?? f.preparation } : {}),
        };
        counter.all += 1;
        const r = planInfusion(input);
        if (!r.ok) return;
        counter.ok += 1;
        seen.add(id);
        expectPasses(r.plan, input);
      }),
      { seed: SEED, numRuns: runs(1500) },
    );
    expect(counter.ok / counter.all).toBeGreaterThan(0.5);
    // Every protocol made an ok plan (checked only at full count: a scaled-down run may miss one).
    if (runs(1500) >= 1500) expect(seen.size).toBe(PROTOCOL_IDS.length);
  });
});
