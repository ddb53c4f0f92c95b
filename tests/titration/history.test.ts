/**
 * parseHistory: one bad thing per case, asserting the exact issue codes and paths. Also: a valid
 * history parses to exact values, the input is not mutated, and nothing throws on junk.
 */
import fc from 'fast-check';
import { runs } from '../support/runs.js';
import { describe, expect, it } from 'vitest';
import { parseHistory } from '../../src/schema/history.js';
import { isIsoDate } from '../../src/dates/index.js';

type Path = readonly (string | number)[];

const entry = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  date: '2026-03-02',
  protocol: 'ketamine-escalation-rema-2012',
  session: 1,
  given: { rate: { value: '0.2', unit: 'mg/kg/h' } },
  pain: { before: 7, after: 6 },
  completed: true,
  ...over,
});

function codes(raw: unknown, prefix?: Path): (readonly [string, Path])[] {
  const r = prefix === undefined ? parseHistory(raw) : parseHistory(raw, prefix);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.issues.map((i) => [i.code, i.path] as const);
}

describe('parseHistory: valid input', () => {
  it('parses a two-session history exactly, oldest first', () => {
    const r = parseHistory([
      entry(),
      entry({
        date: '2026-03-03',
        session: 2,
        given: { rate: { value: 0.4, unit: 'mg/kg/h' }, total: { value: '112', unit: 'mg' } },
        pain: { before: '7', after: '6.5' },
        reliefPercent: 10,
        adverseEvents: [{ kind: 'nausea', severity: 'mild' }],
        completed: false,
        stoppedReason: 'IV line tissued',
      }),
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toHaveLength(2);
    const [a, b] = r.value;
    expect(a?.adverseEvents).toEqual([]);
    expect(a?.given.rate?.value.toFixed()).toBe('0.2');
    expect(a?.given.rate?.unit).toEqual({ mass: 'mg', perKg: true, per: 'h' });
    expect(b?.given.total?.value.toFixed()).toBe('112');
    expect(b?.pain?.after.toFixed()).toBe('6.5');
    expect(b?.reliefPercent?.toFixed()).toBe('10');
    expect(b?.stoppedReason).toBe('IV line tissued');
    expect(b?.completed).toBe(false);
  });
  it('accepts an empty history, leap days and pain at the ends of the scale', () => {
    expect(parseHistory([])).toEqual({ ok: true, value: [] });
    const r = parseHistory([entry({ date: '2024-02-29', pain: { before: 10, after: 0 }, reliefPercent: 100 })]);
    expect(r.ok).toBe(true);
  });
  it('accepts an incomplete session with nothing given', () => {
    const r = parseHistory([entry({ given: {}, completed: false, stoppedReason: 'hypertension before start' })]);
    expect(r.ok).toBe(true);
  });
  it('does not mutate its input', () => {
    const raw = [entry(), entry({ date: '2026-03-03', session: 2 })];
    const copy = structuredClone(raw);
    parseHistory(raw);
    expect(raw).toEqual(copy);
  });
});

describe('parseHistory: coded issues', () => {
  const cases: { name: string; raw: unknown; expected: (readonly [string, Path])[] }[] = [
    { name: 'a date that is not on the calendar', raw: [entry({ date: '2026-02-30' })], expected: [['invalid_date', ['history', 0, 'date']]] },
    { name: 'month 13', raw: [entry({ date: '2026-13-01' })], expected: [['invalid_date', ['history', 0, 'date']]] },
    { name: '29 February in a common year', raw: [entry({ date: '2025-02-29' })], expected: [['invalid_date', ['history', 0, 'date']]] },
    { name: 'a date with a clock time', raw: [entry({ date: '2026-03-02T10:00:00Z' })], expected: [['invalid_date', ['history', 0, 'date']]] },
    { name: 'a date in another format', raw: [entry({ date: '02/03/2026' })], expected: [['invalid_date', ['history', 0, 'date']]] },
    { name: 'pain 11', raw: [entry({ pain: { before: 11, after: 6 } })], expected: [['pain_out_of_range', ['history', 0, 'pain', 'before']]] },
    { name: 'negative pain', raw: [entry({ pain: { before: 7, after: -1 } })], expected: [['pain_out_of_range', ['history', 0, 'pain', 'after']]] },
    { name: 'relief over 100%', raw: [entry({ reliefPercent: '100.5' })], expected: [['relief_out_of_range', ['history', 0, 'reliefPercent']]] },
    { name: 'an unknown key', raw: [entry({ mood: 'good' })], expected: [['unknown_key', ['history', 0, 'mood']]] },
    {
      name: 'an unknown key inside given',
      raw: [entry({ given: { rate: { value: '0.2', unit: 'mg/kg/h' }, bolus: { value: 5, unit: 'mg' } } })],
      expected: [['unknown_key', ['history', 0, 'given', 'bolus']]],
    },
    {
      name: 'dates out of order',
      raw: [entry({ date: '2026-03-03' }), entry({ date: '2026-03-02', session: 2 })],
      expected: [['history_out_of_order', ['history', 1, 'date']]],
    },
    {
      name: 'two sessions on the same date',
      raw: [entry(), entry({ session: 2 })],
      expected: [['history_out_of_order', ['history', 1, 'date']]],
    },
    {
      name: 'a NaN dose',
      raw: [entry({ given: { rate: { value: Number.NaN, unit: 'mg/kg/h' } } })],
      expected: [['not_a_number', ['history', 0, 'given', 'rate', 'value']]],
    },
    {
      name: 'an Infinity dose',
      raw: [entry({ given: { rate: { value: Number.POSITIVE_INFINITY, unit: 'mg/kg/h' } } })],
      expected: [['not_finite', ['history', 0, 'given', 'rate', 'value']]],
    },
    {
      name: 'an exponent string dose',
      raw: [entry({ given: { rate: { value: '2e-1', unit: 'mg/kg/h' } } })],
      expected: [['not_plain_decimal', ['history', 0, 'given', 'rate', 'value']]],
    },
    {
      name: 'a zero dose',
      raw: [entry({ given: { rate: { value: 0, unit: 'mg/kg/h' } } })],
      expected: [['not_positive', ['history', 0, 'given', 'rate', 'value']]],
    },
    {
      name: 'an unknown dose unit',
      raw: [entry({ given: { rate: { value: '0.2', unit: 'mg/kg/hr' } } })],
      expected: [['unknown_unit', ['history', 0, 'given', 'rate', 'unit']]],
    },
    { name: 'session 0', raw: [entry({ session: 0 })], expected: [['invalid_session', ['history', 0, 'session']]] },
    { name: 'session 1.5', raw: [entry({ session: 1.5 })], expected: [['invalid_session', ['history', 0, 'session']]] },
    { name: 'a missing date', raw: [entry({ date: undefined })], expected: [['required', ['history', 0, 'date']]] },
    { name: 'a missing completed flag', raw: [entry({ completed: undefined })], expected: [['required', ['history', 0, 'completed']]] },
    { name: 'a completed session that records nothing given', raw: [entry({ given: {} })], expected: [['required', ['history', 0, 'given']]] },
    {
      name: 'an unknown severity',
      raw: [entry({ adverseEvents: [{ kind: 'nausea', severity: 'life-threatening' }] })],
      expected: [['invalid_value', ['history', 0, 'adverseEvents', 0, 'severity']]],
    },
    {
      name: 'a blank adverse-event kind',
      raw: [entry({ adverseEvents: [{ kind: ' ', severity: 'mild' }] })],
      expected: [['invalid_value', ['history', 0, 'adverseEvents', 0, 'kind']]],
    },
    { name: 'not an array', raw: { date: '2026-03-02' }, expected: [['invalid_type', ['history']]] },
    {
      name: "one protocol twice among one bag's entries at one date (A, B, A)",
      raw: [entry(), entry({ protocol: 'magnesium-crps-collins-2009' }), entry({ session: 2 })],
      expected: [['history_out_of_order', ['history', 2, 'date']]],
    },
    {
      name: 'a date-only entry and a timed one on the same day, under different protocols (not the same date text)',
      raw: [entry(), entry({ date: '2026-03-02T09:30', protocol: 'magnesium-crps-collins-2009' })],
      expected: [['history_out_of_order', ['history', 1, 'date']]],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(codes(c.raw)).toEqual(c.expected);
    });
  }

  it("one combination bag's agents at the very same date, one entry each under its own protocol, parse (issue 14 item 3)", () => {
    const bag = [
      entry({ date: '2026-03-02T09:30' }),
      entry({ date: '2026-03-02T09:30', protocol: 'magnesium-crps-collins-2009', given: { total: { value: '2.8', unit: 'g' } } }),
      entry({ date: '2026-03-04', session: 2 }),
    ];
    const r = parseHistory(bag);
    expect(r.ok ? r.value.map((e) => [e.date, e.protocol]) : r.issues).toEqual([
      ['2026-03-02T09:30', 'ketamine-escalation-rema-2012'],
      ['2026-03-02T09:30', 'magnesium-crps-collins-2009'],
      ['2026-03-04', 'ketamine-escalation-rema-2012'],
    ]);
  });

  it("reports every problem across entries, under the caller's path prefix", () => {
    const got = codes(
      [entry({ date: '2026-02-30', pain: { before: 11, after: 2 } }), entry({ date: '2026-03-04', session: 2, extra: 1 })],
      ['request', 'history'],
    );
    expect(got).toEqual([
      ['invalid_date', ['request', 'history', 0, 'date']],
      ['pain_out_of_range', ['request', 'history', 0, 'pain', 'before']],
      ['unknown_key', ['request', 'history', 1, 'extra']],
    ]);
  });

  it('checks the order of real dates even when an entry fails elsewhere', () => {
    const got = codes([entry({ date: '2026-03-05', pain: { before: 11, after: 2 } }), entry({ date: '2026-03-04', session: 2 })]);
    expect(got).toEqual([
      ['pain_out_of_range', ['history', 0, 'pain', 'before']],
      ['history_out_of_order', ['history', 1, 'date']],
    ]);
  });
});

// History dates are checked by the dates module's isIsoDate (via isSessionTime).
describe('isIsoDate, as history dates use it', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-05', false],
  ])('%s -> %s', (s, ok) => {
    expect(isIsoDate(s)).toBe(ok);
  });
});

describe('parseHistory never throws', () => {
  it('on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const r = parseHistory(raw);
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: runs(500) },
    );
  });
  it('on arrays of entry-like objects', () => {
    const loose = fc.record(
      {
        date: fc.oneof(fc.string(), fc.constantFrom('2026-03-02', '2026-02-30', '2026-03-03')),
        protocol: fc.string(),
        session: fc.oneof(fc.integer(), fc.double(), fc.string()),
        given: fc.record({ rate: fc.record({ value: fc.oneof(fc.double(), fc.string()), unit: fc.string() }) }, { requiredKeys: [] }),
        pain: fc.record({ before: fc.anything(), after: fc.anything() }),
        reliefPercent: fc.anything(),
        completed: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(loose, { maxLength: 5 }), (raw) => {
        parseHistory(raw);
      }),
      { numRuns: runs(500) },
    );
  });
});
