/** The public shape of a plan. Every number is a {@link Quantity}: a plain decimal string and a UCUM unit. */
import type { ProductCode, Severity, Source, WeightBasis } from '../catalogue/types.js';
import type { CheckCode } from './codes.js';
import type { LibraryVersion } from './library.js';
import type { Issue, Issues } from './issues.js';
import type { Quantity } from '../units/index.js';
import type { TitrationDecision } from '../catalogue/titration.js';

/** One safety rule as evaluated for this plan. */
export interface Check {
  /** Stable code of the rule's outcome, e.g. `dose_rate_above_soft_limit`. Acknowledge soft findings by it. */
  readonly code: CheckCode;
  /** The rule or limit id in the catalogue. */
  readonly rule: string;
  readonly severity: Severity;
  /** `true` when the plan is within the rule. A failed `info` check is a note, not a problem. */
  readonly passed: boolean;
  readonly agent?: string;
  readonly observed?: Quantity;
  readonly limit?: Quantity;
  readonly source?: Source;
  readonly message: string;
  /** For a failed soft check: the acknowledgement given in the input, if any. */
  readonly acknowledgement?: Omit<Acknowledgement, 'code'>;
}

/** An acknowledgement of a soft finding, as given and as the plan records it. */
export interface Acknowledgement {
  /** The code of the soft finding acknowledged. */
  readonly code: string;
  /** Why it is acceptable; recorded in the plan. */
  readonly reason: string;
  /** Who acknowledged it (a name or an identifier), as given. */
  readonly by?: string;
  /** When: `YYYY-MM-DD`, or an RFC 3339 date-time (`2026-11-28T09:30`, `2026-11-28T09:30:00Z`, `...+01:00`). */
  readonly at?: string;
}

/** A soft finding still waiting for an acknowledgement: acknowledge it by `code`, with a reason. */
export interface OpenFinding {
  readonly code: CheckCode;
  /** The first finding's message (one acknowledgement of a code clears every finding of that code). */
  readonly message: string;
  /** How many findings of this plan carry the code. */
  readonly count: number;
}

/**
 * The findings of a plan sorted by what they ask of a person: `warnings` need someone's eyes (every
 * failed soft finding, acknowledged or not); `notices` are information only (failed `info` checks:
 * for example a window counted conservatively, an acknowledgement that matched nothing);
 * `needsAcknowledgement` lists, one per code, the soft findings that still need an acknowledgement
 * before the plan is `ready` (empty exactly when the plan is ready).
 */
export interface Findings {
  readonly warnings: readonly Check[];
  readonly notices: readonly Check[];
  readonly needsAcknowledgement: readonly OpenFinding[];
}

/** One step of the working. */
export interface TraceStep {
  readonly step: string;
  readonly description: string;
  readonly formula?: string;
  readonly inputs?: Readonly<Record<string, Quantity | string>>;
  readonly result: Quantity | string;
  readonly rounding?: {
    readonly exact: Quantity;
    readonly increment: Quantity;
    readonly mode: string;
    readonly reason?: string;
  };
}

/** The dosing weight used, how it was chosen, and the weights behind it. */
export interface DosingWeight {
  readonly value: Quantity;
  readonly basis: WeightBasis;
  /** The basis the protocol or agent asks for (the rule may fall back to actual weight). */
  readonly requestedBasis: WeightBasis;
  readonly reason: string;
  readonly formula: string;
  readonly source: Source;
  readonly actual: Quantity;
  readonly ideal?: Quantity;
  readonly adjusted?: Quantity;
  readonly lean?: Quantity;
  readonly bmi?: Quantity;
}

/** A protocol cap and whether it bound. */
export interface CapOutcome {
  readonly id: string;
  readonly limit: Quantity;
  readonly bound: boolean;
  /** The value before the cap (in the cap's unit). */
  readonly uncapped: Quantity;
  readonly source: Source;
}

