// Ids are unique within each kind of record (src/formulary/validate.ts, checkDuplicateIds); limit
// ids across the agents' limits and the patient limits together. One id used twice at a time, and
// the issue it raises, word for word. Written from the Stryker survivors of the file.
import { describe, expect, it } from 'vitest';
import { createCalculator } from '../support/untyped.js';
import { type Json, builtinAsJson } from '../support/catalogue-json.js';

const duplicatesAfter = (change: (cat: Json) => void) => {
  const cat = builtinAsJson();
  change(cat);
  const r = createCalculator(cat);
  return r.ok ? [] : r.issues.filter((i) => i.code === 'duplicate_id').map((i) => ({ code: i.code, path: i.path, message: i.message, received: i.received }));
};
const copy = (x: Json): Json => JSON.parse(JSON.stringify(x)) as Json;

describe('an id used twice', () => {
  it('an agent', () => {
    expect(duplicatesAfter((c) => c['agents'].push(copy(c['agents'][0])))).toContainEqual({
      code: 'duplicate_id',
      path: ['agents'],
      message: 'The agent id "ketamine" is used more than once.',
      received: 'ketamine',
    });
  });

  it('a product, under two agents', () => {
    // ketamine's first vial listed under lidocaine too (refused there as another agent's product as well; only duplicate_id is read here)
    expect(duplicatesAfter((c) => c['agents'][1]['products'].push(copy(c['agents'][0]['products'][0])))).toEqual([
      {
        code: 'duplicate_id',
        path: ['agents'],
        message: 'The product id "ketamine-10mg-ml-20ml" is used more than once.',
        received: 'ketamine-10mg-ml-20ml',
      },
    ]);
  });

  it('a diluent', () => {
    expect(duplicatesAfter((c) => c['diluents'].push(copy(c['diluents'][0])))).toEqual([
      {
        code: 'duplicate_id',
        path: ['diluents'],
        message: 'The diluent id "sodium-chloride-0.9" is used more than once.',
        received: 'sodium-chloride-0.9',
      },
    ]);
  });

  it("a patient limit's id on an agent's limit", () => {
    expect(duplicatesAfter((c) => (c['agents'][0]['limits'].at(-1)['id'] = 'patient.weight.lower-hard'))).toEqual([
      {
        code: 'duplicate_id',
        path: ['agents'],
        message: 'The limit id "patient.weight.lower-hard" is used more than once.',
        received: 'patient.weight.lower-hard',
      },
    ]);
  });
});
