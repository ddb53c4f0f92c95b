// Mosteller and Cockcroft-Gault, worked by hand from the reference (clinical-dosing.md section 9).
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal/index.js';
import { bodySurfaceArea, creatinineClearance, creatinineMgDl } from '../../src/patient/formulas.js';

describe('Mosteller BSA', () => {
  it('180 cm, 80 kg: sqrt(14400 / 3600) = sqrt(4) = 2 m2', () => {
    expect(bodySurfaceArea(dec(180), dec(80)).toFixed()).toBe('2');
  });
  it('160 cm, 60 kg: sqrt(9600 / 3600) = sqrt(2.6667) = 1.63299...', () => {
    expect(bodySurfaceArea(dec(160), dec(60)).toFixed(4)).toBe('1.6330');
  });
});

describe('Cockcroft-Gault', () => {
  it('man 60 y, 72 kg, SCr 1 mg/dL: (80 x 72) / 72 = 80 mL/min', () => {
    expect(creatinineClearance(dec(60), dec(72), dec(1), 'male').toFixed()).toBe('80');
  });
  it('woman 60 y, 72 kg, SCr 1 mg/dL: 80 x 0.85 = 68 mL/min', () => {
    expect(creatinineClearance(dec(60), dec(72), dec(1), 'female').toFixed()).toBe('68');
  });
  it('SCr 88.4 umol/L = 1 mg/dL', () => {
    expect(creatinineMgDl(dec('88.4'), 'umol/L').toFixed()).toBe('1');
  });
  it('woman 70 y, 60 kg, SCr 176.8 umol/L (2 mg/dL): 70 x 60 / 144 x 0.85 = 24.7916...', () => {
    const scr = creatinineMgDl(dec('176.8'), 'umol/L');
    expect(creatinineClearance(dec(70), dec(60), scr, 'female').toFixed(4)).toBe('24.7917');
  });
});
