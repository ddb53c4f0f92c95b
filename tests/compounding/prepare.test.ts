// Making up the bag or syringe: drawing from vials, whole-bag and standard-concentration bags,
// container and overfill handling, whole vials, and rounding a volume under a ceiling. Every figure
// below is worked out by hand in the comment next to it.
import { describe, expect, it } from 'vitest';
import type { Diluent, PreparationRule, Product } from '../../src/catalogue/types.js';
import { roundWithCeiling } from '../../src/compounding/measurable.js';
import { type AmountCeiling, drawAdditive, prepareStandard, prepareWholeBag } from '../../src/compounding/prepare.js';
import { drawWholeVials } from '../../src/compounding/whole-vials.js';
import { type Dec, dec } from '../../src/decimal/index.js';
import { planInfusion } from '../../src/index.js';

const SOURCE = { citation: 'test fixture', grade: 'hosp', verified: true } as const;

function product(name: string, strength: string, volume?: string, form: Product['form'] = 'vial'): Product {
  return {
    id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    agent: 'test-agent',
    name,
    form,
    strength: { value: strength, unit: 'mg/mL' },
    ...(volume === undefined ? {} : { volume: { value: volume, unit: 'mL' } }),
    multiDose: false,
    dilution: form === 'premix' ? 'ready-to-use' : 'allowed',
    source: SOURCE,
  };
}

function diluent(bagVolumes: string[]): Diluent {
  return { id: 'ns', name: 'Sodium chloride 0.9%', bagVolumes, source: SOURCE };
}

function rule(style: PreparationRule['style'], extra: Partial<PreparationRule> = {}): PreparationRule {
  return {
    style,
    products: ['p'],
    containerKind: 'bag',
    additiveVolume: 'withdraw-equal',
    source: SOURCE,
    ...extra,
  };
}

const NO_OVERFILL = { ml: dec(0), stated: false };
const never: AmountCeiling = () => false;
const s = (d: Dec | null | undefined): string | undefined => d?.toFixed();

describe('drawAdditive', () => {
  it('rounds the drawn volume to the measurable increment and counts the vials opened', () => {
    // 98 mg / 100 mg/mL = 0.98 mL; below 1 mL the increment is 0.01 mL, so 0.98 mL is drawn.
    const a = drawAdditive(product('P 100', '100', '2'), dec(98), never);
    expect(s(a.exactMl)).toBe('0.98');
    expect(s(a.drawn.value)).toBe('0.98');
    expect(s(a.drawn.increment)).toBe('0.01');
    // one 2 mL vial, 2 - 0.98 = 1.02 mL left over
    expect(a.containers).toBe(1);
    expect(s(a.leftoverMl)).toBe('1.02');
  });

  it("reads a caller's own product record afresh each time: only a frozen catalogue record is read once", () => {
    // 98 mg / 100 mg/mL = 0.98 mL; the same record changed to 50 mg/mL: 98 / 50 = 1.96 mL.
    const p = product('P 100', '100', '2');
    expect(s(drawAdditive(p, dec(98), never).exactMl)).toBe('0.98');
    Object.assign(p, { strength: { value: '50', unit: 'mg/mL' } });
    expect(s(drawAdditive(p, dec(98), never).exactMl)).toBe('1.96');
  });

  it('draws whole containers, at least one, when the dose is less than one container', () => {
    // 20 mg / 10 mg/mL = 2 mL; a whole 10 mL vial rounds 2 mL to 0 vials, so one vial (10 mL) is drawn.
    const drawn = drawWholeVials([product('P 10', '10', '10')], dec(20), false, never);
    expect(drawn).toBeDefined();
    if (drawn === undefined) return;
    const a = drawn;
    expect(s(a.exactMl)).toBe('2');
    expect(s(a.drawn.value)).toBe('10');
    // 10 mL x 10 mg/mL = 100 mg in the bag
    expect(s(a.amountMg)).toBe('100');
    expect(a.containers).toBe(1);
    expect(s(a.leftoverMl)).toBe('0');
  });
});

