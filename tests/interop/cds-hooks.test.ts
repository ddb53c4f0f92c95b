// Issue 14 item 4: a planner's result as CDS Hooks cards (order-sign).
import { describe, expect, it } from 'vitest';
import { CDS_OVERRIDE_REASONS, CDS_TOPIC_SYSTEM, planInfusion, toCdsHooksCards } from '../support/untyped.js';

const cardsOf = (r: ReturnType<typeof toCdsHooksCards>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.cards;
};
// The lidocaine 5 mg/kg over 40 min regimen for a 70 kg, 178 cm man (as examples/pump-check.mjs): its two
// first fixed rate, 300 mL/h of 350 mg in 150 mL = 700 mg/h, is above lidocaine's soft dose-rate limit.
const LIDOCAINE = {
  patient: { weight: { value: 70, unit: 'kg' }, height: { value: 178, unit: 'cm' }, sex: 'male' },
  protocol: 'lidocaine-5mgkg-40min',
  session: 1,
} as const;
const SOFT = ['dose_rate_above_soft_limit'];

describe('toCdsHooksCards', () => {
  it('a refused request: one critical card per issue, coded by its topic', () => {
    const result = planInfusion({ ...LIDOCAINE, patient: { weight: { value: -70, unit: 'kg' } } });
    expect(result.ok).toBe(false);
    const cards = cardsOf(toCdsHooksCards(result));
    expect(cards.length).toBe(result.ok ? -1 : result.issues.length);
    for (const [i, c] of cards.entries()) {
      expect(c.indicator).toBe('critical');
      expect(c.source.topic).toEqual({ system: CDS_TOPIC_SYSTEM, code: result.ok ? '' : result.issues[i]?.code });
      expect(c.summary.length).toBeLessThanOrEqual(140);
      expect(c.overrideReasons).toBeUndefined();
    }
  });

  it('unacknowledged soft findings: warnings with the override reasons', () => {
    const result = planInfusion(LIDOCAINE);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.plan.status).toBe('needs-acknowledgement');
    const warnings = cardsOf(toCdsHooksCards(result)).filter((c) => c.indicator === 'warning');
    expect(warnings.map((c) => c.source.topic.code)).toEqual(SOFT);
    expect(result.plan.checks.filter((c) => !c.passed && c.severity === 'soft').map((c) => c.code)).toEqual(SOFT);
    for (const w of warnings) expect(w.overrideReasons).toEqual(CDS_OVERRIDE_REASONS);
  });

  it('acknowledged soft findings become info cards that quote the reason; no warning and no critical card is left', () => {
    const result = planInfusion({ ...LIDOCAINE, acknowledgements: SOFT.map((code) => ({ code, reason: 'two-rate regimen as published' })) });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const cards = cardsOf(toCdsHooksCards(result));
    expect(cards.filter((c) => c.indicator !== 'info')).toEqual([]);
    const acknowledged = cards.filter((c) => SOFT.includes(c.source.topic.code));
    expect(acknowledged).toHaveLength(1);
    for (const c of acknowledged) expect(c.detail).toContain('Acknowledged: two-rate regimen as published');
  });

  it('a failed info check is an info card; a passed check makes none', () => {
    const result = planInfusion({ patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const failedInfo = result.plan.checks.filter((c) => !c.passed && c.severity === 'info').map((c) => c.code);
    const cards = cardsOf(toCdsHooksCards(result));
    expect(cards.map((c) => c.source.topic.code)).toEqual(failedInfo);
    expect(cards.every((c) => c.indicator === 'info')).toBe(true);
  });

  it('refuses what is not a planner result', () => {
    for (const v of [null, 42, {}, { ok: true }, { ok: false, issues: [] }, { ok: true, plan: { checks: [{ code: 1 }] } }]) {
      const r = toCdsHooksCards(v as never);
      expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['invalid_input']);
    }
  });
});
