/**
 * An institution catalogue cannot switch a safety net off: each way of doing so is a coded issue
 * with its path when the catalogue is validated, or a refusal when a plan would skip limits.
 * Catalogues are the built-in one as JSON, changed; every expected value is worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, type Catalogue, createCalculator, planCombination, planCourse, planInfusion } from '../support/untyped.js';
import { BASELINE_AGENTS } from '../../src/formulary/validate-safety.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const asJson = (): Json => JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
const agentIndex = (cat: Json, id: string): number => cat['agents'].findIndex((a: Json) => a['id'] === id);
const agentIn = (cat: Json, id: string): Json => cat['agents'][agentIndex(cat, id)];
const protocolIndex = (cat: Json, id: string): number => cat['protocols'].findIndex((p: Json) => p['id'] === id);
const protocolIn = (cat: Json, id: string): Json => cat['protocols'][protocolIndex(cat, id)];
const limitIndex = (agent: Json, id: string): number => agent['limits'].findIndex((l: Json) => l['id'] === id);

const POLICY = { citation: 'St Elsewhere infusion suite policy (test)', grade: 'hosp', verified: true };

/** Every issue of validating `cat` as `code@path`, or [] when it validates. */
function issuesOf(cat: Json): string[] {
  const r = createCalculator(cat);
  return r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join('.')}`);
}

function catalogueOf(cat: Json): Catalogue {
  const r = createCalculator(cat);
  if (!r.ok) throw new Error(`catalogue refused: ${r.issues.map((i) => `${i.code}@${i.path.join('.')}`).join(', ')}`);
  return r.calculator.catalogue;
}

describe('the built-in catalogue and the fixture pass every safety check', () => {
  it('validates the built-in catalogue as JSON with no issue', () => {
    expect(issuesOf(asJson())).toEqual([]);
  });

  it('holds the built-in agents as the baseline every catalogue keeps', () => {
    expect([...BASELINE_AGENTS.values()]).toEqual(BUILTIN_CATALOGUE.agents);
  });
});

describe('soft limits sit inside every hard limit in force wherever they are', () => {
  /** Ketamine with a hard 40 mg/h limit everywhere and a soft limit for the infusion suite. */
  function withSuiteSoft(value: string): Json {
    const cat = asJson();
    const ket = agentIn(cat, 'ketamine');
    ket['limits'].push(
      { id: 'ketamine.dose-rate.upper-hard.local', bound: 'upper', severity: 'hard', value: '40', unit: 'mg/h', source: POLICY },
      { id: 'ketamine.dose-rate.upper-soft.suite', careAreas: ['infusion-suite'], bound: 'upper', severity: 'soft', value, unit: 'mg/h', source: POLICY },
    );
    return cat;
  }

  it('refuses a care-area soft limit above a hard limit that applies everywhere', () => {
    // Soft 50 mg/h in the suite > hard 40 mg/h everywhere: the soft limit is the 4th ketamine limit (index 3).
    expect(issuesOf(withSuiteSoft('50'))).toEqual(['limits_out_of_order@agents.0.limits.3']);
    // Soft 30 mg/h <= hard 40 mg/h: in order.
    expect(issuesOf(withSuiteSoft('30'))).toEqual([]);
  });

  it('refuses a soft limit for every patient above a hard limit for every patient over a longer window', () => {
    const cat = asJson();
    const mg = agentIn(cat, 'magnesium-sulfate');
    const soft = limitIndex(mg, 'magnesium-sulfate.session-dose.upper-soft');
    // A soft 45 g per session (no window) against the hard 40 g in 24 h: any session over 45 g is
    // also over 40 g in its 24 h, so the soft limit could never be the one that speaks.
    delete mg['limits'][soft]['window'];
    mg['limits'][soft]['value'] = '45';
    expect(issuesOf(cat)).toEqual([`limits_out_of_order@agents.2.limits.${soft}`]);
  });

  it('does not compare a soft limit with a hard one that applies to fewer patients', () => {
    const cat = asJson();
    const mg = agentIn(cat, 'magnesium-sulfate');
    // Soft 25 g in 24 h for everyone vs hard 20 g in 48 h only with renal impairment: the hard one
    // does not apply to every patient the soft one does, so 25 > 20 is not out of order.
    mg['limits'][limitIndex(mg, 'magnesium-sulfate.session-dose.upper-soft')]['value'] = '25';
    expect(issuesOf(cat)).toEqual([]);
  });
});

describe('patient plausibility limits cannot be removed or loosened', () => {
  it('refuses patientLimits: [] (a 0.5 kg and a 2,000 kg patient would be planned)', () => {
    const cat = asJson();
    cat['patientLimits'] = [];
    // Weight, height, age and serum creatinine each need a hard lower and a hard upper limit: 8 missing.
    expect(issuesOf(cat)).toEqual(Array.from({ length: 8 }, () => 'hard_limit_missing@patientLimits'));
  });

  it('refuses a weight limit looser than the built-in adult limit, and accepts a tighter one', () => {
    const cat = asJson();
    // Built-in: weight hard lower 25 kg (index 0), hard upper 350 kg (index 3).
    cat['patientLimits'][0]['value'] = '0.5';
    cat['patientLimits'][3]['value'] = '2000';
    expect(issuesOf(cat)).toEqual(['hard_limit_loosened@patientLimits.0.value', 'hard_limit_loosened@patientLimits.3.value']);
    cat['patientLimits'][0]['value'] = '40';
    cat['patientLimits'][3]['value'] = '200';
    expect(issuesOf(cat)).toEqual([]);
  });

  it('refuses a catalogue whose only age limits are soft', () => {
    const cat = asJson();
    // Built-in: age hard lower 18 a (index 8) and hard upper 120 a (index 9); made soft, none is hard.
    cat['patientLimits'][8]['severity'] = 'soft';
    cat['patientLimits'][9]['severity'] = 'soft';
    expect(issuesOf(cat)).toEqual(['hard_limit_missing@patientLimits', 'hard_limit_missing@patientLimits']);
  });

  it('refuses a soft patient limit outside a hard one', () => {
    const cat = asJson();
    // Weight upper soft 400 kg (index 2) > upper hard 350 kg: never reached.
    cat['patientLimits'][2]['value'] = '400';
    expect(issuesOf(cat)).toEqual(['limits_out_of_order@patientLimits.2']);
    const r = createCalculator(cat);
    expect(r.ok ? '' : r.issues[0]?.message).toBe(
      'Patient limit patient.weight.upper-soft (400 kg) lies outside the hard limit patient.weight.upper-hard (350 kg).',
    );
  });
});

describe('a catalogue that sets care-area limits needs the care area named', () => {
  /** The built-in catalogue with a hard ketamine 20 mg/h limit in the infusion suite only. */
  function withSuiteLimit(): Catalogue {
    const cat = asJson();
    agentIn(cat, 'ketamine')['limits'].push({
      id: 'ketamine.dose-rate.upper-hard.suite',
      careAreas: ['infusion-suite'],
      bound: 'upper',
      severity: 'hard',
      value: '20',
      unit: 'mg/h',
      source: POLICY,
    });
    return catalogueOf(cat);
  }
  const codes = (r: { ok: boolean; issues?: readonly { code: string; path: readonly (string | number)[] }[] }): string[] =>
    r.ok ? [] : (r.issues ?? []).map((i) => `${i.code}@${i.path.join('.')}`);

  it('planInfusion refuses without a care area and applies the limit with one', () => {
    const catalogue = withSuiteLimit();
    const input = { patient: { weight: { value: 80, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 };
    expect(codes(planInfusion(input, catalogue))).toEqual(['care_area_required@careArea']);
    // 0.35 mg/kg/h x 80 kg = 28 mg/h, capped at 25 mg/h by the protocol: above the suite's 20 mg/h.
    expect(codes(planInfusion({ ...input, careArea: 'infusion-suite' }, catalogue))).toEqual(['dose_rate_above_hard_limit@dose']);
  });

  it('planCombination refuses without a care area', () => {
    const r = planCombination(
      {
        patient: { weight: { value: 70, unit: 'kg' } },
        session: 1,
        components: [{ protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.2, unit: 'mg/kg/h' } } }, { protocol: 'magnesium-crps-collins-2009' }],
        preparation: { containerVolume: { value: 250, unit: 'mL' } },
      },
      withSuiteLimit(),
    );
    // The care area is the request's own: one issue at ['careArea'], not one per component.
    expect(codes(r)).toEqual(['care_area_required@careArea']);
  });

  it('planCourse with an infusion refuses without a care area and totals with one', () => {
    const catalogue = withSuiteLimit();
    const course = (infusion: Json) => planCourse({ protocol: 'magnesium-crps-collins-2009', startDate: '2026-02-02', infusion }, catalogue);
    const patient = { weight: { value: 70, unit: 'kg' } };
    expect([...new Set(codes(course({ patient })))]).toEqual(['care_area_required@infusion.careArea']);
    const r = course({ patient, careArea: 'infusion-suite' });
    // 70 mg/kg x 70 kg = 4.9 g a day; 5 daily sessions = 24.5 g.
    expect(r.ok && r.course.totals?.course).toEqual({ value: '24.5', unit: 'g' });
  });

  it('the built-in catalogue sets no care-area limits, so its plans need none', () => {
    const r = planInfusion({ patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'magnesium-crps-collins-2009', session: 1 });
    expect(r.ok).toBe(true);
  });
});

describe("a built-in agent's hard limits cannot be removed or loosened", () => {
  const KET_HARD = 'ketamine.session-dose-per-kg.upper-hard'; // 4.5 mg/kg

  it.each<[string, (l: Json) => void, 'missing' | 'loosened' | 'ok']>([
    ['removed (made soft)', (l) => (l['severity'] = 'soft'), 'missing'],
    ['moved into one care area', (l) => (l['careAreas'] = ['infusion-suite']), 'missing'],
    ['limited to patients with renal impairment', (l) => (l['condition'] = 'renal-impairment'), 'missing'],
    ['loosened from 4.5 to 9 mg/kg', (l) => (l['value'] = '9'), 'loosened'],
    ['rewritten as 4500 ug/kg (the same limit)', (l) => Object.assign(l, { value: '4500', unit: 'ug/kg' }), 'ok'],
    ['tightened to 4 mg/kg', (l) => (l['value'] = '4'), 'ok'],
  ])('ketamine 4.5 mg/kg hard limit %s', (_what, change, outcome) => {
    const cat = asJson();
    const ket = agentIn(cat, 'ketamine');
    const li = limitIndex(ket, KET_HARD);
    change(ket['limits'][li]);
    const expected = { missing: ['hard_limit_missing@agents.0.limits'], loosened: [`hard_limit_loosened@agents.0.limits.${li}.value`], ok: [] }[outcome];
    expect(issuesOf(cat)).toEqual(expected);
  });

  it('refuses a magnesium catalogue without the 24 h window or the renal 48 h limit', () => {
    const cat = asJson();
    const mg = agentIn(cat, 'magnesium-sulfate');
    // 40 g per session is looser than 40 g in 24 h (two sessions on one day could give 80 g).
    delete mg['limits'][limitIndex(mg, 'magnesium-sulfate.session-dose.upper-hard')]['window'];
    delete mg['limits'][limitIndex(mg, 'magnesium-sulfate.session-dose.upper-soft')]['window'];
    mg['limits'].splice(limitIndex(mg, 'magnesium-sulfate.session-dose.upper-hard.renal-48h'), 1);
    // Missing: 40 g in 24 h, and 20 g in 48 h with renal impairment (the unwindowed 40 g covers neither).
    expect(issuesOf(cat)).toEqual(['hard_limit_missing@agents.2.limits', 'hard_limit_missing@agents.2.limits']);
  });

  it('accepts a maintenance-only hard limit replaced by one for every segment', () => {
    const cat = asJson();
    const dex = agentIn(cat, 'dexmedetomidine');
    // 1.5 mcg/kg/h for every segment (loading included) is at least as strict as for maintenance only.
    delete dex['limits'][limitIndex(dex, 'dexmedetomidine.dose-rate-per-kg.upper-hard')]['appliesTo'];
    expect(issuesOf(cat)).toEqual([]);
  });
});

describe('protocol caps and fixed doses sit inside the hard limits', () => {
  it('refuses a cap above the hard limit on the same measure', () => {
    const cat = asJson();
    const pi = protocolIndex(cat, 'lidocaine-perioperative-foo-2021');
    // Cap 1200 mg/h > lidocaine hard 1000 mg/h.
    protocolIn(cat, 'lidocaine-perioperative-foo-2021')['caps'][0]['value'] = '1200';
    expect(issuesOf(cat)).toEqual([`cap_above_hard_limit@protocols.${pi}.caps.0.value`]);
  });

  it('refuses a cap above a hard limit in another unit, and accepts one equal to it', () => {
    const cat = asJson();
    const pi = protocolIndex(cat, 'ketamine-crps-schwartzman-2009');
    agentIn(cat, 'ketamine')['limits'].push({
      id: 'ketamine.dose-rate.upper-hard.local',
      bound: 'upper',
      severity: 'hard',
      value: '0.5',
      unit: 'mg/min',
      source: POLICY,
    });
    const cap = protocolIn(cat, 'ketamine-crps-schwartzman-2009')['caps'][0];
    // 0.5 mg/min x 60 = 30 mg/h. Cap 40 mg/h > 30 mg/h; cap 30 mg/h = 30 mg/h is in order.
    cap['value'] = '40';
    expect(issuesOf(cat)).toEqual([`cap_above_hard_limit@protocols.${pi}.caps.0.value`]);
    cap['value'] = '30';
    expect(issuesOf(cat)).toEqual([]);
  });

  it('refuses a fixed dose that breaks a per-kg hard limit for the lightest usual adult', () => {
    const cat = asJson();
    const pi = protocolIndex(cat, 'ketamine-booster-getson');
    const total = protocolIn(cat, 'ketamine-booster-getson')['total'];
    // Ketamine hard 4.5 mg/kg; lightest usual adult 50.7 kg (the soft lower weight limit):
    // 4.5 x 50.7 = 228.15 mg. A 229 mg top dose breaks it (229 / 50.7 = 4.517 mg/kg); 228 does not.
    total['max'] = '229';
    expect(issuesOf(cat)).toEqual([`dose_range_outside_hard_limit@protocols.${pi}.total`]);
    total['max'] = '228';
    expect(issuesOf(cat)).toEqual([]);
  });

  it('refuses a loading dose above the hard session limit, or in a rate unit', () => {
    const cat = asJson();
    const pi = protocolIndex(cat, 'lidocaine-perioperative-foo-2021');
    const loading = protocolIn(cat, 'lidocaine-perioperative-foo-2021')['loading'];
    // An institution that holds every lidocaine session to RCH's 500 mg (the built-in limit belongs to
    // RCH's protocols only): a 600 mg loading dose alone breaks it.
    const lidocaine = cat['agents'].find((a: Json) => a['id'] === 'lidocaine');
    delete lidocaine.limits.find((l: Json) => l['id'] === 'lidocaine.session-dose.upper-hard')['protocols'];
    const source = loading['total']['source'];
    loading['total'] = { value: '600', unit: 'mg', source };
    expect(issuesOf(cat)).toEqual([`dose_range_outside_hard_limit@protocols.${pi}.loading.total`]);
    // A loading total written as a rate is not a total.
    loading['total'] = { value: '1.5', unit: 'mg/kg/h', source };
    expect(issuesOf(cat)).toEqual([`parameter_unit_invalid@protocols.${pi}.loading.total.unit`]);
  });

  it('refuses a clearance-band dose above the hard session limit', () => {
    const cat = asJson();
    const pi = protocolIndex(cat, 'zoledronic-acid-4mg-by-crcl');
    const bands = protocolIn(cat, 'zoledronic-acid-4mg-by-crcl')['clearanceBands']['bands'];
    const bi = bands.findIndex((b: Json) => b['dose'] !== undefined);
    // Zoledronic acid hard limit 5 mg per session; a band dose of 6 mg breaks it.
    bands[bi]['dose'] = '6';
    expect(issuesOf(cat)).toEqual([`dose_range_outside_hard_limit@protocols.${pi}.clearanceBands.bands.${bi}.dose`]);
  });
});

describe('a bag the protocol names must be stocked', () => {
  it('refuses a container volume its diluent does not stock', () => {
    const cat = asJson();
    const pi = protocolIndex(cat, 'magnesium-crps-collins-2009');
    // NS is stocked in 50, 100, 150, 250, 500 and 1000 mL bags; 120 mL is not one of them.
    protocolIn(cat, 'magnesium-crps-collins-2009')['preparation']['containerVolume'] = '120';
    expect(issuesOf(cat)).toEqual([`bag_volume_not_stocked@protocols.${pi}.preparation.containerVolume`]);
  });

  it('refuses every protocol whose bag the diluent list no longer stocks', () => {
    const cat = asJson();
    // Without 150 mL NS, only the lidocaine 5 mg/kg protocol (a 150 mL NS bag) is affected.
    const ns = cat['diluents'].find((d: Json) => d['id'] === 'sodium-chloride-0.9');
    ns['bagVolumes'] = ns['bagVolumes'].filter((v: string) => v !== '150');
    expect(issuesOf(cat)).toEqual([`bag_volume_not_stocked@protocols.${protocolIndex(cat, 'lidocaine-5mgkg-40min')}.preparation.containerVolume`]);
  });
});

describe("an agent's mass unit shows its doses without leading zeros", () => {
  it('refuses ketamine written in g (the built-in unit is mg)', () => {
    const cat = asJson();
    agentIn(cat, 'ketamine')['massUnit'] = 'g';
    // Built-in ketamine is in mg; and Schwartzman 0.35 mg/kg/h x 50.7 kg = 17.745 mg/h = 0.017745 g/h < 0.1 g/h.
    expect(issuesOf(cat)).toEqual(['mass_unit_mismatch@agents.0.massUnit', 'mass_unit_mismatch@agents.0.massUnit']);
    const r = createCalculator(cat);
    expect(r.ok ? undefined : r.issues[0]).toEqual({
      code: 'mass_unit_mismatch',
      path: ['agents', 0, 'massUnit'],
      message: 'Agent ketamine doses are written in mg, as in the built-in catalogue; "g" would show them in another unit.',
      expected: 'mg',
      received: 'g',
    });
  });

  /** A local copy of ketamine (an id the built-in catalogue does not have) with its own Schwartzman protocol. */
  function localKetamine(massUnit: string): Json {
    const cat = asJson();
    const ket = agentIn(cat, 'ketamine');
    const products = ket['products'].map((p: Json) => ({ ...p, id: `local-${p['id']}`, agent: 'local-ketamine' }));
    const limits = [{ id: 'local-ketamine.session-dose-per-kg.upper-hard', bound: 'upper', severity: 'hard', value: '4.5', unit: 'mg/kg', source: POLICY }];
    cat['agents'].push({ ...ket, id: 'local-ketamine', massUnit, products, limits });
    const sch = protocolIn(cat, 'ketamine-crps-schwartzman-2009');
    cat['protocols'].push({
      ...sch,
      id: 'local-ketamine-schwartzman',
      agent: 'local-ketamine',
      preparation: { ...sch['preparation'], products: products.map((p: Json) => p['id']) },
    });
    return cat;
  }

  it('refuses a new agent whose unit shows 0.35 mg/kg/h as 0.017745 g/h, and accepts mg', () => {
    const cat = localKetamine('g');
    const r = createCalculator(cat);
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual([`mass_unit_mismatch@agents.${cat['agents'].length - 1}.massUnit`]);
    // 0.35 mg/kg/h x 50.7 kg = 17.745 mg/h = 0.017745 g/h.
    expect(r.ok ? '' : r.issues[0]?.message).toContain('0.017745 g/h');
    expect(issuesOf(localKetamine('mg'))).toEqual([]);
  });

  it('refuses a new agent with no hard upper limit on its dose', () => {
    const cat = localKetamine('mg');
    const ai = cat['agents'].length - 1;
    // Its only hard limit made soft: nothing but soft findings would stand between a slip and the pump.
    cat['agents'][ai]['limits'][0]['severity'] = 'soft';
    expect(issuesOf(cat)).toEqual([`hard_limit_missing@agents.${ai}.limits`]);
    const r = createCalculator(cat);
    expect(r.ok ? '' : r.issues[0]?.message).toBe(
      'Agent local-ketamine is planned by a protocol but has no hard upper limit on its dose or dose rate that applies in every care area to every patient.',
    );
    // A hard limit for one care area only is not a ceiling for the others.
    Object.assign(cat['agents'][ai]['limits'][0], { severity: 'hard', careAreas: ['infusion-suite'] });
    expect(issuesOf(cat)).toEqual([`hard_limit_missing@agents.${ai}.limits`]);
  });

  it('accepts magnesium in g: 30 mg/kg x 50.7 kg = 1.521 g', () => {
    // Built-in magnesium is in g; its smallest stated dose, 30 mg/kg (Brill, Kim), is 1.521 g at 50.7 kg.
    const cat = asJson();
    expect(agentIn(cat, 'magnesium-sulfate')['massUnit']).toBe('g');
    expect(issuesOf(cat)).toEqual([]);
  });
});

// A cap is judged only against the hard upper limits in force for every patient everywhere: a soft
// limit, a lower one, or one for a care area or a condition refuses only the plans it applies to.
describe('which limits a cap must sit under', () => {
  const LOCAL = (more: Json) => ({ id: 'ketamine.dose-rate.local', bound: 'upper', severity: 'hard', value: '0.5', unit: 'mg/min', source: POLICY, ...more });
  const withLocal = (more: Json, capValue: string) => {
    const cat = asJson();
    agentIn(cat, 'ketamine')['limits'].push(LOCAL(more));
    protocolIn(cat, 'ketamine-crps-schwartzman-2009')['caps'][0]['value'] = capValue;
    return cat;
  };

  it('a cap of 40 mg/h over a hard 0.5 mg/min (30 mg/h), word for word', () => {
    const cat = withLocal({}, '40');
    const r = createCalculator(cat);
    expect(r.ok ? [] : r.issues).toEqual([
      {
        code: 'cap_above_hard_limit',
        path: ['protocols', protocolIndex(cat, 'ketamine-crps-schwartzman-2009'), 'caps', 0, 'value'],
        message:
          'Protocol ketamine-crps-schwartzman-2009: cap schwartzman.rate-cap (40 mg/h) is above the hard limit ketamine.dose-rate.local (0.5 mg/min) of ketamine; a cap must sit at or below it.',
        expected: 'at most 0.5 mg/min',
        received: '40 mg/h',
      },
    ]);
  });

  it.each<[string, Json]>([
    ['soft', { severity: 'soft' }],
    ['for one care area', { careAreas: ['infusion-suite'] }],
    ['for patients with a condition', { condition: 'renal-impairment' }],
  ])('a 30 mg/h limit that is %s does not refuse a 40 mg/h cap', (_what, more) => {
    expect(issuesOf(withLocal(more, '40')).filter((i) => i.startsWith('cap_above_hard_limit'))).toEqual([]);
  });
});

// The issues word for word: what a catalogue author reads when a hard limit is gone or looser.
describe('what a refused catalogue says', () => {
  const issues = (cat: Json) => {
    const r = createCalculator(cat);
    return r.ok ? [] : r.issues;
  };

  it('a loosened upper limit: the stand-in, its value, and what it may be at most', () => {
    const cat = asJson();
    const ket = agentIn(cat, 'ketamine');
    const li = limitIndex(ket, 'ketamine.session-dose-per-kg.upper-hard');
    ket['limits'][li]['value'] = '9';
    expect(issues(cat)).toEqual([
      {
        code: 'hard_limit_loosened',
        path: ['agents', 0, 'limits', li, 'value'],
        message:
          'Agent ketamine: ketamine.session-dose-per-kg.upper-hard (9 mg/kg) is looser than the built-in upper hard limit 4.5 mg/kg (ketamine.session-dose-per-kg.upper-hard); a catalogue may tighten a hard limit but not loosen it.',
        expected: 'at most 4.5 mg/kg',
        received: '9 mg/kg',
      },
    ]);
  });

  it('a loosened lower limit says at least', () => {
    const cat = asJson();
    // Built-in: weight hard lower 25 kg (index 0).
    cat['patientLimits'][0]['value'] = '0.5';
    const [issue] = issues(cat);
    expect([issue?.expected, issue?.received]).toEqual(['at least 25 kg', '0.5 kg']);
  });

  it('a hard limit made soft, or moved into one care area, no longer stands in for the built-in one', () => {
    const stated =
      'Agent ketamine has no hard limit in place of the built-in upper hard limit 4.5 mg/kg (ketamine.session-dose-per-kg.upper-hard); a catalogue may tighten a hard limit but not remove it.';
    for (const change of [{ severity: 'soft' }, { careAreas: ['infusion-suite'] }]) {
      const cat = asJson();
      const ket = agentIn(cat, 'ketamine');
      Object.assign(ket['limits'][limitIndex(ket, 'ketamine.session-dose-per-kg.upper-hard')], change);
      expect(issues(cat).map((i) => i.message)).toEqual([stated]);
    }
  });

  it('a missing limit names its window, its condition and its segment', () => {
    const cat = asJson();
    const mg = agentIn(cat, 'magnesium-sulfate');
    mg['limits'].splice(limitIndex(mg, 'magnesium-sulfate.session-dose.upper-hard.renal-48h'), 1);
    expect(issues(cat)).toEqual([
      {
        code: 'hard_limit_missing',
        path: ['agents', agentIndex(cat, 'magnesium-sulfate'), 'limits'],
        message:
          'Agent magnesium-sulfate has no hard limit in place of the built-in upper hard limit 20 g over 48 h with renal-impairment (magnesium-sulfate.session-dose.upper-hard.renal-48h); a catalogue may tighten a hard limit but not remove it.',
        expected: '20 g',
      },
    ]);
    const dex = agentIn(cat, 'dexmedetomidine');
    dex['limits'][limitIndex(dex, 'dexmedetomidine.dose-rate-per-kg.upper-hard')]['severity'] = 'soft';
    expect(issues(cat).map((i) => i.message)).toContainEqual(
      expect.stringContaining('1.5 ug/kg/h (maintenance) (dexmedetomidine.dose-rate-per-kg.upper-hard)'),
    );
  });
});
