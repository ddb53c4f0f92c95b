/**
 * Issue 14 item 3: historyFromFhir. MedicationAdministrations (with pain-score Observations and
 * AdverseEvents) read into the planner's history, every expected value worked by hand below; a round
 * trip plans -> toFhir -> administrations -> historyFromFhir -> planInfusion; the example resources
 * checked by the same R4 validator as tests/interop/fhir.test.ts (the `fhir` package).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Fhir } from 'fhir';
import { FHIR_EXTENSIONS, historyFromFhir, planCombination, planInfusion, toFhir } from '../../src/index.js';
import type { CombinationPlan, HistoryEntryInput, HistoryFromFhirResult, MedicationRequestR4, Plan } from '../../src/index.js';
import { historyFromFhir as untypedHistoryFromFhir } from '../support/untyped.js';

const UCUM = 'http://unitsofmeasure.org';
const q = (value: number, code: string) => ({ value, unit: code, system: UCUM, code });
const ext = {
  protocol: (id: string) => ({ url: FHIR_EXTENSIONS.protocol, valueString: id }),
  session: (n: number) => ({ url: FHIR_EXTENSIONS.sessionNumber, valuePositiveInt: n }),
  relief: (p: number) => ({ url: FHIR_EXTENSIONS.reliefPercent, valueDecimal: p }),
};
const KETAMINE = 'ketamine-clinic-course-2x3';
const MAGNESIUM = 'magnesium-crps-collins-2009';

interface AdminOptions {
  readonly status?: string;
  readonly start?: string;
  readonly end?: string;
  readonly extension?: unknown[];
  readonly dosage?: unknown;
  readonly subject?: string;
  readonly more?: Record<string, unknown>;
}
/** A one-agent MedicationAdministration (R4), session 1 of the ketamine course by default. */
const admin = (id: string, o: AdminOptions = {}) => ({
  resourceType: 'MedicationAdministration',
  id,
  extension: o.extension ?? [ext.protocol(KETAMINE), ext.session(1)],
  status: o.status ?? 'completed',
  medicationCodeableConcept: { text: 'ketamine' },
  subject: { reference: o.subject ?? 'Patient/123' },
  effectivePeriod: { start: o.start ?? '2026-01-05T09:30:00+01:00', end: o.end ?? '2026-01-05T13:30:00+01:00' },
  dosage: o.dosage ?? { rateQuantity: q(0.2, 'mg/kg/h') },
  ...o.more,
});
const pain = (id: string, value: number, at: string, adminId = 'a1', status = 'final') => ({
  resourceType: 'Observation',
  id,
  status,
  code: { coding: [{ system: 'http://loinc.org', code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' }] },
  subject: { reference: 'Patient/123' },
  partOf: [{ reference: `MedicationAdministration/${adminId}` }],
  effectiveDateTime: at,
  valueInteger: value,
});
const event = (severity: string | undefined, adminRef = 'MedicationAdministration/a1', kind = 'nausea', actuality = 'actual') => ({
  resourceType: 'AdverseEvent',
  actuality,
  event: { text: kind },
  subject: { reference: 'Patient/123' },
  ...(severity !== undefined ? { severity: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/adverse-event-severity', code: severity }] } } : {}),
  suspectEntity: [{ instance: { reference: adminRef } }],
});

const history = (r: HistoryFromFhirResult): readonly HistoryEntryInput[] => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.history;
};
const refusal = (r: HistoryFromFhirResult) => (r.ok ? [] : r.issues.map((i) => [i.code, i.path]));

describe('historyFromFhir: units, read exactly', () => {
  it('a dose unit is taken as written: 0.2 mg/kg/h and 3200 ug (UCUM ug, the library unit code)', () => {
    const r = historyFromFhir({ administrations: [admin('a1', { dosage: { dose: q(3200, 'ug'), rateQuantity: q(0.2, 'mg/kg/h') } })] });
    expect(history(r)).toEqual([
      {
        date: '2026-01-05T09:30',
        protocol: KETAMINE,
        session: 1,
        given: { rate: { value: '0.2', unit: 'mg/kg/h' }, total: { value: '3200', unit: 'ug' } },
        adverseEvents: [],
        completed: true,
      },
    ]);
  });

  it('a rateRatio is the numerator per one unit of time: 30 mg / 2 h = 15 mg/h', () => {
    const r = historyFromFhir({ administrations: [admin('a1', { dosage: { rateRatio: { numerator: q(30, 'mg'), denominator: q(2, 'h') } } })] });
    expect(history(r)[0]?.given).toEqual({ rate: { value: '15', unit: 'mg/h' } });
  });

  it('a volume given is shared by strength: 64 mg in 250 mL, 0.125 L and 62.5 mL/h give 32 mg and 16 mg/h', () => {
    // 0.125 L = 125 mL; 64 mg / 250 mL = 0.256 mg/mL; 0.256 x 125 = 32 mg; 0.256 x 62.5 = 16 mg/h.
    const bag = {
      resourceType: 'Medication',
      id: 'bag',
      ingredient: [{ itemCodeableConcept: { text: 'ketamine' }, isActive: true, strength: { numerator: q(64, 'mg'), denominator: q(250, 'mL') } }],
    };
    const a = {
      ...admin('a1', { dosage: { dose: q(0.125, 'L'), rateQuantity: q(62.5, 'mL/h') } }),
      contained: [bag],
      medicationReference: { reference: '#bag' },
    };
    delete (a as Record<string, unknown>)['medicationCodeableConcept'];
    expect(history(historyFromFhir({ administrations: [a] }))[0]?.given).toEqual({ rate: { value: '16', unit: 'mg/h' }, total: { value: '32', unit: 'mg' } });
  });

  it('an unknown unit is refused at its path: mcg (not microgram in UCUM), drops, no UCUM system', () => {
    const r = historyFromFhir({
      administrations: [
        admin('a1', { dosage: { dose: q(200, 'mcg') } }),
        admin('a2', { start: '2026-01-07T09:30:00+01:00', dosage: { rateQuantity: q(20, '[drp]/min') } }),
        admin('a3', { start: '2026-01-09T09:30:00+01:00', dosage: { dose: { value: 20, code: 'mg' } } }),
      ],
    });
    expect(refusal(r)).toEqual([
      ['fhir_unit_unknown', ['administrations', 0, 'dosage', 'dose', 'code']],
      ['fhir_unit_unknown', ['administrations', 1, 'dosage', 'rateQuantity', 'code']],
      ['fhir_unit_unknown', ['administrations', 2, 'dosage', 'dose', 'code']],
    ]);
  });

  it('a rate in the dose field is refused, and a volume given with no contained Medication to share it by', () => {
    expect(refusal(historyFromFhir({ administrations: [admin('a1', { dosage: { dose: q(16, 'mg/h') } })] }))).toEqual([
      ['fhir_unit_unknown', ['administrations', 0, 'dosage', 'dose', 'code']],
    ]);
    expect(refusal(historyFromFhir({ administrations: [admin('a1', { dosage: { dose: q(250, 'mL') } })] }))).toEqual([
      ['fhir_reference_unresolved', ['administrations', 0, 'medicationReference']],
    ]);
  });
});

describe('historyFromFhir: status', () => {
  it('completed is a session run to its end; stopped is not, with its reason and what was given', () => {
    const r = historyFromFhir({
      administrations: [
        admin('a1'),
        admin('a2', {
          status: 'stopped',
          start: '2026-01-07T09:30:00+01:00',
          extension: [ext.protocol(KETAMINE), ext.session(2)],
          more: { statusReason: [{ text: 'dissociation' }] },
        }),
      ],
    });
    expect(history(r).map((e) => [e.session, e.completed, e.stoppedReason])).toEqual([
      [1, true, undefined],
      [2, false, 'dissociation'],
    ]);
  });

  it('entered-in-error and not-done are left out with a note: nothing was given in them', () => {
    const r = historyFromFhir({
      administrations: [admin('a1'), admin('a2', { status: 'entered-in-error' }), admin('a3', { status: 'not-done' })],
    });
    expect(history(r)).toHaveLength(1);
    expect(r.ok && r.notes.map((n) => [n.code, n.path])).toEqual([
      ['fhir_administration_left_out', ['administrations', 1, 'status']],
      ['fhir_administration_left_out', ['administrations', 2, 'status']],
    ]);
  });

  it('in-progress, on-hold and unknown are refused: what was given is not known until the session ends', () => {
    const r = historyFromFhir({ administrations: ['in-progress', 'on-hold', 'unknown', 'done'].map((status, i) => admin(`a${i}`, { status })) });
    expect(refusal(r)).toEqual([
      ['fhir_administration_not_final', ['administrations', 0, 'status']],
      ['fhir_administration_not_final', ['administrations', 1, 'status']],
      ['fhir_administration_not_final', ['administrations', 2, 'status']],
      ['fhir_administration_invalid', ['administrations', 3, 'status']],
    ]);
  });
});

describe('historyFromFhir: the extensions', () => {
  it('no protocol or no session number is refused, never guessed from the medication or the order', () => {
    const r = historyFromFhir({
      administrations: [admin('a1', { extension: [ext.session(1)] }), admin('a2', { start: '2026-01-07', extension: [ext.protocol(KETAMINE)] })],
    });
    expect(refusal(r)).toEqual([
      ['fhir_extension_missing', ['administrations', 0, 'extension']],
      ['fhir_extension_missing', ['administrations', 1, 'extension']],
    ]);
  });

  it('relief 40 % is read; 120 % is refused by the history door at the extension', () => {
    const ok = historyFromFhir({ administrations: [admin('a1', { extension: [ext.protocol(KETAMINE), ext.session(1), ext.relief(40)] })] });
    expect(history(ok)[0]?.reliefPercent).toBe(40);
    const bad = historyFromFhir({ administrations: [admin('a1', { extension: [ext.protocol(KETAMINE), ext.session(1), ext.relief(120)] })] });
    expect(refusal(bad)).toEqual([['relief_out_of_range', ['administrations', 0, 'extension']]]);
  });

  it('a session number of 0 is refused by the history door at the extension', () => {
    expect(refusal(historyFromFhir({ administrations: [admin('a1', { extension: [ext.protocol(KETAMINE), ext.session(0)] })] }))).toEqual([
      ['invalid_session', ['administrations', 0, 'extension']],
    ]);
  });
});

describe('historyFromFhir: pain scores linked by partOf', () => {
  // The session runs 09:30 to 13:30 (+01:00).
  it('before: the latest at or before the start (7 at 09:15, not 8 at 08:00); after: the earliest at or after the end (4 at 13:45)', () => {
    const r = historyFromFhir({
      administrations: [admin('a1')],
      observations: [
        pain('p1', 8, '2026-01-05T08:00:00+01:00'),
        pain('p2', 7, '2026-01-05T09:15:00+01:00'),
        pain('p3', 5, '2026-01-05T11:00:00+01:00'),
        pain('p4', 4, '2026-01-05T13:45:00+01:00'),
        pain('p5', 2, '2026-01-06T09:00:00+01:00'),
      ],
    });
    expect(history(r)[0]?.pain).toEqual({ before: 7, after: 4 });
    // The score during the session is not used.
    expect(r.ok && r.notes.map((n) => [n.code, n.path])).toEqual([['fhir_observation_invalid', ['observations', 2]]]);
  });

  it('a score with no pair records no pain (a note); one not final or linked to no session given is not used', () => {
    const r = historyFromFhir({
      administrations: [admin('a1')],
      observations: [
        pain('p1', 7, '2026-01-05T09:00:00+01:00'),
        pain('p2', 3, '2026-01-05T14:00:00+01:00', 'a1', 'preliminary'),
        pain('p3', 3, '2026-01-05T14:00:00+01:00', 'zz'),
      ],
    });
    expect(history(r)[0]?.pain).toBeUndefined();
    expect(r.ok && r.entryNotes[0]?.map((n) => n.code)).toEqual(['fhir_observation_missing']);
    expect(r.ok && r.notes.map((n) => n.path)).toEqual([
      ['observations', 1],
      ['observations', 2],
    ]);
  });

  it('a valueQuantity in {score} is read; one in mm (a 100 mm visual analogue scale) is another scale and not used', () => {
    const scored = (id: string, value: number, at: string, code: string) => {
      const o: Record<string, unknown> = { ...pain(id, value, at), valueQuantity: { value, unit: code, system: UCUM, code } };
      delete o['valueInteger'];
      return o;
    };
    const ok = historyFromFhir({
      administrations: [admin('a1')],
      observations: [scored('p1', 7, '2026-01-05T09:00:00+01:00', '{score}'), scored('p2', 3, '2026-01-05T14:00:00+01:00', '{score}')],
    });
    expect(history(ok)[0]?.pain).toEqual({ before: 7, after: 3 });
    const mm = historyFromFhir({
      administrations: [admin('a1')],
      observations: [scored('p1', 7, '2026-01-05T09:00:00+01:00', 'mm'), scored('p2', 3, '2026-01-05T14:00:00+01:00', 'mm')],
    });
    expect(history(mm)[0]?.pain).toBeUndefined();
    expect(mm.ok && mm.notes.map((n) => [n.code, n.path])).toEqual([
      ['fhir_observation_invalid', ['observations', 0]],
      ['fhir_observation_invalid', ['observations', 1]],
    ]);
  });

  it('a score of 11 is refused by the history door at the Observation', () => {
    const r = historyFromFhir({
      administrations: [admin('a1')],
      observations: [pain('p1', 11, '2026-01-05T09:00:00+01:00'), pain('p2', 3, '2026-01-05T14:00:00+01:00')],
    });
    expect(refusal(r)).toEqual([['pain_out_of_range', ['observations', 0, 'valueInteger']]]);
  });
});

describe('historyFromFhir: adverse events linked by suspectEntity.instance', () => {
  it('mild, moderate and severe are read from the R4 code system, by relative or absolute reference', () => {
    const r = historyFromFhir({
      administrations: [admin('a1')],
      adverseEvents: [event('moderate'), event('severe', 'https://ehr.example/fhir/MedicationAdministration/a1/_history/2', 'hallucinations')],
    });
    expect(history(r)[0]?.adverseEvents).toEqual([
      { kind: 'nausea', severity: 'moderate' },
      { kind: 'hallucinations', severity: 'severe' },
    ]);
  });

  it('a potential event (a near miss) is a note, not an event of the session', () => {
    const r = historyFromFhir({ administrations: [admin('a1')], adverseEvents: [event('severe', undefined, 'fall', 'potential')] });
    expect(history(r)[0]?.adverseEvents).toEqual([]);
    expect(r.ok && r.notes.map((n) => n.code)).toEqual(['fhir_adverse_event_invalid']);
  });

  it('an event that cannot be placed, or has no severity, refuses: a severe event must not go uncounted', () => {
    const r = historyFromFhir({
      administrations: [admin('a1'), admin('a2', { status: 'entered-in-error' })],
      adverseEvents: [event('severe', 'MedicationAdministration/nowhere'), event('severe', 'MedicationAdministration/a2'), event(undefined)],
    });
    expect(refusal(r)).toEqual([
      ['fhir_reference_unresolved', ['adverseEvents', 0, 'suspectEntity']],
      ['fhir_reference_unresolved', ['adverseEvents', 1, 'suspectEntity']],
      ['fhir_adverse_event_invalid', ['adverseEvents', 2, 'severity']],
    ]);
  });
});

describe('historyFromFhir: a combination bag gives one entry per ingredient', () => {
  // The bag: ketamine 96 mg + magnesium sulfate 5.6 g in 250 mL (planCombination below makes the same bag).
  const ingredient = (protocol: string | undefined, mass: number, code: string) => ({
    ...(protocol !== undefined ? { extension: [ext.protocol(protocol)] } : {}),
    itemCodeableConcept: { text: protocol ?? 'agent' },
    isActive: true,
    strength: { numerator: q(mass, code), denominator: q(250, 'mL') },
  });
  const bagAdmin = (ingredients: unknown[], dosage: unknown) => ({
    ...admin('a1', { extension: [ext.session(1)], dosage }),
    medicationCodeableConcept: undefined,
    contained: [
      {
        resourceType: 'Medication',
        id: 'bag',
        ingredient: [
          ...ingredients,
          { itemCodeableConcept: { text: 'NS' }, isActive: false, strength: { numerator: q(237.84, 'mL'), denominator: q(250, 'mL') } },
        ],
      },
    ],
    medicationReference: { reference: '#bag' },
  });

  it('each agent its share of the volume: 125 mL at 62.5 mL/h gives ketamine 48 mg at 24 mg/h and magnesium 2.8 g at 1.4 g/h', () => {
    // ketamine 96 mg / 250 mL x 125 mL = 48 mg; x 62.5 mL/h = 24 mg/h.
    // magnesium 5.6 g / 250 mL x 125 mL = 2.8 g; x 62.5 mL/h = 1.4 g/h.
    const a = bagAdmin([ingredient(KETAMINE, 96, 'mg'), ingredient(MAGNESIUM, 5.6, 'g')], { dose: q(125, 'mL'), rateQuantity: q(62.5, 'mL/h') });
    const r = historyFromFhir({ administrations: [a], adverseEvents: [event('moderate')] });
    expect(history(r).map((e) => [e.protocol, e.date, e.given, e.adverseEvents])).toEqual([
      [KETAMINE, '2026-01-05T09:30', { rate: { value: '24', unit: 'mg/h' }, total: { value: '48', unit: 'mg' } }, [{ kind: 'nausea', severity: 'moderate' }]],
      [MAGNESIUM, '2026-01-05T09:30', { rate: { value: '1.4', unit: 'g/h' }, total: { value: '2.8', unit: 'g' } }, [{ kind: 'nausea', severity: 'moderate' }]],
    ]);
  });

  it('a bag given in a mass is refused (a mass does not say which agent), and an active ingredient without its protocol', () => {
    const mass = bagAdmin([ingredient(KETAMINE, 96, 'mg'), ingredient(MAGNESIUM, 5.6, 'g')], { dose: q(96, 'mg') });
    expect(refusal(historyFromFhir({ administrations: [mass] }))).toEqual([['fhir_multiple_agents', ['administrations', 0, 'dosage']]]);
    const unnamed = bagAdmin([ingredient(KETAMINE, 96, 'mg'), ingredient(undefined, 5.6, 'g')], { dose: q(125, 'mL') });
    expect(refusal(historyFromFhir({ administrations: [unnamed] }))).toEqual([
      ['fhir_extension_missing', ['administrations', 0, 'contained', 0, 'ingredient', 1, 'extension']],
    ]);
  });

  it('a bag of two active agents that names neither is refused at each ingredient, even with a protocol on the administration', () => {
    const a = bagAdmin([ingredient(undefined, 96, 'mg'), ingredient(undefined, 5.6, 'g')], { dose: q(125, 'mL') });
    const withProtocol = { ...a, extension: [ext.protocol(KETAMINE), ext.session(1)] };
    expect(refusal(historyFromFhir({ administrations: [withProtocol] }))).toEqual([
      ['fhir_extension_missing', ['administrations', 0, 'contained', 0, 'ingredient', 0, 'extension']],
      ['fhir_extension_missing', ['administrations', 0, 'contained', 0, 'ingredient', 1, 'extension']],
    ]);
  });

  it('an ingredient that does not say isActive is counted as an agent (R4 leaves it optional); only isActive false is not', () => {
    const unflagged = { ...ingredient(undefined, 5.6, 'g'), isActive: undefined };
    const a = { ...bagAdmin([ingredient(undefined, 96, 'mg'), unflagged], { dose: q(96, 'mg') }), extension: [ext.protocol(KETAMINE), ext.session(1)] };
    expect(refusal(historyFromFhir({ administrations: [a] }))).toEqual([
      ['fhir_extension_missing', ['administrations', 0, 'contained', 0, 'ingredient', 0, 'extension']],
      ['fhir_extension_missing', ['administrations', 0, 'contained', 0, 'ingredient', 1, 'extension']],
    ]);
  });

  it('the history door takes a bag at one date, one entry per protocol, but still refuses one protocol twice at one date', () => {
    const a = bagAdmin([ingredient(KETAMINE, 96, 'mg'), ingredient(MAGNESIUM, 5.6, 'g')], { dose: q(125, 'mL') });
    const twice = admin('a2', { extension: [ext.protocol(KETAMINE), ext.session(2)] });
    expect(refusal(historyFromFhir({ administrations: [a, twice] }))).toEqual([['history_out_of_order', ['administrations', 1]]]);
  });
});

describe('historyFromFhir: order, identity and the door', () => {
  it('sessions leave oldest first whatever order they come in', () => {
    const r = historyFromFhir({
      administrations: [
        admin('a3', { start: '2026-01-09', extension: [ext.protocol(KETAMINE), ext.session(3)] }),
        admin('a1', { start: '2026-01-05' }),
        admin('a2', { start: '2026-01-07', extension: [ext.protocol(KETAMINE), ext.session(2)] }),
      ],
    });
    expect(history(r).map((e) => [e.date, e.session])).toEqual([
      ['2026-01-05', 1],
      ['2026-01-07', 2],
      ['2026-01-09', 3],
    ]);
  });

  it("two patients' records, an id used twice, a partial date: refused with paths", () => {
    expect(refusal(historyFromFhir({ administrations: [admin('a1'), admin('a2', { start: '2026-01-07', subject: 'Patient/999' })] }))).toEqual([
      ['fhir_subject_mismatch', ['administrations', 1, 'subject']],
    ]);
    expect(refusal(historyFromFhir({ administrations: [admin('a1'), admin('a1', { start: '2026-01-07' })] }))).toEqual([
      ['fhir_administration_invalid', ['administrations', 1, 'id']],
    ]);
    expect(refusal(historyFromFhir({ administrations: [admin('a1', { start: '2026-01' })] }))).toEqual([
      ['fhir_administration_invalid', ['administrations', 0, 'effectivePeriod']],
    ]);
  });

  it("an AdverseEvent of another patient refuses; another patient's pain score is not used", () => {
    const r = historyFromFhir({ administrations: [admin('a1')], adverseEvents: [{ ...event('mild'), subject: { reference: 'Patient/999' } }] });
    expect(refusal(r)).toEqual([['fhir_subject_mismatch', ['adverseEvents', 0, 'subject']]]);
    const p = historyFromFhir({
      administrations: [admin('a1')],
      observations: [{ ...pain('p1', 7, '2026-01-05T09:00:00+01:00'), subject: { reference: 'Patient/999' } }, pain('p2', 3, '2026-01-05T14:00:00+01:00')],
    });
    expect(history(p)[0]?.pain).toBeUndefined();
    expect(p.ok && p.notes.map((n) => [n.code, n.path])).toEqual([['fhir_observation_invalid', ['observations', 0]]]);
  });

  it('bad outlines are coded, never thrown: not an object, no list, an unknown key, not a MedicationAdministration', () => {
    expect(refusal(untypedHistoryFromFhir(null))).toEqual([['invalid_type', []]]);
    expect(refusal(untypedHistoryFromFhir({ administrations: 'x', extra: 1 }))).toEqual([
      ['invalid_type', ['administrations']],
      ['unknown_key', ['extra']],
    ]);
    expect(refusal(historyFromFhir({ administrations: [{ resourceType: 'MedicationRequest' }] }))).toEqual([
      ['fhir_administration_invalid', ['administrations', 0]],
    ]);
  });

  it('hostile and huge input: a throwing getter, a cycle, 1,001 administrations, a 3,000-character id are refused with codes', () => {
    const getter = { administrations: [admin('a1')] };
    Object.defineProperty(getter.administrations[0], 'status', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    expect(refusal(historyFromFhir(getter))[0]?.[0]).toBe('unreadable_input');
    const cyclic: Record<string, unknown> = { administrations: [] };
    (cyclic['administrations'] as unknown[]).push(cyclic);
    expect(refusal(untypedHistoryFromFhir(cyclic))[0]?.[0]).toBe('cyclic_input');
    const many = Array.from({ length: 1001 }, (_, i) => ({ resourceType: 'MedicationAdministration', id: String(i) }));
    expect(refusal(historyFromFhir({ administrations: many }))).toEqual([['too_many', ['administrations']]]);
    expect(refusal(historyFromFhir({ administrations: [admin('x'.repeat(3000))] }))).toEqual([['too_long', ['administrations', 0, 'id']]]);
  });

  it('does not change its input', () => {
    const input = { administrations: [admin('a2', { start: '2026-01-07' }), admin('a1', { start: '2026-01-05' })] };
    const before = JSON.stringify(input);
    historyFromFhir(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('round trip: a course planned, written by toFhir, given, read back by historyFromFhir, plans the same next dose', () => {
  const patient = { weight: { value: 80, unit: 'kg' } } as const;
  const bag250 = { containerVolume: { value: 250, unit: 'mL' } } as const;
  // Ordered 0.2, 0.4, 0.6 mg/kg/h for 4 h at 80 kg: 64, 128, 192 mg. Ketamine 100 mg/mL is drawn to
  // 0.01 mL below 1 mL and 0.1 mL from 1 mL up (src/compounding/measurable.ts, nearest), so the bags hold 64 mg (0.64 mL), 130 mg (1.28 mL -> 1.3 mL) and 190 mg
  // (1.92 mL -> 1.9 mL) in 250 mL, run at 62.5 mL/h. Delivered: 64/250 x 62.5 = 16 mg/h = 0.2 mg/kg/h;
  // 130/250 x 62.5 = 32.5 mg/h = 0.40625 mg/kg/h; 190/250 x 62.5 = 47.5 mg/h = 0.59375 mg/kg/h.
  const course = [
    { date: '2026-01-05', rate: '0.2', delivered: '0.2', total: '64' },
    { date: '2026-01-07', rate: '0.4', delivered: '0.40625', total: '130' },
    { date: '2026-01-09', rate: '0.6', delivered: '0.59375', total: '190' },
  ];
  const requestOf = (plan: Plan | CombinationPlan): MedicationRequestR4 => {
    const r = toFhir(plan);
    if ('issues' in r) throw new Error(JSON.stringify(r.issues));
    return r;
  };
  /** What the nurse records: the request's own extensions (protocol, session) and bag, and what was delivered. */
  const given = (plan: Plan, k: number, date: string, relief: number) => {
    const request = requestOf(plan);
    const delivered = plan.agents[0]?.delivered;
    if (delivered === undefined) throw new Error('no agent');
    return {
      resourceType: 'MedicationAdministration',
      id: `s${k}`,
      extension: [...(request.extension ?? []), ext.relief(relief)],
      status: 'completed',
      contained: request.contained,
      medicationReference: { reference: '#bag' },
      subject: { reference: 'Patient/123' },
      effectivePeriod: { start: `${date}T09:00:00+01:00`, end: `${date}T13:00:00+01:00` },
      dosage: {
        dose: q(Number(delivered.totalDose.value), delivered.totalDose.unit),
        rateQuantity: q(Number(delivered.doseRatePerKg.value), delivered.doseRatePerKg.unit),
      },
    };
  };
  const planned = course.map((c, i) => {
    const r = planInfusion({
      patient,
      protocol: KETAMINE,
      session: i + 1,
      date: c.date,
      dose: { rate: { value: c.rate, unit: 'mg/kg/h' } },
      preparation: bag250,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.plan;
  });
  const administrations = planned.map((p, i) => given(p, i + 1, course[i]?.date as string, 10));
  const byHand: HistoryEntryInput[] = course.map((c, i) => ({
    date: c.date,
    protocol: KETAMINE,
    session: i + 1,
    completed: true,
    given: { rate: { value: c.delivered, unit: 'mg/kg/h' }, total: { value: c.total, unit: 'mg' } },
    reliefPercent: 10,
    adverseEvents: [],
  }));
  const session4 = (history: readonly HistoryEntryInput[]) => {
    const r = planInfusion({ patient, protocol: KETAMINE, session: 4, date: '2026-01-12', preparation: bag250, history });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.plan.titration;
  };

  it('each administration records the protocol and session toFhir wrote (the same extensions)', () => {
    const h = history(historyFromFhir({ administrations }));
    expect(h.map((e) => [e.protocol, e.session, e.given])).toEqual(byHand.map((e) => [e.protocol, e.session, e.given]));
  });

  it('relief 10 % (under the 30 % response threshold), tolerated: both escalate from what was delivered, 0.59375 + 0.2 = 0.79375 mg/kg/h', () => {
    const fromFhir = session4(history(historyFromFhir({ administrations })));
    const written = session4(byHand);
    expect(fromFhir?.decision).toBe('escalate');
    expect(fromFhir?.dose).toEqual({ value: '0.79375', unit: 'mg/kg/h' });
    expect({ decision: fromFhir?.decision, dose: fromFhir?.dose, rule: fromFhir?.rule }).toEqual({
      decision: written?.decision,
      dose: written?.dose,
      rule: written?.rule,
    });
  });

  it('a moderate event in session 3 (an AdverseEvent on its administration): both step down 0.59375 - 0.2 = 0.39375 mg/kg/h', () => {
    const fromFhir = session4(history(historyFromFhir({ administrations, adverseEvents: [event('moderate', 'MedicationAdministration/s3', 'dissociation')] })));
    const written = session4(byHand.map((e, i) => (i === 2 ? { ...e, adverseEvents: [{ kind: 'dissociation', severity: 'moderate' as const }] } : e)));
    expect(fromFhir?.decision).toBe('step-down');
    expect(fromFhir?.dose).toEqual({ value: '0.39375', unit: 'mg/kg/h' });
    expect({ decision: fromFhir?.decision, dose: fromFhir?.dose }).toEqual({ decision: written?.decision, dose: written?.dose });
  });

  it('a combination bag as toFhir writes it, given whole: each agent gets the amount the plan delivers', () => {
    const r = planCombination({
      patient,
      session: 1,
      components: [{ protocol: KETAMINE, dose: { rate: { value: '0.3', unit: 'mg/kg/h' } } }, { protocol: MAGNESIUM }],
      preparation: bag250,
      acknowledgements: [{ code: 'compatibility_unknown', reason: 'pharmacy reviewed the pair' }],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const request = requestOf(r.plan);
    const segment = r.plan.pump.segments[0];
    if (segment === undefined) throw new Error('no segment');
    const a = {
      resourceType: 'MedicationAdministration',
      id: 'c1',
      extension: request.extension,
      status: 'completed',
      contained: request.contained,
      medicationReference: { reference: '#bag' },
      subject: { reference: 'Patient/123' },
      effectiveDateTime: '2026-01-05T09:00:00+01:00',
      dosage: { dose: q(Number(segment.volume.value), segment.volume.unit), rateQuantity: q(Number(segment.rate.value), segment.rate.unit) },
    };
    // 0.3 mg/kg/h x 80 kg = 24 mg/h for 4 h = 96 mg in the 250 mL bag; 250 mL at 62.5 mL/h:
    // ketamine 96 mg / 250 mL x 250 mL = 96 mg, x 62.5 mL/h = 24 mg/h; magnesium 5.6 g / 250 mL x 250 mL = 5.6 g, x 62.5 = 1.4 g/h.
    const h = history(historyFromFhir({ administrations: [a] }));
    expect(h.map((e) => [e.protocol, e.session, e.given])).toEqual([
      [KETAMINE, 1, { rate: { value: '24', unit: 'mg/h' }, total: { value: '96', unit: 'mg' } }],
      [MAGNESIUM, 1, { rate: { value: '1.4', unit: 'g/h' }, total: { value: '5.6', unit: 'g' } }],
    ]);
    expect(h.map((e) => e.given.total)).toEqual(r.plan.agents.map((x) => x.delivered.totalDose));
  });
});

describe('the example resources pass the R4 validator', () => {
  const fhir = new Fhir();
  const errors = (resource: object): string[] => {
    const result = fhir.validate(resource, { errorOnUnexpected: true });
    const found = result.messages.filter((m) => m.severity === 'error' || m.severity === 'fatal').map((m) => `${m.location ?? ''}: ${m.message ?? ''}`);
    if (!result.valid && found.length === 0) found.push('validator: not valid');
    return found;
  };
  it('administrations (rate, rateRatio, stopped with a reason), a pain Observation, an AdverseEvent', () => {
    const examples = [
      admin('a1', { dosage: { dose: q(3200, 'ug'), rateQuantity: q(0.2, 'mg/kg/h') } }),
      admin('a2', { dosage: { rateRatio: { numerator: q(30, 'mg'), denominator: q(2, 'h') } } }),
      admin('a3', {
        status: 'stopped',
        more: { statusReason: [{ text: 'dissociation' }] },
        extension: [ext.protocol(KETAMINE), ext.session(2), ext.relief(40)],
      }),
      pain('p1', 7, '2026-01-05T09:00:00+01:00'),
      event('moderate'),
    ];
    expect(examples.map(errors)).toEqual(examples.map(() => []));
  });
  it('the validator is not a rubber stamp: a wrong value type is an error', () => {
    expect(errors({ ...admin('a1'), status: 42 })).not.toEqual([]);
  });
});

describe("the project's extensions: StructureDefinitions in docs/fhir-extensions.json", () => {
  const bundle = JSON.parse(readFileSync(new URL('../../docs/fhir-extensions.json', import.meta.url), 'utf8')) as {
    entry: { resource: { url: string; differential: { element: { path: string; type?: { code: string }[] }[] } } }[];
  };
  it('define exactly the URLs the code reads and writes, each with the value type the reader takes', () => {
    const types = Object.fromEntries(
      bundle.entry.map((e) => [e.resource.url, e.resource.differential.element.find((x) => x.path === 'Extension.value[x]')?.type?.[0]?.code]),
    );
    expect(types).toEqual({ [FHIR_EXTENSIONS.protocol]: 'string', [FHIR_EXTENSIONS.sessionNumber]: 'positiveInt', [FHIR_EXTENSIONS.reliefPercent]: 'decimal' });
  });
  it('pass the R4 validator', () => {
    const result = new Fhir().validate(bundle, { errorOnUnexpected: true });
    expect(result.messages.filter((m) => m.severity === 'error' || m.severity === 'fatal')).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
