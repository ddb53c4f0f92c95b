/**
 * Issue 16 item 1 (Stryker's survivors of src/rules/pump-rules.ts): the pump findings with their rule
 * ids, agent and texts, word for word, built by hand from the templates in that file:
 * - the rounding finding names "segment <n> (<kind>) is set to <rate> mL/h for an ordered <exact> mL/h
 *   (<+ when above><percent>% of the ordered dose rate) at a pump increment of <increment> mL/h", with
 *   percent = (rounded - exact) / exact x 100; soft beyond 5%, hard at twice or half the order;
 * - pump_segment_empty names each empty segment ("segment <n> (<kind>)", comma-separated), or "the plan"
 *   when there is no segment at all.
 * A single agent's finding names the agent; a combination's shared rate names none (no `agent` key).
 */
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal/index.js';
import { type RoundedSegment, emptySegmentChecks, pumpRoundingChecks } from '../../src/rules/pump-rules.js';
import { type PlanResult, planCombination, planInfusion } from '../support/untyped.js';

/** Ketamine 0.1 mg/kg/h for 70 kg over the clinic course's 4 h: 7 mg/h, 28 mg, in a bag of `ml` mL, pump increment 1 mL/h. */
const ketamine = (ml: number) =>
  planInfusion({
    patient: { weight: { value: 70, unit: 'kg' } },
    protocol: 'ketamine-clinic-course-2x3',
    session: 1,
    dose: { rate: { value: 0.1, unit: 'mg/kg/h' } },
    preparation: { containerVolume: { value: ml, unit: 'mL' } },
    pump: { increment: { value: 1, unit: 'mL/h' } },
  });
const rounding = (r: PlanResult) => (r.ok ? r.plan.checks : r.issues).filter((c) => c.code.startsWith('pump_rounding'));
const SOFT_TAIL = '. Use a finer increment or another concentration, or acknowledge with a reason.';

describe('the pump-rounding finding of a single agent: rule, agent and text', () => {
  it('2.5 mL/h set to 3 mL/h (+20%): soft, with a "+" before the percentage', () => {
    // 28 mg in 10 mL = 2.8 mg/mL; 7 mg/h / 2.8 mg/mL = 2.5 mL/h -> 3 mL/h; (3 - 2.5) / 2.5 x 100 = +20%.
    expect(rounding(ketamine(10)).map((c) => [c.code, c.rule, c.agent, c.message])).toEqual([
      [
        'pump_rounding_beyond_tolerance',
        'pump.rounding',
        'ketamine',
        'Rounding the pump rate changes the delivered dose rate by more than 5%: segment 1 (maintenance) is set to 3 mL/h for an ordered 2.5 mL/h (+20% of the ordered dose rate) at a pump increment of 1 mL/h' +
          SOFT_TAIL,
      ],
    ]);
  });

  it('1.4 mL/h set to 1 mL/h (-28.571429%): the minus sign alone, nothing added before it', () => {
    // 28 mg in 5.6 mL = 5 mg/mL; 7 / 5 = 1.4 mL/h -> 1 mL/h; (1 - 1.4) / 1.4 x 100 = -28.5714285...% -> -28.571429.
    expect(rounding(ketamine(5.6)).map((c) => c.message)).toEqual([
      'Rounding the pump rate changes the delivered dose rate by more than 5%: segment 1 (maintenance) is set to 1 mL/h for an ordered 1.4 mL/h (-28.571429% of the ordered dose rate) at a pump increment of 1 mL/h' +
        SOFT_TAIL,
    ]);
  });

  it('0.5 mL/h set to 1 mL/h (twice the order): refused, with the hard text', () => {
    // 28 mg in 2 mL = 14 mg/mL; 7 / 14 = 0.5 mL/h -> 1 mL/h = 2 x the order: (1 - 0.5) / 0.5 x 100 = +100%.
    const r = ketamine(2);
    expect(r.ok).toBe(false);
    expect(rounding(r).map((c) => [c.code, c.rule, c.agent, c.message])).toEqual([
      [
        'pump_rounding_far_from_order',
        'pump.rounding',
        'ketamine',
        'Rounding the pump rate cannot come close to the order: segment 1 (maintenance) is set to 1 mL/h for an ordered 0.5 mL/h (+100% of the ordered dose rate) at a pump increment of 1 mL/h, twice the order or more, or half or less. Use a pump with a finer rate increment, or a more dilute bag.',
      ],
    ]);
  });
});

