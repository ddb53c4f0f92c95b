/**
 * How acknowledgements attach to failed soft findings (src/checks/acknowledge.ts) and how the open
 * findings are counted (src/checks/findings.ts). Issue 16 item 1: these pin Stryker's survivors of
 * the two files. Every expected value follows by hand from the checks written here: which of them
 * failed, with which severity and code.
 */
import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/types/plan.js';
import { acknowledge } from '../../src/checks/acknowledge.js';
import { findingsOf } from '../../src/checks/findings.js';

/** A check with only the fields these rules read. */
function check(code: Check['code'], severity: Check['severity'], passed: boolean, message = `${code} message`): Check {
  return { code, rule: `rule.${code}`, severity, passed, message };
}

const softRate = check('dose_rate_above_soft_limit', 'soft', false, 'Dose rate exceeds the soft upper limit of 0.5 mg/kg/h.');

describe('acknowledge: what an acknowledgement records', () => {
  it('records the reason only when neither "by" nor "at" is given: no key with an undefined value', () => {
    // One failed soft finding, one acknowledgement of its code with a reason alone: the record is
    // exactly { reason } (an absent optional field stays absent, as exactOptionalPropertyTypes asks).
    const { checks, needsAck } = acknowledge([softRate], [{ code: 'dose_rate_above_soft_limit', reason: 'tolerated last session' }]);
    expect(checks).toHaveLength(1);
    expect(checks[0]?.acknowledgement).toStrictEqual({ reason: 'tolerated last session' });
    expect(Object.keys(checks[0]?.acknowledgement ?? {})).toEqual(['reason']);
    expect(needsAck).toBe(false);
  });

  it('records "by" and "at" when given, each without the other', () => {
    const byOnly = acknowledge([softRate], [{ code: 'dose_rate_above_soft_limit', reason: 'r', by: 'Dr A' }]).checks[0]?.acknowledgement;
    expect(byOnly).toStrictEqual({ reason: 'r', by: 'Dr A' });
    const atOnly = acknowledge([softRate], [{ code: 'dose_rate_above_soft_limit', reason: 'r', at: '2026-11-28' }]).checks[0]?.acknowledgement;
    expect(atOnly).toStrictEqual({ reason: 'r', at: '2026-11-28' });
  });

  it('when one code is acknowledged twice, the first acknowledgement is the one recorded', () => {
    // Two acknowledgements of the same code: the first ("first reason", by Dr A) attaches; the second
    // also matches an open finding, so neither is reported unused.
    const { checks } = acknowledge(
      [softRate],
      [
        { code: 'dose_rate_above_soft_limit', reason: 'first reason', by: 'Dr A' },
        { code: 'dose_rate_above_soft_limit', reason: 'second reason', by: 'Dr B' },
      ],
    );
    expect(checks.map((c) => [c.code, c.acknowledgement])).toEqual([['dose_rate_above_soft_limit', { reason: 'first reason', by: 'Dr A' }]]);
  });
});

describe('acknowledge: an acknowledgement that matches no open soft finding', () => {
  const unused = (code: string): Check => ({
    code: 'acknowledgement_unused',
    rule: 'input.acknowledgements',
    severity: 'info',
    passed: false,
    message: `The acknowledgement of "${code}" matches no soft finding in this plan; check the code.`,
  });

  it('is reported, with its rule and message, for the code of a hard finding (a hard finding cannot be acknowledged)', () => {
    const hard = check('dose_rate_above_hard_limit', 'hard', false);
    const { checks, needsAck } = acknowledge([hard], [{ code: 'dose_rate_above_hard_limit', reason: 'please' }]);
    // The hard finding is returned as it was (no acknowledgement), then one unused note.
    expect(checks).toStrictEqual([hard, unused('dose_rate_above_hard_limit')]);
    expect(needsAck).toBe(false);
  });

  it('is reported for the code of a soft check that passed', () => {
    const passedSoft = check('dose_rate_above_soft_limit', 'soft', true);
    const { checks } = acknowledge([passedSoft], [{ code: 'dose_rate_above_soft_limit', reason: 'just in case' }]);
    expect(checks).toStrictEqual([passedSoft, unused('dose_rate_above_soft_limit')]);
  });

  it('is reported for the code of a failed info note', () => {
    const note = check('unverified_data', 'info', false);
    const { checks } = acknowledge([note], [{ code: 'unverified_data', reason: 'seen' }]);
    expect(checks.map((c) => [c.code, c.rule])).toEqual([
      ['unverified_data', 'rule.unverified_data'],
      ['acknowledgement_unused', 'input.acknowledgements'],
    ]);
  });
});

describe('findingsOf: one open finding per code, counted', () => {
  it('two unacknowledged soft findings of one code: count 2, the first message', () => {
    // Two failed soft checks with the same code (two segments, say), neither acknowledged: one open
    // finding, count 1 + 1 = 2, carrying the first check's message.
    const first = check('dose_rate_above_soft_limit', 'soft', false, 'first segment');
    const second = check('dose_rate_above_soft_limit', 'soft', false, 'second segment');
    const other = check('duration_below_soft_limit', 'soft', false, 'short');
    const f = findingsOf([first, second, other]);
    expect(f.needsAcknowledgement).toStrictEqual([
      { code: 'dose_rate_above_soft_limit', message: 'first segment', count: 2 },
      { code: 'duration_below_soft_limit', message: 'short', count: 1 },
    ]);
    expect(f.warnings).toEqual([first, second, other]);
    expect(f.notices).toEqual([]);
  });

  it('three of one code count 3', () => {
    const c = check('session_dose_above_soft_limit', 'soft', false);
    expect(findingsOf([c, c, c]).needsAcknowledgement.map((o) => o.count)).toEqual([3]);
  });
});
