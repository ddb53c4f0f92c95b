// The order of an agent's limits (src/formulary/validate-limits.ts), which catalogue validation
// enforces on an institution's own limits: a soft limit sits inside every hard limit in force
// wherever it is, and a lower limit below an upper one on the same footing. Each footing field
// (care areas, protocols, condition, segment, window) is changed alone. Written from the Stryker
// survivors of the file; the values are chosen so the order is plain by eye (25 and 30 mg/h).
import { describe, expect, it } from 'vitest';
import type { Limit } from '../../src/catalogue/types.js';
import { checkLimits, covers } from '../../src/formulary/validate-limits.js';
import { limitRecord } from '../support/limit-record.js';

const limit = limitRecord;
const PATH = ['agents', 0, 'limits'];
const outOfOrder = (i: number, a: Limit, b: Limit) => ({
  code: 'limits_out_of_order',
  path: [...PATH, i],
  message: `Limit ${a.id} (${a.bound} ${a.severity} ${a.value} ${a.unit}) is out of order with ${b.id} (${b.bound} ${b.severity} ${b.value} ${b.unit}).`,
});

describe('a soft upper limit inside the hard one', () => {
  it('30 mg/h soft over a 25 mg/h hard limit is out of order; 25 on 25 is not', () => {
    const soft = limit('soft', 'upper', 'soft', '30');
    const hard = limit('hard', 'upper', 'hard', '25');
    expect(checkLimits([soft, hard], PATH)).toEqual([outOfOrder(0, soft, hard)]);
    expect(checkLimits([limit('soft', 'upper', 'soft', '25'), hard], PATH)).toEqual([]);
  });

  it('in another unit of the same measure: 30,000 mcg/h = 30 mg/h is still over 25 mg/h', () => {
    const soft = limit('soft', 'upper', 'soft', '30000', 'ug/h');
    const hard = limit('hard', 'upper', 'hard', '25');
    expect(checkLimits([soft, hard], PATH)).toEqual([outOfOrder(0, soft, hard)]);
  });

  it('a per-kg rate and a rate measure different things and are not ordered', () => {
    expect(checkLimits([limit('soft', 'upper', 'soft', '30', 'mg/kg/h'), limit('hard', 'upper', 'hard', '25')], PATH)).toEqual([]);
  });

  it('a unit that is no dose, rate, concentration or duration is reported and left out of the order', () => {
    const bad = limit('bad', 'upper', 'soft', '30', 'furlong');
    expect(checkLimits([bad, limit('hard', 'upper', 'hard', '25')], PATH)).toEqual([
      { code: 'limit_unit_invalid', path: [...PATH, 0, 'unit'], message: 'Limit bad: "furlong" is not a dose, dose-rate, concentration or duration unit.' },
    ]);
  });
});

describe('a soft lower limit inside the hard one, and lower below upper', () => {
  it('a soft minimum of 0.1 under a hard minimum of 0.2 mg/h is out of order; 0.3 is not', () => {
    const soft = limit('soft-min', 'lower', 'soft', '0.1');
    const hard = limit('hard-min', 'lower', 'hard', '0.2');
    expect(checkLimits([soft, hard], PATH)).toEqual([outOfOrder(0, soft, hard)]);
    expect(checkLimits([limit('soft-min', 'lower', 'soft', '0.3'), hard], PATH)).toEqual([]);
  });

  it('a minimum of 5 mg/h over a maximum of 4 mg/h on the same footing is out of order', () => {
    const lower = limit('min', 'lower', 'soft', '5');
    const upper = limit('max', 'upper', 'soft', '4');
    expect(checkLimits([upper, lower], PATH)).toEqual([outOfOrder(1, lower, upper)]);
    expect(checkLimits([upper, limit('min', 'lower', 'soft', '4')], PATH)).toEqual([]);
  });

  // Each field of the footing changed alone: the minimum and maximum then apply to different
  // sessions, patients, places or segments, and are not compared.
  const FOOTINGS: readonly [string, Partial<Limit>][] = [
    ['a window of 24 h', { window: { hours: '24' } }],
    ['the whole course', { window: 'course' }],
    ['a condition', { condition: 'renal-impairment' }],
    ['care areas', { careAreas: ['icu'] }],
    ['protocols', { protocols: ['some-protocol'] }],
    ['maintenance only', { appliesTo: 'maintenance' }],
  ];
  it.each(FOOTINGS)('the maximum on %s alone is not compared with the minimum', (_what, more) => {
    expect(checkLimits([limit('max', 'upper', 'soft', '4', 'mg/h', more), limit('min', 'lower', 'soft', '5')], PATH)).toEqual([]);
    // on the same footing both ways, they are
    const lower = limit('min', 'lower', 'soft', '5', 'mg/h', more);
    const upper = limit('max', 'upper', 'soft', '4', 'mg/h', more);
    expect(checkLimits([upper, lower], PATH)).toEqual([outOfOrder(1, lower, upper)]);
  });
});

