/**
 * Property tests for `planInfusion`: the pump arithmetic (over every segment of a multi-segment
 * plan), delivered against ordered dose, the ordered dose against weight, hard limits and protocol
 * caps, robustness on arbitrary input, and clean output strings. Output strings are compared
 * exactly with decimal.js, never with floats.
 *
 * Every protocol of the built-in catalogue has a scenario template with realistic clinician inputs
 * drawn from that protocol's own ranges (and, under `stress`, past them).
 *
 * Bugs these properties found are kept next to the property they broke, with the input that
 * reproduced each as an explicit fast-check example (see the comment on each).
 *
 * PROPERTY_RUNS_SCALE=10 multiplies every numRuns for a long exploratory run.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { runs } from '../support/runs.js';
import { describe, expect, it } from 'vitest';

/**
 * A fixed seed for every fast-check run here (issue 16 item 4): these runs also assert rates and
 * thresholds (most inputs plan, every kind of plan is seen), which must not pass or fail by chance.
 * PROPERTY_SEED picks another seed for an exploratory run.
 */
const SEED = Number(process.env['PROPERTY_SEED'] ?? 20261128);
import { BUILTIN_CATALOGUE, checkPlan, planInfusion } from '../support/untyped.js';
import type { Plan, PlanResult, Quantity } from '../support/untyped.js';
import { independentDisagreements } from '../support/independent-dose.js';

// ---------------------------------------------------------------------------------------------
// Exact decimals for the test side (a private clone, so no global decimal.js setting matters).

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 });
const d = (v: string | number): Decimal => new D(v);
const q = (x: Quantity): Decimal => d(x.value);

/** Half of the last place of a 6-decimal output value. */
const HALF_ULP = d('0.0000005');
/** The pump's rate increment (the default: the generators never set one). */
const PUMP_INCREMENT = d('0.1');
/** The pump's volume-to-be-infused resolution (src/pump/settings.ts VTBI_INCREMENT). */
const VTBI_INCREMENT = d('0.1');

const MG_PER: Readonly<Record<string, string>> = { g: '1000', mg: '1', ug: '0.001', mcg: '0.001' };
/** Factor from "per <time>" to "per hour": per minute x 60 = per hour. */
const PER_HOUR: Readonly<Record<string, string>> = { h: '1', min: '60' };

type MeasureKind = 'dose-rate' | 'dose-rate-per-kg' | 'session-dose' | 'session-dose-per-kg' | 'concentration' | 'duration';

/** Reads a unit the test's own way: returns the measure and the factor to mg, mg/h, mg/kg, mg/kg/h, mg/mL or h. */
function unitFactor(unit: string): { kind: MeasureKind; factor: Decimal } {
  if (unit === 'h' || unit === 'min') return { kind: 'duration', factor: unit === 'h' ? d(1) : d(1).div(60) };
  const parts = unit.split('/');
  const mass = MG_PER[parts[0] ?? ''];
  if (mass === undefined) throw new Error(`test cannot read unit ${unit}`);
  const m = d(mass);
  if (parts.length === 1) return { kind: 'session-dose', factor: m };
  if (parts.length === 2 && parts[1] === 'mL') return { kind: 'concentration', factor: m };
  if (parts.length === 2 && parts[1] === 'kg') return { kind: 'session-dose-per-kg', factor: m };
  const perTime = PER_HOUR[parts[parts.length - 1] ?? ''];
  if (perTime === undefined) throw new Error(`test cannot read unit ${unit}`);
  if (parts.length === 2) return { kind: 'dose-rate', factor: m.mul(perTime) };
  if (parts.length === 3 && parts[1] === 'kg') return { kind: 'dose-rate-per-kg', factor: m.mul(perTime) };
  throw new Error(`test cannot read unit ${unit}`);
}

/** A quantity in base units (mg, mg/h, mg/kg, mg/kg/h, mg/mL, h), checked to be of the expected kind. */
function base(x: Quantity, kind: MeasureKind): Decimal {
  const u = unitFactor(x.unit);
  if (u.kind !== kind) throw new Error(`expected a ${kind}, got ${x.value} ${x.unit}`);
  return q(x).mul(u.factor);
}

/** mg (or mg/h) in one output unit of a dose quantity: 1000 for g and g/h, 1 for mg and mg/h, 0.001 for ug. */
function outputUlpMg(x: Quantity): Decimal {
  return unitFactor(x.unit).factor;
}

function fail(message: string, detail: unknown): never {
  throw new Error(`${message}\n${JSON.stringify(detail, null, 1)}`);
}

const PROTOCOLS = new Map(BUILTIN_CATALOGUE.protocols.map((p) => [p.id, p]));
const AGENTS = new Map(BUILTIN_CATALOGUE.agents.map((a) => [a.id, a]));
function protocolOf(id: string) {
  return PROTOCOLS.get(id) ?? fail('plan names a protocol not in the catalogue', id);
}
function agentOf(id: string) {
  return AGENTS.get(id) ?? fail('plan names an agent not in the catalogue', id);
}

// ---------------------------------------------------------------------------------------------
// Generators of realistic valid inputs for every protocol of the built-in catalogue.

interface WeightIn {
  readonly value: number | string;
  readonly unit: 'kg' | 'lb';
  /** The exact weight in kg, for the test's own ordering. */
  readonly kg: string;
}

/** 25 to 350 kg, as a number or a decimal string, in kg (0.01 steps) or lb (0.1 steps). */
const weightArb: fc.Arbitrary<WeightIn> = fc.oneof(
  fc.tuple(fc.integer({ min: 2500, max: 35000 }), fc.boolean()).map(([n, asString]) => {
    const kg = d(n).div(100);
    return { value: asString ? kg.toFixed() : n / 100, unit: 'kg' as const, kg: kg.toFixed() };
  }),
  // 55.2 lb = 25.04 kg; 771.6 lb = 349.99 kg.
  fc.tuple(fc.integer({ min: 552, max: 7716 }), fc.boolean()).map(([n, asString]) => {
    const lb = d(n).div(10);
    return { value: asString ? lb.toFixed() : n / 10, unit: 'lb' as const, kg: lb.mul('0.45359237').toFixed() };
  }),
);

/** A value in [min, max] / scale, as a number or a plain decimal string. */
function valueArb(min: number, max: number, scale: number): fc.Arbitrary<number | string> {
  return fc.tuple(fc.integer({ min, max }), fc.boolean()).map(([n, asString]) => (asString ? d(n).div(scale).toFixed() : d(n).div(scale).toNumber()));
}
function quantityArb(min: number, max: number, scale: number, units: readonly string[]) {
  return fc.record({ value: valueArb(min, max, scale), unit: fc.constantFrom(...units) });
}
const mL = (...volumes: number[]) => fc.constantFrom(...volumes.map((v) => ({ value: v, unit: 'mL' })));
/** A duration of minMin to maxMin minutes, in whole minutes or in quarter hours. */
function durationArb(minMin: number, maxMin: number) {
  return fc.oneof(quantityArb(minMin, maxMin, 1, ['min']), quantityArb(Math.ceil(minMin / 15), Math.floor(maxMin / 15), 4, ['h']));
}

const sessionArb = fc.integer({ min: 1, max: 12 });

interface QuantityIn {
  readonly value: number | string;
  readonly unit: string;
}

/** An input without its weight: the weight is added by {@link build}. */
interface Template {
  readonly protocol: string;
  readonly session: number;
  readonly patient?: {
    readonly height?: QuantityIn;
    readonly sex?: string;
    readonly ageYears?: number | string;
    readonly creatinine?: QuantityIn;
  };
  readonly dose?: Readonly<Record<string, unknown>>;
  readonly preparation?: Readonly<Record<string, unknown>>;
}

function build(t: Template, w: WeightIn): Record<string, unknown> {
  return { ...t, patient: { ...(t.patient ?? {}), weight: { value: w.value, unit: w.unit } } };
}

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
const DEXMEDETOMIDINE_PRODUCTS = ['dexmedetomidine-100ug-ml-2ml', 'dexmedetomidine-4ug-ml-premix-20ml'] as const;

/** Optional bag choices for a whole-bag or diluted standard-concentration protocol. */
function bagPrepArb(products: readonly string[], volumes: fc.Arbitrary<{ value: number; unit: string }> | null) {
  return fc.record(
    {
      product: fc.constantFrom(...products),
      additiveVolume: fc.constantFrom('add', 'withdraw-equal'),
      overfill: fc.record({ value: fc.integer({ min: 0, max: 25 }), unit: fc.constant('mL') }),
      ...(volumes ? { containerVolume: volumes } : {}),
    },
    { requiredKeys: [] },
  );
}
/** Bag choices for a whole-bag protocol without `containerVolume`: the clinician must choose the bag. */
function bagPrepWithVolumeArb(products: readonly string[], volumes: fc.Arbitrary<{ value: number; unit: string }>) {
  return fc.tuple(bagPrepArb(products, null), volumes).map(([p, containerVolume]) => ({ ...p, containerVolume }));
}

/** Height and sex, for the lidocaine protocols (dosed by ideal body weight). */
/** Height and sex (adjusted weight), and now and then a thrombosis or renal risk (lower maximum rate). */
const IVIG_PATIENT = {
  height: fc.oneof(quantityArb(1500, 2000, 10, ['cm']), quantityArb(59, 79, 1, ['in'])),
  sex: fc.constantFrom('female', 'male'),
  risks: fc.constantFrom(['thrombosis'], ['renal-impairment'], ['thrombosis', 'renal-impairment']),
};

const heightSexArb = fc.record({
  height: fc.oneof(quantityArb(1500, 2000, 10, ['cm']), quantityArb(59, 79, 1, ['in'])),
  sex: fc.constantFrom('female', 'male'),
});

/**
 * Age, sex and serum creatinine, for the zoledronic acid protocols (dosed or gated by Cockcroft-Gault
 * clearance). Under `stress` the creatinine reaches renal failure (clearance below the bands).
 */
function renalPatientArb(stress: boolean) {
  return fc.record(
    {
      ageYears: valueArb(18, 95, 1),
      sex: fc.constantFrom('female', 'male'),
      creatinine: fc.oneof(quantityArb(50, stress ? 500 : 180, 100, ['mg/dL']), quantityArb(44, stress ? 440 : 160, 1, ['umol/L'])),
      height: quantityArb(1500, 2000, 10, ['cm']),
    },
    { requiredKeys: ['ageYears', 'sex', 'creatinine'] },
  );
}

