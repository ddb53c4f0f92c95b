/**
 * Safety-check messages, flags and codes of src/checks/{limits,patient,unverified}.ts and the unit
 * reading of src/units/measure.ts. Every expected value is worked out by hand from the limit records
 * in src/agents/*.ts and src/patient/limits.ts (quoted in the comments).
 */
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal/index.js';
import type { Limit, Source } from '../../src/catalogue/types.js';
import type { Check } from '../../src/types/plan.js';
import { checkLimit, readLimit } from '../../src/checks/limits.js';
import { patientChecks } from '../../src/checks/patient.js';
import { unverified } from '../../src/checks/unverified.js';
import { MEASURE_BASE_UNIT, fromMgTo, hoursToMinutes, readMeasure } from '../../src/units/measure.js';
import { magnesiumSulfate } from '../../src/agents/magnesium-sulfate.js';
import { pamidronate } from '../../src/agents/pamidronate.js';
import { clonidine } from '../../src/agents/clonidine.js';
import { ketamine } from '../../src/agents/ketamine.js';
import { lidocaine } from '../../src/agents/lidocaine.js';
import { immuneGlobulin } from '../../src/agents/immune-globulin.js';
import { CLONIDINE_DILUENT_CONFLICT } from '../../src/agents/sources-more.js';
import { ADULT_PATIENT_LIMITS } from '../../src/patient/limits.js';
import { planInfusion } from '../support/untyped.js';

/** The catalogue limit with this id, or a thrown error. */
function limitOf(agent: { readonly limits: readonly Limit[] }, id: string): Limit {
  const l = agent.limits.find((x) => x.id === id);
  if (!l) throw new Error(`no limit ${id}`);
  return l;
}

/** A check that must exist. */
function must(c: Check | undefined): Check {
  if (!c) throw new Error('expected a check');
  return c;
}

const HARD = '; this cannot be overridden.';
const SOFT = '; acknowledge with a reason to proceed.';

