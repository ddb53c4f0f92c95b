/**
 * The intranasal ketamine bridging calculator (`planNasalSpray`): golden cases worked by hand,
 * bad input with exact codes and paths, a dose that is not a whole number of sprays, limit
 * findings, and fast-check properties (never throws, mg/day = dose x doses/day, clean strings).
 *
 * Limits under test come from src/nasal/data.ts: soft 50 mg per dose (Lapidus 2014; Singh),
 * hard 100 mg per dose (Galvez/Loo 2018); the daily maximum is the prescriber's `maxDailyDose`.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { runs } from '../support/runs.js';
import { describe, expect, it } from 'vitest';
import { NASAL_DEVICES, NASAL_DOSE_LIMITS } from '../../src/nasal/data.js';
import type { NasalSprayPlan, NasalSprayResult } from '../../src/nasal/spray.js';
import { nasalOrder } from '../support/orders.js';
import { planNasalSpray } from '../support/untyped.js';
import type { Issue, Quantity } from '../support/untyped.js';

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 });
const d = (v: string | number): Decimal => new D(v);

type Path = readonly (string | number)[];

/** A valid order: 100 mg/mL, 0.1 mL pump, 20 mg twice a day, 5 mL bottle, 5 priming sprays (tests/support/orders.ts). */
const base = nasalOrder;

function sprayOf(r: NasalSprayResult): NasalSprayPlan {
  if (!r.ok) throw new Error(`expected a plan, got issues ${JSON.stringify(r.issues.map((i) => i.code))}`);
  return r.spray;
}
function issuesOf(r: NasalSprayResult): readonly Issue[] {
  if (r.ok) throw new Error('expected ok: false');
  return r.issues;
}
function expectIssues(input: unknown, expected: readonly (readonly [string, Path])[]) {
  const r = planNasalSpray(input);
  const issues = issuesOf(r);
  expect(issues.map((i) => [i.code, i.path])).toEqual(expected.map(([c, p]) => [c, [...p]]));
  for (const i of issues) expect(typeof i.message).toBe('string');
}
const q = (value: string, unit: string): Quantity => ({ value, unit });

