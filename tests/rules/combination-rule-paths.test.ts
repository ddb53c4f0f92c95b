/**
 * Issue 16 item 1 (src/rules/table.ts, the combination rules): the shared rate is never rounded
 * under a component's minimum duration, and a refusal by an agent's own limit at the bag's shared
 * rate is placed where its own plan would place it (within its component);
 * and the shared-rate judgement adds no second unverified note for a limit the component's own plan
 * already noted. Driven through planCombination.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, planCombination } from '../support/untyped.js';
import type { Agent } from '../../src/catalogue/types.js';
import { dec } from '../../src/decimal/index.js';
import { planInfusionWithFacts } from '../../src/plan/plan-infusion.js';
import { agentAtSharedRate } from '../../src/plan/combination-agents.js';
import type { RefusalPaths } from '../../src/rules/rule.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const limitOf = (agent: string, id: string) => (BUILTIN_CATALOGUE.agents.find((a) => a.id === agent) as Agent).limits.find((l) => l.id === id);

describe("agents.shared-rate: the shared rate keeps a component's minimum duration, and a refusal at it points at the component", () => {
  // Each component planned alone: pamidronate (Robinson, 60 mg from the 6 mg/mL vial = 10 mL) over 2 h
  // in 250 mL: 260 mL / 2 h = 130 mL/h exactly, 2 h. Ketamine 0.3 mg/kg/h x 80 kg x 2 h = 48 mg from
  // the 50 mg/mL vial = 0.96 mL. The shared bag: 250 + 10 + 0.96 = 260.96 mL over pamidronate's
  // (the first component's) 2 h = 130.48 mL/h. To the 0.1 mL/h step half up that is 130.5 mL/h,
  // which would run 260.96 / 130.5 = 1.999693 h, under pamidronate's hard 2 h minimum; so the rate
  // is rounded down to 130.4 mL/h (260.96 / 130.4 = 2.001227 h), as pamidronate's own pump would be.
  const components = [
    { protocol: 'pamidronate-crps-robinson-2004', dose: { duration: { value: 2, unit: 'h' } } },
    { protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' }, duration: { value: 2, unit: 'h' } } },
  ];
  const input = { patient: { weight: { value: 80, unit: 'kg' } }, session: 1, components, preparation: { containerVolume: { value: 250, unit: 'mL' } } };

  it('pamidronate 60 mg over 2 h with ketamine: refused for the incompatibility alone, not for a duration under 2 h', () => {
    const r = planCombination(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['incompatible_agents', ['components']]]);
  });

  it('at 130.5 mL/h the shared-rate rule refuses pamidronate at its own dose field', () => {
    // The rule itself, at the rate rounding to the nearest step would have set: pamidronate's facts
    // from its own plan, the bag of 260.96 mL at 130.5 mL/h for 1.999693 h.
    const planned = planInfusionWithFacts({ patient: input.patient, session: 1, preparation: input.preparation, ...components[0] }, BUILTIN_CATALOGUE);
    if (!planned.result.ok || !planned.facts) throw new Error('pamidronate plans alone');
    const finalMl = dec('260.96');
    const shared = {
      exact: dec('130.48'),
      rate: { value: dec('130.5'), increment: dec('0.1'), mode: 'halfExpand', roundedDownForLimit: false },
      durationH: finalMl.div(dec('130.5')),
    } as const;
    const paths: RefusalPaths = new Map();
    const { checks } = agentAtSharedRate(planned.result.plan, planned.facts, shared, finalMl, paths);
    const refused = checks.filter((c) => c.severity === 'hard' && !c.passed);
    expect(refused.map((c) => [c.code, c.rule, c.observed, c.limit, c.message, paths.get(c)])).toEqual([
      [
        'duration_below_hard_limit',
        'pamidronate.duration.lower-hard',
        { value: '1.999693', unit: 'h' },
        { value: '2', unit: 'h' },
        'Infusion duration is below the hard lower limit of 2 h; this cannot be overridden.',
        ['dose'],
      ],
    ]);
    expect(refused[0]?.source).toEqual(limitOf('pamidronate', 'pamidronate.duration.lower-hard')?.source);
  });
});

describe('agents.shared-rate: no unverified note of its own', () => {
  it("Collins magnesium with ketamine, the magnesium concentration limit marked unverified: one note, the component's own", () => {
    // A copy of the catalogue whose magnesium 0.2 g/mL limit is marked unverified (an institution that
    // has not checked it). Magnesium's own plan notes it once; the shared-rate rule judges the limit
    // again on the shared bag but writes no note, so the combination shows it once. (createCalculator
    // validates the copy; planCombination takes the calculator's validated catalogue.)
    const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
    const mg = (cat['agents'] as Json[]).find((a) => a['id'] === 'magnesium-sulfate') as Json;
    const limit = (mg['limits'] as Json[]).find((l) => l['id'] === 'magnesium-sulfate.concentration.upper-hard') as Json;
    limit['source'] = { ...limit['source'], verified: false };
    const made = createCalculator(cat);
    expect(made.ok, made.ok ? '' : JSON.stringify(made.issues)).toBe(true);
    if (!made.ok) return;
    const r = planCombination(
      {
        patient: { weight: { value: 70, unit: 'kg' } },
        session: 1,
        components: [{ protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } }, { protocol: 'magnesium-crps-collins-2009' }],
        preparation: { containerVolume: { value: 250, unit: 'mL' } },
        acknowledgements: [{ code: 'compatibility_unknown', reason: 'pharmacy reviewed' }],
      },
      made.calculator.catalogue,
    );
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    // The template "The limit <id> rests on data the reference marks [UNVERIFIED]: <note>", with the
    // note's 200 mg/mL shown in g as every magnesium finding is (its display unit): 0.2 g/mL.
    const notes = r.plan.checks.filter((c) => c.code === 'unverified_data' && c.rule === 'magnesium-sulfate.concentration.upper-hard');
    expect(notes.map((c) => [c.severity, c.passed, c.message])).toEqual([
      [
        'info',
        false,
        'The limit magnesium-sulfate.concentration.upper-hard rests on data the reference marks [UNVERIFIED]: Dilute to 20% (0.2 g/mL) or less before IV infusion.',
      ],
    ]);
  });
});