/**
 * Templates per protocol, keyed by protocol id. Clinician inputs come from each protocol's own
 * range (its `min`/`max`, or the label's range where the protocol states only a value); `stress`
 * widens them past those ranges (staying under the tenfold refusal of each `usual`) so that hard
 * limits and caps are approached and crossed.
 */
function templates(stress: boolean): Record<string, fc.Arbitrary<Template>> {
  const optional = { requiredKeys: [] as never[] };
  return {
    'ketamine-crps-schwartzman-2009': fc.record(
      {
        protocol: fc.constant('ketamine-crps-schwartzman-2009'),
        session: sessionArb,
        dose: fc.record({ rate: quantityArb(5, stress ? 150 : 35, 100, ['mg/kg/h']) }, optional),
        preparation: bagPrepArb(KETAMINE_VIALS, mL(100, 250, 500, 1000)),
      },
      { requiredKeys: ['protocol', 'session'] },
    ),
    'ketamine-depression-sanacora-2017': fc.record(
      {
        protocol: fc.constant('ketamine-depression-sanacora-2017'),
        session: sessionArb,
        dose: fc.record(
          {
            total: quantityArb(10, stress ? 490 : 75, 100, ['mg/kg']),
            duration: quantityArb(stress ? 5 : 20, 100, 1, ['min']),
          },
          optional,
        ),
        // No containerVolume: a clinician-chosen bag too small for the dose is tested on its own below.
        preparation: bagPrepArb(KETAMINE_VIALS, null),
      },
      { requiredKeys: ['protocol', 'session'] },
    ),
    'ketamine-clinic-course-2x3': fc.record({
      protocol: fc.constant('ketamine-clinic-course-2x3'),
      session: sessionArb,
      dose: fc.record({ rate: quantityArb(stress ? 50 : 100, stress ? 1300 : 500, 1000, ['mg/kg/h']) }),
      preparation: bagPrepWithVolumeArb(KETAMINE_VIALS, mL(100, 250, 500, 1000)),
    }),
    // 100-200 mg over 4 h; the bag is the clinician's.
    'ketamine-booster-getson': fc.record({
      protocol: fc.constant('ketamine-booster-getson'),
      session: sessionArb,
      dose: fc.record(
        {
          total: quantityArb(stress ? 50 : 100, stress ? 600 : 200, 1, ['mg']),
          ...(stress ? { duration: durationArb(60, 480) } : {}),
        },
        { requiredKeys: ['total'] },
      ),
      preparation: bagPrepWithVolumeArb(KETAMINE_VIALS, mL(100, 250, 500)),
    }),
    // 0.2-0.6 mg/kg/h over 4 h; the bag is the clinician's.
    'ketamine-escalation-rema-2012': fc.record({
      protocol: fc.constant('ketamine-escalation-rema-2012'),
      session: sessionArb,
      dose: fc.record({ rate: quantityArb(stress ? 10 : 20, stress ? 130 : 60, 100, ['mg/kg/h']) }),
      preparation: bagPrepWithVolumeArb(KETAMINE_VIALS, mL(100, 250, 500, 1000)),
    }),
    // 0.5 mg/kg over 40 min as stated; the bag is the clinician's.
    'ketamine-kit-tankha-2025': fc.record(
      {
        protocol: fc.constant('ketamine-kit-tankha-2025'),
        session: sessionArb,
        ...(stress ? { dose: fc.record({ total: quantityArb(25, 490, 100, ['mg/kg']), duration: durationArb(10, 120) }, optional) } : {}),
        preparation: bagPrepWithVolumeArb(KETAMINE_VIALS, mL(50, 100, 250)),
      },
      { requiredKeys: ['protocol', 'session', 'preparation'] },
    ),
    // 40-80 mg per 4-h session; the bag is the clinician's.
    'ketamine-outpatient-goldberg-2005': fc.record({
      protocol: fc.constant('ketamine-outpatient-goldberg-2005'),
      session: sessionArb,
      dose: fc.record({ total: quantityArb(stress ? 20 : 40, stress ? 390 : 80, 1, ['mg']) }),
      preparation: bagPrepWithVolumeArb(KETAMINE_VIALS, mL(100, 250, 500)),
    }),
    // 80 mg over more than 2 h: the clinician chooses the duration and the bag.
    'ketamine-test-infusion-cohen-2018': fc.record({
      protocol: fc.constant('ketamine-test-infusion-cohen-2018'),
      session: sessionArb,
      dose: fc.record(
        { duration: durationArb(stress ? 30 : 120, stress ? 480 : 360), ...(stress ? { total: quantityArb(40, 790, 1, ['mg']) } : {}) },
        { requiredKeys: ['duration'] },
      ),
      preparation: bagPrepWithVolumeArb(KETAMINE_VIALS, mL(100, 250, 500)),
    }),
    'magnesium-crps-collins-2009': fc.record(
      {
        protocol: fc.constant('magnesium-crps-collins-2009'),
        session: sessionArb,
        dose: fc.record(
          {
            total: quantityArb(30, stress ? 150 : 70, 1, ['mg/kg']),
            ...(stress ? { duration: quantityArb(2, 6, 1, ['h']) } : {}),
          },
          optional,
        ),
        preparation: bagPrepArb(MAGNESIUM_VIALS, mL(100, 250, 500)),
      },
      { requiredKeys: ['protocol', 'session'] },
    ),
    // 30 mg/kg over 30 min in 100 mL as stated (stress: other doses and times).
    'magnesium-phn-brill-2002': fc.record(
      {
        protocol: fc.constant('magnesium-phn-brill-2002'),
        session: sessionArb,
        ...(stress ? { dose: fc.record({ total: quantityArb(15, 150, 1, ['mg/kg']), duration: durationArb(10, 120) }, optional) } : {}),
        preparation: bagPrepArb(MAGNESIUM_VIALS, stress ? mL(100, 250, 500) : mL(100)),
      },
      { requiredKeys: ['protocol', 'session'] },
    ),
    // 30 mg/kg over 1 h in 100 mL as stated (stress: other doses and times).
    'magnesium-phn-kim-2015': fc.record(
      {
        protocol: fc.constant('magnesium-phn-kim-2015'),
        session: sessionArb,
        ...(stress ? { dose: fc.record({ total: quantityArb(15, 150, 1, ['mg/kg']), duration: durationArb(15, 240) }, optional) } : {}),
        preparation: bagPrepArb(MAGNESIUM_VIALS, stress ? mL(100, 250, 500) : mL(100)),
      },
      { requiredKeys: ['protocol', 'session'] },
    ),
    'lidocaine-chronic-pain-rch': fc.record(
      {
        protocol: fc.constant('lidocaine-chronic-pain-rch'),
        session: sessionArb,
        patient: heightSexArb,
        dose: fc.record({
          total: quantityArb(50, stress ? 120 : 75, 10, ['mg/kg']),
          rate: quantityArb(40, stress ? 200 : 75, 1, ['mcg/kg/min', 'ug/kg/min']),
        }),
        preparation: fc.record({ product: fc.constantFrom(...LIDOCAINE_PRODUCTS) }, optional),
      },
      { requiredKeys: ['protocol', 'session', 'patient', 'dose'] },
    ),
    // 5 mg/kg (ideal weight) in 150 mL at 300 mL/h for 10 min, then 200 mL/h: two fixed-rate phases.
    'lidocaine-5mgkg-40min': fc.record(
      {
        protocol: fc.constant('lidocaine-5mgkg-40min'),
        session: sessionArb,
        patient: heightSexArb,
        ...(stress ? { dose: fc.record({ total: quantityArb(25, 95, 10, ['mg/kg']) }, optional) } : {}),
        preparation: bagPrepArb(LIDOCAINE_VIALS, stress ? mL(100, 150, 250) : mL(150)),
      },
      { requiredKeys: ['protocol', 'session', 'patient'] },
    ),
    // 1.5 mg/kg over 10 min, then 1.5 mg/kg/h (ideal weight, at most 120 mg/h); the duration (24 h
    // at most) is the clinician's, and a clinician may choose a lower loading dose or rate.
    'lidocaine-perioperative-foo-2021': fc.record(
      {
        protocol: fc.constant('lidocaine-perioperative-foo-2021'),
        session: fc.constant(1),
        patient: heightSexArb,
        dose: fc.record(
          {
            duration: durationArb(30, stress ? 1500 : 240),
            rate: quantityArb(stress ? 3 : 5, stress ? 30 : 15, 10, ['mg/kg/h']),
            loading: quantityArb(stress ? 3 : 5, stress ? 30 : 15, 10, ['mg/kg']),
          },
          { requiredKeys: ['duration'] },
        ),
        preparation: fc.record({ product: fc.constantFrom(...LIDOCAINE_PREMIXES) }, optional),
      },
      { requiredKeys: ['protocol', 'session', 'patient', 'dose'] },
    ),
    // 1 ug/kg over 10 min (0.5-1), then 0.6 ug/kg/h (label range 0.2-1) for the clinician's
    // duration (24 h at most, the loading dose included by the agent's hard limit).
    'dexmedetomidine-procedural-label': fc.record(
      {
        protocol: fc.constant('dexmedetomidine-procedural-label'),
        session: fc.constant(1),
        dose: fc.record(
          {
            duration: durationArb(stress ? 10 : 30, stress ? 1800 : 1425),
            rate: quantityArb(stress ? 10 : 20, stress ? 250 : 100, 100, ['ug/kg/h', 'mcg/kg/h']),
            loading: quantityArb(stress ? 25 : 50, stress ? 300 : 100, 100, ['ug/kg', 'mcg/kg']),
          },
          { requiredKeys: ['duration'] },
        ),
        // Always the vial: the 20 mL premix (named, or chosen by the planner itself when the vial's
        // draw is not exact) is too small for most orders, which are then refused (the last test of
        // this file), so it would leave these properties few plans to check.
        preparation: fc
          .tuple(bagPrepArb(DEXMEDETOMIDINE_PRODUCTS, stress ? mL(50, 100, 250, 500, 1000) : null), fc.constant(DEXMEDETOMIDINE_PRODUCTS[0]))
          .map(([prep, product]) => ({ ...prep, product })),
      },
      { requiredKeys: ['protocol', 'session', 'dose', 'preparation'] },
    ),
    // 150-300 ug in 100 mL over 15 min (stress: up to past the 750 ug hard limit, other times).
    'clonidine-iv-150-300': fc.record(
      {
        protocol: fc.constant('clonidine-iv-150-300'),
        session: fc.constant(1),
        dose: fc.record(
          {
            total: quantityArb(stress ? 75 : 150, stress ? 1400 : 300, 1, ['ug', 'mcg']),
            ...(stress ? { duration: durationArb(5, 60) } : {}),
          },
          { requiredKeys: ['total'] },
        ),
        preparation: bagPrepArb(['clonidine-150ug-ml-ampoule'], stress ? mL(50, 100, 250) : mL(100)),
      },
      { requiredKeys: ['protocol', 'session', 'dose'] },
    ),
    // 60 mg a day in 500 mL, each over at least 2 h (the clinician's duration).
    'pamidronate-crps-3day': fc.record(
      {
        protocol: fc.constant('pamidronate-crps-3day'),
        session: fc.integer({ min: 1, max: 4 }),
        dose: fc.record(
          { duration: durationArb(stress ? 60 : 120, stress ? 480 : 360), ...(stress ? { total: quantityArb(30, 150, 1, ['mg']) } : {}) },
          { requiredKeys: ['duration'] },
        ),
        preparation: bagPrepArb(PAMIDRONATE_VIALS, stress ? mL(250, 500, 1000) : mL(500)),
      },
      { requiredKeys: ['protocol', 'session', 'dose'] },
    ),
    // 1 mg/kg (capped at 90 mg) over at least 2 h, in the clinician's bag (label 250-500 mL).
    'pamidronate-crps-cortet-1997': fc.record({
      protocol: fc.constant('pamidronate-crps-cortet-1997'),
      session: fc.integer({ min: 1, max: 4 }),
      dose: fc.record(
        { duration: durationArb(stress ? 60 : 120, stress ? 480 : 360), ...(stress ? { total: quantityArb(50, 250, 100, ['mg/kg']) } : {}) },
        { requiredKeys: ['duration'] },
      ),
      preparation: bagPrepWithVolumeArb(PAMIDRONATE_VIALS, stress ? mL(100, 250, 500, 1000) : mL(250, 500)),
    }),
    // 60 mg once over at least 2 h, in the clinician's bag (label 250-500 mL).
    'pamidronate-crps-robinson-2004': fc.record({
      protocol: fc.constant('pamidronate-crps-robinson-2004'),
      session: fc.constant(1),
      dose: fc.record(
        { duration: durationArb(stress ? 60 : 120, stress ? 480 : 360), ...(stress ? { total: quantityArb(30, 150, 1, ['mg']) } : {}) },
        { requiredKeys: ['duration'] },
      ),
      preparation: bagPrepWithVolumeArb(PAMIDRONATE_VIALS, stress ? mL(100, 250, 500, 1000) : mL(250, 500)),
    }),
    // The dose by Cockcroft-Gault band, in 100 mL over at least 15 min (the clinician's duration).
    'zoledronic-acid-4mg-by-crcl': fc.record(
      {
        protocol: fc.constant('zoledronic-acid-4mg-by-crcl'),
        session: fc.constant(1),
        patient: renalPatientArb(stress),
        dose: fc.record({ duration: durationArb(stress ? 5 : 15, 60) }),
        preparation: bagPrepArb(['zoledronic-acid-0.8mg-ml-5ml'], stress ? mL(50, 100, 250) : mL(100)),
      },
      { requiredKeys: ['protocol', 'session', 'patient', 'dose'] },
    ),
    // 5 mg/100 mL ready to infuse, over at least 15 min, not below a clearance of 35 mL/min.
    'zoledronic-acid-crps-5mg': fc.record(
      {
        protocol: fc.constant('zoledronic-acid-crps-5mg'),
        session: fc.constant(1),
        patient: renalPatientArb(stress),
        dose: fc.record({ duration: durationArb(stress ? 5 : 15, 60) }),
        preparation: fc.record({ product: fc.constant('zoledronic-acid-0.05mg-ml-premix-100ml') }, optional),
      },
      { requiredKeys: ['protocol', 'session', 'patient', 'dose'] },
    ),
    // Immune globulin at the product's own concentration, rounded to whole Privigen vials; the rate
    // is the label ramp's start (or the at-risk maximum) unless the clinician gives one.
    'ivig-crps-goebel-2010': fc.record(
      {
        protocol: fc.constant('ivig-crps-goebel-2010'),
        session: fc.integer({ min: 1, max: 3 }),
        patient: fc.record({ ...IVIG_PATIENT }, { requiredKeys: ['height', 'sex'] }),
        dose: fc.record(
          // Up to 2 mg/kg/min unstressed: the at-risk label maximum, so risks do not refuse most plans.
          { rate: quantityArb(5, stress ? 120 : 20, 10, ['mg/kg/min']), ...(stress ? { total: quantityArb(1, 30, 10, ['g/kg']) } : {}) },
          optional,
        ),
        preparation: fc.record({ product: fc.constantFrom(...PRIVIGEN_VIALS) }, optional),
      },
      { requiredKeys: ['protocol', 'session', 'patient'] },
    ),
    'ivig-dpn-jann-2020': fc.record(
      {
        protocol: fc.constant('ivig-dpn-jann-2020'),
        session: fc.integer({ min: 1, max: 6 }),
        patient: fc.record({ ...IVIG_PATIENT }, { requiredKeys: ['height', 'sex'] }),
        dose: fc.record({ rate: quantityArb(5, stress ? 120 : 20, 10, ['mg/kg/min']) }, optional),
      },
      { requiredKeys: ['protocol', 'session', 'patient'] },
    ),
    // Intratect 5% has no ramp or vial size in the reference: the clinician gives the rate.
    'ivig-crps-lips-goebel-2014': fc.record({
      protocol: fc.constant('ivig-crps-lips-goebel-2014'),
      session: fc.integer({ min: 1, max: 4 }),
      patient: fc.record({ ...IVIG_PATIENT }, { requiredKeys: ['height', 'sex'] }),
      dose: fc.record({ rate: quantityArb(5, stress ? 120 : 80, 10, ['mg/kg/min']) }),
    }),
  };
}

