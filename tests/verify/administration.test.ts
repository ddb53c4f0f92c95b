/** verifyAdministration on its own: the ISMP wrong-field case, units, tolerance, and bad input. */
import fc from 'fast-check';
import { runs } from '../support/runs.js';
import { describe, expect, it } from 'vitest';
import type { AdministrationCheck } from '../../src/verify/administration.js';
import { verifyAdministration } from '../support/untyped.js';

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
  it('states its tolerance with the rule it comes from', () => {
    // ISMP bag: half a 0.1 mL/h pump step x 10 mg/mL = 0.5 mg/h; 0.5 / 41.7 = 0.0119904 (above 1%),
    // to 6 places 0.01199.
    expect(check(ismp({ value: 4.17, unit: 'mL/h' })).tolerance).toEqual({
      relative: '0.01199',
      rule: 'max(1%, 0.05 mL/h (half the 0.1 mL/h pump increment) x concentration / ordered dose rate)',
    });
  });
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

// Issue 11 item 7: a twofold error or worse is hard, and the fold is reported as measured.
// All cases use the ISMP bag: 1000 mg lidocaine / 100 mL = 10 mg/mL; order 41.7 mg/h; the right
// rate is 41.7 / 10 = 4.17 mL/h. Tolerance = max(1%, 0.05 mL/h x 10 mg/mL / 41.7 mg/h = 1.199%) = 1.199%,
// so the tenfold margin is max(1.199%, 10%) = 10%: tenfold from 10 x 0.9 = 9 up and 0.1 / 0.9 = 0.111 down.
describe('large errors are hard; the fold is as measured', () => {
  const finding = (c: AdministrationCheck, code: string) => c.findings.find((f) => f.code === code);

  it('a 5x overdose (20.85 mL/h) is dose_mismatch_large, hard, factor 5', () => {
    // 20.85 mL/h x 10 mg/mL = 208.5 mg/h; 208.5 / 41.7 = 5 exactly.
    const c = check(ismp({ value: '20.85', unit: 'mL/h' }));
    expect(codes(c)).toEqual(['dose_mismatch_large']);
    expect(c.status).toBe('stop');
    expect(c.ratio).toBe('5');
    expect(finding(c, 'dose_mismatch_large')).toMatchObject({ severity: 'hard', factor: '5' });
  });
  it('exactly 2x (8.34 mL/h) is hard; just under 2x (8.3 mL/h) is the soft dose_mismatch', () => {
    // 8.34 x 10 = 83.4 mg/h; 83.4 / 41.7 = 2 exactly -> hard.
    const two = check(ismp({ value: '8.34', unit: 'mL/h' }));
    expect(codes(two)).toEqual(['dose_mismatch_large']);
    expect(two.status).toBe('stop');
    expect(finding(two, 'dose_mismatch_large')?.factor).toBe('2');
    // 8.3 x 10 = 83 mg/h; 83 / 41.7 = 1.990408 -> off by 99% (> 1.199%), under 2x -> soft.
    const under = check(ismp({ value: '8.3', unit: 'mL/h' }));
    expect(codes(under)).toEqual(['dose_mismatch']);
    expect(under.status).toBe('review');
    expect(under.ratio).toBe('1.990408');
  });
  it('exactly half (2.085 mL/h) is hard with factor 2; just over half (2.1 mL/h) is soft', () => {
    // 2.085 x 10 = 20.85 mg/h; 20.85 / 41.7 = 0.5 -> hard; fold = 1 / 0.5 = 2.
    const half = check(ismp({ value: '2.085', unit: 'mL/h' }));
    expect(codes(half)).toEqual(['dose_mismatch_large']);
    expect(finding(half, 'dose_mismatch_large')?.factor).toBe('2');
    expect(half.status).toBe('stop');
    // 2.1 x 10 = 21 mg/h; 21 / 41.7 = 0.503597 -> above 0.5 -> soft.
    expect(codes(check(ismp({ value: '2.1', unit: 'mL/h' })))).toEqual(['dose_mismatch']);
  });
  it('0.4 of the order (1.668 mL/h) is hard, factor 2.5 (one decimal below 10)', () => {
    // 1.668 x 10 = 16.68 mg/h; 16.68 / 41.7 = 0.4; fold = 1 / 0.4 = 2.5.
    const c = check(ismp({ value: '1.668', unit: 'mL/h' }));
    expect(codes(c)).toEqual(['dose_mismatch_large']);
    expect(finding(c, 'dose_mismatch_large')?.factor).toBe('2.5');
    expect(finding(c, 'dose_mismatch_large')?.message).toContain('1/2.5 of');
  });
  it('a 49-fold overdose (205 mL/h) is tenfold_high reported as 49-fold, not about 100', () => {
    // 205 x 10 = 2050 mg/h; 2050 / 41.7 = 49.160671... -> whole number from 10 up: 49.
    const c = check(ismp({ value: 205, unit: 'mL/h' }));
    expect(codes(c)).toEqual(['tenfold_high']);
    const f = finding(c, 'tenfold_high');
    expect(f?.factor).toBe('49');
    expect(f?.message).toContain('about 49-fold');
    expect(f?.message).not.toContain('100');
  });
  it('9x (37.53 mL/h) starts the tenfold band; 8.99x (37.5 mL/h) is dose_mismatch_large', () => {
    // 37.53 x 10 = 375.3 mg/h; 375.3 / 41.7 = 9 -> >= 9 -> tenfold_high, factor 9.
    expect(finding(check(ismp({ value: '37.53', unit: 'mL/h' })), 'tenfold_high')?.factor).toBe('9');
    // 37.5 x 10 = 375 mg/h; 375 / 41.7 = 8.992806 -> < 9 -> large; fold to one decimal: 9.0 -> "9".
    const c = check(ismp({ value: '37.5', unit: 'mL/h' }));
    expect(codes(c)).toEqual(['dose_mismatch_large']);
    expect(finding(c, 'dose_mismatch_large')?.factor).toBe('9');
  });
  it('a 1/10 slip keeps factor 10; a 1/24.5 one reads 25, not 10', () => {
    // 0.417 x 10 = 4.17 mg/h; 4.17 / 41.7 = 0.1; fold 10.
    expect(finding(check(ismp({ value: 0.417, unit: 'mL/h' })), 'tenfold_low')?.factor).toBe('10');
    // 0.17 x 10 = 1.7 mg/h; 1.7 / 41.7 = 0.040767; fold = 41.7 / 1.7 = 24.529... -> 25 (half-up to a whole number).
    expect(finding(check(ismp({ value: '0.17', unit: 'mL/h' })), 'tenfold_low')?.factor).toBe('25');
  });
  it('every ratio from 2x up to the tenfold band, and from 0.5x down to it, stops the pump', () => {
    // Pump rate = 4.17 mL/h x k, so the ratio is k exactly (10 mg/mL x 4.17 k mL/h / 41.7 mg/h).
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 899 }), fc.boolean(), (hundredths, below) => {
        const k = hundredths / 100;
        const rate = below ? (4.17 / k).toFixed(6) : (4.17 * k).toFixed(6);
        const c = check(ismp({ value: rate, unit: 'mL/h' }));
        expect(c.status).toBe('stop');
        expect(codes(c)).toContain('dose_mismatch_large');
        expect(codes(c)).not.toContain('dose_mismatch');
      }),
      { numRuns: runs(300) },
    );
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

