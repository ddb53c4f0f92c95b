/**
 * Issue 16 item 2: the patient and container stages on inputs in other units and at zero, each case
 * worked by hand. These pin decimal-method mutants of src/stages/patient.ts and
 * src/stages/features.ts that the stage subset did not tell apart (proof/decimal-mutants.json).
 */
import { describe, expect, it } from 'vitest';
import { planInfusion } from '../support/untyped.js';

const schwartzman = { protocol: 'ketamine-crps-schwartzman-2009', session: 1 };

describe('resolveBody through planInfusion', () => {
  it('a weight of exactly 0 kg is refused as not positive (0 is not above zero)', () => {
    const r = planInfusion({ ...schwartzman, patient: { weight: { value: 0, unit: 'kg' } } });
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(['weight_not_positive@patient.weight.value']);
  });

  it('a height of exactly 0 cm is refused as not positive', () => {
    const r = planInfusion({ ...schwartzman, patient: { weight: { value: 70, unit: 'kg' }, height: { value: 0, unit: 'cm' } } });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toContain('height_not_positive');
  });
});

describe('containerChoice through planInfusion', () => {
  it('an overfill given in litres is converted to mL (0.01 L x 1000 mL/L = 10 mL)', () => {
    const r = planInfusion({ ...schwartzman, patient: { weight: { value: 70, unit: 'kg' } }, preparation: { overfill: { value: 0.01, unit: 'L' } } });
    expect(r.ok && r.plan.bag.diluent?.overfill).toEqual({ value: '10', unit: 'mL' });
  });

  it('a container volume given in litres is converted to mL (0.25 L x 1000 mL/L = 250 mL)', () => {
    const r = planInfusion({ ...schwartzman, patient: { weight: { value: 70, unit: 'kg' } }, preparation: { containerVolume: { value: 0.25, unit: 'L' } } });
    expect(r.ok && r.plan.bag.diluent?.nominalVolume).toEqual({ value: '250', unit: 'mL' });
  });
});
