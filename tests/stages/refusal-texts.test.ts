/**
 * Issue 16 item 1 (src/stages survivors): the exact words of two stage refusals, which a user reads
 * to correct the request: additives more than a combined bag holds, and an ideal weight below the
 * lightest adult weight. Worked by hand from the request.
 */
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal/index.js';
import { combineBag } from '../../src/stages/combined-bag.js';
import type { ComponentFacts } from '../../src/stages/component-facts.js';
import { planInfusion } from '../support/untyped.js';

/** The fields combineBag reads: a withdraw-equal diluent bag and the mL drawn for the additive. */
const component = (drawnMl: string, nominalMl: string): ComponentFacts =>
  ({
    prep: {
      additiveVolume: 'withdraw-equal',
      diluent: { nominalMl: dec(nominalMl), overfillMl: dec(0) },
      additive: { drawn: { value: dec(drawnMl) } },
    },
  }) as unknown as ComponentFacts;

describe('combineBag refusal', () => {
  it('names the additives, the bag and the field to change', () => {
    // 30.1 + 20 = 50.1 mL drawn, withdraw-equal from a 50 mL bag: 50.1 > 50, refused.
    const r = combineBag([component('30.1', '50'), component('20', '50')]);
    expect(r.ok ? 'made' : r.issue).toEqual({
      code: 'container_too_small',
      path: ['preparation', 'containerVolume'],
      message: 'The additives (50.1 mL) are more than the 50 mL bag.',
    });
  });
});

describe('ideal weight below the lightest adult weight', () => {
  it('says what the formula gave, the lightest adult weight, and what to do', () => {
    // Woman 129 cm: 129 / 2.54 = 50.787402 in; 45.5 + 2.3 x (50.787402 - 60) = 45.5 - 21.188976 = 24.311024 kg,
    // below the lightest adult weight of 25 kg (patient.weight.lower-hard).
    const r = planInfusion({
      patient: { weight: { value: 40, unit: 'kg' }, height: { value: 129, unit: 'cm' }, sex: 'female', ageYears: 40 },
      protocol: 'ivig-crps-goebel-2010',
      session: 1,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      {
        code: 'ideal_weight_not_valid',
        path: ['patient', 'height'],
        message:
          'The ideal-weight formula (Devine) gives 24.311024 kg at this height, below the lightest adult weight of 25 kg, so it is not valid here and no ideal or adjusted weight can be worked out; check the height and its unit, or dose this patient outside the planner.',
        expected: 'an ideal weight of at least 25 kg',
        received: '24.311024 kg',
      },
    ]);
  });
});
