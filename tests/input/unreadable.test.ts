// Input that cannot be read as plain data is refused with one coded issue at its path, before any
// door reads it (src/schema/guard.ts, snapshot, through src/formulary/entry.ts, enter). The fuzz
// suite throws these at every field (tests/fuzz/hostile.test.ts); these are the quick, exact cases
// the mutation test set runs.
import { describe, expect, it } from 'vitest';
import { planInfusion } from '../support/untyped.js';

const valid = () => ({ patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
const issuesOf = (r: { ok: boolean; issues?: readonly unknown[] }) => (r.ok ? [] : r.issues);

describe('unreadable input', () => {
  it('a cycle', () => {
    const input = valid() as Record<string, unknown> & { patient: Record<string, unknown> };
    input.patient['self'] = input.patient;
    expect(issuesOf(planInfusion(input))).toEqual([
      { code: 'cyclic_input', path: ['patient', 'self'], message: 'The input refers back to itself (a cycle); pass a tree of plain data.' },
    ]);
  });

  it('a getter that throws', () => {
    const input = valid();
    Object.defineProperty(input, 'session', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(issuesOf(planInfusion(input))).toEqual([
      { code: 'unreadable_input', path: ['session'], message: 'This value could not be read (a getter or a Proxy threw); pass plain data.' },
    ]);
  });
});
