// Issue 12 item 1: a vial and a diluent chosen for a protocol of ready-to-use premixes threw a
// DecimalError (the protocol states no concentration to dilute to). It is a coded refusal now.
import { describe, expect, it } from 'vitest';
import { planInfusion } from '../support/untyped.js';

const adult = { weight: { value: 70, unit: 'kg' }, height: { value: 170, unit: 'cm' }, sex: 'male', ageYears: 50, creatinine: { value: 1, unit: 'mg/dL' } };

describe('a vial and a diluent on a premix protocol', () => {
  it('refuses lidocaine 10 mg/mL + saline on the Foo 2021 premix protocol with preparation_invalid at preparation.diluent', () => {
    const r = planInfusion({
      patient: adult,
      protocol: 'lidocaine-perioperative-foo-2021',
      session: 1,
      dose: { duration: { value: 1, unit: 'h' } },
      preparation: { product: 'lidocaine-10mg-ml', diluent: 'sodium-chloride-0.9' },
    });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['preparation_invalid', 'preparation.diluent']]);
    // The message names the product and says what to do instead.
    expect(r.ok ? '' : r.issues[0]?.message).toBe(
      "This protocol uses ready-to-use premixes and states no concentration to make up a bag at; Lidocaine 1% (10 mg/mL), preservative-free cannot be diluted for it. Choose one of the protocol's premixes, or leave out the diluent.",
    );
  });

  it('refuses zoledronic acid 0.8 mg/mL + dextrose 5% on the 5 mg premix protocol the same way', () => {
    const r = planInfusion({
      patient: adult,
      protocol: 'zoledronic-acid-crps-5mg',
      session: 1,
      dose: { duration: { value: 30, unit: 'min' } },
      preparation: { product: 'zoledronic-acid-0.8mg-ml-5ml', diluent: 'dextrose-5' },
    });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['preparation_invalid', 'preparation.diluent']]);
  });
});
