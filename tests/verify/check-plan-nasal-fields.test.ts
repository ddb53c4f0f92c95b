// checkPlan on a nasal spray plan, one stated figure changed at a time: each is found, at its path,
// with the figure it re-calculates, word for word (src/verify/check-plan-nasal.ts). The plan is the
// nasal order of tests/support/orders.ts, worked by hand there: 10 mg a spray, 4 sprays and 40 mg a
// day; 0.5 mL priming, 4.5 mL usable = 45 sprays = 22 whole doses (1 spray left), 440 mg, 11 days.
import { describe, expect, it } from 'vitest';
import { nasalOrder } from '../support/orders.js';
import { type NasalSprayPlan, checkPlan, planNasalSpray } from '../support/untyped.js';

const made = planNasalSpray(nasalOrder());
if (!made.ok) throw new Error('the nasal order should plan');
type Q = { value: string; unit: string };
const plan = made.spray as unknown as Record<string, Q> & { bottle: Record<string, Q> };

/** The disagreements when the figure at `at` is stated as `to` (its value, its unit or both). */
function restated(at: readonly string[], to: Partial<Q>) {
  const p = JSON.parse(JSON.stringify(plan)) as Record<string, unknown>;
  Object.assign(
    at.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, p),
    to,
  );
  const r = checkPlan(p as unknown as NasalSprayPlan);
  if ('issues' in r && r.issues !== undefined && r.issues.length > 0) throw new Error(JSON.stringify(r.issues));
  return r.ok
    ? []
    : r.disagreements.map((d) => ({ code: d.code, path: d.path.join('.'), message: d.message, planValue: d.planValue, recomputed: d.recomputed }));
}

/** The disagreements when one figure is stated as 999. */
const changed = (at: readonly string[]) => restated(at, { value: '999' }).map((d) => [d.code, d.path, d.message]);

const BOTTLE: readonly [string, string, string][] = [
  ['primingVolume', 'Priming volume (priming sprays x volume per spray)', '0.5'],
  ['usableVolume', 'Usable volume (bottle - priming)', '4.5'],
  ['spraysAvailable', 'Whole sprays in the usable volume', '45'],
  ['dosesPerBottle', 'Whole doses in the bottle', '22'],
  ['amountInDoses', 'mg in the whole doses', '440'],
  ['daysPerBottle', 'Whole days of full dosing', '11'],
  ['daysPerBottleExact', 'Days of full dosing, not rounded', '11'],
  ['leftoverSprays', 'Sprays left over', '1'],
];

describe('checkPlan finds each changed figure of a nasal spray plan', () => {
  it('the plan as made agrees', () => {
    expect(checkPlan(made.spray)).toEqual({ ok: true });
  });

  it.each(BOTTLE)('bottle.%s: %s, re-calculated as %s', (field, what, value) => {
    const unit = (plan.bottle[field] as Q).unit;
    expect(changed(['bottle', field])).toEqual([
      ['bottle_count_mismatch', `bottle.${field}`, `${what}: the plan states 999 ${unit}, the re-calculation gives ${value} ${unit}.`],
    ]);
  });

  it('mg per spray, the daily dose and sprays a day', () => {
    expect(changed(['mgPerSpray'])).toEqual([
      [
        'spray_amount_mismatch',
        'mgPerSpray',
        'mg per spray (concentration x volume per spray): the plan states 999 mg/{spray}, the re-calculation gives 10 mg/{spray}.',
      ],
    ]);
    expect(changed(['spraysPerDay'])).toEqual([
      [
        'daily_dose_mismatch',
        'spraysPerDay',
        `Sprays a day (sprays per dose x doses a day): the plan states 999 ${(plan['spraysPerDay'] as Q).unit}, the re-calculation gives 4 ${(plan['spraysPerDay'] as Q).unit}.`,
      ],
    ]);
    expect(changed(['dailyDose'])).toEqual([
      [
        'daily_dose_mismatch',
        'dailyDose',
        `Daily dose (dose x doses a day): the plan states 999 ${(plan['dailyDose'] as Q).unit}, the re-calculation gives 40 ${(plan['dailyDose'] as Q).unit}.`,
      ],
    ]);
  });
});

