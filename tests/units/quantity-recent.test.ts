// quantity() formats a value it met among the last few again from memory (issue 15 item 3: each value
// formatted once): the strings are those of toPlainString whatever the order, including after the
// memory has been overrun. Expected strings by hand: at most 6 places, half-expand, no trailing zero.
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal/index.js';
import { quantity } from '../../src/units/quantity.js';

describe('quantity with recently formatted values', () => {
  it('gives the same string for a value met again, and the right one for each of many values', () => {
    const rate = dec('28.7');
    expect(quantity(rate, 'mL/h')).toEqual({ value: '28.7', unit: 'mL/h' });
    expect(quantity(rate, 'mL/h')).toEqual({ value: '28.7', unit: 'mL/h' });
    // 100 distinct values, more than the memory holds: n / 8 = 0.125, 0.25, ... each exact.
    const values = Array.from({ length: 100 }, (_, i) => dec(i + 1).div(8));
    const first = values.map((v) => quantity(v, 'mg').value);
    expect(first.slice(0, 3)).toEqual(['0.125', '0.25', '0.375']);
    expect(first[99]).toBe('12.5');
    // Again in reverse order: the same strings.
    expect([...values].reverse().map((v) => quantity(v, 'mg').value)).toEqual([...first].reverse());
    // 2/3 has more than 6 places: 0.666667 (half-expand); 0.0000004 rounds to 0.
    expect(quantity(dec(2).div(3), 'kg').value).toBe('0.666667');
    expect(quantity(dec('0.0000004'), 'kg').value).toBe('0');
    expect(quantity(rate, 'mg/h')).toEqual({ value: '28.7', unit: 'mg/h' });
  });
});