// Written from the Stryker survivors of src/verify/administration-findings.ts.
describe('edges of the findings', () => {
  it('a pump at 0 mL/h gives none of the dose: tenfold low, with no fold to state', () => {
    const c = check(ismp({ value: 0, unit: 'mL/h' }));
    const low = c.findings.find((f) => f.code === 'tenfold_low');
    expect(low).toEqual({
      code: 'tenfold_low',
      severity: 'hard',
      message: 'The patient would receive 0 of the ordered dose: stop and re-check the rate and the bag.',
    });
  });

  it("the dose's number typed as the rate is no wrong-field entry when it is the right rate for the order's concentration", () => {
    // The order names 1 mg/mL, so 41.7 mg/h is 41.7 mL/h: the nurse worked from the order. The bag
    // holds 1000 mg in 500 mL = 2 mg/mL, so 41.7 mL/h delivers 83.4 mg/h, twice the order: the bag is
    // wrong, and that is what is named (concentration and a 2-fold mismatch), not the field.
    const c = check({
      ...ismp({ value: 41.7, unit: 'mL/h' }),
      bag: { ingredients: [{ agent: 'lidocaine', amount: { value: 1000, unit: 'mg' } }], finalVolume: { value: 500, unit: 'mL' } },
      order: { agent: 'lidocaine', doseRate: { value: 41.7, unit: 'mg/h' }, concentration: { value: 1, unit: 'mg/mL' } },
    });
    expect(codes(c)).toEqual(['concentration_mismatch', 'dose_mismatch_large']);
    expect(c.findings.find((f) => f.code === 'concentration_mismatch')).toEqual({
      code: 'concentration_mismatch',
      severity: 'soft',
      path: ['order', 'concentration'],
      message: 'The bag holds 2 mg/mL of lidocaine; the order says 1 mg/mL.',
    });
  });

  it('a typed rate is compared with the dose number to its own places: 41.74 is not 41.7', () => {
    // 41.74 mL/h x 10 mg/mL = 417.4 mg/h, 10.0096x the 41.7 mg/h order: tenfold high. Written to two
    // places the order's 41.7 is 41.70, not 41.74, so it is not the dose's number in the rate field.
    expect(codes(check(ismp({ value: 41.74, unit: 'mL/h' })))).toEqual(['tenfold_high']);
  });
});

describe('a large mismatch below the order, in words', () => {
  it('half the rate (2.085 mL/h) is 20.85 mg/h, 1/2 of the 41.7 mg/h ordered', () => {
    // 2.085 mL/h x 10 mg/mL = 20.85 mg/h; 20.85 / 41.7 = 0.5
    const f = check(ismp({ value: 2.085, unit: 'mL/h' })).findings.find((x) => x.code === 'dose_mismatch_large');
    expect(f?.message).toBe('The patient would receive 20.85 mg/h, 1/2 of the 41.7 mg/h ordered (ratio 0.5): stop and re-check the rate and the bag.');
  });
});

describe('an ingredient that is not an object', () => {
  it('is refused at its place in the list', () => {
    const r = verifyAdministration({ ...ismp({ value: 4.17, unit: 'mL/h' }), bag: { ingredients: [5], finalVolume: { value: 100, unit: 'mL' } } });
    expect(r.ok ? [] : r.issues).toEqual([
      { code: 'invalid_type', path: ['bag', 'ingredients', 0], message: 'Expected an object here.', expected: 'object', received: '5' },
    ]);
  });
});