describe('the figures the check starts from', () => {
  // Each echoed input in a unit of the code list that is not the one the nasal plan writes it in.
  const INPUTS: readonly [readonly string[], string, string][] = [
    [['concentration'], 'mg/L', 'mg/mL'],
    [['actuationVolume'], 'L', 'mL'],
    [['dose'], 'ug', 'mg'],
    [['dosesPerDay'], '1', '{dose}/d'],
    [['maxDailyDose'], 'mg', 'mg/d'],
    [['bottle', 'volume'], 'L', 'mL'],
    [['bottle', 'primingActuations'], '1', '{spray}'],
  ];
  it.each(INPUTS)('%s in %s instead of %s: read as nothing, named, and nothing re-derived from it', (at, unit, expected) => {
    const value = at.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, plan as unknown as Record<string, unknown>)['value'];
    expect(restated(at, { unit })).toEqual([
      { code: 'unreadable_quantity', path: at.join('.'), message: `Expected a quantity in ${expected} here.`, planValue: { value, unit }, recomputed: null },
    ]);
  });

  it.each([['actuationVolume'], ['concentration'], ['dosesPerDay']])('%s of zero: nothing to divide by, said once at the volume per spray', (field) => {
    expect(restated([field], { value: '0' })).toEqual([
      {
        code: 'unreadable_quantity',
        path: 'actuationVolume',
        message: 'The concentration, the volume per spray and the doses a day must be above zero to check the plan.',
        planValue: field === 'actuationVolume' ? { value: '0', unit: 'mL' } : plan['actuationVolume'],
        recomputed: null,
      },
    ]);
  });

  it('a dose that is not whole sprays: 25 mg at 10 mg a spray is 2.5 sprays', () => {
    // 25 / 10 = 2.5 sprays (stated 2); nostrils ceil(1.25) = 2 (stated 1), floor(1.25) = 1; 2.5 x 2 = 5
    // sprays a day (stated 4); 25 x 2 = 50 mg a day (stated 40), above the 40 mg maximum; 45 / 2.5 = 18
    // doses (stated 22), no spray left (stated 1), 18 x 25 = 450 mg (stated 440), 18 / 2 = 9 days (11).
    const found = restated(['dose'], { value: '25' });
    expect(found[0]).toEqual({
      code: 'dose_not_whole_sprays',
      path: 'dose',
      message: 'The dose 25 mg is 2.5 sprays of 10 mg, not a whole number.',
      planValue: { value: '25', unit: 'mg' },
      recomputed: null,
    });
    expect(found.map((d) => [d.path, d.recomputed?.value])).toEqual([
      ['dose', undefined],
      ['spraysPerDose', '2.5'],
      ['nostrils.first', '2'],
      ['spraysPerDay', '5'],
      ['dailyDose', '50'],
      ['dailyDose', '50'],
      ['bottle.dosesPerBottle', '18'],
      ['bottle.leftoverSprays', '0'],
      ['bottle.amountInDoses', '450'],
      ['bottle.daysPerBottle', '9'],
      ['bottle.daysPerBottleExact', '9'],
    ]);
    expect(found[1]?.message).toBe('Sprays per dose (dose / mg per spray): the plan states 2 {spray}, the re-calculation gives 2.5 {spray}.');
    expect(found[2]?.message).toBe('Sprays in the first nostril (the larger half): the plan states 1 {spray}, the re-calculation gives 2 {spray}.');
    expect(found[5]).toEqual({
      code: 'daily_dose_above_maximum',
      path: 'dailyDose',
      message: "The daily dose 50 mg is above the prescriber's maximum of 40 mg a day.",
      planValue: plan['dailyDose'],
      recomputed: { value: '50', unit: 'mg/d' },
    });
  });

  it('the nostrils: 2 sprays are 1 and 1; a second nostril stated 2 is named', () => {
    expect(restated(['nostrils', 'second'], { value: '2' })).toEqual([
      {
        code: 'sprays_per_dose_mismatch',
        path: 'nostrils.second',
        message: 'Sprays in the second nostril (the smaller half): the plan states 2 {spray}, the re-calculation gives 1 {spray}.',
        planValue: { value: '2', unit: '{spray}' },
        recomputed: { value: '1', unit: '{spray}' },
      },
    ]);
  });

  it('a daily maximum lowered below the daily dose after planning is named: 40 mg a day against 30', () => {
    expect(restated(['maxDailyDose'], { value: '30' })).toEqual([
      {
        code: 'daily_dose_above_maximum',
        path: 'dailyDose',
        message: "The daily dose 40 mg is above the prescriber's maximum of 30 mg a day.",
        planValue: plan['dailyDose'],
        recomputed: { value: '40', unit: 'mg/d' },
      },
    ]);
  });
});
