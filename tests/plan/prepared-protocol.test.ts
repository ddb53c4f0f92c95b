// A protocol is prepared once per frozen catalogue. A catalogue object a caller can still change is
// refused (issue 12 item 1: only a validated, frozen catalogue is planned against), so an edit is
// never planned unvalidated nor against a stale copy: an edited catalogue goes through createCalculator.
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, planInfusion } from '../support/untyped.js';
import type { Catalogue } from '../support/untyped.js';

const request = { patient: { weight: { value: 60, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 };
const softRule = 'ketamine.dose-rate-per-kg.upper-soft';

describe('prepared protocols', () => {
  it('plans the frozen built-in catalogue the same way every time', () => {
    const a = planInfusion(request);
    const b = planInfusion(request);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('refuses an unfrozen catalogue; the edited one, validated by createCalculator, applies the edit', () => {
    // 0.35 mg/kg/h x 60 kg = 21 mg/h, under the 25 mg/h cap; 0.35 mg/kg/h is within the 1 mg/kg/h soft limit.
    const editable = structuredClone(BUILTIN_CATALOGUE) as unknown as { agents: { id: string; limits: { id: string; value: string }[] }[] };
    const first = planInfusion(request, editable as unknown as Catalogue);
    expect(first.ok ? [] : first.issues.map((i) => i.code)).toEqual(['catalogue_not_validated']);
    const before = createCalculator(editable);
    const planned = before.ok ? before.calculator.planInfusion(request) : undefined;
    expect(planned?.ok && planned.plan.checks.find((c) => c.rule === softRule)?.passed).toBe(true);
    const limit = editable.agents.find((a) => a.id === 'ketamine')?.limits.find((l) => l.id === softRule);
    if (!limit) throw new Error('the built-in ketamine soft limit is missing');
    limit.value = '0.3'; // now 0.35 mg/kg/h is above it
    const after = createCalculator(editable);
    const second = after.ok ? after.calculator.planInfusion(request) : undefined;
    const check = second?.ok ? second.plan.checks.find((c) => c.rule === softRule) : undefined;
    expect([check?.passed, check?.limit]).toEqual([false, { value: '0.3', unit: 'mg/kg/h' }]);
    // The calculator made before the edit still holds its own validated copy.
    const again = before.ok ? before.calculator.planInfusion(request) : undefined;
    expect(again?.ok && again.plan.checks.find((c) => c.rule === softRule)?.passed).toBe(true);
  });
});
