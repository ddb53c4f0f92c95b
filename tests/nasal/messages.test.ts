// What a nasal spray plan says, word for word where a pharmacist reads it: the limit findings and
// their reasons, the unsourced-value notes, the refusals with the whole-spray doses either side, the
// concentration units the door refuses, and what the plan carries over from the order. Written from
// the Stryker survivors of src/nasal (strings and conditions no test read). The order is the valid
// one of tests/support/orders.ts: 100 mg/mL x 0.1 mL = 10 mg a spray, 20 mg = 2 sprays, twice a day,
// 40 mg/d maximum, 5 mL bottle, 5 priming sprays.
import { describe, expect, it } from 'vitest';
import { NASAL_NOTES, NASAL_UNSOURCED } from '../../src/nasal/data.js';
import type { Check, Issue } from '../../src/index.js';
import { nasalOrder } from '../support/orders.js';
import { planNasalSpray } from '../support/untyped.js';

/** The reason a value has no source, from the cited data record (src/nasal/data.ts). */
const why = (input: string): string => {
  const record = NASAL_UNSOURCED.find((u) => u.input === input);
  if (record === undefined) throw new Error(`no unsourced record for ${input}`);
  return record.why;
};

const planOf = (change: object) => {
  const r = planNasalSpray({ ...nasalOrder(), ...change });
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.issues)}`);
  return r.spray;
};
const issuesOf = (change: object): readonly Issue[] => {
  const r = planNasalSpray({ ...nasalOrder(), ...change });
  return r.ok ? [] : r.issues;
};
const checkOf = (checks: readonly Check[], code: string): Check => {
  const c = checks.find((x) => x.code === code);
  if (c === undefined) throw new Error(`no ${code} check`);
  return c;
};

describe('the unsourced values say why they have no default', () => {
  it('a missing actuation volume is refused with the reason of its own record', () => {
    const { actuationVolume: _omit, ...order } = nasalOrder();
    const r = planNasalSpray(order);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.issues).toEqual([
      {
        code: 'actuation_volume_required',
        path: ['actuationVolume'],
        message: `Give the volume one actuation of the dispensed pump delivers, in mL; there is no default. ${why('actuationVolume')}`,
        expected: 'mL',
      },
    ]);
    // the record meant, not the first one: the pharmacy label or pump specification is named
    expect(why('actuationVolume')).toContain('pharmacy label or the pump specification');
  });

  it('no priming stated: an info finding, not passed, that says the bottle counts are the most it can give', () => {
    const c = checkOf(planOf({ primingActuations: undefined }).checks, 'priming_not_stated');
    expect(c).toMatchObject({ rule: 'input.primingActuations', severity: 'info', passed: false });
    expect(c.message).toBe(
      `No priming actuations were given, so none are counted and the bottle counts below are the most it can give. ${why('primingActuations')}`,
    );
    expect(why('primingActuations')).toContain('Normally priming is 5 to 6 times');
    // stated: no such finding
    expect(planOf({}).checks.some((x) => x.code === 'priming_not_stated')).toBe(false);
  });

  it("the daily total within the prescriber's maximum: 20 mg x 2 = 40 mg/d against 40 mg/d", () => {
    const c = checkOf(planOf({}).checks, 'daily_dose_above_prescriber_limit');
    expect(c).toMatchObject({
      rule: 'input.maxDailyDose',
      severity: 'hard',
      passed: true,
      agent: 'ketamine',
      observed: { value: '40', unit: 'mg/d' },
      limit: { value: '40', unit: 'mg/d' },
    });
    expect(c.message).toBe(`The daily total is within the prescriber's maximum of 40 mg/d. ${why('maxDailyDose')}`);
    expect(why('maxDailyDose')).toContain('The prescriber states the ceiling');
  });

  it('the daily total above it is refused, saying what to lower: 20 mg x 3 = 60 mg/d > 40 mg/d', () => {
    const [issue, ...rest] = issuesOf({ dosesPerDay: 3 });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'daily_dose_above_prescriber_limit', path: ['dosesPerDay'] });
    expect(issue?.message).toBe(
      `The daily total (dose x doses per day) exceeds the prescriber's maximum of 40 mg/d; lower the dose or the doses per day. ${why('maxDailyDose')}`,
    );
  });
});

