// Trace steps whose wording depends on what only an institution catalogue can hold (no built-in
// record has a care-area limit, a limit over a whole course, or a loading dose in fixed mg):
// src/present/trace-patient.ts, trace-delivered.ts and trace-dose.ts. Written from the Stryker
// survivors of src/present.
import { describe, expect, it } from 'vitest';
import { type Catalogue, planInfusion } from '../support/untyped.js';
import { mgSession } from '../support/sessions.js';
import { fooLidocaine70 } from '../support/orders.js';
import { type Step, stepOf, traceOf } from '../support/trace.js';
import { type Json, LOCAL_POLICY as POLICY, builtinAsJson as asJson, calculatorOf } from '../support/catalogue-json.js';

const catalogueOf = (cat: Json): Catalogue => calculatorOf(cat).catalogue;
const planOf = (input: object, catalogue: Catalogue) => {
  const r = planInfusion(input, catalogue);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
};

describe('trace wording an institution catalogue reaches', () => {
  it('the care area the plan was made for is in the plan and in the catalogue step', () => {
    const cat = asJson();
    cat['agents'][0]['limits'].push({
      id: 'ketamine.dose-rate.upper-hard.suite',
      careAreas: ['infusion-suite'],
      bound: 'upper',
      severity: 'hard',
      value: '30',
      unit: 'mg/h',
      source: POLICY,
    });
    const catalogue = catalogueOf(cat);
    // 0.35 mg/kg/h x 80 kg = 28 mg/h, capped at 25 mg/h: inside the suite's 30 mg/h.
    const plan = planOf(
      { patient: { weight: { value: 80, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1, careArea: 'infusion-suite' },
      catalogue,
    );
    expect(plan.catalogue).toEqual({ id: catalogue.id, version: catalogue.version, careArea: 'infusion-suite' });
    expect(stepOf(plan.trace as Step[], 'catalogue')?.result).toBe(
      `${catalogue.id} ${catalogue.version}; ketamine-crps-schwartzman-2009 ${catalogue.protocols.find((p) => p.id === 'ketamine-crps-schwartzman-2009')?.version}; care area infusion-suite`,
    );
  });

  it('a limit over the whole course: earlier doses within the course', () => {
    const cat = asJson();
    const mg = cat['agents'].find((a: Json) => a['id'] === 'magnesium-sulfate');
    mg['limits'].push({
      id: 'magnesium-sulfate.course-dose.local',
      window: 'course',
      bound: 'upper',
      severity: 'soft',
      value: '200',
      unit: 'g',
      source: POLICY,
    });
    const catalogue = catalogueOf(cat);
    // Collins at 100 kg: 70 mg/kg x 100 kg = 7000 mg; 25 g a month earlier (outside every 24 h and
    // 48 h window, inside the course): 7000 + 25000 = 32000 mg.
    const trace = traceOf(
      {
        patient: { weight: { value: 100, unit: 'kg' } },
        protocol: 'magnesium-crps-collins-2009',
        session: 2,
        date: '2026-03-02',
        history: [mgSession('2026-02-02', '25')],
      },
      catalogue,
    );
    expect(stepOf(trace, 'cumulative.magnesium-sulfate.course-dose.local')).toEqual({
      step: 'cumulative.magnesium-sulfate.course-dose.local',
      description: "Earlier doses within the course added to this session's",
      formula: 'mg = this session + sum(earlier sessions in the window)',
      inputs: { thisSession: { value: '7000', unit: 'mg' }, earlier: { value: '25000', unit: 'mg' } },
      result: { value: '32000', unit: 'mg' },
    });
  });

  it('a loading dose in fixed mg is worked as mg, not mg/kg x kg', () => {
    const cat = asJson();
    const foo = cat['protocols'].find((p: Json) => p['id'] === 'lidocaine-perioperative-foo-2021');
    foo['loading']['total'] = { ...foo['loading']['total'], unit: 'mg', value: '100', max: '100', usual: '100' };
    const catalogue = catalogueOf(cat);
    const step = stepOf(traceOf(fooLidocaine70(), catalogue), 'dose.loading');
    expect([step?.formula, step?.result]).toEqual(['mg', { value: '100', unit: 'mg' }]);
  });
});
