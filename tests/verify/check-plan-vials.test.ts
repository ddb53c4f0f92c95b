// checkPlan's whole-vial step (src/verify/check-plan-vials.ts), word for word: an agent's total is
// held to what the bag holds when the agent is dosed in whole vials, or when its total is not its
// ordered amount; a vial list must add up to the volume drawn and the vials to open.
//
// - Ketamine, Schwartzman 2009 at 80 kg (no vials): 0.35 x 80 = 28 mg/h, capped at 25 mg/h x 4 h =
//   100 mg ordered and totalled; 2 mL of 50 mg/mL = 100 mg in the bag. The bag's amount carries the
//   error 2 x 0.0000005 + 50 x 0.0000005 = 0.000026 mg (and 0.00000000000025); with the 0.000002 mg
//   slack the tolerance is 0.000028 mg.
// - IVIG, Goebel 2010 at 70 kg: 0.25 g/kg x 70 = 17.5 g in whole Privigen vials of 10, 5 and 2.5 g
//   (100, 50 and 25 mL): 175 mL drawn, 3 vials to open.
// - Ketamine 0.3 mg/kg/h with Collins magnesium 70 mg/kg, 70 kg, one bag (tests/support/orders.ts):
//   ketamine 84 mg (0.84 mL of 100 mg/mL), magnesium 4.9 g (9.8 mL of 500 mg/mL).
import { describe, expect, it } from 'vitest';
import { ketamineMagnesiumBag } from '../support/orders.js';
import { type CombinationPlan, type Plan, checkPlan, planCombination } from '../support/untyped.js';
import { codesOf, mustPlan } from './check-plan-helpers.js';

type Loose = Record<string, unknown> & { agents: Record<string, unknown>[]; bag: { additives: Record<string, unknown>[] } };
const copy = (p: unknown): Loose => JSON.parse(JSON.stringify(p)) as Loose;
const found = (r: ReturnType<typeof checkPlan>) => (r.ok ? [] : r.disagreements.map((d) => [d.code, d.path.join('.'), d.message]));

const ketamine = mustPlan({ protocol: 'ketamine-crps-schwartzman-2009', session: 1, patient: { weight: { value: 80, unit: 'kg' } } });
const ivig = mustPlan({
  protocol: 'ivig-crps-goebel-2010',
  session: 1,
  patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' },
});

describe('a total that is not the ordered amount is held to the bag', () => {
  it('ketamine totalled 90 mg against 100 mg ordered and in the bag', () => {
    const p = copy(ketamine);
    (p.agents[0] as Record<string, unknown>)['totalDose'] = { value: '90', unit: 'mg' };
    expect(found(checkPlan(p as unknown as Plan))).toEqual([
      [
        'total_dose_not_in_bag',
        'agents.0.totalDose',
        'Total dose of ketamine (what the bag holds): the plan states 90 mg, the re-calculation gives 100 mg (difference 10, tolerance 0.000028 mg).',
      ],
    ]);
  });

  it('ketamine totalled 100 g: the same number as the 100 mg ordered, in another unit', () => {
    // 100 mg = 0.1 g; 100 - 0.1 = 99.9 g; tolerance (0.000026 mg + 0.000002 g = 0.002 mg) = 0.002026 mg = 0.000002 g.
    const p = copy(ketamine);
    (p.agents[0] as Record<string, unknown>)['totalDose'] = { value: '100', unit: 'g' };
    expect(found(checkPlan(p as unknown as Plan))).toEqual([
      [
        'total_dose_not_in_bag',
        'agents.0.totalDose',
        'Total dose of ketamine (what the bag holds): the plan states 100 g, the re-calculation gives 0.1 g (difference 99.9, tolerance 0.000002 g).',
      ],
    ]);
  });

  it('with no ketamine the check can read in the bag, the 90 mg total is not compared with anything', () => {
    // The additive's volume in mg cannot be read: the bag holds no ketamine the check knows of.
    const p = copy(ketamine);
    (p.agents[0] as Record<string, unknown>)['totalDose'] = { value: '90', unit: 'mg' };
    (p.bag.additives[0] as Record<string, unknown>)['volume'] = { value: '2', unit: 'mg' };
    expect(codesOf(checkPlan(p as unknown as Plan))).toEqual([
      'agent_missing_from_plan',
      'agent_not_in_bag',
      'final_volume_mismatch',
      'unreadable_quantity',
      'whole_bag_not_infused',
      'withdrawn_volume_mismatch',
    ]);
  });
});

