// Every result stays deeply frozen while the freeze walk stops at objects already frozen (issue 15 item
// 1): the parts a prepared protocol builds once and shares between plans are frozen when built, and each
// plan freezes only what it built itself. This walks every reachable object (own enumerable keys, as
// JSON and a caller see them) of a plan of every built-in protocol, refused ones too, with a plain
// patient and a full one (height, sex, age, creatinine, a titration history where the protocol titrates),
// of combination bags and of courses, and requires each to be frozen.
import { describe, expect, it } from 'vitest';
import * as api from '../support/untyped.js';

/** Every object reachable from `value` that is not frozen, with its path (the first few). */
function unfrozen(value: unknown, path = '$', seen = new Set<object>(), out: string[] = []): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value) || out.length >= 5) return out;
  seen.add(value);
  if (!Object.isFrozen(value)) out.push(path);
  for (const [k, v] of Object.entries(value)) unfrozen(v, `${path}.${k}`, seen, out);
  return out;
}

/** How many objects are reachable from `value`, so a walk that saw nothing cannot pass. */
function count(value: unknown, seen = new Set<object>()): number {
  if (value === null || typeof value !== 'object' || seen.has(value)) return seen.size;
  seen.add(value);
  for (const v of Object.values(value)) count(v, seen);
  return seen.size;
}

const plain = (id: string, kg: number) => ({ patient: { weight: { value: kg, unit: 'kg' } }, protocol: id, session: 1 });
const full = (id: string, kg: number) => ({
  patient: {
    weight: { value: kg, unit: 'kg' },
    height: { value: 168, unit: 'cm' },
    sex: 'female',
    ageYears: 70,
    creatinine: { value: '1.4', unit: 'mg/dL' },
    risks: ['renal-impairment'],
  },
  protocol: id,
  session: 2,
});

describe('every reachable object of a result is frozen (issue 15 item 1)', () => {
  const ids = (api.BUILTIN_CATALOGUE.protocols as readonly { id: string }[]).map((p) => p.id);

  it.each(ids)('planInfusion of %s, plain and full patients, twice each (the second from prepared, shared parts)', (id) => {
    let ok = 0;
    for (const input of [plain(id, 70), plain(id, 70), full(id, 82), full(id, 82), plain(id, 3)]) {
      const r = api.planInfusion(input) as { ok: boolean; plan?: { acknowledgements: unknown } };
      if (r.ok) ok += 1;
      expect(unfrozen(r)).toEqual([]);
      expect(count(r)).toBeGreaterThan(2);
    }
    // The 3 kg patient is refused; the plans of the protocols with a product are made.
    expect(ok).toBeLessThanOrEqual(4);
  });

  it('planInfusion with a titration history and acknowledgements', () => {
    const input = {
      ...plain('ketamine-clinic-course-2x3', 70),
      session: 3,
      preparation: { containerVolume: { value: 250, unit: 'mL' } },
      date: '2026-03-25',
      history: [
        {
          date: '2026-03-18',
          protocol: 'ketamine-clinic-course-2x3',
          session: 1,
          given: { rate: { value: '0.3', unit: 'mg/kg/h' } },
          reliefPercent: 10,
          adverseEvents: [],
          completed: true,
        },
        {
          date: '2026-03-21',
          protocol: 'ketamine-clinic-course-2x3',
          session: 2,
          given: { rate: { value: '0.3', unit: 'mg/kg/h' } },
          reliefPercent: 20,
          adverseEvents: [],
          completed: true,
        },
      ],
    };
    const first = api.planInfusion(input) as { ok: boolean; plan?: { checks: { code: string; severity: string; passed: boolean }[] } };
    expect(first.ok).toBe(true);
    expect(unfrozen(first)).toEqual([]);
    const soft = (first.plan?.checks ?? []).filter((c) => c.severity === 'soft' && !c.passed).map((c) => ({ code: c.code, reason: 'reviewed' }));
    const second = api.planInfusion({ ...input, acknowledgements: soft });
    expect(unfrozen(second)).toEqual([]);
  });

  it('planCombination, ok and refused', () => {
    const combination = {
      patient: { weight: { value: 70, unit: 'kg' } },
      session: 1,
      components: [
        { protocol: 'ketamine-crps-schwartzman-2009', dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } },
        { protocol: 'magnesium-crps-collins-2009' },
      ],
      preparation: { containerVolume: { value: 250, unit: 'mL' } },
    };
    for (const input of [
      combination,
      combination,
      { ...combination, acknowledgements: [{ code: 'compatibility_unknown', reason: 'pharmacy reviewed' }] },
      { ...combination, session: 0 },
    ]) {
      const r = api.planCombination(input);
      expect(unfrozen(r)).toEqual([]);
      expect(count(r)).toBeGreaterThan(2);
    }
    expect((api.planCombination(combination) as { ok: boolean }).ok).toBe(true);
  });

  it.each(ids)('planCourse of %s, with and without the first infusion', (id) => {
    for (const input of [
      { protocol: id, startDate: '2026-02-02' },
      { protocol: id, startDate: '2026-02-02', sessionsGiven: ['2026-01-26'], infusion: { patient: { weight: { value: 70, unit: 'kg' } } } },
    ]) {
      const r = api.planCourse(input);
      expect(unfrozen(r)).toEqual([]);
      expect(count(r)).toBeGreaterThan(2);
    }
  });
});
