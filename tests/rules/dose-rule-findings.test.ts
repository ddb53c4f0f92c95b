/**
 * Issue 16 item 1 (Stryker's survivors of src/rules/dose-rules.ts): the dose-parameter findings with
 * their rule ids, limits and texts, word for word, built by hand from the templates in that file:
 * - rate_above_label_maximum: rule "<product id>.ramp.max"; "The rate is within|is above the label's
 *   maximum of <max> mg/kg/min for <product name>[ in a patient at risk of thrombosis or renal injury]."
 *   (the plan shows immune globulin in its display unit, g: 8 mg/kg/min / 1000 = 0.008 g/kg/min);
 * - clearance_band: rule "protocol.clearance-bands"; the band's upper bound as the limit, else its
 *   lower bound, else none; "Creatinine clearance <crcl> mL/min gives a dose of <dose> <unit>." or
 *   "... is in a band where this product is not recommended.";
 * - dose_above_titration, session_number_mismatch and history_not_used with their texts.
 * Cockcroft-Gault (male): CrCl = (140 - age) x weight / (72 x serum creatinine in mg/dL).
 * Zometa bands (zoledronic-acid-4mg-by-crcl): < 30 none; 30 to < 40: 3 mg; 40 to < 50: 3.3 mg;
 * 50 to 60: 3.5 mg; > 60: 4 mg (Zometa SmPC, as the protocol cites it).
 */
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal/index.js';
import { clearanceBandCheck } from '../../src/rules/dose-rules.js';
import { BUILTIN_CATALOGUE, type PlanResult, planInfusion } from '../support/untyped.js';

const PRIVIGEN = 'Privigen 10% (0.1 g/mL), 2.5 g in 25 mL vial';
const goebel = (rate: number, risks: string[]) =>
  planInfusion({
    patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male', risks },
    protocol: 'ivig-crps-goebel-2010',
    session: 1,
    dose: { rate: { value: rate, unit: 'mg/kg/min' } },
  });
const finding = (r: PlanResult, code: string) => (r.ok ? r.plan.checks : r.issues).filter((c) => c.code === code);

describe("the label's maximum rate: rule id and text", () => {
  it('8 mg/kg/min, not at risk: within the maximum of 8 mg/kg/min (0.008 g/kg/min), no at-risk words', () => {
    const found = finding(goebel(8, []), 'rate_above_label_maximum');
    expect(found.map((c) => [c.rule, c.passed, c.message])).toEqual([
      ['immune-globulin-privigen-10pct-2.5g-25ml.ramp.max', true, `The rate is within the label's maximum of 0.008 g/kg/min for ${PRIVIGEN}.`],
    ]);
  });

  it('2.1 mg/kg/min at risk of thrombosis: above the at-risk maximum of 2 mg/kg/min (0.002 g/kg/min), refused', () => {
    const r = goebel(2.1, ['thrombosis']);
    expect(r.ok).toBe(false);
    expect(finding(r, 'rate_above_label_maximum').map((c) => [c.rule, c.passed, c.message])).toEqual([
      [
        'immune-globulin-privigen-10pct-2.5g-25ml.ramp.max',
        false,
        `The rate is above the label's maximum of 0.002 g/kg/min for ${PRIVIGEN} in a patient at risk of thrombosis or renal injury.`,
      ],
    ]);
  });
});

const zometa = (weight: number, ageYears: number, creatinine: number, plan: typeof planInfusion = planInfusion) =>
  plan({
    patient: { weight: { value: weight, unit: 'kg' }, ageYears, sex: 'male', creatinine: { value: creatinine, unit: 'mg/dL' } },
    protocol: 'zoledronic-acid-4mg-by-crcl',
    session: 1,
    dose: { duration: { value: 15, unit: 'min' } },
  });
const band = (r: PlanResult) => finding(r, 'clearance_band').map((c) => [c.rule, c.passed, c.limit, c.message]);

