/**
 * The patient's states as the rules read them (src/patient/risks.ts): a severe state implies the
 * milder one, and thrombosis or renal impairment lowers immune globulin's label rate. Issue 16 item
 * 1: these pin Stryker's survivors of the file. Source of the at-risk rate: the IGIV labels' boxed
 * warning for thrombosis and renal dysfunction (shared/reference/clinical-dosing.md, immune globulin,
 * "Risk-based rate limits" [label]); Privigen's maximum is 8 mg/kg/min, 2 mg/kg/min at risk, as the
 * product record states it.
 */
import { describe, expect, it } from 'vitest';
import { isAtRateRisk, patientRiskSet } from '../../src/patient/risks.js';
import { planInfusion } from '../support/untyped.js';

describe('patientRiskSet', () => {
  it('no risks given: the empty set', () => {
    expect([...patientRiskSet(undefined)]).toEqual([]);
    expect([...patientRiskSet([])]).toEqual([]);
  });

  it('a state with no milder one adds nothing else', () => {
    expect([...patientRiskSet(['thrombosis'])]).toEqual(['thrombosis']);
  });

  it('a severe state adds the milder one it implies', () => {
    expect([...patientRiskSet(['severe-renal-impairment'])]).toEqual(['severe-renal-impairment', 'renal-impairment']);
    expect([...patientRiskSet(['thrombosis', 'severe-hepatic-impairment'])]).toEqual(['thrombosis', 'severe-hepatic-impairment', 'hepatic-impairment']);
  });
});

describe('isAtRateRisk', () => {
  it('thrombosis or renal impairment (severe included) is a rate risk; a hepatic state is not', () => {
    expect(isAtRateRisk(new Set(['thrombosis']))).toBe(true);
    expect(isAtRateRisk(new Set(['renal-impairment']))).toBe(true);
    expect(isAtRateRisk(patientRiskSet(['severe-renal-impairment']))).toBe(true);
    expect(isAtRateRisk(patientRiskSet(['severe-hepatic-impairment']))).toBe(false);
    expect(isAtRateRisk(new Set())).toBe(false);
  });
});

describe('immune globulin at risk of renal impairment: the lower label maximum is in force', () => {
  const goebel = (rate: number, risks: string[]) =>
    planInfusion({
      patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male', risks },
      protocol: 'ivig-crps-goebel-2010',
      session: 1,
      dose: { rate: { value: rate, unit: 'mg/kg/min' } },
    });

  it('2.1 mg/kg/min is refused with renal impairment (2.1 > 2), severe or not, and plans without it (2.1 <= 8)', () => {
    const renal = goebel(2.1, ['renal-impairment']);
    expect(renal.ok ? [] : renal.issues.map((i) => i.code)).toEqual(['rate_above_label_maximum']);
    const severe = goebel(2.1, ['severe-renal-impairment']);
    expect(severe.ok ? [] : severe.issues.map((i) => i.code)).toEqual(['rate_above_label_maximum']);
    const none = goebel(2.1, []);
    // 2.1 mg/kg/min = 0.0021 g/kg/min, within the usual 8 mg/kg/min (findings in the agent's unit, g).
    expect(none.ok && none.plan.checks.filter((c) => c.code === 'rate_above_label_maximum').map((c) => [c.passed, c.observed?.value])).toEqual([
      [true, '0.0021'],
    ]);
  });
});
