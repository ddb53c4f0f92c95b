/**
 * The generators of plan requests (per protocol, from its own record): tests/properties/generated-requests.property.test.ts, and
 * the JSON Schema check (tests/schema/ajv.test.ts), which validates thousands of them against the
 * published request schema.
 */
import fc from 'fast-check';
import type { Protocol } from '../support/untyped.js';

/** A decimal string between min and max in `steps` even steps (both ends included). */
export const between = (min: number, max: number, steps = 20) =>
  fc.integer({ min: 0, max: steps }).map((i) => String(Number((min + ((max - min) * i) / steps).toFixed(6))));

/** A clinician's value for a dose parameter: inside its range mostly, a little outside sometimes. */
export function doseValue(p: { unit: string; value?: string; min?: string; max?: string; usual?: string }): fc.Arbitrary<unknown> {
  const lo = Number(p.min ?? p.usual ?? p.value ?? p.max ?? '1');
  const hi = Number(p.max ?? p.usual ?? p.value ?? p.min ?? '1');
  return fc.oneof(
    { weight: 6, arbitrary: between(lo, hi).map((value) => ({ value, unit: p.unit })) },
    { weight: 1, arbitrary: between(hi, hi * 1.5).map((value) => ({ value, unit: p.unit })) },
    { weight: 1, arbitrary: between(lo * 0.5, lo).map((value) => ({ value, unit: p.unit })) },
  );
}

/** Optional fields: present with probability about 1 in `n`. */
export const maybe = <T>(arb: fc.Arbitrary<T>, n = 2) => fc.option(arb, { freq: n, nil: undefined });

export const patientArb = fc.record({
  weight: fc.oneof(
    fc.integer({ min: 300, max: 2000 }).map((t) => ({ value: t / 10, unit: 'kg' })),
    fc.integer({ min: 66, max: 440 }).map((lb) => ({ value: lb, unit: 'lb' })),
  ),
  height: maybe(
    fc.oneof(
      fc.integer({ min: 145, max: 205 }).map((v) => ({ value: v, unit: 'cm' })),
      fc.integer({ min: 57, max: 80 }).map((v) => ({ value: v, unit: 'in' })),
    ),
    4,
  ),
  sex: maybe(fc.constantFrom('female', 'male'), 4),
  ageYears: maybe(fc.integer({ min: 18, max: 95 }), 3),
  creatinine: maybe(
    fc.oneof(
      between(0.5, 3, 25).map((value) => ({ value, unit: 'mg/dL' })),
      fc.integer({ min: 40, max: 260 }).map((value) => ({ value, unit: 'umol/L' })),
    ),
    3,
  ),
  risks: maybe(fc.constantFrom(['renal-impairment'], ['thrombosis']), 5),
});

/** Removes keys whose value is undefined (the input doors refuse an explicit undefined as unknown). */
export function clean(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** A titration history for a protocol with a titration rule: earlier sessions with doses and responses. */
export function historyArb(p: Protocol): fc.Arbitrary<unknown[] | undefined> {
  const rule = p.titration;
  const param = rule ? p[rule.param] : undefined;
  if (!rule || !param) return fc.constant(undefined);
  const session = fc.record({
    dose: doseValue(param),
    relief: fc.integer({ min: 0, max: 80 }),
    events: fc.constantFrom(
      [],
      [{ kind: 'nausea', severity: 'mild' }],
      [{ kind: 'dissociation', severity: 'moderate' }],
      [{ kind: 'hypertension', severity: 'severe' }],
    ),
    completed: fc.boolean(),
  });
  return maybe(
    fc.array(session, { minLength: 1, maxLength: 6 }).map((xs) =>
      xs.map((s, i) => ({
        date: `2026-03-${String(i * 3 + 2).padStart(2, '0')}`,
        protocol: p.id,
        session: i + 1,
        given: { [rule.param]: s.dose },
        reliefPercent: s.relief,
        adverseEvents: s.events,
        completed: s.completed,
      })),
    ),
    2,
  );
}

/** A plan request for one protocol, built from its record. */
export function requestArb(p: Protocol, bagVolumes: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const params = (['rate', 'total', 'duration'] as const).filter((n) => p[n] !== undefined);
  const dose = fc.record(
    Object.fromEntries([
      ...params.map((n) => {
        const param = p[n] as NonNullable<Protocol['rate']>;
        return [n, param.value === undefined ? maybe(doseValue(param), 12) : maybe(doseValue(param), 8)];
      }),
      ...(p.loading ? [['loading', maybe(doseValue(p.loading.total), 4)]] : []),
    ]) as Record<string, fc.Arbitrary<unknown>>,
  );
  const volumes = bagVolumes.length > 0 ? bagVolumes : ['100'];
  const preparation = fc.record({
    containerVolume:
      p.preparation.containerVolume === undefined
        ? maybe(
            fc.constantFrom(...volumes).map((v) => ({ value: Number(v), unit: 'mL' })),
            12,
          )
        : maybe(
            fc.constantFrom(...volumes).map((v) => ({ value: Number(v), unit: 'mL' })),
            6,
          ),
    product: maybe(fc.constantFrom(...p.preparation.products), 4),
    additiveVolume: maybe(fc.constantFrom('add', 'withdraw-equal'), 5),
    overfill: maybe(fc.constantFrom({ value: 5, unit: 'mL' }, { value: 10, unit: 'mL' }), 5),
  });
  const pump = fc.record({
    increment: maybe(fc.constantFrom({ value: 1, unit: 'mL/h' }, { value: '0.01', unit: 'mL/h' }), 5),
    maxRate: maybe(fc.constantFrom({ value: 200, unit: 'mL/h' }, { value: 1200, unit: 'mL/h' }), 6),
    minRate: maybe(fc.constantFrom({ value: 1, unit: 'mL/h' }), 6),
  });
  return fc
    .record({
      patient: patientArb,
      session: fc.integer({ min: 1, max: p.schedule.sessions + 2 }),
      dose,
      preparation,
      pump,
      history: historyArb(p),
      readiness: maybe(fc.record({ fastingHours: fc.integer({ min: 0, max: 12 }), escort: fc.boolean(), ecgOnFile: fc.boolean() }), 4),
    })
    .map((r) => {
      const history = r.history;
      return clean({
        patient: clean(r.patient),
        protocol: p.id,
        session: history ? history.length + 1 : r.session,
        dose: clean(r.dose),
        preparation: clean(r.preparation),
        pump: clean(r.pump),
        ...(history ? { history, date: '2026-03-25' } : {}),
        readiness: r.readiness,
      });
    });
}
