/**
 * Issue 16 item 1 (Stryker's survivors of src/rules/adjustment-rules.ts): the findings of an agent's
 * adjustments for age, renal and hepatic states, with their rule ids and texts word for word, built by
 * hand from the templates in that file:
 * - contraindicated: "<text> (<state>): the source contraindicates it, so the plan is refused." (hard);
 * - review: "<text> (<state>). Review the dose and acknowledge with a reason." (soft);
 * - maximum-loading within: "The loading dose is within the <value> <unit> the source gives for <state>.";
 * - minimum-duration within: "The infusion time is at least the <value> <unit> the source gives for <state>.",
 *   beyond: "<text>; this plan runs over <hours> h (<state>). Lengthen the infusion or acknowledge with a reason.";
 * - the age an adjustment needs, missing: one finding, rule "<first adjustment id>.age", however many
 *   of the agent's adjustments read the age.
 * The state of a risk is its id with each hyphen read as a space ("severe-hepatic-impairment" ->
 * "severe hepatic impairment"). Messages show mcg where the data writes ug.
 */
import { describe, expect, it } from 'vitest';
import { type PlanResult, planInfusion } from '../support/untyped.js';

const findings = (r: PlanResult, code: string) => (r.ok ? r.plan.checks : r.issues).filter((c) => c.code === code);
const kg70 = { value: 70, unit: 'kg' };

describe('a contraindication and a review: their texts', () => {
  it('ketamine in severe hepatic impairment is refused, the state written with spaces (Cohen 2018)', () => {
    const r = planInfusion({ patient: { weight: kg70, risks: ['severe-hepatic-impairment'] }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
    expect(r.ok).toBe(false);
    // text "Ketamine: avoid in severe hepatic impairment"; state "severe-hepatic-impairment" -> "severe hepatic impairment".
    expect(findings(r, 'contraindicated_for_patient').map((c) => [c.rule, c.severity, c.passed, c.message])).toEqual([
      [
        'ketamine.severe-hepatic-impairment',
        'hard',
        false,
        'Ketamine: avoid in severe hepatic impairment (severe hepatic impairment): the source contraindicates it, so the plan is refused.',
      ],
    ]);
  });

  it('dexmedetomidine in hepatic impairment asks for a review of the dose (label)', () => {
    const r = planInfusion({
      patient: { weight: kg70, ageYears: 40, risks: ['hepatic-impairment'] },
      protocol: 'dexmedetomidine-procedural-label',
      session: 1,
      dose: { duration: { value: 2, unit: 'h' } },
    });
    expect(r.ok && r.plan.status).toBe('needs-acknowledgement');
    expect(findings(r, 'adjustment_for_hepatic_impairment').map((c) => [c.rule, c.severity, c.passed, c.message])).toEqual([
      [
        'dexmedetomidine.hepatic-impairment',
        'soft',
        false,
        'The label says to consider a dose reduction in hepatic impairment (hepatic impairment). Review the dose and acknowledge with a reason.',
      ],
    ]);
  });
});

describe('the loading dose over 65 within the label, and the age asked for once', () => {
  it('age 70, loading 0.5 mcg/kg: within the 0.5 mcg/kg the label gives for age over 65 (0.5 <= 0.5)', () => {
    const r = planInfusion({
      patient: { weight: kg70, ageYears: 70 },
      protocol: 'dexmedetomidine-procedural-label',
      session: 1,
      dose: { duration: { value: 2, unit: 'h' }, loading: { value: 0.5, unit: 'ug/kg' } },
    });
    const loading = findings(r, 'adjustment_for_age').filter((c) => c.rule === 'dexmedetomidine.age-over-65.loading');
    expect(loading.map((c) => [c.passed, c.observed, c.limit, c.message])).toEqual([
      [true, { value: '0.5', unit: 'ug/kg' }, { value: '0.5', unit: 'ug/kg' }, 'The loading dose is within the 0.5 mcg/kg the source gives for age over 65.'],
    ]);
  });

  it('no age given: one finding asks for it, though two of the adjustments read the age', () => {
    // dexmedetomidine.age-over-65.loading and dexmedetomidine.age-over-65.maintenance both read the age;
    // the first one's id and text make the single finding.
    const r = planInfusion({
      patient: { weight: kg70 },
      protocol: 'dexmedetomidine-procedural-label',
      session: 1,
      dose: { duration: { value: 2, unit: 'h' } },
    });
    expect(findings(r, 'age_required_for_adjustment').map((c) => [c.rule, c.severity, c.passed, c.agent, c.message])).toEqual([
      [
        'dexmedetomidine.age-over-65.loading.age',
        'soft',
        false,
        'dexmedetomidine',
        "The label gives a loading dose of 0.5 mcg/kg over 10 min for age over 65; the patient's age is not given, so the adjustment cannot be judged. Give ageYears or acknowledge with a reason.",
      ],
    ]);
  });
});

describe('the minimum infusion time in severe renal impairment (pamidronate, 4 h)', () => {
  const pamidronate = (hours: number) =>
    planInfusion({
      patient: { weight: { value: 60, unit: 'kg' }, risks: ['severe-renal-impairment'] },
      protocol: 'pamidronate-crps-3day',
      session: 1,
      dose: { duration: { value: hours, unit: 'h' } },
    });
  const durationFinding = (r: PlanResult) =>
    findings(r, 'adjustment_for_renal_impairment')
      .filter((c) => c.rule === 'pamidronate.severe-renal-impairment.duration')
      .map((c) => [c.passed, c.observed, c.limit, c.message]);

  it('4 h: at least the 4 h the source gives (4 >= 4)', () => {
    expect(durationFinding(pamidronate(4))).toEqual([
      [true, { value: '4', unit: 'h' }, { value: '4', unit: 'h' }, 'The infusion time is at least the 4 h the source gives for severe renal impairment.'],
    ]);
  });

  it('2.5 h: shorter than 4 h, lengthen or acknowledge', () => {
    expect(durationFinding(pamidronate(2.5))).toEqual([
      [
        false,
        { value: '2.5', unit: 'h' },
        { value: '4', unit: 'h' },
        'In severe renal impairment (SCr at least 3 mg/dL or CrCl below 30 mL/min) pamidronate is infused over 4-6 h; this plan runs over 2.5 h (severe renal impairment). Lengthen the infusion or acknowledge with a reason.',
      ],
    ]);
  });
});
