// verifyAdministration's door, word for word (src/verify/administration-reader.ts and
// administration-parse.ts): each kind of bad input gets its code, path, message, what was expected
// and what was received; one field is bad at a time on the ISMP lidocaine check.
import { describe, expect, it } from 'vitest';
import { verifyAdministration } from '../support/untyped.js';

const base = {
  bag: { ingredients: [{ agent: 'lidocaine', amount: { value: 1000, unit: 'mg' } }], finalVolume: { value: 100, unit: 'mL' } },
  pumpRate: { value: 4.17, unit: 'mL/h' },
  patient: { weight: { value: 70, unit: 'kg' } },
  order: { agent: 'lidocaine', doseRate: { value: 41.7, unit: 'mg/h' } },
};
const issuesOf = (input: unknown) => {
  const r = verifyAdministration(input);
  return r.ok ? [] : r.issues;
};

describe('the shape of the request', () => {
  it('an unknown key, a missing one, something that is not an object, a blank agent', () => {
    expect(issuesOf({ ...base, extra: 1 })).toEqual([
      { code: 'unknown_key', path: ['extra'], message: 'Unknown key "extra": remove it (allowed: bag, pumpRate, patient, order).' },
    ]);
    const { patient: _patient, ...noPatient } = base;
    expect(issuesOf(noPatient)[0]).toEqual({ code: 'missing', path: ['patient'], message: '"patient" is required.' });
    expect(issuesOf({ ...base, bag: 'x' })).toEqual([
      { code: 'invalid_type', path: ['bag'], message: 'Expected an object here.', expected: 'object', received: '"x"' },
    ]);
    expect(issuesOf([1])).toEqual([{ code: 'invalid_type', path: [], message: 'Expected an object here.', expected: 'object', received: 'array' }]);
    expect(issuesOf({ ...base, order: { ...base.order, agent: '  ' } })).toEqual([
      { code: 'invalid_type', path: ['order', 'agent'], message: 'Expected a non-empty string.', expected: 'string', received: '"  "' },
    ]);
  });
});

describe('numbers and units', () => {
  it('a negative pump rate, and a number in exponent notation', () => {
    expect(issuesOf({ ...base, pumpRate: { value: -1, unit: 'mL/h' } })).toEqual([
      { code: 'not_positive', path: ['pumpRate', 'value'], message: 'Must not be negative.', expected: '>= 0', received: '-1' },
    ]);
    expect(issuesOf({ ...base, pumpRate: { value: '1e3', unit: 'mL/h' } })).toEqual([
      {
        code: 'invalid_number',
        path: ['pumpRate', 'value'],
        message: 'Expected a finite number or a plain decimal string (not_plain_decimal).',
        expected: 'decimal',
        received: '"1e3"',
      },
    ]);
  });

  it('a unit each field does not accept, with what it does', () => {
    const unknown = (path: string[], unit: string, expected: string) => ({
      code: 'unknown_unit',
      path,
      message: `Unit "${unit}" is not accepted here.`,
      expected,
      received: `"${unit}"`,
    });
    expect(issuesOf({ ...base, pumpRate: { value: 4, unit: 'furlong/h' } })).toEqual([
      unknown(['pumpRate', 'unit'], 'furlong/h', 'mL/h (or a dose-rate unit, which is reported as a wrong-field entry)'),
    ]);
    expect(issuesOf({ ...base, bag: { ...base.bag, finalVolume: { value: 100, unit: 'mg/h' } } })).toEqual([
      unknown(['bag', 'finalVolume', 'unit'], 'mg/h', 'mL'),
    ]);
    expect(issuesOf({ ...base, order: { ...base.order, doseRate: { value: 41.7, unit: 'mL' } } })).toEqual([
      unknown(['order', 'doseRate', 'unit'], 'mL', 'a dose rate such as mg/h, mg/kg/h, mcg/kg/min'),
    ]);
    expect(issuesOf({ ...base, order: { ...base.order, concentration: { value: 10, unit: 'mg' } } })).toEqual([
      unknown(['order', 'concentration', 'unit'], 'mg', 'mg/mL or mcg/mL'),
    ]);
  });
});
