// Issue 10 item 5: the plan's trace is written on first read (src/present/trace.ts). It is an
// enumerable getter, memoised, so every way of reading a plan sees the same steps as before, and the
// plan stays frozen all the way down. The steps themselves are pinned in tests/golden/trace.golden.test.ts.
import { describe, expect, it } from 'vitest';
import { planInfusion } from '../../src/index.js';
import type { Plan, PlanRequest } from '../../src/index.js';

const SCHWARTZMAN: PlanRequest = { patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 };

function planOf(request: PlanRequest): Plan {
  const r = planInfusion(request);
  if (!r.ok) throw new Error(`not planned: ${JSON.stringify(r.issues)}`);
  return r.plan;
}

/** Every object reachable from `v` by its own enumerable properties is frozen. */
function deeplyFrozen(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return true;
  return Object.isFrozen(v) && Object.values(v).every(deeplyFrozen);
}

describe('the plan trace, written when first read', () => {
  it('is an enumerable getter, the last key of the plan as before', () => {
    const plan = planOf(SCHWARTZMAN);
    const d = Object.getOwnPropertyDescriptor(plan, 'trace');
    expect(d?.get).toBeTypeOf('function');
    expect(d?.enumerable).toBe(true);
    expect(Object.keys(plan).at(-1)).toBe('trace');
  });

  it('is written once: every read gives the same frozen array', () => {
    const plan = planOf(SCHWARTZMAN);
    const first = plan.trace;
    expect(plan.trace).toBe(first);
    expect(first.length).toBe(13);
  });

  it('JSON.stringify, a spread, structuredClone and toEqual all see the trace', () => {
    const plan = planOf(SCHWARTZMAN);
    const json = JSON.parse(JSON.stringify(plan)) as Plan;
    // Read through JSON first, so the other readers see a trace already written and one not yet written alike.
    const other = planOf(SCHWARTZMAN);
    const spread = { ...other };
    expect(Object.getOwnPropertyDescriptor(spread, 'trace')?.value).toBe(other.trace);
    expect(spread).toEqual(json);
    expect(structuredClone(planOf(SCHWARTZMAN))).toEqual(json);
    expect(planOf(SCHWARTZMAN)).toEqual(json);
    expect(json.trace.map((s) => s.step)).toEqual(plan.trace.map((s) => s.step));
    expect(JSON.stringify(planOf(SCHWARTZMAN))).toBe(JSON.stringify(plan));
  });

  it('keeps the plan frozen all the way down, the trace included once written', () => {
    const plan = planOf(SCHWARTZMAN);
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.entries(plan).every(([, v]) => deeplyFrozen(v))).toBe(true);
    expect(deeplyFrozen(plan.trace)).toBe(true);
    expect(() => {
      (plan as { trace: unknown }).trace = [];
    }).toThrow(TypeError);
    expect(plan.trace.length).toBe(13);
  });

  it('two plans of the same request write equal traces, each its own', () => {
    const a = planOf(SCHWARTZMAN);
    const b = planOf(SCHWARTZMAN);
    expect(a.trace).toEqual(b.trace);
    expect(a.trace).not.toBe(b.trace);
  });
});