const PRIVIGEN_VIALS = [
  'immune-globulin-privigen-10pct-2.5g-25ml',
  'immune-globulin-privigen-10pct-5g-50ml',
  'immune-globulin-privigen-10pct-10g-100ml',
  'immune-globulin-privigen-10pct-20g-200ml',
  'immune-globulin-privigen-10pct-40g-400ml',
] as const;

const PROTOCOL_IDS = BUILTIN_CATALOGUE.protocols.map((p) => p.id);

/** Protocols whose dose is per kg (a rate, total or loading dose in a per-kg unit). */
const PER_KG_PROTOCOLS = BUILTIN_CATALOGUE.protocols.filter((p) => [p.rate, p.total, p.loading?.total].some((x) => x?.unit.includes('/kg'))).map((p) => p.id);

interface Scenario {
  readonly template: Template;
  readonly weight: WeightIn;
}

function scenarioArb(stress: boolean): fc.Arbitrary<Scenario> {
  const t = templates(stress);
  return fc.record({ template: fc.oneof(...Object.values(t)), weight: weightArb });
}

/** Plans the scenario; returns the plan when ok (the status may be `needs-acknowledgement`). */
function okPlan(s: Scenario, counter: { ok: number; all: number }): Plan | undefined {
  const input = build(s.template, s.weight);
  const r = planInfusion(input);
  counter.all += 1;
  if (!r.ok) return undefined;
  counter.ok += 1;
  // Every ok plan also passes the independent re-check of its own bag and pump settings.
  const rechecked = checkPlan(r.plan);
  if (!rechecked.ok) throw new Error(`checkPlan disagrees: ${JSON.stringify(rechecked.disagreements)}`);
  // And a ready one agrees with the second derivation of its dose from the protocol and the patient.
  const ready = r.plan.status === 'ready';
  const independent = ready ? independentDisagreements(input, r.plan, BUILTIN_CATALOGUE) : [];
  const order = ready ? checkPlan(r.plan, BUILTIN_CATALOGUE) : { ok: true as const };
  if (!order.ok) throw new Error(`checkPlan with the catalogue disagrees: ${JSON.stringify(order.disagreements)}`);
  if (independent.length > 0) throw new Error(`the independent derivation disagrees: ${JSON.stringify(independent)}`);
  return r.plan;
}

/** Asserts that most generated inputs made a plan, so the property checked something. */
function expectMostlyOk(counter: { ok: number; all: number }, fraction = 0.5) {
  expect(counter.all).toBeGreaterThan(0);
  expect(counter.ok / counter.all).toBeGreaterThanOrEqual(fraction);
}

/** The segment kinds a protocol's plan may have: a non-empty prefix of these (a bag emptied early drops the rest). */
function expectedKinds(protocolId: string): string[] {
  const p = protocolOf(protocolId);
  if (p.loading) return ['loading', 'maintenance'];
  if (p.phases) return p.phases.map(() => 'phase');
  return ['maintenance'];
}

// ---------------------------------------------------------------------------------------------