describe('the per-dose limits (soft 50 mg, hard 100 mg, src/nasal/data.ts)', () => {
  it('within both: each says which limit it is within', () => {
    const checks = planOf({}).checks;
    expect(checkOf(checks, 'nasal_dose_above_soft_limit')).toMatchObject({ agent: 'ketamine', severity: 'soft', passed: true });
    expect(checkOf(checks, 'nasal_dose_above_hard_limit')).toMatchObject({ agent: 'ketamine', severity: 'hard', passed: true });
    expect(checkOf(checks, 'nasal_dose_above_soft_limit').message).toBe('The dose is within the soft limit of 50 mg per administration.');
    expect(checkOf(checks, 'nasal_dose_above_hard_limit').message).toBe('The dose is within the hard limit of 100 mg per administration.');
  });

  it('above the soft limit: 60 mg = 6 sprays, acknowledge with a reason', () => {
    const c = checkOf(
      planOf({ dose: { value: 60, unit: 'mg' }, dosesPerDay: 1, maxDailyDose: { value: 60, unit: 'mg' } }).checks,
      'nasal_dose_above_soft_limit',
    );
    expect(c.passed).toBe(false);
    expect(c.message).toBe(
      'The dose exceeds 50 mg per administration, the highest single intranasal racemic dose in the trials found; acknowledge with a reason to proceed.',
    );
  });

  it('above the hard limit: 110 mg = 11 sprays, refused and says it cannot be overridden', () => {
    const issues = issuesOf({ dose: { value: 110, unit: 'mg' }, dosesPerDay: 1, maxDailyDose: { value: 200, unit: 'mg' } });
    expect(issues.map((i) => i.code)).toEqual(['nasal_dose_above_hard_limit']);
    expect(issues[0]?.message).toBe(
      'The dose exceeds 100 mg per administration, the dose of the only repeated intranasal trial, which was stopped for poor tolerability; this cannot be overridden.',
    );
  });
});

describe('refusals a pharmacist acts on', () => {
  it('not whole sprays: 20 mg at 150 mg/mL x 0.1 mL = 15 mg a spray is 20 / 15 = 1.333333 sprays', () => {
    const [issue] = issuesOf({ concentration: { value: 150, unit: 'mg/mL' } });
    expect(issue?.message).toBe(
      '20 mg is 1.333333 sprays of 15 mg; a pump gives whole sprays only. Nearest whole-spray doses: 15 mg (1 spray) or 30 mg (2 sprays). Choose one, or change the concentration.',
    );
    expect(issue?.['mgPerSpray']).toEqual({ value: '15', unit: 'mg/{spray}' });
  });

  it('a bottle too small: 0.5 mL - 5 priming x 0.1 mL = 0 mL, 0 sprays against the 2 a dose needs', () => {
    const [issue] = issuesOf({ bottleVolume: { value: 0.5, unit: 'mL' } });
    expect(issue).toEqual({
      code: 'bottle_too_small_for_one_dose',
      path: ['bottleVolume', 'value'],
      message: 'After priming, the bottle gives 0 whole sprays, fewer than the 2 one dose needs. Dispense a larger bottle.',
      observed: { value: '0', unit: '{spray}' },
      limit: { value: '2', unit: '{spray}' },
    });
  });
});

describe('concentration units: mass/volume, nothing else', () => {
  const unitIssue = (unit: string) => ({
    code: 'unknown_unit',
    path: ['concentration', 'unit'],
    message: `"${unit}" is not a concentration unit; use mg/mL (a 15% w/v solution is 150 mg/mL).`,
    expected: 'mg/mL',
    received: `"${unit}"`,
  });
  // a mass alone, three parts, an amount that is not a mass, a mass over a mass
  it.each(['mg', 'mg/mL/h', 'mol/mL', 'mg/kg'])('%s is refused', (unit) => {
    expect(issuesOf({ concentration: { value: 100, unit } })).toEqual([unitIssue(unit)]);
  });

  it('a bad unit and a bad value are both reported, each at its own path', () => {
    const issues = issuesOf({ concentration: { value: 0, unit: 'mg' } });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_unit', ['concentration', 'unit']],
      ['not_positive', ['concentration', 'value']],
    ]);
  });

  it('g/L reads as mg/mL: 100 g/L = 100,000 mg / 1,000 mL = 100 mg/mL', () => {
    expect(planOf({ concentration: { value: 100, unit: 'g/L' } }).concentration).toEqual({ value: '100', unit: 'mg/mL' });
  });

  it('a concentration of zero in mg/mL is refused at its value, and nothing is worked from it', () => {
    expect(issuesOf({ concentration: { value: 0, unit: 'mg/mL' } }).map((i) => [i.code, i.path])).toEqual([['not_positive', ['concentration', 'value']]]);
  });

  it('a maximum daily dose of zero is refused at its value', () => {
    expect(issuesOf({ maxDailyDose: { value: 0, unit: 'mg' } }).map((i) => [i.code, i.path])).toEqual([['not_positive', ['maxDailyDose', 'value']]]);
  });
});

describe('what the plan carries over', () => {
  it('the agent, the acknowledgements as given (copies) and every note with its source', () => {
    const acknowledgements = [{ code: 'no_such_code', reason: 'reviewed by the pharmacist' }];
    const plan = planOf({ acknowledgements });
    expect(plan.agent).toEqual({ id: 'ketamine', name: 'Ketamine hydrochloride (racemic), compounded nasal spray', route: 'nasal' });
    expect(plan.acknowledgements).toEqual(acknowledgements);
    expect(plan.acknowledgements[0]).not.toBe(acknowledgements[0]);
    expect(plan.notes).toEqual(NASAL_NOTES.map((n) => ({ kind: n.kind, text: n.text, source: n.source })));
    expect(plan.notes.length).toBeGreaterThan(0);
  });
});