describe('checkLimit: agent limits', () => {
  // magnesium-sulfate.dose-rate.upper-hard: 150 mg/min = 150 x 60 = 9000 mg/h.
  const mgRate = limitOf(magnesiumSulfate, 'magnesium-sulfate.dose-rate.upper-hard');

  it('a dose rate over a hard upper limit exceeds it and cannot be overridden', () => {
    // 160 mg/min = 9600 mg/h > 9000 mg/h.
    const c = must(checkLimit(mgRate, { 'dose-rate': dec('9600') }, 'magnesium-sulfate'));
    expect(c.code).toBe('dose_rate_above_hard_limit');
    expect(c.rule).toBe('magnesium-sulfate.dose-rate.upper-hard');
    expect(c.severity).toBe('hard');
    expect(c.passed).toBe(false);
    expect(c.agent).toBe('magnesium-sulfate');
    expect(c.observed).toEqual({ value: '9600', unit: 'mg/h' });
    expect(c.limit).toEqual({ value: '9000', unit: 'mg/h' });
    expect(c.message).toContain('Dose rate exceeds the hard upper limit of 150 mg/min');
    expect(c.message.endsWith(HARD)).toBe(true);
    expect(c.message).not.toContain('acknowledge');
    expect(c.message).not.toContain('within');
  });

  it('a dose rate at the hard upper limit is within it', () => {
    // exactly 9000 mg/h: upper bound is inclusive.
    const c = must(checkLimit(mgRate, { 'dose-rate': dec('9000') }, undefined));
    expect(c.passed).toBe(true);
    expect(c.agent).toBeUndefined();
    expect(c.message).toBe('Dose rate is within the hard upper limit of 150 mg/min.');
  });

  it('a final concentration over its hard limit is named and coded as a concentration', () => {
    // magnesium-sulfate.concentration.upper-hard: 200 mg/mL; 250 mg/mL exceeds it.
    const lim = limitOf(magnesiumSulfate, 'magnesium-sulfate.concentration.upper-hard');
    const c = must(checkLimit(lim, { concentration: dec('250') }, 'magnesium-sulfate'));
    expect(c.code).toBe('concentration_above_hard_limit');
    expect(c.severity).toBe('hard');
    expect(c.passed).toBe(false);
    expect(c.observed).toEqual({ value: '250', unit: 'mg/mL' });
    expect(c.limit).toEqual({ value: '200', unit: 'mg/mL' });
    expect(c.message).toContain('Final concentration exceeds the hard upper limit of 200 mg/mL');
    expect(c.message.endsWith(HARD)).toBe(true);
  });

  it('an infusion shorter than a hard lower duration limit is below it', () => {
    // pamidronate.duration.lower-hard: 2 h; 1.5 h is below it.
    const lim = limitOf(pamidronate, 'pamidronate.duration.lower-hard');
    const c = must(checkLimit(lim, { duration: dec('1.5') }, 'pamidronate'));
    expect(c.code).toBe('duration_below_hard_limit');
    expect(c.severity).toBe('hard');
    expect(c.passed).toBe(false);
    expect(c.observed).toEqual({ value: '1.5', unit: 'h' });
    expect(c.limit).toEqual({ value: '2', unit: 'h' });
    expect(c.message).toContain('Infusion duration is below the hard lower limit of 2 h');
    expect(c.message).not.toContain('exceeds');
    expect(c.message.endsWith(HARD)).toBe(true);
  });

  it('an infusion at least as long as the lower limit is within it', () => {
    // pamidronate 2 h lower limit; 2 h passes (inclusive).
    const lim = limitOf(pamidronate, 'pamidronate.duration.lower-hard');
    const c = must(checkLimit(lim, { duration: dec('2') }, 'pamidronate'));
    expect(c.passed).toBe(true);
    expect(c.message).toBe('Infusion duration is within the hard lower limit of 2 h.');
  });

  it('a soft lower duration limit asks for an acknowledgement', () => {
    // clonidine.duration.lower-soft: 10 min = 1/6 h; 0.1 h (6 min) is below it.
    const lim = limitOf(clonidine, 'clonidine.duration.lower-soft');
    const c = must(checkLimit(lim, { duration: dec('0.1') }, 'clonidine'));
    expect(c.code).toBe('duration_below_soft_limit');
    expect(c.severity).toBe('soft');
    expect(c.passed).toBe(false);
    expect(c.observed).toEqual({ value: '0.1', unit: 'h' });
    expect(c.limit?.unit).toBe('h');
    expect(c.message).toContain('Infusion duration is below the soft lower limit of 10 min');
    expect(c.message.endsWith(SOFT)).toBe(true);
    expect(c.message).not.toContain('overridden');
  });

  it('a dose rate per kg over a soft limit asks for an acknowledgement', () => {
    // ketamine.dose-rate-per-kg.upper-soft: 1 mg/kg/h; 1.2 mg/kg/h exceeds it.
    const lim = limitOf(ketamine, 'ketamine.dose-rate-per-kg.upper-soft');
    const c = must(checkLimit(lim, { 'dose-rate-per-kg': dec('1.2') }, 'ketamine'));
    expect(c.code).toBe('dose_rate_per_kg_above_soft_limit');
    expect(c.severity).toBe('soft');
    expect(c.passed).toBe(false);
    expect(c.observed).toEqual({ value: '1.2', unit: 'mg/kg/h' });
    expect(c.limit).toEqual({ value: '1', unit: 'mg/kg/h' });
    expect(c.message).toContain('Dose rate per kg exceeds the soft upper limit of 1 mg/kg/h');
    expect(c.message.endsWith(SOFT)).toBe(true);
  });

  it('a dose rate per kg stated per minute is within its limit and names the stated unit', () => {
    // immune-globulin.dose-rate-per-kg.upper-soft: 8 mg/kg/min = 480 mg/kg/h; 480 is within.
    const lim = limitOf(immuneGlobulin, 'immune-globulin.dose-rate-per-kg.upper-soft');
    const c = must(checkLimit(lim, { 'dose-rate-per-kg': dec('480') }, 'immune-globulin'));
    expect(c.passed).toBe(true);
    expect(c.limit).toEqual({ value: '480', unit: 'mg/kg/h' });
    expect(c.message).toBe('Dose rate per kg is within the soft upper limit of 8 mg/kg/min.');
  });

  it('a session dose per kg over a soft limit is named and given in mg/kg', () => {
    // lidocaine.session-dose-per-kg.upper-soft: 7.5 mg/kg; 8 mg/kg exceeds it.
    const lim = limitOf(lidocaine, 'lidocaine.session-dose-per-kg.upper-soft');
    const c = must(checkLimit(lim, { 'session-dose-per-kg': dec('8') }, 'lidocaine'));
    expect(c.code).toBe('session_dose_per_kg_above_soft_limit');
    expect(c.observed).toEqual({ value: '8', unit: 'mg/kg' });
    expect(c.limit).toEqual({ value: '7.5', unit: 'mg/kg' });
    expect(c.message).toContain('Session dose per kg exceeds the soft upper limit of 7.5 mg/kg');
    expect(c.message.endsWith(SOFT)).toBe(true);
  });

  it('a session dose over a hard limit is named', () => {
    // lidocaine.session-dose.upper-hard: 500 mg; 600 mg exceeds it.
    const lim = limitOf(lidocaine, 'lidocaine.session-dose.upper-hard');
    const c = must(checkLimit(lim, { 'session-dose': dec('600') }, 'lidocaine'));
    expect(c.code).toBe('session_dose_above_hard_limit');
    expect(c.limit).toEqual({ value: '500', unit: 'mg' });
    expect(c.message).toContain('Session dose exceeds the hard upper limit of 500 mg');
    expect(c.message.endsWith(HARD)).toBe(true);
  });

  it('gives no check when the plan has no value for the limit’s measure', () => {
    // A concentration limit against a plan that only observed a dose rate.
    const lim = limitOf(magnesiumSulfate, 'magnesium-sulfate.concentration.upper-hard');
    expect(checkLimit(lim, { 'dose-rate': dec('100') }, 'magnesium-sulfate')).toBeUndefined();
  });

  it('readLimit refuses a unit no limit can use, naming the limit and the unit', () => {
    const bad: Limit = { ...mgRate, id: 'test.bad-unit', unit: 'mL/kg' };
    expect(() => readLimit(bad)).toThrow('catalogue limit test.bad-unit has unit mL/kg, which no limit can use');
  });
});

