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

/** The disagreements when one figure is stated as 999. */
function changed(at: readonly string[]) {
  const p = JSON.parse(JSON.stringify(plan)) as Record<string, unknown>;
  const q = at.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, p) as unknown as Q;
  q.value = '999';
  const r = checkPlan(p as unknown as NasalSprayPlan);
  return r.ok ? [] : r.disagreements.map((d) => [d.code, d.path.join('.'), d.message]);
}

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
