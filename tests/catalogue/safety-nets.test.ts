// More of the safety nets no catalogue may switch off (src/formulary/validate-safety.ts): the
// lightest usual adult a catalogue plans for, and the hard dose ceiling of an agent a protocol
// plans, reported alongside the built-in agent's other issues. Written from the Stryker survivors
// of the file; every number is worked by hand in a comment.
import { describe, expect, it } from 'vitest';
import { createCalculator } from '../support/untyped.js';
import { type Json, LOCAL_POLICY, builtinAsJson, calculatorOf } from '../support/catalogue-json.js';
import { alendronateCrpsAdami1997 } from '../../src/protocols/alendronate-crps-adami-1997.js';

const agentIndex = (cat: Json, id: string): number => cat['agents'].findIndex((a: Json) => a['id'] === id);
const issuesOf = (cat: Json) => {
  const r = createCalculator(cat);
  return r.ok ? [] : r.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
};

describe('the lightest usual adult', () => {
  it('is the hard lower weight limit when the catalogue has no soft one', () => {
    const cat = builtinAsJson();
    cat['patientLimits'] = cat['patientLimits'].filter((l: Json) => l['id'] !== 'patient.weight.lower-soft');
    cat['agents'][agentIndex(cat, 'ketamine')]['massUnit'] = 'g';
    // Schwartzman's lowest rate 0.35 mg/kg/h x 25 kg (the hard lower weight) = 8.75 mg/h = 0.00875 g/h < 0.1 g/h.
    expect(issuesOf(cat)).toContainEqual({
      code: 'mass_unit_mismatch',
      path: ['agents', 0, 'massUnit'],
      message:
        "Agent ketamine: protocol ketamine-crps-schwartzman-2009's rate of 0.35 mg/kg/h would show as 0.00875 g/h for a 25 kg adult; write its doses in a smaller mass unit.",
    });
  });
});

/** The built-in catalogue planning alendronate (Adami 1997, 7.5 mg) with a local vial: the reference gives no product. */
function plannedAlendronate(): { cat: Json; ai: number } {
  const cat = builtinAsJson();
  const ai = agentIndex(cat, 'alendronate');
  // A local vial, shaped as pamidronate's first one.
  const { codes: _codes, family: _family, ...vial } = cat['agents'][agentIndex(cat, 'pamidronate')]['products'][0] as Json;
  cat['agents'][ai]['products'] = [{ ...vial, id: 'local-alendronate-vial', agent: 'alendronate' }];
  const protocol = JSON.parse(JSON.stringify(alendronateCrpsAdami1997)) as Json;
  protocol['preparation']['products'] = ['local-alendronate-vial'];
  cat['protocols'].push(protocol);
  return { cat, ai };
}

/** A hard limit on alendronate's session dose (built-in alendronate has only a soft 7.5 mg one). */
const hardDose = (value: string, more: Json = {}): Json => ({
  id: 'alendronate.session-dose.local-hard',
  bound: 'upper',
  severity: 'hard',
  value,
  unit: 'mg',
  source: LOCAL_POLICY,
  ...more,
});

describe('the lightest usual adult is the highest soft lower weight', () => {
  it('of 50.7 and 45 kg, 50.7 kg, whichever comes last', () => {
    const cat = builtinAsJson();
    cat['patientLimits'].push({ id: 'patient.weight.lower-soft-local', bound: 'lower', severity: 'soft', value: '45', unit: 'kg', source: LOCAL_POLICY });
    cat['agents'][agentIndex(cat, 'ketamine')]['massUnit'] = 'g';
    // Schwartzman's lowest rate 0.35 mg/kg/h x 50.7 kg = 17.745 mg/h = 0.017745 g/h < 0.1 g/h.
    expect(issuesOf(cat)).toContainEqual({
      code: 'mass_unit_mismatch',
      path: ['agents', 0, 'massUnit'],
      message:
        "Agent ketamine: protocol ketamine-crps-schwartzman-2009's rate of 0.35 mg/kg/h would show as 0.017745 g/h for a 50.7 kg adult; write its doses in a smaller mass unit.",
    });
  });
});

describe('an agent a protocol plans needs a hard dose ceiling', () => {
  const missing = (ai: number) => ({
    code: 'hard_limit_missing',
    path: ['agents', ai, 'limits'],
    message:
      'Agent alendronate is planned by a protocol but has no hard upper limit on its dose or dose rate that applies in every care area to every patient.',
  });

  it('a hard upper limit of 10 mg everywhere is one (7.5 mg <= 10 mg)', () => {
    const { cat, ai } = plannedAlendronate();
    cat['agents'][ai]['limits'].push(hardDose('10'));
    expect(() => calculatorOf(cat)).not.toThrow();
    // and without it the catalogue is refused
    expect(issuesOf(plannedAlendronate().cat)).toEqual([missing(ai)]);
  });

  it('is named even when the built-in agent has another issue (its mass unit)', () => {
    const { cat, ai } = plannedAlendronate();
    cat['agents'][ai]['massUnit'] = 'g';
    const issues = issuesOf(cat);
    expect(issues).toContainEqual({
      code: 'mass_unit_mismatch',
      path: ['agents', ai, 'massUnit'],
      message: 'Agent alendronate doses are written in mg, as in the built-in catalogue; "g" would show them in another unit.',
    });
    expect(issues).toContainEqual(missing(ai));
  });

  it.each([
    ['a hard lower limit (a floor of 1 mg)', { bound: 'lower', value: '1' }],
    ['a hard upper limit for renal impairment only', { condition: 'renal-impairment' }],
  ])('%s is no ceiling', (_what, more) => {
    const { cat, ai } = plannedAlendronate();
    cat['agents'][ai]['limits'].push(hardDose('10', more));
    expect(issuesOf(cat)).toEqual([missing(ai)]);
  });

  it('each protocol needs its own: a ceiling for Adami 1997 only leaves a second protocol without one', () => {
    const { cat, ai } = plannedAlendronate();
    const second = JSON.parse(JSON.stringify(cat['protocols'].at(-1))) as Json;
    second['id'] = 'local-alendronate';
    cat['protocols'].push(second);
    cat['agents'][ai]['limits'].push(hardDose('10', { protocols: [alendronateCrpsAdami1997.id] }));
    expect(issuesOf(cat)).toEqual([missing(ai)]);
  });
});

