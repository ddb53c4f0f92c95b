/** verifyAdministration on its own: the ISMP wrong-field case, units, tolerance, and bad input. */
import fc from 'fast-check';
import { runs } from '../support/runs.js';
import { describe, expect, it } from 'vitest';
import { verifyAdministration, type AdministrationCheck } from '../../src/verify/administration.js';

/** ISMP Patient Safety Tip, 5 Mar 2019: lidocaine 41.7 mg/h ordered; 10 mg/mL bag; 4.17 mL/h was right. */
const ismp = (pumpRate: { value: number | string; unit: string }) => ({
  bag: { ingredients: [{ agent: 'lidocaine', amount: { value: 1000, unit: 'mg' } }], finalVolume: { value: 100, unit: 'mL' } },
  pumpRate,
  patient: { weight: { value: 70, unit: 'kg' } },
  order: { agent: 'lidocaine', doseRate: { value: 41.7, unit: 'mg/h' } },
});

function check(input: unknown): AdministrationCheck {
  const r = verifyAdministration(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.result;
}
const codes = (c: AdministrationCheck): string[] => c.findings.map((f) => f.code).sort();

describe('ISMP lidocaine wrong-field case', () => {
  it('41.7 typed as mL/h (the fatal case) is wrong_field and tenfold_high, hard', () => {
    const c = check(ismp({ value: 41.7, unit: 'mL/h' }));
    expect(codes(c)).toEqual(['tenfold_high', 'wrong_field']);
    expect(c.status).toBe('stop');
    expect(c.ratio).toBe('10');
    expect(c.delivered.massRate).toEqual({ value: '417', unit: 'mg/h' });
    expect(c.findings.find((f) => f.code === 'tenfold_high')?.factor).toBe('10');
  });
  it('41.7 entered with the unit mg/h is wrong_field: the pump runs 41.7 mL/h', () => {
    const c = check(ismp({ value: 41.7, unit: 'mg/h' }));
    expect(codes(c)).toEqual(['tenfold_high', 'wrong_field']);
    expect(c.pumpRate).toEqual({ value: '41.7', unit: 'mL/h' });
  });
  it('4.17 mL/h (the right rate) and 4.2 mL/h (it on a 0.1 mL/h pump) match', () => {
    expect(codes(check(ismp({ value: 4.17, unit: 'mL/h' })))).toEqual(['match']);
    const c = check(ismp({ value: '4.2', unit: 'mL/h' }));
    expect(codes(c)).toEqual(['match']);
    expect(c.ratio).toBe('1.007194');
  });
  it('0.417 mL/h is tenfold_low', () => {
    expect(codes(check(ismp({ value: 0.417, unit: 'mL/h' })))).toEqual(['tenfold_low']);
  });
});

describe('units and tolerance', () => {
  const dex = (rate: string, order: { value: number; unit: string }) => ({
    bag: { ingredients: [{ agent: 'dexmedetomidine', amount: { value: 400, unit: 'mcg' } }], finalVolume: { value: 100, unit: 'mL' } },
    pumpRate: { value: rate, unit: 'mL/h' },
    patient: { weight: { value: 154, unit: 'lb' } },
    order: { agent: 'dexmedetomidine', doseRate: order, concentration: { value: 4, unit: 'mcg/mL' } },
  });
  it('reads mcg/kg/h against a weight in lb (154 lb = 69.853 kg)', () => {
    // mL/h = 0.7 mcg/kg/h x 69.85322498 kg / 4 mcg/mL = 12.2243 -> 12.2 mL/h
    const c = check(dex('12.2', { value: 0.7, unit: 'mcg/kg/h' }));
    expect(codes(c)).toEqual(['match']);
    expect(c.ordered.doseRate).toEqual({ value: '0.7', unit: 'ug/kg/h' });
    expect(c.delivered.massRate.unit).toBe('ug/h');
  });
  it('mcg/kg/min and mcg/kg/h of the same dose read the same', () => {
    const perMin = check(dex('12.2', { value: 0.7 / 60, unit: 'mcg/kg/min' }));
    const perH = check(dex('12.2', { value: 0.7, unit: 'mcg/kg/h' }));
    expect(Number(perMin.ratio)).toBeCloseTo(Number(perH.ratio), 6);
  });
  it('the tolerance is half the 0.1 mL/h increment in mass terms when that exceeds 1%', () => {
    // At 1.2 mL/h: 0.05 / 1.2 = 4.17% tolerance; 1.25 mL/h exact -> 1.2 or 1.3 both agree.
    const order = { value: 5, unit: 'mcg/h' };
    const c = check({ ...dex('1.2', order), patient: { weight: { value: 70, unit: 'kg' } } });
    expect(codes(c)).toEqual(['match']);
    expect(c.tolerance.relative).toBe('0.04');
    expect(codes(check({ ...dex('1.4', order), patient: { weight: { value: 70, unit: 'kg' } } }))).toEqual(['dose_mismatch']);
  });
  it('1% is the floor: 2% off at a fast rate is a dose_mismatch (soft)', () => {
    const c = check(ismp({ value: '4.26', unit: 'mL/h' }));
    expect(Number(c.tolerance.relative)).toBeGreaterThan(0.01);
    const fast = {
      bag: { ingredients: [{ agent: 'magnesium', amount: { value: 2, unit: 'g' } }], finalVolume: { value: 100, unit: 'mL' } },
      pumpRate: { value: 102, unit: 'mL/h' },
      patient: { weight: { value: 70, unit: 'kg' } },
      order: { agent: 'magnesium', doseRate: { value: 2, unit: 'g/h' } },
    };
    const f = check(fast);
    expect(f.tolerance.relative).toBe('0.01');
    expect(codes(f)).toEqual(['dose_mismatch']);
    expect(f.status).toBe('review');
    expect(codes(check({ ...fast, pumpRate: { value: 101, unit: 'mL/h' } }))).toEqual(['match']);
  });
  it('a 5x overdose that is no power of ten is a dose_mismatch, not tenfold', () => {
    expect(codes(check(ismp({ value: '20.85', unit: 'mL/h' })))).toEqual(['dose_mismatch']);
  });
  it('at 1 mg/mL the dose number is the right rate: no wrong_field', () => {
    const oneMg = {
      bag: { ingredients: [{ agent: 'ketamine', amount: { value: 250, unit: 'mg' } }], finalVolume: { value: 250, unit: 'mL' } },
      pumpRate: { value: 52.5, unit: 'mL/h' },
      patient: { weight: { value: 70, unit: 'kg' } },
      order: { agent: 'ketamine', doseRate: { value: 52.5, unit: 'mg/h' } },
    };
    expect(codes(check(oneMg))).toEqual(['match']);
  });
  it('sums the ordered agent across ingredients and ignores other agents', () => {
    const c = check({
      ...ismp({ value: 4.17, unit: 'mL/h' }),
      bag: {
        ingredients: [
          { agent: 'lidocaine', amount: { value: 500, unit: 'mg' } },
          { agent: 'ketamine', amount: { value: 100, unit: 'mg' } },
          { agent: 'lidocaine', amount: { value: '0.5', unit: 'g' } },
        ],
        finalVolume: { value: 100, unit: 'mL' },
      },
    });
    expect(codes(c)).toEqual(['match']);
    expect(c.concentration).toEqual({ value: '10', unit: 'mg/mL' });
  });
  it('a bag without the ordered agent is agent_not_in_bag and delivers 0', () => {
    const c = check({ ...ismp({ value: 4.17, unit: 'mL/h' }), order: { agent: 'ketamine', doseRate: { value: 20, unit: 'mg/h' } } });
    expect(codes(c)).toEqual(['agent_not_in_bag']);
    expect(c.delivered.massRate.value).toBe('0');
    expect(c.ratio).toBe('0');
  });
  it('does not mutate its input', () => {
    const input = ismp({ value: 41.7, unit: 'mL/h' });
    const copy = structuredClone(input);
    verifyAdministration(input);
    expect(input).toEqual(copy);
  });
});

describe('bad input: coded issues, never a throw', () => {
  const good = ismp({ value: 4.17, unit: 'mL/h' });
  const cases: readonly (readonly [string, unknown, string, readonly (string | number)[]])[] = [
    ['not an object', 42, 'invalid_type', []],
    ['unknown key', { ...good, extra: 1 }, 'unknown_key', ['extra']],
    ['missing order', { ...good, order: undefined }, 'missing', ['order']],
    ['NaN rate', { ...good, pumpRate: { value: Number.NaN, unit: 'mL/h' } }, 'invalid_number', ['pumpRate', 'value']],
    ['exponent string', { ...good, pumpRate: { value: '4e1', unit: 'mL/h' } }, 'invalid_number', ['pumpRate', 'value']],
    ['hex string', { ...good, order: { ...good.order, doseRate: { value: '0x10', unit: 'mg/h' } } }, 'invalid_number', ['order', 'doseRate', 'value']],
    ['negative rate', { ...good, pumpRate: { value: -1, unit: 'mL/h' } }, 'not_positive', ['pumpRate', 'value']],
    ['zero weight', { ...good, patient: { weight: { value: 0, unit: 'kg' } } }, 'not_positive', ['patient', 'weight', 'value']],
    ['unknown pump unit', { ...good, pumpRate: { value: 4, unit: 'drops/min' } }, 'unknown_unit', ['pumpRate', 'unit']],
    ['order not a rate', { ...good, order: { ...good.order, doseRate: { value: 5, unit: 'mg/kg' } } }, 'unknown_unit', ['order', 'doseRate', 'unit']],
    [
      'µg',
      { ...good, bag: { ...good.bag, ingredients: [{ agent: 'lidocaine', amount: { value: 1, unit: 'µg' } }] } },
      'unknown_unit',
      ['bag', 'ingredients', 0, 'amount', 'unit'],
    ],
    ['empty bag', { ...good, bag: { ...good.bag, ingredients: [] } }, 'empty_bag', ['bag', 'ingredients']],
    ['weight in stone', { ...good, patient: { weight: { value: 11, unit: 'st' } } }, 'unknown_unit', ['patient', 'weight', 'unit']],
    [
      'bad concentration unit',
      { ...good, order: { ...good.order, concentration: { value: 10, unit: '%' } } },
      'unknown_unit',
      ['order', 'concentration', 'unit'],
    ],
    ['empty agent', { ...good, order: { ...good.order, agent: '' } }, 'invalid_type', ['order', 'agent']],
  ];
  for (const [name, input, code, path] of cases) {
    it(name, () => {
      const r = verifyAdministration(input);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.issues.map((i) => ({ code: i.code, path: i.path }))).toContainEqual({ code, path });
    });
  }

  it('never throws on arbitrary JSON, and returns ok or a non-empty issue list', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = verifyAdministration(v);
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('never throws when any one field of a good input is replaced by arbitrary JSON', () => {
    const paths = [
      ['bag'],
      ['bag', 'ingredients'],
      ['bag', 'finalVolume'],
      ['bag', 'finalVolume', 'value'],
      ['pumpRate'],
      ['pumpRate', 'value'],
      ['pumpRate', 'unit'],
      ['patient'],
      ['patient', 'weight'],
      ['order'],
      ['order', 'agent'],
      ['order', 'doseRate'],
      ['order', 'doseRate', 'unit'],
      ['order', 'concentration'],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, v) => {
        const input = structuredClone(good) as Record<string, unknown>;
        let at: Record<string, unknown> = input;
        for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
        at[path[path.length - 1] as string] = v;
        const r = verifyAdministration(input);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: runs(1000) },
    );
  });

  it('any positive values in known units give a result with at least one finding', () => {
    const pos = fc.double({ min: 1e-6, max: 1e6, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(
        pos,
        pos,
        pos,
        pos,
        pos,
        fc.constantFrom('mg/h', 'mg/kg/h', 'mcg/kg/min', 'mcg/kg/h', 'g/h'),
        fc.constantFrom('mg', 'g', 'mcg', 'ug'),
        (amt, vol, rate, kg, dose, unit, mass) => {
          const c = check({
            bag: { ingredients: [{ agent: 'x', amount: { value: amt, unit: mass } }], finalVolume: { value: vol, unit: 'mL' } },
            pumpRate: { value: rate, unit: 'mL/h' },
            patient: { weight: { value: kg, unit: 'kg' } },
            order: { agent: 'x', doseRate: { value: dose, unit } },
          });
          expect(c.findings.length).toBeGreaterThan(0);
          expect(c.findings.some((f) => f.code === 'match')).toBe(c.status === 'match');
        },
      ),
      { numRuns: runs(500) },
    );
  });
});
