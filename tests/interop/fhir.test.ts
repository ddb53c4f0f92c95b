/**
 * FHIR R4 output for every built-in protocol, checked by a real R4 validator.
 *
 * Validator: the `fhir` package (FHIR.js, pinned devDependency), whose `Fhir#validate` checks a
 * resource against the R4 StructureDefinitions it ships (cardinality, required bindings, unknown
 * properties, some primitive types) with no network. It does not look inside some nested
 * backbone elements (Dosage.doseAndRate, Timing.repeat) nor check decimal types or choice
 * exclusivity, so `checkAgainstR4Model` below walks the whole resource against the same
 * package's parsed R4 model (`fhir/profiles/types.json`) for those, plus the qty-3 and rat-1
 * invariants.
 *
 * Inputs: realistic patients; the clinician values follow the golden tests (tests/golden/*).
 */
import { createRequire } from 'node:module';
import { Fhir } from 'fhir';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, DOSE_UNIT_CODES, planCombination, planInfusion, planNasalSpray } from '../../src/index.js';
import type { Plan } from '../../src/index.js';
import { DOSE_RATE_TYPE_SYSTEM, FHIR_SUBJECT_PLACEHOLDER, UCUM_SYSTEM, toFhir as toFhirOrIssues, type MedicationRequestR4 } from '../../src/interop/fhir.js';
import { PROTOCOL_INPUTS } from './protocol-inputs.js';
import { nasalOrderNoPriming } from '../support/orders.js';

/** The request for a plan that maps; a coded failure fails the test with its issues. */
function toFhir(plan: Plan): MedicationRequestR4 {
  const r = toFhirOrIssues(plan);
  if ('issues' in r) throw new Error(`toFhir refused: ${JSON.stringify(r.issues)}`);
  return r;
}

/** Realistic inputs for each built-in protocol, shared with the PCD-03 and pump-report tests. */
const INPUTS = PROTOCOL_INPUTS;

const fhir = new Fhir();

interface R4Property {
  readonly _name: string;
  readonly _type: string;
  readonly _choice?: string;
  readonly _properties?: readonly R4Property[];
}
type R4Model = Readonly<Record<string, { readonly _properties: readonly R4Property[] }>>;
const r4: R4Model = createRequire(import.meta.url)('fhir/profiles/types.json') as R4Model;

const STRING_TYPES = new Set([
  'string',
  'code',
  'uri',
  'url',
  'canonical',
  'id',
  'markdown',
  'dateTime',
  'date',
  'time',
  'instant',
  'oid',
  'uuid',
  'base64Binary',
]);
const INTEGER_TYPES = new Set(['integer', 'positiveInt', 'unsignedInt']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Walks a value against the R4 model: known keys only, JSON types of primitives, one choice per [x], qty-3, rat-1. */
function checkAgainstR4Model(value: unknown, properties: readonly R4Property[], path: string, type: string, errors: string[]): void {
  if (!isRecord(value)) {
    errors.push(`${path}: expected an object`);
    return;
  }
  const choices = new Map<string, string[]>();
  for (const [key, v] of Object.entries(value)) {
    if (key === 'resourceType') continue;
    const prop = properties.find((p) => p._name === key);
    if (prop === undefined) {
      errors.push(`${path}.${key}: not an R4 element of ${type}`);
      continue;
    }
    if (prop._choice !== undefined) choices.set(prop._choice, [...(choices.get(prop._choice) ?? []), key]);
    const items: unknown[] = Array.isArray(v) ? v : [v];
    items.forEach((item, i) => {
      const at = Array.isArray(v) ? `${path}.${key}[${i}]` : `${path}.${key}`;
      checkElement(item, prop, at, errors);
    });
  }
  for (const [choice, keys] of choices) if (keys.length > 1) errors.push(`${path}: more than one ${choice}: ${keys.join(', ')}`);
  if (type === 'Quantity' || type === 'Duration') {
    if ('code' in value && !('system' in value)) errors.push(`${path}: qty-3, a code needs a system`);
  }
  if (type === 'Ratio' && 'numerator' in value !== 'denominator' in value) errors.push(`${path}: rat-1, numerator and denominator together`);
}

function checkElement(item: unknown, prop: R4Property, at: string, errors: string[]): void {
  const t = prop._type;
  if (t === 'decimal') {
    if (typeof item !== 'number' || !Number.isFinite(item)) errors.push(`${at}: decimal must be a JSON number`);
  } else if (INTEGER_TYPES.has(t)) {
    if (!Number.isInteger(item) || (t === 'positiveInt' && (item as number) < 1)) errors.push(`${at}: ${t} expected`);
  } else if (t === 'boolean') {
    if (typeof item !== 'boolean') errors.push(`${at}: boolean expected`);
  } else if (STRING_TYPES.has(t)) {
    if (typeof item !== 'string' || item.trim() !== item || item === '') errors.push(`${at}: non-empty trimmed string expected`);
  } else if (prop._properties !== undefined && prop._properties.length > 0) {
    checkAgainstR4Model(item, prop._properties, at, t, errors);
  } else if (t === 'Resource') {
    const rt = isRecord(item) ? item['resourceType'] : undefined;
    const def = typeof rt === 'string' ? r4[rt] : undefined;
    if (def === undefined) errors.push(`${at}: unknown contained resource`);
    else checkAgainstR4Model(item, def._properties, at, String(rt), errors);
  } else {
    const def = r4[t];
    if (def === undefined) errors.push(`${at}: no R4 model for ${t}`);
    else checkAgainstR4Model(item, def._properties, at, t, errors);
  }
}

function validate(resource: MedicationRequestR4): string[] {
  const result = fhir.validate(resource, { errorOnUnexpected: true });
  const errors = result.messages.filter((m) => m.severity === 'error' || m.severity === 'fatal').map((m) => `${m.location ?? ''}: ${m.message ?? ''}`);
  if (!result.valid && errors.length === 0) errors.push('validator: not valid');
  const model = r4['MedicationRequest'];
  if (model === undefined) throw new Error('no R4 MedicationRequest model');
  checkAgainstR4Model(resource, model._properties, 'MedicationRequest', 'MedicationRequest', errors);
  return errors;
}

/** Every object in the resource that looks like a Quantity (has a value and a unit or code). */
function quantities(v: unknown, path = '$'): { path: string; q: Record<string, unknown> }[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => quantities(x, `${path}[${i}]`));
  if (!isRecord(v)) return [];
  const here = 'value' in v && ('unit' in v || 'code' in v || 'system' in v) ? [{ path, q: v }] : [];
  return [...here, ...Object.entries(v).flatMap(([k, x]) => quantities(x, `${path}.${k}`))];
}

