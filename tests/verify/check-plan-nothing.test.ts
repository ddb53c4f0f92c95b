// checkPlan on a plan stating nothing where something belongs: a segment that runs for no time, a bag
// of no volume. The plan is ketamine, Schwartzman 2009 at 80 kg: 0.35 x 80 = 28 mg/h, capped at
// 25 mg/h, x 4 h = 100 mg = 2 mL of 50 mg/mL into a 100 mL bag (2 mL withdrawn) = 100 mL at
// 1 mg/mL, one segment of 100 / 4 = 25 mL/h for 240 min.
import { describe, expect, it } from 'vitest';
import { type Plan, checkPlan } from '../support/untyped.js';
import { mustPlan } from './check-plan-helpers.js';

const ketamine = mustPlan({ protocol: 'ketamine-crps-schwartzman-2009', session: 1, patient: { weight: { value: 80, unit: 'kg' } } });
type Loose = { bag: { diluent: { nominalVolume: { value: string } } }; pump: { segments: { duration: { value: string } }[] } };
function checkedAfter(edit: (p: Loose) => void) {
  const p = JSON.parse(JSON.stringify(ketamine)) as Loose;
  edit(p);
  return checkPlan(p as unknown as Plan);
}

describe('nothing where something belongs', () => {
  it('a segment of 0 min: named at its duration, with the segment counted from 1', () => {
    const r = checkedAfter((p) => ((p.pump.segments[0] as Loose['pump']['segments'][number]).duration.value = '0'));
    expect(r.ok ? [] : r.disagreements.filter((d) => d.code === 'empty_segment')).toEqual([
      {
        code: 'empty_segment',
        path: ['pump', 'segments', 0, 'duration'],
        message: 'Segment 1 runs 0 min at 25 mL/h: it infuses nothing, so the order cannot be given as planned.',
        planValue: { value: '0', unit: 'min' },
        recomputed: null,
      },
    ]);
  });

  it('a bag of no volume: a diluent of 0 mL, so 100 mg in 0 mL, which is no concentration', () => {
    // Diluent 0 mL nominal - 2 mL withdrawn = -2 mL (stated 98); final -2 + 2 drawn = 0 mL (stated 100).
    // 100 mg / 0 mL cannot be divided out: the stated 1 mg/mL is compared with nothing, so the plan's
    // ketamine has no concentration to be dosed from, and the 100 mL the segment infuses is not the 0 mL
    // the bag holds.
    const r = checkedAfter((p) => (p.bag.diluent.nominalVolume.value = '0'));
    expect(r.ok ? [] : r.disagreements.map((d) => [d.code, d.path.join('.'), d.recomputed?.value])).toEqual([
      ['diluent_volume_mismatch', 'bag.diluent.volume', '-2'],
      ['final_volume_mismatch', 'bag.finalVolume', '0'],
      ['whole_bag_not_infused', 'pump.volumeToBeInfused', '0'],
      ['agent_missing_from_plan', 'agents.0', undefined],
    ]);
  });
});