describe("a combination's shared rate: the finding names no agent", () => {
  it('ketamine with magnesium over 9 h in 50 mL (withdraw-equal): 5.555556 mL/h -> 6 mL/h, +8%, no agent key', () => {
    // 50 mL / 9 h = 5.5556 mL/h -> 6 mL/h at 1 mL/h; (6 - 50/9) / (50/9) = 54/50 - 1 = +8% (soft).
    const r = planCombination({
      patient: { weight: { value: 70, unit: 'kg' } },
      session: 1,
      components: [
        { protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' }, duration: { value: 9, unit: 'h' } } },
        { protocol: 'magnesium-crps-collins-2009', dose: { duration: { value: 9, unit: 'h' } } },
      ],
      preparation: { containerVolume: { value: 50, unit: 'mL' }, additiveVolume: 'withdraw-equal' },
      pump: { increment: { value: 1, unit: 'mL/h' } },
      acknowledgements: ['compatibility_unknown', 'duration_differs_from_protocol'].map((code) => ({ code, reason: 'reviewed by pharmacy' })),
    });
    const found = r.ok ? r.plan.checks.filter((c) => c.code === 'pump_rounding_beyond_tolerance') : [];
    expect(found.map((c) => [c.rule, c.observed, Object.keys(c).includes('agent')])).toEqual([['pump.rounding', { value: '8', unit: '%' }, false]]);
  });
});

describe('an empty segment: rule, agent and which segment', () => {
  it('dexmedetomidine maintenance of 1e-10 h: segment 2 (after the loading dose) is named, refused', () => {
    // 1e-10 h x 60 = 0.000000006 min, shown as 0 min: the maintenance (segment 2) is empty; the 10 min loading is not.
    const r = planInfusion({
      patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male', ageYears: 50 },
      protocol: 'dexmedetomidine-procedural-label',
      session: 1,
      dose: { duration: { value: '0.0000000001', unit: 'h' } },
    });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.rule, i.agent, i.message])).toEqual([
      [
        'pump_segment_empty',
        'pump.segments',
        'dexmedetomidine',
        "segment 2 (maintenance) would run for 0 min or infuse 0 mL at the pump's resolution, so the order cannot be given as planned; check the duration and its unit (a duration such as 1e-10 h is a slip).",
      ],
    ]);
  });

  // Called directly: every plan's pump program has at least one segment, and no request we know of empties
  // two segments at once (a loading dose runs over its own stated minutes), so these branches are reached
  // only here.
  const seg = (kind: RoundedSegment['kind'], volumeMl: string, durationH: string, exact = '1', rounded = '1'): RoundedSegment => ({
    kind,
    rateExact: dec(exact),
    rate: { value: dec(rounded), increment: dec('0.1'), mode: 'halfExpand', roundedDownForLimit: false },
    volumeMl: dec(volumeMl),
    durationH: dec(durationH),
  });
  const TAIL =
    " would run for 0 min or infuse 0 mL at the pump's resolution, so the order cannot be given as planned; check the duration and its unit (a duration such as 1e-10 h is a slip).";

  it('two empty segments are both named, comma-separated', () => {
    expect(emptySegmentChecks([seg('loading', '0', '1'), seg('maintenance', '0', '1')], 'ketamine').map((c) => c.message)).toEqual([
      `segment 1 (loading), segment 2 (maintenance)${TAIL}`,
    ]);
  });

  it('no segment at all is refused as "the plan"', () => {
    expect(emptySegmentChecks([]).map((c) => [c.code, c.severity, c.message])).toEqual([['pump_segment_empty', 'hard', `the plan${TAIL}`]]);
  });

  it("a loading dose's rounding is not judged (its dose is set by its volume); the same rounding on a maintenance is", () => {
    // 2.5 mL/h set to 3 mL/h: +20%, beyond 5%. Called directly: no request we found gives a loading segment
    // whose rounding moves it by more than 5% (dexmedetomidine's 1 mcg/kg for 70 kg is 17.5 mL of 4 mcg/mL
    // over 10 min = 105 mL/h, where a step of at most 1 mL/h moves it by under 1%).
    expect(pumpRoundingChecks([seg('loading', '10', '1', '2.5', '3')], 'ketamine')).toEqual([]);
    expect(pumpRoundingChecks([seg('maintenance', '10', '1', '2.5', '3')], 'ketamine').map((c) => c.code)).toEqual(['pump_rounding_beyond_tolerance']);
  });
});
