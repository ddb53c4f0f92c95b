/**
 * Catalogue validation: a protocol's creatinine-clearance bands (mL/min, first match wins) cover
 * every clearance from 0 up exactly once, in increasing order (src/formulary/validate-bands.ts). Each
 * case changes the built-in Zometa bands (zoledronic-acid-4mg-by-crcl), which are:
 *   0: { max 30 }                        below 30: not recommended (no dose)
 *   1: { min 30, max 40, dose 3 }        30 to under 40
 *   2: { min 40, max 50, dose 3.3 }      40 to under 50
 *   3: { min 50, max 60, maxInclusive }  50 to 60 inclusive: 3.5
 *   4: { min 60, minExclusive, dose 4 }  above 60
 * Every message is "Protocol zoledronic-acid-4mg-by-crcl: its clearance bands must cover every
 * clearance from 0 mL/min up exactly once, in increasing order; <why>.", the why written by hand
 * from the rule: the first band that breaks the cover is named.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator } from '../support/untyped.js';

type Band = { min?: string; max?: string; minExclusive?: boolean; maxInclusive?: boolean; dose?: string };
const ID = 'zoledronic-acid-4mg-by-crcl';
const HEAD = `Protocol ${ID}: its clearance bands must cover every clearance from 0 mL/min up exactly once, in increasing order; `;

/** The issues of validating the built-in catalogue with the Zometa bands changed by `edit`. */
function validate(edit: (bands: Band[]) => Band[]) {
  const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as { protocols: { id: string; clearanceBands?: { bands: Band[] } }[] };
  const pi = cat.protocols.findIndex((p) => p.id === ID);
  const bands = cat.protocols[pi]?.clearanceBands;
  if (bands === undefined) throw new Error('the Zometa protocol doses by clearance bands');
  bands.bands = edit(bands.bands);
  const r = createCalculator(cat);
  return { pi, issues: r.ok ? [] : r.issues.map((i) => ({ code: i.code, path: i.path, message: i.message })) };
}

/** The one expected issue at band `index` (none: the list itself). */
const refused = (pi: number, index: number | undefined, why: string) => [
  { code: 'clearance_bands_invalid', path: ['protocols', pi, 'clearanceBands', 'bands', ...(index === undefined ? [] : [index])], message: `${HEAD}${why}.` },
];

describe('clearance bands that cover every clearance once are accepted', () => {
  it('the built-in bands, and the same with the first band starting at 0 inclusive', () => {
    expect(validate((b) => b).issues).toEqual([]);
    expect(validate((b) => [{ ...b[0], min: '0' }, ...b.slice(1)]).issues).toEqual([]);
  });

  it('the shared bound on the lower band (maxInclusive) with minExclusive on the upper: 30 mL/min in band 0 only', () => {
    expect(validate((b) => [{ ...b[0], maxInclusive: true }, { ...b[1], minExclusive: true }, ...b.slice(2)]).issues).toEqual([]);
  });
});

describe('clearance bands that leave a clearance in no band, or in two, are refused', () => {
  it('a gap: the 30 to 40 band removed, so 30 to under 40 mL/min is in none', () => {
    // Band 1 is now { min 40, max 50 }, after band 0's max of 30.
    const { pi, issues } = validate((b) => b.filter((x) => x.dose !== '3'));
    expect(issues).toEqual(refused(pi, 1, 'band 1 starts at 40 mL/min where band 0 ends at 30 mL/min'));
  });

  it('an overlap: band 1 starting at 25, inside band 0', () => {
    const { pi, issues } = validate((b) => [b[0] as Band, { ...b[1], min: '25' }, ...b.slice(2)]);
    expect(issues).toEqual(refused(pi, 1, 'band 1 starts at 25 mL/min where band 0 ends at 30 mL/min'));
  });

  it('a band with no lower bound after the first', () => {
    const { pi, issues } = validate((b) => {
      const { min: _dropped, ...rest } = b[1] as Band;
      void _dropped;
      return [b[0] as Band, rest, ...b.slice(2)];
    });
    expect(issues).toEqual(refused(pi, 1, 'band 1 starts at no lower bound where band 0 ends at 30 mL/min'));
  });

  it('30 mL/min in both bands 0 and 1 (maxInclusive on band 0, band 1 inclusive too)', () => {
    const { pi, issues } = validate((b) => [{ ...b[0], maxInclusive: true }, ...b.slice(1)]);
    expect(issues).toEqual(refused(pi, 1, '30 mL/min is in both of bands 0 and 1 (maxInclusive on the lower band must go with minExclusive on the upper)'));
  });

  it('60 mL/min in neither band 3 nor band 4 (band 3 no longer inclusive, band 4 still exclusive)', () => {
    const { pi, issues } = validate((b) => [...b.slice(0, 3), { ...b[3], maxInclusive: false }, b[4] as Band]);
    expect(issues).toEqual(refused(pi, 4, '60 mL/min is in neither of bands 3 and 4 (maxInclusive on the lower band must go with minExclusive on the upper)'));
  });

  it('a first band starting above 0: clearances under 10 mL/min in none', () => {
    const { pi, issues } = validate((b) => [{ ...b[0], min: '10' }, ...b.slice(1)]);
    expect(issues).toEqual(refused(pi, 0, 'band 0 starts at 10 mL/min, so lower clearances are in no band'));
  });

  it('a first band starting at 0 but exclusive: 0 mL/min in none', () => {
    const { pi, issues } = validate((b) => [{ ...b[0], min: '0', minExclusive: true }, ...b.slice(1)]);
    expect(issues).toEqual(refused(pi, 0, 'band 0 starts at 0 mL/min (exclusive), so lower clearances are in no band'));
  });

  it('a last band with an upper bound: clearances above 200 mL/min in none', () => {
    const { pi, issues } = validate((b) => [...b.slice(0, 4), { ...b[4], max: '200' }]);
    expect(issues).toEqual(refused(pi, 4, 'the last band ends at 200 mL/min, so higher clearances are in no band'));
  });

  it('a band that is no range: 30 to 30', () => {
    const { pi, issues } = validate((b) => [b[0] as Band, { ...b[1], max: '30' }, ...b.slice(2)]);
    expect(issues).toEqual(refused(pi, 1, 'band 1 runs from 30 to 30 mL/min, which is no range'));
  });

  it('a band with no upper bound before the last: the bands after it are never reached', () => {
    const { pi, issues } = validate((b) => {
      const { max: _dropped, ...rest } = b[1] as Band;
      void _dropped;
      return [b[0] as Band, rest, ...b.slice(2)];
    });
    expect(issues).toEqual(refused(pi, 2, 'band 1 has no upper bound, so band 2 is never reached'));
  });

  it('no bands at all', () => {
    const { pi, issues } = validate(() => []);
    expect(issues).toEqual(refused(pi, undefined, 'there are none, so every clearance would be in no band'));
  });
});