describe('planInfusion properties', () => {
  it('generates plans for every protocol of the built-in catalogue', () => {
    expect(Object.keys(templates(false)).sort()).toEqual([...PROTOCOL_IDS].sort());
    expect(Object.keys(templates(true)).sort()).toEqual([...PROTOCOL_IDS].sort());
  });

  it('every protocol of the built-in catalogue makes ok plans from its template', () => {
    // Each template is realistic enough that most of its inputs plan (so no protocol is covered
    // only by refusals), and its segments are the kinds the protocol calls for.
    const fractions: Record<string, number> = {};
    for (const [id, template] of Object.entries(templates(false))) {
      const counter = { ok: 0, all: 0 };
      fc.assert(
        fc.property(template, weightArb, (t, w) => {
          const p = okPlan({ template: t, weight: w }, counter);
          if (!p) return;
          expect(p.protocol.id).toBe(id);
          const kinds = p.pump.segments.map((s) => s.kind);
          const expected = expectedKinds(id);
          if (kinds.length === 0 || kinds.some((k, i) => k !== expected[i]))
            fail(`segment kinds ${kinds.join(',')} are not a prefix of ${expected.join(',')}`, { id, segments: p.pump.segments });
        }),
        { seed: SEED, numRuns: Math.max(60, runs(60)) }, // never scaled down: the 30% floor below needs 60 runs
      );
      fractions[id] = counter.ok / counter.all;
    }
    // At least 30% each: the weights run to 350 kg, where some protocols are rightly refused (Brill's
    // 30 mg/kg over 30 min passes magnesium's hard 150 mg/min above 150 kg: about 46% of its inputs
    // plan, measured over 600 runs, so a 40% floor was too close for 60 runs). The run has a fixed seed,
    // so the fractions are the same on every run; a new seed (PROPERTY_SEED) may still fall near 30%.
    const low = Object.entries(fractions).filter(([, f]) => f < 0.3);
    if (process.env['SHOW_FRACTIONS']) console.log(JSON.stringify(fractions));
    if (low.length > 0) fail('protocols whose template rarely makes a plan', low);
  });

  it('pump: over all segments, rate x duration (min / 60) sums to the volume to be infused', () => {
    const counter = { ok: 0, all: 0 };
    const seen = { single: 0, multi: 0 };
    fc.assert(
      fc.property(scenarioArb(false), (s) => {
        const p = okPlan(s, counter);
        if (!p) return;
        expect(p.pump.rate.unit).toBe('mL/h');
        expect(p.pump.duration.unit).toBe('min');
        expect(p.pump.volumeToBeInfused.unit).toBe('mL');
        const segs = p.pump.segments;
        expect(segs.length).toBeGreaterThan(0);
        let rateTimesDuration = d(0);
        let volumes = d(0);
        let durations = d(0);
        let bound = d(0);
        for (const seg of segs) {
          expect([seg.rate.unit, seg.duration.unit, seg.volume.unit]).toEqual(['mL/h', 'min', 'mL']);
          const rate = q(seg.rate);
          rateTimesDuration = rateTimesDuration.add(rate.mul(q(seg.duration)).div(60));
          volumes = volumes.add(q(seg.volume));
          durations = durations.add(q(seg.duration));
          // Only the duration is rounded (to 6 places of a minute) in the output, per segment.
          bound = bound.add(rate.mul('0.000001').div(60)).add('0.000001');
          const segDiff = rate.mul(q(seg.duration)).div(60).sub(q(seg.volume)).abs();
          const segBound = rate.mul('0.000001').div(60).add('0.000001');
          if (segDiff.gt(segBound)) fail(`segment rate x duration - volume = ${segDiff.toFixed()} > ${segBound.toFixed()}`, seg);
        }
        const vtbi = q(p.pump.volumeToBeInfused);
        const diff = rateTimesDuration.sub(vtbi).abs();
        if (diff.gt(bound)) fail(`sum of rate x duration - VTBI = ${diff.toFixed()} > ${bound.toFixed()}`, p.pump);
        // The segments' volumes and durations add up to the pump's (each rounded to 6 places).
        const n = segs.length;
        if (
          volumes
            .sub(vtbi)
            .abs()
            .gt(HALF_ULP.mul(n + 1))
        )
          fail('segment volumes do not add up to the VTBI', p.pump);
        if (
          durations
            .sub(q(p.pump.duration))
            .abs()
            .gt(HALF_ULP.mul(n + 1))
        )
          fail('segment durations do not add up to the duration', p.pump);
        // The pump's rate is the main (last) segment's.
        expect(p.pump.rate).toEqual(segs[n - 1]?.rate);
        if (n === 1) {
          seen.single += 1;
          // The single segment repeats the pump settings.
          const seg = segs[0];
          expect(seg?.rate).toEqual(p.pump.rate);
          expect(seg?.duration).toEqual(p.pump.duration);
          expect(seg?.volume).toEqual(p.pump.volumeToBeInfused);
        } else {
          seen.multi += 1;
        }
      }),
      { seed: SEED, numRuns: runs(1000) },
    );
    expectMostlyOk(counter);
    expect(seen.single).toBeGreaterThan(0);
    expect(seen.multi).toBeGreaterThan(0);
  });

  it('each segment: concentration x volume is its dose, x rate its dose rate; the segments add up to the delivered dose', () => {
    const counter = { ok: 0, all: 0 };
    fc.assert(
      fc.property(scenarioArb(false), (s) => {
        const p = okPlan(s, counter);
        if (!p) return;
        const agent = p.agents[0];
        const conc = p.bag.concentrations[0];
        if (!agent || !conc) return fail('plan without an agent or a concentration', p.agents);
        expect(conc.value.unit).toBe('mg/mL');
        // Doses are written in the agent's own mass unit (ug, g or mg).
        const mass = agentOf(agent.agent).massUnit;
        for (const x of [agent.totalDose, agent.delivered.totalDose]) expect(x.unit).toBe(mass);
        for (const x of [agent.doseRate, agent.delivered.doseRate]) expect(x.unit).toBe(`${mass}/h`);
        expect(agent.delivered.totalDosePerKg.unit).toBe(`${mass}/kg`);
        expect(agent.delivered.doseRatePerKg.unit).toBe(`${mass}/kg/h`);
        const c = base(conc.value, 'concentration');
        const ulp = outputUlpMg(agent.delivered.totalDose);
        let sumDoses = d(0);
        let maxRate: Decimal | undefined;
        for (const seg of p.pump.segments) {
          const dose = seg.doses[0];
          if (!dose || seg.doses.length !== 1) return fail('segment without exactly one dose', seg);
          expect(dose.agent).toBe(agent.agent);
          expect(dose.amount.unit).toBe(mass);
          expect(dose.doseRate.unit).toBe(`${mass}/h`);
          const rate = q(seg.rate);
          const vol = q(seg.volume);
          const amount = base(dose.amount, 'session-dose');
          const doseRate = base(dose.doseRate, 'dose-rate');
          // Output rounding: the concentration to 6 places (times the rate or volume) and the dose
          // to 6 places of its own unit (mg, g for magnesium, ug for dexmedetomidine and clonidine).
          const rateTol = HALF_ULP.mul(rate).add(HALF_ULP.mul(ulp)).add('1e-12');
          const volTol = HALF_ULP.mul(vol).add(HALF_ULP.mul(ulp)).add('1e-12');
          const rateDiff = c.mul(rate).sub(doseRate).abs();
          const volDiff = c.mul(vol).sub(amount).abs();
          if (rateDiff.gt(rateTol)) fail(`conc x segment rate - segment dose rate = ${rateDiff.toFixed()} mg/h > ${rateTol.toFixed()}`, { conc, seg });
          if (volDiff.gt(volTol)) fail(`conc x segment volume - segment dose = ${volDiff.toFixed()} mg > ${volTol.toFixed()}`, { conc, seg });
          sumDoses = sumDoses.add(amount);
          if (seg.kind !== 'loading' && (maxRate === undefined || doseRate.gt(maxRate))) maxRate = doseRate;
        }
        // The delivered total is the sum of the segments' doses (each rounded to 6 places).
        const deliveredTotal = base(agent.delivered.totalDose, 'session-dose');
        const sumTol = HALF_ULP.mul(ulp)
          .mul(p.pump.segments.length + 1)
          .add('1e-12');
        if (sumDoses.sub(deliveredTotal).abs().gt(sumTol))
          fail(`sum of segment doses ${sumDoses.toFixed()} mg != delivered ${deliveredTotal.toFixed()} mg`, { segments: p.pump.segments, agent });
        // The delivered dose rate is the highest rate of a segment that is not a loading dose.
        if (maxRate === undefined) return fail('plan without a segment that is not a loading dose', p.pump.segments);
        expect(base(agent.delivered.doseRate, 'dose-rate').eq(maxRate)).toBe(true);
        // And concentration x VTBI is the delivered total, as for a single segment.
        const vtbi = q(p.pump.volumeToBeInfused);
        const totalTol = HALF_ULP.mul(vtbi).add(HALF_ULP.mul(ulp)).add('1e-12');
        const totalDiff = c.mul(vtbi).sub(deliveredTotal).abs();
        if (totalDiff.gt(totalTol)) fail(`conc x VTBI - delivered = ${totalDiff.toFixed()} mg > ${totalTol.toFixed()}`, { conc, pump: p.pump, agent });
        if (p.pump.segments.length === 1) {
          // A single segment's dose is the delivered dose.
          expect(p.pump.segments[0]?.doses[0]?.doseRate).toEqual(agent.delivered.doseRate);
          expect(p.pump.segments[0]?.doses[0]?.amount).toEqual(agent.delivered.totalDose);
        }
      }),
      { seed: SEED, numRuns: runs(1000) },
    );
    expectMostlyOk(counter);
  });

  it('the delivered dose rate differs from the ordered one only by the pump and syringe rounding', () => {
    const counter = { ok: 0, all: 0 };
    const seen = { wholeBag: 0, standard: 0, exactWholeBagRate: 0, roundedDown: 0, loading: 0, loadingChecked: 0, phases: 0 };
    fc.assert(
      fc.property(scenarioArb(true), (s) => {
        const p = okPlan(s, counter);
        if (!p) return;
        const agent = p.agents[0];
        const conc = p.bag.concentrations[0];
        if (!agent || !conc) return fail('plan without an agent or a concentration', p.agents);
        expect(p.pump.increment).toEqual({ value: '0.1', unit: 'mL/h' });
        const protocol = protocolOf(p.protocol.id);
        const c = base(conc.value, 'concentration');
        const segs = p.pump.segments;
        const main = segs[segs.length - 1];
        if (!main) return fail('plan without a segment', p.pump);
        if (protocol.phases) {
          // Fixed-rate phases: SKIPPED comparison of delivered and ordered dose rate. The ordered dose
          // rate is the average over the phases (total / duration) while the pump runs each phase
          // at the protocol's own fixed rate, so the delivered rate (the fastest phase) differs
          // from the ordered one by design, not by rounding. What is checked instead: each phase
          // runs at the protocol's rate for its stated time, and the whole bag is infused, so the
          // delivered dose is the amount drawn (within the draw rounding of the ordered dose).
          seen.phases += 1;
          segs.forEach((seg, i) => {
            const ph = protocol.phases?.[i];
            if (!ph || seg.kind !== 'phase') return fail(`segment ${i} is not a phase of the protocol`, segs);
            expect(q(seg.rate).eq(d(ph.rate.value)), 'a phase runs at its fixed rate').toBe(true);
            if (ph.duration && i < segs.length - 1) {
              const minutes = d(ph.duration.value).mul(ph.duration.unit === 'h' ? 60 : 1);
              expect(q(seg.duration).eq(minutes), 'a phase runs for its stated time').toBe(true);
            }
          });
          expect(q(p.pump.volumeToBeInfused).eq(q(p.bag.finalVolume))).toBe(true);
          const a = p.bag.additives[0];
          if (!a) return fail('phased plan without an additive', p.bag);
          const drawn = base(a.amount, 'session-dose');
          const delivered = base(agent.delivered.totalDose, 'session-dose');
          const ulp = outputUlpMg(agent.delivered.totalDose);
          if (
            drawn
              .sub(delivered)
              .abs()
              .gt(
                HALF_ULP.mul(ulp)
                  .mul(2)
                  .add(HALF_ULP.mul(q(p.bag.finalVolume))),
              )
          )
            fail('a phased bag does not deliver the amount drawn', { additive: a, delivered: agent.delivered });
          const strength = base(a.product.strength, 'concentration');
          const drawIncrement = q(a.rounding.increment);
          const ordered = base(agent.orderedDose.total, 'session-dose');
          if (
            drawn
              .sub(ordered)
              .abs()
              .gt(drawIncrement.mul(strength).add(HALF_ULP.mul(ulp).mul(2)))
          )
            fail('a phased bag holds more than a draw increment away from the ordered dose', { additive: a, ordered: agent.orderedDose.total });
          return;
        }
        const ordered = base(agent.doseRate, 'dose-rate');
        // With a loading segment, the delivered dose rate is the maintenance segment's (the loading
        // dose is excluded by design), so the comparison is the same as for a single segment.
        const delivered = base(agent.delivered.doseRate, 'dose-rate');
        const pumpRoundedDown = p.pump.rounding.roundedDownForLimit;
        if (pumpRoundedDown) seen.roundedDown += 1;
        // Half an increment of the pump, or a whole one when rounded down for a limit.
        const pumpTerm = (pumpRoundedDown ? PUMP_INCREMENT : PUMP_INCREMENT.div(2)).mul(c);
        // Output rounding of the two dose rates (6 places of their unit) and of the concentration.
        const tol = HALF_ULP.mul(2).mul(outputUlpMg(agent.doseRate)).add(HALF_ULP.mul(PUMP_INCREMENT)).add('1e-9');
        let bound: Decimal;
        if (segs.length > 1 || main.kind !== 'maintenance') {
          const loadingSeg = segs[0];
          if (!protocol.loading || segs.length !== 2 || loadingSeg?.kind !== 'loading' || main.kind !== 'maintenance')
            return fail('a multi-segment plan that is neither phases nor loading + maintenance', segs);
          if (p.bag.style !== 'standard-concentration') return fail('test cannot check a whole-bag plan with a loading dose', p.bag);
          seen.loading += 1;
          expect(main.doses[0]?.doseRate).toEqual(agent.delivered.doseRate);
          // The loading dose: the ordered amount's volume to the pump's volume resolution (a whole
          // step at most, rounded down for the protocol's maximum), unless the bag ran out.
          const stated = agent.prescribed.loading;
          if (!stated) return fail('a loading segment without a prescribed loading dose', agent.prescribed);
          const perKg = unitFactor(stated.unit).kind === 'session-dose-per-kg';
          const w = q(p.dosingWeight.value);
          const orderedLoading = perKg ? base(stated, 'session-dose-per-kg').mul(w) : base(stated, 'session-dose');
          const loadingGiven = base(loadingSeg.doses[0]?.amount ?? fail('loading without a dose', loadingSeg), 'session-dose');
          if (q(p.pump.volumeToBeInfused).lt(q(p.bag.finalVolume))) {
            seen.loadingChecked += 1;
            const loadingBound = VTBI_INCREMENT.mul(c)
              .add(HALF_ULP.mul(VTBI_INCREMENT))
              .add(HALF_ULP.mul(outputUlpMg(stated)).mul(w))
              .add(HALF_ULP.mul(outputUlpMg(loadingSeg.doses[0]?.amount ?? stated)).mul(2));
            if (loadingGiven.sub(orderedLoading).abs().gt(loadingBound))
              fail(`loading dose given ${loadingGiven.toFixed()} mg, ordered ${orderedLoading.toFixed()} mg`, { loadingSeg, stated, w: p.dosingWeight.value });
          }
          // mL/h = (mg/h) / (mg/mL) at the bag's actual concentration: only the pump rounds.
          bound = pumpTerm;
        } else if (p.bag.style === 'whole-bag') {
          seen.wholeBag += 1;
          const a = p.bag.additives[0];
          if (!a) return fail('whole-bag plan without an additive', p.bag);
          // mL/h = final mL / ordered h: exact whenever the bag's final volume over the duration is
          // a whole number of pump increments (a withdraw-equal bag with no overfill in the generators).
          const durationH = q(p.pump.durationOrdered).div(60);
          const rateExact = q(p.bag.finalVolume).div(durationH);
          const rateIsExact = rateExact.div(PUMP_INCREMENT).isInteger();
          if (rateIsExact) {
            seen.exactWholeBagRate += 1;
            expect(p.pump.rate.value, 'a whole-bag rate on the increment is set exactly').toBe(rateExact.toFixed());
          }
          // The drawn volume is rounded to 0.01 mL under 1 mL and 0.1 mL from 1 mL.
          const strength = base(a.product.strength, 'concentration');
          const exactMl = base(a.orderedAmount, 'session-dose').div(strength);
          const drawIncrement = exactMl.lt(1) ? d('0.01') : d('0.1');
          expect(a.rounding.increment).toEqual({ value: drawIncrement.toFixed(), unit: 'mL' });
          if (a.rounding.roundedDownForLimit) seen.roundedDown += 1;
          const drawTerm = (a.rounding.roundedDownForLimit ? drawIncrement : drawIncrement.div(2)).mul(strength).div(durationH);
          bound = drawTerm.add(rateIsExact ? 0 : pumpTerm);
        } else {
          seen.standard += 1;
          // mL/h = (mg/h) / (mg/mL) at the bag's actual concentration: only the pump rounds.
          bound = pumpTerm;
        }
        const diff = delivered.sub(ordered).abs();
        if (diff.gt(bound.add(tol)))
          fail(`|delivered - ordered| = ${diff.toFixed()} mg/h > bound ${bound.toFixed()} mg/h`, {
            protocol: p.protocol.id,
            style: p.bag.style,
            ordered: agent.doseRate,
            delivered: agent.delivered.doseRate,
            pump: { rate: p.pump.rate, rateExact: p.pump.rateExact, rounding: p.pump.rounding },
            bag: { additives: p.bag.additives, finalVolume: p.bag.finalVolume, concentration: conc.value },
          });
        // Rounding never increases the dose past the ordered one when it was rounded down for a limit.
        if (pumpRoundedDown && p.bag.style === 'standard-concentration') expect(delivered.lte(ordered.add(tol))).toBe(true);
      }),
      { seed: SEED, numRuns: runs(2000) },
    );
    expectMostlyOk(counter, 0.3);
    expect(seen.wholeBag).toBeGreaterThan(0);
    expect(seen.standard).toBeGreaterThan(0);
    expect(seen.exactWholeBagRate).toBeGreaterThan(0);
    expect(seen.loading).toBeGreaterThan(0);
    expect(seen.loadingChecked).toBeGreaterThan(0);
    expect(seen.phases).toBeGreaterThan(0);
  });

  it('the ordered dose never decreases as weight rises, and stays at a cap once it binds (per-kg protocols)', () => {
    // Only protocols whose dose is per kg: a fixed dose (mg) does not depend on weight, except
    // through a creatinine-clearance band, which is not a dose per kg.
    const t = templates(false);
    const perProtocol = runs(100);
    let compared = 0;
    let capBound = 0;
    expect(PER_KG_PROTOCOLS.length).toBeGreaterThan(0);
    for (const id of PER_KG_PROTOCOLS) {
      const template = t[id] ?? fail('no template for a per-kg protocol', id);
      fc.assert(
        fc.property(template, weightArb, weightArb, (tpl, w1, w2) => {
          const [lo, hi] = d(w1.kg).lte(d(w2.kg)) ? [w1, w2] : [w2, w1];
          const rLo = planInfusion(build(tpl, lo));
          const rHi = planInfusion(build(tpl, hi));
          if (!rLo.ok || !rHi.ok) return;
          compared += 1;
          const aLo = rLo.plan.agents[0];
          const aHi = rHi.plan.agents[0];
          if (!aLo || !aHi) return fail('plan without an agent', id);
          const detail = { id, lo, hi, loDose: [aLo.doseRate, aLo.orderedDose.total, aLo.caps], hiDose: [aHi.doseRate, aHi.orderedDose.total, aHi.caps] };
          const rate = [base(aLo.doseRate, 'dose-rate'), base(aHi.doseRate, 'dose-rate')] as const;
          const total = [base(aLo.orderedDose.total, 'session-dose'), base(aHi.orderedDose.total, 'session-dose')] as const;
          if (rate[0].gt(rate[1])) fail('ordered dose rate fell as weight rose', detail);
          if (total[0].gt(total[1])) fail('ordered session dose fell as weight rose', detail);
          // Caps: once bound at the lower weight, bound at the higher; a bound cap is the dose.
          for (const [k, a] of [aLo, aHi].entries()) {
            for (const cap of a.caps) {
              const perHour = cap.limit.unit.endsWith('/h');
              const value = perHour ? rate[k] : total[k];
              const limit = base(cap.limit, perHour ? 'dose-rate' : 'session-dose');
              const uncapped = base(cap.uncapped, perHour ? 'dose-rate' : 'session-dose');
              if (cap.bound) {
                capBound += 1;
                if (!value?.eq(limit)) fail(`cap ${cap.id} bound but the ordered dose is not the cap`, detail);
                if (!uncapped.gt(limit)) fail(`cap ${cap.id} bound though the uncapped dose is within it`, detail);
              } else if (!value?.eq(uncapped) || uncapped.gt(limit)) {
                fail(`cap ${cap.id} did not bind but the dose is not the uncapped one within the cap`, detail);
              }
            }
          }
          for (const capLo of aLo.caps) {
            const capHi = aHi.caps.find((c) => c.id === capLo.id);
            if (capLo.bound && !capHi?.bound) fail(`cap ${capLo.id} bound at the lower weight only`, detail);
          }
        }),
        { seed: SEED, numRuns: perProtocol },
      );
    }
    expect(compared).toBeGreaterThan(PER_KG_PROTOCOLS.length * perProtocol * 0.4);
    expect(capBound).toBeGreaterThan(0);
  });

  it('no ok plan delivers above a hard upper limit (or below a hard lower limit) of its agent', () => {
    const counter = { ok: 0, all: 0 };
    const limitsChecked = new Set<string>();
    /** Limits an ok plan came within 10% of, or that refused a generated input. */
    const limitsReached = new Set<string>();
    fc.assert(
      fc.property(scenarioArb(true), (s) => {
        const r = planInfusion(build(s.template, s.weight));
        counter.all += 1;
        if (!r.ok) {
          for (const issue of r.issues) {
            const rule = (issue as { rule?: unknown }).rule;
            if (typeof rule === 'string') limitsReached.add(rule);
          }
          return;
        }
        counter.ok += 1;
        const p = r.plan;
        const crossed = ceilingsCrossed(p, 'agent-limits', limitsChecked, limitsReached);
        if (crossed.length > 0) fail(crossed.join('; '), { delivered: p.agents[0]?.delivered, input: build(s.template, s.weight) });
      }),
      // The checks below, that every hard limit is checked and reached, need the full 3,000 inputs.
      { seed: SEED, numRuns: runs(3000) },
    );
    expectMostlyOk(counter, 0.3);
    // Every hard upper limit of an agent that a built-in protocol uses was checked, and reached (an
    // ok plan within 10% of it, or an input refused for it), at least once.
    const agentsInUse = new Set(BUILTIN_CATALOGUE.protocols.map((p) => p.agent));
    const hardUpper = BUILTIN_CATALOGUE.agents.flatMap((x) =>
      x.limits
        .filter((l) => l.severity === 'hard' && l.bound === 'upper' && l.careAreas === undefined && l.condition === undefined)
        .map((l) => ({ agent: x.id, id: l.id })),
    );
    const inScope = [...new Set(hardUpper.filter((l) => agentsInUse.has(l.agent)).map((l) => l.id))].sort();
    const outOfScope = hardUpper.filter((l) => !agentsInUse.has(l.agent)).map((l) => l.agent);
    expect([...new Set(outOfScope)]).toEqual([]);
    if (runs(3000) < 3000) return; // a scaled-down run (the mutation run) may not reach every limit
    expect([...limitsChecked].filter((id) => inScope.includes(id)).sort()).toEqual(inScope);
    expect(
      inScope.filter((id) => !limitsReached.has(id)),
      'hard upper limits no generated input reached',
    ).toEqual([]);
  });

  /**
   * Regression (was a bug, now fixed): an ok plan delivers above a protocol cap (no check looks at the caps after rounding, so
   * nothing refuses it). Two causes were found:
   *
   * 1. FIXED in 993207c ("each rounding ceiling counts on its own"), kept as the first example:
   *    the ceilings were merged into one minimum and dropped once the exact value crossed it, so an
   *    order above the protocol's range (a soft finding) lost the cap's protection. Schwartzman,
   *    70 kg, rate 0.4 mg/kg/h, overfill 1 mL gave 25.3 mL/h = 25.049505 mg/h > 25 mg/h.
   * 2. FIXED (kept as the second example; today's plan gives 133.7 mL/h = 24.990654 mg/h, rounded
   *    down for the cap): the concentration is a 40-digit quotient rounded half-up, so exact rate x
   *    concentration could come out above a ceiling it equals; `crossesNewCeiling` then treated the
   *    ceiling as already crossed by the exact value and rounded to nearest. With no clinician dose at all: Schwartzman,
   *    80 kg (cap binds: 28 -> 25 mg/h), product ketamine-10mg-ml-20ml, additiveVolume 'add',
   *    containerVolume 500 mL, overfill 25 mL: 100 mg in 535 mL (100/535 is stored as
   *    0.1869158878504672897196261682242990654206, rounded up); the exact 133.75 mL/h x that =
   *    25.00000000000000000000000000000000000001 mg/h > 25, so 133.75 was rounded up to 133.8 mL/h:
   *    the plan was ok (needs-acknowledgement, for product_not_for_dilution only) and delivered
   *    25.009346 mg/h > 25 mg/h. Expected, and given now: 133.7 mL/h (24.990654 mg/h), rounded down for the cap.
   *    (Comparing mL/h x mg / mL without the intermediate quotient, or rounding the comparison, fixes it.)
   */
  it('no ok plan delivers above a protocol cap', () => {
    const aboveRange: Scenario = {
      template: {
        protocol: 'ketamine-crps-schwartzman-2009',
        session: 1,
        dose: { rate: { value: 0.4, unit: 'mg/kg/h' } },
        preparation: { overfill: { value: 1, unit: 'mL' } },
      },
      weight: { value: 70, unit: 'kg', kg: '70' },
    };
    const precision: Scenario = {
      template: {
        protocol: 'ketamine-crps-schwartzman-2009',
        session: 1,
        preparation: {
          product: 'ketamine-10mg-ml-20ml',
          additiveVolume: 'add',
          containerVolume: { value: 500, unit: 'mL' },
          overfill: { value: 25, unit: 'mL' },
        },
      },
      weight: { value: 80, unit: 'kg', kg: '80' },
    };
    const capsChecked = new Set<string>();
    fc.assert(
      fc.property(scenarioArb(true), (s) => {
        const r = planInfusion(build(s.template, s.weight));
        if (!r.ok) return;
        const crossed = ceilingsCrossed(r.plan, 'protocol-caps', capsChecked);
        if (crossed.length > 0)
          fail(crossed.join('; '), { delivered: r.plan.agents[0]?.delivered, pump: r.plan.pump.rate, input: build(s.template, s.weight) });
      }),
      { seed: SEED, numRuns: runs(2000), examples: [[aboveRange], [precision]] },
    );
  });

  /**
   * Regression test. In 9fb8fee soft upper limits joined a single merged rounding ceiling; when the
   * exact order was past a soft limit (ketamine's 1 mg/kg/h, acknowledgeable), the hard 4.5 mg/kg
   * limit lost its protection and the rounded draw was refused with a hard finding the order does not
   * have: clinic course, 77.7 kg, 1.125 mg/kg/h, 250 mL (exactly 4.5 mg/kg) was refused with
   * session_dose_per_kg_above_hard_limit (4.504505 mg/kg) instead of being drawn as 6.9 mL (345 mg);
   * 71 kg at 1.124 mg/kg/h likewise. Fixed in 993207c (each ceiling counts on its own).
   */
  it('an order within the hard limits is never refused for a hard limit crossed only by rounding', () => {
    const clinicNearLimit = fc.record({
      weight: weightArb,
      // 1.001 to 1.125 mg/kg/h: above the soft 1 mg/kg/h, within 4.5 mg/kg over 4 h.
      rate: fc.integer({ min: 1001, max: 1125 }).map((n) => d(n).div(1000).toFixed()),
      containerVolume: mL(100, 250, 500, 1000),
    });
    fc.assert(
      fc.property(clinicNearLimit, ({ weight, rate, containerVolume }) => {
        const input = build(
          {
            protocol: 'ketamine-clinic-course-2x3',
            session: 1,
            dose: { rate: { value: rate, unit: 'mg/kg/h' } },
            preparation: { containerVolume },
          },
          weight,
        );
        const r = planInfusion(input);
        if (!r.ok) fail('refused', { issues: r.issues.map((i) => [i.code, i.path]), input });
        const perKg = base(r.plan.agents[0]?.delivered.totalDosePerKg ?? fail('no agent', r.plan), 'session-dose-per-kg');
        expect(perKg.lte(d('4.5'))).toBe(true);
      }),
      {
        seed: SEED,
        numRuns: runs(300),
        examples: [
          [{ weight: { value: 77.7, unit: 'kg', kg: '77.7' }, rate: '1.125', containerVolume: { value: 250, unit: 'mL' } }],
          [{ weight: { value: 71, unit: 'kg', kg: '71' }, rate: '1.124', containerVolume: { value: 250, unit: 'mL' } }],
        ],
      },
    );
  });

  it('acknowledging every soft finding makes the plan ready and changes no dose, bag or pump setting', () => {
    let acknowledged = 0;
    fc.assert(
      fc.property(scenarioArb(true), (s) => {
        const r1 = planInfusion(build(s.template, s.weight));
        if (!r1.ok || r1.plan.status === 'ready') return;
        const codes = [...new Set(r1.plan.checks.filter((c) => c.severity === 'soft' && !c.passed).map((c) => c.code))];
        expect(codes.length).toBeGreaterThan(0);
        const acknowledgements = codes.map((code) => ({ code, reason: 'Confirmed with the prescriber.' }));
        const r2 = planInfusion({ ...build(s.template, s.weight), acknowledgements });
        if (!r2.ok) return fail('acknowledging soft findings made the plan fail', r2.issues);
        acknowledged += 1;
        expect(r2.plan.status).toBe('ready');
        expect(r2.plan.acknowledgements).toEqual(acknowledgements);
        expect(r2.plan.checks.map((c) => c.code)).not.toContain('acknowledgement_unused');
        for (const c of r2.plan.checks) {
          if (c.severity === 'soft' && !c.passed) expect(c.acknowledgement).toEqual({ reason: 'Confirmed with the prescriber.' });
        }
        expect(r2.plan.checks.map((c) => [c.code, c.passed])).toEqual(r1.plan.checks.map((c) => [c.code, c.passed]));
        expect(r2.plan.agents).toEqual(r1.plan.agents);
        expect(r2.plan.bag).toEqual(r1.plan.bag);
        expect(r2.plan.pump).toEqual(r1.plan.pump);
        expect(r2.plan.dosingWeight).toEqual(r1.plan.dosingWeight);
      }),
      { seed: SEED, numRuns: runs(500) },
    );
    expect(acknowledged).toBeGreaterThan(0);
  });

  it('a value given as a number or as its plain decimal string gives the same plan', () => {
    fc.assert(
      fc.property(scenarioArb(false), (s) => {
        // Rewrite every quantity value in the input the other way round (number <-> string).
        const flip = (v: unknown): unknown => {
          if (Array.isArray(v)) return v.map(flip);
          if (v === null || typeof v !== 'object') return v;
          const o = v as Record<string, unknown>;
          const out: Record<string, unknown> = {};
          for (const [k, x] of Object.entries(o)) {
            if (k === 'value' && typeof x === 'number') out[k] = d(x).toFixed();
            else if (k === 'value' && typeof x === 'string') out[k] = Number(x);
            else out[k] = flip(x);
          }
          return out;
        };
        const input = build(s.template, s.weight);
        expect(planInfusion(flip(input))).toEqual(planInfusion(input));
      }),
      { seed: SEED, numRuns: runs(300) },
    );
  });

  describe('never throws, and every result is a plan or a non-empty list of well-formed issues', () => {
    function expectWellFormed(r: PlanResult) {
      expect(typeof r).toBe('object');
      if (r.ok) {
        expect(r.plan).toBeTypeOf('object');
        expect(Array.isArray(r.warnings)).toBe(true);
        expect(Object.keys(r).sort()).toEqual(['needsAcknowledgement', 'notices', 'ok', 'plan', 'warnings']);
        // Every failed check is a warning (soft) or a notice (info); the open soft codes are what keeps it from ready.
        expect(r.warnings.length + r.notices.length).toBe(r.plan.checks.filter((c) => !c.passed).length);
        expect(r.needsAcknowledgement.length === 0).toBe(r.plan.status === 'ready');
        return;
      }
      expect(r.ok).toBe(false);
      expect(Object.keys(r).sort()).toEqual(['issues', 'ok']);
      expect(Array.isArray(r.issues)).toBe(true);
      expect(r.issues.length).toBeGreaterThan(0);
      for (const issue of r.issues) {
        expect(typeof issue.code).toBe('string');
        expect(issue.code.length).toBeGreaterThan(0);
        expect(Array.isArray(issue.path)).toBe(true);
        for (const k of issue.path) expect(['string', 'number']).toContain(typeof k);
        expect(typeof issue.message).toBe('string');
        expect(issue.message.length).toBeGreaterThan(0);
      }
    }
    function callSafely(input: unknown): PlanResult {
      try {
        return planInfusion(input);
      } catch (e) {
        return fail(`planInfusion threw: ${String(e)}`, input);
      }
    }

    it('on arbitrary JSON values', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (v) => expectWellFormed(callSafely(v))),
        { seed: SEED, numRuns: runs(1000) },
      );
    });

    it('on arbitrary JavaScript values (boxed values, maps, sets, null prototypes, sparse arrays ...)', () => {
      fc.assert(
        fc.property(
          fc.anything({
            withBoxedValues: true,
            withMap: true,
            withSet: true,
            withObjectString: true,
            withNullPrototype: true,
            withBigInt: true,
            withDate: true,
            withTypedArray: true,
            withSparseArray: true,
          }),
          (v) => expectWellFormed(callSafely(v)),
        ),
        { seed: SEED, numRuns: runs(1000) },
      );
    });

    it('on objects shaped like an input, with arbitrary JSON in the fields', () => {
      const field = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom<unknown>(Number.NaN, Infinity, -Infinity, -0, undefined));
      const qty = fc.oneof(fc.record({ value: field, unit: field }), field);
      const shaped = fc.record(
        {
          patient: fc.oneof(fc.record({ weight: qty, height: qty, sex: field, ageYears: field }, { requiredKeys: [] }), field),
          protocol: fc.oneof(fc.constantFrom(...PROTOCOL_IDS), field),
          session: field,
          dose: fc.oneof(fc.record({ rate: qty, total: qty, duration: qty }, { requiredKeys: [] }), field),
          preparation: fc.oneof(
            fc.record({ product: field, diluent: field, containerVolume: qty, overfill: qty, additiveVolume: field }, { requiredKeys: [] }),
            field,
          ),
          pump: fc.oneof(fc.record({ increment: qty, minRate: qty, maxRate: qty }, { requiredKeys: [] }), field),
          acknowledgements: field,
          history: field,
        },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(shaped, (v) => expectWellFormed(callSafely(v))),
        { seed: SEED, numRuns: runs(1000) },
      );
    });

    it('on valid inputs with one field replaced by an arbitrary value or removed', () => {
      const mutation = fc.record({
        scenario: scenarioArb(true),
        pick: fc.nat(),
        replacement: fc.option(
          fc.oneof(
            fc.jsonValue({ maxDepth: 2 }),
            fc.constantFrom<unknown>(Number.NaN, Infinity, -Infinity, -0, 0, -1, 1e21, 1e-7, '', '0', '-0', 'constructor', '__proto__', 'toString'),
          ),
          { nil: undefined },
        ),
      });
      fc.assert(
        fc.property(mutation, ({ scenario, pick, replacement }) => {
          const input = structuredClone(build(scenario.template, scenario.weight));
          // Every (object, key) pair in the input, plus a new key on each object.
          const slots: [Record<string, unknown>, string][] = [];
          const collect = (o: Record<string, unknown>) => {
            slots.push([o, 'extraKey']);
            for (const [k, v] of Object.entries(o)) {
              slots.push([o, k]);
              if (v !== null && typeof v === 'object' && !Array.isArray(v)) collect(v as Record<string, unknown>);
            }
          };
          collect(input);
          const slot = slots[pick % slots.length];
          if (!slot) return;
          const [obj, key] = slot;
          if (replacement === undefined) delete obj[key];
          else obj[key] = replacement;
          expectWellFormed(callSafely(input));
        }),
        { seed: SEED, numRuns: runs(2000) },
      );
    });
  });

  it('no ok plan holds NaN, Infinity, an exponent or a negative quantity in its output', () => {
    const counter = { ok: 0, all: 0 };
    fc.assert(
      fc.property(scenarioArb(true), (s) => {
        const p = okPlan(s, counter);
        if (!p) return;
        expectCleanOutput(p);
      }),
      { seed: SEED, numRuns: runs(1500) },
    );
    expectMostlyOk(counter, 0.3);
  });

  // -------------------------------------------------------------------------------------------
  // Bugs these properties found, all fixed since: each test stays as a regression test.

  /**
   * Regression (was a bug, now fixed): a session number that is a valid JavaScript integer but not a safe one (1e21) is accepted,
   * and `check session_beyond_course` writes it with `String(n)`, so the plan's output holds
   * `observed.value: '1e+21'` (an exponent in a value field). It should either be refused as
   * `invalid_session` or written as a plain decimal.
   */
  it('no ok plan holds an exponent even for a huge (valid-integer) session number', () => {
    fc.assert(
      fc.property(scenarioArb(false), fc.constantFrom(1e21, 2 ** 70, Number.MAX_VALUE), (s, session) => {
        const r = planInfusion(build({ ...s.template, session }, s.weight));
        if (r.ok) expectCleanOutput(r.plan);
      }),
      { seed: SEED, numRuns: runs(50) },
    );
  });

  /**
   * Regression (was a bug, now fixed): for a standard-concentration protocol with a diluent (Sanacora), nothing checks that the
   * bag holds the ordered dose.
   *  - A clinician-chosen bag too small for the dose: Sanacora, 100 kg, total 0.75 mg/kg (75 mg),
   *    containerVolume 50 mL (50 mg at 1 mg/mL). Before 993207c: ok, VTBI 75 mL from a 50 mL bag,
   *    residualVolume -25 mL. Since 993207c the VTBI is clipped to the bag: ok (needs-acknowledgement,
   *    only for the soft 1 mg/kg/h rate), VTBI 50 mL over 26.67 min, delivered 50 mg against an
   *    ordered 75 mg, with no finding about the missing third of the dose.
   *  - The planner's own bag choice with a stated overfill: Sanacora, 200.2 kg, overfill 1 mL
   *    (ordered 100.1 mg): the 100 mL bag is chosen (100 + 1 >= 100.1 mL at 1 mg/mL), the 101 mg
   *    draw rounds down to 2.0 mL = 100 mg, so the bag holds less than the dose (100 mg in 101 mL).
   *    Before 993207c: VTBI 101.1 mL > 101 mL, residualVolume -0.1 mL; now VTBI 101 mL, delivered
   *    100 mg against 100.1 mg ordered (more than the 0.1 mL pump volume resolution x 0.990099 mg/mL).
   * Expected: a bag that holds the dose (the next stocked size), or `container_too_small` at
   * preparation.containerVolume; never a plan that silently delivers less than the order.
   */
  it('a standard-concentration bag holds the ordered dose (delivered = ordered within the VTBI resolution)', () => {
    const sanacora: fc.Arbitrary<Scenario> = fc.record({
      template: fc.record(
        {
          protocol: fc.constant('ketamine-depression-sanacora-2017'),
          session: sessionArb,
          dose: fc.record({ total: quantityArb(10, 75, 100, ['mg/kg']) }, { requiredKeys: [] }),
          preparation: bagPrepArb(KETAMINE_VIALS, mL(50, 100, 250)),
        },
        { requiredKeys: ['protocol', 'session'] },
      ),
      weight: weightArb,
    });
    const smallBag: Scenario = {
      template: {
        protocol: 'ketamine-depression-sanacora-2017',
        session: 1,
        dose: { total: { value: 0.75, unit: 'mg/kg' } },
        preparation: { containerVolume: { value: 50, unit: 'mL' } },
      },
      weight: { value: 100, unit: 'kg', kg: '100' },
    };
    const overfill: Scenario = {
      template: { protocol: 'ketamine-depression-sanacora-2017', session: 1, preparation: { overfill: { value: 1, unit: 'mL' } } },
      weight: { value: 200.2, unit: 'kg', kg: '200.2' },
    };
    fc.assert(
      fc.property(sanacora, (s) => {
        const r = planInfusion(build(s.template, s.weight));
        if (!r.ok) {
          expect(r.issues.map((i) => i.code)).toContain('container_too_small');
          return;
        }
        const p = r.plan;
        const a = p.agents[0];
        const conc = p.bag.concentrations[0];
        if (!a || !conc) return fail('plan without an agent or a concentration', p.agents);
        const detail = {
          ordered: a.orderedDose.total,
          delivered: a.delivered.totalDose,
          vtbi: p.pump.volumeToBeInfused,
          finalVolume: p.bag.finalVolume,
          residualVolume: p.bag.residualVolume,
          input: build(s.template, s.weight),
        };
        if (q(p.pump.volumeToBeInfused).gt(q(p.bag.finalVolume)) || q(p.bag.residualVolume).isNegative())
          fail('the pump infuses more than the bag holds', detail);
        // The VTBI is the ordered dose's volume to the pump's 0.1 mL resolution (a whole step at most,
        // when rounded down for a limit), so the delivered dose is within 0.1 mL x concentration.
        const shortfall = base(a.totalDose, 'session-dose').sub(base(a.delivered.totalDose, 'session-dose')).abs();
        const bound = d('0.1').mul(base(conc.value, 'concentration')).add(HALF_ULP.mul(2));
        if (shortfall.gt(bound)) fail(`delivered differs from ordered by ${shortfall.toFixed()} mg > ${bound.toFixed()} mg`, detail);
      }),
      { seed: SEED, numRuns: runs(300), examples: [[smallBag], [overfill]] },
    );
  });

  /**
   * A ready-to-use premix too small for the order was once used anyway, and the plan silently
   * delivered only what the premix held (`runSegments` clipped the last segment); with a stated
   * overfill the planner even picked the premix on its own (its deviation 0 against the vial's
   * rounded draw). For example dexmedetomidine, 70 kg, 4 h, overfill 3 mL: the 20 mL premix (80 ug)
   * for an order of 238 ug (70 ug loading + 42 ug/h x 4 h), `ready`, delivering 80 ug over 24.29 min.
   * Fixed: a premix that does not hold the ordered dose is not chosen, or the plan is refused; this
   * property (with both examples above as fixed cases) keeps it so.
   */
  it('every standard-concentration plan holds the ordered dose (dexmedetomidine premix too small)', () => {
    const t = templates(false);
    const standard = Object.entries(t)
      .filter(([id]) => protocolOf(id).preparation.style === 'standard-concentration')
      .map(([, tpl]) => tpl);
    // The main generators always name the dexmedetomidine vial; here the premix is named or left
    // to the planner's choice as well.
    const dexmedetomidine = t['dexmedetomidine-procedural-label'] ?? fail('no dexmedetomidine template', Object.keys(t));
    const dexmedetomidineAnyProduct = fc
      .tuple(dexmedetomidine, fc.constantFrom<string | undefined>(undefined, ...DEXMEDETOMIDINE_PRODUCTS))
      .map(([tpl, product]): Template => {
        const { product: _named, ...rest } = tpl.preparation ?? {};
        return { ...tpl, preparation: product === undefined ? rest : { ...rest, product } };
      });
    const premixOverfill: Scenario = {
      template: {
        protocol: 'dexmedetomidine-procedural-label',
        session: 1,
        dose: { duration: { value: 4, unit: 'h' } },
        preparation: { overfill: { value: 3, unit: 'mL' } },
      },
      weight: { value: 70, unit: 'kg', kg: '70' },
    };
    const premixNamed: Scenario = {
      template: {
        protocol: 'dexmedetomidine-procedural-label',
        session: 1,
        dose: { duration: { value: 4, unit: 'h' } },
        preparation: { product: 'dexmedetomidine-4ug-ml-premix-20ml' },
      },
      weight: { value: 70, unit: 'kg', kg: '70' },
    };
    fc.assert(
      fc.property(fc.record({ template: fc.oneof(...standard, dexmedetomidineAnyProduct), weight: weightArb }), (s) => {
        const r = planInfusion(build(s.template, s.weight));
        if (!r.ok) return;
        const p = r.plan;
        const a = p.agents[0];
        const conc = p.bag.concentrations[0];
        if (!a || !conc) return fail('plan without an agent or a concentration', p.agents);
        // Each segment's volume is rounded to the pump's 0.1 mL resolution (a whole step at most).
        const bound = VTBI_INCREMENT.mul(p.pump.segments.length)
          .mul(base(conc.value, 'concentration'))
          .add(HALF_ULP.mul(outputUlpMg(a.orderedDose.total)).mul(2));
        const shortfall = base(a.orderedDose.total, 'session-dose').sub(base(a.delivered.totalDose, 'session-dose'));
        // Whole vials (immune globulin): the dose is rounded to whole vials on purpose, so it may
        // fall short of the order by up to half the smallest vial size that could be used (the
        // rounding increment; a whole one when rounded down for a limit).
        const additive = p.bag.additives[0];
        const vial = additive?.vials ? new Decimal(additive.rounding.increment.value).mul(base(conc.value, 'concentration')) : undefined;
        const wholeVials = protocolOf(s.template.protocol).wholeVials !== undefined && vial !== undefined;
        const allowed = wholeVials ? vial.mul(additive?.rounding.roundedDownForLimit ? 1 : '0.5').add(bound) : bound;
        if (shortfall.gt(allowed))
          fail(
            `delivered ${a.delivered.totalDose.value} ${a.delivered.totalDose.unit} of an ordered ${a.orderedDose.total.value} ${a.orderedDose.total.unit}`,
            {
              container: p.bag.container,
              pump: { duration: p.pump.duration, durationOrdered: p.pump.durationOrdered, segments: p.pump.segments },
              status: p.status,
              input: build(s.template, s.weight),
            },
          );
      }),
      { seed: SEED, numRuns: runs(300), examples: [[premixOverfill], [premixNamed]] },
    );
  });
});

