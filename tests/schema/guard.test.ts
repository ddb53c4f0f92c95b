// The guard of every public entry point (src/schema/guard.ts): a plain snapshot, coded refusals for
// what cannot be read, and one internal_error for an exception the library did not expect.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ISSUE_CODES, planInfusion } from '../support/untyped.js';
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

  it('refuses a nest deeper than the limit with too_deep, and a shared (acyclic) object is no cycle', () => {
    let v: unknown = 1;
    for (let i = 0; i < SNAPSHOT_LIMITS.depth + 1; i++) v = [v];
    expect(snapshot(v)).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'too_deep' })] });
    const shared = { x: 1 };
    expect(snapshot({ a: shared, b: shared })).toEqual({ ok: true, value: { a: { x: 1 }, b: { x: 1 } } });
  });

  it('refuses more values than the limit with too_large before reading them', () => {
    const claims = new Proxy([], { get: (t, k) => (k === 'length' ? SNAPSHOT_LIMITS.nodes + 1 : Reflect.get(t, k)) });
    expect(snapshot(claims)).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'too_large', path: [] })] });
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

// Issue 12 (the rest): one name per refusal. The guard said input_too_large / input_too_deep where the
// input limits said too_large / too_deep for the same refusal; the limits' names, which every door and the
// command line emit, are kept.
describe('one code per refusal: too_large and too_deep, never input_too_large or input_too_deep', () => {
  it('the closed set of issue codes holds the kept names only', () => {
    expect(ISSUE_CODES).toContain('too_large');
    expect(ISSUE_CODES).toContain('too_deep');
    expect(ISSUE_CODES).not.toContain('input_too_large');
    expect(ISSUE_CODES).not.toContain('input_too_deep');
  });

  it('the guard and the door limits give the same code for the same refusal', () => {
    let nest: unknown = 1;
    for (let i = 0; i < 100; i += 1) nest = { a: nest };
    // 100 deep: the guard's own depth (64) refuses while reading; 40 deep: the door's limit (32) on the copy.
    let shallow: unknown = 1;
    for (let i = 0; i < 40; i += 1) shallow = { a: shallow };
    const input = { patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 };
    const code = (r: { ok: boolean; issues?: readonly { code: string }[] }) => (r.ok ? 'ok' : r.issues?.[0]?.code);
    expect(code(planInfusion({ ...input, dose: nest }))).toBe('too_deep');
    expect(code(planInfusion({ ...input, dose: shallow }))).toBe('too_deep');
    // 200,000 history entries: more than the copy takes (100,000 values), refused before they are read.
    expect(code(planInfusion({ ...input, history: Array(200_000).fill(0) }))).toBe('too_large');
  });

  it('no source file, schema or README names the old codes', () => {
    const files = [...listFiles('src'), ...listFiles('schemas'), 'README.md'];
    const hits = files.filter((f) => /input_too_(large|deep)/.test(readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}
