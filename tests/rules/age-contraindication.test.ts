/**
 * A contraindication by age (an institution catalogue's `adjustments` entry with `when: { ageOver }`
 * and `action: { kind: 'contraindicated' }`; no built-in agent states one). Found while reviewing
 * Stryker's survivors of src/rules/table.ts: the refusal carried `adjustment_for_age` as `hard` though
 * the rule declared the code soft only, pointed at `dose`, and with no age given the plan asked for the
 * age only as a soft, acknowledgeable `age_required_for_adjustment`: leaving the age out turned a
 * contraindication into an acknowledgement. A hard limit that cannot be evaluated is a refusal.
 *
 * The catalogue here is the built-in one with one more dexmedetomidine adjustment: no dexmedetomidine
 * over 80 (a site rule, for the test). Texts are built by hand from the templates in
 * src/rules/adjustment-rules.ts:
 * - contraindicated: "<text> (<state>): the source contraindicates it, so the plan is refused.";
 * - the age missing for a contraindication: "<text> (<state>); the patient's age is not given, so the
 *   contraindication cannot be judged and the plan is refused. Give ageYears.";
 * - the age missing for adjustments only: "<text>; the patient's age is not given, so the adjustment
 *   cannot be judged. Give ageYears or acknowledge with a reason." (rule "<first adjustment id>.age").
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, type PlanResult } from '../support/untyped.js';

type Json = Record<string, unknown>;
const TEXT = 'Site rule: no dexmedetomidine over 80';

function calculator() {
  const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
  const dex = (cat['agents'] as Json[]).find((a) => a['id'] === 'dexmedetomidine') as Json;
  const adjustments = dex['adjustments'] as Json[];
  adjustments.push({
    id: 'site.dexmedetomidine.age-over-80',
    when: { ageOver: '80' },
    action: { kind: 'contraindicated' },
    text: TEXT,
    source: (adjustments[0] as Json)['source'],
  });
  const made = createCalculator(cat);
  if (!made.ok) throw new Error(`catalogue refused: ${JSON.stringify(made.issues)}`);
  return made.calculator;
}
const calc = calculator();

/** Dexmedetomidine by its label, 70 kg, 2 h (its own template's shape), with the patient fields given. */
const plan = (patient: Json, extra: Json = {}): PlanResult =>
  calc.planInfusion({
    patient: { weight: { value: 70, unit: 'kg' }, ...patient },
    protocol: 'dexmedetomidine-procedural-label',
    session: 1,
    dose: { duration: { value: 2, unit: 'h' } },
    ...extra,
  });
const of = (r: PlanResult, code: string) => (r.ok ? r.plan.checks : r.issues).filter((c) => c.code === code);

describe('a contraindication by age refuses, and points at the age', () => {
  it('age 85 (over 80): refused, hard, at patient.ageYears', () => {
    const r = plan({ ageYears: 85 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const hard = r.issues.filter((i) => i.rule === 'site.dexmedetomidine.age-over-80');
    expect(hard.map((i) => [i.code, i.severity, i.passed, i.path, i.message])).toEqual([
      ['adjustment_for_age', 'hard', false, ['patient', 'ageYears'], `${TEXT} (age over 80): the source contraindicates it, so the plan is refused.`],
    ]);
  });

  it("age 75 (over 65, not over 80): the contraindication does not hold; the label's soft adjustments for age over 65 do", () => {
    const r = plan({ ageYears: 75 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.checks.filter((c) => c.rule === 'site.dexmedetomidine.age-over-80')).toEqual([]);
    // Both label adjustments over 65 hold (75 > 65): the loading maximum and the review, each soft.
    expect(of(r, 'adjustment_for_age').map((c) => [c.rule, c.severity])).toEqual([
      ['dexmedetomidine.age-over-65.loading', 'soft'],
      ['dexmedetomidine.age-over-65.maintenance', 'soft'],
    ]);
  });

  it('age exactly 80: not over 80, so not contraindicated (the adjustment reads "over")', () => {
    const r = plan({ ageYears: 80 });
    expect(r.ok).toBe(true);
  });
});

describe('the age missing where a contraindication needs it refuses; an acknowledgement cannot lift it', () => {
  it('no age: one hard age_required_for_adjustment on the contraindication, at patient.ageYears', () => {
    const r = plan({});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.filter((i) => i.code === 'age_required_for_adjustment').map((i) => [i.rule, i.severity, i.passed, i.path, i.message])).toEqual([
      [
        'site.dexmedetomidine.age-over-80.age',
        'hard',
        false,
        ['patient', 'ageYears'],
        `${TEXT} (age over 80); the patient's age is not given, so the contraindication cannot be judged and the plan is refused. Give ageYears.`,
      ],
    ]);
  });

  it('no age, with an acknowledgement of age_required_for_adjustment: still refused', () => {
    const r = plan({}, { acknowledgements: [{ code: 'age_required_for_adjustment', reason: 'age not recorded at intake' }] });
    expect(r.ok).toBe(false);
    expect(of(r, 'age_required_for_adjustment').map((i) => i.severity)).toEqual(['hard']);
  });

  it('the built-in catalogue (no contraindication by age): no age still asks for it softly, once, on the first adjustment', () => {
    const r = createCalculator(BUILTIN_CATALOGUE);
    if (!r.ok) throw new Error('built-in catalogue refused');
    const p = r.calculator.planInfusion({
      patient: { weight: { value: 70, unit: 'kg' } },
      protocol: 'dexmedetomidine-procedural-label',
      session: 1,
      dose: { duration: { value: 2, unit: 'h' } },
    });
    expect(p.ok && p.plan.status).toBe('needs-acknowledgement');
    expect(of(p, 'age_required_for_adjustment').map((c) => [c.rule, c.severity, c.message])).toEqual([
      [
        'dexmedetomidine.age-over-65.loading.age',
        'soft',
        "The label gives a loading dose of 0.5 mcg/kg over 10 min for age over 65; the patient's age is not given, so the adjustment cannot be judged. Give ageYears or acknowledge with a reason.",
      ],
    ]);
  });

  it('the built-in catalogue, hepatic impairment and no age: the age is asked for where the first age adjustment stands, before the hepatic review (the order of findings as before)', () => {
    const r = createCalculator(BUILTIN_CATALOGUE);
    if (!r.ok) throw new Error('built-in catalogue refused');
    const p = r.calculator.planInfusion({
      patient: { weight: { value: 70, unit: 'kg' }, risks: ['hepatic-impairment'] },
      protocol: 'dexmedetomidine-procedural-label',
      session: 1,
      dose: { duration: { value: 2, unit: 'h' } },
    });
    if (!p.ok) throw new Error('refused');
    // The agent lists: loading over 65, review over 65 (both need the age), then the hepatic review.
    expect(p.plan.checks.filter((c) => c.code.startsWith('age_required') || c.code.startsWith('adjustment_')).map((c) => [c.code, c.rule])).toEqual([
      ['age_required_for_adjustment', 'dexmedetomidine.age-over-65.loading.age'],
      ['adjustment_for_hepatic_impairment', 'dexmedetomidine.hepatic-impairment'],
    ]);
  });
});
