/**
 * The administration check against the planner's own output: every correct plan of every
 * single-agent built-in protocol, over a spread of weights, must agree with its order; and each
 * seeded mistake (the ones the ISMP and peer research name) must be caught with its code.
 *
 * The check shares no arithmetic with the planner (src/verify imports nothing from plan/, pump/ or
 * compounding/), so agreement here is two independent calculations agreeing.
 */
import fc from 'fast-check';
import { once } from '../support/once.js';
import { runs } from '../support/runs.js';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, planInfusion } from '../support/untyped.js';
import type { Plan } from '../support/untyped.js';
import { dec } from '../../src/decimal/index.js';
import type { AdministrationCheck } from '../../src/verify/administration.js';
import { verifyAdministration } from '../support/untyped.js';

const cv = (v: number) => ({ containerVolume: { value: v, unit: 'mL' } });
/** Clinician inputs the protocols need (read from src/protocols/*.ts and the golden tests). */
const CLINICIAN: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'ketamine-clinic-course-2x3': { dose: { rate: { value: 0.5, unit: 'mg/kg/h' } }, preparation: cv(250) },
  'lidocaine-chronic-pain-rch': { dose: { total: { value: 5, unit: 'mg/kg' }, rate: { value: 50, unit: 'mcg/kg/min' } } },
  'clonidine-iv-150-300': { dose: { total: { value: 150, unit: 'mcg' } } },
  'dexmedetomidine-procedural-label': { dose: { duration: { value: 2, unit: 'h' } } },
  'ketamine-booster-getson': { dose: { total: { value: 150, unit: 'mg' } }, preparation: cv(250) },
  'ketamine-escalation-rema-2012': { dose: { rate: { value: 0.4, unit: 'mg/kg/h' } }, preparation: cv(250) },
  'ketamine-kit-tankha-2025': { preparation: cv(100) },
  'ketamine-outpatient-goldberg-2005': { dose: { total: { value: 60, unit: 'mg' } }, preparation: cv(100) },
  'ketamine-test-infusion-cohen-2018': { dose: { duration: { value: 3, unit: 'h' } }, preparation: cv(250) },
  'lidocaine-perioperative-foo-2021': { dose: { duration: { value: 2, unit: 'h' } } },
  'pamidronate-crps-3day': { dose: { duration: { value: 2, unit: 'h' } } },
  'pamidronate-crps-cortet-1997': { dose: { duration: { value: 2, unit: 'h' } }, preparation: cv(250) },
  'pamidronate-crps-robinson-2004': { dose: { duration: { value: 2, unit: 'h' } }, preparation: cv(250) },
  'zoledronic-acid-4mg-by-crcl': { dose: { duration: { value: 15, unit: 'min' } } },
  'zoledronic-acid-crps-5mg': { dose: { duration: { value: 15, unit: 'min' } } },
  'ivig-crps-lips-goebel-2014': { dose: { rate: { value: 1, unit: 'mg/kg/min' } } },
};
/** Height, sex, age and creatinine for the protocols dosed on ideal weight or clearance. */
const PATIENT_EXTRA = { height: { value: 70, unit: 'in' }, sex: 'male', ageYears: 60, creatinine: { value: 1, unit: 'mg/dL' } };
/** The fixed-phase protocol: its order is per phase, not one dose rate (see the phase test). */
const PHASED = 'lidocaine-5mgkg-40min';
const WEIGHTS = [55, 62.5, 70, 80, 95, 110, 120] as const;

function planFor(protocol: string, weight: number): Plan {
  const r = planInfusion({
    patient: { weight: { value: weight, unit: 'kg' }, ...PATIENT_EXTRA },
    protocol,
    session: 1,
    ...(CLINICIAN[protocol] ?? {}),
  });
  if (!r.ok) throw new Error(`${protocol} ${weight} kg: ${JSON.stringify(r.issues)}`);
  return r.plan;
}

