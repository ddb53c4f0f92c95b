// formatWorksheet's second argument, the findings to list, is read like every other input: a value
// that is not a list of a plan's checks is refused with coded issues under `warnings` (it was read
// unguarded and ended in `internal_error` on the first non-list). The hostile-door completeness test
// in tests/fuzz/hostile.test.ts found it.
import { describe, expect, it } from 'vitest';
import { formatWorksheet, planInfusion } from '../../src/index.js';
import type { Check } from '../../src/index.js';
import { once } from '../support/once.js';

// Schwartzman 82 kg: 0.35 x 82 = 28.7 mg/h, above the 25 mg/h cap, so the cap is applied and the
// result's warnings list the soft finding that says so.
const result = once(() => {
  const r = planInfusion({ patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
});

describe('formatWorksheet warnings argument', () => {
  it("lists the result's own warnings", () => {
    const { plan, warnings } = result();
    const text = formatWorksheet(plan, warnings);
    expect(typeof text).toBe('string');
    for (const w of warnings) expect(text as string).toContain(w.code);
  });

  it('refuses a value that is not a list, with the path warnings', () => {
    const r = formatWorksheet(result().plan, 0 as unknown as readonly Check[]);
    expect(typeof r).toBe('object');
    const issues = (r as { issues: readonly { code: string; path: readonly unknown[] }[] }).issues;
    expect(issues[0]?.path[0]).toBe('warnings');
    expect(issues.map((i) => i.code)).not.toContain('internal_error');
  });

  it('refuses a list entry that is not a check, pointing at the entry', () => {
    const r = formatWorksheet(result().plan, [{ code: 'no_such_code', passed: false }] as unknown as readonly Check[]);
    const issues = (r as { issues: readonly { code: string; path: readonly unknown[] }[] }).issues;
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.path[0] === 'warnings' && i.path[1] === 0)).toBe(true);
  });

  it('refuses an entry with a throwing getter without throwing', () => {
    const hostile = Object.defineProperty({}, 'code', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const r = formatWorksheet(result().plan, [hostile] as unknown as readonly Check[]);
    const issues = (r as { issues: readonly { code: string; path: readonly unknown[] }[] }).issues;
    expect(issues[0]?.code).toBe('unreadable_input');
    expect(issues[0]?.path.slice(0, 2)).toEqual(['warnings', 0]);
  });
});
