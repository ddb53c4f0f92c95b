/**
 * Issue 16 item 1 (Stryker's survivors of src/rules/patient-rules.ts): the two patient-record rules,
 * pinned field by field through planInfusion. Each expected text is built by hand from the rule's
 * template in src/rules/patient-rules.ts and the protocol record it quotes.
 * - ibw_extrapolated: rule "patient.ideal-weight.height-under-60-in", soft, its secondary source with
 *   `verified: false` kept visible (the reference grades the under-60-in edge case [secondary], GlobalRPh and calculatorhub);
 * - session_beyond_course: rule "protocol.schedule.sessions", "Session <n> of <sessions>
 *   (<description>)." when within the course, "Session <n> is beyond the protocol's course of
 *   <sessions> (<description>); acknowledge with a reason." beyond it.
 */
import { describe, expect, it } from 'vitest';
import { planInfusion, type PlanResult } from '../support/untyped.js';

const checkOf = (r: PlanResult, code: string) => (r.ok ? r.plan.checks.filter((c) => c.code === code) : []);

describe('ibw_extrapolated: a dosing weight continued below 60 in', () => {
  it('IVIG Goebel, a woman 130 cm tall: the whole finding, its unverified source included', () => {
    // 130 cm / 2.54 = 51.18110236... in, shown to 6 places: 51.181102 in; the limit is 60 in.
    const r = planInfusion({
      patient: { weight: { value: 40, unit: 'kg' }, height: { value: 130, unit: 'cm' }, sex: 'female', ageYears: 40 },
      protocol: 'ivig-crps-goebel-2010',
      session: 1,
    });
    expect(checkOf(r, 'ibw_extrapolated')).toEqual([
      {
        code: 'ibw_extrapolated',
        rule: 'patient.ideal-weight.height-under-60-in',
        severity: 'soft',
        passed: false,
        observed: { value: '51.181102', unit: '[in_i]' },
        limit: { value: '60', unit: '[in_i]' },
        // The reference (clinical-dosing.md, "IBW edge cases", [secondary]): GlobalRPh subtracts 2.3 kg
        // per inch under 60 in, calculatorhub clamps; not validated there.
        source: {
          citation:
            'GlobalRPh "intuitive method" (subtract 2.3 kg per inch under 60 in); calculatorhub clamps instead. The formula is not validated under 60 in.',
          grade: 'secondary',
          verified: false,
        },
        message:
          'Height is under 60 in, where the Devine formula is not validated; the line was continued below 60 in. Confirm the dosing weight and acknowledge.',
      },
    ]);
  });
});

describe('session_beyond_course: the session number against the course length', () => {
  // Kim 2015 magnesium (src/protocols/magnesium-phn-kim-2015.ts): 3 sessions, "Every other day, 3 infusions".
  const kim = (session: number) => planInfusion({ patient: { weight: { value: 85, unit: 'kg' } }, protocol: 'magnesium-phn-kim-2015', session });

  it('session 2 of 3 passes, with its rule and the course in the message', () => {
    const [c] = checkOf(kim(2), 'session_beyond_course');
    expect(c && [c.rule, c.severity, c.passed, c.observed, c.limit, c.message]).toEqual([
      'protocol.schedule.sessions',
      'soft',
      true,
      { value: '2', unit: '{session}' },
      { value: '3', unit: '{session}' },
      'Session 2 of 3 (Every other day, 3 infusions).',
    ]);
  });

  it('session 4 of 3 fails, soft, asking for an acknowledgement', () => {
    const [c] = checkOf(kim(4), 'session_beyond_course');
    expect(c && [c.rule, c.severity, c.passed, c.message]).toEqual([
      'protocol.schedule.sessions',
      'soft',
      false,
      "Session 4 is beyond the protocol's course of 3 (Every other day, 3 infusions); acknowledge with a reason.",
    ]);
  });
});