describe("a built-in hard limit is kept when one of the catalogue's stand-ins is as strict", () => {
  it('a looser hard limit of 6 mg/kg beside the kept 4.5 mg/kg one is redundant, not a loosening', () => {
    // ketamine.session-dose-per-kg.upper-hard stays at 4.5 mg/kg, so 6 mg/kg (> 4.5) never binds first
    const cat = builtinAsJson();
    cat['agents'][agentIndex(cat, 'ketamine')]['limits'].push({
      id: 'ketamine.session-dose-per-kg.local-hard',
      bound: 'upper',
      severity: 'hard',
      value: '6',
      unit: 'mg/kg',
      source: LOCAL_POLICY,
    });
    expect(() => calculatorOf(cat)).not.toThrow();
  });
});

describe('only a limit of the same bound stands in for a built-in hard limit', () => {
  it("ketamine's upper hard limit of 4.5 mg/kg turned into a lower one of 0.1 mg/kg is missing, not kept", () => {
    // 0.1 <= 4.5, but a floor is no ceiling: nothing bounds the session dose per kg from above
    const cat = builtinAsJson();
    const ketamine = cat['agents'][agentIndex(cat, 'ketamine')];
    const li = (ketamine['limits'] as Json[]).findIndex((l) => l['id'] === 'ketamine.session-dose-per-kg.upper-hard');
    Object.assign(ketamine['limits'][li], { bound: 'lower', value: '0.1' });
    expect(issuesOf(cat)).toEqual([
      {
        code: 'hard_limit_missing',
        path: ['agents', 0, 'limits'],
        message:
          'Agent ketamine has no hard limit in place of the built-in upper hard limit 4.5 mg/kg (ketamine.session-dose-per-kg.upper-hard); a catalogue may tighten a hard limit but not remove it.',
      },
    ]);
  });
});

describe('patient limits', () => {
  const weightMissing = {
    code: 'hard_limit_missing',
    path: ['patientLimits'],
    message:
      'The catalogue has no hard limit in place of the built-in lower hard limit 25 kg (patient.weight.lower-hard); a catalogue may tighten a hard limit but not remove it.',
  };
  const withWeightLimit = (change: (l: Json) => void): Json => {
    const cat = builtinAsJson();
    change((cat['patientLimits'] as Json[]).find((l) => l['id'] === 'patient.weight.lower-hard') as Json);
    return cat;
  };

  it('a hard lower weight of 40 lb does not stand in for the 25 kg one', () => {
    // 40 > 25 as numbers, but 40 lb x 0.45359237 kg/lb = 18.14 kg, looser than 25 kg: a limit is read by its unit too
    const issues = issuesOf(withWeightLimit((l) => Object.assign(l, { value: '40', unit: '[lb_av]' })));
    expect(issues.map((i) => i.code)).toEqual(['patient_limit_invalid', 'hard_limit_missing']);
    expect(issues[1]).toEqual(weightMissing);
  });

  it('a hard lower limit in kg named for another measure does not stand in for the weight one', () => {
    const issues = issuesOf(withWeightLimit((l) => Object.assign(l, { id: 'patient.mass.lower-hard', value: '30' })));
    expect(issues.map((i) => i.code)).toEqual(['patient_limit_invalid', 'hard_limit_missing']);
    expect(issues[1]).toEqual(weightMissing);
  });

  it('a weight limit is named patient.weight.*: local.weight.lower-hard is refused, though in kg', () => {
    // the planner reads patient limits by name, so a limit under another name would bound nothing
    expect(issuesOf(withWeightLimit((l) => (l['id'] = 'local.weight.lower-hard')))).toEqual([
      {
        code: 'patient_limit_invalid',
        path: ['patientLimits', 0],
        message:
          'Patient limit local.weight.lower-hard must be named patient.weight.*, patient.height.*, patient.age.* or patient.creatinine.* in kg, cm, a or mg/dL.',
      },
    ]);
  });

  it('two hard lower weights (25 and 30 kg) are not ordered against each other', () => {
    const cat = builtinAsJson();
    cat['patientLimits'].push({ id: 'patient.weight.lower-hard-local', bound: 'lower', severity: 'hard', value: '30', unit: 'kg', source: LOCAL_POLICY });
    expect(() => calculatorOf(cat)).not.toThrow();
  });

  it('two soft lower weights (50.7 and 45 kg) are not ordered against each other', () => {
    const cat = builtinAsJson();
    cat['patientLimits'].push({ id: 'patient.weight.lower-soft-local', bound: 'lower', severity: 'soft', value: '45', unit: 'kg', source: LOCAL_POLICY });
    expect(() => calculatorOf(cat)).not.toThrow();
  });
});
