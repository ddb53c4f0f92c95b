/**
 * Issue 16 item 1 (Stryker's survivors of src/pipeline/params-step.ts): the rate a product's label
 * ramp sets, and the clinician's rate judged against the label's maximum. Goebel 2010
 * (ivig-crps-goebel-2010): 0.25 g/kg of Privigen 10% (100 mg/mL), the rate from the label ramp
 * (start 0.5 mg/kg/min, maximum 8 mg/kg/min, 2 mg/kg/min at risk; Privigen PI as the catalogue cites it,
 * unverified). A male of 70 kg and 175 cm doses on his actual weight (below his IBW of 70.46 kg):
 * mL/h = mg/kg/min x 70 kg x 60 min/h / 100 mg/mL = mg/kg/min x 42.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, type PlanResult, createCalculator, planInfusion } from '../support/untyped.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PATIENT = { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' };
const PRIVIGEN = 'Privigen 10% (0.1 g/mL), 2.5 g in 25 mL vial';
const request = (dose: Record<string, unknown> = {}) => ({ patient: PATIENT, protocol: 'ivig-crps-goebel-2010', session: 1, dose });

/** Goebel planned on a catalogue whose protocol is changed by `edit`. */
function goebelEdited(edit: (protocol: Json) => void, dose: Record<string, unknown> = {}): PlanResult {
  const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
  edit((cat['protocols'] as Json[]).find((p) => p['id'] === 'ivig-crps-goebel-2010') as Json);
  const calc = createCalculator(cat);
  if (!calc.ok) throw new Error(JSON.stringify(calc.issues));
  return calc.calculator.planInfusion(request(dose));
}
const firstRate = (r: PlanResult) => (r.ok ? r.plan.pump.segments[0]?.rate : undefined);
const codes = (r: PlanResult) => (r.ok ? [] : r.issues.map((i) => [i.code, i.path]));

describe('the rate from the label ramp', () => {
  it("no clinician rate: the ramp start, 0.5 mg/kg/min x 42 = 21 mL/h, and no check against the label's maximum (the plan's own start rate is not the clinician's)", () => {
    const r = planInfusion(request());
    expect(firstRate(r)).toEqual({ value: '21', unit: 'mL/h' });
    expect(r.ok && r.plan.checks.filter((c) => c.code === 'rate_above_label_maximum')).toEqual([]);
  });

  it("a clinician's 9 mg/kg/min, not at risk: above the label's maximum of 8 mg/kg/min (0.008 g/kg/min in the plan's grams), refused", () => {
    const r = planInfusion(request({ rate: { value: 9, unit: 'mg/kg/min' } }));
    expect(r.ok).toBe(false);
    const found = (r.ok ? [] : r.issues).filter((c) => c.code === 'rate_above_label_maximum');
    expect(found.map((c) => [c.rule, c.passed, c.message])).toEqual([
      ['immune-globulin-privigen-10pct-2.5g-25ml.ramp.max', false, `The rate is above the label's maximum of 0.008 g/kg/min for ${PRIVIGEN}.`],
    ]);
  });

  it('that refusal points at the rate the clinician gave (dose.rate)', () => {
    const r = planInfusion(request({ rate: { value: 9, unit: 'mg/kg/min' } }));
    expect((r.ok ? [] : r.issues).filter((c) => c.code === 'rate_above_label_maximum').map((c) => c.path)).toEqual([['dose', 'rate']]);
  });

  it("a clinician's 2 mg/kg/min: within the maximum, planned at 2 x 42 = 84 mL/h", () => {
    const r = planInfusion(request({ rate: { value: 2, unit: 'mg/kg/min' } }));
    expect(firstRate(r)).toEqual({ value: '84', unit: 'mL/h' });
  });
});

describe('a protocol value beside a ramp product (catalogues other than the built-in one)', () => {
  it("a protocol rate of 1 mg/kg/min is the protocol's: 1 x 42 = 42 mL/h, not the ramp start's 21 mL/h", () => {
    expect(firstRate(goebelEdited((p) => (p['rate'] = { ...p['rate'], value: '1' })))).toEqual({ value: '42', unit: 'mL/h' });
  });

  it("a protocol with no total value: the ramp never sets the total; the clinician's 0.25 g/kg is planned at the ramp start (21 mL/h)", () => {
    const noTotal = (p: Json) => {
      const { value: _v, usual: _u, ...rest } = p['total'] as Json;
      void _v;
      void _u;
      p['total'] = rest;
    };
    // Without a total the clinician must give one: dose_required at dose.total.
    expect(codes(goebelEdited(noTotal))).toEqual([['dose_required', ['dose', 'total']]]);
    const r = goebelEdited(noTotal, { total: { value: 0.25, unit: 'g/kg' } });
    expect(firstRate(r)).toEqual({ value: '21', unit: 'mL/h' });
  });
});
