// End to end: session 4 of the clinic course takes sessions 1 to 3 into account (clinic page 000:
// the dose varies with the number of infusions given and the response to them). Titration rule:
// +0.2 mg/kg/h when tolerated without a 30% response (step borrowed from Rema 2012, threshold from
// Schwartzman's primary outcome), hold on response, step down after a moderate event, stop after a
// severe one; never above the course maximum of 1 mg/kg/h.
import { describe, expect, it } from 'vitest';
import { planInfusion } from '../support/untyped.js';

const session = (n: number, rate: string, relief: number, events: { kind: string; severity: string }[] = []) => ({
  date: `2026-01-0${n * 2}`,
  protocol: 'ketamine-clinic-course-2x3',
  session: n,
  given: { rate: { value: rate, unit: 'mg/kg/h' } },
  reliefPercent: relief,
  adverseEvents: events,
  completed: true,
});

const base = {
  patient: { weight: { value: 80, unit: 'kg' } },
  protocol: 'ketamine-clinic-course-2x3',
  session: 4,
  preparation: { containerVolume: { value: 250, unit: 'mL' } },
};

describe('planning from history', () => {
  it('escalates session 4 after three tolerated sessions without a 30% response', () => {
    // Last dose 0.6 mg/kg/h, relief 15% < 30%, tolerated: 0.6 + 0.2 = 0.8 mg/kg/h (under the 1 mg/kg/h maximum).
    // 0.8 x 80 = 64 mg/h x 4 h = 256 mg: 5.12 mL of 50 mg/mL -> 5.1 mL = 255 mg (closer than 2.6 mL of
    // 100 mg/mL = 260 mg); 250 mL over 4 h = 62.5 mL/h delivers 255 / 4 = 63.75 mg/h.
    const r = planInfusion({ ...base, history: [session(1, '0.2', 10), session(2, '0.4', 20), session(3, '0.6', 15)] });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    expect(r.plan.titration?.decision).toBe('escalate');
    expect(r.plan.titration?.dose).toEqual({ value: '0.8', unit: 'mg/kg/h' });
    expect(r.plan.agents[0]?.prescribed.from).toEqual({ rate: 'titration', duration: 'protocol' });
    expect([r.plan.agents[0]?.doseRate.value, r.plan.agents[0]?.totalDose.value]).toEqual(['64', '256']);
    expect([r.plan.bag.additives[0]?.product.id, r.plan.bag.additives[0]?.volume.value]).toEqual(['ketamine-50mg-ml-10ml', '5.1']);
    expect(r.plan.agents[0]?.delivered.doseRate.value).toBe('63.75');
  });

  it('never escalates past the maximum', () => {
    // Last dose 0.9 mg/kg/h without response: 0.9 + 0.2 = 1.1 > 1, so the maximum 1 mg/kg/h.
    const r = planInfusion({ ...base, history: [session(1, '0.5', 0), session(2, '0.7', 0), session(3, '0.9', 0)] });
    expect(r.ok && [r.plan.titration?.decision, r.plan.titration?.dose?.value, r.plan.titration?.bound]).toEqual(['escalate', '1', 'maximum']);
  });

  it('holds on response, steps down after a moderate event', () => {
    const hold = planInfusion({ ...base, history: [session(1, '0.2', 10), session(2, '0.4', 20), session(3, '0.6', 40)] });
    expect(hold.ok && [hold.plan.titration?.decision, hold.plan.titration?.dose?.value]).toEqual(['hold', '0.6']);
    const down = planInfusion({
      ...base,
      history: [session(1, '0.2', 10), session(2, '0.4', 20), session(3, '0.6', 10, [{ kind: 'dysphoria', severity: 'moderate' }])],
    });
    expect(down.ok && [down.plan.titration?.decision, down.plan.titration?.dose?.value]).toEqual(['step-down', '0.4']);
  });

  it('gives no further dose after a severe event until a clinician clears it', () => {
    const history = [session(1, '0.2', 10), session(2, '0.4', 20), session(3, '0.6', 10, [{ kind: 'hypertension', severity: 'severe' }])];
    const stop = planInfusion({ ...base, history });
    expect(stop.ok ? [] : stop.issues.map((i) => i.code)).toEqual(['titration_stop_severe']);
    const cleared = planInfusion({ ...base, history, titration: { clearance: { reason: 'reviewed by the pain physician' } } });
    expect(cleared.ok && cleared.plan.titration?.dose?.value).toBe('0.4');
  });

  it("a clinician's dose above the engine's is a soft finding", () => {
    const r = planInfusion({
      ...base,
      dose: { rate: { value: '0.9', unit: 'mg/kg/h' } },
      history: [session(1, '0.2', 10), session(2, '0.4', 20), session(3, '0.6', 40)],
    });
    expect(r.ok && r.warnings.map((w) => w.code)).toContain('dose_above_titration');
  });

  it('flags a session number that does not follow the history', () => {
    const r = planInfusion({ ...base, session: 6, history: [session(1, '0.2', 10), session(2, '0.4', 20), session(3, '0.6', 15)] });
    expect(r.ok && r.warnings.map((w) => w.code)).toContain('session_number_mismatch');
  });
});
