// A combination bag is judged by the same rules as each agent's own plan: limits in force (care area
// and patient condition), protocol caps, protocol maxima as rounding ceilings, the pump range and
// acknowledgements. Each case below was a defect of the combination path's own copies of those rules.
import { describe, expect, it } from 'vitest';
import { planCombination } from '../support/untyped.js';
import { capChecks } from '../../src/checks/caps.js';
import { dec } from '../../src/decimal/index.js';
import { BUILTIN_CATALOGUE } from '../../src/formulary/builtin.js';
import { planInfusionWithFacts } from '../../src/plan/plan-infusion.js';
import { agentAtSharedRate } from '../../src/plan/combination-agents.js';

const ack = (...codes: string[]) => codes.map((code) => ({ code, reason: 'reviewed by pharmacy' }));
const clinicWithCollins = [
  { protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } },
  { protocol: 'magnesium-crps-collins-2009' },
];
const bag250 = { containerVolume: { value: 250, unit: 'mL' } };

describe('combination bags use the single-agent rules', () => {
  it('a limit that applies only with a patient risk does not refuse a patient without it (290 kg, magnesium 20.3 g)', () => {
    // Collins: 70 mg/kg x 290 kg = 20,300 mg = 20.3 g, over the 20 g per 48 h limit that the reference
    // gives for renal impairment only. Without the risk the limit is not in force: the bag is planned.
    const input = { patient: { weight: { value: 290, unit: 'kg' } }, session: 1, components: clinicWithCollins, preparation: bag250 };
    const r = planCombination({ ...input, acknowledgements: ack('compatibility_unknown', 'weight_unusual') });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    expect(r.plan.agents[1]?.delivered.totalDose).toEqual({ value: '20.3', unit: 'g' });
    expect(r.plan.checks.map((c) => c.rule)).not.toContain('magnesium-sulfate.session-dose.upper-hard.renal-48h');
    expect(r.plan.status).toBe('ready');
    // With the risk the same bag is refused by that limit, pointing at the magnesium component.
    const risky = planCombination({
      ...input,
      patient: { ...input.patient, risks: ['renal-impairment'] },
      acknowledgements: ack('compatibility_unknown', 'weight_unusual'),
    });
    expect(risky.ok ? [] : risky.issues.map((i) => `${i.code} ${String(i['rule'])} @${i.path.join('.')}`)).toEqual([
      'session_dose_above_hard_limit magnesium-sulfate.session-dose.upper-hard.renal-48h @components.1.dose',
    ]);
  });

  it('a shared rate above the pump maximum is refused at pump, saying so (70 kg, added volume)', () => {
    // Added, not withdrawn: ketamine 0.3 x 70 x 4 = 84 mg = 0.84 mL of 100 mg/mL; magnesium 70 x 70 =
    // 4,900 mg = 9.8 mL of 500 mg/mL. Alone: (250 + 0.84) / 4 = 62.71 -> 62.7 and (250 + 9.8) / 4 =
    // 64.95 -> 65 mL/h, both within 65.1. Together: (250 + 0.84 + 9.8) / 4 = 65.16 -> 65.2 mL/h, above it.
    const input = {
      patient: { weight: { value: 70, unit: 'kg' } },
      session: 1,
      components: clinicWithCollins,
      preparation: { ...bag250, additiveVolume: 'add' },
      acknowledgements: ack('compatibility_unknown'),
    };
    const r = planCombination({ ...input, pump: { maxRate: { value: 65.1, unit: 'mL/h' } } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.code} @${i.path.join('.')}`)).toEqual(['pump_rate_above_maximum @pump']);
    expect(r.issues[0]?.message).toBe('The pump cannot run at 65.2 mL/h (its maximum is 65.1 mL/h); choose another container volume or concentration.');
    // At a maximum of 65.2 the same bag runs, and the check says it is within.
    const ok = planCombination({ ...input, pump: { maxRate: { value: 65.2, unit: 'mL/h' } } });
    expect(ok.ok && ok.plan.pump.rate).toEqual({ value: '65.2', unit: 'mL/h' });
    expect(ok.ok && ok.plan.checks.find((c) => c.code === 'pump_rate_above_maximum')?.message).toBe("Pump rate is within the pump's maximum of 65.2 mL/h.");
  });

  it("the shared rate is rounded down rather than above a protocol's maximum (Rema 0.6 mg/kg/h, 48 kg)", () => {
    // Ketamine 0.6 x 48 = 28.8 mg/h x 4 h = 115.2 mg: 2.304 mL of 50 mg/mL -> 2.3 mL = 115 mg.
    // Magnesium 70 x 48 = 3,360 mg: 6.72 mL of 500 mg/mL -> 6.7 mL = 3,350 mg.
    // Added: 100 + 2.3 + 6.7 = 109 mL; 109 / 4 = 27.25 mL/h. The nearest step, 27.3, would give
    // ketamine 27.3 x 115 / 109 = 28.8028 mg/h = 0.600057 mg/kg/h, above Rema's 0.6 maximum, so the
    // rate is 27.2 mL/h: 27.2 x 115 / 109 = 28.697248 mg/h = 0.597859 mg/kg/h.
    const r = planCombination({
      patient: { weight: { value: 48, unit: 'kg' } },
      session: 1,
      components: [{ protocol: 'ketamine-escalation-rema-2012', dose: { rate: { value: 0.6, unit: 'mg/kg/h' } } }, { protocol: 'magnesium-crps-collins-2009' }],
      preparation: { containerVolume: { value: 100, unit: 'mL' }, additiveVolume: 'add' },
      acknowledgements: ack('compatibility_unknown', 'weight_unusual'),
    });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    expect(r.plan.bag.finalVolume.value).toBe('109');
    expect(r.plan.pump.rateExact.value).toBe('27.25');
    expect(r.plan.pump.rate.value).toBe('27.2');
    expect(r.plan.pump.rounding.roundedDownForLimit).toBe(true);
    expect(r.plan.agents[0]?.delivered.doseRate.value).toBe('28.697248');
    expect(r.plan.agents[0]?.delivered.doseRatePerKg.value).toBe('0.597859');
  });

  it("every agent's limits in force and caps are judged again on what the shared rate delivers", () => {
    // Schwartzman (82 kg: 0.35 x 82 = 28.7 mg/h, capped at 25 mg/h; 100 mg = 2 mL of 50 mg/mL) with
    // Collins (70 x 82 = 5,740 mg: 11.48 mL -> 11.4 mL = 5,700 mg, rounded down so as not to cross the
    // 70 mg/kg soft limit) in 100 mL, withdrawn: 100 mL / 4 h = 25 mL/h. Ketamine 25 x 100 / 100 = 25 mg/h.
    const r = planCombination({
      patient: { weight: { value: 82, unit: 'kg' } },
      session: 1,
      components: [{ protocol: 'ketamine-crps-schwartzman-2009' }, { protocol: 'magnesium-crps-collins-2009' }],
      acknowledgements: ack('compatibility_unknown'),
    });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    const byRule = (rule: string) => r.plan.checks.filter((c) => c.rule === rule);
    // The cap, judged at the shared rate (and only there: the component's own copy is replaced).
    const cap = byRule('schwartzman.rate-cap').filter((c) => c.code === 'protocol_cap_exceeded');
    expect(cap.map((c) => [c.code, c.passed, c.observed?.value, c.limit?.value])).toEqual([['protocol_cap_exceeded', true, '25', '25']]);
    // Soft and hard limits of both agents, each once, on the shared rate's values.
    expect(byRule('ketamine.dose-rate-per-kg.upper-soft').map((c) => [c.passed, c.observed])).toEqual([
      [true, { value: '0.304878', unit: 'mg/kg/h' }], // 25 / 82
    ]);
    expect(byRule('magnesium-sulfate.session-dose-per-kg.upper-soft').map((c) => [c.passed, c.observed])).toEqual([
      [true, { value: '0.069512195', unit: 'g/kg' }], // 5,700 mg / 82 = 69.512195 mg/kg, in g (magnesium's display unit): / 1000
    ]);
    expect(byRule('magnesium-sulfate.dose-rate.upper-hard').map((c) => [c.passed, c.observed])).toEqual([
      [true, { value: '1.425', unit: 'g/h' }], // 25 mL/h x 5,700 mg / 100 mL = 1425 mg/h = 1.425 g/h (display unit g)
    ]);
  });

  it('acknowledgements are judged once for the bag: no component reports an acknowledgement of the bag as unused', () => {
    const r = planCombination({
      patient: { weight: { value: 70, unit: 'kg' } },
      session: 1,
      components: clinicWithCollins,
      preparation: bag250,
      acknowledgements: ack('compatibility_unknown', 'no_such_code'),
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.checks.find((c) => c.code === 'compatibility_unknown')?.acknowledgement).toEqual({ reason: 'reviewed by pharmacy' });
    expect(r.plan.checks.filter((c) => c.code === 'acknowledgement_unused').map((c) => c.message)).toEqual([
      'The acknowledgement of "no_such_code" matches no soft finding in this plan; check the code.',
    ]);
    expect(r.plan.status).toBe('ready');
  });
});

describe('the protocol cap rule', () => {
  const cap = {
    id: 'test.cap',
    stated: { value: '25', unit: 'mg/h' },
    perHour: true,
    limit: dec(25),
    source: { citation: 'test', grade: 'derived', verified: true },
  } as const;
  it('fails above the cap, passes on it and below it', () => {
    const at = (mgH: number) => capChecks([cap], { rateMgH: dec(mgH), sessionMg: dec(0) }, 'ketamine')[0];
    expect([at(25.000001)?.passed, at(25)?.passed, at(24.9)?.passed]).toEqual([false, true, true]);
    expect(at(26)?.severity).toBe('hard');
    expect(at(26)?.message).toBe('The delivered dose would exceed the protocol cap of 25 mg/h; it is refused.');
  });
  it('judges a session cap on the session dose, not the rate', () => {
    const session = { ...cap, perHour: false, stated: { value: '100', unit: 'mg' }, limit: dec(100) };
    const c = capChecks([session], { rateMgH: dec(1000), sessionMg: dec(100.5) }, 'ketamine')[0];
    expect([c?.passed, c?.observed]).toEqual([false, { value: '100.5', unit: 'mg' }]);
  });
});

describe('the shared pump rate gets the single-agent pump rules (issue 12)', () => {
  // Ketamine 0.3 mg/kg/h (clinic course) with magnesium 70 mg/kg (Collins), 70 kg, both run over the
  // same clinician duration in a 50 mL bag, on a pump of 1 mL/h increment (the coarsest allowed).
  const combine = (hours: number, additiveVolume: 'add' | 'withdraw-equal', increment = 1, more: string[] = []) =>
    planCombination({
      patient: { weight: { value: 70, unit: 'kg' } },
      session: 1,
      components: [
        { protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' }, duration: { value: hours, unit: 'h' } } },
        { protocol: 'magnesium-crps-collins-2009', dose: { duration: { value: hours, unit: 'h' } } },
      ],
      preparation: { containerVolume: { value: 50, unit: 'mL' }, additiveVolume },
      pump: { increment: { value: increment, unit: 'mL/h' } },
      acknowledgements: ack('compatibility_unknown', 'duration_differs_from_protocol', ...more),
    });
  const rounding = (r: ReturnType<typeof combine>) => (r.ok ? r.plan.checks.filter((c) => c.code.startsWith('pump_rounding')) : []);

  it('9 h, withdraw-equal: 50 mL / 9 h = 5.5556 mL/h rounds to 6 mL/h, +8% of every dose rate: one finding, on the shared rate', () => {
    // (6 - 50/9) / (50/9) = 54/50 - 1 = +8% > 5%. Ketamine: 21 mg/h x 9 h = 189 mg, drawn 3.78 -> 3.8 mL of 50 mg/mL = 190 mg;
    // at 6 mL/h it runs 190 mg / 50 mL x 6 mL/h = 22.8 mg/h against the ordered 21 mg/h (+8.6%).
    const r = combine(9, 'withdraw-equal');
    expect(r.ok && [r.plan.pump.rateExact, r.plan.pump.rate]).toEqual([
      { value: '5.555556', unit: 'mL/h' },
      { value: '6', unit: 'mL/h' },
    ]);
    expect(r.ok && r.plan.agents[0]?.delivered.doseRate).toEqual({ value: '22.8', unit: 'mg/h' });
    // One finding for the bag (before: one carried over from each component's own plan, naming its agent).
    expect(rounding(r).map((c) => [c.code, c.severity, c.agent, c.observed])).toEqual([
      ['pump_rounding_beyond_tolerance', 'soft', undefined, { value: '8', unit: '%' }],
    ]);
    expect(r.ok && r.plan.status).toBe('needs-acknowledgement');
    // Acknowledged with a reason, the bag is ready.
    const acked = combine(9, 'withdraw-equal', 1, ['pump_rounding_beyond_tolerance']);
    expect(acked.ok && acked.plan.status).toBe('ready');
  });

  it('12 h, add: 64.8 mL / 12 h = 5.4 mL/h rounds to 5 mL/h, -7.41%; the finding quotes the shared rate, not a component own', () => {
    // Ketamine 21 mg/h x 12 h = 252 mg -> 5.04 mL -> 5.0 mL drawn; magnesium 70 mg/kg x 70 kg = 4.9 g -> 9.8 mL of 500 mg/mL.
    // Final 50 + 5.0 + 9.8 = 64.8 mL; 64.8 / 12 = 5.4 mL/h -> 5 mL/h; (5 - 5.4) / 5.4 = -7.407407%.
    // Ketamine's own 50 + 5.0 = 55 mL bag would run 4.583 -> 5 mL/h (+9.09%): before, that was the finding carried over.
    const r = combine(12, 'add');
    expect(r.ok && r.plan.bag.finalVolume).toEqual({ value: '64.8', unit: 'mL' });
    expect(rounding(r).map((c) => [c.code, c.observed])).toEqual([['pump_rounding_beyond_tolerance', { value: '-7.407407', unit: '%' }]]);
  });

  it('9 h, add: 63.6 mL / 9 h = 7.0667 mL/h rounds to 7 mL/h, -0.94%: no finding (before: magnesium own 59.8 mL bag, +5.35%, carried over)', () => {
    // Final 50 + 3.8 + 9.8 = 63.6 mL; 63.6 / 9 = 7.0667 -> 7 mL/h; (7 - 7.0667) / 7.0667 = -0.94%, within 5%.
    const r = combine(9, 'add');
    expect(r.ok && r.plan.pump.rate).toEqual({ value: '7', unit: 'mL/h' });
    expect(rounding(r)).toEqual([]);
  });

  it('a pump increment above 1 mL/h is refused for a combination too', () => {
    const r = combine(9, 'withdraw-equal', 2);
    expect(r.ok ? [] : [...new Set(r.issues.map((i) => i.code))]).toEqual(['increment_too_coarse']);
  });
});

describe("the shared-bag rules judge each agent at the bag's shared rate (issue 10: injected combination bugs)", () => {
  // Schwartzman, 82 kg: 0.35 x 82 = 28.7 mg/h, capped at 25 mg/h (rule schwartzman.rate-cap) x 4 h =
  // 100 mg of ketamine. Put in a 100 mL bag, the shared rate that delivers the plan is 100 mL / 4 h =
  // 25 mL/h (25 mg/h, on the cap). Judged at a shared rate of 30 mL/h instead, the bag gives
  // 100 mg / 100 mL x 30 mL/h = 30 mg/h: over the 25 mg/h cap, refused (hard); and 30 / 82 =
  // 0.365854 mg/kg/h, still inside Schwartzman's stated range.
  const planned = planInfusionWithFacts(
    { patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 },
    BUILTIN_CATALOGUE,
  );
  const at = (mlH: number) => {
    if (!planned.result.ok || !planned.facts) throw new Error('the Schwartzman plan was refused');
    const shared = {
      exact: dec(mlH),
      rate: { value: dec(mlH), increment: dec('0.1'), mode: 'halfExpand', roundedDownForLimit: false },
      durationH: dec(100).div(dec(mlH)),
    } as const;
    return agentAtSharedRate(planned.result.plan, planned.facts, shared, dec(100), new Map());
  };

  it('a protocol cap fails when the shared rate delivers more than it, and passes on it', () => {
    expect(planned.facts?.amountMg.toFixed()).toBe('100');
    const cap = (mlH: number) =>
      at(mlH)
        .checks.filter((c) => c.code === 'protocol_cap_exceeded')
        .map((c) => [c.passed, c.observed?.value]);
    expect(cap(25)).toEqual([[true, '25']]);
    expect(cap(30)).toEqual([[false, '30']]);
  });

  it("a soft limit is judged again at the shared rate: ketamine's 1 mg/kg/h soft maximum at 85 mL/h", () => {
    // 100 mg / 100 mL x 85 mL/h = 85 mg/h; 85 / 82 = 1.036585 mg/kg/h, over ketamine's soft upper limit
    // of 1 mg/kg/h (src/agents/ketamine.ts), which 25 mL/h (0.304878 mg/kg/h) is under.
    const soft = (mlH: number) =>
      at(mlH)
        .checks.filter((c) => c.severity === 'soft' && c.observed?.unit === 'mg/kg/h')
        .map((c) => c.passed);
    expect(soft(25)).not.toContain(false);
    expect(soft(85)).toContain(false);
  });
});