describe('patientChecks: adult plausibility', () => {
  const byRule = (checks: readonly Check[], rule: string): Check => {
    const c = checks.find((x) => x.rule === rule);
    if (!c) throw new Error(`no check ${rule}`);
    return c;
  };

  it('a weight over both upper limits: hard "cannot be an adult’s", soft "unusual"', () => {
    // 400 kg > 350 kg (upper-hard) and > 131.8 kg (upper-soft); >= 25 and >= 50.7 (lower limits pass).
    const checks = patientChecks(ADULT_PATIENT_LIMITS, { weight: dec('400') });
    // No height or age given: only the four weight limits are checked.
    expect(checks.map((c) => c.rule).every((r) => r.startsWith('patient.weight.'))).toBe(true);
    expect(checks).toHaveLength(4);
    const hard = byRule(checks, 'patient.weight.upper-hard');
    expect(hard).toMatchObject({ code: 'weight_implausible', severity: 'hard', passed: false });
    expect(hard.message).toBe("Weight above 350 kg cannot be an adult's: check the value and its unit.");
    const soft = byRule(checks, 'patient.weight.upper-soft');
    expect(soft).toMatchObject({ code: 'weight_unusual', severity: 'soft', passed: false });
    expect(soft.message).toBe('Weight above 131.8 kg is unusual for an adult: confirm it was measured, and acknowledge with a reason.');
    const lower = byRule(checks, 'patient.weight.lower-hard');
    expect(lower.passed).toBe(true);
    expect(lower.message).toBe('Weight is within the hard lower limit of 25 kg.');
  });

  it('a weight under both lower limits says "below", not the age text', () => {
    // 20 kg < 25 kg (lower-hard) and < 50.7 kg (lower-soft).
    const checks = patientChecks(ADULT_PATIENT_LIMITS, { weight: dec('20') });
    const hard = byRule(checks, 'patient.weight.lower-hard');
    expect(hard).toMatchObject({ code: 'weight_implausible', severity: 'hard', passed: false });
    expect(hard.message).toBe("Weight below 25 kg cannot be an adult's: check the value and its unit.");
    const soft = byRule(checks, 'patient.weight.lower-soft');
    expect(soft).toMatchObject({ code: 'weight_unusual', severity: 'soft', passed: false });
    expect(soft.message).toBe('Weight below 50.7 kg is unusual for an adult: confirm it was measured, and acknowledge with a reason.');
    expect(byRule(checks, 'patient.weight.upper-soft').message).toBe('Weight is within the soft upper limit of 131.8 kg.');
  });

  it('heights past the limits are named Height, in cm', () => {
    // 260 cm > 250 cm (upper-hard) and > 187.2 cm (upper-soft).
    const tall = patientChecks(ADULT_PATIENT_LIMITS, { weight: dec('70'), height: dec('260') });
    const hard = byRule(tall, 'patient.height.upper-hard');
    expect(hard).toMatchObject({ code: 'height_implausible', severity: 'hard', passed: false });
    expect(hard.observed).toEqual({ value: '260', unit: 'cm' });
    expect(hard.message).toBe("Height above 250 cm cannot be an adult's: check the value and its unit.");
    expect(byRule(tall, 'patient.height.upper-soft').message).toBe(
      'Height above 187.2 cm is unusual for an adult: confirm it was measured, and acknowledge with a reason.',
    );
    // 90 cm < 100 cm (lower-hard) and < 149.6 cm (lower-soft).
    const short = patientChecks(ADULT_PATIENT_LIMITS, { weight: dec('70'), height: dec('90') });
    expect(byRule(short, 'patient.height.lower-hard').message).toBe("Height below 100 cm cannot be an adult's: check the value and its unit.");
    const soft = byRule(short, 'patient.height.lower-soft');
    expect(soft).toMatchObject({ code: 'height_unusual', severity: 'soft', passed: false });
    expect(soft.message).toBe('Height below 149.6 cm is unusual for an adult: confirm it was measured, and acknowledge with a reason.');
    // 70 kg is within every weight limit.
    expect(byRule(short, 'patient.weight.upper-hard').message).toBe('Weight is within the hard upper limit of 350 kg.');
    expect(byRule(tall, 'patient.height.lower-hard').message).toBe('Height is within the hard lower limit of 100 cm.');
  });

  it('an age under 18 gets the adult-scope text; over 120 is implausible', () => {
    // patient.age.lower-hard: 18 a; 16 is under it.
    const child = patientChecks(ADULT_PATIENT_LIMITS, { weight: dec('70'), age: dec('16') });
    const notAdult = byRule(child, 'patient.age.lower-hard');
    expect(notAdult).toMatchObject({ code: 'patient_not_adult', severity: 'hard', passed: false });
    expect(notAdult.message).toBe('Age is under 18 years; the catalogue holds adult doses only.');
    expect(byRule(child, 'patient.age.upper-hard').message).toBe('Age is within the hard upper limit of 120 a.');
    // patient.age.upper-hard: 120 a; 130 is above it.
    const old = patientChecks(ADULT_PATIENT_LIMITS, { weight: dec('70'), age: dec('130') });
    const implausible = byRule(old, 'patient.age.upper-hard');
    expect(implausible).toMatchObject({ code: 'age_implausible', severity: 'hard', passed: false });
    expect(implausible.message).toBe("Age above 120 a cannot be an adult's: check the value and its unit.");
    expect(byRule(old, 'patient.age.lower-hard').message).toBe('Age is within the hard lower limit of 18 a.');
  });
});

