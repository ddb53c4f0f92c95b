/**
 * What a plan's rules judged, in exact values, for a path that re-judges the same agent in another
 * setting (a combination bag) with the same rules instead of reading the public plan back.
 */
import type { Dec } from '../decimal/index.js';
import type { Limit } from '../catalogue/types.js';
import type { CapInForce } from '../checks/caps.js';
import type { PumpRange } from '../checks/pump-range.js';
import type { Preparation } from '../compounding/prepare.js';
import type { WindowTotal } from './window.js';

/** The exact facts behind one agent's plan. */
export interface ComponentFacts {
  readonly agent: string;
  readonly dosingWeightKg: Dec;
  /** Every ceiling on the dose rate in mg/h that rounding must not cross: caps, upper limits, protocol maxima. */
  readonly rateCeilingsMgH: readonly Dec[];
  /** The agent's limits in force in the care area (conditions are judged against `risks`). */
  readonly limits: readonly Limit[];
  readonly risks: ReadonlySet<string>;
  readonly caps: readonly CapInForce[];
  readonly pumpRange: PumpRange;
  readonly increment: Dec;
  /** The amount in the bag in mg. */
  readonly amountMg: Dec;
  readonly durationH: Dec;
  /** The shortest durations (h) its limits and protocol allow: rounding the shared rate up must not undercut them. */
  readonly minDurationsH: readonly Dec[];
  /** The agent's own bag, exact: its diluent, the volume drawn and how it was added. */
  readonly prep: Preparation;
  /** Each windowed limit's earlier sessions (by limit id), as its own plan counted them. */
  readonly windows: ReadonlyMap<string, WindowTotal>;
}
