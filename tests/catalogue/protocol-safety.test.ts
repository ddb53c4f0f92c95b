// The checks that keep an agent's hard limits meaningful for a protocol
// (src/formulary/validate-protocol-safety.ts), word for word: a fixed dose against a per-kg hard
// limit at the lightest usual adult, a session dose shown in too large a mass unit, and a hard
// limit whose unit does not read. Written from the Stryker survivors of the file; every number is
// worked by hand in a comment.
import { describe, expect, it } from 'vitest';
import { createCalculator } from '../support/untyped.js';
import { type Json, LOCAL_POLICY, builtinAsJson } from '../support/catalogue-json.js';

const agentIndex = (cat: Json, id: string): number => cat['agents'].findIndex((a: Json) => a['id'] === id);
const protocolIndex = (cat: Json, id: string): number => cat['protocols'].findIndex((p: Json) => p['id'] === id);
const issuesOf = (cat: Json) => {
  const r = createCalculator(cat);
  return r.ok ? [] : r.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
};

describe('a fixed dose against a per-kg hard limit', () => {
  it('300 mg of ketamine breaks 4.5 mg/kg for a 50.7 kg adult', () => {
    // Getson's total is 100-200 mg; a max of 300 mg / 50.7 kg = 5.917 mg/kg > 4.5 mg/kg (200 mg / 50.7 kg = 3.945 does not)
    const cat = builtinAsJson();
    const pi = protocolIndex(cat, 'ketamine-booster-getson');
    cat['protocols'][pi]['total']['max'] = '300';
    expect(issuesOf(cat)).toEqual([
      {
        code: 'dose_range_outside_hard_limit',
        path: ['protocols', pi, 'total'],
        message:
          'Protocol ketamine-booster-getson: its dose 300 mg for a 50.7 kg adult breaks the hard limit ketamine.session-dose-per-kg.upper-hard (4.5 mg/kg) of ketamine.',
      },
    ]);
  });
});

describe('a fixed rate against a per-kg rate hard limit', () => {
  const withRate = (max: string): Json => {
    const cat = builtinAsJson();
    const dex = cat['protocols'][protocolIndex(cat, 'dexmedetomidine-procedural-label')];
    dex['rate'] = { ...dex['rate'], unit: 'ug/h', value: '60', max, usual: '60' };
    return cat;
  };

  it('100 mcg/h of dexmedetomidine breaks 1.5 mcg/kg/h for a 50.7 kg adult; 70 mcg/h does not', () => {
    // 100 ug/h / 50.7 kg = 1.972 ug/kg/h > 1.5; 70 ug/h / 50.7 kg = 1.381 ug/kg/h <= 1.5
    const cat = withRate('100');
    expect(issuesOf(cat)).toEqual([
      {
        code: 'dose_range_outside_hard_limit',
        path: ['protocols', protocolIndex(cat, 'dexmedetomidine-procedural-label'), 'rate'],
        message:
          'Protocol dexmedetomidine-procedural-label: its dose 100 ug/h for a 50.7 kg adult breaks the hard limit dexmedetomidine.dose-rate-per-kg.upper-hard (1.5 ug/kg/h) of dexmedetomidine.',
      },
    ]);
    expect(issuesOf(withRate('70'))).toEqual([]);
  });
});

describe('a clearance-band dose against a hard limit in the same measure', () => {
  it('a band of 6 mg of zoledronic acid breaks the 5 mg hard limit at any weight', () => {
    // the band above 60 mL/min gives 4 mg; 6 mg > 5 mg
    const cat = builtinAsJson();
    const pi = protocolIndex(cat, 'zoledronic-acid-4mg-by-crcl');
    cat['protocols'][pi]['clearanceBands']['bands'][4]['dose'] = '6';
    expect(issuesOf(cat)).toEqual([
      {
        code: 'dose_range_outside_hard_limit',
        path: ['protocols', pi, 'clearanceBands', 'bands', 4, 'dose'],
        message: 'Protocol zoledronic-acid-4mg-by-crcl: its dose 6 mg breaks the hard limit zoledronic-acid.session-dose.upper-hard (5 mg) of zoledronic-acid.',
      },
    ]);
  });
});

