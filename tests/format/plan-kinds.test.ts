// Issue 13 item 3: formatPlan, the worksheet and checkPlan take a combination plan and a nasal-spray
// plan (they refused them). Values worked by hand in the comments.
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, checkPlan, formatPlan, formatWorksheet, planCombination, planNasalSpray } from '../../src/index.js';
import type { CombinationPlan, NasalSprayPlan } from '../../src/index.js';
import { once } from '../support/once.js';
import { ketamineMagnesiumBag, nasalOrder } from '../support/orders.js';

// Ketamine 0.3 mg/kg/h with Collins magnesium 70 mg/kg, 70 kg, one 250 mL bag over 4 h:
// ketamine 0.3 x 70 = 21 mg/h x 4 h = 84 mg = 0.84 mL of 100 mg/mL; magnesium 70 x 70 = 4900 mg =
// 4.9 g = 9.8 mL of 500 mg/mL; withdraw-equal: 0.84 + 9.8 = 10.64 mL withdrawn, 250 mL final;
// 250 mL / 4 h = 62.5 mL/h; ketamine 84 / 250 = 0.336 mg/mL x 62.5 = 21 mg/h (0.3 mg/kg/h);
// magnesium 4.9 / 250 = 0.0196 g/mL x 62.5 = 1.225 g/h (0.0175 g/kg/h).
const combination = once((): CombinationPlan => {
  const r = planCombination(ketamineMagnesiumBag());
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
});

// 100 mg/mL x 0.1 mL = 10 mg a spray; 20 mg = 2 sprays (1 and 1); 2 doses a day = 4 sprays, 40 mg.
// Bottle 5 mL, 5 priming sprays = 0.5 mL; 4.5 mL / 0.1 = 45 sprays; 45 / 2 = 22 doses, 1 spray left;
// 22 x 20 = 440 mg; 22 / 2 = 11 days.
const nasal = once((): NasalSprayPlan => {
  const r = planNasalSpray(nasalOrder());
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.spray;
});

const lines = (x: unknown): string[] => {
  if (typeof x !== 'string') throw new Error(`refused: ${JSON.stringify(x)}`);
  return x.split('\n').map((l) => l.trim());
};

describe('formatPlan and formatWorksheet: a combination bag', () => {
  it('formatPlan prints every component, the one bag and the shared rate', () => {
    const l = lines(formatPlan(combination()));
    expect(l).toContain('Protocol: ketamine-clinic-course-2x3 version 1.0.0 (Chronic neuropathic pain (clinic practice))');
    expect(l.some((x) => x.startsWith('Protocol: magnesium-crps-collins-2009 version 1.0.0'))).toBe(true);
    expect(l).toContain('Agents (2 in the one bag)');
    expect(l).toContain('Delivered: dose rate 21 mg/h (0.3 mg/kg/h); total 84 mg (1.2 mg/kg), at dosing weight 70 kg');
    expect(l).toContain('Delivered: dose rate 1.225 g/h (0.0175 g/kg/h); total 4.9 g (0.07 g/kg), at dosing weight 70 kg');
    expect(l).toContain('Withdrawn before adding: 10.64 mL; diluent in the bag: ≈239.4 mL');
    expect(l).toContain('Concentration of ketamine: 0.336 mg/mL');
    expect(l).toContain('Concentration of magnesium-sulfate: 0.0196 g/mL');
    expect(l).toContain('Rate to set: 62.5 mL/h (exact; pump increment 0.1 mL/h, halfExpand)');
    expect(l).toContain('Segment 1 (maintenance): 62.5 mL/h for 240 min (4 h), volume 250 mL; ketamine 84 mg at 21 mg/h; magnesium-sulfate 4.9 g at 1.225 g/h');
    expect(l).toContain('Status: READY');
  });

  it('the worksheet draws up each additive into the one bag and sets one rate', () => {
    const l = lines(formatWorksheet(combination()));
    expect(l).toContain('Combination bag: 2 agents in one bag at one rate');
    expect(l).toContain('[ ] 2. Withdraw and discard 10.64 mL of diluent (an equal volume to the additive). Diluent left: ≈239.4 mL.');
    expect(
      l.some((x) => x.startsWith('[ ] 3. Draw up 0.84 mL of Ketamine 100 mg/mL, 5 mL vial [ketamine-100mg-ml-5ml], strength 100 mg/mL = 84 mg ketamine')),
    ).toBe(true);
    expect(
      l.some((x) => x.startsWith('[ ] 4. Draw up 9.8 mL of Magnesium sulfate 50% (500 mg/mL)') && x.includes('strength 0.5 g/mL = 4.9 g magnesium-sulfate')),
    ).toBe(true);
    expect(l).toContain('PUMP SETTINGS (ONE RATE FOR THE WHOLE BAG)');
    expect(l).toContain('Rate: 62.5 mL/h (exact 62.5 mL/h; pump increment 0.1 mL/h, halfExpand)');
    expect(l).toContain('Dosing weight for magnesium-sulfate: 70 kg (actual body weight)');
    expect(l).toContain('compatibility_unknown: pharmacy reviewed');
  });
});