// ---------------------------------------------------------------------------------------------

/**
 * The hard limits of the plan's agent (upper, and lower ones on the duration), or the caps of its
 * protocol, that the delivered dose crosses. Limits are read from BUILTIN_CATALOGUE with the test's
 * own unit reading (mg/min x 60 = mg/h, ug = mg / 1000, g = mg x 1000, min / 60 = h). The reported
 * values are compared exactly: a true value within a limit of at most 6 places never rounds past
 * it. Caps are checked on the ordered dose too.
 *
 * Multi-segment plans: the delivered dose rate is the fastest segment that is not a loading dose
 * (a loading dose is a short bolus-like segment, e.g. dexmedetomidine 1 ug/kg over 10 min = 6
 * ug/kg/h against a 1.5 ug/kg/h maintenance limit, so the planner excludes it by design); the
 * session dose and the duration are over all segments, the loading dose included. A session cap
 * is on the maintenance regimen, without the loading dose, as the planner applies it.
 *
 * `reached` collects the limits the delivered value came within 10% of.
 */
function ceilingsCrossed(p: Plan, which: 'agent-limits' | 'protocol-caps', seen: Set<string>, reached?: Set<string>): string[] {
  const a = p.agents[0];
  const conc = p.bag.concentrations[0];
  if (!a || !conc) return fail('plan without an agent or a concentration', p.agents);
  const agent = agentOf(a.agent);
  const protocol = protocolOf(p.protocol.id);
  const loadingDoses = p.pump.segments
    .filter((s) => s.kind === 'loading')
    .reduce((sum, s) => sum.add(base(s.doses[0]?.amount ?? fail('segment without a dose', s), 'session-dose')), d(0));
  const delivered: Record<MeasureKind, Decimal> = {
    'dose-rate': base(a.delivered.doseRate, 'dose-rate'),
    'dose-rate-per-kg': base(a.delivered.doseRatePerKg, 'dose-rate-per-kg'),
    'session-dose': base(a.delivered.totalDose, 'session-dose').sub(which === 'protocol-caps' ? loadingDoses : 0),
    'session-dose-per-kg': base(a.delivered.totalDosePerKg, 'session-dose-per-kg'),
    concentration: base(conc.value, 'concentration'),
    duration: base(p.pump.duration, 'duration'),
  };
  const crossed: string[] = [];
  const ceilings =
    which === 'agent-limits'
      ? // A limit that names its protocols applies only to plans of those (issue 11 item 6).
        agent.limits.filter(
          (l) =>
            l.severity === 'hard' && l.careAreas === undefined && l.condition === undefined && (l.protocols === undefined || l.protocols.includes(protocol.id)),
        )
      : protocol.caps.map((c) => ({ ...c, bound: 'upper' as const }));
  for (const limit of ceilings) {
    const u = unitFactor(limit.unit);
    const max = d(limit.value).mul(u.factor);
    const value = delivered[u.kind];
    seen.add(limit.id);
    if (limit.bound === 'lower') {
      if (value.lt(max)) crossed.push(`${limit.id}: delivered ${value.toFixed()} < ${max.toFixed()} (${limit.value} ${limit.unit})`);
      continue;
    }
    if (value.gte(max.mul('0.9'))) reached?.add(limit.id);
    if (value.gt(max)) crossed.push(`${limit.id}: delivered ${value.toFixed()} > ${max.toFixed()} (${limit.value} ${limit.unit})`);
    if (which === 'protocol-caps') {
      if (u.kind !== 'dose-rate' && u.kind !== 'session-dose') return fail(`test cannot check cap ${limit.id} in ${limit.unit}`, limit);
      if (u.kind === 'session-dose' && loadingDoses.gt(0)) continue; // the ordered loading dose is not in the output apart
      const ordered = u.kind === 'dose-rate' ? base(a.doseRate, 'dose-rate') : base(a.orderedDose.total, 'session-dose');
      if (ordered.gt(max)) crossed.push(`${limit.id}: ordered ${ordered.toFixed()} > ${max.toFixed()}`);
    }
  }
  return crossed;
}