/** The bag as labelled: each additive's amount, or for a premix used as it is, strength x volume. */
function bagOf(plan: Plan) {
  const ingredients =
    plan.bag.additives.length > 0
      ? plan.bag.additives.map((a) => ({ agent: a.agent, amount: { ...a.amount } }))
      : plan.bag.concentrations.map((c) => ({
          agent: c.agent,
          amount: { value: dec(c.value.value).mul(dec(plan.bag.finalVolume.value)).toFixed(), unit: 'mg' },
        }));
  return { ingredients, finalVolume: { ...plan.bag.finalVolume } };
}

/** The verification input a nurse would give for this plan, as set up correctly. */
function correctInput(plan: Plan) {
  const agent = plan.agents[0];
  if (agent === undefined) throw new Error('no agent');
  const protocol = BUILTIN_CATALOGUE.protocols.find((p) => p.id === plan.protocol.id);
  const standard = protocol?.preparation.style === 'standard-concentration' ? protocol.preparation.concentration : undefined;
  return {
    bag: bagOf(plan),
    pumpRate: { ...plan.pump.rate },
    patient: { weight: { ...plan.patient.weight }, dosingWeight: { ...plan.dosingWeight.value } },
    order: {
      agent: agent.agent,
      doseRate: { ...agent.doseRate },
      // The library's standard concentration, where the protocol sets one.
      ...(standard === undefined ? {} : { concentration: { value: standard, unit: 'mg/mL' } }),
    },
  };
}

