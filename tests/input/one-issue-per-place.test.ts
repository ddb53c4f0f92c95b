// A value of the wrong type, or a required field set to undefined, is reported once, at its place,
// by every door: not again by a check that cannot apply to it (a list's minimum length read as a
// text's length) or as a second code for the same absence.
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, planCombination, planCourse, planNasalSpray, verifyAdministration } from '../support/untyped.js';
import { validateCatalogue } from '../../src/formulary/validate.js';
import { nasalOrderNoPriming } from '../support/orders.js';

type Result = { ok: boolean; issues?: readonly { code: string; path: readonly (string | number)[]; message: string }[] };
const issuesOf = (r: Result) => (r.ok ? [] : (r.issues ?? []).map((i) => [i.code, i.path, i.message]));

const administration = {
  bag: { ingredients: [{ agent: 'ketamine', amount: { value: 100, unit: 'mg' } }], finalVolume: { value: 250, unit: 'mL' } },
  pumpRate: { value: 61.5, unit: 'mL/h' },
  patient: { weight: { value: 82, unit: 'kg' } },
  order: { agent: 'ketamine', doseRate: { value: 0.3, unit: 'mg/kg/h' } },
};

describe('one issue per place', () => {
  it('planCombination: components given as text is one invalid_type, not also "too small"', () => {
    const r = planCombination({ patient: { weight: { value: 70, unit: 'kg' } }, session: 1, components: 'x' });
    expect(issuesOf(r)).toEqual([['invalid_type', ['components'], 'Expected array at components.']]);
  });

  it('planCombination: one component (a list, too short) is still refused for its length', () => {
    const r = planCombination({ patient: { weight: { value: 70, unit: 'kg' } }, session: 1, components: [{ protocol: 'magnesium-crps-collins-2009' }] });
    expect(issuesOf(r).map(([c, p]) => [c, p])).toEqual([['invalid_value', ['components']]]);
  });

  it('planNasalSpray and planCourse: a list given as text is one invalid_type, whatever its length', () => {
    const spray = planNasalSpray({ ...nasalOrderNoPriming(), acknowledgements: 'x' });
    expect(issuesOf(spray).map(([c, p]) => [c, p])).toEqual([['invalid_type', ['acknowledgements']]]);
    // A text of 1,001 characters where a list of at most 1,000 dates goes: wrong type, not also "too big".
    const course = planCourse({ protocol: 'ketamine-clinic-course-2x3', startDate: '2026-03-02', sessionsGiven: 'x'.repeat(1001) });
    expect(issuesOf(course).map(([c, p]) => [c, p])).toEqual([['invalid_type', ['sessionsGiven']]]);
  });

  it('validateCatalogue: protocols given as text is one invalid_type at protocols', () => {
    const r = validateCatalogue({ ...BUILTIN_CATALOGUE, protocols: 'x' });
    expect(issuesOf(r).map(([c, p]) => [c, p])).toEqual([['invalid_type', ['protocols']]]);
  });

  it('verifyAdministration: a required field set to undefined is missing, once, as if left out', () => {
    const left = { ...administration } as Record<string, unknown>;
    delete left['patient'];
    const missing = [['missing', ['patient'], '"patient" is required.']];
    expect(issuesOf(verifyAdministration(left))).toEqual(missing);
    expect(issuesOf(verifyAdministration({ ...administration, patient: undefined }))).toEqual(missing);
    expect(issuesOf(verifyAdministration({ ...administration, bag: { ...administration.bag, finalVolume: undefined } }))).toEqual([
      ['missing', ['bag', 'finalVolume'], '"finalVolume" is required.'],
    ]);
  });

  it('verifyAdministration: an optional field set to undefined reads as left out', () => {
    const withUndefined = verifyAdministration({ ...administration, order: { ...administration.order, concentration: undefined } });
    expect(withUndefined).toEqual(verifyAdministration(administration));
    expect(withUndefined.ok).toBe(true);
  });
});