describe('the creatinine-clearance band: limit and text', () => {
  it('100 mL/min is in the top band (above 60, no upper bound): its lower bound 60 is the limit, 4 mg', () => {
    // (140 - 50) x 80 / (72 x 1) = 7200 / 72 = 100 mL/min > 60: 4 mg.
    expect(band(zometa(80, 50, 1))).toEqual([
      ['protocol.clearance-bands', true, { value: '60', unit: 'mL/min' }, 'Creatinine clearance 100 mL/min gives a dose of 4 mg.'],
    ]);
  });

  it('36 mL/min is in the 30 to 40 band: its upper bound 40 is the limit (not its lower bound 30), 3 mg', () => {
    // (140 - 68) x 72 / (72 x 2) = 72 x 72 / 144 = 36 mL/min: 30 <= 36 < 40, 3 mg.
    expect(band(zometa(72, 68, 2))).toEqual([
      ['protocol.clearance-bands', true, { value: '40', unit: 'mL/min' }, 'Creatinine clearance 36 mL/min gives a dose of 3 mg.'],
    ]);
  });

  it('13.888889 mL/min is in the band under 30, which has no dose: refused, limit 30, not recommended', () => {
    // (140 - 80) x 50 / (72 x 3) = 3000 / 216 = 13.8888... -> 13.888889 (6 places).
    const r = zometa(50, 80, 3);
    expect(r.ok).toBe(false);
    expect(band(r)).toEqual([
      [
        'protocol.clearance-bands',
        false,
        { value: '30', unit: 'mL/min' },
        'Creatinine clearance 13.888889 mL/min is in a band where this product is not recommended.',
      ],
    ]);
  });

  it('a clearance in no band (called directly: catalogue validation refuses bands that leave a gap) is not recommended, with no limit', () => {
    // No validated catalogue reaches this branch: clearance_bands_invalid refuses bands that leave a gap
    // (tests/catalogue/clearance-bands.test.ts). Called directly with no band found for 36 mL/min, the
    // rule still refuses (hard, not passed) and quotes no band bound.
    const zol = BUILTIN_CATALOGUE.protocols.find((p) => p.id === 'zoledronic-acid-4mg-by-crcl')?.clearanceBands;
    if (zol === undefined) throw new Error('the Zometa protocol doses by clearance bands');
    const c = clearanceBandCheck(zol, dec(36), undefined);
    expect([c.code, c.severity, c.passed, 'limit' in c, c.message]).toEqual([
      'clearance_band',
      'hard',
      false,
      false,
      'Creatinine clearance 36 mL/min is in a band where this product is not recommended.',
    ]);
  });
});

describe('the titration findings: rule ids, severity and text', () => {
  const session = (n: number, rate: string, relief: number) => ({
    date: `2026-01-0${n * 2}`,
    protocol: 'ketamine-clinic-course-2x3',
    session: n,
    given: { rate: { value: rate, unit: 'mg/kg/h' } },
    reliefPercent: relief,
    completed: true,
  });
  const history = [session(1, '0.2', 10), session(2, '0.4', 20), session(3, '0.6', 15)];
  const clinic = (extra: Record<string, unknown>) =>
    planInfusion({
      patient: { weight: { value: 80, unit: 'kg' } },
      protocol: 'ketamine-clinic-course-2x3',
      session: 4,
      preparation: { containerVolume: { value: 250, unit: 'mL' } },
      history,
      ...extra,
    });

  it('0.9 mg/kg/h chosen where the engine escalates to 0.8: soft, quoting the engine dose and its reason', () => {
    // Session 3 (2026-01-06): 0.6 mg/kg/h, relief 15% < 30%, tolerated: escalate by 0.2 to 0.8 mg/kg/h.
    const found = finding(clinic({ dose: { rate: { value: 0.9, unit: 'mg/kg/h' } } }), 'dose_above_titration');
    const reason =
      'Session 3 (2026-01-06) was tolerated without a response (recorded response 15% against a 30% threshold). Escalate by 0.2 mg/kg/h from 0.6 mg/kg/h in Session 3 (2026-01-06): 0.8 mg/kg/h.';
    expect(found.map((c) => c.message)).toEqual([
      `The chosen dose is above the titration engine's next dose (0.8 mg/kg/h: ${reason}); acknowledge with a reason.`,
    ]);
  });

  it('session 5 asked for after 3 earlier sessions: a soft titration.session finding that needs an acknowledgement', () => {
    const r = clinic({ session: 5 });
    expect(finding(r, 'session_number_mismatch').map((c) => [c.rule, c.severity, c.passed, c.message])).toEqual([
      [
        'titration.session',
        'soft',
        false,
        'Session 5 was asked for, but the history holds 3 earlier session(s) of this protocol; check the record and acknowledge.',
      ],
    ]);
    expect(r.ok && r.plan.status).toBe('needs-acknowledgement');
  });

  it('a history under a protocol with no titration rule (Schwartzman): an info note, not passed, and the plan is ready', () => {
    const r = planInfusion({
      patient: { weight: { value: 70, unit: 'kg' } },
      protocol: 'ketamine-crps-schwartzman-2009',
      session: 2,
      date: '2026-03-03',
      history: [
        { date: '2026-03-02', protocol: 'ketamine-crps-schwartzman-2009', session: 1, given: { rate: { value: 0.35, unit: 'mg/kg/h' } }, completed: true },
      ],
    });
    expect(finding(r, 'history_not_used').map((c) => [c.rule, c.severity, c.passed, c.message])).toEqual([
      ['titration.none', 'info', false, 'This protocol has no titration rule: the earlier sessions do not change the dose.'],
    ]);
    expect(r.ok && r.plan.status).toBe('ready');
  });
});
