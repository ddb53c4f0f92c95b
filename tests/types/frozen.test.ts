// Issue 12 item 3: nothing shared can be changed by a caller. Every value exported by src/index.ts is
// frozen all the way down, and every result a public function returns is too, so no caller can rewrite a
// pump range, a code list or a citation that the next call (or another plan) reads.
import { describe, expect, it } from 'vitest';
import * as api from '../support/untyped.js';
import { BUILTIN_CATALOGUE, DEFAULT_PUMP_RANGE, SEXES, planInfusion } from '../support/untyped.js';
import { nasalOrder } from '../support/orders.js';

/** Every object reachable from `value` that is not frozen, with its path. */
function unfrozen(value: unknown, path = '$', seen = new Set<object>()): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const here = Object.isFrozen(value) ? [] : [path];
  return [...here, ...Object.entries(value).flatMap(([k, v]) => unfrozen(v, `${path}.${k}`, seen))];
}

/** Every object reachable from `value`. */
function objects(value: unknown, seen = new Set<object>()): Set<object> {
  if (value === null || typeof value !== 'object' || seen.has(value)) return seen;
  seen.add(value);
  for (const v of Object.values(value)) objects(v, seen);
  return seen;
}

const ketamine70 = () => ({ patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
const lidocaineBad = () => ({ patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'lidocaine-5mgkg-40min', session: 1, dose: { rate: 'x' } });
const nasal = nasalOrder;
const combination = () => ({
  patient: { weight: { value: 70, unit: 'kg' } },
  session: 1,
  components: [{ protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } }, { protocol: 'magnesium-crps-collins-2009' }],
  preparation: { containerVolume: { value: 250, unit: 'mL' } },
  acknowledgements: [{ code: 'compatibility_unknown', reason: 'pharmacy reviewed' }],
});
const course = () => ({ protocol: 'ketamine-clinic-course-2x3', startDate: '2026-01-05', infusion: { patient: { weight: { value: 70, unit: 'kg' } } } });
const administration = () => ({
  bag: { ingredients: [{ agent: 'lidocaine', amount: { value: 1000, unit: 'mg' } }], finalVolume: { value: 100, unit: 'mL' } },
  pumpRate: { value: 41.7, unit: 'mL/h' },
  patient: { weight: { value: 70, unit: 'kg' } },
  order: { agent: 'lidocaine', doseRate: { value: 41.7, unit: 'mg/h' } },
});

function okPlan(): api.Plan {
  const r = planInfusion(ketamine70());
  if (!r.ok) throw new Error('the ketamine example should plan');
  return r.plan;
}

/** Each public function with two different calls each (ok and refused where the door allows). */
const CALLS: Record<string, readonly (() => unknown)[]> = {
  planInfusion: [() => api.planInfusion(ketamine70()), () => api.planInfusion(lidocaineBad())],
  planCombination: [() => api.planCombination(combination()), () => api.planCombination({})],
  planNasalSpray: [() => api.planNasalSpray(nasal()), () => api.planNasalSpray({})],
  planCourse: [() => api.planCourse(course()), () => api.planCourse({ protocol: 'nope' })],
  toFhir: [() => api.toFhir(okPlan()), () => api.toFhir(okPlan())],
  toPcd03: [() => api.toPcd03(okPlan(), { messageDateTime: '20260105093000', messageControlId: 'M1' }), () => api.toPcd03(okPlan(), {} as never)],
  fromPumpReport: [
    () => api.fromPumpReport('OBX|1|NM|0^MDC_CONC_DRUG^MDC||0.98|mg/mL^mg/mL^UCUM\rOBX|2|NM|157784^MDC_FLOW_FLUID_PUMP^MDC||25|mL/h^mL/h^UCUM', okPlan()),
    () => api.fromPumpReport('', okPlan()),
  ],
  toCdsHooksCards: [() => api.toCdsHooksCards(api.planInfusion(ketamine70())), () => api.toCdsHooksCards(api.planInfusion(lidocaineBad()))],
  fromFhir: [
    () =>
      api.fromFhir({
        observations: [
          {
            resourceType: 'Observation',
            status: 'final',
            code: { coding: [{ system: 'http://loinc.org', code: '29463-7' }] },
            effectiveDateTime: '2026-01-03',
            valueQuantity: { value: 70, system: 'http://unitsofmeasure.org', code: 'kg' },
          },
        ],
        medicationRequest: { resourceType: 'MedicationRequest', instantiatesCanonical: ['PlanDefinition/ketamine-crps-schwartzman-2009'] },
        now: '2026-01-05',
      }),
    () => api.fromFhir({} as never),
  ],
  historyFromFhir: [
    () =>
      api.historyFromFhir({
        administrations: [
          {
            resourceType: 'MedicationAdministration',
            id: 'a1',
            extension: [
              { url: api.FHIR_EXTENSIONS.protocol, valueString: 'ketamine-clinic-course-2x3' },
              { url: api.FHIR_EXTENSIONS.sessionNumber, valuePositiveInt: 1 },
            ],
            status: 'completed',
            effectiveDateTime: '2026-01-05',
            dosage: { rateQuantity: { value: 0.2, system: 'http://unitsofmeasure.org', code: 'mg/kg/h' } },
          },
        ],
      }),
    () => api.historyFromFhir({} as never),
  ],
  formatQuantity: [() => api.formatQuantity({ value: '25000', unit: 'mg' }), () => api.formatQuantity({ value: 'x', unit: 'mg' })],
  formatPlan: [() => api.formatPlan(okPlan()), () => api.formatPlan(okPlan())],
  formatWorksheet: [() => api.formatWorksheet(okPlan()), () => api.formatWorksheet({ ...okPlan(), bag: null } as unknown as api.Plan)],
  verifyAdministration: [() => api.verifyAdministration(administration()), () => api.verifyAdministration({})],
  checkPlan: [() => api.checkPlan(okPlan()), () => api.checkPlan({ ...okPlan(), pump: { ...okPlan().pump, rate: { value: '26', unit: 'mL/h' } } })],
  createCalculator: [() => api.createCalculator(JSON.parse(JSON.stringify(BUILTIN_CATALOGUE))), () => api.createCalculator({})],
  listAgents: [() => api.listAgents(), () => api.listAgents()],
  listProtocols: [() => api.listProtocols(), () => api.listProtocols()],
  getProtocol: [() => api.getProtocol('ketamine-crps-schwartzman-2009'), () => api.getProtocol('lidocaine-5mgkg-40min')],
};

describe('exported constants are deep-frozen (issue 12 item 3)', () => {
  const values = Object.entries(api).filter(([, v]) => typeof v !== 'function');

  it('walks every non-function export of src/index.ts', () => {
    // The exports named in the issue must be among those walked, so the walk cannot silently skip them.
    const names = values.map(([k]) => k);
    for (const n of [
      'DEFAULT_PUMP_RANGE',
      'SEXES',
      'DOSE_UNIT_CODES',
      'EVIDENCE_GRADES',
      'SEVERITIES',
      'WEIGHT_BASES',
      'CHECK_PLAN_CODES',
      'FHIR_SUBJECT_PLACEHOLDER',
    ]) {
      expect(names).toContain(n);
    }
  });

  it.each(values)('%s is frozen all the way down', (_name, value) => {
    expect(unfrozen(value)).toEqual([]);
  });

  it('refuses a write to the default pump range, so a 100 L bag cannot be planned above 999 mL/h', () => {
    expect(() => {
      (DEFAULT_PUMP_RANGE as { maxRate: string }).maxRate = '1000000';
    }).toThrow(TypeError);
    expect(DEFAULT_PUMP_RANGE.maxRate).toBe('999');
  });

  it('refuses a new sex, so validation cannot be changed from outside', () => {
    expect(() => (SEXES as unknown as string[]).push('other')).toThrow(TypeError);
    expect(SEXES).toEqual(['female', 'male']);
  });

  it('every public function is called below', () => {
    const functions = Object.entries(api)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k)
      .sort();
    expect(Object.keys(CALLS).sort()).toEqual(functions);
  });
});

