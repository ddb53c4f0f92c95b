import { describe, expect, it } from 'vitest';
import { dec, readDecimal, roundToIncrement, toPlainString } from '../../src/decimal/index.js';
import { Dec } from '../../src/decimal/index.js';
import {
  DOSE_UNIT_CODES,
  cmPer,
  doseUnitCode,
  kgPer,
  readDoseUnit,
  readHeightUnit,
  readMassUnit,
  readTimeUnit,
  readVolumeUnit,
  readWeightUnit,
} from '../../src/units/index.js';
import { readMeasure } from '../../src/units/measure.js';

describe('readDecimal', () => {
  it.each([
    [70, '70'],
    ['70.5', '70.5'],
    // Fractions of more than one digit, as a dose string is often written.
    ['0.35', '0.35'],
    ['81.646627', '81.646627'],
    [0.1, '0.1'],
    ['-3', '-3'],
  ])('reads %j exactly', (raw, expected) => {
    const r = readDecimal(raw);
    expect(r.ok && r.value.toFixed()).toBe(expected);
  });
  it.each([
    [Number.NaN, 'not_a_number'],
    [Number.POSITIVE_INFINITY, 'not_finite'],
    ['1e3', 'not_plain_decimal'],
    ['0x10', 'not_plain_decimal'],
    ['1_000', 'not_plain_decimal'],
    ['.5', 'not_plain_decimal'],
    ['5.', 'not_plain_decimal'],
    [' 7', 'not_plain_decimal'],
    ['', 'empty_string'],
    [null, 'not_a_number'],
  ])('refuses %j as %s', (raw, problem) => {
    const r = readDecimal(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toBe(problem);
  });
});

describe('the private decimal constructor and its edges', () => {
  it('reads -0 as a zero that is not negative (a sign check on a weight must not see it as below zero)', () => {
    const r = readDecimal(-0);
    expect(r.ok && r.value.isZero()).toBe(true);
    expect(r.ok && r.value.isNegative()).toBe(false);
  });
  it('toString never uses exponent notation, however small or large the value', () => {
    expect(Dec.from('0.0000000001').toString()).toBe('0.0000000001');
    expect(Dec.from('12345678901234567890123').toString()).toBe('12345678901234567890123');
  });
  it('a tiny negative value rounds to "0", never "-0"', () => {
    expect(toPlainString(dec('-0.0000001'))).toBe('0');
    expect(toPlainString(dec('-0.0000004999'))).toBe('0');
    expect(toPlainString(dec('-0.0000005'))).toBe('-0.000001');
  });
});

describe('output strings', () => {
  it('never use exponent notation and keep at most 6 places', () => {
    expect(toPlainString(dec('0.0000001'))).toBe('0');
    expect(toPlainString(dec('1e21'))).toBe('1000000000000000000000');
    // 25 / 3 = 8.3333... -> 8.333333 (half-up at 6 places)
    expect(toPlainString(dec(25).div(3))).toBe('8.333333');
    expect(toPlainString(dec('2.500'))).toBe('2.5');
    expect(toPlainString(dec('-0'))).toBe('0');
  });
  it('rounds to increments with the named mode', () => {
    // 24.56 / 0.1 = 245.6 -> 246 x 0.1 = 24.6 (halfExpand), 245 x 0.1 = 24.5 (floor)
    expect(roundToIncrement(dec('24.56'), dec('0.1'), 'halfExpand').toFixed()).toBe('24.6');
    expect(roundToIncrement(dec('24.56'), dec('0.1'), 'floor').toFixed()).toBe('24.5');
    // 0.25 to 0.1: halfEven gives 0.2, halfExpand 0.3
    expect(roundToIncrement(dec('0.25'), dec('0.1'), 'halfEven').toFixed()).toBe('0.2');
    expect(roundToIncrement(dec('0.25'), dec('0.1'), 'halfExpand').toFixed()).toBe('0.3');
  });
});

describe('units', () => {
  it('converts pounds exactly (1 lb = 0.45359237 kg)', () => {
    const lb = readWeightUnit('lb');
    expect(lb).toBe('[lb_av]');
    // 154 lb x 0.45359237 = 69.85322498 kg
    expect(dec(154).mul(kgPer('[lb_av]')).toFixed()).toBe('69.85322498');
  });
  it.each([
    ['kg', 'kg'],
    ['lb', '[lb_av]'],
    ['[lb_av]', '[lb_av]'],
  ])('reads the weight unit %j as %j', (spelling, code) => {
    expect(readWeightUnit(spelling)).toBe(code);
  });
  it.each([
    ['cm', 'cm'],
    ['in', '[in_i]'],
    ['[in_i]', '[in_i]'],
  ])('reads the height unit %j as %j', (spelling, code) => {
    expect(readHeightUnit(spelling)).toBe(code);
  });
  it('converts inches exactly (1 in = 2.54 cm) and refuses unknown spellings of every kind', () => {
    expect(cmPer('[in_i]').toFixed()).toBe('2.54');
    expect(cmPer('cm').toFixed()).toBe('1');
    for (const bad of ['', 'KG', 'lbs', 'inch', 'ml ', 'hr', 'mcg ', 'toString', '__proto__']) {
      expect([readWeightUnit(bad), readHeightUnit(bad), readMassUnit(bad), readVolumeUnit(bad), readTimeUnit(bad)]).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
    }
  });
  it('reads mcg and ug as the same microgram and writes ug', () => {
    const a = readDoseUnit('mcg/kg/min');
    const b = readDoseUnit('ug/kg/min');
    expect(a).toEqual(b);
    expect(a && doseUnitCode(a)).toBe('ug/kg/min');
  });
  it.each(['mg/kg/hr', 'µg/kg/min', 'units/h', 'mg/lb/h', 'mg/h/kg', 'mg/kg/h/h', ''])('refuses dose unit %j', (u) => {
    expect(readDoseUnit(u)).toBeUndefined();
  });
  it('reads ml as mL, and L, and writes mL', () => {
    expect([readVolumeUnit('ml'), readVolumeUnit('mL'), readVolumeUnit('L')]).toEqual(['mL', 'mL', 'L']);
    // 10 mg/ml = 10 mg per mL; 5 g/L = 5000 mg / 1000 mL = 5 mg/mL.
    expect(readMeasure(dec(10), 'mg/ml')).toEqual({ measure: 'concentration', base: dec(10) });
    expect(readMeasure(dec(5), 'g/L')?.base.toFixed()).toBe('5');
  });
  it('lists a closed set of 18 dose units', () => {
    expect(DOSE_UNIT_CODES).toHaveLength(18);
    expect(DOSE_UNIT_CODES).toContain('mg/kg/h');
    expect(DOSE_UNIT_CODES).toContain('ug/kg/min');
  });
  it('reads limits as measures in base units', () => {
    // 150 mg/min x 60 min/h = 9000 mg/h
    expect(readMeasure(dec(150), 'mg/min')).toEqual({ measure: 'dose-rate', base: dec(9000) });
    // 75 ug/kg/min = 0.075 mg/kg/min x 60 = 4.5 mg/kg/h
    expect(readMeasure(dec(75), 'ug/kg/min')?.base.toFixed()).toBe('4.5');
    expect(readMeasure(dec(30), 'g')).toEqual({ measure: 'session-dose', base: dec(30000) });
    expect(readMeasure(dec(200), 'mg/mL')?.measure).toBe('concentration');
    expect(readMeasure(dec(40), 'min')?.base.toFixed(6)).toBe('0.666667');
    expect(readMeasure(dec(1), 'furlong')).toBeUndefined();
  });
});
