/**
 * The cited schedule patterns: one for every built-in protocol, counts that match each protocol's
 * `schedule.sessions`, sources that match the protocol's, and minimum intervals that are marked
 * derived (the reference states none) and that each protocol's own pattern respects.
 */
import fc from 'fast-check';
import { runs } from '../support/runs.js';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../src/formulary/builtin.js';
import { addDays, daysBetween } from '../../src/dates/index.js';
import { citedSchedule, citedSchedules, getsonTaper } from '../../src/course/patterns.js';

const SCHEDULES = citedSchedules();
const GETSON_TAPER = getsonTaper();
import { planCourse } from '../../src/course/plan-course.js';

const protocols = BUILTIN_CATALOGUE.protocols;
const startDate = fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDays('2025-01-01', n));

describe('SCHEDULES', () => {
  it('has a cited pattern for every built-in protocol', () => {
    expect(protocols.filter((p) => citedSchedule(p.id) === undefined).map((p) => p.id)).toEqual([]);
  });
  it('holds only protocol records that exist (built in, or the three records not yet in the catalogue)', () => {
    const extra = Object.keys(SCHEDULES).filter((id) => !protocols.some((p) => p.id === id));
    expect(extra.sort()).toEqual(['alendronate-crps-adami-1997', 'clodronate-crps-varenna-2000', 'neridronate-crps-varenna-2013']);
  });
  it('cites the protocol schedule source, and marks every minimum interval as derived', () => {
    for (const p of protocols) {
      const s = citedSchedule(p.id);
      expect(s?.source.citation, p.id).toBe(p.schedule.source.citation);
      expect(s?.minIntervalSource.grade, p.id).toBe('derived');
      expect(s?.minIntervalSource.note, p.id).toMatch(/^Derived/);
      expect(s?.source.note, p.id).toBeTruthy();
      // A pattern the protocol's source marks unverified is never promoted to verified.
      if (!p.schedule.source.verified) expect(s?.source.verified, p.id).toBe(false);
    }
  });
  it('pins which patterns are interpretations marked verified: false', () => {
    const unverifiedIds = Object.entries(SCHEDULES)
      .filter(([, s]) => !s.source.verified)
      .map(([id]) => id)
      .sort();
    expect(unverifiedIds).toEqual([
      'ketamine-booster-getson',
      'ketamine-depression-sanacora-2017',
      'ketamine-escalation-rema-2012',
      'ketamine-test-infusion-cohen-2018', // inherited: the protocol's source is [UNVERIFIED] (secondary)
      'neridronate-crps-varenna-2013', // inherited: the interval is [UNVERIFIED] in the reference
    ]);
  });
  it("is frozen, and the Getson taper is the booster protocol's pattern", () => {
    expect(Object.isFrozen(SCHEDULES)).toBe(true);
    expect(Object.isFrozen(GETSON_TAPER.pattern.phases[0])).toBe(true);
    expect(SCHEDULES['ketamine-booster-getson']).toBe(GETSON_TAPER);
    // Built once, on the first call (not at import), and the same object from then on.
    expect(citedSchedules()).toBe(SCHEDULES);
  });
  it('the citedSchedule lookup ignores inherited keys', () => {
    expect(citedSchedule('toString')).toBeUndefined();
    expect(citedSchedule('__proto__')).toBeUndefined();
  });
});

describe('each protocol planned with its own pattern', () => {
  it("plans exactly the protocol's session count (unless open-ended), with no soft or hard finding", () => {
    for (const p of protocols) {
      const r = planCourse({ protocol: p.id, startDate: '2026-01-05' });
      expect(r.ok, p.id).toBe(true);
      if (!r.ok) continue;
      const cited = citedSchedule(p.id);
      if (cited?.openEnded !== true) expect(r.course.sessions.length, p.id).toBe(p.schedule.sessions);
      const notes = r.course.checks.filter((c) => !c.passed && c.severity !== 'info');
      expect(notes, p.id).toEqual([]);
    }
  });
  it('respects its own minimum interval from any start date, weekends skipped or not', () => {
    fc.assert(
      fc.property(fc.constantFrom(...protocols.map((p) => p.id)), startDate, fc.boolean(), (id, start, skipWeekends) => {
        const r = planCourse({ protocol: id, startDate: start, skipWeekends });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const min = citedSchedule(id)?.minIntervalHours ?? Number.NaN;
        const d = r.course.sessions.map((s) => s.date);
        for (let i = 1; i < d.length; i++) expect(daysBetween(d[i - 1] as string, d[i] as string) * 24).toBeGreaterThanOrEqual(min);
      }),
      { numRuns: runs(500) },
    );
  });
});
