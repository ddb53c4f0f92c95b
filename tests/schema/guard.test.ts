// The guard of every public entry point (src/schema/guard.ts): a plain snapshot, coded refusals for
// what cannot be read, and one internal_error for an exception the library did not expect.
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_LIMITS, guard, snapshot } from '../../src/schema/guard.js';

describe('snapshot', () => {
  it('copies plain data into fresh plain objects and arrays', () => {
    const input = { a: [1, '2', { b: null }], c: undefined };
    const r = snapshot(input);
    expect(r).toEqual({ ok: true, value: input });
    if (r.ok) expect((r.value as { a: unknown }).a).not.toBe(input.a);
  });

  it('keeps a key named __proto__ as an own key (the doors refuse it) and never sets a prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}}') as object;
    const r = snapshot(input);
    expect(r.ok && Object.keys(r.value as object)).toEqual(['__proto__']);
    expect(r.ok && Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a nest deeper than the limit with input_too_deep, and a shared (acyclic) object is no cycle', () => {
    let v: unknown = 1;
    for (let i = 0; i < SNAPSHOT_LIMITS.depth + 1; i++) v = [v];
    expect(snapshot(v)).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'input_too_deep' })] });
    const shared = { x: 1 };
    expect(snapshot({ a: shared, b: shared })).toEqual({ ok: true, value: { a: { x: 1 }, b: { x: 1 } } });
  });

  it('refuses more values than the limit with input_too_large before reading them', () => {
    const claims = new Proxy([], { get: (t, k) => (k === 'length' ? SNAPSHOT_LIMITS.nodes + 1 : Reflect.get(t, k)) });
    expect(snapshot(claims)).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'input_too_large', path: [] })] });
  });
});

describe('guard', () => {
  it('returns what the work returns', () => {
    expect(guard(() => 42)).toBe(42);
  });

  it('turns an unexpected exception (a stack overflow, a TypeError) into one internal_error issue', () => {
    const overflow = (): number => overflow() + 1;
    expect(guard(overflow)).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'internal_error', path: [] })] });
    expect(
      guard(() => {
        throw new TypeError('x');
      }),
    ).toEqual({ ok: false, issues: [{ code: 'internal_error', path: [], message: expect.stringContaining('TypeError') as string }] });
  });
});
