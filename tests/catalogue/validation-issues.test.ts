// What an institution's catalogue is refused for, word for word (src/formulary/validate.ts and
// validate-protocol.ts): one change to the built-in catalogue (as JSON) at a time, and the issue it
// must raise, with its code, path and message. Written from the Stryker survivors and uncovered
// mutants of those files: most of these refusals had no test.
import { describe, expect, it } from 'vitest';
import { createCalculator } from '../support/untyped.js';
import { type Json, LOCAL_POLICY, builtinAsJson as asJson } from '../support/catalogue-json.js';
const protocolIndex = (cat: Json, id: string): number => cat['protocols'].findIndex((p: Json) => p['id'] === id);
const issuesAfter = (change: (cat: Json) => void) => {
  const cat = asJson();
  change(cat);
  const r = createCalculator(cat);
  return r.ok ? [] : r.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
};

// Indexes in the built-in catalogue: agents 0 ketamine, 1 lidocaine; protocols by id.
const SCHWARTZMAN = 'ketamine-crps-schwartzman-2009';
const FOO = 'lidocaine-perioperative-foo-2021';
const DEX = 'dexmedetomidine-procedural-label';

describe('products', () => {
  it('a product listed under another agent', () => {
    expect(issuesAfter((c) => (c['agents'][0]['products'][0]['agent'] = 'lidocaine'))).toContainEqual({
      code: 'product_agent_mismatch',
      path: ['agents', 0, 'products', 0, 'agent'],
      message: 'Product ketamine-10mg-ml-20ml names agent "lidocaine" but is listed under ketamine.',
    });
  });

  it.each([
    ['in mg/L', { unit: 'mg/L' }],
    ['of zero', { value: '0' }],
  ])('a strength %s', (_what, strength) => {
    expect(issuesAfter((c) => Object.assign(c['agents'][0]['products'][0]['strength'], strength))).toEqual([
      {
        code: 'product_strength_invalid',
        path: ['agents', 0, 'products', 0, 'strength'],
        message: 'Product ketamine-10mg-ml-20ml: strength must be a positive value in mg/mL.',
      },
    ]);
  });

  it.each([
    ['in L', { unit: 'L' }],
    ['of zero', { value: '0' }],
  ])('a vial volume %s', (_what, volume) => {
    expect(issuesAfter((c) => Object.assign(c['agents'][0]['products'][0]['volume'], volume))).toContainEqual({
      code: 'product_volume_invalid',
      path: ['agents', 0, 'products', 0, 'volume'],
      message: 'Product ketamine-10mg-ml-20ml: volume must be a positive value in mL.',
    });
  });

  it('a premix with no bag volume', () => {
    // lidocaine products: 0 ampoule, 1 vial, 2 the 4 mg/mL 500 mL premix
    expect(issuesAfter((c) => delete c['agents'][1]['products'][2]['volume'])).toContainEqual({
      code: 'product_volume_invalid',
      path: ['agents', 1, 'products', 2, 'volume'],
      message: 'Premix lidocaine-4mg-ml-premix-500ml needs its bag volume.',
    });
  });

  it('an agent listing a diluent the catalogue does not stock', () => {
    expect(issuesAfter((c) => (c['agents'][0]['diluents'][1]['id'] = 'ringer-lactate'))).toContainEqual({
      code: 'unknown_diluent',
      path: ['agents', 0, 'diluents', 1, 'id'],
      message: 'Agent ketamine lists unknown diluent "ringer-lactate".',
    });
  });

  it('a patient limit whose name does not say what it limits', () => {
    expect(issuesAfter((c) => (c['patientLimits'][0]['id'] = 'patient.mass.lower-hard'))).toContainEqual({
      code: 'patient_limit_invalid',
      path: ['patientLimits', 0],
      message:
        'Patient limit patient.mass.lower-hard must be named patient.weight.*, patient.height.*, patient.age.* or patient.creatinine.* in kg, cm, a or mg/dL.',
    });
    // the right name in the wrong unit
    expect(issuesAfter((c) => (c['patientLimits'][0]['unit'] = '[lb_av]')).map((i) => i.code)).toContain('patient_limit_invalid');
  });
});