const UCUM_CODES = new Set([...DOSE_UNIT_CODES, 'mL', 'mL/h', 'min', 'h']);

function planFor(id: string): Plan {
  const input = INPUTS[id];
  if (input === undefined) throw new Error(`no test input for ${id}`);
  const r = planInfusion(input as Parameters<typeof planInfusion>[0]);
  if (!r.ok) throw new Error(`${id}: ${JSON.stringify(r.issues)}`);
  return r.plan;
}

function typeCode(e: { readonly type: { readonly coding?: readonly { readonly system: string; readonly code: string }[] } }): string | undefined {
  const c = e.type.coding?.[0];
  return c?.system === DOSE_RATE_TYPE_SYSTEM ? c.code : undefined;
}

describe('toFhir: every built-in protocol', () => {
  it('has an input for every protocol in the catalogue', () => {
    expect(BUILTIN_CATALOGUE.protocols.length).toBeGreaterThanOrEqual(20);
    expect(BUILTIN_CATALOGUE.protocols.map((p) => p.id).filter((id) => INPUTS[id] === undefined)).toEqual([]);
  });

  for (const protocol of BUILTIN_CATALOGUE.protocols) {
    describe(protocol.id, () => {
      // Made before each test, not while the file loads (see tests/support/once.ts).
      let plan!: Plan;
      let request!: ReturnType<typeof toFhir>;
      beforeEach(() => {
        plan = planFor(protocol.id);
        request = toFhir(plan);
      });

      it('passes the R4 validator with no errors', () => {
        expect(validate(request)).toEqual([]);
      });

      it('is an order with a contained bag, the subject placeholder and no clock', () => {
        expect(request.resourceType).toBe('MedicationRequest');
        expect(request.status).toBe(plan.status === 'ready' ? 'active' : 'draft');
        expect(request.intent).toBe('order');
        expect(request.subject).toEqual(FHIR_SUBJECT_PLACEHOLDER);
        expect('authoredOn' in request).toBe(false);
        const [med] = request.contained;
        expect(request.medicationReference.reference).toBe(`#${med.id}`);
        const active = med.ingredient.filter((i) => i.isActive);
        expect(active.length).toBe(Math.max(plan.bag.additives.length, plan.bag.concentrations.length));
        expect(med.ingredient.length - active.length).toBe(plan.bag.diluent === null ? 0 : 1);
        plan.bag.additives.forEach((a, i) => {
          const s = med.ingredient[i]?.strength;
          expect([s?.numerator.value, s?.numerator.code, s?.denominator.value, s?.denominator.code]).toEqual([
            Number(a.amount.value),
            a.amount.unit,
            Number(plan.bag.finalVolume.value),
            plan.bag.finalVolume.unit,
          ]);
        });
      });

      it('writes every Quantity with the UCUM system and a UCUM code, never mcg', () => {
        const qs = quantities(request);
        expect(qs.length).toBeGreaterThan(0);
        for (const { path, q } of qs) {
          expect(q['system'], path).toBe(UCUM_SYSTEM);
          expect(typeof q['value'], path).toBe('number');
          expect(UCUM_CODES.has(String(q['code'])), `${path}: ${String(q['code'])}`).toBe(true);
          expect(String(q['code']), path).not.toMatch(/mcg|µ/);
        }
      });

      it('maps the pump segments, in order, to dosage instructions with ordered and calculated entries', () => {
        const segments = plan.pump.segments;
        expect(request.dosageInstruction.map((d) => d.sequence)).toEqual(segments.map((_, i) => i + 1));
        request.dosageInstruction.forEach((d, i) => {
          const s = segments[i];
          if (s === undefined) throw new Error('segment missing');
          expect(d.timing.repeat.boundsDuration).toEqual({ value: Number(s.duration.value), unit: 'min', system: UCUM_SYSTEM, code: 'min' });
          const codes = d.doseAndRate.map(typeCode);
          expect(codes.filter((c) => c === 'ordered')).toHaveLength(1);
          expect(codes.filter((c) => c === 'calculated').length).toBeGreaterThanOrEqual(2);
          expect(codes.every((c) => c === 'ordered' || c === 'calculated')).toBe(true);
          const calc = d.doseAndRate.filter((e) => typeCode(e) === 'calculated');
          // The pump rate in mL/h and each delivered dose rate (mass per hour).
          expect(calc.map((e) => e.rateQuantity?.code)).toContain('mL/h');
          expect(calc.find((e) => e.rateQuantity?.code === 'mL/h')?.rateQuantity?.value).toBe(Number(s.rate.value));
          for (const dose of s.doses) {
            expect(calc.some((e) => e.rateQuantity?.code === dose.doseRate.unit && e.rateQuantity.value === Number(dose.doseRate.value))).toBe(true);
          }
          const ordered = d.doseAndRate.find((e) => typeCode(e) === 'ordered');
          expect(ordered?.doseQuantity ?? ordered?.rateQuantity).toBeDefined();
        });
      });

      it('carries a protocol rate cap as maxDosePerPeriod and names the catalogue and protocol versions', () => {
        const rateCap = plan.agents[0]?.caps.find((c) => c.limit.unit.includes('/'));
        for (const [i, d] of request.dosageInstruction.entries()) {
          if (rateCap === undefined || plan.pump.segments[i]?.kind === 'loading') expect(d.maxDosePerPeriod).toBeUndefined();
          else {
            const [mass, per] = rateCap.limit.unit.split('/');
            expect(d.maxDosePerPeriod).toEqual({
              numerator: { value: Number(rateCap.limit.value), unit: mass, system: UCUM_SYSTEM, code: mass },
              denominator: { value: 1, unit: per, system: UCUM_SYSTEM, code: per },
            });
          }
        }
        const text = request.note.map((n) => n.text).join(' ');
        expect(text).toContain(`catalogue ${plan.catalogue.id} version ${plan.catalogue.version}`);
        expect(text).toContain(`protocol ${plan.protocol.id} version ${plan.protocol.version}`);
      });
    });
  }
});