function check(input: unknown): AdministrationCheck {
  const r = verifyAdministration(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.result;
}
const codes = (c: AdministrationCheck): string[] => c.findings.map((f) => f.code).sort();

/**
 * Why a correct plan may not match its order: the planner drew a measurable volume (0.1 mL from
 * 1 mL up, 0.01 mL below) whose amount is off the ordered amount by more than the tolerance. The
 * planner's own `delivered` then already differs from `doseRate`; the check reports it as a soft
 * `dose_mismatch`, which is the truth about what the patient receives.
 */
function drawnVolumeRounded(plan: Plan): boolean {
  return plan.bag.additives.some((a) => !dec(a.volume.value).eq(dec(a.exactVolume.value)));
}

const SINGLE_AGENT = BUILTIN_CATALOGUE.protocols.map((p) => p.id);

describe('every correct plan agrees with its order', () => {
  const notMatched: string[] = [];
  for (const protocol of SINGLE_AGENT.filter((id) => id !== PHASED)) {
    for (const weight of WEIGHTS) {
      it(`${protocol} at ${weight} kg`, () => {
        const plan = planFor(protocol, weight);
        const input = correctInput(plan);
        const c = check(input);
        const agent = plan.agents[0];
        // Two independent calculations of what is delivered agree to the last printed digit.
        expect(`${c.delivered.massRate.value} ${c.delivered.massRate.unit}`).toBe(`${agent?.delivered.doseRate.value} ${agent?.delivered.doseRate.unit}`);
        if (c.status === 'match') {
          expect(codes(c)).toEqual(['match']);
        } else {
          // The only accepted exception, with its reason: see drawnVolumeRounded.
          notMatched.push(`${protocol} ${weight} kg ratio ${c.ratio}`);
          expect(codes(c)).toEqual(['dose_mismatch']);
          expect(drawnVolumeRounded(plan)).toBe(true);
          expect(Math.abs(Number(c.ratio) - 1)).toBeLessThan(0.05);
        }
        // The order in the protocol's own unit (mg/kg/h, mcg/kg/min, mcg/kg/h ...) reads the same,
        // when no cap changed the dose.
        const rate = agent?.prescribed.rate;
        if (rate !== undefined && agent?.caps.every((cap) => !cap.bound) === true && /\/(h|min)$/.test(rate.unit)) {
          const c2 = check({ ...input, order: { ...input.order, doseRate: { ...rate } } });
          expect(c2.status).toBe(c.status);
          expect(c2.ratio).toBe(c.ratio);
        }
      });
    }
  }
  it('lists the correct plans that did not match (drawn-volume rounding only)', () => {
    // Printed for the report; asserted above case by case.
    console.info(`correct plans with dose_mismatch: ${notMatched.length}\n${notMatched.join('\n')}`);
  });
});

describe('the fixed-phase lidocaine protocol, phase by phase', () => {
  const protocol = BUILTIN_CATALOGUE.protocols.find((p) => p.id === PHASED);
  for (const weight of WEIGHTS) {
    it(`${weight} kg: each phase delivers its share of 5 mg/kg in 150 mL`, () => {
      if (protocol?.phases === undefined || protocol.total?.value === undefined || protocol.preparation.containerVolume === undefined) {
        throw new Error('protocol data changed');
      }
      const plan = planFor(PHASED, weight);
      const input = correctInput(plan);
      // The order per phase, from the protocol's data alone:
      // mg/h = phase mL/h x (mg/kg x kg) / container mL
      const mg = dec(protocol.total.value).mul(dec(plan.dosingWeight.value.value));
      const segments = plan.pump.segments;
      expect(segments.length).toBe(protocol.phases.length);
      protocol.phases.forEach((phase, i) => {
        const orderMgH = dec(phase.rate.value)
          .mul(mg)
          .div(dec(protocol.preparation.containerVolume as string));
        const c = check({
          ...input,
          pumpRate: { ...segments[i]?.rate },
          order: { agent: input.order.agent, doseRate: { value: orderMgH.toFixed(6), unit: 'mg/h' } },
        });
        expect(codes(c)).toEqual(['match']);
      });
      // Against the average dose rate the plan reports, the last phase alone is not the order.
      expect(codes(check(input))).toEqual(['dose_mismatch']);
    });
  }
});

// ------------------------------------------------------------------------------------------------
// Seeded mistakes

type Mistake = {
  readonly name: string;
  readonly seed: (input: ReturnType<typeof correctInput>) => unknown;
  /** Codes that must be among the findings; `hard` when the status must be stop. */
  readonly expect: readonly string[];
  readonly status: 'stop' | 'review';
  /**
   * The severity follows the ratio the seeded mistake gives (issue 11 item 7): at 2x or more (0.5x
   * or less) `dose_mismatch_large` and stop, strictly between them `dose_mismatch` and review.
   */
  readonly byRatio?: true;
};

const times = (q: { value: string; unit: string }, f: string) => ({ value: dec(q.value).mul(dec(f)).toFixed(), unit: q.unit });

const MISTAKES: readonly Mistake[] = [
  {
    name: 'the dose (mg/h) typed in the rate field, unit and all',
    seed: (i) => ({ ...i, pumpRate: { ...i.order.doseRate } }),
    expect: ['wrong_field'],
    status: 'stop',
  },
  {
    name: 'the dose number typed as mL/h',
    seed: (i) => ({ ...i, pumpRate: { value: i.order.doseRate.value, unit: 'mL/h' } }),
    expect: ['wrong_field'],
    status: 'stop',
  },
  { name: 'rate x10', seed: (i) => ({ ...i, pumpRate: times(i.pumpRate, '10') }), expect: ['tenfold_high'], status: 'stop' },
  { name: 'rate /10', seed: (i) => ({ ...i, pumpRate: times(i.pumpRate, '0.1') }), expect: ['tenfold_low'], status: 'stop' },
  { name: 'rate x100', seed: (i) => ({ ...i, pumpRate: times(i.pumpRate, '100') }), expect: ['tenfold_high'], status: 'stop' },
  {
    name: 'rate x1000 (mcg read as mg)',
    seed: (i) => ({ ...i, pumpRate: times(i.pumpRate, '1000') }),
    expect: ['tenfold_high', 'unit_mix_up'],
    status: 'stop',
  },
  {
    name: 'bag labelled a thousandfold off (mcg for mg, mg for g, mg for mcg)',
    seed: (i) => ({
      ...i,
      bag: {
        ...i.bag,
        ingredients: i.bag.ingredients.map((g) => ({
          ...g,
          amount: { ...g.amount, unit: g.amount.unit === 'g' ? 'mg' : g.amount.unit === 'mg' ? 'mcg' : 'mg' },
        })),
      },
    }),
    expect: ['unit_mix_up'],
    status: 'stop',
  },
  {
    name: 'a bag at twice the ordered concentration, pump as planned',
    seed: (i) => ({
      ...i,
      bag: { ...i.bag, ingredients: i.bag.ingredients.map((g) => ({ ...g, amount: times(g.amount, '2') })) },
      order: { ...i.order, concentration: i.order.concentration ?? { value: concentrationOf(i), unit: 'mg/mL' } },
    }),
    // Twice the amount in the same volume doubles the delivered dose: ratio = 2 x the correct set-up's
    // ratio (which is within the tolerance of 1), so 2 or more (hard) or just under 2 (soft review).
    expect: ['concentration_mismatch'],
    status: 'review',
    byRatio: true,
  },
  {
    name: 'a bag at half the ordered concentration, the pump doubled to compensate',
    seed: (i) => ({
      ...i,
      bag: { ...i.bag, finalVolume: times(i.bag.finalVolume, '2') },
      pumpRate: times(i.pumpRate, '2'),
      order: { ...i.order, concentration: i.order.concentration ?? { value: concentrationOf(i), unit: 'mg/mL' } },
    }),
    expect: ['concentration_mismatch'],
    status: 'review',
  },
  {
    name: 'the ordered agent missing from the bag',
    seed: (i) => ({ ...i, bag: { ...i.bag, ingredients: i.bag.ingredients.map((g) => ({ ...g, agent: 'some-other-agent' })) } }),
    expect: ['agent_not_in_bag'],
    status: 'stop',
  },
];

/** mg/mL of the bag as labelled (test-side arithmetic, for the order's concentration). */
function concentrationOf(i: ReturnType<typeof correctInput>): string {
  const mgPer: Record<string, string> = { g: '1000', mg: '1', mcg: '0.001', ug: '0.001' };
  const mg = i.bag.ingredients.reduce((s, g) => s.add(dec(g.amount.value).mul(dec(mgPer[g.amount.unit] ?? 'NaN'))), dec(0));
  return mg.div(dec(i.bag.finalVolume.value)).toFixed();
}

/** Plans to seed mistakes into: several protocols and weights, each matching when set up correctly. */
const SEED_PLANS: readonly (readonly [string, number])[] = [
  ['ketamine-crps-schwartzman-2009', 70],
  ['ketamine-depression-sanacora-2017', 95],
  ['ketamine-kit-tankha-2025', 120],
  ['magnesium-crps-collins-2009', 80],
  ['magnesium-phn-kim-2015', 70],
  ['lidocaine-chronic-pain-rch', 55],
  ['lidocaine-perioperative-foo-2021', 70],
  ['dexmedetomidine-procedural-label', 95],
  ['clonidine-iv-150-300', 70],
  ['pamidronate-crps-robinson-2004', 70],
  ['zoledronic-acid-crps-5mg', 62.5],
  ['ivig-dpn-jann-2020', 80],
];

describe('seeded mistakes are caught with their code', () => {
  for (const [protocol, weight] of SEED_PLANS) {
    const correct = once(() => correctInput(planFor(protocol, weight)));
    it(`${protocol} at ${weight} kg: the correct set-up matches`, () => {
      expect(codes(check(correct()))).toEqual(['match']);
    });
    for (const m of MISTAKES) {
      it(`${protocol} at ${weight} kg: ${m.name}`, () => {
        const input = correct();
        const seeded = m.seed(input);
        const c = check(seeded);
        // A dose number typed as mL/h is no error when the bag is 1 (mg or g) per mL: the number is the rate.
        if (m.name === 'the dose number typed as mL/h' && c.status === 'match') {
          expect(dec(c.pumpRate.value).eq(dec(input.order.doseRate.value))).toBe(true);
          return;
        }
        const large = m.byRatio === true && dec(c.ratio).gte(2);
        const expected = m.byRatio === true ? [...m.expect, large ? 'dose_mismatch_large' : 'dose_mismatch'] : m.expect;
        for (const code of expected) expect(codes(c)).toContain(code);
        expect(codes(c)).not.toContain('match');
        expect(c.status).toBe(large ? 'stop' : m.status);
        const hard = c.findings.filter((f) => f.severity === 'hard').map((f) => f.code);
        const hardCodes = ['wrong_field', 'tenfold_high', 'tenfold_low', 'dose_mismatch_large', 'unit_mix_up', 'agent_not_in_bag'];
        for (const code of hard) expect(hardCodes).toContain(code);
      });
    }
  }

  it('tenfold findings carry the fold as measured (exactly 10, 100, 1000 on a plan whose ratio is 1)', () => {
    const input = correctInput(planFor('ketamine-crps-schwartzman-2009', 70));
    const factor = (f: string) => check({ ...input, pumpRate: times(input.pumpRate, f) }).findings.find((x) => x.code.startsWith('tenfold'))?.factor;
    expect(factor('10')).toBe('10');
    expect(factor('100')).toBe('100');
    expect(factor('1000')).toBe('1000');
    expect(factor('0.1')).toBe('10');
    expect(factor('0.01')).toBe('100');
  });

  it('a tenfold slip on a plan already off by drawn-volume rounding is still tenfold', () => {
    // Rema 0.4 mg/kg/h at 70 kg delivers 27.5 of 28 mg/h (2.2 mL drawn for 2.24 mL).
    const input = correctInput(planFor('ketamine-escalation-rema-2012', 70));
    expect(codes(check({ ...input, pumpRate: times(input.pumpRate, '10') }))).toContain('tenfold_high');
    expect(codes(check({ ...input, pumpRate: times(input.pumpRate, '0.1') }))).toContain('tenfold_low');
  });
});

describe('properties over plans', () => {
  const steady = SINGLE_AGENT.filter((id) => id !== PHASED);
  it('a correct plan always agrees: match, or dose_mismatch only from drawn-volume rounding; delivered equals the planner', () => {
    fc.assert(
      fc.property(fc.constantFrom(...steady), fc.integer({ min: 450, max: 1500 }), (protocol, w10) => {
        const plan = planFor(protocol, w10 / 10);
        const c = check(correctInput(plan));
        expect(c.delivered.massRate.value).toBe(plan.agents[0]?.delivered.doseRate.value);
        if (c.status !== 'match') {
          expect(codes(c)).toEqual(['dose_mismatch']);
          expect(drawnVolumeRounded(plan)).toBe(true);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('protocols whose draw is exact or a premix always match, at any weight', () => {
    const exact = [
      'ketamine-depression-sanacora-2017',
      'lidocaine-chronic-pain-rch',
      'lidocaine-perioperative-foo-2021',
      'dexmedetomidine-procedural-label',
      'clonidine-iv-150-300',
      'zoledronic-acid-crps-5mg',
      'ivig-dpn-jann-2020',
      'ivig-crps-goebel-2010',
      'pamidronate-crps-robinson-2004',
      'ketamine-booster-getson',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...exact), fc.integer({ min: 450, max: 1500 }), (protocol, w10) => {
        expect(codes(check(correctInput(planFor(protocol, w10 / 10))))).toEqual(['match']);
      }),
      { numRuns: runs(300) },
    );
  });
});
