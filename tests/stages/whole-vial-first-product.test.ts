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

// A man of 170 cm, 60 kg (under his ideal weight, so dosed by actual weight): 0.25 g/kg x 60 kg = 15 g.
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
});
