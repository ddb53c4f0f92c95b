// Issue 14 item 4: coded products. The expected codes are read off the reference by hand
// (shared/reference/clinical-dosing.md): ketamine "openFDA NDC records 0409-2051 (100 mg/mL x5 mL),
// 42023-113 Ketalar (10 mg/mL x20 mL), 55150-438 (10 mg/mL x20 mL)"; lidocaine "0338-0409 (Baxter
// 4 mg/mL x500 mL), 51662-1657 (8 mg/mL x250 mL), 0404-9888 (10 mg/mL)"; IVIG "44206-439 (Privigen
// 40 g/400 mL)"; pamidronate "61703-324 (3 mg/mL x10 mL), 67457-446 (9 mg/mL x10 mL)". The magnesium
// NDCs are not tied to a vial size or premix in the reference, so no magnesium product has a code.
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, planInfusion, toFhir } from '../../src/index.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const NDC = 'http://hl7.org/fhir/sid/ndc';
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'ketamine-100mg-ml-5ml': ['0409-2051'],
  'ketamine-10mg-ml-20ml': ['42023-113', '55150-438'],
  'lidocaine-4mg-ml-premix-500ml': ['0338-0409'],
  'lidocaine-8mg-ml-premix-250ml': ['51662-1657'],
  'lidocaine-10mg-ml': ['0404-9888'],
  'immune-globulin-privigen-10pct-40g-400ml': ['44206-439'],
  'pamidronate-3mg-ml-10ml': ['61703-324'],
  'pamidronate-9mg-ml-10ml': ['67457-446'],
};

const asJson = (): Json => JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
const issueCodes = (r: ReturnType<typeof createCalculator>): string[] => (r.ok ? [] : r.issues.map((i) => i.code));

describe('product codes in the built-in catalogue', () => {
  const products = BUILTIN_CATALOGUE.agents.flatMap((a) => a.products);

  it('are exactly the NDCs the reference ties to one product, and no other product has a code', () => {
    const coded = Object.fromEntries(products.filter((p) => p.codes !== undefined).map((p) => [p.id, (p.codes ?? []).map((c) => c.code)]));
    expect(coded).toEqual(EXPECTED);
    expect(products.filter((p) => p.agent === 'magnesium-sulfate' && p.codes !== undefined)).toEqual([]);
    // The reference gives no RxNorm concept and no agent-level code.
    expect(BUILTIN_CATALOGUE.agents.filter((a) => a.codes !== undefined)).toEqual([]);
  });

  it('each code is an NDC cited to the openFDA record the reference names, graded label', () => {
    for (const p of products) {
      for (const c of p.codes ?? []) {
        expect(c.system).toBe(NDC);
        expect(c.source.citation).toContain(`openFDA NDC ${c.code}`);
        expect([c.source.grade, c.source.verified]).toEqual(['label', true]);
      }
    }
  });
});

describe('product codes at the catalogue door', () => {
  const withCode = (code: unknown): Json => {
    const cat = asJson();
    const ket = cat['agents'].find((a: Json) => a['id'] === 'ketamine');
    ket['products'][0]['codes'] = [code];
    return cat;
  };
  const source = { citation: 'openFDA NDC 0409-2051', grade: 'label', verified: true };

  it('accepts an NDC as labeler-product or labeler-product-package, and an RxNorm concept', () => {
    expect(issueCodes(createCalculator(withCode({ system: NDC, code: '0409-2051', source })))).toEqual([]);
    expect(issueCodes(createCalculator(withCode({ system: NDC, code: '0409-2051-02', source })))).toEqual([]);
    expect(issueCodes(createCalculator(withCode({ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '6130', source })))).toEqual([]);
  });

  it.each([
    ['an NDC without the dash', { system: NDC, code: '04092051', source }],
    ['an NDC with a space', { system: NDC, code: '0409 2051', source }],
    ['an RxNorm id with letters', { system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: 'RX6130', source }],
    ['an unknown code system', { system: 'urn:local', code: '0409-2051', source }],
    ['a code without a source', { system: NDC, code: '0409-2051' }],
    ['an unknown key', { system: NDC, code: '0409-2051', source, display: 'x' }],
  ])('refuses %s', (_what, code) => {
    expect(issueCodes(createCalculator(withCode(code))).length).toBeGreaterThan(0);
  });
});

describe('product codes in the plan and in FHIR', () => {
  it('Schwartzman draws the 100 mg/mL vial: the additive carries 0409-2051 and FHIR codes the ingredient, not the bag', () => {
    const r = planInfusion({ patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.plan.bag.additives[0]?.product.codes?.map((c) => c.code)).toEqual(['0409-2051']);
    const f = toFhir(r.plan);
    if ('issues' in f) throw new Error(JSON.stringify(f.issues));
    const [med] = f.contained;
    expect(med.ingredient[0]?.itemCodeableConcept.coding).toEqual([{ system: NDC, code: '0409-2051' }]);
    // The bag of 98 mg in 100 mL is not the 100 mg/mL vial: Medication.code has text only.
    expect(med.code.coding).toBeUndefined();
  });

  it('a premix used as it is: the lidocaine 4 mg/mL bag is the coded product, so Medication.code carries 0338-0409', () => {
    const r = planInfusion({
      patient: { weight: { value: 70, unit: 'kg' }, height: { value: 170, unit: 'cm' }, sex: 'female' },
      protocol: 'lidocaine-perioperative-foo-2021',
      session: 1,
      dose: { duration: { value: 2, unit: 'h' } },
      preparation: { product: 'lidocaine-4mg-ml-premix-500ml' },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.plan.bag.container.codes?.map((c) => c.code)).toEqual(['0338-0409']);
    const f = toFhir(r.plan);
    if ('issues' in f) throw new Error(JSON.stringify(f.issues));
    expect(f.contained[0].code.coding).toEqual([{ system: NDC, code: '0338-0409' }]);
  });

  it('a product without a code leaves the plan without a codes key (magnesium 50% vial)', () => {
    const r = planInfusion({ patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'magnesium-crps-collins-2009', session: 1 });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect('codes' in (r.plan.bag.additives[0]?.product ?? {})).toBe(false);
  });
});
