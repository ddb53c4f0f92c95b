// Course totals: each session planned at its own number and date, summed (worked by hand).
import { describe, expect, it } from 'vitest';
import { planCourse } from '../../src/index.js';

describe('course totals', () => {
  it('Collins magnesium at 70 kg: 5 daily sessions of 4.9 g = 24.5 g', () => {
    // 70 mg/kg x 70 kg = 4900 mg = 9.8 mL of 500 mg/mL each day; 5 x 4.9 g = 24.5 g.
    const r = planCourse({
      protocol: 'magnesium-crps-collins-2009',
      startDate: '2026-02-02',
      infusion: { patient: { weight: { value: 70, unit: 'kg' } } },
    });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    expect(r.course.totals?.perSession.map((s) => `${s.date} ${s.dose.value} ${s.dose.unit}`)).toEqual([
      '2026-02-02 4.9 g',
      '2026-02-03 4.9 g',
      '2026-02-04 4.9 g',
      '2026-02-05 4.9 g',
      '2026-02-06 4.9 g',
    ]);
    expect(r.course.totals?.course).toEqual({ value: '24.5', unit: 'g' });
  });

  it('Schwartzman at 82 kg: 10 sessions capped at 100 mg = 1000 mg', () => {
    // 0.35 x 82 = 28.7 mg/h > 25 mg/h cap: 25 x 4 = 100 mg a session; 10 x 100 = 1000 mg.
    const r = planCourse({
      protocol: 'ketamine-crps-schwartzman-2009',
      startDate: '2026-02-02',
      infusion: { patient: { weight: { value: 82, unit: 'kg' } } },
    });
    expect(r.ok && r.course.totals?.course).toEqual({ value: '1000', unit: 'mg' });
  });

  it("passes a session's issues on with the session number", () => {
    const r = planCourse({ protocol: 'ketamine-clinic-course-2x3', startDate: '2026-02-02', infusion: { patient: { weight: { value: 82, unit: 'kg' } } } });
    expect(r.ok ? [] : [...new Set(r.issues.map((i) => `${i.code}@${i.path.join('.')}`))]).toEqual(['dose_required@infusion.dose.rate']);
  });
});
