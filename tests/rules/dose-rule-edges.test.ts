/**
 * Issue 16 item 2: the label-maximum rule and the creatinine-clearance bands at their edges, worked by
 * hand. These pin decimal-method mutants of src/rules/dose-rules.ts (proof/decimal-mutants.json).
 */
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal/index.js';
import { bandFor } from '../../src/rules/dose-rules.js';
import { planInfusion } from '../support/untyped.js';

const goebel = (rate: number, risks: string[]) =>
  planInfusion({
    patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male', risks },
    protocol: 'ivig-crps-goebel-2010',
    session: 1,
    dose: { rate: { value: rate, unit: 'mg/kg/min' } },
  });

describe("a clinician's rate exactly at the label's maximum is within it", () => {
  it('Privigen: 8 mg/kg/min (not at risk) and 2 mg/kg/min (at risk) plan; 2.1 mg/kg/min at risk is refused', () => {
    // The label's maximum is 8 mg/kg/min, 2 at risk of thrombosis (Privigen PI); findings in the agent's unit, g.
    const at = goebel(8, []);
    expect(at.ok && at.plan.checks.filter((c) => c.code === 'rate_above_label_maximum').map((c) => [c.passed, c.observed?.value])).toEqual([[true, '0.008']]);
    const atRisk = goebel(2, ['thrombosis']);
    expect(atRisk.ok && atRisk.plan.checks.filter((c) => c.code === 'rate_above_label_maximum').map((c) => [c.passed, c.observed?.value])).toEqual([
      [true, '0.002'],
    ]);
    const over = goebel(2.1, ['thrombosis']);
    expect(over.ok ? [] : over.issues.map((i) => i.code)).toEqual(['rate_above_label_maximum']);
  });
});

describe('bandFor: an exclusive lower edge', () => {
  const bands = {
    bands: [{ max: '30' }, { min: '30', max: '60', dose: '3' }, { min: '60', minExclusive: true, dose: '4' }],
    unit: 'mg',
    weight: 'actual',
    source: { citation: 'test bands', grade: 'label', verified: true },
  } as const;
  // As the prepared protocol holds them (src/prepare/exact.ts): each band with its bounds as decimals.
  const exact = bands.bands.map((band) => ({
    band,
    min: 'min' in band ? dec(band.min) : undefined,
    max: 'max' in band ? dec(band.max) : undefined,
  }));

  it('a clearance equal to an exclusive minimum is not in that band; just above it is', () => {
    // 60 < 60 is false for max '60' (not inclusive) and 60 > 60 is false for the exclusive band: no band.
    expect(bandFor(exact, dec(60))).toBeUndefined();
    expect(bandFor(exact, dec('60.1'))?.band.dose).toBe('4');
    expect(bandFor(exact, dec('59.9'))?.band.dose).toBe('3');
  });
});
