/** The public shapes of a nasal-spray plan and its result. */
import type { Source } from '../catalogue/types.js';
import type { Acknowledgement, Check, Findings, TraceStep } from '../types/plan.js';
import type { Issues } from '../types/issues.js';
import type { LibraryVersion } from '../types/library.js';
import type { Quantity } from '../units/index.js';

/** A nasal-spray plan. Every number is a {@link Quantity}: a plain decimal string and a UCUM unit. */
export interface NasalSprayPlan {
  /** The data set the plan used. */
  /** The library (name and version) that made the plan. */
  readonly library: LibraryVersion;
  readonly data: { readonly id: 'ketamine-nasal'; readonly version: string };
  readonly agent: { readonly id: 'ketamine'; readonly name: string; readonly route: 'nasal' };
  /** Concentration of the dispensed spray, in mg/mL. */
  readonly concentration: Quantity;
  /** Volume one actuation delivers, in mL (from the input: no default, see `NASAL_UNSOURCED`). */
  readonly actuationVolume: Quantity;
  /** mg in one spray: concentration x actuation volume (`mg/{spray}`). */
  readonly mgPerSpray: Quantity;
  /** mg per administration: a whole number of sprays, so exactly what the pump delivers. */
  readonly dose: Quantity;
  readonly spraysPerDose: Quantity;
  /** How the sprays of one dose are split between the nostrils (alternating). */
  readonly nostrils: { readonly first: Quantity; readonly second: Quantity; readonly instruction: string };
  readonly dosesPerDay: Quantity;
  readonly spraysPerDay: Quantity;
  /** mg per day: dose x doses per day (`mg/d`). */
  readonly dailyDose: Quantity;
  /** The prescriber's stated maximum per day (`mg/d`). */
  readonly maxDailyDose: Quantity;
  readonly bottle: {
    readonly volume: Quantity;
    readonly primingActuations: Quantity;
    /** `false` when the input did not state priming and none was counted. */
    readonly primingStated: boolean;
    readonly primingVolume: Quantity;
    readonly usableVolume: Quantity;
    /** Whole sprays left after priming. */
    readonly spraysAvailable: Quantity;
    /** Whole doses in the bottle after priming. */
    readonly dosesPerBottle: Quantity;
    /** Sprays left over that do not make a whole dose. */
    readonly leftoverSprays: Quantity;
    /** mg delivered by all whole doses in the bottle. */
    readonly amountInDoses: Quantity;
    /** Whole days of full dosing the bottle covers. */
    readonly daysPerBottle: Quantity;
    /** Doses per bottle / doses per day, not rounded (6 places at most). */
    readonly daysPerBottleExact: Quantity;
  };
  readonly checks: readonly Check[];
  readonly acknowledgements: readonly Acknowledgement[];
  /** `needs-acknowledgement` while a failed soft check has no acknowledgement with a reason. */
  readonly status: 'ready' | 'needs-acknowledgement';
  readonly notes: readonly { readonly kind: string; readonly text: string; readonly source: Source }[];
  readonly trace: readonly TraceStep[];
}

/** The result of {@link planNasalSpray}: a plan, or the coded issues that stop one. */
export type NasalSprayResult = ({ readonly ok: true; readonly spray: NasalSprayPlan } & Findings) | { readonly ok: false; readonly issues: Issues };
