// Issue 13 item 2, "plans in the display unit": the plan itself (its checks' observed values, limits and
// messages), the planner's refusals, the CLI's --json and a combination bag's findings state each drug in
// its one display unit (mcg for dexmedetomidine and clonidine, g for magnesium), with the same magnitude
// as before (an exact shift); checkPlan still reads such plans. Every expected value is worked by hand
// from the protocol record and the reference (shared/reference/clinical-dosing.md) in the comments.
// formatPlan, the worksheet and FHIR text are read in tests/format/display-units.test.ts.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPlan, formatPlan, formatWorksheet, planCombination, planInfusion, type Check, type Plan } from '../support/untyped.js';
import { once } from '../support/once.js';
import { skipUnless } from '../support/needs.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const kg = (value: number) => ({ value, unit: 'kg' }) as const;

function plan(input: unknown): Plan {
  const r = planInfusion(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
}

/** `value unit` of a quantity, or undefined. */
const q = (x: { value: string; unit: string } | undefined): string | undefined => (x === undefined ? undefined : `${x.value} ${x.unit}`);
const find = (p: Plan, code: string, rule?: string): Check => {
  const c = p.checks.find((x) => x.code === code && (rule === undefined || x.rule === rule));
  if (!c) throw new Error(`no ${code} ${rule ?? ''}`);
  return c;
};

/**
 * The mass units written after a number anywhere in a plan's checks (observed, limit, message), as UCUM
 * atoms: `mcg` in text and `ug` in data are the same unit, the microgram. Serum creatinine (`mg/dL`) is
 * a patient measure, not the drug's, and is left out; so are data notes that quote a product's label.
 */
function massUnitsOfChecks(p: Plan): Set<string> {
  const units = new Set<string>();
  for (const c of p.checks) {
    if (c.code === 'unverified_data') continue;
    for (const x of [c.observed, c.limit]) {
      const head = x?.unit.split('/')[0];
      if (x && head && ['g', 'mg', 'ug'].includes(head) && x.unit !== 'mg/dL') units.add(head);
    }
    for (const m of c.message.matchAll(/\d ((?:mcg|mg|ug|µg|g))(?=[/\s).,;]|$)(?!\/dL)/g)) units.add(m[1] === 'mcg' ? 'ug' : (m[1] as string));
  }
  return units;
}

// Dexmedetomidine label dosing, 70 kg, 2 h, maintenance 1.2 mcg/kg/h (above the 1 mcg/kg/h soft limit):
// loading 1 mcg/kg x 70 = 70 mcg; maintenance 1.2 x 70 = 84 mcg/h; bag 4 mcg/mL; 84 / 4 = 21 mL/h.
// Delivered per kg: 84 mcg/h / 70 kg = 1.2 mcg/kg/h (the frozen planner wrote 0.0012 mg/kg/h:
// 0.0012 mg x 1000 mcg/mg = 1.2 mcg). The limits 0.2, 1 and 1.5 mcg/kg/h (reference section 4).
const dex = once(() =>
  plan({
    patient: { weight: kg(70) },
    protocol: 'dexmedetomidine-procedural-label',
    session: 1,
    dose: { duration: { value: 2, unit: 'h' }, rate: { value: 1.2, unit: 'ug/kg/h' } },
    acknowledgements: [{ code: 'dose_rate_per_kg_above_soft_limit', reason: 'procedural sedation, reviewed' }],
  }),
);

// Clonidine 400 mcg, 70 kg: 400 / 150 mcg/mL = 2.67 mL, drawn as 2.7 mL = 2.7 x 150 = 405 mcg.
// Limits: the protocol's 150-300 mcg, the 750 mcg hard cap per 24 h (reference section 5).
const clonidine = once(() => plan({ patient: { weight: kg(70) }, protocol: 'clonidine-iv-150-300', session: 1, dose: { total: { value: 400, unit: 'ug' } } }));

// Collins magnesium, 70 kg: 70 mg/kg = 0.07 g/kg x 70 = 4.9 g over 4 h = 1.225 g/h; in 100 mL:
// 4.9 / 100 = 0.049 g/mL. Limits: 150 mg/min = 0.15 g/min (= 9 g/h: 0.15 x 60), 200 mg/mL = 0.2 g/mL,
// 30 g soft and 40 g hard per session, 70 mg/kg = 0.07 g/kg (reference section 3).
const magnesium = once(() => plan({ patient: { weight: kg(70) }, protocol: 'magnesium-crps-collins-2009', session: 1 }));