describe('protocols', () => {
  const at = (cat: Json, id: string) => cat['protocols'][protocolIndex(cat, id)];
  const path = (id: string) => ['protocols', protocolIndex(asJson(), id)];

  it('a whole bag with no diluent', () => {
    expect(issuesAfter((c) => delete at(c, SCHWARTZMAN)['preparation']['diluent'])).toContainEqual({
      code: 'preparation_invalid',
      path: [...path(SCHWARTZMAN), 'preparation'],
      message: `Protocol ${SCHWARTZMAN}: a whole-bag preparation needs a diluent.`,
    });
  });

  it('a diluted standard concentration with no concentration', () => {
    expect(issuesAfter((c) => delete at(c, DEX)['preparation']['concentration'])).toContainEqual({
      code: 'preparation_invalid',
      path: [...path(DEX), 'preparation'],
      message: `Protocol ${DEX}: a diluted standard-concentration preparation needs its concentration (mg/mL).`,
    });
  });

  it('a loading dose on a whole bag, and a loading dose with no duration value', () => {
    expect(
      issuesAfter((c) => {
        const foo = at(c, FOO);
        foo['preparation'] = { ...at(c, SCHWARTZMAN)['preparation'] };
      }),
    ).toContainEqual({
      code: 'preparation_invalid',
      path: [...path(FOO), 'loading'],
      message: `Protocol ${FOO}: a loading dose needs a standard-concentration preparation.`,
    });
    expect(issuesAfter((c) => delete at(c, FOO)['loading']['duration']['value'])).toContainEqual({
      code: 'regimen_parameter_missing',
      path: [...path(FOO), 'loading', 'duration', 'value'],
      message: `Protocol ${FOO}: a loading dose needs the value of its duration (the clinician cannot supply it).`,
    });
  });

  it('a rate-and-duration regimen with no rate', () => {
    expect(issuesAfter((c) => delete at(c, SCHWARTZMAN)['rate'])).toContainEqual({
      code: 'regimen_parameter_missing',
      path: [...path(SCHWARTZMAN), 'rate'],
      message: `Protocol ${SCHWARTZMAN}: a rate-duration regimen needs a rate.`,
    });
  });

  it('a rate in a concentration unit', () => {
    expect(issuesAfter((c) => (at(c, SCHWARTZMAN)['rate']['unit'] = 'mg/mL'))).toContainEqual({
      code: 'parameter_unit_invalid',
      path: [...path(SCHWARTZMAN), 'rate', 'unit'],
      message: `Protocol ${SCHWARTZMAN}: the rate unit "mg/mL" must be one of the dose-rate or dose-rate-per-kg units.`,
    });
  });

  it('what stands in for a parameter: clearance bands for the total, fixed-rate phases for the duration, and nothing else', () => {
    const ZOLEDRONIC = 'zoledronic-acid-4mg-by-crcl'; // total from its clearance bands
    const PHASED = 'lidocaine-5mgkg-40min'; // duration from its fixed-rate phases
    expect(issuesAfter((c) => delete at(c, ZOLEDRONIC)['duration'])).toContainEqual({
      code: 'regimen_parameter_missing',
      path: [...path(ZOLEDRONIC), 'duration'],
      message: `Protocol ${ZOLEDRONIC}: a total-duration regimen needs a duration.`,
    });
    expect(issuesAfter((c) => delete at(c, PHASED)['total'])).toContainEqual({
      code: 'regimen_parameter_missing',
      path: [...path(PHASED), 'total'],
      message: `Protocol ${PHASED}: a total-duration regimen needs a total.`,
    });
    expect(issuesAfter((c) => delete at(c, PHASED)['duration']).map((i) => i.code)).not.toContain('regimen_parameter_missing');
  });

  it('a range with a minimum above its maximum and no value, and a missing bound shown as -', () => {
    const SANACORA = 'ketamine-depression-sanacora-2017';
    expect(
      issuesAfter((c) => {
        const { value: _v, usual: _u, ...total } = at(c, SANACORA)['total'];
        at(c, SANACORA)['total'] = { ...total, min: '0.6', max: '0.5' };
      }),
    ).toContainEqual({
      code: 'dose_range_out_of_order',
      path: [...path(SANACORA), 'total'],
      message: `Protocol ${SANACORA}: the total range is out of order (min 0.6, value -, max 0.5).`,
    });
  });

  it('a protocol dose above a hard limit of its agent', () => {
    // Sanacora 0.5 mg/kg with a maximum of 5 mg/kg: above ketamine's hard 4.5 mg/kg a session.
    const SANACORA = 'ketamine-depression-sanacora-2017';
    expect(issuesAfter((c) => (at(c, SANACORA)['total']['max'] = '5'))).toContainEqual({
      code: 'dose_range_outside_hard_limit',
      path: [...path(SANACORA), 'total'],
      message: `Protocol ${SANACORA}: its total reaches 5 mg/kg, above the hard limit ketamine.session-dose-per-kg.upper-hard (4.5 mg/kg) of ketamine.`,
    });
  });

  it('an unknown agent, a product of another agent, and a diluent its agent does not list', () => {
    expect(issuesAfter((c) => (at(c, SCHWARTZMAN)['agent'] = 'esketamine'))).toContainEqual({
      code: 'unknown_agent',
      path: [...path(SCHWARTZMAN), 'agent'],
      message: `Protocol ${SCHWARTZMAN} names unknown agent "esketamine".`,
    });
    expect(issuesAfter((c) => (at(c, SCHWARTZMAN)['preparation']['products'] = ['lidocaine-20mg-ml']))).toContainEqual({
      code: 'unknown_product',
      path: [...path(SCHWARTZMAN), 'preparation', 'products', 0],
      message: `Protocol ${SCHWARTZMAN} names product "lidocaine-20mg-ml", which ketamine does not have.`,
    });
    // dextrose 5% is stocked, but ketamine no longer lists it
    const found = issuesAfter((c) => {
      c['agents'][0]['diluents'] = c['agents'][0]['diluents'].filter((d: Json) => d['id'] !== 'dextrose-5');
      at(c, SCHWARTZMAN)['preparation']['diluent'] = 'dextrose-5';
    });
    expect(found).toContainEqual({
      code: 'unknown_diluent',
      path: [...path(SCHWARTZMAN), 'preparation', 'diluent'],
      message: `Protocol ${SCHWARTZMAN} names diluent "dextrose-5", which is unknown or not listed for its agent.`,
    });
  });

  it('an id used twice', () => {
    expect(issuesAfter((c) => c['protocols'].push({ ...at(c, SCHWARTZMAN) }))).toContainEqual({
      code: 'duplicate_id',
      path: ['protocols'],
      message: `The protocol id "${SCHWARTZMAN}" is used more than once.`,
    });
  });

  it('a range whose minimum is above its maximum', () => {
    const found = issuesAfter((c) => Object.assign(at(c, FOO)['rate'], { min: '2', value: '1.5', max: '1.5' }));
    expect(found).toContainEqual({
      code: 'dose_range_out_of_order',
      path: [...path(FOO), 'rate'],
      message: `Protocol ${FOO}: the rate range is out of order (min 2, value 1.5, max 1.5).`,
    });
  });

  it('a cap on a concentration', () => {
    expect(issuesAfter((c) => (at(c, FOO)['caps'][0]['unit'] = 'mg/mL'))).toContainEqual({
      code: 'cap_unit_invalid',
      path: [...path(FOO), 'caps', 0, 'unit'],
      message: 'Cap foo.rate-cap: a cap must be on a dose rate or a session dose.',
    });
  });
});

