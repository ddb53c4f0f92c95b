/**
 * Issue 16 item 2: the pump-rounding rule (src/rules/pump-rules.ts) at its edges, on hand-built
 * segments: a rounding of exactly 5% of the ordered rate is within the tolerance, and a zero rate
 * (ordered or set) is the pump-range rule's refusal, not a rounding finding with a percentage of
 * -100% or of a division by zero. These pin decimal-method mutants of that file
 * (proof/decimal-mutants.json). Percent = (rounded - exact) / exact x 100, worked in each comment.
 */
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal/index.js';
import { type RoundedSegment, emptySegmentChecks, pumpRoundingChecks } from '../../src/rules/pump-rules.js';

/** A maintenance segment ordered at `exact` mL/h and set to `rounded` mL/h at a 0.1 mL/h increment. */
const segment = (exact: string, rounded: string, volumeMl = '100', durationH = '10'): RoundedSegment => ({
  kind: 'maintenance',
  rateExact: dec(exact),
  rate: { value: dec(rounded), increment: dec('0.1'), mode: 'halfExpand', roundedDownForLimit: false },
  volumeMl: dec(volumeMl),
  durationH: dec(durationH),
});
const findings = (s: RoundedSegment) => pumpRoundingChecks([s], 'ketamine').map((c) => [c.code, c.severity, c.observed?.value]);
const empty = (s: RoundedSegment) => emptySegmentChecks([s], 'ketamine').map((c) => [c.code, c.severity]);

describe('pump rounding at the 5% tolerance', () => {
  it('exactly 5% either way is within the tolerance: no finding', () => {
    // 2 mL/h set to 2.1: (2.1 - 2) / 2 x 100 = +5%; set to 1.9: (1.9 - 2) / 2 x 100 = -5%.
    expect(findings(segment('2', '2.1'))).toEqual([]);
    expect(findings(segment('2', '1.9'))).toEqual([]);
  });

  it('just over 5% asks for an acknowledgement', () => {
    // 1.9 mL/h set to 2: (2 - 1.9) / 1.9 x 100 = 5.263158% (to 6 places).
    expect(findings(segment('1.9', '2'))).toEqual([['pump_rounding_beyond_tolerance', 'soft', '5.263158']]);
  });
});

describe('twice or half the ordered rate is refused', () => {
  it('exactly half and exactly twice the order are far from it (hard), against a limit of 100%', () => {
    // 2 mL/h set to 1: (1 - 2) / 2 x 100 = -50% (half); set to 4: (4 - 2) / 2 x 100 = +100% (twice).
    expect(findings(segment('2', '1'))).toEqual([['pump_rounding_far_from_order', 'hard', '-50']]);
    expect(findings(segment('2', '4'))).toEqual([['pump_rounding_far_from_order', 'hard', '100']]);
    expect(pumpRoundingChecks([segment('2', '1')])[0]?.limit).toEqual({ value: '100', unit: '%' });
  });
});

describe('a segment that runs for no time or no volume is refused', () => {
  it('0 mL is empty; 1 mL over 0.00001 h (0.0006 min) is not; over 0.000000001 h (0.00000006 min, shown as 0 min) it is', () => {
    // 0.00001 h x 60 = 0.0006 min (shown to 6 places); 0.000000001 h x 60 = 0.00000006 min, shown as 0.
    expect(empty(segment('1', '1', '0', '1'))).toEqual([['pump_segment_empty', 'hard']]);
    expect(empty(segment('1', '1', '1', '0.00001'))).toEqual([]);
    // 0.0000001 h x 60 = 0.000006 min: shown, not empty (as hours, 0.0000001 would show as 0).
    expect(empty(segment('1', '1', '1', '0.0000001'))).toEqual([]);
    expect(empty(segment('1', '1', '1', '0.000000001'))).toEqual([['pump_segment_empty', 'hard']]);
  });
});

describe('a zero rate is left to the pump-range rule', () => {
  it('a rate set to 0 mL/h gets no rounding finding (it would read -100%)', () => {
    // 0.04 mL/h at a 0.1 mL/h increment rounds to 0: (0 - 0.04) / 0.04 x 100 = -100%, but the pump cannot run at 0.
    expect(findings(segment('0.04', '0'))).toEqual([]);
  });

  it('an ordered rate of 0 mL/h gets no rounding finding (the percentage would divide by zero)', () => {
    expect(findings(segment('0', '0.1'))).toEqual([]);
  });
});
