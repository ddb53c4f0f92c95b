/**
 * Issue 14 item 5: FHIR in. Observations + a draft order -> fromFhir -> planInfusion -> toFhir, the
 * request checked by the same R4 validator as tests/interop/fhir.test.ts (the `fhir` package).
 */
import { Fhir } from 'fhir';
import { describe, expect, it } from 'vitest';
import { fromFhir, planInfusion, toFhir } from '../../src/index.js';

const UCUM = 'http://unitsofmeasure.org';
const obs = (loinc: string, value: number, code: string, when: string, status = 'final') => ({
  resourceType: 'Observation',
  status,
  code: { coding: [{ system: 'http://loinc.org', code: loinc }] },
  effectiveDateTime: when,
  valueQuantity: { value, unit: code, system: UCUM, code },
});
const DRAFT = {
  resourceType: 'MedicationRequest',
  status: 'draft',
  intent: 'order',
  instantiatesCanonical: ['https://example.org/fhir/PlanDefinition/ketamine-crps-schwartzman-2009'],
  subject: { reference: 'Patient/123' },
};
const NOW = '2026-01-05T09:30:00Z';
const codes = (r: ReturnType<typeof fromFhir>) => (r.ok ? r.notes.map((n) => n.code) : r.issues.map((i) => i.code));

describe('fromFhir', () => {
  const observations = [
    obs('29463-7', 72, 'kg', '2025-12-01T08:00:00Z'),
    // The latest weight, in pounds: 154 [lb_av] x 0.45359237 kg/lb = 69.85322498 kg (the planner converts).
    obs('29463-7', 154, '[lb_av]', '2026-01-03T08:00:00Z'),
    // A newer weight that is only preliminary is not used.
    obs('29463-7', 90, 'kg', '2026-01-04T08:00:00Z', 'preliminary'),
    // 1.75 m = 175 cm, an exact shift of the point.
    obs('8302-2', 1.75, 'm', '2026-01-03T08:00:00Z'),
    // 88.4 umol/L / 88.4 (the cited factor) = 1 mg/dL.
    obs('2160-0', 88.4, 'umol/L', '2026-01-02T08:00:00Z'),
  ];

  it('takes the latest valid value per LOINC code, exactly, and reads the protocol from the draft order', () => {
    const r = fromFhir({ observations, medicationRequest: DRAFT, now: NOW, maxAgeDays: 30 });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.request).toEqual({
      patient: { weight: { value: '154', unit: '[lb_av]' }, height: { value: '175', unit: 'cm' }, creatinine: { value: '88.4', unit: 'umol/L' } },
      protocol: 'ketamine-crps-schwartzman-2009',
      session: 1,
    });
    expect(codes(r)).toEqual(['fhir_observation_invalid']);
  });

  it('round trip: the request plans, and the plan as a MedicationRequest passes the R4 validator', () => {
    const r = fromFhir({ observations, medicationRequest: DRAFT, now: NOW, maxAgeDays: 30 });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const planned = planInfusion(r.request);
    if (!planned.ok) throw new Error(JSON.stringify(planned.issues));
    // 154 lb = 69.85322498 kg, shown to 6 places; creatinine 1 mg/dL.
    expect(planned.plan.patient.weight).toEqual({ value: '69.853225', unit: 'kg' });
    expect(planned.plan.patient.creatinine).toEqual({ value: '1', unit: 'mg/dL' });
    const request = toFhir(planned.plan);
    if ('issues' in request) throw new Error(JSON.stringify(request.issues));
    const result = new Fhir().validate(request, { errorOnUnexpected: true });
    expect(result.messages.filter((m) => m.severity === 'error' || m.severity === 'fatal')).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('a stale weight is not used, and without a current weight there is no request', () => {
    const r = fromFhir({ observations: [obs('29463-7', 70, 'kg', '2025-10-01T08:00:00Z')], medicationRequest: DRAFT, now: NOW, maxAgeDays: 30 });
    expect(codes(r)).toEqual(['fhir_observation_stale']);
    expect(codes(fromFhir({ observations: [], medicationRequest: DRAFT, now: NOW }))).toEqual(['fhir_observation_missing']);
  });

  it('a stale creatinine is reported and left out (the planner then asks for it where a protocol needs it)', () => {
    const r = fromFhir({
      observations: [obs('29463-7', 70, 'kg', '2026-01-04T08:00:00Z'), obs('2160-0', 1, 'mg/dL', '2025-06-01T08:00:00Z')],
      medicationRequest: DRAFT,
      now: NOW,
      maxAgeDays: 30,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.request['patient']).toEqual({ weight: { value: '70', unit: 'kg' } });
    expect(codes(r)).toEqual(['fhir_observation_missing', 'fhir_observation_stale']);
  });

  it('g is written as kg exactly (70500 g = 70.5 kg); a unit it does not convert is not used', () => {
    const r = fromFhir({
      observations: [obs('29463-7', 70500, 'g', '2026-01-04T08:00:00Z'), obs('8302-2', 5.9, '[ft_i]', '2026-01-04T08:00:00Z')],
      medicationRequest: DRAFT,
      now: NOW,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.request['patient']).toEqual({ weight: { value: '70.5', unit: 'kg' } });
    expect(codes(r)).toContain('fhir_observation_invalid');
  });

  it('the ordered dose of the draft becomes the clinician dose', () => {
    const draft = {
      ...DRAFT,
      instantiatesCanonical: ['PlanDefinition/ketamine-escalation-rema-2012'],
      dosageInstruction: [
        { doseAndRate: [{ type: { coding: [{ code: 'ordered' }] }, rateQuantity: { value: 0.2, unit: 'mg/kg/h', system: UCUM, code: 'mg/kg/h' } }] },
      ],
    };
    const r = fromFhir({ observations: [obs('29463-7', 55, 'kg', '2026-01-04T08:00:00Z')], medicationRequest: draft, now: NOW });
    expect(r.ok && r.request['dose']).toEqual({ rate: { value: 0.2, unit: 'mg/kg/h' } });
  });

  it('the Patient gives sex and age in whole years at now (born 1976-01-06: 49 on 2026-01-05, the day before the 50th birthday)', () => {
    const patient = { resourceType: 'Patient', gender: 'female', birthDate: '1976-01-06' };
    const r = fromFhir({ observations: [obs('29463-7', 70, 'kg', '2026-01-04T08:00:00Z')], medicationRequest: DRAFT, now: NOW, patient });
    expect(r.ok && r.request['patient']).toEqual({ weight: { value: '70', unit: 'kg' }, sex: 'female', ageYears: 49 });
  });

  it('refuses a draft with no protocol, a bad time and a bad session', () => {
    expect(
      codes(fromFhir({ observations: [obs('29463-7', 70, 'kg', '2026-01-04')], medicationRequest: { resourceType: 'MedicationRequest' }, now: NOW })),
    ).toEqual(['fhir_protocol_missing']);
    expect(codes(fromFhir({ observations: [], medicationRequest: DRAFT, now: 'yesterday' }))).toEqual(['invalid_date']);
    expect(codes(fromFhir({ observations: [], medicationRequest: DRAFT, now: NOW, session: 0 }))).toEqual(['invalid_session']);
  });
});