/** One agent's dose in the plan. */
export interface AgentDose {
  readonly agent: string;
  readonly name: string;
  /** The mass unit every quantity of this agent is shown in (UCUM; `ug` is displayed as mcg). The plan's values keep their own units. */
  readonly displayUnit: 'g' | 'mg' | 'ug';
  /** The dose as the protocol states it (or as the clinician chose it), in the protocol's units. */
  readonly prescribed: {
    readonly rate?: Quantity;
    readonly total?: Quantity;
    readonly duration?: Quantity;
    readonly loading?: Quantity;
    readonly from: Readonly<Record<string, 'protocol' | 'clinician' | 'titration'>>;
  };
  /** The amount ordered for the session after protocol caps, a loading dose included, before rounding to whole vials. */
  readonly orderedDose: { readonly total: Quantity };
  /** Ordered dose rate (mass per hour) after protocol caps: the maintenance rate, or the average over fixed-rate phases. */
  readonly doseRate: Quantity;
  /**
   * The session's dose as the plan gives it: the ordered dose, or, when the dose is rounded to whole
   * vials, what the vials in the bag hold (all of which the pump delivers). {@link AgentDose.orderedDose}
   * keeps the amount ordered.
   */
  readonly totalDose: Quantity;
  readonly caps: readonly CapOutcome[];
  /** What the patient receives from the bag as made up and the pump as set. */
  readonly delivered: {
    readonly doseRate: Quantity;
    readonly doseRatePerKg: Quantity;
    readonly totalDose: Quantity;
    readonly totalDosePerKg: Quantity;
  };
}

/** One product drawn into the bag or syringe. */
export interface Additive {
  readonly agent: string;
  /** The product drawn; `codes` are its catalogue codes (NDC ...), present only when the catalogue gives some. */
  readonly product: { readonly id: string; readonly name: string; readonly strength: Quantity; readonly codes?: readonly ProductCode[] };
  /** The amount the order calls for. */
  readonly orderedAmount: Quantity;
  /** The exact volume for that amount, before rounding to a measurable volume. */
  readonly exactVolume: Quantity;
  /** The volume to draw up, rounded to what a syringe measures. */
  readonly volume: Quantity;
  /** The amount actually added (volume x strength). */
  readonly amount: Quantity;
  readonly rounding: { readonly increment: Quantity; readonly mode: string; readonly roundedDownForLimit: boolean };
  /** Containers (vials or ampoules) to open; `null` when the product's container size is not in the data. */
  readonly containers: number | null;
  readonly containerVolume: Quantity | null;
  /**
   * Whole vials only: each vial size opened and how many (largest first). `product` above is the
   * largest size used; `containers` counts every vial.
   */
  readonly vials?: readonly { readonly product: { readonly id: string; readonly name: string }; readonly containerVolume: Quantity; readonly count: number }[];
  /** What is left in the opened containers: waste for single-use, remainder for multi-dose. */
  readonly leftover: { readonly volume: Quantity; readonly amount: Quantity; readonly kind: 'waste' | 'remains-in-multi-dose-vial' } | null;
}

/** The bag (or syringe) as made up. */
export interface Bag {
  readonly style: 'whole-bag' | 'standard-concentration';
  /** For a premix, `productId` and the product's catalogue `codes` (present only when the catalogue gives some). */
  readonly container: {
    readonly kind: 'bag' | 'syringe' | 'premix';
    readonly nominalVolume: Quantity;
    readonly productId?: string;
    readonly codes?: readonly ProductCode[];
  };
  readonly additives: readonly Additive[];
  readonly diluent: {
    readonly id: string;
    readonly name: string;
    readonly nominalVolume: Quantity;
    readonly overfill: Quantity;
    readonly overfillStated: boolean;
    /** Diluent withdrawn before adding the additive (the `withdraw-equal` method). */
    readonly withdrawn: Quantity;
    readonly volume: Quantity;
  } | null;
  readonly additiveVolume: 'add' | 'withdraw-equal' | null;
  readonly finalVolume: Quantity;
  readonly concentrations: readonly { readonly agent: string; readonly value: Quantity }[];
  /** Volume left in the container when the pump has given its volume to be infused. */
  readonly residualVolume: Quantity;
}

