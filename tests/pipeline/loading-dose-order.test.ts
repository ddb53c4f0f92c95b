// Issue 16 item 1 (src/pipeline/order-step.ts): the loading dose as the order step reads it. A
// loading dose given to a protocol without one, or in a unit of the wrong kind, is refused with a coded
// issue at ['dose', 'loading']; a loading dose stated in mg (not per kg) is not multiplied by the weight.
// Every expected value is worked by hand from the protocol records and the message templates in
// src/pipeline/order-step.ts and src/stages/dose.ts.
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, planInfusion } from '../support/untyped.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const asJson = (): Json => JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;

// 175 cm male, 70 kg: IBW 70.46 kg, actual 70 kg is lower, so Foo 2021 doses at 70 kg.
const patient = { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' };
const FOO = 'lidocaine-perioperative-foo-2021';

describe('a loading dose the protocol does not take is refused', () => {
  it('lidocaine 5 mg/kg over 40 min has no loading dose: dose_not_adjustable at dose.loading', () => {
    const r = planInfusion({ patient, protocol: 'lidocaine-5mgkg-40min', session: 1, dose: { loading: { value: 1, unit: 'mg/kg' } } });
    expect(r.ok).toBe(false);
    // Template (order-step.ts loadingDose): code dose_not_adjustable, path ['dose', 'loading'], fixed text.
    expect(r.ok ? [] : r.issues).toEqual([{ code: 'dose_not_adjustable', path: ['dose', 'loading'], message: 'This protocol has no loading dose.' }]);
  });

  it('the same protocol without a loading dose is planned (the refusal is the loading dose alone)', () => {
    const r = planInfusion({ patient, protocol: 'lidocaine-5mgkg-40min', session: 1 });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
  });
});

describe('a loading dose in a unit of the wrong kind is refused', () => {
  it('Foo 2021 states its loading dose in mg/kg: 1 mg/h is dose_unit_mismatch at dose.loading', () => {
    const r = planInfusion({ patient, protocol: FOO, session: 1, dose: { duration: { value: 4, unit: 'h' }, loading: { value: 1, unit: 'mg/h' } } });
    expect(r.ok).toBe(false);
    // Template (dose.ts resolveParam): "This protocol states its <PARAM_WORD.loading = loading dose> in
    // <param.unit = mg/kg>; give the <name = loading> in a unit of the same kind (<MEASURE_BASE_UNIT of
    // session-dose-per-kg = mg/kg> or an equivalent)."; the order step moves the path to ['dose', 'loading'].
    expect(r.ok ? [] : r.issues).toEqual([
      {
        code: 'dose_unit_mismatch',
        path: ['dose', 'loading'],
        message: 'This protocol states its loading dose in mg/kg; give the loading in a unit of the same kind (mg/kg or an equivalent).',
        expected: 'mg/kg',
        received: 'mg/h',
      },
    ]);
  });
});

describe('a loading dose stated in mg is not multiplied by the weight', () => {
  // An institution copy of Foo 2021 whose loading dose is a flat 100 mg with no maximum (the built-in
  // protocols state theirs per kg, so only a catalogue copy reaches the flat branch).
  const flatLoading = () => {
    const cat = asJson();
    const foo = cat['protocols'].find((p: Json) => p['id'] === FOO);
    foo.loading.total = { unit: 'mg', value: '100', usual: '100', source: foo.loading.total.source };
    const calc = createCalculator(cat);
    expect(calc.ok, calc.ok ? '' : JSON.stringify(calc.issues)).toBe(true);
    return calc.ok ? calc.calculator : undefined;
  };

  it('100 mg loading + 105 mg/h x 4 h = 520 mg, not 100 x 70 kg', () => {
    const r = flatLoading()?.planInfusion({ patient, protocol: FOO, session: 1, dose: { duration: { value: 4, unit: 'h' } } });
    expect(r?.ok, r?.ok ? '' : JSON.stringify(r?.issues)).toBe(true);
    if (!r?.ok) return;
    const a = r.plan.agents[0];
    // Maintenance 1.5 mg/kg/h x 70 kg = 105 mg/h (under the 120 mg/h cap); 105 x 4 = 420 mg; + 100 mg
    // loading = 520 mg. Read per kg it would be 100 x 70 = 7000 mg.
    expect(a?.prescribed.loading).toEqual({ value: '100', unit: 'mg' });
    expect(a?.totalDose).toEqual({ value: '520', unit: 'mg' });
    expect(r.plan.status).toBe('ready');
  });

  it('rounds a flat loading dose with no maximum to the nearest 0.1 mL: 100.3 mg is drawn as 25.1 mL = 100.4 mg', () => {
    const cat = asJson();
    const foo = cat['protocols'].find((p: Json) => p['id'] === FOO);
    foo.loading.total = { unit: 'mg', value: '100.3', usual: '100.3', source: foo.loading.total.source };
    const calc = createCalculator(cat);
    const r = calc.ok ? calc.calculator.planInfusion({ patient, protocol: FOO, session: 1, dose: { duration: { value: 4, unit: 'h' } } }) : undefined;
    expect(r?.ok, r?.ok ? '' : JSON.stringify(r?.issues)).toBe(true);
    if (!r?.ok) return;
    // 100.3 mg / 4 mg/mL = 25.075 mL; nearest 0.1 mL is 25.1 mL (up: the loading dose states no maximum,
    // so no ceiling holds it down); 25.1 x 4 = 100.4 mg.
    const loading = r.plan.pump.segments[0];
    expect([loading?.kind, loading?.volume, loading?.doses[0]?.amount]).toEqual(['loading', { value: '25.1', unit: 'mL' }, { value: '100.4', unit: 'mg' }]);
  });
});

describe('a loading dose whose duration the catalogue leaves without a value', () => {
  it('is refused when the catalogue is validated, not when a plan is made', () => {
    // The clinician cannot give a loading dose's duration (the order step reads only the protocol's), so
    // a loading duration without a value could never be planned: before the fix the catalogue was
    // accepted and every plan on it ended in internal_error. Path: protocols[i].loading.duration.
    const cat = asJson();
    const i = cat['protocols'].findIndex((p: Json) => p['id'] === FOO);
    const foo = cat['protocols'][i];
    foo.loading.duration = { unit: 'min', usual: '10', source: foo.loading.duration.source };
    const calc = createCalculator(cat);
    expect(calc.ok).toBe(false);
    expect(calc.ok ? [] : calc.issues).toEqual([
      {
        code: 'regimen_parameter_missing',
        path: ['protocols', i, 'loading', 'duration', 'value'],
        message: `Protocol ${FOO}: a loading dose needs the value of its duration (the clinician cannot supply it).`,
      },
    ]);
  });
});
