// A planner takes only a catalogue this library validated (src/formulary/entry.ts,
// acceptCatalogue): a copy of the built-in catalogue that did not pass createCalculator is refused
// with one issue, word for word. The fuzz suite covers other values (tests/fuzz/hostile.test.ts);
// this is the exact case the mutation test set runs.
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, planInfusion } from '../support/untyped.js';

describe('a catalogue that was not validated', () => {
  it('is refused at the root, with how to get one that is', () => {
    const copy = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as unknown;
    const input = { patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 };
    expect(planInfusion(input, copy as never)).toEqual({
      ok: false,
      issues: [
        {
          code: 'catalogue_not_validated',
          path: [],
          message:
            'This catalogue was not validated by this library: pass BUILTIN_CATALOGUE, or create a calculator with createCalculator(catalogue) and plan with it.',
        },
      ],
    });
  });
});
