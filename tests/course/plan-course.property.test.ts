/**
 * Properties of `planCourse` over arbitrary patterns, start dates and sessions already given:
 * sessions strictly increasing, the count each pattern implies, the weekend rule (never on a
 * weekend, never a shorter interval), interval checks that agree with the dates, robustness on
 * arbitrary JSON, and no mutation of the input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../src/formulary/builtin.js';
import { addDays, daysBetween, isIsoDate, isWeekend } from '../../src/dates/index.js';
import type { PhasePattern, SchedulePattern } from '../../src/course/patterns.js';
import type { CourseResult } from '../../src/course/plan-course.js';
import { planCourse } from '../support/untyped.js';

const SCALE = Math.max(1, Number(process.env['PROPERTY_RUNS_SCALE'] ?? '1') || 1);
const runs = (n: number) => Math.round(n * SCALE);

const protocolId = fc.constantFrom(...BUILTIN_CATALOGUE.protocols.map((p) => p.id));
const date = fc.integer({ min: 0, max: 200 * 365 }).map((n) => addDays('1900-01-01', n));

const twiceWeekly = fc
  .record({
    weeks: fc.integer({ min: 1, max: 8 }),
    a: fc.integer({ min: 0, max: 5 }),
    gap: fc.integer({ min: 1, max: 6 }),
    everyWeeks: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  })
  .map(({ weeks, a, gap, everyWeeks }): PhasePattern => ({
    kind: 'twice-weekly',
    weeks,
    days: [a, Math.min(6, a + gap)] as const,
    ...(everyWeeks !== undefined ? { everyWeeks } : {}),
  }));
const phase: fc.Arbitrary<PhasePattern> = fc.oneof(
  twiceWeekly,
  fc.record({ kind: fc.constant('daily' as const), days: fc.integer({ min: 1, max: 30 }) }),
  fc.record({
    kind: fc.constant('consecutive-days-repeated' as const),
    days: fc.integer({ min: 1, max: 7 }),
    repeats: fc.integer({ min: 1, max: 4 }),
    gapDays: fc.integer({ min: 0, max: 10 }),
  }),
  fc.record({ kind: fc.constant('weekly' as const), count: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('monthly' as const), count: fc.integer({ min: 1, max: 12 }), everyMonths: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('monthly' as const), count: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('every-n-days' as const), n: fc.integer({ min: 1, max: 60 }), count: fc.integer({ min: 1, max: 12 }) }),
);
const pattern: fc.Arbitrary<SchedulePattern> = fc.oneof(
  phase,
  fc.array(phase, { minLength: 1, maxLength: 5 }).map((phases): SchedulePattern => ({ kind: 'taper', phases })),
);

function count(p: SchedulePattern): number {
  switch (p.kind) {
    case 'twice-weekly':
      return 2 * p.weeks;
    case 'daily':
      return p.days;
    case 'consecutive-days-repeated':
      return p.days * p.repeats;
    case 'taper':
      return p.phases.reduce((s, ph) => s + count(ph), 0);
    default:
      return p.count;
  }
}

function gaps(dates: readonly string[]): number[] {
  return dates.slice(1).map((d, i) => daysBetween(dates[i] as string, d));
}

function ok(r: CourseResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.course;
}

describe('planCourse properties', () => {
  it('sessions are strictly increasing, numbered 1..n, as many as the pattern implies', () => {
    fc.assert(
      fc.property(protocolId, date, pattern, fc.boolean(), (protocol, startDate, p, skipWeekends) => {
        const c = ok(planCourse({ protocol, startDate, pattern: p, skipWeekends }));
        expect(c.sessions.length).toBe(count(p));
        expect(c.sessions.map((s) => s.number)).toEqual(c.sessions.map((_, i) => i + 1));
        for (const g of gaps(c.sessions.map((s) => s.date))) expect(g).toBeGreaterThan(0);
        for (const s of c.sessions) expect(isIsoDate(s.date)).toBe(true);
        if (!skipWeekends) expect((c.sessions[0]?.date ?? '') >= startDate).toBe(true);
      }),
      { numRuns: runs(500) },
    );
  });

  it('skipWeekends: no session on a weekend, and no interval shorter than without it', () => {
    fc.assert(
      fc.property(protocolId, date, pattern, (protocol, startDate, p) => {
        const plain = ok(planCourse({ protocol, startDate, pattern: p }));
        const skipped = ok(planCourse({ protocol, startDate, pattern: p, skipWeekends: true }));
        for (const s of skipped.sessions) expect(isWeekend(s.date)).toBe(false);
        const g0 = gaps(plain.sessions.map((s) => s.date));
        const g1 = gaps(skipped.sessions.map((s) => s.date));
        g1.forEach((g, i) => expect(g).toBeGreaterThanOrEqual(g0[i] as number));
        skipped.sessions.forEach((s, i) => {
          const nominal = plain.sessions[i]?.date as string;
          expect(s.date >= nominal).toBe(true);
          expect(s.movedFrom).toBe(s.date === nominal ? undefined : nominal);
        });
      }),
      { numRuns: runs(300) },
    );
  });

  it('the interval checks agree with the dates, sessions already given included', () => {
    fc.assert(
      fc.property(protocolId, date, pattern, fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { maxLength: 5 }), (protocol, startDate, p, back) => {
        const given = [...back].sort((a, b) => b - a).map((n) => addDays(startDate, -n));
        const r = planCourse({ protocol, startDate, pattern: p, sessionsGiven: given });
        if (!r.ok) {
          // Refused only for a same-day pair, which cannot happen with dates before the start.
          throw new Error(JSON.stringify(r.issues));
        }
        const c = r.course;
        const all = [...given, ...c.sessions.map((s) => s.date)];
        const short = all.slice(1).flatMap((d, i) => {
          const h = daysBetween(all[i] as string, d) * 24;
          return h < c.minIntervalHours ? [[all[i], d]] : [];
        });
        const failedPairs = c.checks.filter((x) => x.code === 'interval_below_minimum').map((x) => x.between);
        expect(failedPairs).toEqual(short);
        expect(c.checks.some((x) => x.code === 'interval_at_least_minimum')).toBe(short.length === 0);
      }),
      { numRuns: runs(300) },
    );
  });

  it('never throws, on arbitrary JSON or on near-valid input', () => {
    const nearValid = fc.record(
      {
        protocol: fc.oneof(protocolId, fc.string()),
        startDate: fc.oneof(date, fc.string(), fc.constant('2026-02-29')),
        pattern: fc.oneof(pattern as fc.Arbitrary<unknown>, fc.jsonValue(), fc.record({ kind: fc.string(), count: fc.integer() })),
        sessionsGiven: fc.oneof(fc.array(fc.oneof(date, fc.string())), fc.jsonValue()),
        skipWeekends: fc.oneof(fc.boolean(), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything(), nearValid), (input) => {
        const r = planCourse(input);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) {
          expect(r.issues.length).toBeGreaterThan(0);
          for (const i of r.issues) expect(i.code).toMatch(/^[a-z_]+$/);
        }
      }),
      { numRuns: runs(1000) },
    );
  });

  it('does not mutate its input (a deep-frozen input plans the same as a copy)', () => {
    fc.assert(
      fc.property(protocolId, date, fc.option(pattern, { nil: undefined }), fc.boolean(), (protocol, startDate, p, skipWeekends) => {
        const input = {
          protocol,
          startDate,
          ...(p !== undefined ? { pattern: p } : {}),
          sessionsGiven: [addDays(startDate, -30)],
          skipWeekends,
        };
        const before = structuredClone(input);
        const frozen = structuredClone(input);
        deepFreeze(frozen);
        const a = planCourse(input);
        expect(input).toEqual(before);
        expect(planCourse(frozen)).toEqual(a);
        // The output does not share objects with the input.
        if (a.ok && p !== undefined) expect(a.course.pattern).not.toBe(input.pattern);
      }),
      { numRuns: runs(200) },
    );
  });
});

function deepFreeze(v: unknown): void {
  if (v !== null && typeof v === 'object') {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
}