describe('roundWithCeiling', () => {
  it('rounds half away from zero when no ceiling is crossed', () => {
    // 1.25 mL to 0.1 mL, half up: 1.3 mL
    const r = roundWithCeiling(dec('1.25'), dec('0.1'), () => false);
    expect(s(r.value)).toBe('1.3');
    expect(r.mode).toBe('halfExpand');
    expect(r.roundedDownForLimit).toBe(false);
  });

  it('rounds down (floor) when rounding up would cross a ceiling', () => {
    // 1.26 mL rounds to 1.3 mL, which crosses the ceiling; floor to 0.1 mL gives 1.2 mL
    const r = roundWithCeiling(dec('1.26'), dec('0.1'), () => true);
    expect(s(r.value)).toBe('1.2');
    expect(r.mode).toBe('floor');
    expect(r.roundedDownForLimit).toBe(true);
  });

  it('floors a volume that rounds up past a ceiling even when it is just above a step', () => {
    // 0.999 mL to 0.01 mL: nearest 1.00 mL; with the ceiling it floors to 0.99 mL
    const r = roundWithCeiling(dec('0.999'), dec('0.01'), (c, e) => c.gt(e));
    expect(s(r.value)).toBe('0.99');
  });
});

describe('prepareWholeBag', () => {
  const r = rule('whole-bag', { diluent: 'ns', containerVolume: '100' });

  it('withdraws an equal volume so the bag holds its nominal volume', () => {
    // 980 mg / 100 mg/mL = 9.8 mL; 100 mL bag - 9.8 mL withdrawn = 90.2 mL diluent; final 100 mL
    const p = prepareWholeBag(r, product('P 100', '100', '10'), diluent(['100']), dec(100), NO_OVERFILL, 'withdraw-equal', dec(980), never);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(s(p.value.additive?.drawn.value)).toBe('9.8');
    expect(s(p.value.diluent?.withdrawnMl)).toBe('9.8');
    expect(s(p.value.diluent?.volumeMl)).toBe('90.2');
    expect(s(p.value.finalMl)).toBe('100');
    // 980 mg / 100 mL = 9.8 mg/mL
    expect(s(p.value.concentrationMgPerMl)).toBe('9.8');
  });

  it('accepts an additive exactly the size of the bag it replaces', () => {
    // 1000 mg / 100 mg/mL = 10 mL drawn into a 10 mL bag with 10 mL withdrawn: 0 mL diluent, final 10 mL
    const p = prepareWholeBag(r, product('P 100', '100', '10'), diluent(['10']), dec(10), NO_OVERFILL, 'withdraw-equal', dec(1000), never);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(s(p.value.diluent?.volumeMl)).toBe('0');
    expect(s(p.value.finalMl)).toBe('10');
  });

  it('refuses an additive larger than the bag it would replace (withdraw-equal)', () => {
    // 1200 mg / 100 mg/mL = 12 mL, more than the 10 mL bag
    const p = prepareWholeBag(r, product('P 100', '100', '20'), diluent(['10']), dec(10), NO_OVERFILL, 'withdraw-equal', dec(1200), never);
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.issue.code).toBe('container_too_small');
    expect(p.issue.path).toEqual(['preparation', 'containerVolume']);
    expect(p.issue.message).toContain('(12 mL)');
    expect(p.issue.message).toContain('10 mL bag');
  });

  it('adds the same 12 mL to a 10 mL bag when the additive is not withdrawn', () => {
    // add: 10 mL + 12 mL = 22 mL final; the concentration is kept exact as 1200 mg in 22 mL
    const p = prepareWholeBag(r, product('P 100', '100', '20'), diluent(['10']), dec(10), NO_OVERFILL, 'add', dec(1200), never);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(s(p.value.diluent?.withdrawnMl)).toBe('0');
    expect(s(p.value.finalMl)).toBe('22');
    expect(s(p.value.concentration.mg)).toBe('1200');
    expect(s(p.value.concentration.ml)).toBe('22');
  });

  it('refuses a dose that rounds to no measurable volume', () => {
    // 0.4 mg / 100 mg/mL = 0.004 mL, which rounds to 0.00 mL at 0.01 mL
    const p = prepareWholeBag(r, product('P 100', '100', '10'), diluent(['100']), dec(100), NO_OVERFILL, 'withdraw-equal', dec('0.4'), never);
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.issue.code).toBe('volume_not_measurable');
    expect(p.issue.path).toEqual(['dose']);
    expect(p.issue.message).toContain('0.004 mL');
  });
});

