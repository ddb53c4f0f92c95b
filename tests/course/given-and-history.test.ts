// A course's totals count a session already given (sessionsGiven) from the infusion history when the
// history records it for this protocol on that date, with its dose; otherwise it is a session of
// unknown dose, which a windowed limit cannot sum (src/course/totals.ts). Collins magnesium, 70 kg,
// with renal impairment: its 48 h limit counts the session given on 2026-03-02 for the sessions planned
// from 2026-03-03.
import { describe, expect, it } from 'vitest';
import { planCourse } from '../support/untyped.js';

const course = (historyProtocol: string) =>
  planCourse({
    protocol: 'magnesium-crps-collins-2009',
    startDate: '2026-03-03',
    sessionsGiven: ['2026-03-02'],
    infusion: {
      patient: { weight: { value: 70, unit: 'kg' }, risks: ['renal-impairment'] },
      history: [{ protocol: historyProtocol, session: 1, date: '2026-03-02T09:00', given: { total: { value: 4.9, unit: 'g' } }, completed: true }],
    },
  });

describe('a session given, and the history', () => {
  it('recorded in the history for this protocol at a time of day on that date: counted with its dose', () => {
    const r = course('magnesium-crps-collins-2009');
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual([]);
    expect(r.ok && r.course.totals?.perSession.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it("another protocol's entry on that date does not stand for it: its dose is unknown, and the 48 h windows of sessions 1 and 2 are refused", () => {
    const r = course('magnesium-phn-brill-2002');
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.session, i.path.join('.')])).toEqual([
      ['cumulative_dose_unknown', 1, 'infusion.history'],
      ['cumulative_dose_unknown', 1, 'infusion.history'],
      ['cumulative_dose_unknown', 2, 'infusion.history'],
    ]);
  });
});
