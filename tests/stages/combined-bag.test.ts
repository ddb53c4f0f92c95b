/**
 * Issue 16 item 2: the combined bag's volume and shared rate at their edges, each case worked by
 * hand. These pin decimal-method mutants of src/stages/combined-bag.ts that no other test told apart
 * (proof/decimal-mutants.json): the overfill in the final volume, additives exactly filling a
 * withdraw-equal bag, and the shared rate against a ceiling the exact rate already crosses.
 */
import { describe, expect, it } from 'vitest';
import { type Dec, dec } from '../../src/decimal/index.js';
import { combineBag, sharedRate } from '../../src/stages/combined-bag.js';
import type { ComponentFacts } from '../../src/stages/component-facts.js';
import { planCombination } from '../support/untyped.js';

/** The fields combineBag and sharedRate read, the rest left out (the stage reads no other). */
function facts(o: {
  drawnMl: string;
  nominalMl: string;
  overfillMl?: string;
  additiveVolume: 'add' | 'withdraw-equal';
  amountMg?: string;
  hours?: string;
  ceilings?: string[];
  minHours?: string[];
}): ComponentFacts {
  const prep = {
    additiveVolume: o.additiveVolume,
    diluent: { nominalMl: dec(o.nominalMl), overfillMl: dec(o.overfillMl ?? '0') },
    additive: { drawn: { value: dec(o.drawnMl) } },
  };
  return {
    agent: 'ketamine',
    prep,
    amountMg: dec(o.amountMg ?? '100'),
    durationH: dec(o.hours ?? '1'),
    increment: dec(1),
    rateCeilingsMgH: (o.ceilings ?? []).map((c) => dec(c)),
    minDurationsH: (o.minHours ?? []).map((h) => dec(h)),
  } as unknown as ComponentFacts;
}

const text = (d: Dec): string => d.toFixed();

describe('combineBag', () => {
  it('withdraw-equal additives exactly as large as the bag are not more than the bag', () => {
    // 30 + 20 = 50 mL drawn into a 50 mL bag, withdraw-equal: 50 mL is not more than 50 mL, so the bag
    // is made: withdrawn 50 mL, final 50 + 0 - 50 + 50 = 50 mL. One more tenth of a mL is refused.
    const r = combineBag([
      facts({ drawnMl: '30', nominalMl: '50', additiveVolume: 'withdraw-equal' }),
      facts({ drawnMl: '20', nominalMl: '50', additiveVolume: 'withdraw-equal' }),
    ]);
    expect(r.ok && [text(r.value.withdrawnMl), text(r.value.finalMl)]).toEqual(['50', '50']);
    const over = combineBag([
      facts({ drawnMl: '30.1', nominalMl: '50', additiveVolume: 'withdraw-equal' }),
      facts({ drawnMl: '20', nominalMl: '50', additiveVolume: 'withdraw-equal' }),
    ]);
    expect(over.ok ? 'made' : over.issue.code).toBe('container_too_small');
  });

  it('the overfill adds to the final volume', () => {
    // final mL = 250 + 12 (overfill) - 0 (added, not withdrawn) + 3 + 7 = 272 mL.
    const r = combineBag([
      facts({ drawnMl: '3', nominalMl: '250', overfillMl: '12', additiveVolume: 'add' }),
      facts({ drawnMl: '7', nominalMl: '250', overfillMl: '12', additiveVolume: 'add' }),
    ]);
    expect(r.ok && text(r.value.finalMl)).toBe('272');
  });
});

describe('sharedRate against an agent ceiling', () => {
  // 100 mL over 3.75 h = 26.6667 mL/h exact; the nearest whole mL/h is 27 (above the exact rate).
  // 100 mg in 100 mL is 1 mg/mL, so mg/h = mL/h.
  it('rounds down when the nearest rate would cross a ceiling the exact rate respects', () => {
    // ceiling 26.8 mg/h: exact 26.6667 <= 26.8 and 27 > 26.8, so floor: 26 mL/h, rounded down for the limit.
    const r = sharedRate([facts({ drawnMl: '1', nominalMl: '100', additiveVolume: 'add', hours: '3.75', ceilings: ['26.8'] })], dec(100));
    expect([text(r.rate.value), r.rate.roundedDownForLimit]).toEqual(['26', true]);
  });

  it('rounds to nearest when the exact rate is already above the ceiling (left for the rules to judge)', () => {
    // ceiling 26.5 mg/h: the exact 26.6667 is already above it, so rounding does not create the crossing:
    // nearest 27 mL/h, not rounded down; the agent's limit rule reports the crossing.
    const r = sharedRate([facts({ drawnMl: '1', nominalMl: '100', additiveVolume: 'add', hours: '3.75', ceilings: ['26.5'] })], dec(100));
    expect([text(r.exact.toDecimalPlaces(4)), text(r.rate.value), r.rate.roundedDownForLimit]).toEqual(['26.6667', '27', false]);
    // duration = 100 mL / 27 mL/h = 3.703704 h
    expect(text(r.durationH.toDecimalPlaces(6))).toBe('3.703704');
  });
});