describe('golden cases (worked by hand)', () => {
  it('100 mg/mL, 0.1 mL pump, 20 mg twice a day, 5 mL bottle, 5 priming sprays', () => {
    const s = sprayOf(planNasalSpray(base()));
    // mg/spray = 100 mg/mL x 0.1 mL = 10 mg
    expect(s.mgPerSpray).toEqual(q('10', 'mg/{spray}'));
    // sprays/dose = 20 mg / 10 mg = 2; split 1 + 1
    expect(s.spraysPerDose).toEqual(q('2', '{spray}'));
    expect(s.nostrils.first).toEqual(q('1', '{spray}'));
    expect(s.nostrils.second).toEqual(q('1', '{spray}'));
    expect(s.dose).toEqual(q('20', 'mg'));
    // mg/day = 20 mg x 2 = 40 mg/d; sprays/day = 2 x 2 = 4
    expect(s.dailyDose).toEqual(q('40', 'mg/d'));
    expect(s.spraysPerDay).toEqual(q('4', '{spray}/d'));
    // priming = 5 x 0.1 = 0.5 mL; usable = 5 - 0.5 = 4.5 mL; sprays = 4.5 / 0.1 = 45
    expect(s.bottle.primingVolume).toEqual(q('0.5', 'mL'));
    expect(s.bottle.usableVolume).toEqual(q('4.5', 'mL'));
    expect(s.bottle.spraysAvailable).toEqual(q('45', '{spray}'));
    // doses = floor(45 / 2) = 22 (1 spray left over); 22 x 20 mg = 440 mg
    expect(s.bottle.dosesPerBottle).toEqual(q('22', '{dose}'));
    expect(s.bottle.leftoverSprays).toEqual(q('1', '{spray}'));
    expect(s.bottle.amountInDoses).toEqual(q('440', 'mg'));
    // days = 22 / 2 = 11
    expect(s.bottle.daysPerBottle).toEqual(q('11', 'd'));
    expect(s.bottle.daysPerBottleExact).toEqual(q('11', 'd'));
    expect(s.status).toBe('ready');
    expect(s.checks.every((c) => c.passed)).toBe(true);
    expect(s.trace.map((t) => t.step)).toEqual([
      'mg-per-spray',
      'sprays-per-dose',
      'daily-dose',
      'nostril-split',
      'usable-volume',
      'sprays-available',
      'doses-per-bottle',
      'days-per-bottle',
    ]);
  });

  it('150 mg/mL (15%), 0.1 mL pump, 30 mg three times a day, 15 mL bottle, no priming stated', () => {
    const s = sprayOf(
      planNasalSpray({
        concentration: { value: '150', unit: 'mg/mL' },
        actuationVolume: { value: '0.1', unit: 'mL' },
        dose: { value: '30', unit: 'mg' },
        dosesPerDay: 3,
        bottleVolume: { value: '15', unit: 'mL' },
        maxDailyDose: { value: '90', unit: 'mg' },
      }),
    );
    // mg/spray = 150 x 0.1 = 15 mg; sprays/dose = 30 / 15 = 2
    expect(s.mgPerSpray.value).toBe('15');
    expect(s.spraysPerDose.value).toBe('2');
    // mg/day = 30 x 3 = 90
    expect(s.dailyDose.value).toBe('90');
    // no priming counted: usable 15 mL -> 150 sprays -> 75 doses -> 75 / 3 = 25 days
    expect(s.bottle.primingStated).toBe(false);
    expect(s.bottle.spraysAvailable.value).toBe('150');
    expect(s.bottle.dosesPerBottle.value).toBe('75');
    expect(s.bottle.daysPerBottle.value).toBe('25');
    const info = s.checks.find((c) => c.code === 'priming_not_stated');
    expect(info?.severity).toBe('info');
    expect(s.status).toBe('ready');
  });

  it('odd sprays per dose: 50 mg/mL, 0.14 mL pump, 21 mg = 3 sprays split 2 + 1, partial days', () => {
    const s = sprayOf(
      planNasalSpray({
        concentration: { value: 50, unit: 'mg/mL' },
        actuationVolume: { value: 0.14, unit: 'mL' },
        dose: { value: 21, unit: 'mg' },
        dosesPerDay: 3,
        bottleVolume: { value: 10, unit: 'mL' },
        maxDailyDose: { value: 100, unit: 'mg' },
        primingActuations: 6,
      }),
    );
    // mg/spray = 50 x 0.14 = 7 mg; sprays = 21 / 7 = 3 -> 2 + 1
    expect(s.mgPerSpray.value).toBe('7');
    expect(s.spraysPerDose.value).toBe('3');
    expect([s.nostrils.first.value, s.nostrils.second.value]).toEqual(['2', '1']);
    // mg/day = 21 x 3 = 63
    expect(s.dailyDose.value).toBe('63');
    // priming 6 x 0.14 = 0.84 mL; usable 10 - 0.84 = 9.16 mL; 9.16 / 0.14 = 65.428571.. -> 65 sprays
    expect(s.bottle.usableVolume.value).toBe('9.16');
    expect(s.bottle.spraysAvailable.value).toBe('65');
    const sprays = s.trace.find((t) => t.step === 'sprays-available');
    expect(sprays?.rounding?.exact.value).toBe('65.428571');
    expect(sprays?.rounding?.mode).toBe('floor');
    // doses = floor(65 / 3) = 21, leftover 65 - 63 = 2; days = 21 / 3 = 7
    expect(s.bottle.dosesPerBottle.value).toBe('21');
    expect(s.bottle.leftoverSprays.value).toBe('2');
    expect(s.bottle.daysPerBottle.value).toBe('7');
  });

  it('days per bottle that are not whole: floor shown, exact kept', () => {
    // 100 mg/mL x 0.1 mL = 10 mg; 10 mg = 1 spray; 5 mL -> 50 sprays -> 50 doses; 50 / 3 = 16.666667 -> 16 days
    const s = sprayOf(planNasalSpray({ ...base(), dose: { value: 10, unit: 'mg' }, dosesPerDay: 3, primingActuations: 0 }));
    expect(s.nostrils.instruction).toBe('1 spray in one nostril.');
    expect(s.bottle.dosesPerBottle.value).toBe('50');
    expect(s.bottle.daysPerBottle.value).toBe('16');
    expect(s.bottle.daysPerBottleExact.value).toBe('16.666667');
  });

  it('accepts exact unit conversions: g/L, ml, mcg', () => {
    // 100 g/L = 100 mg/mL; 20000 mcg = 20 mg
    const s = sprayOf(
      planNasalSpray({
        ...base(),
        concentration: { value: 100, unit: 'g/L' },
        actuationVolume: { value: 0.1, unit: 'ml' },
        dose: { value: 20000, unit: 'mcg' },
      }),
    );
    expect(s.concentration).toEqual(q('100', 'mg/mL'));
    expect(s.dose).toEqual(q('20', 'mg'));
  });

  it('does not mutate its input', () => {
    const input = base();
    const copy = structuredClone(input);
    planNasalSpray(input);
    expect(input).toEqual(copy);
  });
});

