// A protocol is prepared once per frozen catalogue; a catalogue object a caller can still change is
// read afresh on every plan, so an edit between two plans is never planned against a stale copy.
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, planInfusion } from '../../src/index.js';
import type { Catalogue } from '../../src/index.js';

const request = { patient: { weight: { value: 60, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 };
const softRule = 'ketamine.dose-rate-per-kg.upper-soft';

describe('prepared protocols', () => {
  it('plans the frozen built-in catalogue the same way every time', () => {
    const a = planInfusion(request);
    const b = planInfusion(request);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('reads an unfrozen catalogue afresh: a limit edited between two plans applies to the second', () => {
    // 0.35 mg/kg/h x 60 kg = 21 mg/h, under the 25 mg/h cap; 0.35 mg/kg/h is within the 1 mg/kg/h soft limit.
    const editable = structuredClone(BUILTIN_CATALOGUE) as unknown as { agents: { id: string; limits: { id: string; value: string }[] }[] };
    const catalogue = editable as unknown as Catalogue;
    const first = planInfusion(request, catalogue);
    expect(first.ok && first.plan.checks.find((c) => c.rule === softRule)?.passed).toBe(true);
    const limit = editable.agents.find((a) => a.id === 'ketamine')?.limits.find((l) => l.id === softRule);
    if (!limit) throw new Error('the built-in ketamine soft limit is missing');
    limit.value = '0.3'; // now 0.35 mg/kg/h is above it
    const second = planInfusion(request, catalogue);
    const check = second.ok ? second.plan.checks.find((c) => c.rule === softRule) : undefined;
    expect([check?.passed, check?.limit]).toEqual([false, { value: '0.3', unit: 'mg/kg/h' }]);
  });
});