describe("a plan's checks in the agent's display unit", () => {
  it('dexmedetomidine: observed, limit and message in mcg (ug in data), the magnitude unchanged', () => {
    const p = dex();
    const soft = find(p, 'dose_rate_per_kg_above_soft_limit');
    expect([q(soft.observed), q(soft.limit)]).toEqual(['1.2 ug/kg/h', '1 ug/kg/h']);
    expect(soft.message).toBe('Dose rate per kg exceeds the soft upper limit of 1 mcg/kg/h; acknowledge with a reason to proceed.');
    expect(q(find(p, 'dose_rate_per_kg_above_hard_limit').limit)).toBe('1.5 ug/kg/h');
    expect(q(find(p, 'dose_rate_per_kg_below_soft_limit').limit)).toBe('0.2 ug/kg/h');
    // The tenfold check on the loading dose: usual 1 mcg/kg, slip at 10 mcg/kg (1 x 10).
    const loading = p.checks.find((c) => c.code === 'tenfold_dose' && c.observed?.unit === 'ug/kg');
    expect([q(loading?.observed), q(loading?.limit)]).toEqual(['1 ug/kg', '10 ug/kg']);
    expect(massUnitsOfChecks(p)).toEqual(new Set(['ug']));
    // No message says mg or ug (a check's source note is provenance and keeps its own words).
    expect(p.checks.map((c) => c.message).join('\n')).not.toMatch(/\d (mg|ug)\b/);
    // The residual: 40.5 mL x 4 mcg/mL = 162 mcg (the rule works in mg: 0.162 mg x 1000).
    expect(find(p, 'residual_in_container').message).toContain('40.5 mL (162 mcg of Dexmedetomidine');
  });

  it('clonidine: 405 mcg against 300 mcg, not 0.405 mg against 0.3 mg', () => {
    const p = clonidine();
    const soft = find(p, 'session_dose_above_soft_limit');
    expect([q(soft.observed), q(soft.limit)]).toEqual(['405 ug', '300 ug']);
    expect(soft.message).toContain('the soft upper limit of 300 mcg');
    expect(q(find(p, 'session_dose_above_hard_limit').limit)).toBe('750 ug');
    const range = find(p, 'total_above_protocol_range');
    expect([q(range.observed), q(range.limit)]).toEqual(['400 ug', '300 ug']);
    expect(range.message).toContain("the protocol's maximum of 300 mcg");
    expect(massUnitsOfChecks(p)).toEqual(new Set(['ug']));
  });

  it('magnesium: every check in g, 1225 mg/h shown as 1.225 g/h and the 150 mg/min limit as 0.15 g/min', () => {
    const p = magnesium();
    const rate = find(p, 'dose_rate_above_hard_limit');
    expect([q(rate.observed), q(rate.limit)]).toEqual(['1.225 g/h', '9 g/h']);
    expect(rate.message).toBe('Dose rate is within the hard upper limit of 0.15 g/min.');
    const conc = find(p, 'concentration_above_hard_limit');
    expect([q(conc.observed), q(conc.limit)]).toEqual(['0.049 g/mL', '0.2 g/mL']);
    expect(conc.message).toBe('Final concentration is within the hard upper limit of 0.2 g/mL.');
    expect([q(find(p, 'session_dose_above_soft_limit').observed), q(find(p, 'session_dose_above_soft_limit').limit)]).toEqual(['4.9 g', '30 g']);
    expect(q(find(p, 'session_dose_per_kg_above_soft_limit').limit)).toBe('0.07 g/kg');
    expect(massUnitsOfChecks(p)).toEqual(new Set(['g']));
  });

  it('serum creatinine in a patient check stays in mg/dL on a plan shown in mcg', () => {
    // 1.1 mg/dL is the patient's, not the drug's: no shift (0.0011 g/dL or 1100 mcg/dL would be wrong).
    const p = plan({
      patient: { weight: kg(70), creatinine: { value: '1.1', unit: 'mg/dL' }, ageYears: 50, sex: 'male', height: { value: 175, unit: 'cm' } },
      protocol: 'clonidine-iv-150-300',
      session: 1,
      dose: { total: { value: 150, unit: 'ug' } },
    });
    const creatinine = p.checks.filter((c) => c.observed?.unit === 'mg/dL');
    expect(creatinine.length).toBeGreaterThan(0);
    for (const c of creatinine) expect(q(c.observed)).toBe('1.1 mg/dL');
  });

  it('checkPlan, formatPlan and the worksheet read such plans as before', () => {
    for (const p of [dex(), clonidine(), magnesium()]) {
      expect(checkPlan(p).ok, p.protocol.id).toBe(true);
      expect(typeof formatPlan(p)).toBe('string');
      expect(typeof formatWorksheet(p)).toBe('string');
    }
    // formatPlan shows the plan's mcg values digit for digit: 1.2 and 1 mcg/kg/h.
    expect(formatPlan(dex())).toContain('(observed 1.2 mcg/kg/h; limit 1 mcg/kg/h)');
  });
});