describe('unverified: [UNVERIFIED] and [CONFLICT] notes', () => {
  // patient.weight.upper-hard cites HARD_BOUND_CHOICE: verified false, a note, no conflict.
  const hardBound = ADULT_PATIENT_LIMITS.find((l) => l.id === 'patient.weight.upper-hard')?.source as Source;

  it('a [CONFLICT] source gives a failed info finding quoting the conflict', () => {
    // CLONIDINE_DILUENT_CONFLICT: verified false, conflict 'NS or D5W (Galway); NS only (Wellington) [CONFLICT - minor].', no note.
    const c = must(unverified('clonidine.diluent', 'The diluent', CLONIDINE_DILUENT_CONFLICT));
    expect(c).toMatchObject({ code: 'unverified_data', rule: 'clonidine.diluent', severity: 'info', passed: false });
    expect(c.message).toBe('The diluent rests on data the reference marks [CONFLICT]: NS or D5W (Galway); NS only (Wellington) [CONFLICT - minor].');
  });

  it('an unverified source without a conflict is marked [UNVERIFIED] with its note', () => {
    const c = must(unverified('patient.weight.upper-hard', 'The weight limit', hardBound));
    expect(c.passed).toBe(false);
    expect(c.severity).toBe('info');
    expect(c.message).toBe(`The weight limit rests on data the reference marks [UNVERIFIED]: ${hardBound.note ?? 'missing'}`);
    expect(c.message).toContain('Not a published value.');
    expect(c.message).not.toContain('[CONFLICT]');
  });

  it('a source with both a note and a conflict quotes the note, then the conflict', () => {
    const s: Source = { citation: 'test', grade: 'derived', verified: false, note: 'N1', conflict: 'C1' };
    expect(must(unverified('r', 'X', s)).message).toBe('X rests on data the reference marks [CONFLICT]: N1: C1');
    const bare: Source = { citation: 'test', grade: 'derived', verified: false };
    expect(must(unverified('r', 'X', bare)).message).toBe('X rests on data the reference marks [UNVERIFIED]');
  });

  it('a verified source gives no finding', () => {
    expect(unverified('r', 'X', { citation: 'test', grade: 'label', verified: true })).toBeUndefined();
  });
});