const PLAIN_OUTPUT_DECIMAL = /^(?:0|[1-9]\d*)(?:\.\d{0,5}[1-9])?$/;
const EXPONENT = /\d[eE][+-]?\d/;

/** Walks a plan: every string free of NaN, Infinity and exponents; every quantity a plain, non-negative decimal. */
function expectCleanOutput(plan: Plan): void {
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'string') {
      if (/NaN|Infinity/.test(v)) fail(`NaN or Infinity in ${path}`, v);
      if (EXPONENT.test(v) && !path.includes('.source.') && !path.endsWith('.citation')) fail(`exponent in ${path}`, v);
      return;
    }
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) fail(`non-finite number at ${path}`, String(v));
      return;
    }
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${path}[${i}]`));
      return;
    }
    const o = v as Record<string, unknown>;
    const value = o['value'];
    if (typeof value === 'string' && typeof o['unit'] === 'string') {
      // A finding of an agent shown in grams is its 6-place mg value shifted exactly (issue 13 item 2:
      // 0.029988005 g/kg = 29.988005 mg/kg / 1000), so it has up to 9 places; nothing else may.
      const shifted = /\.checks\[\d+\]\.(observed|limit)$/.test(path) && /^g(\/|$)/.test(o['unit'] as string);
      const plain = shifted ? /^(?:0|[1-9]\d*)(?:\.\d{0,8}[1-9])?$/ : PLAIN_OUTPUT_DECIMAL;
      if (!plain.test(value)) fail(`quantity at ${path} is not a plain non-negative decimal of at most ${shifted ? 9 : 6} places`, o);
    }
    for (const [k, x] of Object.entries(o)) walk(x, `${path}.${k}`);
  };
  walk(plan, 'plan');
}
