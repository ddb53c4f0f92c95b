// Issue 12 item 5: a dose.duration of 1e-10 h gave a ready plan whose maintenance segment ran 0 min and
// infused 0 mL, and checkPlan passed it. The planner now refuses a segment that runs 0 min or infuses 0 mL
// (pump_segment_empty, hard), and checkPlan reports one (empty_segment).
import { describe, expect, it } from 'vitest';
import { type Plan, checkPlan, planInfusion } from '../support/untyped.js';

const dexmedetomidine = (hours: string) => ({
  patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male', ageYears: 50 },
  protocol: 'dexmedetomidine-procedural-label',
  session: 1,
  dose: { duration: { value: hours, unit: 'h' } },
});

describe('a segment that delivers nothing (issue 12 item 5)', () => {
  it('refuses a maintenance of 1e-10 h: 6e-9 min prints as 0 min and infuses 0 mL', () => {
    // 1e-10 h x 60 = 0.000000006 min, under half a unit of the 6th decimal place (0.0000005): printed 0.
    const r = planInfusion(dexmedetomidine('0.0000000001'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['pump_segment_empty', 'hard']]);
  });

  it('plans a usual maintenance duration', () => {
    const r = planInfusion(dexmedetomidine('1'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.plan.checks.map((c) => c.code)).not.toContain('pump_segment_empty');
  });

  it('checkPlan names a segment edited to run 0 min as empty', () => {
    const r = planInfusion(dexmedetomidine('1'));
    if (!r.ok) throw new Error('the 1 h plan should plan');
    const plan = JSON.parse(JSON.stringify(r.plan)) as Plan;
    expect(checkPlan(plan).ok).toBe(true);
    // Two segments: the loading dose, then the maintenance, here set to run 0 min. The volume and totals
    // then disagree too; empty_segment names the cause at the segment's duration.
    const seg = plan.pump.segments[1] as unknown as { duration: { value: string }; volume: { value: string } };
    seg.duration.value = '0';
    const c = checkPlan(plan);
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(c.disagreements.map((d) => d.code)).toContain('empty_segment');
    expect(c.disagreements.find((d) => d.code === 'empty_segment')?.path).toEqual(['pump', 'segments', 1, 'duration']);
  });
});
