/**
 * A protocol's schedule pattern in a catalogue is checked once, when the catalogue is validated:
 * the strict shape (kinds, keys, the citation fields), and twice-weekly day offsets in order.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator } from '../../src/index.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const LOCAL_POLICY = { citation: 'St Elsewhere infusion suite policy (test)', grade: 'hosp', verified: true };

/** The built-in catalogue as JSON, with the pattern of Collins magnesium (protocol 3) changed or removed. */
function codes(mutate: (pattern: Json) => Json | undefined): string[] {
  const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
  const schedule = cat['protocols'][3]['schedule'];
  expect(cat['protocols'][3]['id']).toBe('magnesium-crps-collins-2009');
  const pattern = mutate({ ...schedule['pattern'] });
  if (pattern === undefined) delete schedule['pattern'];
  else schedule['pattern'] = pattern;
  const r = createCalculator(cat);
  return r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join('.')}`);
}

/** Days in place of the pattern's own, its interval and sources kept. */
const days =
  (pattern: Json) =>
  (p: Json): Json => {
    const { minIntervalHours, source, minIntervalSource, openEnded } = p;
    return { ...pattern, minIntervalHours, source, minIntervalSource, openEnded };
  };

const at = 'protocols.3.schedule.pattern';

describe('schedule.pattern in a catalogue', () => {
  it('accepts each kind with its citation', () => {
    expect(codes(days({ kind: 'twice-weekly', weeks: 3, days: [0, 3], everyWeeks: 2 }))).toEqual([]);
    expect(
      codes(
        days({
          kind: 'taper',
          phases: [
            { kind: 'weekly', count: 2 },
            { kind: 'monthly', count: 1, everyMonths: 3 },
          ],
        }),
      ),
    ).toEqual([]);
    expect(codes((p) => ({ ...p, source: LOCAL_POLICY, minIntervalSource: { ...LOCAL_POLICY, grade: 'derived' } }))).toEqual([]);
  });

  it('refuses twice-weekly day offsets out of order, in a taper phase too', () => {
    expect(codes(days({ kind: 'twice-weekly', weeks: 3, days: [3, 0] }))).toEqual([`invalid_pattern@${at}.days`]);
    const taper = {
      kind: 'taper',
      phases: [
        { kind: 'weekly', count: 2 },
        { kind: 'twice-weekly', weeks: 1, days: [4, 4] },
      ],
    };
    expect(codes(days(taper))).toEqual([`invalid_pattern@${at}.phases.1.days`]);
  });

  it('refuses an unknown kind, an unknown key, a missing or fractional interval and a missing source', () => {
    expect(codes((p) => ({ ...p, kind: 'fortnightly' }))).toEqual([`unknown_pattern@${at}.kind`]);
    expect(codes((p) => ({ ...p, colour: 'blue' }))).toEqual([`unknown_key@${at}.colour`]);
    expect(codes(({ minIntervalHours: _h, ...p }) => p)).toEqual([`required@${at}.minIntervalHours`]);
    expect(codes((p) => ({ ...p, minIntervalHours: 23.5 }))).toEqual([`invalid_type@${at}.minIntervalHours`]);
    expect(codes(({ minIntervalSource: _s, ...p }) => p)).toEqual([`required@${at}.minIntervalSource`]);
  });

  it('a protocol without a pattern still validates, as before', () => {
    expect(codes(() => undefined)).toEqual([]);
  });
});
