// Issue 13 item 1: the result sorts findings by what they ask of a person, an acknowledgement may say
// who and when, and every plan records the library that made it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planCombination, planInfusion, planNasalSpray } from '../support/untyped.js';

// Schwartzman (NCT00579085) at 45 kg: below the NCHS 5th-percentile adult weight of 50.7 kg, the
// soft finding `weight_unusual` (the golden "Schwartzman, 45 kg" works the plan itself).
const light = { patient: { weight: { value: 45, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 };

describe('findings sorted by what they ask', () => {
  it('an open soft finding is a warning and needs an acknowledgement; the plan is not ready', () => {
    const r = planInfusion(light);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.plan.status).toBe('needs-acknowledgement');
    expect(r.warnings.map((w) => w.code)).toContain('weight_unusual');
    expect(r.warnings.every((w) => w.severity === 'soft' && !w.passed)).toBe(true);
    expect(r.needsAcknowledgement).toEqual([{ code: 'weight_unusual', message: expect.stringContaining('kg') as string, count: 1 }]);
  });

  it('an acknowledged finding stays a warning, leaves needsAcknowledgement, and records by and at', () => {
    const ack = { code: 'weight_unusual', reason: 'weighed today, small adult', by: 'pharmacist J. Doe', at: '2026-11-28T09:30Z' };
    const r = planInfusion({ ...light, acknowledgements: [ack] });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.plan.status).toBe('ready');
    expect(r.needsAcknowledgement).toEqual([]);
    const w = r.warnings.find((c) => c.code === 'weight_unusual');
    expect(w?.acknowledgement).toEqual({ reason: ack.reason, by: ack.by, at: ack.at });
    expect(r.plan.acknowledgements).toEqual([ack]);
  });

  it('an info note is a notice, never a warning: an acknowledgement that matches nothing', () => {
    const r = planInfusion({
      ...light,
      acknowledgements: [
        { code: 'weight_unusual', reason: 'checked' },
        { code: 'no_such_finding', reason: 'typo' },
      ],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    // Info notes of this plan (unverified data, unstated overfill, requirements to confirm) and the unused acknowledgement.
    expect(r.notices.map((n) => n.code)).toContain('acknowledgement_unused');
    expect(r.notices.every((n) => n.severity === 'info')).toBe(true);
    expect(r.warnings.some((w) => w.severity === 'info')).toBe(false);
    // Every failed check is in exactly one of the two lists.
    expect(r.warnings.length + r.notices.length).toBe(r.plan.checks.filter((c) => !c.passed).length);
  });

  it('a ready plan with nothing open has empty lists', () => {
    const r = planInfusion({ ...light, patient: { weight: { value: 70, unit: 'kg' } } });
    expect(r.ok && r.plan.status).toBe('ready');
    expect(r.ok && r.needsAcknowledgement).toEqual([]);
  });

  it('the nasal spray and combination results carry the same three lists', () => {
    const spray = planNasalSpray({
      concentration: { value: 100, unit: 'mg/mL' },
      actuationVolume: { value: '0.1', unit: 'mL' },
      dose: { value: 50, unit: 'mg' },
      dosesPerDay: 1,
      bottleVolume: { value: 5, unit: 'mL' },
      maxDailyDose: { value: 100, unit: 'mg' },
    });
    expect(spray.ok && Array.isArray(spray.needsAcknowledgement) && Array.isArray(spray.notices) && Array.isArray(spray.warnings)).toBe(true);
    const bag = planCombination({
      patient: { weight: { value: 70, unit: 'kg' } },
      session: 1,
      components: [{ protocol: 'ketamine-crps-schwartzman-2009' }, { protocol: 'magnesium-sulfate-chronic-pain' }],
      preparation: { containerVolume: { value: 250, unit: 'mL' } },
    });
    if (bag.ok) expect(bag.needsAcknowledgement.length === 0).toBe(bag.plan.status === 'ready');
  });
});

describe('acknowledgement by and at are read, not just carried', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['a blank by', { by: '  ' }, 'invalid_value', 'by'],
    ['an at that is not a date', { at: 'yesterday' }, 'invalid_date', 'at'],
    ['an impossible date', { at: '2026-02-30' }, 'invalid_date', 'at'],
    ['an impossible time', { at: '2026-11-28T24:00' }, 'invalid_date', 'at'],
    ['an impossible zone', { at: '2026-11-28T09:30+25:00' }, 'invalid_date', 'at'],
  ];
  for (const [name, extra, code, field] of cases) {
    it(`${name} is refused with its path`, () => {
      const r = planInfusion({ ...light, acknowledgements: [{ code: 'weight_unusual', reason: 'checked', ...extra }] });
      expect(r.ok).toBe(false);
      expect(!r.ok && r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([[code, `acknowledgements.0.${field}`]]);
    });
  }

  it('accepts a date, a local date-time, seconds with a fraction, and an offset', () => {
    for (const at of ['2026-11-28', '2026-11-28T09:30', '2026-11-28T09:30:15.250Z', '2026-11-28T09:30:00-05:00']) {
      const r = planInfusion({ ...light, acknowledgements: [{ code: 'weight_unusual', reason: 'checked', at }] });
      expect(r.ok && r.plan.status, at).toBe('ready');
    }
  });

  it('an unknown key in an acknowledgement is still refused', () => {
    const r = planInfusion({ ...light, acknowledgements: [{ code: 'weight_unusual', reason: 'checked', who: 'me' }] });
    expect(!r.ok && r.issues[0]?.code).toBe('unknown_key');
  });
});

describe('the library that made the plan', () => {
  it('every plan records name and version, equal to package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
    const r = planInfusion({ ...light, patient: { weight: { value: 70, unit: 'kg' } } });
    expect(r.ok && r.plan.library).toEqual({ name: pkg.name, version: pkg.version });
  });
});
