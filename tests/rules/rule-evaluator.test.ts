/**
 * Issue 16 item 1 (Stryker's survivors of src/rules/rule.ts): the severities a rule declares for a code
 * (read by the rules page and the combination's union of codes), and the refusal of a failed hard
 * finding that no rule judged. No request reaches either branch: every rule of the tables names each
 * of its codes in its severity map (the RuleSpec type requires it), and every failed hard finding of a
 * plan comes out of `judge`, which records its path. So these call the functions directly.
 */
import { describe, expect, it } from 'vitest';
import { type RefusalPaths, refusalsOf, severitiesOf } from '../../src/rules/rule.js';
import type { Check } from '../../src/types/plan.js';

describe('severitiesOf: the severities a rule declares for one code', () => {
  it('a code the rule cannot emit has none, even where one severity covers all its codes', () => {
    expect(severitiesOf({ codes: ['tenfold_dose'], severity: 'hard' }, 'clearance_band')).toEqual([]);
    expect(severitiesOf({ codes: ['tenfold_dose'], severity: 'hard' }, 'tenfold_dose')).toEqual(['hard']);
  });

  it('a code the severity map leaves out has none; one severity or several are given as a list', () => {
    const rule = {
      codes: ['tenfold_dose', 'tenfold_low_dose', 'clearance_band'],
      severity: { tenfold_dose: 'hard', clearance_band: ['soft', 'hard'] },
    } as const;
    expect(severitiesOf(rule, 'tenfold_low_dose')).toEqual([]);
    expect(severitiesOf(rule, 'tenfold_dose')).toEqual(['hard']);
    expect(severitiesOf(rule, 'clearance_band')).toEqual(['soft', 'hard']);
  });
});

describe('refusalsOf: a failed hard finding with no recorded path is a bug in the caller', () => {
  const finding: Check = { code: 'clearance_band', rule: 'protocol.clearance-bands', severity: 'hard', passed: false, message: 'm' };

  it('throws, naming the code and rule', () => {
    const paths: RefusalPaths = new Map();
    expect(() => refusalsOf([finding], paths)).toThrow(new Error('the hard finding clearance_band (protocol.clearance-bands) was not judged by a rule'));
  });

  it('with its path recorded, the refusal carries it; a soft or passed finding is no refusal', () => {
    const paths: RefusalPaths = new Map([[finding, ['patient', 'creatinine']]]);
    const soft: Check = { ...finding, severity: 'soft' };
    const passed: Check = { ...finding, passed: true };
    expect(refusalsOf([soft, finding, passed], paths)).toEqual([{ ...finding, path: ['patient', 'creatinine'] }]);
  });
});