describe('sharedRate against a minimum duration', () => {
  // 100 mL over 3.75 h = 26.6667 mL/h exact, 27 to the nearest whole mL/h: 100 / 27 = 3.703704 h.
  it("rounds down when the nearest rate would run the bag under a component's minimum the exact rate keeps", () => {
    // minimum 3.75 h: the exact rate takes exactly 3.75 h, 27 mL/h would take 3.703704 h, so floor:
    // 26 mL/h, 100 / 26 = 3.846154 h, rounded down for the limit.
    const r = sharedRate([facts({ drawnMl: '1', nominalMl: '100', additiveVolume: 'add', hours: '3.75', minHours: ['3.75'] })], dec(100));
    expect([text(r.rate.value), r.rate.roundedDownForLimit, text(r.durationH.toDecimalPlaces(6))]).toEqual(['26', true, '3.846154']);
  });

  it("reads every component's minimums, not only the first's", () => {
    const r = sharedRate(
      [
        facts({ drawnMl: '1', nominalMl: '100', additiveVolume: 'add', hours: '3.75' }),
        facts({ drawnMl: '1', nominalMl: '100', additiveVolume: 'add', hours: '3.75', minHours: ['3.7'] }),
      ],
      dec(100),
    );
    // 3.703704 h at 27 mL/h is not under 3.7 h: the nearest rate stands.
    expect([text(r.rate.value), r.rate.roundedDownForLimit]).toEqual(['27', false]);
    const under = sharedRate(
      [
        facts({ drawnMl: '1', nominalMl: '100', additiveVolume: 'add', hours: '3.75' }),
        facts({ drawnMl: '1', nominalMl: '100', additiveVolume: 'add', hours: '3.75', minHours: ['3.71'] }),
      ],
      dec(100),
    );
    expect([text(under.rate.value), under.rate.roundedDownForLimit]).toEqual(['26', true]);
  });

  it('keeps the nearest rate when it runs the bag for exactly the minimum', () => {
    // 100 mL over 4.05 h = 24.691358 mL/h exact, 25 to the nearest whole mL/h: 100 / 25 = 4 h, which is
    // the 4 h minimum itself, not under it: 25 mL/h stands.
    const r = sharedRate([facts({ drawnMl: '1', nominalMl: '100', additiveVolume: 'add', hours: '4.05', minHours: ['4'] })], dec(100));
    expect([text(r.rate.value), r.rate.roundedDownForLimit, text(r.durationH)]).toEqual(['25', false, '4']);
  });

  it('rounds to nearest when the exact rate already runs the bag under the minimum (left for the rules to judge)', () => {
    // minimum 4 h: the exact 3.75 h is already under it, so rounding does not create the shortfall.
    const r = sharedRate([facts({ drawnMl: '1', nominalMl: '100', additiveVolume: 'add', hours: '3.75', minHours: ['4'] })], dec(100));
    expect([text(r.rate.value), r.rate.roundedDownForLimit]).toEqual(['27', false]);
  });
});

describe('planCombination with a stated overfill (worked by hand)', () => {
  it('ketamine 0.3 mg/kg/h with magnesium 70 mg/kg, 70 kg, 250 mL bag with 10 mL overfill over 4 h', () => {
    // Ketamine 0.3 x 70 = 21 mg/h x 4 h = 84 mg = 0.84 mL of 100 mg/mL; magnesium 70 x 70 = 4900 mg = 9.8 mL of 500 mg/mL.
    // withdraw-equal: 250 + 10 - 10.64 + 10.64 = 260 mL; 260 / 4 h = 65 mL/h.
    // Ketamine 84 / 260 = 0.323077 mg/mL x 65 = 21 mg/h; magnesium 4900 / 260 = 18.846154 mg/mL x 65 = 1225 mg/h.
    const r = planCombination({
      patient: { weight: { value: 70, unit: 'kg' } },
      session: 1,
      components: [{ protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } }, { protocol: 'magnesium-crps-collins-2009' }],
      preparation: { containerVolume: { value: 250, unit: 'mL' }, overfill: { value: 10, unit: 'mL' } },
      acknowledgements: [{ code: 'compatibility_unknown', reason: 'pharmacy reviewed' }],
    });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    const p = r.plan;
    expect([p.bag.finalVolume.value, p.bag.diluent?.withdrawn.value, p.pump.rate.value]).toEqual(['260', '10.64', '65']);
    expect(p.bag.concentrations.map((c) => c.value.value)).toEqual(['0.323077', '18.846154']);
    expect(p.agents.map((a) => `${a.delivered.doseRate.value} ${a.delivered.doseRate.unit}`)).toEqual(['21 mg/h', '1.225 g/h']);
  });
});