describe('prepareStandard: premix', () => {
  const r = rule('standard-concentration');

  it('uses a premix that holds the dose as it is', () => {
    // 100 mL x 2 mg/mL = 200 mg >= 200 mg ordered
    const p = prepareStandard(r, product('Premix 2 mg/mL 100 mL', '2', '100', 'premix'), undefined, undefined, NO_OVERFILL, 'add', dec(200), never);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.value.containerKind).toBe('premix');
    expect(s(p.value.finalMl)).toBe('100');
    expect(s(p.value.concentrationMgPerMl)).toBe('2');
  });

  it('refuses a premix that holds less than the dose', () => {
    // 100 mL x 2 mg/mL = 200 mg, less than 250 mg ordered
    const p = prepareStandard(r, product('Premix 2 mg/mL 100 mL', '2', '100', 'premix'), undefined, undefined, NO_OVERFILL, 'add', dec(250), never);
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.issue.code).toBe('container_too_small');
    expect(p.issue.path).toEqual(['preparation', 'product']);
    expect(p.issue.message).toContain('Premix 2 mg/mL 100 mL holds 200 mg');
    expect(p.issue.message).toContain('250 mg ordered');
  });
});

describe('prepareStandard: neat (no diluent)', () => {
  const r = rule('standard-concentration', { containerKind: 'syringe' });

  it('draws the dose neat into a syringe of exactly that volume', () => {
    // 25 mg / 10 mg/mL = 2.5 mL; no syringe size chosen, so the syringe is 2.5 mL
    const p = prepareStandard(r, product('P 10', '10', '10'), undefined, undefined, NO_OVERFILL, 'add', dec(25), never);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(s(p.value.additive?.drawn.value)).toBe('2.5');
    expect(s(p.value.nominalMl)).toBe('2.5');
    expect(s(p.value.finalMl)).toBe('2.5');
    expect(s(p.value.concentrationMgPerMl)).toBe('10');
  });

  it('does not round to whole vials unless asked (the default)', () => {
    // 25 mg / 10 mg/mL = 2.5 mL of a 10 mL vial; by default the draw is 2.5 mL, not a whole vial
    const p = prepareStandard(r, product('P 10', '10', '10'), undefined, undefined, NO_OVERFILL, 'add', dec(25), never);
    expect(p.ok && s(p.value.additive?.drawn.value)).toBe('2.5');
    // A product of unknown size is fine without whole vials: 25 mg / 10 mg/mL = 2.5 mL
    const q = prepareStandard(r, product('P 10 unsized', '10'), undefined, undefined, NO_OVERFILL, 'add', dec(25), never);
    expect(q.ok).toBe(true);
    expect(q.ok && s(q.value.additive?.drawn.value)).toBe('2.5');
    expect(q.ok && q.value.additive?.containers).toBe(null);
  });

  it('draws whole vials when the protocol asks for them', () => {
    // 25 mg / 10 mg/mL = 2.5 mL, less than one 10 mL vial: one vial, 10 mL, 100 mg
    const p = prepareStandard(r, product('P 10', '10', '10'), undefined, undefined, NO_OVERFILL, 'add', dec(25), never, {
      sizes: [product('P 10', '10', '10')],
      mix: false,
    });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(s(p.value.additive?.drawn.value)).toBe('10');
    expect(s(p.value.additive?.amountMg)).toBe('100');
    expect(s(p.value.finalMl)).toBe('10');
  });

  it('refuses whole vials of a product whose vial size is unknown', () => {
    const p = prepareStandard(r, product('P 10 unsized', '10'), undefined, undefined, NO_OVERFILL, 'add', dec(25), never, {
      sizes: [product('P 10 unsized', '10')],
      mix: false,
    });
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.issue.code).toBe('product_volume_unknown');
    expect(p.issue.path).toEqual(['preparation', 'product']);
    expect(p.issue.message).toContain('size of P 10 unsized is not in the catalogue');
  });

  it('refuses a neat dose that rounds to nothing measurable', () => {
    // 0.03 mg / 10 mg/mL = 0.003 mL, which rounds to 0.00 mL at 0.01 mL
    const p = prepareStandard(r, product('P 10', '10', '10'), undefined, undefined, NO_OVERFILL, 'add', dec('0.03'), never);
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.issue.code).toBe('volume_not_measurable');
    expect(p.issue.path).toEqual(['dose']);
    expect(p.issue.message).toContain('0.003 mL');
  });

  it('refuses a neat dose larger than the chosen syringe', () => {
    // 120 mg / 10 mg/mL = 12 mL, more than a 10 mL syringe
    const p = prepareStandard(r, product('P 10', '10', '20'), undefined, dec(10), NO_OVERFILL, 'add', dec(120), never);
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.issue.code).toBe('container_too_small');
    expect(p.issue.path).toEqual(['preparation', 'containerVolume']);
    expect(p.issue.message).toContain('needs 12 mL');
    expect(p.issue.message).toContain('10 mL syringe');
  });

  it('accepts a neat dose that fills the chosen syringe exactly', () => {
    // 100 mg / 10 mg/mL = 10 mL in a 10 mL syringe
    const p = prepareStandard(r, product('P 10', '10', '20'), undefined, dec(10), NO_OVERFILL, 'add', dec(100), never);
    expect(p.ok).toBe(true);
    expect(p.ok && s(p.value.nominalMl)).toBe('10');
    expect(p.ok && s(p.value.finalMl)).toBe('10');
  });
});