describe('a bag the protocol names', () => {
  it('175 mL of NS is not stocked', () => {
    const cat = builtinAsJson();
    const pi = protocolIndex(cat, 'lidocaine-5mgkg-40min');
    cat['protocols'][pi]['preparation']['containerVolume'] = '175';
    const r = createCalculator(cat);
    expect(r.ok ? [] : r.issues).toEqual([
      {
        code: 'bag_volume_not_stocked',
        path: ['protocols', pi, 'preparation', 'containerVolume'],
        message: 'Protocol lidocaine-5mgkg-40min: a 175 mL bag of sodium-chloride-0.9 is not stocked (bag volumes: 50, 100, 150, 250, 500, 1000 mL).',
        expected: '50, 100, 150, 250, 500, 1000',
        received: '175',
      },
    ]);
  });
});

describe('a fixed dose is judged once', () => {
  it('a total of 6 mg of zoledronic acid over its 5 mg hard limit is one issue, at the total', () => {
    // the trial gives 5 mg once; a max of 6 mg > 5 mg
    const cat = builtinAsJson();
    const pi = protocolIndex(cat, 'zoledronic-acid-crps-5mg');
    cat['protocols'][pi]['total']['max'] = '6';
    expect(issuesOf(cat)).toEqual([
      {
        code: 'dose_range_outside_hard_limit',
        path: ['protocols', pi, 'total'],
        message:
          'Protocol zoledronic-acid-crps-5mg: its total reaches 6 mg, above the hard limit zoledronic-acid.session-dose.upper-hard (5 mg) of zoledronic-acid.',
      },
    ]);
  });

  it('a band dose in mg is not compared with a hard limit on the rate in mg/h', () => {
    // the zoledronic acid bands give 3 to 4 mg; a hard 3 mg/h rate limit bounds a rate, not a dose
    const cat = builtinAsJson();
    cat['agents'][agentIndex(cat, 'zoledronic-acid')]['limits'].push({
      id: 'zoledronic-acid.dose-rate.local-hard',
      bound: 'upper',
      severity: 'hard',
      value: '3',
      unit: 'mg/h',
      source: LOCAL_POLICY,
    });
    expect(issuesOf(cat)).toEqual([]);
  });

  it('a rate in no unit at all is one issue, at its unit', () => {
    const cat = builtinAsJson();
    const pi = protocolIndex(cat, 'dexmedetomidine-procedural-label');
    cat['protocols'][pi]['rate']['unit'] = 'furlong';
    expect(issuesOf(cat)).toEqual([
      {
        code: 'parameter_unit_invalid',
        path: ['protocols', pi, 'rate', 'unit'],
        message: 'Protocol dexmedetomidine-procedural-label: the rate unit "furlong" must be one of the dose-rate or dose-rate-per-kg units.',
      },
    ]);
  });
});

describe('a bag is stocked in its own diluent', () => {
  it('150 mL of D5W is not stocked, though 150 mL of NS is', () => {
    const cat = builtinAsJson();
    const pi = protocolIndex(cat, 'lidocaine-5mgkg-40min');
    cat['protocols'][pi]['preparation']['diluent'] = 'dextrose-5';
    expect(issuesOf(cat)).toEqual([
      {
        code: 'bag_volume_not_stocked',
        path: ['protocols', pi, 'preparation', 'containerVolume'],
        message: 'Protocol lidocaine-5mgkg-40min: a 150 mL bag of dextrose-5 is not stocked (bag volumes: 50, 100, 250, 500, 1000 mL).',
      },
    ]);
  });

  it('a syringe of 60 mL is no bag and needs no stocked bag volume', () => {
    const cat = builtinAsJson();
    const pi = protocolIndex(cat, 'lidocaine-5mgkg-40min');
    Object.assign(cat['protocols'][pi]['preparation'], { containerKind: 'syringe', containerVolume: '60' });
    expect(issuesOf(cat)).toEqual([]);
  });
});

