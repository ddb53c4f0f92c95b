/**
 * Found while reviewing Stryker's survivors of src/rules/bag-rules.ts (the `a.wholeVials?.` of
 * wholeVialsChecks and vialList's fallback, which no built-in plan reaches): a protocol with a
 * wholeVials rule whose preparation adds a diluent passed catalogue validation, but whole vials are
 * drawn only for a neat standard concentration (src/compounding/standard.ts). In the diluted bag the
 * amount was rounded to 0.1 mL instead and the plan said "The dose is rounded to whole vials: 2 x
 * ... 10 mL vial = 5.85 g" (two 10 mL vials hold 10 g), or said nothing when the volume was exact:
 * the protocol's rule was silently not applied. Validation now refuses such a catalogue.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator } from '../support/untyped.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The built-in catalogue with Goebel's wholeVials rule copied onto a protocol chosen by `id`, its preparation changed by `edit`. */
function withWholeVials(id: string, edit: (prep: Json) => void = () => undefined) {
  const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
  const protocols = cat['protocols'] as Json[];
  const goebel = protocols.find((p) => p['id'] === 'ivig-crps-goebel-2010') as Json;
  const index = protocols.findIndex((p) => p['id'] === id);
  const target = protocols[index] as Json;
  target['wholeVials'] = goebel['wholeVials'];
  edit(target['preparation'] as Json);
  return { made: createCalculator(cat), index };
}

describe('a wholeVials rule needs a neat standard concentration', () => {
  it('Collins magnesium (500 mg/mL vials made up in NS) with a wholeVials rule: refused as preparation_invalid', () => {
    const { made, index } = withWholeVials('magnesium-crps-collins-2009');
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(made.issues.filter((i) => i.code === 'preparation_invalid')).toEqual([
      {
        code: 'preparation_invalid',
        path: ['protocols', index, 'wholeVials'],
        message:
          'Protocol magnesium-crps-collins-2009: whole vials are drawn only for a standard concentration given neat (no diluent); remove wholeVials or the diluent.',
      },
    ]);
  });

  it('Goebel with a diluent added to its neat IVIG: refused the same way', () => {
    // The diluted standard concentration also needs its concentration, else a second, older refusal.
    const { made, index } = withWholeVials('ivig-crps-goebel-2010', (prep) => {
      prep['diluent'] = 'sodium-chloride-0.9';
      prep['concentration'] = '50';
    });
    expect(made.ok ? [] : made.issues.filter((i) => i.code === 'preparation_invalid').map((i) => i.path)).toEqual([['protocols', index, 'wholeVials']]);
  });

  it('Goebel and Jann as built (neat, no diluent) still validate and plan', () => {
    const { made } = withWholeVials('ivig-dpn-jann-2020');
    expect(made.ok ? [] : made.issues).toEqual([]);
  });
});