describe("an IVIG plan's vial list", () => {
  it('is made of whole vials and agrees as planned', () => {
    const a = ivig.bag.additives[0];
    expect([a?.volume, a?.containers, a?.vials?.map((v) => [v.containerVolume.value, v.count])]).toEqual([
      { value: '175', unit: 'mL' },
      3,
      [
        ['100', 1],
        ['50', 1],
        ['25', 1],
      ],
    ]);
    expect(checkPlan(ivig)).toEqual({ ok: true });
  });

  it('a vial size in mg is named at that vial, and the list as one that cannot be read', () => {
    const p = copy(ivig);
    const vials = (p.bag.additives[0] as { vials: Record<string, unknown>[] }).vials;
    (vials[1] as Record<string, unknown>)['containerVolume'] = { value: '50', unit: 'mg' };
    expect(found(checkPlan(p as unknown as Plan))).toEqual([
      ['unreadable_quantity', 'bag.additives.0.vials.1.containerVolume', '"50 mg" is not a volume the check can read.'],
      ['whole_vials_mismatch', 'bag.additives.0.vials', 'A vial size or count in the list cannot be read (a count is a whole number of at least 1).'],
    ]);
  });

  it('no count of vials to open (null) against the 3 listed', () => {
    const p = copy(ivig);
    (p.bag.additives[0] as Record<string, unknown>)['containers'] = null;
    expect(found(checkPlan(p as unknown as Plan))).toEqual([
      ['whole_vials_mismatch', 'bag.additives.0.containers', 'The plan says no vials to open; the list holds 3.'],
    ]);
  });
});

describe('in a combination bag, only the agent in whole vials is held to the bag', () => {
  it("magnesium drawn as one whole 9.8 mL vial, ketamine not: each total restated below the bag's, only magnesium's is named", () => {
    const made = planCombination(ketamineMagnesiumBag());
    if (!made.ok) throw new Error('the combination should plan');
    const p = copy(made.plan);
    const magnesium = p.bag.additives[1] as Record<string, unknown>;
    expect([magnesium['agent'], magnesium['volume'], magnesium['containers']]).toEqual(['magnesium-sulfate', { value: '9.8', unit: 'mL' }, 1]);
    magnesium['vials'] = [{ product: magnesium['product'], containerVolume: { value: '9.8', unit: 'mL' }, count: 1 }];
    // Each total and its ordered amount restated alike, so neither is "rounded": ketamine 80 mg (84 in
    // the bag), magnesium 4.8 g (4.9 g in the bag). Magnesium's tolerance: 9.8 x 0.0000005 + 500 x
    // 0.0000005 = 0.0002549 mg, + 0.000002 g = 0.002 mg: 0.0022549 mg = 0.000002 g.
    const restate = (i: number, total: { value: string; unit: string }) => {
      const a = p.agents[i] as Record<string, unknown>;
      a['totalDose'] = total;
      a['orderedDose'] = { total };
    };
    restate(0, { value: '80', unit: 'mg' });
    restate(1, { value: '4.8', unit: 'g' });
    expect(found(checkPlan(p as unknown as CombinationPlan))).toEqual([
      [
        'total_dose_not_in_bag',
        'agents.1.totalDose',
        'Total dose of magnesium-sulfate (what the bag holds): the plan states 4.8 g, the re-calculation gives 4.9 g (difference 0.1, tolerance 0.000002 g).',
      ],
    ]);
  });
});