describe("the planner's refusals in the agent's display unit", () => {
  it('clonidine without a dose: "150 to 300 mcg", not ug', () => {
    const r = planInfusion({ patient: { weight: kg(70) }, protocol: 'clonidine-iv-150-300', session: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.issues.find((i) => i.code === 'dose_required');
    expect(issue?.message).toBe('This protocol gives no session dose; the clinician must supply one (150 to 300 mcg).');
  });

  it('clonidine 2 mg: refused with 2000 mcg against the 1500 mcg tenfold line and 750 mcg cap', () => {
    // 2 mg = 2000 mcg; usual 150 mcg x 10 = 1500 mcg. Drawn: 2000 / 150 = 13.33 mL, to 0.1 mL 13.3 mL
    // x 150 = 1995 mcg in the bag, over the 750 mcg hard limit.
    const r = planInfusion({ patient: { weight: kg(70) }, protocol: 'clonidine-iv-150-300', session: 1, dose: { total: { value: 2, unit: 'mg' } } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const tenfold = r.issues.find((i) => i.code === 'tenfold_dose');
    expect([q(tenfold?.observed), q(tenfold?.limit)]).toEqual(['2000 ug', '1500 ug']);
    expect(tenfold?.message).toContain("the protocol's usual 150 mcg");
    const cap = r.issues.find((i) => i.code === 'session_dose_above_hard_limit');
    expect([q(cap?.observed), q(cap?.limit)]).toEqual(['1995 ug', '750 ug']);
    expect(cap?.message).toBe('Session dose exceeds the hard upper limit of 750 mcg; this cannot be overridden.');
  });
});

describe('a combination bag: each agent in its own display unit', () => {
  it('ketamine in mg and magnesium in g in one bag', () => {
    // Clinic ketamine 0.3 mg/kg/h x 70 kg = 21 mg/h over 4 h; Collins magnesium 4.9 g over 4 h = 1.225 g/h.
    const r = planCombination({
      patient: { weight: kg(70) },
      session: 1,
      components: [{ protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } }, { protocol: 'magnesium-crps-collins-2009' }],
      preparation: { containerVolume: { value: 250, unit: 'mL' } },
      acknowledgements: [{ code: 'compatibility_unknown', reason: 'pharmacy reviewed' }],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // Every finding an agent's amount is in (mass per ..., or a volume), not a session count or a duration.
    const MASS_OR_VOLUME = ['g', 'mg', 'mcg', 'ug', 'mL'];
    const inAmount = (agent: string) =>
      r.plan.checks.filter((c) => c.agent === agent && c.observed !== undefined && MASS_OR_VOLUME.includes(c.observed.unit.split('/')[0] ?? ''));
    const mg = inAmount('magnesium-sulfate');
    expect(mg.length).toBeGreaterThan(0);
    for (const c of mg) expect(c.observed?.unit.split('/')[0], c.code).toBe('g');
    const rate = mg.find((c) => c.code === 'dose_rate_above_hard_limit');
    expect(q(rate?.observed)).toBe('1.225 g/h');
    const ketamine = inAmount('ketamine');
    expect(ketamine.length).toBeGreaterThan(0);
    for (const c of ketamine) expect(['mg', 'mL'], c.code).toContain(c.observed?.unit.split('/')[0]);
  });
});

describe('the CLI --json', () => {
  const cli = `${ROOT}dist/cli.js`;
  it.skipIf(skipUnless(existsSync(cli)))('a clonidine plan as JSON: checks in ug, messages in mcg', () => {
    const out = spawnSync(
      process.execPath,
      [cli, 'plan', '--protocol', 'clonidine-iv-150-300', '--weight', '70kg', '--total', '400mcg', '--session', '1', '--json'],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    const r = JSON.parse(out.stdout) as { ok: boolean; plan: Plan };
    expect(r.ok).toBe(true);
    // As the API: 405 mcg against 300 mcg (worked above).
    const soft = r.plan.checks.find((c) => c.code === 'session_dose_above_soft_limit');
    expect([q(soft?.observed), q(soft?.limit)]).toEqual(['405 ug', '300 ug']);
    expect(massUnitsOfChecks(r.plan)).toEqual(new Set(['ug']));
  });
});
