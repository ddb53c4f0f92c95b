// More of the order and the references of an agent's limits and label adjustments
// (src/formulary/validate-limits.ts): a course-long hard limit covers a course-long soft one, soft
// limits are not ordered against each other, and an adjustment may name the catalogue's own
// protocols of its agent. Written from the Stryker survivors of the file.
import { describe, expect, it } from 'vitest';
import { checkLimits, covers } from '../../src/formulary/validate-limits.js';
import { createCalculator } from '../support/untyped.js';
import { type Json, builtinAsJson, calculatorOf } from '../support/catalogue-json.js';
import { limitRecord } from '../support/limit-record.js';

const limit = limitRecord;
const PATH = ['agents', 0, 'limits'];

describe('a hard limit over the whole course', () => {
  const hard = limit('hard', 'upper', 'hard', '250', 'mg', { window: 'course' });

  it('covers a soft limit over the whole course: 300 mg over the course is out of order with 250 mg over the course', () => {
    const soft = limit('soft', 'upper', 'soft', '300', 'mg', { window: 'course' });
    expect(covers(hard, soft)).toBe(true);
    expect(checkLimits([soft, hard], PATH)).toEqual([
      {
        code: 'limits_out_of_order',
        path: [...PATH, 0],
        message: 'Limit soft (upper soft 300 mg) is out of order with hard (upper hard 250 mg).',
      },
    ]);
  });

  it('covers a soft limit over 24 h (a course holds every 24 h of it)', () => {
    const soft = limit('soft', 'upper', 'soft', '300', 'mg', { window: { hours: '24' } });
    expect(covers(hard, soft)).toBe(true);
    expect(checkLimits([soft, hard], PATH).map((i) => i.code)).toEqual(['limits_out_of_order']);
  });
});

describe('soft limits are ordered only against hard ones', () => {
  it('a soft maximum of 30 mg/h in the ICU over a soft maximum of 25 mg/h everywhere is allowed', () => {
    // A care area may warn later than the ward does; only a hard limit bounds a soft one.
    const icu = limit('icu-soft', 'upper', 'soft', '30', 'mg/h', { careAreas: ['icu'] });
    const everywhere = limit('soft', 'upper', 'soft', '25', 'mg/h');
    expect(checkLimits([icu, everywhere], PATH)).toEqual([]);
    // while a hard maximum of 25 mg/h everywhere does bound it (30 > 25)
    expect(checkLimits([icu, { ...everywhere, id: 'hard', severity: 'hard' }], PATH).map((i) => i.code)).toEqual(['limits_out_of_order']);
  });
});

describe('label adjustments of a catalogue', () => {
  const DEX = 'dexmedetomidine-procedural-label';
  const dexIndex = (cat: Json): number => cat['agents'].findIndex((a: Json) => a['id'] === 'dexmedetomidine');
  const loadingIndex = (cat: Json, ai: number): number =>
    (cat['agents'][ai]['adjustments'] as Json[]).findIndex((a) => a['id'] === 'dexmedetomidine.age-over-65.loading');

  it("may name a protocol of the catalogue's own for the agent, one the built-in record does not know", () => {
    const cat = builtinAsJson();
    const own = JSON.parse(JSON.stringify(cat['protocols'].find((p: Json) => p['id'] === DEX))) as Json;
    own['id'] = 'dexmedetomidine-local';
    cat['protocols'].push(own);
    const ai = dexIndex(cat);
    cat['agents'][ai]['adjustments'][loadingIndex(cat, ai)]['protocols'] = ['dexmedetomidine-local'];
    expect(() => calculatorOf(cat)).not.toThrow();
  });

  it('whose quantity is in no unit at all is reported, not thrown on', () => {
    const cat = builtinAsJson();
    const ai = dexIndex(cat);
    const li = loadingIndex(cat, ai);
    cat['agents'][ai]['adjustments'][li]['action']['unit'] = 'furlong';
    const made = createCalculator(cat);
    expect(made.ok ? [] : made.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }))).toEqual([
      {
        code: 'limit_unit_invalid',
        path: ['agents', ai, 'adjustments', li, 'action', 'unit'],
        message: 'Adjustment dexmedetomidine.age-over-65.loading: "furlong" is not a dose per kg unit.',
      },
    ]);
  });
});