describe('readMeasure and base units', () => {
  it('base units: mg/h, mg/kg/h, mg, mg/kg, mg/mL, h', () => {
    expect(MEASURE_BASE_UNIT).toEqual({
      'dose-rate': 'mg/h',
      'dose-rate-per-kg': 'mg/kg/h',
      'session-dose': 'mg',
      'session-dose-per-kg': 'mg/kg',
      concentration: 'mg/mL',
      duration: 'h',
    });
  });

  it('reads mass/volume as a concentration in mg/mL', () => {
    // 5 g/L = 5000 mg / 1000 mL = 5 mg/mL; 500 ug/mL = 0.5 mg/mL; 200 mg/mL stays 200.
    const gL = readMeasure(dec('5'), 'g/L');
    expect(gL?.measure).toBe('concentration');
    expect(gL?.base.toString()).toBe('5');
    const ugmL = readMeasure(dec('500'), 'ug/mL');
    expect(ugmL?.measure).toBe('concentration');
    expect(ugmL?.base.toString()).toBe('0.5');
    expect(readMeasure(dec('200'), 'mg/mL')?.base.toString()).toBe('200');
  });

  it('refuses a mass/volume with a third part, and a pair that is not mass/volume', () => {
    // mg/mL/h: neither a dose unit (mL is not a time) nor a two-part concentration nor a time.
    expect(readMeasure(dec('1'), 'mg/mL/h')).toBeUndefined();
    // mg/cm: a mass over a length; mL/mL: a volume over a volume.
    expect(readMeasure(dec('1'), 'mg/cm')).toBeUndefined();
    expect(readMeasure(dec('1'), 'mL/mL')).toBeUndefined();
  });

  it('converts mg back to a mass unit, and hours to minutes', () => {
    // 1500 mg = 1.5 g; 0.3 mg = 300 ug; 1.5 h = 90 min.
    expect(fromMgTo(dec('1500'), 'g').toString()).toBe('1.5');
    expect(fromMgTo(dec('0.3'), 'ug').toString()).toBe('300');
    expect(hoursToMinutes(dec('1.5')).toString()).toBe('90');
  });
});

describe('patient checks through planInfusion', () => {
  const clinic = (weightKg: number) => ({
    patient: { weight: { value: weightKg, unit: 'kg' } },
    protocol: 'ketamine-clinic-course-2x3',
    session: 1,
    dose: { rate: { value: 0.35, unit: 'mg/kg/h' } },
    preparation: { containerVolume: { value: 250, unit: 'mL' } },
  });

  it('400 kg is refused by the hard upper weight limit (350 kg)', () => {
    const r = planInfusion(clinic(400));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.issues.find((i) => i.code === 'weight_implausible');
    expect(issue).toMatchObject({ severity: 'hard', passed: false });
    expect(issue?.message).toBe("Weight above 350 kg cannot be an adult's: check the value and its unit.");
  });

  it('140 kg is planned with a failed soft finding past 131.8 kg', () => {
    const r = planInfusion(clinic(140));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const soft = r.plan.checks.find((c) => c.rule === 'patient.weight.upper-soft');
    expect(soft).toMatchObject({ code: 'weight_unusual', severity: 'soft', passed: false });
    expect(soft?.message).toContain('Weight above 131.8 kg is unusual for an adult');
    expect(soft?.message).toContain('acknowledge with a reason');
    // 140 kg is within the 350 kg hard limit.
    expect(r.plan.checks.find((c) => c.rule === 'patient.weight.upper-hard')?.passed).toBe(true);
  });
});
