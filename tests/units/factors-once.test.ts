// Conversion factors are read once (issue 15 item 2: decimal constants built once, not per plan): the
// same factor is the same immutable value every time, and the conversions give what they gave before.
// Expected values by hand: 1 g = 1000 mg, 1 L = 1000 mL, 1 lb = 0.45359237 kg, 1 in = 2.54 cm,
// 90 min = 1.5 h, 2 mg/min = 120 mg/h, 240 mg/h = 240 mg/h.
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal/index.js';
import { cmPer, kgPer, mLPer, mgPer, perHour, toHours } from '../../src/units/index.js';

describe('conversion factors read once', () => {
  it('gives the same value object on every call', () => {
    expect(mgPer('g')).toBe(mgPer('g'));
    expect(kgPer('[lb_av]')).toBe(kgPer('[lb_av]'));
  });

  it('keeps every factor and conversion exact', () => {
    expect(mgPer('g').toFixed()).toBe('1000');
    expect(mgPer('ug').toFixed()).toBe('0.001');
    expect(mLPer('L').toFixed()).toBe('1000');
    expect(kgPer('[lb_av]').toFixed()).toBe('0.45359237');
    expect(cmPer('[in_i]').toFixed()).toBe('2.54');
    expect(toHours(dec('90'), 'min').toFixed()).toBe('1.5');
    expect(toHours(dec('3'), 'h').toFixed()).toBe('3');
    expect(perHour(dec('2'), 'min').toFixed()).toBe('120');
    expect(perHour(dec('240'), 'h').toFixed()).toBe('240');
  });
});
