// Issue 16 item 1 (src/pipeline/delivered-step.ts): the working of a windowed limit in the plan's
// trace. A step `cumulative.<limit id>` is written only for a limit that applies to the patient and
// only when earlier sessions fall in its window. Worked by hand from the magnesium label limits
// (30 g soft and 40 g hard per 24 h; 20 g per 48 h in severe renal insufficiency only).
import { describe, expect, it } from 'vitest';
import { planInfusion } from '../support/untyped.js';
import { mgSession } from '../support/sessions.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Collins at 100 kg: 70 mg/kg x 100 kg = 7000 mg this session.
const collins100 = { patient: { weight: { value: 100, unit: 'kg' } }, protocol: 'magnesium-crps-collins-2009', session: 2, date: '2026-03-02' };
const cumulativeSteps = (trace: readonly Json[]) => trace.filter((s) => String(s['step']).startsWith('cumulative.'));

describe('the cumulative steps of the trace', () => {
  it('adds 25 g given earlier the same day to the 24 h limits, and not to the renal 48 h limit the patient has no risk for', () => {
    const r = planInfusion({ ...collins100, history: [mgSession('2026-03-02', '25')] });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    // this session 7000 mg + earlier 25 g = 25000 mg -> 32000 mg, for each 24 h limit (soft, then hard).
    const step = (id: string) => ({
      step: `cumulative.${id}`,
      description: "Earlier doses within the 24 h window added to this session's",
      formula: 'mg = this session + sum(earlier sessions in the window)',
      inputs: { thisSession: { value: '7000', unit: 'mg' }, earlier: { value: '25000', unit: 'mg' } },
      result: { value: '32000', unit: 'mg' },
    });
    expect(cumulativeSteps(r.plan.trace)).toEqual([step('magnesium-sulfate.session-dose.upper-soft'), step('magnesium-sulfate.session-dose.upper-hard')]);
  });

  it('judges the renal 48 h limit when the patient has renal impairment (the step above leaves it out only for want of the risk)', () => {
    // 7 g + 25 g = 32 g > 20 g per 48 h (hard): refused, so the risk's limit is in force for this patient.
    const r = planInfusion({ ...collins100, patient: { ...collins100.patient, risks: ['renal-impairment'] }, history: [mgSession('2026-03-02', '25')] });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toContain('session_dose_above_hard_limit');
  });

  it('writes no cumulative step when no earlier session falls in any window', () => {
    // No history at all, then a dose 3 days before (outside both the 24 h and the 48 h windows).
    for (const history of [[], [mgSession('2026-02-27', '25')]]) {
      const r = planInfusion({ ...collins100, history });
      expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
      expect(r.ok && cumulativeSteps(r.plan.trace)).toEqual([]);
    }
  });
});