describe('covers: a hard limit is in force wherever the soft one is', () => {
  const soft = (more: Partial<Limit> = {}) => limit('soft', 'upper', 'soft', '30', 'mg/h', more);
  const hard = (more: Partial<Limit> = {}) => limit('hard', 'upper', 'hard', '25', 'mg/h', more);
  const CASES: readonly [string, Partial<Limit>, Partial<Limit>, boolean][] = [
    ['everywhere covers one care area', {}, { careAreas: ['icu'] }, true],
    ['one care area does not cover everywhere', { careAreas: ['icu'] }, {}, false],
    ['two care areas cover one of them', { careAreas: ['icu', 'ward'] }, { careAreas: ['icu'] }, true],
    ['one care area does not cover two', { careAreas: ['icu'] }, { careAreas: ['icu', 'ward'] }, false],
    ['all protocols cover one', {}, { protocols: ['a'] }, true],
    ['one protocol does not cover all', { protocols: ['a'] }, {}, false],
    ['two protocols cover one of them', { protocols: ['a', 'b'] }, { protocols: ['a'] }, true],
    ['one protocol does not cover two', { protocols: ['a'] }, { protocols: ['a', 'b'] }, false],
    ['all patients cover a condition', {}, { condition: 'renal-impairment' }, true],
    ['a condition does not cover all patients', { condition: 'renal-impairment' }, {}, false],
    ['every segment covers maintenance', {}, { appliesTo: 'maintenance' }, true],
    ['maintenance does not cover every segment', { appliesTo: 'maintenance' }, {}, false],
    ['a course covers a session', { window: 'course' }, {}, true],
    ['24 h covers 12 h', { window: { hours: '24' } }, { window: { hours: '12' } }, true],
    ['12 h does not cover 24 h', { window: { hours: '12' } }, { window: { hours: '24' } }, false],
    ['a session does not cover 24 h', {}, { window: { hours: '24' } }, false],
    ['24 h does not cover a course', { window: { hours: '24' } }, { window: 'course' }, false],
    ['24 h covers a session', { window: { hours: '24' } }, {}, true],
  ];
  it.each(CASES)('%s', (_what, h, s, expected) => {
    expect(covers(hard(h), soft(s))).toBe(expected);
    // and the order is enforced exactly when it covers
    expect(checkLimits([soft(s), hard(h)], PATH).length).toBe(expected ? 1 : 0);
  });

  it('lower limits compare only on the same window', () => {
    const lowerHard = (more: Partial<Limit>) => limit('hard-min', 'lower', 'hard', '0.2', 'mg/h', more);
    const lowerSoft = limit('soft-min', 'lower', 'soft', '0.1');
    expect(covers(lowerHard({}), lowerSoft)).toBe(true);
    expect(covers(lowerHard({ window: { hours: '24' } }), lowerSoft)).toBe(false);
    expect(covers(lowerHard({ window: 'course' }), lowerSoft)).toBe(false);
  });
});
