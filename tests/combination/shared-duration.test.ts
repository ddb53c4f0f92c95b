// A combination bag and the components' durations. Cohen 2018's ketamine test infusion is 80 mg over
// more than 2 h (the protocol's minimum, src/protocols/ketamine-test-infusion-cohen-2018.ts); Collins
// 2009's magnesium is 70 mg/kg over 4 h (a fixed value, no range). Both at 70 kg in one 250 mL bag of
// 0.9% sodium chloride, the clinician choosing the same duration for both:
//
// - ketamine 80 mg from 50 mg/mL = 1.6 mL; magnesium 70 x 70 = 4,900 mg = 4.9 g from 500 mg/mL = 9.8 mL;
// - withdraw-equal: 250 mL + 1 mL stated overfill - 11.4 mL withdrawn + 11.4 mL drawn = 251 mL final.
//
// Over exactly 2 h: 251 / 2 = 125.5 mL/h exact. To the nearest 1 mL/h that is 126 mL/h, which runs the
// bag in 251 / 126 h = 119.52381 min, under Cohen's 2 h minimum; a single Cohen bag is rounded down
// to 125 mL/h for that reason (251 / 125 h = 2.008 h = 120.48 min), and so must the shared rate be.
import { describe, expect, it } from 'vitest';
import { planCombination, planInfusion } from '../support/untyped.js';

const patient = { weight: { value: 70, unit: 'kg' } };
const preparation = { containerVolume: { value: 250, unit: 'mL' }, overfill: { value: 1, unit: 'mL' } };
const pump = { increment: { value: 1, unit: 'mL/h' } };
const over = (minutes: number) => ({ duration: { value: minutes, unit: 'min' } });
const cohenWithCollins = (minutes: number, acknowledgements: readonly { code: string; reason: string }[] = []) =>
  planCombination({
    patient,
    session: 1,
    components: [
      { protocol: 'ketamine-test-infusion-cohen-2018', dose: over(minutes) },
      { protocol: 'magnesium-crps-collins-2009', dose: over(minutes) },
    ],
    preparation,
    pump,
    acknowledgements,
  });

type Found = { code: string; passed: boolean; agent?: string; message: string };
const failed = (checks: readonly Found[], code: string) => checks.filter((c) => c.code === code && !c.passed).map((c) => [c.agent, c.message]);

describe('the shared rate keeps every minimum duration a single bag keeps', () => {
  it('a single Cohen bag over 2 h runs at 125 mL/h, not 126 (rounded down for the minimum)', () => {
    const r = planInfusion({ patient, session: 1, protocol: 'ketamine-test-infusion-cohen-2018', dose: over(120), preparation, pump });
    if (!r.ok) throw new Error('plans');
    expect(r.plan.pump.segments.map((s) => [s.rate.value, s.duration.value])).toEqual([['125', '120.48']]);
    expect(failed(r.plan.checks, 'rounded_down_for_limit')).toEqual([
      [
        'ketamine',
        'Rounding to the nearest measurable volume or pump increment would have crossed a protocol cap or hard limit, or run the infusion under a minimum duration, so it was rounded down instead.',
      ],
    ]);
  });

  it('Cohen with Collins over 2 h: 125 mL/h for 120.48 min, rounded down and said so', () => {
    const r = cohenWithCollins(120);
    if (!r.ok) throw new Error('plans');
    expect(r.plan.bag.finalVolume).toEqual({ value: '251', unit: 'mL' });
    expect([r.plan.pump.rateExact.value, r.plan.pump.rate.value, r.plan.pump.duration.value]).toEqual(['125.5', '125', '120.48']);
    expect(r.plan.pump.rounding).toEqual({ mode: 'floor', roundedDownForLimit: true });
    // 80 mg x 125 / 251 = 39.840637 mg/h of ketamine (it was 40.159363 at 126 mL/h).
    expect(r.plan.pump.segments[0]?.doses.map((d) => [d.agent, d.doseRate.value])).toEqual([
      ['ketamine', '39.840637'],
      ['magnesium-sulfate', '2.440239'],
    ]);
    expect(failed(r.plan.checks, 'rounded_down_for_limit')).toEqual([
      [
        undefined,
        "Rounding the shared pump rate to the nearest increment would have crossed an agent's cap or hard limit, or run the bag faster than an agent's or protocol's minimum duration, so it was rounded down instead.",
      ],
    ]);
    expect(failed(r.plan.checks, 'duration_below_protocol_range')).toEqual([]);
  });

  it('over 2 h 30 min the exact rate is on the increment: nothing to round, no note', () => {
    // 251 / 2.5 = 100.4 mL/h -> 100 mL/h to the nearest 1 mL/h (rounding down lengthens the run).
    const r = cohenWithCollins(150);
    if (!r.ok) throw new Error('plans');
    expect([r.plan.pump.rate.value, r.plan.pump.rounding.roundedDownForLimit]).toEqual(['100', false]);
    expect(failed(r.plan.checks, 'rounded_down_for_limit')).toEqual([]);
  });
});

describe("a component's duration outside its protocol's range stays named in the combination", () => {
  it('Cohen with Collins over 90 min: ketamine under its 2 h minimum, magnesium off its fixed 4 h', () => {
    const r = cohenWithCollins(90);
    if (!r.ok) throw new Error('plans');
    expect(failed(r.plan.checks, 'duration_below_protocol_range')).toEqual([
      ['ketamine', "The chosen duration is below the protocol's minimum of 2 h; acknowledge with a reason to proceed."],
    ]);
    expect(failed(r.plan.checks, 'duration_differs_from_protocol')).toEqual([
      [
        'magnesium-sulfate',
        'The protocol gives a duration of 4 h and no range; the chosen 1.5 h departs from the regimen its source studied. Acknowledge with a reason to proceed.',
      ],
    ]);
    expect(r.plan.status).toBe('needs-acknowledgement');
  });

  it('acknowledged with a reason, the plan is ready only once every soft finding is', () => {
    const acks = ['compatibility_unknown', 'duration_differs_from_protocol'].map((code) => ({ code, reason: 'pharmacy review' }));
    const without = cohenWithCollins(90, acks);
    if (!without.ok) throw new Error('plans');
    // The ketamine duration under its minimum is not acknowledged: the plan still needs it.
    expect(without.plan.status).toBe('needs-acknowledgement');
    const all = cohenWithCollins(90, [...acks, { code: 'duration_below_protocol_range', reason: 'pharmacy review' }]);
    if (!all.ok) throw new Error('plans');
    expect(all.plan.status).toBe('ready');
  });
});