describe('formatPlan and formatWorksheet: a nasal spray', () => {
  it('formatPlan prints the spray, the dose in sprays, the day and the bottle', () => {
    const l = lines(formatPlan(nasal()));
    expect(l).toContain('Concentration: 100 mg/mL; volume per spray 0.1 mL; 10 mg/spray');
    expect(l).toContain('Each dose: 20 mg = 2 sprays');
    expect(l).toContain("Per day: 2 doses/day, 4 sprays/day, 40 mg/day (prescriber's maximum 40 mg/day)");
    expect(l).toContain('Usable: 4.5 mL = 45 sprays');
    expect(l).toContain('Whole doses: 22 doses (440 mg); sprays left over: 1 spray');
    expect(l).toContain('Days of full dosing: 11 days (11 days not rounded down)');
  });

  it('the worksheet is a dispensing sheet with the label text and a sign-off', () => {
    const l = lines(formatWorksheet(nasal()));
    expect(l).toContain('NASAL SPRAY DISPENSING WORKSHEET');
    expect(l).toContain('[ ] 3. Label: 20 mg = 2 sprays per dose (1 spray then 1 spray), 2 doses/day; at most 40 mg/day.');
    expect(l).toContain('Checked by (second checker) ________________________');
  });
});

describe('the readers still refuse what is not a plan, with a code', () => {
  it('a value shaped as a combination plan but missing its bag', () => {
    const broken = { ...combination(), bag: 'none' } as unknown as CombinationPlan;
    for (const r of [formatPlan(broken), formatWorksheet(broken), checkPlan(broken)]) {
      expect(typeof r === 'string' ? r : r.ok === false && 'issues' in r ? r.issues.map((i) => `${i.code}@${i.path.join('.')}`) : r).toEqual([
        'not_a_plan@bag',
      ]);
    }
  });
});

describe('checkPlan: a combination bag and a nasal spray', () => {
  it('agrees with the plans as made, with and without the catalogue', () => {
    expect(checkPlan(combination())).toEqual({ ok: true });
    expect(checkPlan(combination(), BUILTIN_CATALOGUE)).toEqual({ ok: true });
    expect(checkPlan(nasal())).toEqual({ ok: true });
  });

  it('finds a changed combination: an additive amount, a shared-rate dose, a per-kg dose and a component order', () => {
    const p = JSON.parse(JSON.stringify(combination())) as {
      bag: { additives: { amount: { value: string } }[] };
      agents: { delivered: { doseRate: { value: string } }; doseRate: { value: string } }[];
    };
    // 9.8 mL x 0.5 g/mL = 4.9 g, not 5 g; 62.5 mL/h x 0.0196 g/mL = 1.225 g/h, not 1.3 g/h.
    (p.bag.additives[1] as { amount: { value: string } }).amount.value = '5';
    (p.agents[1] as { delivered: { doseRate: { value: string } } }).delivered.doseRate.value = '1.3';
    // The order of magnesium: 70 mg/kg x 70 kg over 4 h = 1.225 g/h, not 1.3 g/h.
    (p.agents[1] as { doseRate: { value: string } }).doseRate.value = '1.3';
    const r = checkPlan(p as unknown as CombinationPlan, BUILTIN_CATALOGUE);
    expect(r.ok ? [] : r.disagreements.map((d) => `${d.code}@${d.path.join('.')}`)).toEqual([
      'additive_amount_mismatch@bag.additives.1.amount',
      'delivered_dose_rate_mismatch@agents.1.delivered.doseRate',
      'ordered_dose_rate_mismatch@agents.1.doseRate',
    ]);
  });

  it("checks each agent per kg of its own dosing weight, and re-derives each component's weight from the catalogue", () => {
    const p = JSON.parse(JSON.stringify(combination())) as { dosingWeights: { weight: { value: { value: string } } }[] };
    (p.dosingWeights[1] as { weight: { value: { value: string } } }).weight.value.value = '80';
    const r = checkPlan(p as unknown as CombinationPlan, BUILTIN_CATALOGUE);
    // 4.9 g / 80 kg = 0.06125 g/kg, not the stated 0.07; 1.225 / 80 = 0.015313 g/kg/h, not 0.0175.
    expect(r.ok ? [] : r.disagreements.map((d) => `${d.code}@${d.path.join('.')}`)).toEqual([
      'delivered_total_dose_per_kg_mismatch@agents.1.delivered.totalDosePerKg',
      'delivered_dose_rate_per_kg_mismatch@agents.1.delivered.doseRatePerKg',
      'dosing_weight_mismatch@dosingWeights.1.weight.value',
    ]);
  });

  it('finds a changed nasal spray: mg per spray, sprays per dose, the daily dose over the maximum, the bottle', () => {
    const p = JSON.parse(JSON.stringify(nasal())) as Record<string, { value: string }> & { bottle: Record<string, { value: string }> };
    (p['mgPerSpray'] as { value: string }).value = '12';
    (p['spraysPerDose'] as { value: string }).value = '3';
    // 25 mg a dose is 2.5 sprays of 10 mg, and 50 mg a day is over the 40 mg maximum.
    (p['dose'] as { value: string }).value = '25';
    (p.bottle['dosesPerBottle'] as { value: string }).value = '23';
    const r = checkPlan(p as unknown as NasalSprayPlan);
    const found = r.ok ? [] : r.disagreements.map((d) => `${d.code}@${d.path.join('.')}`);
    expect(found).toContain('spray_amount_mismatch@mgPerSpray');
    expect(found).toContain('dose_not_whole_sprays@dose');
    expect(found).toContain('sprays_per_dose_mismatch@spraysPerDose');
    expect(found).toContain('daily_dose_mismatch@dailyDose');
    expect(found).toContain('daily_dose_above_maximum@dailyDose');
    expect(found).toContain('bottle_count_mismatch@bottle.dosesPerBottle');
  });
});
