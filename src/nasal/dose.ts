/** The dose as sprays: mg per spray, sprays per dose, the nostril split and the amount per day. */
import type { Dec } from '../decimal/index.js';
import type { NasalInput } from './input.js';

/** The ordered dose worked out in sprays. */
export interface SprayDose {
  /** mg/{spray} */
  readonly mgPerSpray: Dec;
  /** {spray}: the dose divided by mg per spray, not rounded. */
  readonly spraysExact: Dec;
  /** `true` when the dose is a whole number of sprays, so the pump can deliver it. */
  readonly whole: boolean;
  /** mg/d */
  readonly dailyDose: Dec;
}

/** Works out the ordered dose in sprays and per day; nothing is rounded. */
export function computeSprayDose(input: NasalInput): SprayDose {
  // mg/{spray} = mg/mL x mL/{spray}
  const mgPerSpray = input.concentration.mul(input.actuationVolume);
  // {spray} = mg / (mg/{spray}); a dose must be a whole number of sprays.
  const spraysExact = input.dose.div(mgPerSpray);
  const whole = input.dose.mod(mgPerSpray).isZero();
  // mg/d = mg/{dose} x {dose}/d
  const dailyDose = input.dose.mul(input.dosesPerDay);
  return { mgPerSpray, spraysExact, whole, dailyDose };
}

/** The sprays of one dose split between the nostrils, in {spray}. */
export interface NostrilSplit {
  readonly first: Dec;
  readonly second: Dec;
}

/** Alternates nostrils; an odd count puts the extra spray in the first nostril. */
export function splitNostrils(spraysPerDose: Dec): NostrilSplit {
  return { first: spraysPerDose.div(2).ceil(), second: spraysPerDose.div(2).floor() };
}
