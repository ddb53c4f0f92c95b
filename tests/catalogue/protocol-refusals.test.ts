// More of what an institution's protocol is refused for, word for word
// (src/formulary/validate-protocol.ts): one change to the built-in catalogue (as JSON) at a time,
// and the issue it must raise. Written from the Stryker survivors of the file.
import { describe, expect, it } from 'vitest';
import { createCalculator } from '../support/untyped.js';
import { type Json, LOCAL_POLICY, builtinAsJson, calculatorOf } from '../support/catalogue-json.js';

const issuesAfter = (change: (cat: Json) => void) => {
  const cat = builtinAsJson();
  change(cat);
  const r = createCalculator(cat);
  return r.ok ? [] : r.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
};
const indexOf = (id: string): number => builtinAsJson()['protocols'].findIndex((p: Json) => p['id'] === id);
const at = (cat: Json, id: string): Json => cat['protocols'][indexOf(id)];

const DEX = 'dexmedetomidine-procedural-label';
const PHASED = 'lidocaine-5mgkg-40min';
const TWICE_WEEKLY = 'ketamine-clinic-course-2x3';
const IVIG = 'ivig-crps-goebel-2010';
const FOO = 'lidocaine-perioperative-foo-2021';

describe('a dose range out of order names a bound it does not state as "-"', () => {
  it('no min: a rate of 2 over its max of 1 mcg/kg/h', () => {
    // dexmedetomidine's rate: value 0.6, max 1, no min; a value of 2 is above the max (2 > 1)
    expect(issuesAfter((c) => (at(c, DEX)['rate']['value'] = '2'))).toContainEqual({
      code: 'dose_range_out_of_order',
      path: ['protocols', indexOf(DEX), 'rate'],
      message: `Protocol ${DEX}: the rate range is out of order (min -, value 2, max 1).`,
    });
  });

  it('no max: a loading dose of 0.4 under its min of 0.5 mcg/kg', () => {
    // dexmedetomidine's loading total: min 0.5, value 1, max 1; without the max, 0.4 is below the min (0.4 < 0.5)
    const issues = issuesAfter((c) => {
      const total = at(c, DEX)['loading']['total'];
      delete total['max'];
      total['value'] = '0.4';
    });
    expect(issues).toContainEqual({
      code: 'dose_range_out_of_order',
      path: ['protocols', indexOf(DEX), 'loading', 'total'],
      message: `Protocol ${DEX}: the total range is out of order (min 0.5, value 0.4, max -).`,
    });
  });
});

describe('fixed-rate phases', () => {
  it('need a bag made up with withdraw-equal', () => {
    // lidocaine 5 mg/kg over 40 min: phases 300 then 200 mL/h in a 150 mL bag made up with withdraw-equal
    expect(issuesAfter((c) => (at(c, PHASED)['preparation']['additiveVolume'] = 'add'))).toEqual([
      {
        code: 'preparation_invalid',
        path: ['protocols', indexOf(PHASED), 'phases'],
        message: `Protocol ${PHASED}: fixed-rate phases need a whole bag of stated volume made up with withdraw-equal.`,
      },
    ]);
  });
});

describe('fixed-rate phases need a whole bag of stated volume', () => {
  const refused = {
    code: 'preparation_invalid',
    path: ['protocols', indexOf(PHASED), 'phases'],
    message: `Protocol ${PHASED}: fixed-rate phases need a whole bag of stated volume made up with withdraw-equal.`,
  };

  it('a bag of no stated volume', () => {
    expect(issuesAfter((c) => delete at(c, PHASED)['preparation']['containerVolume'])).toContainEqual(refused);
  });

  it('a standard concentration instead of a whole bag', () => {
    expect(issuesAfter((c) => (at(c, PHASED)['preparation']['style'] = 'standard-concentration'))).toContainEqual(refused);
  });
});

describe('fixed-rate phases: every phase but the last is timed', () => {
  const phases = (c: Json): Json[] => at(c, PHASED)['phases'];

  it('three phases, two timed and the last open, are accepted', () => {
    // 300 mL/h for 10 min, then 250 mL/h for 5 min, then 200 mL/h to the end of the 150 mL bag
    const cat = builtinAsJson();
    phases(cat).splice(1, 0, { rate: { value: '250', unit: 'mL/h' }, duration: { value: '5', unit: 'min' } });
    expect(() => calculatorOf(cat)).not.toThrow();
  });

  const refused = [
    {
      code: 'phases_invalid',
      path: ['protocols', indexOf(PHASED), 'phases'],
      message: `Protocol ${PHASED}: phases are rates in mL/h; every phase but the last has a duration in min or h.`,
    },
  ];

  it('the open phase first and the timed one last are refused', () => {
    expect(issuesAfter((c) => phases(c).reverse())).toEqual(refused);
  });

  it('two open phases are refused', () => {
    expect(issuesAfter((c) => delete (phases(c)[0] as Json)['duration'])).toEqual(refused);
  });

  it('one phase in mL/min among phases in mL/h is refused', () => {
    // 300 mL/h = 5 mL/min: the same rate, in a unit the pump step does not read
    expect(issuesAfter((c) => ((phases(c)[0] as Json)['rate'] = { value: '5', unit: 'mL/min' }))).toEqual(refused);
  });
});