describe('bad input', () => {
  it.each([
    ['NaN', Number.NaN, 'not_a_number'],
    ['Infinity', Number.POSITIVE_INFINITY, 'not_finite'],
    ["'1e3'", '1e3', 'not_plain_decimal'],
    ["'0x10'", '0x10', 'not_plain_decimal'],
    ["''", '', 'empty_number'],
    ['negative', -20, 'not_positive'],
    ['zero', 0, 'not_positive'],
    ['null', null, 'not_a_number'],
  ])('dose %s', (_label, value, code) => {
    expectIssues({ ...base(), dose: { value, unit: 'mg' } }, [[code, ['dose', 'value']]]);
  });

  it('unknown units', () => {
    expectIssues({ ...base(), concentration: { value: 15, unit: '%' } }, [['unknown_unit', ['concentration', 'unit']]]);
    expectIssues({ ...base(), dose: { value: 20, unit: 'mg/kg' } }, [['unknown_unit', ['dose', 'unit']]]);
    expectIssues({ ...base(), actuationVolume: { value: 100, unit: 'uL' } }, [['unknown_unit', ['actuationVolume', 'unit']]]);
    expectIssues({ ...base(), bottleVolume: { value: 5, unit: 'oz' } }, [['unknown_unit', ['bottleVolume', 'unit']]]);
  });

  it('non-integer, string, negative or missing dosesPerDay', () => {
    expectIssues({ ...base(), dosesPerDay: 2.5 }, [['not_an_integer', ['dosesPerDay']]]);
    expectIssues({ ...base(), dosesPerDay: '2' }, [['invalid_type', ['dosesPerDay']]]);
    expectIssues({ ...base(), dosesPerDay: 0 }, [['not_positive', ['dosesPerDay']]]);
    expectIssues({ ...base(), dosesPerDay: Number.NaN }, [['not_a_number', ['dosesPerDay']]]);
    const { dosesPerDay: _omit, ...rest } = base();
    expectIssues(rest, [['required', ['dosesPerDay']]]);
  });

  it('priming actuations must be a whole number of zero or more', () => {
    expectIssues({ ...base(), primingActuations: -1 }, [['negative_value', ['primingActuations']]]);
    expectIssues({ ...base(), primingActuations: 1.5 }, [['not_an_integer', ['primingActuations']]]);
  });

  it('no default actuation volume: it is required, with the reason', () => {
    const { actuationVolume: _omit, ...rest } = base();
    expectIssues(rest, [['actuation_volume_required', ['actuationVolume']]]);
  });

  it('no sourced daily maximum: maxDailyDose is required', () => {
    const { maxDailyDose: _omit, ...rest } = base();
    expectIssues(rest, [['required', ['maxDailyDose']]]);
  });

  it('unknown keys, wrong top-level types, empty acknowledgement reason', () => {
    expectIssues({ ...base(), route: 'nasal' }, [['unknown_key', ['route']]]);
    expectIssues(null, [['invalid_type', []]]);
    expectIssues([], [['invalid_type', []]]);
    expectIssues({ ...base(), acknowledgements: [{ code: 'x', reason: ' ' }] }, [['acknowledgement_reason_required', ['acknowledgements', 0, 'reason']]]);
  });

  it('reports every bad field at once', () => {
    expectIssues({ ...base(), dose: { value: '1e3', unit: 'mg' }, dosesPerDay: 1.5, bottleVolume: { value: -5, unit: 'mL' } }, [
      ['not_plain_decimal', ['dose', 'value']],
      ['not_an_integer', ['dosesPerDay']],
      ['not_positive', ['bottleVolume', 'value']],
    ]);
  });

  it('a bottle too small for one dose after priming', () => {
    // 0.5 mL - 5 x 0.1 mL priming = 0 mL -> 0 sprays < 2
    expectIssues({ ...base(), bottleVolume: { value: 0.5, unit: 'mL' } }, [['bottle_too_small_for_one_dose', ['bottleVolume', 'value']]]);
  });
});

