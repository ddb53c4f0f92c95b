// Dosing-weight formulas, worked by hand from the reference (clinical-dosing.md section 9).
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal/index.js';
import { adjustedBodyWeight, bodyMassIndex, chooseDosingWeight, idealBodyWeight, leanBodyWeight } from '../../src/patient/weights.js';

const SRC = { citation: 'test', grade: 'derived', verified: true } as const;

describe('Devine ideal body weight', () => {
  it('male 72 in (182.88 cm): 50 + 2.3 x 12 = 77.6 kg', () => {
    expect(idealBodyWeight(dec('182.88'), 'male').toFixed()).toBe('77.6');
  });
  it('female 64 in (162.56 cm): 45.5 + 2.3 x 4 = 54.7 kg', () => {
    expect(idealBodyWeight(dec('162.56'), 'female').toFixed()).toBe('54.7');
  });
  it('continues the line under 60 in: female 58 in (147.32 cm) = 45.5 - 2.3 x 2 = 40.9 kg', () => {
    expect(idealBodyWeight(dec('147.32'), 'female').toFixed()).toBe('40.9');
  });
});

describe('adjusted, lean, BMI', () => {
  it('AdjBW = IBW + 0.4 x (TBW - IBW): 77.6 + 0.4 x (120 - 77.6) = 94.56 kg', () => {
    expect(adjustedBodyWeight(dec(120), dec('77.6')).toFixed()).toBe('94.56');
  });
  it('BMI 80 kg at 160 cm = 80 / 2.56 = 31.25', () => {
    expect(bodyMassIndex(dec(80), dec(160)).toFixed()).toBe('31.25');
  });
  it('Janmahasatian female 80 kg, 160 cm: 9270 x 80 / (8780 + 244 x 31.25) = 741600 / 16405 = 45.2057...', () => {
    expect(leanBodyWeight(dec(80), dec(160), 'female').toFixed(4)).toBe('45.2057');
  });
  it('Janmahasatian male 80 kg, 160 cm: 741600 / (6680 + 216 x 31.25) = 741600 / 13430 = 55.21965..., 55.2197 to 4 places', () => {
    expect(leanBodyWeight(dec(80), dec(160), 'male').toFixed(4)).toBe('55.2197');
  });
});

describe('chooseDosingWeight', () => {
  const rule = (basis: 'actual' | 'ideal' | 'adjusted' | 'lean') => ({ basis, reason: 'r', source: SRC });
  it('uses ideal weight when the patient is heavier', () => {
    const r = chooseDosingWeight(rule('ideal'), { weightKg: dec(100), heightCm: dec('182.88'), sex: 'male' });
    expect(r.ok && [r.value.basis, r.value.kg.toFixed()]).toEqual(['ideal', '77.6']);
  });
  it('falls back to actual weight when it is below ideal weight', () => {
    const r = chooseDosingWeight(rule('ideal'), { weightKg: dec(60), heightCm: dec('182.88'), sex: 'male' });
    expect(r.ok && [r.value.basis, r.value.requested, r.value.kg.toFixed()]).toEqual(['actual', 'ideal', '60']);
  });
  it('adjusted weight for an obese patient', () => {
    const r = chooseDosingWeight(rule('adjusted'), { weightKg: dec(120), heightCm: dec('182.88'), sex: 'male' });
    expect(r.ok && [r.value.basis, r.value.kg.toFixed()]).toEqual(['adjusted', '94.56']);
  });
  it('says which inputs are missing', () => {
    const r = chooseDosingWeight(rule('ideal'), { weightKg: dec(70) });
    expect(r).toEqual({ ok: false, missing: ['height', 'sex'] });
  });
  it('flags extrapolation under 60 in', () => {
    const r = chooseDosingWeight(rule('ideal'), { weightKg: dec(70), heightCm: dec('147.32'), sex: 'female' });
    expect(r.ok && r.value.extrapolated).toBe(true);
  });
});