/** One constant-rate segment of the infusion. */
export interface RateSegment {
  /** `loading` (a loading dose), `maintenance`, or `phase` (one of a protocol's fixed-rate phases). */
  readonly kind: 'loading' | 'maintenance' | 'phase';
  readonly rate: Quantity;
  readonly duration: Quantity;
  readonly volume: Quantity;
  readonly doses: readonly { readonly agent: string; readonly amount: Quantity; readonly doseRate: Quantity }[];
}

/** Pump settings. */
export interface PumpSettings {
  /** The main (last) segment's rate as the order calls for it, before rounding. */
  readonly rateExact: Quantity;
  /** The main (last) segment's rate to set, rounded to the pump's increment. */
  readonly rate: Quantity;
  readonly increment: Quantity;
  readonly rounding: { readonly mode: string; readonly roundedDownForLimit: boolean };
  /** Volume to be infused over all segments. */
  readonly volumeToBeInfused: Quantity;
  /** Duration of all segments at their rounded rates (minutes). */
  readonly duration: Quantity;
  readonly durationOrdered: Quantity;
  readonly minRate: Quantity;
  readonly maxRate: Quantity;
  readonly segments: readonly RateSegment[];
}

/** A complete infusion plan. */
export interface Plan {
  /** The library (name and version) that made the plan. */
  readonly library: LibraryVersion;
  /** The catalogue that produced the plan, and the care area whose limits applied. */
  readonly catalogue: { readonly id: string; readonly version: string; readonly careArea?: string };
  readonly protocol: {
    readonly id: string;
    readonly version: string;
    readonly name: string;
    readonly indication: string;
    readonly source: Source;
  };
  readonly session: { readonly number: number; readonly of: number; readonly schedule: string };
  readonly patient: {
    readonly weight: Quantity;
    readonly height?: Quantity;
    readonly sex?: 'female' | 'male';
    readonly ageYears?: Quantity;
    /** Serum creatinine in mg/dL (converted from umol/L when given so). */
    readonly creatinine?: Quantity;
    /** Mosteller body-surface area, when height is given. */
    readonly bodySurfaceArea?: Quantity;
    /** Cockcroft-Gault creatinine clearance, when age, sex and creatinine are given. */
    readonly creatinineClearance?: Quantity;
  };
  readonly dosingWeight: DosingWeight;
  readonly agents: readonly AgentDose[];
  readonly bag: Bag;
  readonly pump: PumpSettings;
  readonly checks: readonly Check[];
  /** The acknowledgements given: the finding's code, why, and (when given) who and when. */
  readonly acknowledgements: readonly Acknowledgement[];
  readonly status: 'ready' | 'needs-acknowledgement';
  readonly notes: readonly { readonly kind: string; readonly text: string; readonly source: Source }[];
  /** Premedication and adjuncts the protocol gives with the infusion. */
  readonly adjuncts: readonly {
    readonly drug: string;
    readonly dose: Quantity | { readonly min: Quantity; readonly max: Quantity } | null;
    readonly route: 'IV' | 'PO';
    readonly when: string;
    readonly optional: boolean;
    readonly source: Source;
  }[];
  /** Pre-infusion requirements, and whether the input confirmed each (`null`: not stated). */
  readonly requirements: readonly { readonly id: string; readonly text: string; readonly confirmed: boolean | null; readonly source: Source }[];
  /** The titration engine's decision from the earlier sessions, when the protocol titrates. */
  readonly titration?: TitrationDecision;
  readonly trace: readonly TraceStep[];
}

/** The result of {@link planInfusion}: a plan, or the issues that stop one. */
export type PlanResult = ({ readonly ok: true; readonly plan: Plan } & Findings) | { readonly ok: false; readonly issues: Issues };

export type { Issue, Issues };