describe('toFhir: particular mappings', () => {
  it('Schwartzman: 0.35 mg/kg/h ordered, 25 mg per 1 h cap, 24.5 mg/h and 25 mL/h calculated', () => {
    const d = toFhir(planFor('ketamine-crps-schwartzman-2009')).dosageInstruction;
    expect(d).toHaveLength(1);
    const q = (value: number, code: string, unit = code) => ({ value, unit, system: UCUM_SYSTEM, code });
    expect(d[0]?.doseAndRate.map((e) => [typeCode(e), e.doseQuantity, e.rateQuantity])).toEqual([
      ['ordered', undefined, q(0.35, 'mg/kg/h')],
      ['calculated', q(98, 'mg'), q(24.5, 'mg/h')],
      ['calculated', q(100, 'mL'), q(25, 'mL/h')],
    ]);
    expect(d[0]?.maxDosePerPeriod).toEqual({ numerator: q(25, 'mg'), denominator: q(1, 'h') });
    expect(d[0]?.timing.repeat.boundsDuration).toEqual(q(240, 'min'));
  });

  it('dexmedetomidine: ug codes with mcg display; loading segment first with the ug/kg loading dose', () => {
    const d = toFhir(planFor('dexmedetomidine-procedural-label')).dosageInstruction;
    expect(d.map((x) => x.sequence)).toEqual([1, 2]);
    expect(d[0]?.doseAndRate[0]?.doseQuantity).toEqual({ value: 1, unit: 'mcg/kg', system: UCUM_SYSTEM, code: 'ug/kg' });
    expect(d[1]?.doseAndRate[0]?.rateQuantity).toEqual({ value: 0.6, unit: 'mcg/kg/h', system: UCUM_SYSTEM, code: 'ug/kg/h' });
    expect(d[1]?.doseAndRate[1]?.rateQuantity).toEqual({ value: 42, unit: 'mcg/h', system: UCUM_SYSTEM, code: 'ug/h' });
  });

  it('Foo: the 120 mg/h cap is on the maintenance segment only, not on the loading segment', () => {
    const d = toFhir(planFor('lidocaine-perioperative-foo-2021')).dosageInstruction;
    expect(d[0]?.maxDosePerPeriod).toBeUndefined();
    expect(d[1]?.maxDosePerPeriod?.numerator.value).toBe(120);
  });

  it('Cortet: the 90 mg session cap of a one-segment plan is maxDosePerAdministration', () => {
    const d = toFhir(planFor('pamidronate-crps-cortet-1997')).dosageInstruction;
    expect(d[0]?.maxDosePerAdministration).toEqual({ value: 90, unit: 'mg', system: UCUM_SYSTEM, code: 'mg' });
  });

  it('lidocaine 5 mg/kg phases: the session total is not repeated on each phase; the plan needing acknowledgement is a draft', () => {
    const plan = planFor('lidocaine-5mgkg-40min');
    const r = toFhir(plan);
    expect(plan.status).toBe('needs-acknowledgement');
    expect(r.status).toBe('draft');
    for (const d of r.dosageInstruction) expect(d.doseAndRate[0]?.doseQuantity).toBeUndefined();
    expect(r.note.map((n) => n.text).join(' ')).toContain('session dose as prescribed 5 mg/kg');
  });

  it('refuses a plan with two agents rather than leave doseAndRate ambiguous', () => {
    const plan = planFor('ketamine-crps-schwartzman-2009');
    const [a] = plan.agents;
    if (a === undefined) throw new Error('no agent');
    const r = toFhirOrIssues({ ...plan, agents: [a, { ...a, agent: 'other' }] });
    expect('issues' in r ? r.issues.map((i) => i.code) : r).toEqual(['fhir_multiple_agents']);
  });

  it('does not mutate the plan', () => {
    const plan = planFor('dexmedetomidine-procedural-label');
    const before = JSON.stringify(plan);
    toFhir(plan);
    expect(JSON.stringify(plan)).toBe(before);
  });

  it('the validator is not a rubber stamp: it rejects a broken request', () => {
    const good = toFhir(planFor('ketamine-crps-schwartzman-2009'));
    const broken = JSON.parse(JSON.stringify(good)) as Record<string, unknown>;
    delete broken['subject'];
    broken['status'] = 'bogus';
    expect(fhir.validate(broken, { errorOnUnexpected: true }).valid).toBe(false);
    const stringy = JSON.parse(JSON.stringify(good).replace('"value":0.35', '"value":"0.35"')) as MedicationRequestR4;
    expect(validate(stringy).join('\n')).toContain('decimal must be a JSON number');
    const extra = JSON.parse(JSON.stringify(good)) as { dosageInstruction: { doseAndRate: Record<string, unknown>[] }[] };
    const entry = extra.dosageInstruction[0]?.doseAndRate[0];
    if (entry === undefined) throw new Error('no entry');
    entry['bogus'] = 1;
    entry['rateRatio'] = { numerator: entry['rateQuantity'], denominator: entry['rateQuantity'] };
    const found = validate(extra as unknown as MedicationRequestR4).join('\n');
    expect(found).toContain('doseAndRate[0].bogus: not an R4 element');
    expect(found).toContain('more than one rate[x]');
  });
});