describe('a dose that is not a whole number of sprays', () => {
  it('is refused with the whole-spray doses below and above, never rounded', () => {
    // 150 mg/mL x 0.1 mL = 15 mg/spray; 20 mg / 15 mg = 1.333333 sprays -> 15 mg (1) or 30 mg (2)
    const r = planNasalSpray({ ...base(), concentration: { value: 150, unit: 'mg/mL' } });
    const [issue, ...rest] = issuesOf(r);
    expect(rest).toEqual([]);
    expect(issue?.code).toBe('dose_not_whole_sprays');
    expect(issue?.path).toEqual(['dose', 'value']);
    expect(issue?.['observed']).toEqual(q('1.333333', '{spray}'));
    expect(issue?.['below']).toEqual({ sprays: q('1', '{spray}'), dose: q('15', 'mg') });
    expect(issue?.['above']).toEqual({ sprays: q('2', '{spray}'), dose: q('30', 'mg') });
    expect(issue?.message).toContain('15 mg (1 spray) or 30 mg (2 sprays)');
  });

  it('a dose below one spray has only the dose above', () => {
    // 10 mg/spray; 5 mg = 0.5 sprays -> only 10 mg (1 spray)
    const [issue] = issuesOf(planNasalSpray({ ...base(), dose: { value: 5, unit: 'mg' } }));
    expect(issue?.code).toBe('dose_not_whole_sprays');
    expect(issue?.['below']).toBeUndefined();
    expect(issue?.['above']).toEqual({ sprays: q('1', '{spray}'), dose: q('10', 'mg') });
  });

  it('exact decimal arithmetic: 0.1 + 0.2 style pump volumes still divide exactly', () => {
    // 30 mg/mL x 0.07 mL = 2.1 mg/spray; 6.3 mg / 2.1 = 3 sprays exactly (floats give 2.9999999999999996)
    const s = sprayOf(
      planNasalSpray({
        ...base(),
        concentration: { value: 30, unit: 'mg/mL' },
        actuationVolume: { value: 0.07, unit: 'mL' },
        dose: { value: 6.3, unit: 'mg' },
      }),
    );
    expect(s.spraysPerDose.value).toBe('3');
  });
});

