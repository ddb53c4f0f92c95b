/**
 * Golden tests of the plan's trace (issue 10 item 5: "first pin today's trace with golden tests"), one
 * protocol of each class: actual weight with a binding cap (Schwartzman), ideal weight from height and
 * fixed-rate phases (lidocaine 5 mg/kg over 40 min), a loading dose then maintenance (Foo 2021
 * perioperative lidocaine), magnesium (an agent shown in g, worked in mg), dexmedetomidine (stated in
 * mcg) and IVIG (adjusted weight, the label ramp's start rate, whole vials).
 *
 * Each test asserts the steps' names in order, then every quantity and result of every step (inputs,
 * result, rounding), flattened to `path=value unit`. Every expected number was worked out by hand from
 * the protocol's data (shared/reference/clinical-dosing.md, cited per case), with the arithmetic in the
 * comment above it; never copied from the planner's output. Rules applied by hand:
 * - output strings have at most 6 decimal places, half-up, no trailing zeros; quantities are in the
 *   trace's base units (mg, mg/h, mL, mL/h, h or min), doses per kg in mg/kg or mg/kg/h;
 * - drawn volumes to 0.1 mL from 1 mL, pump rates to 0.1 mL/h, half-up, rounded down instead when the
 *   nearest would cross a cap, an agent limit or a protocol maximum (clinical-dosing.md, "Rounding
 *   convention");
 * - Devine ideal weight: male 50 kg, female 45.5 kg, + 2.3 kg per inch over 60 in, in = cm / 2.54;
 *   adjusted weight = IBW + 0.4 x (actual - IBW); Mosteller BSA = sqrt(cm x kg / 3600); Cockcroft-Gault
 *   CrCl = (140 - age) x kg / (72 x SCr mg/dL), x 0.85 for a woman (clinical-dosing.md, formulas).
 */
import { describe, expect, it } from 'vitest';
import type { PlanRequest, TraceStep } from '../../src/index.js';
// The one golden harness: each case is also checked against its rules, the schemas and the frozen planner.
import { planInfusion } from './helpers.js';

/** The plan's trace for a request that must plan. */
function traceOf(request: PlanRequest): readonly TraceStep[] {
  const r = planInfusion(request);
  if (!r.ok) throw new Error(`not planned: ${JSON.stringify(r.issues)}`);
  return r.plan.trace;
}

/** A step's inputs, result and rounding as `path=value unit` (a quantity) or `path=text`. */
function flat(v: unknown, path: string): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return [`${path}=${v}`];
  if (typeof v === 'object' && 'value' in v && 'unit' in v && typeof v.value === 'string') return [`${path}=${v.value} ${String(v.unit)}`];
  return Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => flat(x, path ? `${path}.${k}` : k));
}

/** Every step of the trace: its name and its numbers, in order. */
const numbers = (trace: readonly TraceStep[]) => trace.map((s) => [s.step, ...flat({ inputs: s.inputs, result: s.result, rounding: s.rounding }, '')]);

const HALF_UP = 'rounding.mode=halfExpand';

