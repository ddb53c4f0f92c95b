// Finding codes are a closed set: CHECK_CODES lists each once, the generated limit and patient codes
// are all there, and every code a real plan, combination, course or nasal spray carries is in it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_CATALOGUE,
  CHECK_CODES,
  ISSUE_CODES,
  planCombination,
  planCourse,
  planInfusion,
  planNasalSpray,
  verifyAdministration,
} from '../support/untyped.js';
import { validateCatalogue } from '../../src/formulary/validate.js';
import { nasalOrderNoPriming } from '../support/orders.js';

describe('CHECK_CODES', () => {
  it('lists each code once and cannot be changed', () => {
    expect(new Set(CHECK_CODES).size).toBe(CHECK_CODES.length);
    expect(Object.isFrozen(CHECK_CODES)).toBe(true);
  });

  it('holds the 24 limit codes (6 measures x above/below x soft/hard) and the 7 patient codes', () => {
    // 6 x 2 x 2 = 24; weight, height, age x implausible, unusual = 6, and patient_not_adult.
    expect(CHECK_CODES.filter((c) => c.endsWith('_limit') && /_(above|below)_(soft|hard)_limit$/.test(c) && !c.startsWith('nasal_'))).toHaveLength(24);
    expect(CHECK_CODES).toEqual(
      expect.arrayContaining(['dose_rate_per_kg_above_soft_limit', 'session_dose_below_hard_limit', 'weight_unusual', 'age_implausible', 'patient_not_adult']),
    );
  });

  it('contains every code the planners produce across the catalogue', () => {
    const seen = new Set<string>();
    const note = (checks: readonly { code: string }[]) => checks.forEach((c) => seen.add(c.code));
    for (const p of BUILTIN_CATALOGUE.protocols) {
      for (const kg of [30, 70, 150]) {
        const r = planInfusion({
          patient: {
            weight: { value: kg, unit: 'kg' },
            height: { value: 170, unit: 'cm' },
            sex: 'female',
            ageYears: 70,
            creatinine: { value: 1, unit: 'mg/dL' },
          },
          protocol: p.id,
          session: 12,
          dose: p.rate?.value === undefined && p.rate ? { rate: { value: p.rate.max ?? p.rate.min ?? '1', unit: p.rate.unit } } : {},
          preparation: p.preparation.containerVolume === undefined ? { containerVolume: { value: 250, unit: 'mL' } } : {},
        });
        if (r.ok) note(r.plan.checks);
        else note(r.issues.filter((i) => CHECK_CODES.includes(i.code as never)) as { code: string }[]);
      }
    }
    const combo = planCombination({
      patient: { weight: { value: 70, unit: 'kg' } },
      session: 1,
      components: [{ protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } }, { protocol: 'magnesium-crps-collins-2009' }],
      preparation: { containerVolume: { value: 250, unit: 'mL' } },
    });
    if (combo.ok) note(combo.plan.checks);
    const course = planCourse({ protocol: 'ketamine-clinic-course-2x3', startDate: '2026-01-31' });
    if (course.ok) note(course.course.checks);
    const spray = planNasalSpray(nasalOrderNoPriming());
    if (spray.ok) note(spray.spray.checks);
    const unknown = [...seen].filter((c) => !CHECK_CODES.includes(c as never));
    expect(unknown).toEqual([]);
    // The sweep reaches many codes, not only a handful.
    expect(seen.size).toBeGreaterThan(25);
  });
});

describe('ISSUE_CODES', () => {
  it('lists each code once, holds every finding code, and cannot be changed', () => {
    expect(new Set(ISSUE_CODES).size).toBe(ISSUE_CODES.length);
    expect(Object.isFrozen(ISSUE_CODES)).toBe(true);
    expect(CHECK_CODES.every((c) => ISSUE_CODES.includes(c))).toBe(true);
  });

  it('contains every code returned for hostile and near-valid input at every door', () => {
    const good = { patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 };
    const hostile = fc.oneof(fc.jsonValue(), fc.constantFrom(Number.NaN, -1, 0, 1e21, '1e3', '0x10', '', 'mg/kg/hr', null, [], {}));
    const keys = ['patient', 'protocol', 'session', 'dose', 'preparation', 'pump', 'history', 'date', 'careArea', 'acknowledgements'];
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.constantFrom(...keys), hostile, (key, value) => {
        const results = [
          planInfusion({ ...good, [key]: value }),
          planCombination({ patient: good.patient, session: 1, components: [{ protocol: 'x' }, value] }),
          planCourse({ protocol: good.protocol, startDate: value }),
          planNasalSpray({ concentration: value }),
          verifyAdministration({ bag: value }),
          validateCatalogue({ ...BUILTIN_CATALOGUE, [key === 'patient' ? 'agents' : 'protocols']: value }),
        ];
        for (const r of results) if (!r.ok) r.issues.forEach((i) => seen.add(i.code));
      }),
      { numRuns: 300, seed: 20261128 },
    );
    expect([...seen].filter((c) => !ISSUE_CODES.includes(c as never))).toEqual([]);
    expect(seen.size).toBeGreaterThanOrEqual(8);
  });
});