describe("an agent's mass unit and a session dose", () => {
  it('150 mcg of clonidine would show as 0.00015 g, with no /h', () => {
    // 150 ug = 0.15 mg = 0.00015 g < 0.1 g; a session dose, not a rate
    const cat = builtinAsJson();
    const ai = agentIndex(cat, 'clonidine');
    cat['agents'][ai]['massUnit'] = 'g';
    expect(issuesOf(cat)).toContainEqual({
      code: 'mass_unit_mismatch',
      path: ['agents', ai, 'massUnit'],
      message:
        "Agent clonidine: protocol clonidine-iv-150-300's total of 150 ug would show as 0.00015 g for a 50.7 kg adult; write its doses in a smaller mass unit.",
    });
  });
});

describe('a hard upper limit whose unit does not read', () => {
  it('is reported once, as a limit unit, and judged against no dose', () => {
    const cat = builtinAsJson();
    const limits = cat['agents'][0]['limits'] as Json[];
    limits.push({ id: 'ketamine.local.upper-hard', bound: 'upper', severity: 'hard', value: '30', unit: 'furlong', source: LOCAL_POLICY });
    expect(issuesOf(cat)).toEqual([
      {
        code: 'limit_unit_invalid',
        path: ['agents', 0, 'limits', limits.length - 1, 'unit'],
        message: 'Limit ketamine.local.upper-hard: "furlong" is not a dose, dose-rate, concentration or duration unit.',
      },
    ]);
  });
});

describe('the lowest dose a mass unit must show', () => {
  it('is the min before the usual dose: 50 mcg of clonidine would show as 0.05 mg', () => {
    // total min 50 ug (usual 150 ug): 50 ug = 0.05 mg < 0.1 mg, while 150 ug = 0.15 mg would pass
    const cat = builtinAsJson();
    const ai = agentIndex(cat, 'clonidine');
    cat['agents'][ai]['massUnit'] = 'mg';
    cat['protocols'][protocolIndex(cat, 'clonidine-iv-150-300')]['total']['min'] = '50';
    expect(issuesOf(cat)).toContainEqual({
      code: 'mass_unit_mismatch',
      path: ['agents', ai, 'massUnit'],
      message:
        "Agent clonidine: protocol clonidine-iv-150-300's total of 50 ug would show as 0.05 mg for a 50.7 kg adult; write its doses in a smaller mass unit.",
    });
  });

  it.each([
    ['a time', 'min'],
    ['a concentration', 'mg/mL'],
  ])('is no dose when the total is %s: one issue, at the unit', (_what, unit) => {
    // magnesium is shown in g: 30 min (0.5 h) or 30 mg/mL read as a mass would show as 0.0005 or 0.03 g, but neither is a dose
    const cat = builtinAsJson();
    const pi = protocolIndex(cat, 'magnesium-crps-collins-2009');
    cat['protocols'][pi]['total'] = { ...cat['protocols'][pi]['total'], unit, value: '30', usual: '30' };
    expect(issuesOf(cat)).toEqual([
      {
        code: 'parameter_unit_invalid',
        path: ['protocols', pi, 'total', 'unit'],
        message: `Protocol magnesium-crps-collins-2009: the total unit "${unit}" must be one of the session-dose or session-dose-per-kg units.`,
      },
    ]);
  });
});

describe('a cap is held to the hard upper limits only', () => {
  it("Foo's 120 mg/h cap above a hard lower rate limit of 1 mg/h is no fault", () => {
    // 120 > 1, but a floor is not a ceiling a cap must sit under
    const cat = builtinAsJson();
    cat['agents'][agentIndex(cat, 'lidocaine')]['limits'].push({
      id: 'lidocaine.dose-rate.local-lower-hard',
      bound: 'lower',
      severity: 'hard',
      value: '1',
      unit: 'mg/h',
      source: LOCAL_POLICY,
    });
    expect(issuesOf(cat)).toEqual([]);
  });
});