describe('trace golden: Schwartzman ketamine CRPS, 82 kg (actual weight, the 25 mg/h cap binds)', () => {
  // clinical-dosing.md P1: 0.35 mg/kg/h over 4 h, never above 25 mg/h, in 100 mL NS run at 25 mL/h.
  const trace = traceOf({ patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });

  it('writes its steps in this order', () => {
    expect(trace.map((s) => s.step)).toEqual([
      'catalogue',
      'patient.weight',
      'dosing-weight',
      'dose.rate',
      'dose.duration',
      'dose.ordered',
      'cap.schwartzman.rate-cap',
      'bag.product',
      'bag.additive',
      'bag.concentration',
      'pump.rate',
      'pump.duration',
      'pump.delivered',
    ]);
  });

  it('shows the numbers of each step', () => {
    expect(numbers(trace)).toEqual([
      ['catalogue', 'result=infusion-dose/builtin 2026.11.0; ketamine-crps-schwartzman-2009 1.0.0'],
      ['patient.weight', 'inputs.weight=82 kg', 'result=82 kg'],
      // Ketamine doses by actual weight: 82 kg.
      ['dosing-weight', 'inputs.actual=82 kg', 'result=82 kg'],
      ['dose.rate', 'inputs.stated=0.35 mg/kg/h', 'result=0.35 mg/kg/h'],
      ['dose.duration', 'inputs.stated=4 h', 'result=4 h'],
      // 0.35 mg/kg/h x 82 kg = 28.7 mg/h, capped to 25 mg/h; 25 mg/h x 4 h = 100 mg.
      ['dose.ordered', 'inputs.dosingWeight=82 kg', 'result=25 mg/h for 4 h = 100 mg'],
      ['cap.schwartzman.rate-cap', 'inputs.uncapped=28.7 mg/h', 'inputs.cap=25 mg/h', 'result=25 mg/h'],
      ['bag.product', 'inputs.candidate1=ketamine-50mg-ml-10ml', 'inputs.candidate2=ketamine-100mg-ml-5ml', 'result=ketamine-50mg-ml-10ml'],
      // 100 mg / 50 mg/mL = 2 mL exactly (2 mL of 100 mg/mL would be 1 mL: both exact, the first listed wins).
      ['bag.additive', 'inputs.amount=100 mg', 'inputs.strength=50 mg/mL', 'result=2 mL', 'rounding.exact=2 mL', 'rounding.increment=0.1 mL', HALF_UP],
      // Withdraw-equal: the bag stays 100 mL; 100 mg / 100 mL = 1 mg/mL.
      ['bag.concentration', 'inputs.amount=100 mg', 'inputs.finalVolume=100 mL', 'result=1 mg/mL'],
      // 100 mL / 4 h = 25 mL/h (the source's 25 mL/h).
      ['pump.rate', 'inputs.volume=100 mL', 'inputs.duration=4 h', 'result=25 mL/h', 'rounding.exact=25 mL/h', 'rounding.increment=0.1 mL/h', HALF_UP],
      // 100 mL / 25 mL/h = 4 h = 240 min.
      ['pump.duration', 'inputs.volume=100 mL', 'inputs.rate=25 mL/h', 'result=240 min'],
      // 25 mL/h x 1 mg/mL = 25 mg/h; 100 mL x 1 mg/mL = 100 mg.
      ['pump.delivered', 'inputs.rate=25 mL/h', 'inputs.concentration=1 mg/mL', 'result=25 mg/h; 100 mg'],
    ]);
  });
});

