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

// Written from the Stryker survivors of src/verify/administration-parse.ts: units with the wrong number
// of parts, the list of ingredients, a dosing weight and a concentration given as undefined.
describe('the parts of a unit, the ingredient list and the optional fields', () => {
  const unknown = (path: (string | number)[], unit: string, expected: string) => ({
    code: 'unknown_unit',
    path,
    message: `Unit "${unit}" is not accepted here.`,
    expected,
    received: `"${unit}"`,
  });
  const withConcentration = (unit: string) => issuesOf({ ...base, order: { ...base.order, concentration: { value: 10, unit } } });
  const withPump = (unit: string) => issuesOf({ ...base, pumpRate: { value: 4, unit } });

  it.each(['mg/mL/h', 'mol/mL', 'mg/kg'])('an order concentration in %s: three parts, no mass, or no volume', (unit) => {
    expect(withConcentration(unit)).toEqual([unknown(['order', 'concentration', 'unit'], unit, 'mg/mL or mcg/mL')]);
  });

  it.each(['mL/h/kg', 'mL/fortnight', 'mg'])('a pump rate in %s: three parts, no time, or a mass with no time', (unit) => {
    expect(withPump(unit)).toEqual([unknown(['pumpRate', 'unit'], unit, 'mL/h (or a dose-rate unit, which is reported as a wrong-field entry)')]);
  });

  it('a pump rate of 0.07 mL/min is 4.2 mL/h (0.07 x 60), which matches the 4.17 mL/h order on a 0.1 mL/h pump', () => {
    // 1000 mg / 100 mL = 10 mg/mL; 41.7 mg/h / 10 = 4.17 mL/h, the same check as tests/verify/administration.test.ts
    const r = verifyAdministration({ ...base, pumpRate: { value: 0.07, unit: 'mL/min' } });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.result.pumpRate).toEqual({ value: '4.2', unit: 'mL/h' });
    expect(r.result.findings.map((f) => f.code)).toEqual(['match']);
  });

  it('ingredients that are not a list, an empty list, and an ingredient whose amount has no mass unit', () => {
    expect(issuesOf({ ...base, bag: { ...base.bag, ingredients: { agent: 'lidocaine' } } })).toEqual([
      { code: 'invalid_type', path: ['bag', 'ingredients'], message: 'Expected an array of ingredients.', expected: 'array', received: 'object' },
    ]);
    expect(issuesOf({ ...base, bag: { ...base.bag, ingredients: [] } })).toEqual([
      { code: 'empty_bag', path: ['bag', 'ingredients'], message: 'The bag must list at least one ingredient.' },
    ]);
    expect(issuesOf({ ...base, bag: { ...base.bag, ingredients: [{ agent: 'lidocaine', amount: { value: 1000, unit: 'mL' } }] } })).toEqual([
      unknown(['bag', 'ingredients', 0, 'amount', 'unit'], 'mL', 'mg, g, mcg or ug'),
    ]);
    expect(issuesOf({ ...base, bag: { ...base.bag, ingredients: [{ agent: 7, amount: { value: 1000, unit: 'mg' } }] } })).toEqual([
      { code: 'invalid_type', path: ['bag', 'ingredients', 0, 'agent'], message: 'Expected a non-empty string.', expected: 'string', received: '7' },
    ]);
  });

  it('a missing final volume is reported once, as missing', () => {
    const { finalVolume: _omit, ...bag } = base.bag;
    expect(issuesOf({ ...base, bag })).toEqual([{ code: 'missing', path: ['bag', 'finalVolume'], message: '"finalVolume" is required.' }]);
  });

  it('a patient that is not an object, and a weight in a unit that is no weight', () => {
    expect(issuesOf({ ...base, patient: 70 })).toEqual([
      { code: 'invalid_type', path: ['patient'], message: 'Expected an object here.', expected: 'object', received: '70' },
    ]);
    expect(issuesOf({ ...base, patient: { weight: { value: 70, unit: 'mg' } } })).toEqual([unknown(['patient', 'weight', 'unit'], 'mg', 'kg or lb')]);
    expect(issuesOf({ ...base, order: 'lidocaine' })).toEqual([
      { code: 'invalid_type', path: ['order'], message: 'Expected an object here.', expected: 'object', received: '"lidocaine"' },
    ]);
  });

  it('a dosing weight or a concentration given as undefined reads as not given', () => {
    const plain = verifyAdministration(base);
    expect(verifyAdministration({ ...base, patient: { ...base.patient, dosingWeight: undefined } })).toEqual(plain);
    expect(verifyAdministration({ ...base, order: { ...base.order, concentration: undefined } })).toEqual(plain);
    expect(plain.ok).toBe(true);
  });
});

describe('the reader itself', () => {
  it('an issue with nothing expected or received carries neither key', () => {
    const { patient: _patient, ...noPatient } = base;
    expect(Object.keys(issuesOf(noPatient)[0] ?? {})).toEqual(['code', 'path', 'message']);
  });

  it('null, a number or a number unit where an object or a unit belongs', () => {
    expect(issuesOf({ ...base, bag: null })).toEqual([
      { code: 'invalid_type', path: ['bag'], message: 'Expected an object here.', expected: 'object', received: 'null' },
    ]);
    expect(issuesOf({ ...base, pumpRate: 5 })).toEqual([
      { code: 'invalid_type', path: ['pumpRate'], message: 'Expected an object here.', expected: 'object', received: '5' },
    ]);
    expect(issuesOf({ ...base, pumpRate: { value: 4, unit: 7 } })).toEqual([
      { code: 'invalid_type', path: ['pumpRate', 'unit'], message: 'Expected a non-empty string.', expected: 'string', received: '7' },
    ]);
  });

  it('an amount of zero is not positive (a pump rate of zero may be)', () => {
    expect(issuesOf({ ...base, bag: { ...base.bag, ingredients: [{ agent: 'lidocaine', amount: { value: 0, unit: 'mg' } }] } })).toEqual([
      { code: 'not_positive', path: ['bag', 'ingredients', 0, 'amount', 'value'], message: 'Must be greater than zero.', expected: '> 0', received: '0' },
    ]);
  });

  it('a received string is quoted whole up to 40 characters, and cut after 40', () => {
    const forty = ' '.repeat(40);
    expect(issuesOf({ ...base, order: { ...base.order, agent: forty } })[0]?.received).toBe(JSON.stringify(forty));
    expect(issuesOf({ ...base, order: { ...base.order, agent: `${forty} ` } })[0]?.received).toBe(JSON.stringify(`${forty}...`));
  });
});
