// Issue 15 (cold import): importing the package builds no zod schema. Each schema is built on its first
// use and kept (src/schema/lazy.ts), so a program pays only for the doors of the calls it makes. zod is
// wrapped here to count the library's own calls to its schema constructors.
import { describe, expect, it, vi } from 'vitest';

const built = vi.hoisted(() => ({ count: 0 }));

vi.mock('zod/mini', async (importOriginal) => {
  const z = await importOriginal<Record<string, unknown>>();
  const constructors = [
    'strictObject',
    'object',
    'array',
    'union',
    'discriminatedUnion',
    'string',
    'int',
    'enum',
    'optional',
    'literal',
    'unknown',
    'boolean',
    'record',
    'tuple',
    'nullable',
    'extend',
  ];
  const counted: Record<string, unknown> = { ...z };
  for (const name of constructors) {
    const f = z[name];
    if (typeof f !== 'function') throw new Error(`zod/mini has no ${name}`);
    counted[name] = (...args: unknown[]) => {
      built.count += 1;
      return (f as (...a: unknown[]) => unknown)(...args);
    };
  }
  return counted;
});

const SCHWARTZMAN_82 = { patient: { weight: { value: '82', unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 } as const;

describe('schemas are built on first use', () => {
  it('importing the whole public surface builds none; the first plan builds its door; later plans build nothing more', async () => {
    const api = await import('../../src/index.js');
    expect(built.count).toBe(0);
    const first = api.planInfusion(SCHWARTZMAN_82);
    expect(first.ok && first.plan.pump.rate).toEqual({ value: '25', unit: 'mL/h' });
    const afterFirst = built.count;
    expect(afterFirst).toBeGreaterThan(0);
    // The same door again, and a refusal through it: the schema is kept, not rebuilt.
    api.planInfusion(SCHWARTZMAN_82);
    const refused = api.planInfusion({ ...SCHWARTZMAN_82, sesion: 1 } as never);
    expect(refused.ok ? [] : refused.issues.map((i) => i.code)).toContain('unknown_key');
    expect(built.count).toBe(afterFirst);
    // Another door (a catalogue's) is built when it is first used, and only then.
    const calculator = api.createCalculator(JSON.parse(JSON.stringify(api.BUILTIN_CATALOGUE)));
    expect(calculator.ok).toBe(true);
    expect(built.count).toBeGreaterThan(afterFirst);
  });

  it('memoise and lazySchema run their builder once, on the first call, and hand back the same value', async () => {
    const { lazySchema, memoise } = await import('../../src/schema/lazy.js');
    const z = await import('zod/mini');
    let runs = 0;
    const value = memoise(() => {
      runs += 1;
      return undefined; // a builder may return undefined: it is still run once
    });
    expect(runs).toBe(0);
    expect([value(), value()]).toEqual([undefined, undefined]);
    expect(runs).toBe(1);
    let schemaRuns = 0;
    const shape = lazySchema(() => {
      schemaRuns += 1;
      return z.strictObject({ a: z.string() });
    });
    expect(schemaRuns).toBe(0);
    expect(shape.safeParse({ a: 'x' }).success).toBe(true);
    // As strict as the schema itself: an unknown key and a wrong type are refused, with zod's own issues.
    expect(shape.safeParse({ a: 'x', b: 1 }).error?.issues.map((i) => i.code)).toEqual(['unrecognized_keys']);
    expect(shape.safeParse({ a: 1 }).error?.issues.map((i) => i.code)).toEqual(['invalid_type']);
    expect(shape.get()).toBe(shape.get());
    expect(schemaRuns).toBe(1);
  });
});