describe('trace golden: lidocaine 5 mg/kg over 40 min, man 80 kg 175 cm (ideal weight from height, two fixed-rate phases)', () => {
  // clinical-dosing.md P16: 5 mg/kg in 150 mL NS, 300 mL/h for 10 min then 200 mL/h; lidocaine by IBW (Foo 2021).
  const trace = traceOf({
    patient: { weight: { value: 80, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' },
    protocol: 'lidocaine-5mgkg-40min',
    session: 1,
  });

  it('writes its steps in this order', () => {
    expect(trace.map((s) => s.step)).toEqual([
      'catalogue',
      'patient.weight',
      'patient.height',
      'dosing-weight',
      'patient.bsa',
      'dose.total',
      'dose.duration',
      'dose.ordered',
      'bag.product',
      'bag.additive',
      'bag.concentration',
      'pump.segment1.rate',
      'pump.segment1.duration',
      'pump.segment1.delivered',
      'pump.segment2.rate',
      'pump.segment2.duration',
      'pump.segment2.delivered',
    ]);
  });

  it('shows the numbers of each step', () => {
    expect(numbers(trace)).toEqual([
      ['catalogue', 'result=infusion-dose/builtin 2026.11.0; lidocaine-5mgkg-40min 1.0.0'],
      ['patient.weight', 'inputs.weight=80 kg', 'result=80 kg'],
      ['patient.height', 'inputs.height=175 cm', 'result=175 cm'],
      // 175 cm / 2.54 = 68.897638 in; IBW = 50 + 2.3 x 8.897638 = 50 + 20.464567 = 70.464567 kg (below 80 kg, so used).
      ['dosing-weight', 'inputs.actual=80 kg', 'inputs.height=175 cm', 'inputs.sex=male', 'result=70.464567 kg'],
      // sqrt(175 x 80 / 3600) = sqrt(3.888889) = 1.972027 m2.
      ['patient.bsa', 'inputs.height=175 cm', 'inputs.weight=80 kg', 'result=1.972027 m2'],
      ['dose.total', 'inputs.stated=5 mg/kg', 'result=5 mg/kg'],
      // The phases set the duration: 10 min at 300 mL/h = 50 mL; the other 100 mL at 200 mL/h = 30 min; 40 min = 0.666667 h.
      ['dose.duration', 'inputs.stated=0.666667 h', 'result=0.666667 h'],
      // 5 mg/kg x 70.4645669 kg = 352.322835 mg; / (2/3 h) = 528.484252 mg/h.
      ['dose.ordered', 'inputs.dosingWeight=70.464567 kg', 'result=528.484252 mg/h for 0.666667 h = 352.322835 mg'],
      ['bag.product', 'inputs.candidate1=lidocaine-20mg-ml', 'inputs.candidate2=lidocaine-10mg-ml', 'result=lidocaine-20mg-ml'],
      // 352.322835 mg / 20 mg/mL = 17.616142 mL, to 0.1 mL: 17.6 mL (352 mg; from 10 mg/mL 35.2 mL, the same 352 mg, listed second).
      [
        'bag.additive',
        'inputs.amount=352.322835 mg',
        'inputs.strength=20 mg/mL',
        'result=17.6 mL',
        'rounding.exact=17.616142 mL',
        'rounding.increment=0.1 mL',
        HALF_UP,
      ],
      // 17.6 mL x 20 mg/mL = 352 mg in 150 mL (withdraw-equal): 2.346667 mg/mL.
      ['bag.concentration', 'inputs.amount=352 mg', 'inputs.finalVolume=150 mL', 'result=2.346667 mg/mL'],
      // Phase 1: the protocol's 300 mL/h, worked as a dose rate: 300 mL/h x 352/150 mg/mL = 704 mg/h, and
      // 704 / (352/150) = 300 mL/h (not the bag's 150 mL over the 2/3 h, which would be 225 mL/h).
      [
        'pump.segment1.rate',
        'inputs.doseRate=704 mg/h',
        'inputs.concentration=2.346667 mg/mL',
        'result=300 mL/h',
        'rounding.exact=300 mL/h',
        'rounding.increment=0.1 mL/h',
        HALF_UP,
      ],
      // 300 mL/h for 10 min = 50 mL.
      ['pump.segment1.duration', 'inputs.volume=50 mL', 'inputs.rate=300 mL/h', 'result=10 min'],
      // 300 mL/h x 352/150 mg/mL = 704 mg/h; 50 mL x 352/150 = 117.333333 mg.
      ['pump.segment1.delivered', 'inputs.rate=300 mL/h', 'inputs.concentration=2.346667 mg/mL', 'result=704 mg/h; 117.333333 mg'],
      // Phase 2: the protocol's 200 mL/h: 200 x 352/150 = 469.333333 mg/h.
      [
        'pump.segment2.rate',
        'inputs.doseRate=469.333333 mg/h',
        'inputs.concentration=2.346667 mg/mL',
        'result=200 mL/h',
        'rounding.exact=200 mL/h',
        'rounding.increment=0.1 mL/h',
        HALF_UP,
      ],
      // The other 100 mL at 200 mL/h = 0.5 h = 30 min.
      ['pump.segment2.duration', 'inputs.volume=100 mL', 'inputs.rate=200 mL/h', 'result=30 min'],
      // 200 x 352/150 = 469.333333 mg/h; 100 x 352/150 = 234.666667 mg (with 117.333333: 352 mg).
      ['pump.segment2.delivered', 'inputs.rate=200 mL/h', 'inputs.concentration=2.346667 mg/mL', 'result=469.333333 mg/h; 234.666667 mg'],
    ]);
  });
});

describe('trace golden: Foo 2021 perioperative lidocaine, woman 50 kg 170 cm, 2 h (a loading dose, then maintenance)', () => {
  // clinical-dosing.md Lidocaine: at most 1.5 mg/kg IBW over 10 min, then at most 1.5 mg/kg/h; 120 mg/h absolute (secondary).
  const trace = traceOf({
    patient: { weight: { value: 50, unit: 'kg' }, height: { value: 170, unit: 'cm' }, sex: 'female' },
    protocol: 'lidocaine-perioperative-foo-2021',
    session: 1,
    dose: { duration: { value: 2, unit: 'h' } },
  });

  it('writes its steps in this order', () => {
    expect(trace.map((s) => s.step)).toEqual([
      'catalogue',
      'patient.weight',
      'patient.height',
      'dosing-weight',
      'patient.bsa',
      'dose.rate',
      'dose.duration',
      'dose.loading',
      'dose.ordered',
      'cap.foo.rate-cap',
      'bag.product',
      'bag.concentration',
      'pump.segment1.rate',
      'pump.segment1.volume',
      'pump.segment1.duration',
      'pump.segment1.delivered',
      'pump.segment2.rate',
      'pump.segment2.volume',
      'pump.segment2.duration',
      'pump.segment2.delivered',
    ]);
  });

  it('shows the numbers of each step', () => {
    expect(numbers(trace)).toEqual([
      ['catalogue', 'result=infusion-dose/builtin 2026.11.0; lidocaine-perioperative-foo-2021 1.0.0'],
      ['patient.weight', 'inputs.weight=50 kg', 'result=50 kg'],
      ['patient.height', 'inputs.height=170 cm', 'result=170 cm'],
      // IBW = 45.5 + 2.3 x (170 / 2.54 - 60) = 45.5 + 2.3 x 6.929134 = 61.437008 kg, above 50 kg: the actual 50 kg is used.
      ['dosing-weight', 'inputs.actual=50 kg', 'inputs.height=170 cm', 'inputs.sex=female', 'result=50 kg'],
      // sqrt(170 x 50 / 3600) = sqrt(2.361111) = 1.536591 m2.
      ['patient.bsa', 'inputs.height=170 cm', 'inputs.weight=50 kg', 'result=1.536591 m2'],
      ['dose.rate', 'inputs.stated=1.5 mg/kg/h', 'result=1.5 mg/kg/h'],
      ['dose.duration', 'inputs.stated=2 h', 'result=2 h'],
      // 1.5 mg/kg x 50 kg = 75 mg (over 10 min).
      ['dose.loading', 'inputs.stated=1.5 mg/kg', 'inputs.dosingWeight=50 kg', 'result=75 mg'],
      // 1.5 mg/kg/h x 50 kg = 75 mg/h; x 2 h = 150 mg.
      ['dose.ordered', 'inputs.dosingWeight=50 kg', 'result=75 mg/h for 2 h = 150 mg'],
      // 75 mg/h is under the 120 mg/h cap.
      ['cap.foo.rate-cap', 'inputs.uncapped=75 mg/h', 'inputs.cap=120 mg/h', 'result=75 mg/h'],
      [
        'bag.product',
        'inputs.candidate1=lidocaine-4mg-ml-premix-500ml',
        'inputs.candidate2=lidocaine-8mg-ml-premix-250ml',
        'result=lidocaine-4mg-ml-premix-500ml',
      ],
      // The 4 mg/mL premix, 500 mL.
      ['bag.concentration', 'inputs.finalVolume=500 mL', 'result=4 mg/mL'],
      // Loading: 75 mg over 10 min = 450 mg/h; / 4 mg/mL = 112.5 mL/h exactly.
      [
        'pump.segment1.rate',
        'inputs.doseRate=450 mg/h',
        'inputs.concentration=4 mg/mL',
        'result=112.5 mL/h',
        'rounding.exact=112.5 mL/h',
        'rounding.increment=0.1 mL/h',
        HALF_UP,
      ],
      // 75 mg / 4 mg/mL = 18.75 mL; 18.8 mL would give 75.2 mg, above the 1.5 mg/kg maximum (75 mg): down to 18.7 mL.
      [
        'pump.segment1.volume',
        'inputs.dose=75 mg',
        'inputs.concentration=4 mg/mL',
        'result=18.7 mL',
        'rounding.exact=18.75 mL',
        'rounding.increment=0.1 mL',
        'rounding.mode=floor',
      ],
      // 18.7 mL / 112.5 mL/h = 0.166222 h = 9.973333 min.
      ['pump.segment1.duration', 'inputs.volume=18.7 mL', 'inputs.rate=112.5 mL/h', 'result=9.973333 min'],
      // 112.5 x 4 = 450 mg/h; 18.7 x 4 = 74.8 mg.
      ['pump.segment1.delivered', 'inputs.rate=112.5 mL/h', 'inputs.concentration=4 mg/mL', 'result=450 mg/h; 74.8 mg'],
      // Maintenance: 75 mg/h / 4 = 18.75 mL/h; 18.8 mL/h gives 75.2 mg/h, above 1.5 mg/kg/h x 50 kg = 75 mg/h: down to 18.7 mL/h.
      [
        'pump.segment2.rate',
        'inputs.doseRate=75 mg/h',
        'inputs.concentration=4 mg/mL',
        'result=18.7 mL/h',
        'rounding.exact=18.75 mL/h',
        'rounding.increment=0.1 mL/h',
        'rounding.mode=floor',
        'rounding.reason=rounded down: the nearest rate would cross a protocol cap, protocol maximum or agent limit',
      ],
      // 150 mg / 4 mg/mL = 37.5 mL exactly.
      [
        'pump.segment2.volume',
        'inputs.dose=150 mg',
        'inputs.concentration=4 mg/mL',
        'result=37.5 mL',
        'rounding.exact=37.5 mL',
        'rounding.increment=0.1 mL',
        HALF_UP,
      ],
      // 37.5 mL / 18.7 mL/h = 2.0053476 h = 120.320856 min.
      ['pump.segment2.duration', 'inputs.volume=37.5 mL', 'inputs.rate=18.7 mL/h', 'result=120.320856 min'],
      // 18.7 x 4 = 74.8 mg/h; 37.5 x 4 = 150 mg.
      ['pump.segment2.delivered', 'inputs.rate=18.7 mL/h', 'inputs.concentration=4 mg/mL', 'result=74.8 mg/h; 150 mg'],
    ]);
  });
});

describe('trace golden: Collins magnesium CRPS, 82 kg (a g-unit agent, worked in mg)', () => {
  // clinical-dosing.md P13: 70 mg/kg MgSO4 in 100 mL NS at 25 mL/h over 4 h; 50% (500 mg/mL) vials.
  const trace = traceOf({ patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'magnesium-crps-collins-2009', session: 1 });

  it('writes its steps in this order', () => {
    expect(trace.map((s) => s.step)).toEqual([
      'catalogue',
      'patient.weight',
      'dosing-weight',
      'dose.total',
      'dose.duration',
      'dose.ordered',
      'bag.product',
      'bag.additive',
      'bag.concentration',
      'pump.rate',
      'pump.duration',
      'pump.delivered',
    ]);
  });

  it('shows the numbers of each step', () => {
    expect(numbers(trace)).toEqual([
      ['catalogue', 'result=infusion-dose/builtin 2026.11.0; magnesium-crps-collins-2009 1.0.0'],
      ['patient.weight', 'inputs.weight=82 kg', 'result=82 kg'],
      ['dosing-weight', 'inputs.actual=82 kg', 'result=82 kg'],
      ['dose.total', 'inputs.stated=70 mg/kg', 'result=70 mg/kg'],
      ['dose.duration', 'inputs.stated=4 h', 'result=4 h'],
      // 70 mg/kg x 82 kg = 5740 mg (5.74 g); / 4 h = 1435 mg/h.
      ['dose.ordered', 'inputs.dosingWeight=82 kg', 'result=1435 mg/h for 4 h = 5740 mg'],
      [
        'bag.product',
        'inputs.candidate1=magnesium-sulfate-500mg-ml-10ml',
        'inputs.candidate2=magnesium-sulfate-500mg-ml-20ml',
        'inputs.candidate3=magnesium-sulfate-500mg-ml-50ml',
        'inputs.candidate4=magnesium-sulfate-500mg-ml-2ml',
        'result=magnesium-sulfate-500mg-ml-10ml',
      ],
      // 5740 mg / 500 mg/mL = 11.48 mL; 11.5 mL would be 5750 mg, above the 70 mg/kg soft limit (5740 mg): down to 11.4 mL.
      [
        'bag.additive',
        'inputs.amount=5740 mg',
        'inputs.strength=500 mg/mL',
        'result=11.4 mL',
        'rounding.exact=11.48 mL',
        'rounding.increment=0.1 mL',
        'rounding.mode=floor',
        'rounding.reason=rounded down: the nearest volume would cross a protocol cap, protocol maximum or agent limit',
      ],
      // 11.4 mL x 500 = 5700 mg in 100 mL (withdraw-equal) = 57 mg/mL.
      ['bag.concentration', 'inputs.amount=5700 mg', 'inputs.finalVolume=100 mL', 'result=57 mg/mL'],
      // 100 mL / 4 h = 25 mL/h (the source's 25 mL/h).
      ['pump.rate', 'inputs.volume=100 mL', 'inputs.duration=4 h', 'result=25 mL/h', 'rounding.exact=25 mL/h', 'rounding.increment=0.1 mL/h', HALF_UP],
      ['pump.duration', 'inputs.volume=100 mL', 'inputs.rate=25 mL/h', 'result=240 min'],
      // 25 mL/h x 57 mg/mL = 1425 mg/h; 100 mL x 57 = 5700 mg.
      ['pump.delivered', 'inputs.rate=25 mL/h', 'inputs.concentration=57 mg/mL', 'result=1425 mg/h; 5700 mg'],
    ]);
  });
});

describe('trace golden: dexmedetomidine procedural (label), 80 kg, 2 h (stated in mcg; loading, then maintenance)', () => {
  // clinical-dosing.md Dexmedetomidine: 100 mcg/mL concentrate diluted to 4 mcg/mL (2 mL + 48 mL NS = 50 mL);
  // label: loading 1 mcg/kg over 10 min, maintenance 0.6 mcg/kg/h.
  const trace = traceOf({
    patient: { weight: { value: 80, unit: 'kg' } },
    protocol: 'dexmedetomidine-procedural-label',
    session: 1,
    dose: { duration: { value: 2, unit: 'h' } },
  });

  it('writes its steps in this order', () => {
    expect(trace.map((s) => s.step)).toEqual([
      'catalogue',
      'patient.weight',
      'dosing-weight',
      'dose.rate',
      'dose.duration',
      'dose.loading',
      'dose.ordered',
      'bag.product',
      'bag.additive',
      'bag.concentration',
      'pump.segment1.rate',
      'pump.segment1.volume',
      'pump.segment1.duration',
      'pump.segment1.delivered',
      'pump.segment2.rate',
      'pump.segment2.volume',
      'pump.segment2.duration',
      'pump.segment2.delivered',
    ]);
  });

  it('shows the numbers of each step', () => {
    expect(numbers(trace)).toEqual([
      ['catalogue', 'result=infusion-dose/builtin 2026.11.0; dexmedetomidine-procedural-label 1.0.0'],
      ['patient.weight', 'inputs.weight=80 kg', 'result=80 kg'],
      ['dosing-weight', 'inputs.actual=80 kg', 'result=80 kg'],
      // 0.6 ug/kg/h = 0.0006 mg/kg/h.
      ['dose.rate', 'inputs.stated=0.6 ug/kg/h', 'result=0.0006 mg/kg/h'],
      ['dose.duration', 'inputs.stated=2 h', 'result=2 h'],
      // 1 ug/kg x 80 kg = 80 ug = 0.08 mg.
      ['dose.loading', 'inputs.stated=1 ug/kg', 'inputs.dosingWeight=80 kg', 'result=0.08 mg'],
      // 0.0006 mg/kg/h x 80 kg = 0.048 mg/h; x 2 h = 0.096 mg.
      ['dose.ordered', 'inputs.dosingWeight=80 kg', 'result=0.048 mg/h for 2 h = 0.096 mg'],
      [
        'bag.product',
        'inputs.candidate1=dexmedetomidine-100ug-ml-2ml',
        'inputs.candidate2=dexmedetomidine-4ug-ml-premix-20ml',
        'result=dexmedetomidine-100ug-ml-2ml',
      ],
      // The whole 2 mL vial: 2 mL x 0.1 mg/mL = 0.2 mg.
      ['bag.additive', 'inputs.amount=0.2 mg', 'inputs.strength=0.1 mg/mL', 'result=2 mL', 'rounding.exact=2 mL', 'rounding.increment=0.1 mL', HALF_UP],
      // 0.2 mg in 50 mL = 0.004 mg/mL (4 mcg/mL).
      ['bag.concentration', 'inputs.amount=0.2 mg', 'inputs.finalVolume=50 mL', 'result=0.004 mg/mL'],
      // Loading: 0.08 mg over 10 min = 0.48 mg/h; / 0.004 mg/mL = 120 mL/h.
      [
        'pump.segment1.rate',
        'inputs.doseRate=0.48 mg/h',
        'inputs.concentration=0.004 mg/mL',
        'result=120 mL/h',
        'rounding.exact=120 mL/h',
        'rounding.increment=0.1 mL/h',
        HALF_UP,
      ],
      // 0.08 mg / 0.004 mg/mL = 20 mL.
      [
        'pump.segment1.volume',
        'inputs.dose=0.08 mg',
        'inputs.concentration=0.004 mg/mL',
        'result=20 mL',
        'rounding.exact=20 mL',
        'rounding.increment=0.1 mL',
        HALF_UP,
      ],
      // 20 mL / 120 mL/h = 1/6 h = 10 min.
      ['pump.segment1.duration', 'inputs.volume=20 mL', 'inputs.rate=120 mL/h', 'result=10 min'],
      ['pump.segment1.delivered', 'inputs.rate=120 mL/h', 'inputs.concentration=0.004 mg/mL', 'result=0.48 mg/h; 0.08 mg'],
      // Maintenance: 0.048 mg/h / 0.004 mg/mL = 12 mL/h.
      [
        'pump.segment2.rate',
        'inputs.doseRate=0.048 mg/h',
        'inputs.concentration=0.004 mg/mL',
        'result=12 mL/h',
        'rounding.exact=12 mL/h',
        'rounding.increment=0.1 mL/h',
        HALF_UP,
      ],
      // 0.096 mg / 0.004 mg/mL = 24 mL (20 + 24 = 44 mL of the 50 mL bag).
      [
        'pump.segment2.volume',
        'inputs.dose=0.096 mg',
        'inputs.concentration=0.004 mg/mL',
        'result=24 mL',
        'rounding.exact=24 mL',
        'rounding.increment=0.1 mL',
        HALF_UP,
      ],
      // 24 mL / 12 mL/h = 2 h = 120 min.
      ['pump.segment2.duration', 'inputs.volume=24 mL', 'inputs.rate=12 mL/h', 'result=120 min'],
      ['pump.segment2.delivered', 'inputs.rate=12 mL/h', 'inputs.concentration=0.004 mg/mL', 'result=0.048 mg/h; 0.096 mg'],
    ]);
  });
});

describe('trace golden: Goebel IVIG CRPS, woman 70 kg 170 cm, 55 y, SCr 0.9 mg/dL (adjusted weight, label ramp start, whole vials)', () => {
  // clinical-dosing.md P17: 0.25 g/kg per day; Privigen 10% starts at 0.5 mg/kg/min; NBA dose-determining
  // weight IBW + 0.4 x (actual - IBW); whole vials (ASCIA).
  const trace = traceOf({
    patient: { weight: { value: 70, unit: 'kg' }, height: { value: 170, unit: 'cm' }, sex: 'female', ageYears: 55, creatinine: { value: 0.9, unit: 'mg/dL' } },
    protocol: 'ivig-crps-goebel-2010',
    session: 1,
  });

  it('writes its steps in this order', () => {
    expect(trace.map((s) => s.step)).toEqual([
      'catalogue',
      'patient.weight',
      'patient.height',
      'dosing-weight',
      'patient.bsa',
      'patient.creatinine-clearance',
      'dose.total',
      'dose.rate',
      'dose.ordered',
      'bag.whole-vials',
      'bag.concentration',
      'pump.rate',
      'pump.duration',
      'pump.delivered',
    ]);
  });

  it('shows the numbers of each step', () => {
    expect(numbers(trace)).toEqual([
      ['catalogue', 'result=infusion-dose/builtin 2026.11.0; ivig-crps-goebel-2010 1.0.0'],
      ['patient.weight', 'inputs.weight=70 kg', 'result=70 kg'],
      ['patient.height', 'inputs.height=170 cm', 'result=170 cm'],
      // IBW = 45.5 + 2.3 x (170 / 2.54 - 60) = 61.4370079 kg; adjusted = 61.4370079 + 0.4 x 8.5629921 = 64.862205 kg.
      ['dosing-weight', 'inputs.actual=70 kg', 'inputs.height=170 cm', 'inputs.sex=female', 'result=64.862205 kg'],
      // sqrt(170 x 70 / 3600) = sqrt(3.305556) = 1.818119 m2.
      ['patient.bsa', 'inputs.height=170 cm', 'inputs.weight=70 kg', 'result=1.818119 m2'],
      // (140 - 55) x 70 / (72 x 0.9) x 0.85 = 5950 / 64.8 x 0.85 = 78.04784 mL/min.
      ['patient.creatinine-clearance', 'inputs.age=55 a', 'inputs.weight=70 kg', 'inputs.creatinine=0.9 mg/dL', 'result=78.04784 mL/min'],
      // 0.25 g/kg = 250 mg/kg.
      ['dose.total', 'inputs.stated=0.25 g/kg', 'result=250 mg/kg'],
      // The ramp's start, 0.5 mg/kg/min = 30 mg/kg/h.
      ['dose.rate', 'inputs.stated=0.5 mg/kg/min', 'result=30 mg/kg/h'],
      // 250 mg/kg x 64.8622047 kg = 16215.551181 mg; 30 x 64.8622047 = 1945.866142 mg/h; 250 / 30 = 8.333333 h.
      ['dose.ordered', 'inputs.dosingWeight=64.862205 kg', 'result=1945.866142 mg/h for 8.333333 h = 16215.551181 mg'],
      // 16215.55 mg / 100 mg/mL = 162.155512 mL; whole Privigen vials in 25 mL (2.5 g) steps: 150 mL (15 g, 1215.6 mg short)
      // is closer than 175 mL (17.5 g, 1284.4 mg over): one 10 g/100 mL and one 5 g/50 mL vial.
      [
        'bag.whole-vials',
        'inputs.ordered=16215.551181 mg',
        'inputs.immune-globulin-privigen-10pct-10g-100ml=1 x 100 mL',
        'inputs.immune-globulin-privigen-10pct-5g-50ml=1 x 50 mL',
        'inputs.prepared=15000 mg',
        'result=150 mL',
        'rounding.exact=162.155512 mL',
        'rounding.increment=25 mL',
        'rounding.mode=whole-vials',
      ],
      // 15000 mg in 150 mL, undiluted: 100 mg/mL.
      ['bag.concentration', 'inputs.amount=15000 mg', 'inputs.finalVolume=150 mL', 'result=100 mg/mL'],
      // 1945.866142 mg/h / 100 mg/mL = 19.458661 mL/h, to 0.1: 19.5 mL/h (1950 mg/h, under the ramp's 8 mg/kg/min maximum).
      [
        'pump.rate',
        'inputs.doseRate=1945.866142 mg/h',
        'inputs.concentration=100 mg/mL',
        'result=19.5 mL/h',
        'rounding.exact=19.458661 mL/h',
        'rounding.increment=0.1 mL/h',
        HALF_UP,
      ],
      // 150 mL / 19.5 mL/h = 7.692308 h = 461.538462 min.
      ['pump.duration', 'inputs.volume=150 mL', 'inputs.rate=19.5 mL/h', 'result=461.538462 min'],
      // 19.5 x 100 = 1950 mg/h; 150 mL x 100 = 15000 mg.
      ['pump.delivered', 'inputs.rate=19.5 mL/h', 'inputs.concentration=100 mg/mL', 'result=1950 mg/h; 15000 mg'],
    ]);
  });
});
