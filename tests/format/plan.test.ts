// formatPlan: key lines of the pharmacist's summary for plans made by planInfusion (no snapshots).
import { describe, expect, it } from 'vitest';
import { listProtocols, planInfusion, type Plan } from '../support/untyped.js';
import { formatPlan as formatPlanOrIssues } from '../../src/format/plan.js';
import { once } from '../support/once.js';

const kg = (value: number) => ({ value, unit: 'kg' }) as const;

/** The text of a plan that formats; a coded failure fails the test with its issues. */
function formatPlan(p: Plan): string {
  const text = formatPlanOrIssues(p);
  if (typeof text !== 'string') throw new Error(`formatPlan refused: ${JSON.stringify(text.issues)}`);
  return text;
}

function plan(input: unknown): Plan {
  const r = planInfusion(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
}

/** The lines of a summary, trimmed. */
const lines = (text: string): string[] => text.split('\n').map((l) => l.trim());

// Schwartzman at 70 kg, 175 cm, 40 years: 0.35 mg/kg/h x 70 kg = 24.5 mg/h (cap 25 mg/h does not
// bind), x 4 h = 98 mg = 0.98 mL of 100 mg/mL in a 100 mL NS bag (0.98 mL withdrawn) = 0.98 mg/mL
// at 25 mL/h for 240 min.
const schwartzman = once(() =>
  plan({
    patient: { weight: kg(70), height: { value: 175, unit: 'cm' }, sex: 'male', ageYears: 40 },
    protocol: 'ketamine-crps-schwartzman-2009',
    session: 1,
  }),
);

// Dexmedetomidine label dosing at 70 kg for 2 h: loading 1 mcg/kg over 10 min, then 0.6 mcg/kg/h.
const dex = once(() =>
  plan({ patient: { weight: kg(70) }, protocol: 'dexmedetomidine-procedural-label', session: 1, dose: { duration: { value: 2, unit: 'h' } } }),
);

// Collins at 100 kg with 25 g given earlier the same day: 7 g + 25 g = 32 g > 30 g soft limit.
const collins = once(() =>
  plan({
    patient: { weight: kg(100) },
    protocol: 'magnesium-crps-collins-2009',
    session: 2,
    date: '2026-03-02',
    history: [
      {
        date: '2026-03-02',
        protocol: 'magnesium-crps-collins-2009',
        session: 1,
        given: { total: { value: '25', unit: 'g' } },
        reliefPercent: 0,
        completed: true,
      },
    ],
  }),
);

describe('formatPlan', () => {
  it('names the protocol, catalogue, session and status', () => {
    const l = lines(formatPlan(schwartzman()));
    expect(l).toContain('Protocol: ketamine-crps-schwartzman-2009 version 1.0.0 (Complex regional pain syndrome)');
    expect(l).toContain(`Catalogue: ${schwartzman().catalogue.id} version ${schwartzman().catalogue.version}`);
    expect(l).toContain('Session: 1 of 10 sessions (Daily for 10 days)');
    expect(l).toContain('Status: READY');
  });

  it('shows the patient and the dosing weight with its basis', () => {
    const l = lines(formatPlan(schwartzman()));
    expect(l).toContain('Weight: 70 kg');
    expect(l).toContain('Age: 40 years');
    // sqrt(175 x 70 / 3600) = 1.844662 m², shown to 0.01 m² and marked as rounded.
    expect(l).toContain('Body-surface area (Mosteller): ≈1.84 m²');
    expect(l).toContain('Dosing weight: 70 kg (basis: actual body weight)');
  });

  it('shows prescribed, ordered and delivered dose, and the cap', () => {
    const l = lines(formatPlan(schwartzman()));
    expect(l).toContain('Prescribed: rate 0.35 mg/kg/h (protocol); duration 4 h (protocol)');
    expect(l).toContain('Ordered: dose rate 24.5 mg/h; total 98 mg');
    expect(l).toContain('Delivered: dose rate 24.5 mg/h (0.35 mg/kg/h); total 98 mg (1.4 mg/kg), at dosing weight 70 kg');
    expect(l.some((x) => x.startsWith('Cap schwartzman.rate-cap: limit 25 mg/h, does not bind (before the cap 24.5 mg/h;'))).toBe(true);
  });

  it('shows the bag: additive, volume to draw, amount, containers, leftover, diluent, final volume, concentration', () => {
    const l = lines(formatPlan(schwartzman()));
    expect(l).toContain('Volume to draw up: 0.98 mL (exact; measured to 0.01 mL, halfExpand)');
    expect(l).toContain('Amount added: 98 mg (ordered 98 mg)');
    expect(l).toContain('Containers to open: 1, 5 mL each');
    // 5 mL - 0.98 mL = 4.02 mL, shown to the 0.1 mL a syringe measures above 1 mL.
    expect(l).toContain('Leftover: ≈4 mL, 402 mg (waste)');
    // 100 mL - 0.98 mL = 99.02 mL of diluent, shown to 0.1 mL.
    expect(l).toContain('Withdrawn before adding: 0.98 mL; diluent in the bag: ≈99 mL');
    expect(l).toContain('Final volume: 100 mL');
    expect(l).toContain('Concentration of ketamine: 0.98 mg/mL');
  });

  it('shows the pump rate and each segment (rate, duration, volume)', () => {
    const l = lines(formatPlan(schwartzman()));
    expect(l).toContain('Rate to set: 25 mL/h (exact; pump increment 0.1 mL/h, halfExpand)');
    expect(l).toContain('Volume to be infused: 100 mL');
    expect(l).toContain('Segment 1 (maintenance): 25 mL/h for 240 min (4 h), volume 100 mL; ketamine 98 mg at 24.5 mg/h');
    const d = lines(formatPlan(dex()));
    expect(d).toContain('Segment 1 (loading): 105 mL/h for 10 min, volume 17.5 mL; dexmedetomidine 70 mcg at 420 mcg/h');
    expect(d).toContain('Segment 2 (maintenance): 10.5 mL/h for 120 min (2 h), volume 21 mL; dexmedetomidine 84 mcg at 42 mcg/h');
  });

  it('writes mcg, never ug, for a microgram agent', () => {
    const text = formatPlan(dex());
    expect(lines(text)).toContain('Prescribed: loading 1 mcg/kg; rate 0.6 mcg/kg/h (protocol); duration 2 h (clinician)');
    expect(text).not.toMatch(/\bug\b|µg/);
  });

  it('lists the findings with severity, code and message, numbers in ISMP style, and the status', () => {
    const text = formatPlan(collins());
    expect(lines(text)).toContain(
      '[SOFT] session_dose_above_soft_limit (magnesium-sulfate.session-dose.upper-soft, magnesium-sulfate): Session dose exceeds the soft upper limit of 30 g; acknowledge with a reason to proceed. Counted with 1 earlier session(s) in the 24 h window: 2026-03-02. (observed 32 g; limit 30 g)',
    );
    expect(lines(text)).toContain('Status: NEEDS ACKNOWLEDGEMENT');
    const failed = collins().checks.filter((c) => !c.passed).length;
    expect(lines(text)).toContain(`Findings: ${failed}`);
  });

  it('re-displays number-unit pairs in messages, and leaves prose words alone', () => {
    // A check of a dexmedetomidine plan: its masses in mcg (32000 ug stays 32,000 mcg; 0.032 mg is 32 mcg).
    const withAge: Plan = {
      ...dex(),
      checks: [
        {
          code: 'history_not_used',
          rule: 'r',
          severity: 'info',
          passed: false,
          message: 'Age is below the limit of 18 a. Give 3 a week; 0.05 ug/kg/min; 32000 ug; 0.032 mg; Table 3 (x).',
        },
      ],
    };
    expect(lines(formatPlan(withAge))).toContain(
      '[INFO] history_not_used (r): Age is below the limit of 18 years. Give 3 a week; 0.05 mcg/kg/min; 32,000 mcg; 32 mcg; Table 3 (x).',
    );
  });

  it('formats every built-in protocol that plans with defaults: no raw code, NaN, exponent, naked or trailing-zero decimal', () => {
    let planned = 0;
    for (const p of listProtocols()) {
      const r = planInfusion({
        patient: { weight: kg(80), height: { value: 175, unit: 'cm' }, sex: 'male', ageYears: 50, creatinine: { value: 1, unit: 'mg/dL' } },
        protocol: p.id,
        session: 1,
      });
      if (!r.ok) continue;
      planned += 1;
      const text = formatPlan(r.plan);
      expect(text).not.toContain('cannot display');
      expect(text).not.toMatch(/NaN|\de[+-]\d|\bug\b|µg|@/);
      // Numbers the formatter wrote: no naked decimal point, no trailing zero before a unit.
      expect(text).not.toMatch(/(^|[\s(])\.\d/m);
      expect(text).not.toMatch(/\d\.\d*0 (mg|mcg|g|mL|kg|h|min|mL\/h)\b/);
    }
    expect(planned).toBeGreaterThan(5);
  });

  it('does not mutate the plan', () => {
    const before = JSON.stringify(schwartzman());
    formatPlan(schwartzman());
    expect(JSON.stringify(schwartzman())).toBe(before);
  });
});
