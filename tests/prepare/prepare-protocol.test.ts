/**
 * Issue 16 item 1 (Stryker's survivors of src/prepare/protocol.ts and the read-once cache of
 * src/prepare/exact.ts): what `prepareProtocol` refuses, word for word, and that nothing it keeps
 * for a frozen catalogue is kept for an object a caller can still change. Each expected text is
 * built by hand from the message templates the refusals document (src/code-reference.ts):
 * - care_area_required: "Catalogue <id> sets limits for care areas (<areas, comma-separated>): name
 *   the care area the plan is for.", with the areas as `expected`;
 * - unknown_care_area: 'No limits are set for care area "<area>" in this catalogue; known: <areas>.',
 *   "(none)" when the catalogue sets no care-area limits; `expected` is the areas (or that no care area
 *   is to be named) and `received` the area as JSON, as unknown_protocol gives them.
 * The catalogues are fresh copies of the built-in one (its id is infusion-dose/builtin), so the
 * cache of the frozen built-in catalogue never answers for them.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, planInfusion } from '../support/untyped.js';
import type { Catalogue, DoseParameter } from '../../src/catalogue/types.js';
import { exactParam } from '../../src/prepare/exact.js';
import { prepareProtocol } from '../../src/prepare/protocol.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const asJson = (): Json => JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;

/** A site's soft ketamine rate limit for two care areas (the same 1 mg/kg/h as the agent's own). */
const siteLimit = {
  id: 'ketamine.dose-rate-per-kg.upper-soft.site',
  careAreas: ['infusion-suite', 'ward'],
  bound: 'upper',
  severity: 'soft',
  value: '1',
  unit: 'mg/kg/h',
  source: { citation: 'Institution policy (test)', grade: 'hosp', verified: true },
};

const withSiteLimit = (cat: Json): Json => {
  cat['agents'].find((a: Json) => a['id'] === 'ketamine')['limits'].push(structuredClone(siteLimit));
  return cat;
};

const request = (careArea?: string) => ({
  patient: { weight: { value: 80, unit: 'kg' } },
  protocol: 'ketamine-clinic-course-2x3',
  session: 1,
  dose: { rate: { value: 0.3, unit: 'mg/kg/h' } },
  preparation: { containerVolume: { value: 250, unit: 'mL' } },
  ...(careArea !== undefined ? { careArea } : {}),
});

describe('the care-area refusals, word for word', () => {
  it('a catalogue with limits for two care areas and no care area named: care_area_required, naming both', () => {
    const calc = createCalculator(withSiteLimit(asJson()));
    if (!calc.ok) throw new Error(JSON.stringify(calc.issues));
    const r = calc.calculator.planInfusion(request());
    expect(r.ok ? [] : r.issues).toEqual([
      {
        code: 'care_area_required',
        path: ['careArea'],
        message: 'Catalogue infusion-dose/builtin sets limits for care areas (infusion-suite, ward): name the care area the plan is for.',
        expected: 'infusion-suite, ward',
      },
    ]);
  });

  it('the same catalogue and a care area it does not name: unknown_care_area, listing the two it knows', () => {
    const calc = createCalculator(withSiteLimit(asJson()));
    if (!calc.ok) throw new Error(JSON.stringify(calc.issues));
    const r = calc.calculator.planInfusion(request('icu'));
    expect(r.ok ? [] : r.issues).toEqual([
      {
        code: 'unknown_care_area',
        path: ['careArea'],
        message: 'No limits are set for care area "icu" in this catalogue; known: infusion-suite, ward.',
        expected: 'infusion-suite, ward',
        received: '"icu"',
      },
    ]);
    // A care area it names is planned.
    expect(calc.calculator.planInfusion(request('ward')).ok).toBe(true);
  });

  it('a catalogue with no care-area limits and a care area named: unknown_care_area, known: (none)', () => {
    const r = planInfusion(request('icu'));
    expect(r.ok ? [] : r.issues).toEqual([
      {
        code: 'unknown_care_area',
        path: ['careArea'],
        message: 'No limits are set for care area "icu" in this catalogue; known: (none).',
        expected: 'no care area (this catalogue sets no care-area limits)',
        received: '"icu"',
      },
    ]);
  });

  it('an empty care area is refused whether or not a plan without one came first (the prepared cache keeps them apart)', () => {
    // The built-in catalogue sets no care-area limits, so "" is a care area it does not know. A plan
    // without a care area is prepared and kept; the empty one must not be answered from it.
    const refusal = {
      code: 'unknown_care_area',
      path: ['careArea'],
      message: 'No limits are set for care area "" in this catalogue; known: (none).',
      expected: 'no care area (this catalogue sets no care-area limits)',
      received: '""',
    };
    const first = createCalculator(asJson());
    if (!first.ok) throw new Error(JSON.stringify(first.issues));
    expect(first.calculator.planInfusion(request()).ok).toBe(true);
    const after = first.calculator.planInfusion(request(''));
    expect(after.ok ? [] : after.issues).toEqual([refusal]);
    // And in the other order, on another fresh catalogue.
    const second = createCalculator(asJson());
    if (!second.ok) throw new Error(JSON.stringify(second.issues));
    const before = second.calculator.planInfusion(request(''));
    expect(before.ok ? [] : before.issues).toEqual([refusal]);
    expect(second.calculator.planInfusion(request()).ok).toBe(true);
  });
});

describe('nothing is kept for a catalogue object a caller can still change', () => {
  it('an unfrozen catalogue is indexed afresh: a care-area limit added after a first plan is seen', () => {
    const cat = asJson();
    const id = 'ketamine-clinic-course-2x3';
    expect(prepareProtocol(cat as Catalogue, id, undefined).ok).toBe(true);
    withSiteLimit(cat);
    const again = prepareProtocol(cat as Catalogue, id, undefined);
    expect(again.ok ? undefined : again.issue.code).toBe('care_area_required');
  });

  it('an unfrozen dose parameter is read afresh when its value changes', () => {
    // Stated 0.5 mg/kg/h, read; then changed to 0.75 mg/kg/h, read again.
    const p = { unit: 'mg/kg/h', value: '0.5', source: { citation: 'test', grade: 'hosp', verified: true } } as {
      -readonly [K in keyof DoseParameter]: DoseParameter[K];
    };
    expect(exactParam(p)?.value?.stated.toFixed()).toBe('0.5');
    p.value = '0.75';
    expect(exactParam(p)?.value?.stated.toFixed()).toBe('0.75');
  });

  it('a protocol naming an agent the catalogue lacks (a catalogue that skipped validation) throws, naming both', () => {
    const cat = asJson();
    cat['protocols'].find((p: Json) => p['id'] === 'ketamine-clinic-course-2x3')['agent'] = 'no-such-agent';
    expect(() => prepareProtocol(cat as Catalogue, 'ketamine-clinic-course-2x3', undefined)).toThrow(
      /^catalogue protocol ketamine-clinic-course-2x3 names unknown agent no-such-agent$/,
    );
  });
});
