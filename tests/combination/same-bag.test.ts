// Why components cannot share one bag (src/plan/combination-parts.ts sameBagIssues), word for word:
// a component that is not a whole bag made up from a vial, another duration or diluent, and the same
// agent twice. Each is a refusal with its own path.
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, planCombination } from '../support/untyped.js';
import { ketamineMagnesiumBag } from '../support/orders.js';

const patient = { weight: { value: 70, unit: 'kg' } };
const clinic = { protocol: 'ketamine-clinic-course-2x3', dose: { rate: { value: 0.3, unit: 'mg/kg/h' } } };
const issuesOf = (components: object[]) => {
  const r = planCombination({ patient, session: 1, components, preparation: { containerVolume: { value: 250, unit: 'mL' } } });
  return r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.'), i.message]);
};

describe('components that cannot share one bag', () => {
  it('the same agent twice: ketamine from two protocols, both 4 h in sodium chloride 0.9%', () => {
    expect(issuesOf([clinic, { protocol: 'ketamine-crps-schwartzman-2009' }])).toEqual([
      ['combination_duplicate_agent', 'components', 'Each agent may appear once in a combination bag.'],
    ]);
  });

  it('another duration: Brill magnesium runs 30 min, the clinic ketamine 4 h = 240 min', () => {
    expect(issuesOf([clinic, { protocol: 'magnesium-phn-brill-2002' }])).toEqual([
      [
        'combination_mismatch',
        'components.1.protocol',
        'magnesium-phn-brill-2002 runs 30 min in sodium-chloride-0.9; ketamine-clinic-course-2x3 runs 240 min in sodium-chloride-0.9. One bag needs one duration and one diluent.',
      ],
    ]);
  });

  it('not a whole bag from a vial: Sanacora ketamine', () => {
    expect(issuesOf([clinic, { protocol: 'ketamine-depression-sanacora-2017' }]).filter(([code]) => code === 'combination_not_whole_bag')).toEqual([
      [
        'combination_not_whole_bag',
        'components.1.protocol',
        'ketamine-depression-sanacora-2017 does not make up a whole bag from a vial, so it cannot share one.',
      ],
    ]);
  });

  it('a component that is not a bag is not what the others are compared with: the first whole bag is', () => {
    // IVIG runs neat from its vials (no diluent, 500 min); before, the Brill magnesium was compared
    // with it and the message read "runs 500 min in undefined". Now IVIG is refused as not a bag, and
    // Brill (30 min) is compared with the clinic ketamine, the first whole bag (240 min).
    const r = planCombination({
      patient: { ...patient, height: { value: 175, unit: 'cm' }, sex: 'male' },
      session: 1,
      components: [{ protocol: 'ivig-crps-goebel-2010' }, clinic, { protocol: 'magnesium-phn-brill-2002' }],
      preparation: { containerVolume: { value: 250, unit: 'mL' } },
    });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.'), i.message])).toEqual([
      ['combination_not_whole_bag', 'components.0.protocol', 'ivig-crps-goebel-2010 does not make up a whole bag from a vial, so it cannot share one.'],
      [
        'combination_mismatch',
        'components.2.protocol',
        'magnesium-phn-brill-2002 runs 30 min in sodium-chloride-0.9; ketamine-clinic-course-2x3 runs 240 min in sodium-chloride-0.9. One bag needs one duration and one diluent.',
      ],
    ]);
    // IVIG with one whole bag: only IVIG is refused.
    const two = planCombination({
      patient: { ...patient, height: { value: 175, unit: 'cm' }, sex: 'male' },
      session: 1,
      components: [{ protocol: 'ivig-crps-goebel-2010' }, { protocol: 'magnesium-phn-brill-2002' }],
    });
    expect(two.ok ? [] : two.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['combination_not_whole_bag', 'components.0.protocol']]);
  });
});

// Written from the Stryker survivors of src/plan: the shared bag's own volume check, which no
// component's plan can make (each fits the bag alone).
describe('a bag too small for the components together', () => {
  it('ketamine 33.8 mL and magnesium 18.2 mL fit a 50 mL bag each, not together (52 mL)', () => {
    // 130 kg: ketamine 0.65 mg/kg/h x 130 = 84.5 mg/h x 4 h = 338 mg = 33.8 mL of 10 mg/mL;
    // magnesium 70 mg/kg x 130 = 9100 mg = 18.2 mL of 500 mg/mL (9.1 g / 50 mL = 0.182 g/mL, under
    // its 0.2 g/mL ceiling); 33.8 + 18.2 = 52 mL > 50 mL.
    const order = ketamineMagnesiumBag();
    const r = planCombination({
      ...order,
      patient: { weight: { value: 130, unit: 'kg' } },
      components: [{ ...order.components[0], product: 'ketamine-10mg-ml-20ml', dose: { rate: { value: 0.65, unit: 'mg/kg/h' } } }, order.components[1]],
      preparation: { containerVolume: { value: 50, unit: 'mL' } },
    } as typeof order);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.message])).toEqual([['container_too_small', 'The additives (52 mL) are more than the 50 mL bag.']]);
  });
});

describe('one diluent for one bag', () => {
  it('a ketamine protocol made up in dextrose 5% and magnesium in sodium chloride 0.9% cannot share a bag', () => {
    // No built-in pair differs in diluent alone: an institution's copy of the clinic course in D5W.
    const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as { protocols: { id: string; preparation: { diluent?: string } }[] };
    const clinicD5 = JSON.parse(JSON.stringify(cat.protocols.find((p) => p.id === 'ketamine-clinic-course-2x3'))) as (typeof cat.protocols)[number];
    clinicD5.id = 'ketamine-clinic-course-d5w';
    clinicD5.preparation.diluent = 'dextrose-5';
    cat.protocols.push(clinicD5);
    const made = createCalculator(cat);
    if (!made.ok) throw new Error(JSON.stringify(made.issues));
    const order = ketamineMagnesiumBag();
    const r = planCombination(
      { ...order, components: [{ ...order.components[0], protocol: 'ketamine-clinic-course-d5w' }, order.components[1]] },
      made.calculator.catalogue,
    );
    // Both run 4 h = 240 min; only the diluent differs.
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'combination_mismatch',
        ['components', 1, 'protocol'],
        'magnesium-crps-collins-2009 runs 240 min in sodium-chloride-0.9; ketamine-clinic-course-d5w runs 240 min in dextrose-5. One bag needs one duration and one diluent.',
      ],
    ]);
  });
});