describe('a protocol dose is held to the hard upper limits only', () => {
  it('a hard lower limit of 0.1 mcg/kg/h under the 1 mcg/kg/h top of the dexmedetomidine rate is no fault', () => {
    // 1 > 0.1: only an upper limit is broken by a dose above it
    const cat = builtinAsJson();
    const dex = cat['agents'].find((a: Json) => a['id'] === 'dexmedetomidine');
    dex['limits'].push({
      id: 'dexmedetomidine.dose-rate-per-kg.lower-hard',
      bound: 'lower',
      severity: 'hard',
      value: '0.1',
      unit: 'ug/kg/h',
      source: LOCAL_POLICY,
    });
    expect(() => calculatorOf(cat)).not.toThrow();
  });

  it('a duration is not a dose: a maximum of 48 h over the 24 h hard duration limit is left to that limit when planning', () => {
    // dexmedetomidine.duration.upper-hard is 24 h; the protocol's duration max (23.5 h) raised to 48 h
    const cat = builtinAsJson();
    at(cat, DEX)['duration']['max'] = '48';
    const plan = calculatorOf(cat).planInfusion({
      patient: { weight: { value: 70, unit: 'kg' } },
      protocol: DEX,
      session: 1,
      dose: { duration: { value: 30, unit: 'h' } },
    });
    // 30 h is inside the protocol's 48 h but over the 24 h hard limit, which refuses it
    expect(plan.ok ? [] : plan.issues.map((i) => i.code)).toEqual(['duration_above_hard_limit']);
  });
});

describe('a twice-weekly pattern', () => {
  it('with its day offsets the wrong way round', () => {
    expect(issuesAfter((c) => (at(c, TWICE_WEEKLY)['schedule']['pattern']['days'] = [3, 0]))).toEqual([
      {
        code: 'invalid_pattern',
        path: ['protocols', indexOf(TWICE_WEEKLY), 'schedule', 'pattern', 'days'],
        message: `Protocol ${TWICE_WEEKLY}: the two day offsets of a twice-weekly pattern must be different and in increasing order, e.g. [0, 3].`,
      },
    ]);
  });
});

describe('a loading dose', () => {
  it('whose duration is in a dose unit', () => {
    // dexmedetomidine's loading dose runs over 10 min; in mg it is no duration
    expect(issuesAfter((c) => (at(c, DEX)['loading']['duration']['unit'] = 'mg'))).toContainEqual({
      code: 'parameter_unit_invalid',
      path: ['protocols', indexOf(DEX), 'loading', 'duration', 'unit'],
      message: `Protocol ${DEX}: the duration unit "mg" must be one of the duration units.`,
    });
  });
});

describe('whole vials', () => {
  it('are refused in a whole bag even when the bag has no diluent (itself refused)', () => {
    // IVIG Goebel draws whole vials at the product's own concentration; made a whole bag with no diluent
    expect(issuesAfter((c) => (at(c, IVIG)['preparation']['style'] = 'whole-bag'))).toEqual(
      expect.arrayContaining([
        {
          code: 'preparation_invalid',
          path: ['protocols', indexOf(IVIG), 'preparation'],
          message: `Protocol ${IVIG}: a whole-bag preparation needs a diluent.`,
        },
        {
          code: 'preparation_invalid',
          path: ['protocols', indexOf(IVIG), 'wholeVials'],
          message: `Protocol ${IVIG}: whole vials are drawn only for a standard concentration given neat (no diluent); remove wholeVials or the diluent.`,
        },
      ]),
    );
  });
});

describe('a cap', () => {
  it('in a duration unit caps no dose', () => {
    // Foo 2021 caps the lidocaine rate at 120 mg/h; 120 min is a time
    expect(issuesAfter((c) => (at(c, FOO)['caps'][0]['unit'] = 'min'))).toContainEqual({
      code: 'cap_unit_invalid',
      path: ['protocols', indexOf(FOO), 'caps', 0, 'unit'],
      message: 'Cap foo.rate-cap: a cap must be on a dose rate or a session dose.',
    });
  });
});
