/** How far a bottle goes: priming, usable volume, whole sprays, whole doses and whole days. */
import { type Dec, dec } from '../decimal/index.js';
import type { NasalInput } from './input.js';

/** A bottle worked out for one dose; every count is floored, and the exact value kept beside it. */
export interface BottleSupply {
  /** `false` when the input did not state priming and none was counted. */
  readonly primingStated: boolean;
  /** {spray} */
  readonly priming: Dec;
  /** mL */
  readonly primingVolume: Dec;
  /** mL */
  readonly usableVolume: Dec;
  /** {spray}, before flooring */
  readonly spraysAvailableExact: Dec;
  /** {spray} */
  readonly spraysAvailable: Dec;
  /** {dose}, before flooring */
  readonly dosesExact: Dec;
  /** {dose} */
  readonly dosesPerBottle: Dec;
  /** {spray} */
  readonly leftoverSprays: Dec;
  /** mg */
  readonly amountInDoses: Dec;
  /** d, before flooring */
  readonly daysExact: Dec;
  /** d */
  readonly days: Dec;
}

/** Works out what a bottle gives at `spraysPerDose` (a whole number, at least 1). */
export function computeBottle(input: NasalInput, spraysPerDose: Dec): BottleSupply {
  const primingStated = input.primingActuations !== undefined;
  const priming = dec(input.primingActuations ?? 0);
  // mL = {spray} x mL/{spray}
  const primingVolume = priming.mul(input.actuationVolume);
  const usableVolume = input.bottleVolume.sub(primingVolume);
  // {spray} = floor(mL / (mL/{spray})): a part spray is not a spray.
  const spraysAvailableExact = usableVolume.gt(0) ? usableVolume.div(input.actuationVolume) : dec(0);
  const spraysAvailable = spraysAvailableExact.floor();
  // {dose} = floor({spray} / ({spray}/{dose}))
  const dosesExact = spraysAvailable.div(spraysPerDose);
  const dosesPerBottle = dosesExact.floor();
  const leftoverSprays = spraysAvailable.sub(dosesPerBottle.mul(spraysPerDose));
  // mg = {dose} x mg/{dose}
  const amountInDoses = dosesPerBottle.mul(input.dose);
  // d = floor({dose} / ({dose}/d))
  const daysExact = dosesPerBottle.div(input.dosesPerDay);
  const days = daysExact.floor();
  return {
    primingStated,
    priming,
    primingVolume,
    usableVolume,
    spraysAvailableExact,
    spraysAvailable,
    dosesExact,
    dosesPerBottle,
    leftoverSprays,
    amountInDoses,
    daysExact,
    days,
  };
}
