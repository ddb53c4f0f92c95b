/**
 * planCourse against a catalogue other than the built-in one: the protocol, its schedule pattern
 * and the sessions planned for totals all come from the catalogue passed in, as for planInfusion.
 * Custom catalogues are made as tests/catalogue/custom.test.ts makes them: the built-in one as JSON,
 * changed, then validated by createCalculator. Every expected value is worked by hand in a comment.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, type Catalogue, type CourseResult, createCalculator, planCourse } from '../../src/index.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const asJson = (): Json => JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
const protocolIn = (cat: Json, id: string): Json => cat['protocols'].find((p: Json) => p['id'] === id);

const LOCAL_POLICY = { citation: 'St Elsewhere infusion suite policy (test)', grade: 'hosp', verified: true };

/** Validates catalogue JSON into a catalogue, or fails the test with the codes. */
function catalogueOf(cat: Json): Catalogue {
  const r = createCalculator(cat);
  if (!r.ok) throw new Error(`catalogue refused: ${r.issues.map((i) => `${i.code}@${i.path.join('.')}`).join(', ')}`);
  return r.calculator.catalogue;
}

function codesAt(r: CourseResult): string[] {
  return r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join('.')}`);
}

/** The built-in catalogue renamed, with a local magnesium protocol: 50 mg/kg every 3 days, 3 infusions. */
function stElsewhere(): Json {
  const cat = asJson();
  cat['id'] = 'st-elsewhere';
  cat['version'] = '2026.2';
  const collins = protocolIn(cat, 'magnesium-crps-collins-2009');
  cat['protocols'].push({
    ...collins,
    id: 'st-elsewhere-magnesium-q3d',
    name: 'Local magnesium, 50 mg/kg every 3 days x 3',
    total: { ...collins['total'], value: '50', usual: '50' },
    schedule: {
      sessions: 3,
      description: 'Every 3 days, 3 infusions',
      source: LOCAL_POLICY,
      pattern: {
        kind: 'every-n-days',
        n: 3,
        count: 3,
        minIntervalHours: 72,
        source: { ...LOCAL_POLICY, note: 'Every 3 days x 3.' },
        minIntervalSource: { ...LOCAL_POLICY, grade: 'derived', note: 'Derived: every 3 days puts sessions 72 h apart.' },
        openEnded: false,
      },
    },
  });
  return cat;
}

describe('planCourse(input, catalogue)', () => {
  it("plans an institution protocol from its own record's pattern and records the catalogue", () => {
    const catalogue = catalogueOf(stElsewhere());
    const r = planCourse({ protocol: 'st-elsewhere-magnesium-q3d', startDate: '2026-03-02' }, catalogue);
    expect(r.ok, JSON.stringify(codesAt(r))).toBe(true);
    if (!r.ok) return;
    // every-n-days, n 3, count 3 from Monday 2026-03-02: day 0, 3, 6 = 03-02 (Mon), 03-05 (Thu), 03-08 (Sun).
    expect(r.course.sessions.map((s) => `${s.date} ${s.weekday}`)).toEqual(['2026-03-02 Monday', '2026-03-05 Thursday', '2026-03-08 Sunday']);
    expect(r.course.pattern).toEqual({ kind: 'every-n-days', n: 3, count: 3 });
    expect(r.course.patternFrom).toBe('protocol');
    // 2 intervals of 3 days x 24 h = 72 h each, not below the record's 72 h.
    expect(r.course.minIntervalHours).toBe(72);
    expect(r.course.checks.map((c) => c.code)).toEqual(['interval_at_least_minimum', 'course_length_matches_protocol']);
    expect(r.course.checks[0]?.message).toBe('All 2 intervals between consecutive sessions are at least 72 h.');
    expect(r.course.catalogue).toEqual({ id: 'st-elsewhere', version: '2026.2' });
  });

  it('the default catalogue does not know the institution protocol', () => {
    const r = planCourse({ protocol: 'st-elsewhere-magnesium-q3d', startDate: '2026-03-02' });
    expect(codesAt(r)).toEqual(['unknown_protocol@protocol']);
    expect(r.ok ? '' : r.issues[0]?.message).toContain('infusion-dose/builtin');
  });

  it('plans each session for the totals against the same catalogue', () => {
    const catalogue = catalogueOf(stElsewhere());
    const r = planCourse(
      { protocol: 'st-elsewhere-magnesium-q3d', startDate: '2026-03-02', infusion: { patient: { weight: { value: 70, unit: 'kg' } } } },
      catalogue,
    );
    expect(r.ok, JSON.stringify(codesAt(r))).toBe(true);
    if (!r.ok) return;
    // 50 mg/kg x 70 kg = 3500 mg = 3.5 g a session (7 mL of 500 mg/mL); 3 sessions x 3.5 g = 10.5 g.
    expect(r.course.totals?.perSession.map((s) => `${s.number} ${s.date} ${s.dose.value} ${s.dose.unit}`)).toEqual([
      '1 2026-03-02 3.5 g',
      '2 2026-03-05 3.5 g',
      '3 2026-03-08 3.5 g',
    ]);
    expect(r.course.totals?.course).toEqual({ value: '10.5', unit: 'g' });
    expect(r.course.checks.at(-1)?.code).toBe('course_total');
  });

  it("reads a built-in protocol's pattern from the catalogue passed, not from the built-in record", () => {
    const cat = asJson();
    const sch = protocolIn(cat, 'ketamine-crps-schwartzman-2009');
    sch['schedule'] = {
      ...sch['schedule'],
      sessions: 5,
      pattern: { ...sch['schedule']['pattern'], kind: 'every-n-days', n: 2, count: 5, minIntervalHours: 48 },
    };
    delete sch['schedule']['pattern']['days'];
    const input = { protocol: 'ketamine-crps-schwartzman-2009', startDate: '2026-02-02' };

    const custom = planCourse(input, catalogueOf(cat));
    expect(custom.ok, JSON.stringify(codesAt(custom))).toBe(true);
    if (!custom.ok) return;
    // every-n-days, n 2, count 5 from 2026-02-02: day 0, 2, 4, 6, 8 = 02-02, 02-04, 02-06, 02-08, 02-10.
    expect(custom.course.sessions.map((s) => s.date)).toEqual(['2026-02-02', '2026-02-04', '2026-02-06', '2026-02-08', '2026-02-10']);
    expect(custom.course.minIntervalHours).toBe(48);
    expect(custom.course.checks.find((c) => c.rule === 'course.length')?.code).toBe('course_length_matches_protocol');

    // The built-in record: daily x 10 from 2026-02-02 = 02-02 to 02-11, 24 h apart.
    const builtin = planCourse(input);
    expect(builtin.ok && [builtin.course.sessions.length, builtin.course.sessions.at(-1)?.date, builtin.course.minIntervalHours]).toEqual([
      10,
      '2026-02-11',
      24,
    ]);
  });

  it('the built-in catalogue read back from JSON plans every protocol exactly as the default', () => {
    const copy = catalogueOf(asJson());
    for (const p of BUILTIN_CATALOGUE.protocols) {
      const input = { protocol: p.id, startDate: '2026-01-31', skipWeekends: true };
      expect(planCourse(input, copy), p.id).toEqual(planCourse(input));
    }
  });
});

describe('an institution protocol without a pattern', () => {
  const fixture = (): unknown => JSON.parse(readFileSync(new URL('../fixtures/institution-formulary.json', import.meta.url), 'utf8')) as unknown;

  it('still validates and plans a session, but its course is refused with no_schedule_pattern', () => {
    const made = createCalculator(fixture());
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    const catalogue = made.calculator.catalogue;
    // 60 mg/kg x 70 kg = 4200 mg = 8.4 mL of 500 mg/mL (as tests/catalogue/custom.test.ts).
    const session = made.calculator.planInfusion({ patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'st-elsewhere-magnesium-60', session: 1 });
    expect(session.ok && session.plan.bag.additives[0]?.volume.value).toBe('8.4');

    const course = planCourse({ protocol: 'st-elsewhere-magnesium-60', startDate: '2026-03-02' }, catalogue);
    expect(codesAt(course)).toEqual(['no_schedule_pattern@protocol']);
    expect(course.ok ? '' : course.issues[0]?.message).toBe(
      'Protocol "st-elsewhere-magnesium-60" has no cited schedule pattern or minimum interval; add one before planning its course.',
    );
    // An input pattern does not stand in for it: the minimum interval is still unknown.
    const withPattern = planCourse({ protocol: 'st-elsewhere-magnesium-60', startDate: '2026-03-02', pattern: { kind: 'daily', days: 5 } }, catalogue);
    expect(codesAt(withPattern)).toEqual(['no_schedule_pattern@protocol']);
  });
});
