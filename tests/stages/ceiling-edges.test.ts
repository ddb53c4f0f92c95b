/**
 * Issue 16 item 3: the two realistic bugs the quick tests once missed (proof/bugs.json), each pinned
 * by a hand-worked case.
 * - A value landing exactly on a ceiling is not crossing it (`gt`, not `gte`, in crossesNewCeiling).
 * - The loading dose is taken off a session-dose ceiling before the maintenance volume is rounded.
 */
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal/index.js';
import type { ExactProtocol } from '../../src/prepare/exact.js';
import { crossesNewCeiling, roundWithCeiling } from '../../src/compounding/measurable.js';
import type { Preparation } from '../../src/compounding/prepare.js';
import { programPump } from '../../src/stages/pump-program.js';
import { runSegments } from '../../src/pump/settings.js';

describe('a value exactly on a ceiling does not cross it', () => {
  it('crossesNewCeiling: 10 against a ceiling of 10 is not a crossing; 10.1 is', () => {
    expect(crossesNewCeiling(dec(10), dec('9.96'), [dec(10)])).toBe(false);
    expect(crossesNewCeiling(dec('10.1'), dec('9.96'), [dec(10)])).toBe(true);
  });

  it('roundWithCeiling keeps the nearest increment when it lands exactly on the ceiling', () => {
    // 9.96 to the nearest 0.1 is 10.0, which equals the ceiling of 10: not above it, so it stays
    // 10 (halfExpand), not the 9.9 a needless round-down would give.
    const r = roundWithCeiling(dec('9.96'), dec('0.1'), (c, x) => crossesNewCeiling(c, x, [dec(10)]));
    expect(r.value.toString()).toBe('10');
    expect(r.mode).toBe('halfExpand');
    expect(r.roundedDownForLimit).toBe(false);
  });
});

describe('the loading dose comes off a session-dose ceiling', () => {
  // 100 mg in 250 mL = 0.4 mg/mL, made up as a standard concentration (a volume per segment).
  const conc = { mg: dec(100), ml: dec(250) };
  const prep: Preparation = {
    style: 'standard-concentration',
    containerKind: 'bag',
    nominalMl: dec(250),
    additive: null,
    diluent: null,
    additiveVolume: null,
    finalMl: dec(250),
    concentration: conc,
    concentrationMgPerMl: dec('0.4'),
  };
  // Only the phases and the shortest duration of the protocol are read here; neither is set.
  const exact = { phases: undefined, durationMinH: undefined } as unknown as ExactProtocol;

  it('rounds the maintenance volume down when rounding up would pass the ceiling left after the loading dose', () => {
    const plan = programPump({
      exact,
      limitsInForce: [],
      prep,
      ordered: { rateMgH: dec(20), totalMg: dec('29.98'), durationH: dec('1.499'), caps: [] },
      loading: { mg: dec(10), durationH: dec('0.25'), ceilings: [] },
      loadingMg: dec(10),
      ramp: undefined,
      rate: undefined,
      W: dec(70),
      ceilings: { rate: [], total: [dec('39.99')] },
      increment: dec('0.1'),
    });
    // Loading: 10 mg / 0.4 mg/mL = 25 mL, at 25 mL / 0.25 h = 100 mL/h.
    expect(plan.segments[0]?.volumeMl.toString()).toBe('25');
    expect(plan.segments[0]?.rate.value.toString()).toBe('100');
    // Maintenance: 29.98 mg / 0.4 mg/mL = 74.95 mL; to the nearest 0.1 mL that is 75 mL = 30 mg.
    // The ceiling left after the loading dose is 39.99 - 10 = 29.99 mg; 30 mg would pass it and the
    // exact 29.98 mg does not, so the volume rounds down: 74.9 mL x 0.4 mg/mL = 29.96 mg.
    expect(plan.main.volumeMl.toString()).toBe('74.9');
    expect(plan.main.volume?.mode).toBe('floor');
    expect(plan.main.volume?.roundedDownForLimit).toBe(true);
    // Session: 10 + 29.96 = 39.96 mg, under the 39.99 mg ceiling (75 mL would give 40 mg, over it).
    expect(plan.deliveredMg.toString()).toBe('39.96');
  });
});

describe('bug pump-volume-past-remaining: a segment never infuses more than the container holds', () => {
  it('a stated 300 mL from a 250 mL bag infuses the 250 mL there are, over 5 h at 50 mL/h', () => {
    // 100 mg in 250 mL = 0.4 mg/mL. 300 mL is more than the 250 mL left: rounding to 0.1 mL cannot
    // bring it under, so the volume is what is left, 250 mL; 250 mL / 50 mL/h = 5 h; 250 x 0.4 = 100 mg.
    const plan = runSegments([{ kind: 'maintenance', rateExact: dec(50), volumeExact: dec(300) }], { mg: dec(100), ml: dec(250) }, dec('0.1'), dec(250));
    expect(plan.main.volumeMl.toString()).toBe('250');
    expect(plan.durationH.toString()).toBe('5');
    expect(plan.deliveredMg.toString()).toBe('100');
  });
});