describe('limit findings', () => {
  const soft = NASAL_DOSE_LIMITS.find((l) => l.severity === 'soft');
  const hard = NASAL_DOSE_LIMITS.find((l) => l.severity === 'hard');

  it('the data are as cited: soft 50 mg, hard 100 mg per dose; no default device for compounded bottles', () => {
    expect(soft?.value).toBe('50');
    expect(hard?.value).toBe('100');
    expect(soft?.source.verified).toBe(true);
    expect(hard?.source.grade).toBe('RCT');
    expect(NASAL_DEVICES.find((x) => x.id === 'spravato-28mg-device')?.actuationVolume.value).toBe('0.1');
  });

  it('above the soft limit needs an acknowledgement with a reason', () => {
    // 60 mg = 6 sprays of 10 mg; 60 > 50 soft; daily 60 x 1 = 60 <= 60
    const order = { ...base(), dose: { value: 60, unit: 'mg' }, dosesPerDay: 1, maxDailyDose: { value: 60, unit: 'mg' } };
    const s = sprayOf(planNasalSpray(order));
    expect(s.status).toBe('needs-acknowledgement');
    const c = s.checks.find((x) => x.code === 'nasal_dose_above_soft_limit');
    expect(c?.passed).toBe(false);
    expect(c?.observed).toEqual(q('60', 'mg'));
    expect(c?.limit).toEqual(q('50', 'mg'));
    const acked = sprayOf(planNasalSpray({ ...order, acknowledgements: [{ code: 'nasal_dose_above_soft_limit', reason: 'Tolerated 60 mg in clinic' }] }));
    expect(acked.status).toBe('ready');
    expect(acked.checks.find((x) => x.code === 'nasal_dose_above_soft_limit')?.acknowledgement).toEqual({ reason: 'Tolerated 60 mg in clinic' });
  });

  it('exactly 50 mg passes the soft limit; exactly 100 mg passes the hard limit but not the soft', () => {
    const at50 = sprayOf(planNasalSpray({ ...base(), dose: { value: 50, unit: 'mg' }, dosesPerDay: 1, maxDailyDose: { value: 50, unit: 'mg' } }));
    expect(at50.status).toBe('ready');
    const at100 = sprayOf(planNasalSpray({ ...base(), dose: { value: 100, unit: 'mg' }, dosesPerDay: 1, maxDailyDose: { value: 100, unit: 'mg' } }));
    expect(at100.status).toBe('needs-acknowledgement');
  });

  it('above the hard limit is refused, acknowledgement or not', () => {
    // 110 mg = 11 sprays; 110 > 100 hard
    const order = {
      ...base(),
      dose: { value: 110, unit: 'mg' },
      dosesPerDay: 1,
      maxDailyDose: { value: 200, unit: 'mg' },
      acknowledgements: [{ code: 'nasal_dose_above_hard_limit', reason: 'please' }],
    };
    expectIssues(order, [['nasal_dose_above_hard_limit', ['dose', 'value']]]);
  });

  it('a daily total above the prescriber maximum is refused', () => {
    // 20 mg x 3 = 60 mg/d > 40 mg/d
    expectIssues({ ...base(), dosesPerDay: 3 }, [['daily_dose_above_prescriber_limit', ['dosesPerDay']]]);
  });

  it('an acknowledgement that matches nothing is noted', () => {
    const s = sprayOf(planNasalSpray({ ...base(), acknowledgements: [{ code: 'no_such_code', reason: 'r' }] }));
    expect(s.checks.some((c) => c.code === 'acknowledgement_unused')).toBe(true);
    expect(s.status).toBe('ready');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const PLAIN = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

function quantities(x: unknown, out: Quantity[] = []): Quantity[] {
  if (x !== null && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    if (typeof o['value'] === 'string' && typeof o['unit'] === 'string') out.push(o as unknown as Quantity);
    for (const v of Object.values(o)) quantities(v, out);
  }
  return out;
}

/** Realistic orders: whole sprays by construction, sometimes past the limits. */
const order = fc
  .record({
    conc: fc.constantFrom('10', '25', '50', '100', '125', '150', '200'),
    vol: fc.constantFrom('0.05', '0.07', '0.1', '0.14'),
    sprays: fc.integer({ min: 1, max: 12 }),
    dosesPerDay: fc.integer({ min: 1, max: 8 }),
    bottle: fc.constantFrom('2', '5', '10', '15', '30'),
    priming: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    maxDaily: fc.integer({ min: 1, max: 2000 }),
  })
  .map((o) => {
    const dose = d(o.conc).mul(o.vol).mul(o.sprays).toFixed();
    return {
      concentration: { value: o.conc, unit: 'mg/mL' },
      actuationVolume: { value: o.vol, unit: 'mL' },
      dose: { value: dose, unit: 'mg' },
      dosesPerDay: o.dosesPerDay,
      bottleVolume: { value: o.bottle, unit: 'mL' },
      maxDailyDose: { value: String(o.maxDaily), unit: 'mg' },
      ...(o.priming !== undefined ? { primingActuations: o.priming } : {}),
    };
  });

describe('properties', () => {
  it('never throws on arbitrary JSON, and a failure always has coded, pathed issues', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = planNasalSpray(v);
        if (!r.ok) for (const i of r.issues) expect(typeof i.code === 'string' && Array.isArray(i.path)).toBe(true);
      }),
      { numRuns: runs(500) },
    );
  });

  it('never throws on near-valid input with any field replaced by arbitrary JSON', () => {
    const keys = Object.keys(base());
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), fc.boolean(), (key, v, inValue) => {
        const input: Record<string, unknown> = { ...base() };
        input[key] = inValue && typeof input[key] === 'object' ? { ...(input[key] as object), value: v } : v;
        planNasalSpray(input);
      }),
      { numRuns: runs(500) },
    );
  });

  it('mg/day = dose x doses/day; sprays x mg/spray = dose; bottle arithmetic holds', () => {
    fc.assert(
      fc.property(order, (o) => {
        const r = planNasalSpray(o);
        if (!r.ok) {
          const codes = r.issues.map((i) => i.code);
          for (const c of codes) expect(['nasal_dose_above_hard_limit', 'daily_dose_above_prescriber_limit', 'bottle_too_small_for_one_dose']).toContain(c);
          return;
        }
        const s = r.spray;
        expect(d(s.dailyDose.value).eq(d(s.dose.value).mul(s.dosesPerDay.value))).toBe(true);
        expect(d(s.dose.value).eq(d(s.spraysPerDose.value).mul(s.mgPerSpray.value))).toBe(true);
        expect(d(s.dose.value).eq(d(o.dose.value))).toBe(true);
        expect(d(s.nostrils.first.value).add(s.nostrils.second.value).eq(s.spraysPerDose.value)).toBe(true);
        expect(d(s.dailyDose.value).lte(o.maxDailyDose.value)).toBe(true);
        expect(d(s.dose.value).lte(100)).toBe(true);
        const used = d(s.bottle.dosesPerBottle.value).mul(s.spraysPerDose.value).add(s.bottle.leftoverSprays.value);
        expect(used.eq(s.bottle.spraysAvailable.value)).toBe(true);
        expect(d(s.bottle.leftoverSprays.value).lt(s.spraysPerDose.value)).toBe(true);
        // every available spray fits in the usable volume
        expect(d(s.bottle.spraysAvailable.value).mul(s.actuationVolume.value).lte(s.bottle.usableVolume.value)).toBe(true);
        expect(d(s.bottle.daysPerBottle.value).mul(s.dosesPerDay.value).lte(s.bottle.dosesPerBottle.value)).toBe(true);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('no NaN, Infinity or exponent in any output value', () => {
    fc.assert(
      fc.property(order, (o) => {
        const r = planNasalSpray(o);
        const all = quantities(r.ok ? r.spray : r.issues);
        for (const x of all) {
          expect(x.value).toMatch(PLAIN);
          expect(x.unit.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: runs(500) },
    );
  });

  it('a dose that is not whole sprays is always refused with dose_not_whole_sprays', () => {
    fc.assert(
      fc.property(order, fc.integer({ min: 1, max: 9 }), (o, tenth) => {
        // add a tenth of a spray: never a whole number of sprays
        const mgPerSpray = d(o.concentration.value).mul(o.actuationVolume.value);
        const dose = d(o.dose.value).add(mgPerSpray.mul(tenth).div(10)).toFixed();
        const r = planNasalSpray({ ...o, dose: { value: dose, unit: 'mg' } });
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.issues[0].code).toBe('dose_not_whole_sprays');
      }),
      { numRuns: runs(300) },
    );
  });
});
