// The display-unit shift of findings (src/present/check-units.ts) with its fast path (issue 15 item 3):
// a message shown in mg that quotes no gram or microgram amount is returned as it is, without the
// regular-expression replace; every other text is shifted exactly as before. Expected values worked by
// hand: 1 g = 1000 mg, 1 mg = 1000 mcg.
import { describe, expect, it } from 'vitest';
import { checkInMass, quantityInMass, textInMass } from '../../src/present/check-units.js';
import type { Check } from '../../src/types/plan.js';

describe('textInMass', () => {
  it('leaves a text in the display unit as it is', () => {
    const text = 'Dose rate 28.7 mg/h is within the upper limit of 50 mg/h; 0.35 mg/kg/h for 4 h.';
    expect(textInMass(text, 'mg')).toBe(text);
    expect(textInMass('0.6 mcg/kg/h, 1-2 mcg/kg', 'ug')).toBe('0.6 mcg/kg/h, 1-2 mcg/kg');
    expect(textInMass('2 g/kg over 2 to 5 days', 'g')).toBe('2 g/kg over 2 to 5 days');
  });

  it('never reads serum creatinine as a drug amount', () => {
    // 0.1 mg/dL stays: mg/dL is not a drug-amount unit.
    expect(textInMass('Serum creatinine is within the hard lower limit of 0.1 mg/dL.', 'g')).toBe(
      'Serum creatinine is within the hard lower limit of 0.1 mg/dL.',
    );
  });

  it('shifts amounts in another unit exactly', () => {
    // 0.5 g/h x 1000 = 500 mg/h; 150 mg / 1000 = 0.15 g, 300 mg / 1000 = 0.3 g; 0.0006 mg x 1000 = 0.6 mcg.
    expect(textInMass('at most 0.5 g/h', 'mg')).toBe('at most 500 mg/h');
    expect(textInMass('150 to 300 mg per session', 'g')).toBe('0.15 to 0.3 g per session');
    expect(textInMass('0.0006 mg/kg/h', 'ug')).toBe('0.6 mcg/kg/h');
    // The UCUM spelling ug is written mcg in text (ISMP), with no change of value.
    expect(textInMass('5 ug/kg', 'ug')).toBe('5 mcg/kg');
    // 5 mcg / 1000 = 0.005 mg.
    expect(textInMass('5 mcg/kg and 2 mg', 'mg')).toBe('0.005 mg/kg and 2 mg');
  });
});

describe('an amount already in the display unit', () => {
  it('is quoted as written, not rewritten, when the text also quotes another unit', () => {
    // 0.50 mg/kg is already in mg: kept as the catalogue wrote it; 1 g x 1000 = 1000 mg.
    expect(textInMass('Dose 0.50 mg/kg, at most 1 g.', 'mg')).toBe('Dose 0.50 mg/kg, at most 1000 mg.');
    expect(quantityInMass({ value: '0.50', unit: 'mg/kg' }, 'mg')).toEqual({ value: '0.50', unit: 'mg/kg' });
  });
});

describe('quantityInMass and checkInMass', () => {
  const check = (over: Partial<Check>): Check =>
    ({ code: 'dose_rate_above_max', severity: 'hard', passed: true, message: 'Dose rate 28.7 mg/h is within 50 mg/h.', ...over }) as Check;

  it('shifts quantities exactly, and leaves other measures as they are', () => {
    const q = { value: '28.7', unit: 'mg/h' };
    expect(quantityInMass(q, 'mg')).toEqual(q);
    // 28.7 mg/h / 1000 = 0.0287 g/h.
    expect(quantityInMass(q, 'g')).toEqual({ value: '0.0287', unit: 'g/h' });
    // mcg is read as ug and written ug in data, same value.
    expect(quantityInMass({ value: '3', unit: 'mcg/kg' }, 'ug')).toEqual({ value: '3', unit: 'ug/kg' });
    const notDrug = { value: '0.9', unit: 'mg/dL' };
    expect(quantityInMass(notDrug, 'g')).toBe(notDrug);
  });

  it('gives a finding with the same keys in the same order, shifted where it quotes another unit', () => {
    const c = check({ observed: { value: '28.7', unit: 'mg/h' }, limit: { value: '50', unit: 'mg/h' } });
    expect(checkInMass(c, 'mg')).toEqual(c);
    expect(checkInMass(c, undefined)).toBe(c);
    const inGrams = checkInMass(c, 'g');
    // 28.7 mg/h = 0.0287 g/h; 50 mg/h = 0.05 g/h.
    expect(inGrams).toEqual({
      ...c,
      observed: { value: '0.0287', unit: 'g/h' },
      limit: { value: '0.05', unit: 'g/h' },
      message: 'Dose rate 0.0287 g/h is within 0.05 g/h.',
    });
    expect(Object.keys(inGrams)).toEqual(Object.keys(c));
    // Only the message moves. 0.5 g x 1000 = 500 mg.
    const textOnly = check({ message: 'Dose 0.5 g.' });
    expect(checkInMass(textOnly, 'mg')).toEqual({ ...textOnly, message: 'Dose 500 mg.' });
  });
});