describe('returned results are deep-frozen and share nothing mutable (issue 12 item 3)', () => {
  // toFhir's resource is the caller's own copy to fill in (its subject): unfrozen, sharing nothing (below).
  it.each(Object.entries(CALLS).filter(([name]) => name !== 'toFhir'))('%s returns deep-frozen results that share no mutable object', (_name, calls) => {
    const [a, b] = calls.map((call) => call());
    expect(unfrozen(a)).toEqual([]);
    expect(unfrozen(b)).toEqual([]);
    // Frozen objects may be shared (a catalogue citation); a mutable one may not.
    const mutableInA = [...objects(a)].filter((o) => !Object.isFrozen(o));
    const inB = objects(b);
    expect(mutableInA.filter((o) => inB.has(o))).toEqual([]);
  });

  it("toFhir returns the caller's own resource: editing it changes neither the plan nor the next call", () => {
    const plan = okPlan();
    const first = api.toFhir(plan) as api.MedicationRequestR4;
    const before = JSON.stringify(api.toFhir(plan));
    expect(Object.isFrozen(first)).toBe(false);
    first.subject = { reference: 'Patient/123' };
    (first.contained[0].ingredient[0] as { isActive: boolean }).isActive = false;
    first.dosageInstruction.push(first.dosageInstruction[0] as api.DosageR4);
    expect(JSON.stringify(api.toFhir(plan))).toBe(before);
    expect(api.FHIR_SUBJECT_PLACEHOLDER.reference).not.toBe('Patient/123');
    // Nothing in it is an object of the plan's either.
    const inPlan = objects(plan);
    expect([...objects(first)].filter((o) => inPlan.has(o))).toEqual([]);
  });

  it('editing a returned plan cannot rewrite the pump-range citation of another plan', () => {
    const first = okPlan();
    const second = okPlan();
    const check = first.checks.find((c) => c.code.startsWith('pump_rate'));
    expect(check).toBeDefined();
    expect(() => {
      (check?.source as { citation: string }).citation = 'rewritten';
    }).toThrow(TypeError);
    expect(second.checks.find((c) => c.code.startsWith('pump_rate'))?.source?.citation).toMatch(/^Typical large-volume pump range/);
  });

  it('does not freeze the caller’s own input', () => {
    const inputs = [ketamine70(), combination(), nasal(), course(), administration()] as const;
    api.planInfusion(inputs[0]);
    api.planCombination(inputs[1]);
    api.planNasalSpray(inputs[2]);
    api.planCourse(inputs[3]);
    api.verifyAdministration(inputs[4]);
    const plan = JSON.parse(JSON.stringify(okPlan())) as api.Plan;
    api.checkPlan(plan);
    api.toFhir(plan);
    // A disagreement quotes the plan's own values: the caller's plan must still not be frozen.
    (plan.dosingWeight.value as { value: string }).value = '0';
    const disagreed = api.checkPlan(plan);
    expect(disagreed.ok).toBe(false);
    expect(unfrozen(disagreed)).toEqual([]);
    for (const input of [...inputs, plan]) expect([...objects(input)].filter((o) => Object.isFrozen(o))).toEqual([]);
  });
});