describe('toFhir: combination and nasal-spray plans (issue 13 item 3)', () => {
  // Ketamine 0.3 mg/kg/h with Collins magnesium 70 mg/kg, 70 kg, one 250 mL bag over 4 h (worked in
  // tests/combination/combination.test.ts): ketamine 0.84 mL x 100 mg/mL = 84 mg, magnesium 9.8 mL x
  // 500 mg/mL = 4.9 g; 250 mL at 62.5 mL/h for 240 min; ketamine 84 / 250 x 62.5 = 21 mg/h, magnesium
  // 4900 / 250 x 62.5 = 1225 mg/h = 1.225 g/h.
  const combination = () => {
    const r = planCombination({
      patient: { weight: { value: 70, unit: 'kg' } },
      session: 1,
      components: [{ protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } }, { protocol: 'magnesium-crps-collins-2009' }],
      preparation: { containerVolume: { value: 250, unit: 'mL' } },
      acknowledgements: [{ code: 'compatibility_unknown', reason: 'pharmacy reviewed' }],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.plan;
  };

  it('a combination bag: one Medication with an ingredient per agent (amount per final volume), a Dosage per segment at the shared rate, valid R4', () => {
    const r = toFhirOrIssues(combination());
    if ('issues' in r) throw new Error(JSON.stringify(r.issues));
    expect(validate(r)).toEqual([]);
    const q = (value: number, code: string, unit = code) => ({ value, unit, system: UCUM_SYSTEM, code });
    const [med] = r.contained;
    expect(med.ingredient.map((i) => [i.isActive, i.strength.numerator, i.strength.denominator])).toEqual([
      [true, q(84, 'mg'), q(250, 'mL')],
      [true, q(4.9, 'g'), q(250, 'mL')],
      // 250 mL - (0.84 + 9.8) mL withdrawn = 239.36 mL of NS.
      [false, q(239.36, 'mL'), q(250, 'mL')],
    ]);
    expect(r.dosageInstruction).toHaveLength(1);
    const d = r.dosageInstruction[0];
    expect(d?.doseAndRate.map((e) => [typeCode(e), e.doseQuantity, e.rateQuantity])).toEqual([
      ['ordered', undefined, q(62.5, 'mL/h')],
      ['calculated', q(250, 'mL'), q(62.5, 'mL/h')],
    ]);
    expect(d?.timing.repeat.boundsDuration).toEqual(q(240, 'min'));
    expect(d?.text).toContain('Ketamine hydrochloride (racemic) 84 mg at 21 mg/h; Magnesium sulfate (MgSO4.7H2O) 4.9 g at 1.225 g/h');
    const notes = r.note.map((n) => n.text).join('\n');
    expect(notes).toContain('ketamine-clinic-course-2x3 version 1.0.0');
    expect(notes).toContain('magnesium-crps-collins-2009 version 1.0.0');
    expect(r.status).toBe('active');
  });

  it('a nasal spray: the spray as Medication, one Dosage by the nasal route, doses a day and the daily maximum, valid R4', () => {
    // 100 mg/mL x 0.1 mL = 10 mg a spray; 20 mg = 2 sprays; 2 doses a day = 40 mg/d, the maximum.
    const n = planNasalSpray(nasalOrderNoPriming());
    if (!n.ok) throw new Error(JSON.stringify(n.issues));
    const r = toFhirOrIssues(n.spray);
    if ('issues' in r) throw new Error(JSON.stringify(r.issues));
    expect(validate(r)).toEqual([]);
    const q = (value: number, code: string, unit = code) => ({ value, unit, system: UCUM_SYSTEM, code });
    expect(r.contained[0].ingredient[0]?.strength).toEqual({ numerator: q(100, 'mg'), denominator: q(1, 'mL') });
    const d = r.dosageInstruction[0];
    expect(d?.route.coding?.[0]?.code).toBe('46713006');
    expect(d?.timing.repeat).toEqual({ frequency: 2, period: 1, periodUnit: 'd' });
    expect(d?.doseAndRate.map((e) => [typeCode(e), e.doseQuantity])).toEqual([
      ['ordered', q(20, 'mg')],
      ['calculated', q(2, '{spray}', 'spray')],
    ]);
    expect(d?.maxDosePerPeriod).toEqual({ numerator: q(40, 'mg'), denominator: q(1, 'd') });
  });

  it('the validator rejects a combination request with its Dosage broken (not a rubber stamp here either)', () => {
    const r = toFhirOrIssues(combination());
    if ('issues' in r) throw new Error(JSON.stringify(r.issues));
    const broken = JSON.parse(JSON.stringify(r)) as { dosageInstruction: { timing: { repeat: { boundsDuration: { value: unknown } } } }[] };
    const first = broken.dosageInstruction[0];
    if (first === undefined) throw new Error('no dosage');
    first.timing.repeat.boundsDuration.value = '240';
    expect(validate(broken as unknown as MedicationRequestR4).join('\n')).toContain('decimal must be a JSON number');
  });
});