describe('label adjustments', () => {
  const dexIndex = (cat: Json) => cat['agents'].findIndex((a: Json) => a['id'] === 'dexmedetomidine');
  const loadingAt = (cat: Json) => (cat['agents'][dexIndex(cat)]['adjustments'] as Json[]).findIndex((a) => a['id'] === 'dexmedetomidine.age-over-65.loading');

  it('a maximum loading dose in a rate unit is not a dose per kg', () => {
    const cat = asJson();
    const ai = dexIndex(cat);
    const li = loadingAt(cat);
    expect(issuesAfter((c) => (c['agents'][ai]['adjustments'][li]['action']['unit'] = 'ug/kg/h'))).toContainEqual({
      code: 'limit_unit_invalid',
      path: ['agents', ai, 'adjustments', li, 'action', 'unit'],
      message: 'Adjustment dexmedetomidine.age-over-65.loading: "ug/kg/h" is not a dose per kg unit.',
    });
  });

  it('a minimum duration in a dose unit is not a duration', () => {
    const cat = asJson();
    const ai = dexIndex(cat);
    const li = loadingAt(cat);
    expect(issuesAfter((c) => (c['agents'][ai]['adjustments'][li]['action'] = { kind: 'minimum-duration', value: '10', unit: 'mg' }))).toContainEqual({
      code: 'limit_unit_invalid',
      path: ['agents', ai, 'adjustments', li, 'action', 'unit'],
      message: 'Adjustment dexmedetomidine.age-over-65.loading: "mg" is not a duration unit.',
    });
  });

  it('an adjustment naming a protocol of another agent', () => {
    const cat = asJson();
    const ai = dexIndex(cat);
    const li = loadingAt(cat);
    expect(issuesAfter((c) => (c['agents'][ai]['adjustments'][li]['protocols'] = ['ketamine-crps-schwartzman-2009']))).toContainEqual({
      code: 'unknown_protocol',
      path: ['agents', ai, 'adjustments', li, 'protocols', 0],
      message: 'Adjustment dexmedetomidine.age-over-65.loading names "ketamine-crps-schwartzman-2009", which is not a protocol of dexmedetomidine.',
    });
  });
});

describe('a limit scoped to protocols', () => {
  it('naming a protocol of another agent', () => {
    expect(
      issuesAfter((c) =>
        c['agents'][0]['limits'].push({
          id: 'ketamine.local',
          protocols: ['lidocaine-chronic-pain-rch'],
          bound: 'upper',
          severity: 'soft',
          value: '20',
          unit: 'mg/h',
          source: LOCAL_POLICY,
        }),
      ),
    ).toContainEqual({
      code: 'unknown_protocol',
      path: ['agents', 0, 'limits', asJson()['agents'][0]['limits'].length, 'protocols', 0],
      message: 'Limit ketamine.local names "lidocaine-chronic-pain-rch", which is not a protocol of ketamine.',
    });
  });
});
