/**
 * Pump settings from the made-up container: the exact rate, the rate rounded to the pump's
 * increment (never across a dose ceiling), the volume to be infused and the resulting duration.
 * Base units: mL, mL/h, h, mg.
 */
import { type Dec, dec } from '../decimal/index.js';
import type { Preparation } from '../compounding/prepare.js';
import { type SafeRounding, roundWithCeiling } from '../compounding/measurable.js';

/** Default rate increment of the pump, mL/h. */
export const DEFAULT_RATE_INCREMENT = '0.1';
/** Resolution of the volume to be infused, mL. */
export const VTBI_INCREMENT = '0.1';

/** Pump settings in base units. */
export interface PumpPlan {
  readonly rateExact: Dec;
  readonly rate: SafeRounding;
  readonly vtbiExact: Dec;
  readonly vtbi: SafeRounding | null;
  readonly vtbiMl: Dec;
  readonly durationH: Dec;
  /** Delivered dose rate at the rounded rate, mg/h = mL/h x mg/mL. */
  readonly deliveredRateMgH: Dec;
  /** Delivered dose, mg = mL x mg/mL. */
  readonly deliveredMg: Dec;
}

/**
 * Sets the pump. Whole-bag: the whole final volume over the ordered duration. Standard
 * concentration: the ordered dose's volume at the ordered dose rate.
 */
export function setPump(
  prep: Preparation,
  ordered: { rateMgH: Dec; totalMg: Dec; durationH: Dec },
  increment: Dec,
  maxRateMgH: Dec | undefined,
  maxTotalMg: Dec | undefined,
): PumpPlan {
  const conc = prep.concentrationMgPerMl;
  let vtbiExact: Dec;
  let vtbi: SafeRounding | null = null;
  let vtbiMl: Dec;
  let rateExact: Dec;
  if (prep.style === 'whole-bag') {
    vtbiExact = prep.finalMl;
    vtbiMl = prep.finalMl;
    // mL/h = mL / h
    rateExact = vtbiMl.div(ordered.durationH);
  } else if (prep.additive !== null && prep.diluent === null) {
    // A neat syringe holds exactly the dose: infuse all of it.
    vtbiExact = prep.finalMl;
    vtbiMl = prep.finalMl;
    // mL/h = (mg/h) / (mg/mL)
    rateExact = ordered.rateMgH.div(conc);
  } else {
    // mL = mg / (mg/mL), rounded to the pump's volume resolution, never past the dose ceiling or the container.
    vtbiExact = ordered.totalMg.div(conc);
    vtbi = roundWithCeiling(vtbiExact, dec(VTBI_INCREMENT), (ml) =>
      ml.gt(prep.finalMl) || (maxTotalMg !== undefined && ml.mul(conc).gt(maxTotalMg)),
    );
    vtbiMl = vtbi.value;
    rateExact = ordered.rateMgH.div(conc);
  }
  const rate = roundWithCeiling(rateExact, increment, (r) => maxRateMgH !== undefined && r.mul(conc).gt(maxRateMgH));
  // h = mL / (mL/h); a zero rate is refused by the pump-range check before this is reported.
  const durationH = rate.value.gt(0) ? vtbiMl.div(rate.value) : dec(0);
  return {
    rateExact,
    rate,
    vtbiExact,
    vtbi,
    vtbiMl,
    durationH,
    deliveredRateMgH: rate.value.mul(conc),
    deliveredMg: vtbiMl.mul(conc),
  };
}
