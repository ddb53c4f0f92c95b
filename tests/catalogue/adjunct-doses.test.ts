// An adjunct's dose in an institution catalogue (src/formulary/validate-adjuncts.ts): one value, or a
// range with both ends. A range with an end left out was shown with 0 for that end (a "1 to 0 mg"
// lorazepam dose nobody stated); it is refused at the door instead, naming the missing end.
import { describe, expect, it } from 'vitest';
import { createCalculator } from '../support/untyped.js';
import { type Json, builtinAsJson as asJson } from '../support/catalogue-json.js';

// Getson's adjuncts: 0 clonidine 0.1 to 0.2 mg, 1 lorazepam 1 to 2 mg; Schwartzman's: 0 midazolam 2 mg.
const GETSON = 'ketamine-booster-getson';
const SCHWARTZMAN = 'ketamine-crps-schwartzman-2009';
const indexOf = (cat: Json, id: string): number => cat['protocols'].findIndex((p: Json) => p['id'] === id);
const issuesAfter = (id: string, change: (adjuncts: Json) => void) => {
  const cat = asJson();
  change(cat['protocols'][indexOf(cat, id)]['adjuncts']);
  const r = createCalculator(cat);
  return { at: ['protocols', indexOf(cat, id), 'adjuncts'], issues: r.ok ? [] : r.issues.map((i) => ({ code: i.code, path: i.path, message: i.message })) };
};

describe('an adjunct dose with no value is a range with both ends', () => {
  it('a range with no max is refused at its max', () => {
    const { at, issues } = issuesAfter(GETSON, (a) => delete a[1]['dose']['max']);
    expect(issues).toEqual([
      {
        code: 'required',
        path: [...at, 1, 'dose', 'max'],
        message: `Protocol ${GETSON}: the dose of adjunct lorazepam gives no value, so it is a range and needs its max.`,
      },
    ]);
  });

  it('a range with no min is refused at its min', () => {
    const { at, issues } = issuesAfter(GETSON, (a) => delete a[0]['dose']['min']);
    expect(issues).toEqual([
      {
        code: 'required',
        path: [...at, 0, 'dose', 'min'],
        message: `Protocol ${GETSON}: the dose of adjunct clonidine gives no value, so it is a range and needs its min.`,
      },
    ]);
  });

  it('a dose of a unit alone is refused at both ends, min first', () => {
    const { at, issues } = issuesAfter(SCHWARTZMAN, (a) => (a[0]['dose'] = { unit: 'mg' }));
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['required', [...at, 0, 'dose', 'min']],
      ['required', [...at, 0, 'dose', 'max']],
    ]);
  });

  it('a value, a full range, or no dose at all (the source gives none) is accepted', () => {
    expect(issuesAfter(SCHWARTZMAN, () => undefined).issues).toEqual([]);
    expect(issuesAfter(GETSON, () => undefined).issues).toEqual([]);
    expect(issuesAfter(SCHWARTZMAN, (a) => delete a[0]['dose']).issues).toEqual([]);
    // A value with one end beside it is still one value: the plan shows the value.
    expect(issuesAfter(SCHWARTZMAN, (a) => (a[0]['dose']['min'] = '1')).issues).toEqual([]);
  });
});
