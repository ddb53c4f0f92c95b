// Premedication, adjuncts and pre-infusion requirements returned as structured items with checks.
import { describe, expect, it } from 'vitest';
import { planInfusion } from '../support/untyped.js';

const schwartzman = { patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 };

describe('adjuncts and requirements', () => {
  it('Schwartzman lists midazolam 2 mg IV twice and clonidine 0.1 mg PO (NCT00579085)', () => {
    const r = planInfusion(schwartzman);
    expect(r.ok && r.plan.adjuncts.map((a) => `${a.drug} ${a.dose && 'value' in a.dose ? `${a.dose.value} ${a.dose.unit}` : '?'} ${a.route}`)).toEqual([
      'midazolam 2 mg IV',
      'clonidine 0.1 mg PO',
    ]);
  });

  it('Getson lists clonidine 0.1-0.2 mg and optional lorazepam 1-2 mg as ranges', () => {
    const r = planInfusion({
      ...schwartzman,
      protocol: 'ketamine-booster-getson',
      dose: { total: { value: 150, unit: 'mg' } },
      preparation: { containerVolume: { value: 250, unit: 'mL' } },
    });
    const lorazepam = r.ok ? r.plan.adjuncts.find((a) => a.drug === 'lorazepam') : undefined;
    expect(lorazepam?.optional).toBe(true);
    expect(lorazepam?.dose).toEqual({ min: { value: '1', unit: 'mg' }, max: { value: '2', unit: 'mg' } });
  });

  it('unstated requirements are listed to confirm; unmet ones need an acknowledgement', () => {
    const unstated = planInfusion(schwartzman);
    expect(unstated.ok && unstated.plan.requirements.map((q) => [q.id, q.confirmed])).toEqual([
      ['escort', null],
      ['fasting', null],
    ]);
    expect(unstated.ok && unstated.plan.status).toBe('ready');

    const unmet = planInfusion({ ...schwartzman, readiness: { fastingHours: 4, escort: false } });
    expect(unmet.ok && unmet.warnings.filter((w) => w.severity === 'soft').map((w) => w.code)).toEqual(['no_escort', 'fasting_too_short']);
    expect(unmet.ok && unmet.plan.status).toBe('needs-acknowledgement');

    const met = planInfusion({ ...schwartzman, readiness: { fastingHours: '8', escort: true } });
    expect(met.ok && met.plan.requirements.every((q) => q.confirmed === true)).toBe(true);
  });

  it('lidocaine and magnesium need an ECG', () => {
    const mg = planInfusion({
      patient: { weight: { value: 70, unit: 'kg' } },
      protocol: 'magnesium-crps-collins-2009',
      session: 1,
      readiness: { ecgOnFile: false },
    });
    expect(mg.ok && mg.warnings.map((w) => w.code)).toContain('ecg_missing');
  });

  it('refuses a bad fasting value with a code', () => {
    const r = planInfusion({ ...schwartzman, readiness: { fastingHours: '1e1' } });
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(['not_plain_decimal@readiness.fastingHours']);
  });
});