describe('prepareStandard: a bag made up to the protocol concentration', () => {
  it('refuses a target at or above the product strength', () => {
    const p = prepareStandard(
      rule('standard-concentration', { diluent: 'ns', concentration: '5' }),
      product('P 5', '5', '10'),
      diluent(['100']),
      undefined,
      NO_OVERFILL,
      'add',
      dec(10),
      never,
    );
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.issue.code).toBe('preparation_invalid');
    expect(p.issue.path).toEqual(['preparation']);
    expect(p.issue.message).toContain('A 5 mg/mL bag cannot be made from P 5 (5 mg/mL)');
  });

  it('picks the smallest stocked bag that holds the dose, whatever order they are listed in', () => {
    // withdraw-equal at 1 mg/mL from 10 mg/mL: a V mL bag holds V mg.
    // 250 mg ordered: 100 mL holds 100 mg (too little), 250 mL holds 250 mg, 500 mL would hold 500 mg.
    // 250 mg / 10 mg/mL = 25 mL drawn, 25 mL withdrawn, final 250 mL at 1 mg/mL.
    const p = prepareStandard(
      rule('standard-concentration', { diluent: 'ns', concentration: '1' }),
      product('P 10', '10', '50'),
      diluent(['500', '100', '1000', '250']),
      undefined,
      NO_OVERFILL,
      'withdraw-equal',
      dec(250),
      never,
    );
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(s(p.value.nominalMl)).toBe('250');
    expect(s(p.value.additive?.drawn.value)).toBe('25');
    expect(s(p.value.diluent?.withdrawnMl)).toBe('25');
    expect(s(p.value.finalMl)).toBe('250');
    expect(s(p.value.concentrationMgPerMl)).toBe('1');
    expect(s(p.value.targetConcentration)).toBe('1');
  });

  it('with add, draws enough that the additive volume is part of the target', () => {
    // add at 1 mg/mL from 10 mg/mL into 90 mL: mg = 1 x 90 / (1 - 1/10) = 100 mg = 10 mL;
    // final 90 + 10 = 100 mL, 100 mg / 100 mL = 1 mg/mL.
    const p = prepareStandard(
      rule('standard-concentration', { diluent: 'ns', concentration: '1' }),
      product('P 10', '10', '10'),
      diluent(['90']),
      undefined,
      NO_OVERFILL,
      'add',
      dec(50),
      never,
    );
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(s(p.value.additive?.drawn.value)).toBe('10');
    expect(s(p.value.diluent?.withdrawnMl)).toBe('0');
    expect(s(p.value.finalMl)).toBe('100');
    expect(s(p.value.concentrationMgPerMl)).toBe('1');
  });

  it('rounds the bag draw to nearest, even above the dose ceiling (the bag is not the dose)', () => {
    // withdraw-equal at 0.1 mg/mL into 100 mL: 10 mg / 6 mg/mL = 1.666... mL, rounds to 1.7 mL (not 1.6);
    // 1.7 mL x 6 mg/mL = 10.2 mg in 100 mL = 0.102 mg/mL, which holds the 10 mg dose.
    const p = prepareStandard(
      rule('standard-concentration', { diluent: 'ns', concentration: '0.1' }),
      product('P 6', '6', '10'),
      diluent(['100']),
      dec(100),
      NO_OVERFILL,
      'withdraw-equal',
      dec(10),
      () => true,
    );
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(s(p.value.additive?.drawn.value)).toBe('1.7');
    expect(s(p.value.additive?.amountMg)).toBe('10.2');
    expect(s(p.value.finalMl)).toBe('100');
    expect(s(p.value.concentrationMgPerMl)).toBe('0.102');
  });

  it('returns the bag problem itself when the chosen bag cannot be made up', () => {
    // withdraw-equal at 9 mg/mL from 10 mg/mL, 10 mL bag + 5 mL overfill: 9 x 15 = 135 mg = 13.5 mL,
    // more than the 10 mL bag it would replace.
    const p = prepareStandard(
      rule('standard-concentration', { diluent: 'ns', concentration: '9' }),
      product('P 10', '10', '20'),
      diluent(['10', '100']),
      dec(10),
      { ml: dec(5), stated: true },
      'withdraw-equal',
      dec(50),
      never,
    );
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.issue.code).toBe('container_too_small');
    expect(p.issue.path).toEqual(['preparation', 'containerVolume']);
    expect(p.issue.message).toContain('(13.5 mL)');
    expect(p.issue.message).toContain('10 mL bag it would replace');
  });

  it('skips a stocked bag that cannot be made up and uses the next size', () => {
    // 10 mL bag: 9 x (10 + 5) = 135 mg = 13.5 mL > 10 mL, cannot be made.
    // 100 mL bag: 9 x (100 + 5) = 945 mg = 94.5 mL <= 100 mL; final 100 + 5 - 94.5 + 94.5 = 105 mL,
    // 945 mg / 105 mL = 9 mg/mL, which holds the 50 mg dose.
    const p = prepareStandard(
      rule('standard-concentration', { diluent: 'ns', concentration: '9' }),
      product('P 10', '10', '100'),
      diluent(['10', '100']),
      undefined,
      { ml: dec(5), stated: true },
      'withdraw-equal',
      dec(50),
      never,
    );
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(s(p.value.nominalMl)).toBe('100');
    expect(s(p.value.additive?.drawn.value)).toBe('94.5');
    expect(s(p.value.finalMl)).toBe('105');
    expect(s(p.value.concentrationMgPerMl)).toBe('9');
  });

  it('refuses a chosen bag that does not hold the dose at the target', () => {
    // withdraw-equal at 1 mg/mL: a 100 mL bag holds 100 mg, less than 150 mg
    const p = prepareStandard(
      rule('standard-concentration', { diluent: 'ns', concentration: '1' }),
      product('P 10', '10', '20'),
      diluent(['100', '250']),
      dec(100),
      NO_OVERFILL,
      'withdraw-equal',
      dec(150),
      never,
    );
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.issue.code).toBe('container_too_small');
    expect(p.issue.path).toEqual(['preparation', 'containerVolume']);
    expect(p.issue.message).toContain('A 100 mL bag at 1 mg/mL does not hold the 150 mg dose');
  });

  it('refuses when no stocked bag holds the dose', () => {
    // withdraw-equal at 1 mg/mL: the largest stocked bag, 250 mL, holds 250 mg, less than 300 mg
    const p = prepareStandard(
      rule('standard-concentration', { diluent: 'ns', concentration: '1' }),
      product('P 10', '10', '50'),
      diluent(['250', '100']),
      undefined,
      NO_OVERFILL,
      'withdraw-equal',
      dec(300),
      never,
    );
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.issue.code).toBe('container_too_small');
    expect(p.issue.path).toEqual(['preparation', 'containerVolume']);
    expect(p.issue.message).toContain('No stocked Sodium chloride 0.9% bag holds the 300 mg dose at 1 mg/mL');
  });
});

describe('through planInfusion', () => {
  it('refuses a magnesium dose larger than the chosen bag when an equal volume is withdrawn', () => {
    // 70 mg/kg x 70 kg = 4900 mg; 4900 mg / 500 mg/mL = 9.8 mL, more than a 5 mL bag
    const r = planInfusion({
      patient: { weight: { value: 70, unit: 'kg' } },
      protocol: 'magnesium-crps-collins-2009',
      session: 1,
      preparation: { containerVolume: { value: 5, unit: 'mL' } },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.issues.find((i) => i.code === 'container_too_small');
    expect(issue?.path).toEqual(['preparation', 'containerVolume']);
    expect(issue?.message).toContain('(9.8 mL)');
    expect(issue?.message).toContain('5 mL bag');
  });
});
