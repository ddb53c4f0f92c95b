/**
 * A bug found reviewing Stryker's survivors of src/stages/bag.ts (line 26, the whole-vial candidates):
 * a validated catalogue whose whole-vial protocol lists first a product with no stated vial size left
 * no candidate, and planning failed with internal_error. The first listed product is now always a
 * candidate, so it is refused by name as a clinician naming it is. Kept apart from
 * bag-candidates.test.ts so that Stryker's survivors can be applied by hand to the code before the fix.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator } from '../support/untyped.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PROTOCOL = 'ivig-crps-goebel-2010';

/** A fresh copy of the built-in catalogue with Goebel's product list changed by `edit`, validated. */
function plannerWith(edit: (agent: Json, protocol: Json) => void) {
  const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
  const agent = cat['agents'].find((a: Json) => a['id'] === 'immune-globulin');
  edit(
    agent,
    cat['protocols'].find((p: Json) => p['id'] === PROTOCOL),
  );
  const made = createCalculator(cat);
  if (!made.ok) throw new Error(JSON.stringify(made.issues));
  return made.calculator;
}

// A man of 170 cm (ideal weight 65.94 kg), dosed by actual weight when under it: 0.25 g/kg x 60 kg = 15 g.
const request = (kg: number) => ({
  patient: { weight: { value: kg, unit: 'kg' }, height: { value: 170, unit: 'cm' }, sex: 'male' },
  protocol: PROTOCOL,
  session: 1,
});

describe('a first listed product with no stated vial size (found by the review of bag.ts line 26)', () => {
  it('is refused by name as product_volume_unknown, not an internal error', () => {
    // Gammagard Liquid (no vial size in the reference) listed first: no size of its strength and ramp has a
    // stated volume, so no vial can be counted. The refusal is the one a clinician gets for naming it, with
    // the name shown in the agent's unit (100 mg/mL = 0.1 g/mL).
    const planner = plannerWith((_agent, protocol) => {
      const list: string[] = protocol['preparation']['products'];
      protocol['preparation']['products'] = ['immune-globulin-gammagard-liquid-10pct', ...list.filter((id) => id !== 'immune-globulin-gammagard-liquid-10pct')];
    });
    const r = planner.planInfusion(request(60));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      {
        code: 'product_volume_unknown',
        path: ['preparation', 'product'],
        message:
          'This protocol rounds to whole vials, but the size of Gammagard Liquid 10% (0.1 g/mL) is not in the catalogue; choose a product with a stated vial size.',
      },
    ]);
  });

  it('listed first with sized vials of its strength and ramp after it: those vials make the dose', () => {
    // Octagam 10% (100 mg/mL, no vial size, no ramp, no family) first, then a 3 g vial (30 mL at 100 mg/mL,
    // no ramp, no family): the 3 g vial is of Octagam's strength and ramp, so it is a size to count; no
    // family, so one size at a time. 40 kg x 0.25 g/kg = 10 g: 3 vials = 9 g (1 g under) or 4 = 12 g (2 g
    // over): 3 x 3 g = 9 g, from the sized vial. No ramp: the clinician gives the rate (1 mg/kg/min).
    const planner = plannerWith((agent, protocol) => {
      const octagam = agent['products'].find((p: Json) => p['id'] === 'immune-globulin-octagam-10pct');
      agent['products'].push({ ...octagam, id: 'ivig-test-3g-plain', name: 'Test 10%, 3 g in 30 mL vial', volume: { value: '30', unit: 'mL' } });
      protocol['preparation']['products'] = ['immune-globulin-octagam-10pct', 'ivig-test-3g-plain'];
    });
    const r = planner.planInfusion({ ...request(40), dose: { rate: { value: 1, unit: 'mg/kg/min' } } });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const additive = r.plan.bag.additives[0];
    expect([additive?.amount.value, (additive?.vials ?? []).map((v) => `${v.product.id} x ${v.count}`)]).toEqual(['9', ['ivig-test-3g-plain x 3']]);
  });
});
