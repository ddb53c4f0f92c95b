// How checkPlan reads a nasal spray plan's own figures (src/verify/check-plan-nasal.ts): a figure that
// is missing, a number where a decimal string belongs, or a string that is not a plain decimal is
// named and never read as a number; a plain decimal with any number of places is read as written. The
// plan is the nasal order of tests/support/orders.ts, worked by hand there: 10 mg a spray, 2 sprays a
// dose (1 in each nostril), 4 sprays and 40 mg a day; 0.5 mL priming, 4.5 mL usable, 45 sprays,
// 22 whole doses.
import { describe, expect, it } from 'vitest';
import { nasalOrder } from '../support/orders.js';
import { type NasalSprayPlan, checkPlan, planNasalSpray } from '../support/untyped.js';

function planOf(order: unknown): NasalSprayPlan {
  const made = planNasalSpray(order);
  if (!made.ok) throw new Error(JSON.stringify(made.issues));
  return made.spray;
}
const plan = planOf(nasalOrder());

/** checkPlan's whole answer when `edit` has changed a copy of the plan. */
function checkedAfter(edit: (p: Record<string, Record<string, unknown>>) => void) {
  const p = JSON.parse(JSON.stringify(plan)) as Record<string, Record<string, unknown>>;
  edit(p);
  return checkPlan(p as unknown as NasalSprayPlan);
}

describe('a figure the check starts from that is not a quantity in its unit', () => {
  it('no bottle volume at all: named at bottle.volume, nothing re-derived', () => {
    expect(checkedAfter((p) => delete p['bottle']?.['volume'])).toEqual({
      ok: false,
      disagreements: [
        { code: 'unreadable_quantity', path: ['bottle', 'volume'], message: 'Expected a quantity in mL here.', planValue: null, recomputed: null },
      ],
    });
  });

  it.each<[string, unknown]>([
    ['the number 5 (not the string "5")', 5],
    ['"05" (a leading zero)', '05'],
    ['"5 mL" (the unit inside the value)', '5 mL'],
  ])('a bottle volume of %s is not read as 5 mL', (_what, value) => {
    expect(checkedAfter((p) => (p['bottle'] = { ...p['bottle'], volume: { value, unit: 'mL' } }))).toEqual({
      ok: false,
      disagreements: [
        {
          code: 'unreadable_quantity',
          path: ['bottle', 'volume'],
          message: 'Expected a quantity in mL here.',
          planValue: { value, unit: 'mL' },
          recomputed: null,
        },
      ],
    });
  });

  it('a stated figure with a leading zero is not the figure: mg per spray "010" against 10', () => {
    // 100 mg/mL x 0.1 mL = 10 mg a spray; "010" is not how a plan writes 10.
    expect(checkedAfter((p) => (p['mgPerSpray'] = { value: '010', unit: 'mg/{spray}' }))).toEqual({
      ok: false,
      disagreements: [
        {
          code: 'spray_amount_mismatch',
          path: ['mgPerSpray'],
          message: 'mg per spray (concentration x volume per spray): the plan states 010 mg/{spray}, the re-calculation gives 10 mg/{spray}.',
          planValue: { value: '010', unit: 'mg/{spray}' },
          recomputed: { value: '10', unit: 'mg/{spray}' },
        },
      ],
    });
  });
});

describe('a plan with figures of two decimal places', () => {
  it('a 5.25 mL bottle: every figure read and agreed', () => {
    // Priming 5 x 0.1 = 0.5 mL; usable 5.25 - 0.5 = 4.75 mL; 4.75 / 0.1 = 47.5, 47 whole sprays;
    // 47 / 2 = 23.5, 23 whole doses, 47 - 46 = 1 spray left; 23 x 20 = 460 mg; 23 / 2 = 11.5 days, 11 whole.
    const p = planOf({ ...nasalOrder(), bottleVolume: { value: 5.25, unit: 'mL' } });
    const b = p.bottle;
    expect([b.volume, b.usableVolume, b.spraysAvailable.value, b.dosesPerBottle.value, b.daysPerBottleExact.value]).toEqual([
      { value: '5.25', unit: 'mL' },
      { value: '4.75', unit: 'mL' },
      '47',
      '23',
      '11.5',
    ]);
    expect(checkPlan(p)).toEqual({ ok: true });
  });
});

describe('the nostrils and a dose of nothing', () => {
  it('a first nostril stated 2 (of 2 sprays, 1 each side) is a sprays-per-dose disagreement', () => {
    expect(checkedAfter((p) => (p['nostrils'] = { ...p['nostrils'], first: { value: '2', unit: '{spray}' } }))).toEqual({
      ok: false,
      disagreements: [
        {
          code: 'sprays_per_dose_mismatch',
          path: ['nostrils', 'first'],
          message: 'Sprays in the first nostril (the larger half): the plan states 2 {spray}, the re-calculation gives 1 {spray}.',
          planValue: { value: '2', unit: '{spray}' },
          recomputed: { value: '1', unit: '{spray}' },
        },
      ],
    });
  });

  it('a dose of 0 mg: 0 sprays, each figure of the dose named, the bottle counted but not divided into doses of nothing', () => {
    // 0 / 10 = 0 sprays (stated 2); nostrils 0 and 0 (stated 1 and 1); 0 x 2 = 0 sprays and 0 mg a day
    // (stated 4 and 40). The bottle's priming (0.5 mL), usable volume (4.5 mL) and 45 sprays still agree;
    // doses of 0 sprays are not counted, so no bottle figure past the sprays is re-derived.
    const r = checkedAfter((p) => (p['dose'] = { value: '0', unit: 'mg' }));
    expect(r.ok ? [] : r.disagreements.map((d) => [d.code, d.path.join('.'), d.planValue?.value, d.recomputed?.value])).toEqual([
      ['sprays_per_dose_mismatch', 'spraysPerDose', '2', '0'],
      ['sprays_per_dose_mismatch', 'nostrils.first', '1', '0'],
      ['sprays_per_dose_mismatch', 'nostrils.second', '1', '0'],
      ['daily_dose_mismatch', 'spraysPerDay', '4', '0'],
      ['daily_dose_mismatch', 'dailyDose', '40', '0'],
    ]);
  });
});
