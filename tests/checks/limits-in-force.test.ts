/**
 * Which catalogue limits are in force and how each is read (src/checks/agent-limits.ts,
 * src/checks/limits.ts, src/checks/patient.ts). Issue 16 item 1: these pin Stryker's survivors of
 * the three files. The limits are written here; every expected value follows by hand from them.
 */
import { describe, expect, it } from 'vitest';
import { type Dec, dec } from '../../src/decimal/index.js';
import type { Limit, Source } from '../../src/catalogue/types.js';
import { agentLimitChecks, limitsForCareArea } from '../../src/checks/agent-limits.js';
import { checkLimit } from '../../src/checks/limits.js';
import { patientChecks } from '../../src/checks/patient.js';
import type { Measure } from '../../src/units/measure.js';

const VERIFIED: Source = { citation: 'test policy', grade: 'hosp', verified: true };
const UNVERIFIED: Source = { citation: 'test policy', grade: 'hosp', verified: false };

const everywhere: Limit = { id: 'k.rate.all', bound: 'upper', severity: 'soft', value: '40', unit: 'mg/h', source: VERIFIED };
const suiteOnly: Limit = { id: 'k.rate.suite', careAreas: ['infusion-suite'], bound: 'upper', severity: 'soft', value: '30', unit: 'mg/h', source: VERIFIED };
const twoAreas: Limit = { id: 'k.rate.two', careAreas: ['icu', 'pacu'], bound: 'upper', severity: 'hard', value: '60', unit: 'mg/h', source: VERIFIED };

describe('limitsForCareArea', () => {
  const all = [everywhere, suiteOnly, twoAreas];

  it('a limit naming care areas applies only in those areas; one naming none applies everywhere', () => {
    expect(limitsForCareArea(all, 'infusion-suite').map((l) => l.id)).toEqual(['k.rate.all', 'k.rate.suite']);
    expect(limitsForCareArea(all, 'pacu').map((l) => l.id)).toEqual(['k.rate.all', 'k.rate.two']);
    expect(limitsForCareArea(all, 'ward').map((l) => l.id)).toEqual(['k.rate.all']);
  });

  it('with no care area given, only the limits for every care area apply', () => {
    expect(limitsForCareArea(all, undefined).map((l) => l.id)).toEqual(['k.rate.all']);
  });
});

describe('agentLimitChecks', () => {
  const sessionLimit: Limit = { id: 'k.session', bound: 'upper', severity: 'hard', value: '500', unit: 'mg', source: UNVERIFIED };
  const unverifiedRate: Limit = { ...everywhere, id: 'k.rate.unverified', source: UNVERIFIED };
  // A dose rate only: the session-dose limit has no value to judge.
  const observed = (): Partial<Record<Measure, Dec>> => ({ 'dose-rate': dec(30) });

  it('a limit whose measure the plan has no value for gives no check and no note', () => {
    expect(agentLimitChecks([sessionLimit], new Set(), observed, 'ketamine', true)).toEqual([]);
  });

  it('an unverified limit is followed by its note, which names the limit', () => {
    // 30 mg/h <= 40 mg/h: passed; then the unverified_data note for the same limit id.
    const checks = agentLimitChecks([sessionLimit, unverifiedRate], new Set(), observed, 'ketamine', true);
    expect(checks.map((c) => [c.code, c.rule, c.passed, c.message])).toEqual([
      ['dose_rate_above_soft_limit', 'k.rate.unverified', true, 'Dose rate is within the soft upper limit of 40 mg/h.'],
      ['unverified_data', 'k.rate.unverified', false, 'The limit k.rate.unverified rests on data the reference marks [UNVERIFIED]'],
    ]);
  });

  it('no note is added when notes are not asked for, nor for a verified limit', () => {
    expect(agentLimitChecks([unverifiedRate], new Set(), observed, 'ketamine', false).map((c) => c.code)).toEqual(['dose_rate_above_soft_limit']);
    expect(agentLimitChecks([everywhere], new Set(), observed, 'ketamine', true).map((c) => c.code)).toEqual(['dose_rate_above_soft_limit']);
  });
});

/** A limit record that is not frozen (as a caller may build one), so a test can change it between calls. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

describe('a limit record that is not frozen is read afresh on each call', () => {
  it('checkLimit: a changed value is the one judged', () => {
    const limit: Mutable<Limit> = { id: 'k.rate.custom', bound: 'upper', severity: 'hard', value: '40', unit: 'mg/h', source: VERIFIED };
    // 45 mg/h > 40 mg/h: fails.
    expect(checkLimit(limit, { 'dose-rate': dec(45) }, 'ketamine')?.passed).toBe(false);
    limit.value = '50';
    // 45 mg/h <= 50 mg/h: passes, and the limit reported is 50 mg/h.
    const again = checkLimit(limit, { 'dose-rate': dec(45) }, 'ketamine');
    expect([again?.passed, again?.limit]).toEqual([true, { value: '50', unit: 'mg/h' }]);
  });

  it('patientChecks: a changed value is the one judged', () => {
    const limit: Mutable<Limit> = { id: 'patient.weight.upper-hard', bound: 'upper', severity: 'hard', value: '300', unit: 'kg', source: VERIFIED };
    // 310 kg > 300 kg: weight_implausible fails.
    expect(patientChecks([limit], { weight: dec(310) }).map((c) => [c.code, c.passed])).toEqual([['weight_implausible', false]]);
    limit.value = '350';
    // 310 kg <= 350 kg: passes, the limit reported is 350 kg.
    expect(patientChecks([limit], { weight: dec(310) }).map((c) => [c.code, c.passed, c.limit])).toEqual([
      ['weight_implausible', true, { value: '350', unit: 'kg' }],
    ]);
  });
});
