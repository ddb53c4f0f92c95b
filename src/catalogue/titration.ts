/**
 * The data shape of a protocol's titration rule: how the next session's dose follows from the
 * earlier sessions' doses, responses and adverse events. A rule is data with provenance; the one
 * engine that reads it is src/titration/decide.ts.
 */
import type { Source } from './types.js';
import type { Quantity } from '../units/index.js';

/** A number in a stated unit with the source it comes from. */
export interface SourcedQuantity {
  readonly value: string;
  readonly unit: string;
  readonly source: Source;
}

/** How a response is judged from the last session. */
export const RESPONSE_KINDS = ['relief-percent', 'nrs-drop'] as const;
/**
 * `relief-percent`: relief >= `threshold` %, from the session's recorded `reliefPercent`, or else
 * worked out from pain before and after: % = (before - after) / before x 100.
 * `nrs-drop`: pain before - pain after >= `threshold` points on the 0-10 scale.
 */
export type ResponseKind = (typeof RESPONSE_KINDS)[number];

/** The response criterion of a rule. */
export interface ResponseCriterion {
  readonly kind: ResponseKind;
  /** Plain decimal string: percent for `relief-percent`, NRS points for `nrs-drop`. */
  readonly threshold: string;
  /**
   * `true`: only the clinician's recorded `reliefPercent` counts; pain scores are never used. For a
   * response measure that is not pain (a MADRS reduction in depression). Absent: `false`.
   */
  readonly recordedOnly?: boolean;
  readonly source: Source;
}

/**
 * A protocol's titration rule (to be added to `Protocol` as `titration`). Each number carries its
 * own source; `source` is the rule as a whole.
 */
export interface TitrationRule {
  /** Which dose parameter of the protocol is titrated. */
  readonly param: 'rate' | 'total';
  /** Escalation step, in a unit of the same kind as the protocol parameter. */
  readonly step: SourcedQuantity;
  /** Step down after a moderate adverse event; absent: `step` is used. */
  readonly stepDown?: SourcedQuantity;
  readonly response: ResponseCriterion;
  /** Stop as futile after this many sessions in a row without a response (a whole number >= 1). */
  readonly futilityAfter?: number;
  /** Where `futilityAfter` comes from; present whenever it is. */
  readonly futilitySource?: Source;
  /** First-session dose; absent: the protocol's own value (or the clinician's) applies. */
  readonly start?: SourcedQuantity;
  readonly source: Source;
}

/** What the engine decides for the next session. */
export const TITRATION_DECISIONS = /* @__PURE__ */ Object.freeze(['start', 'escalate', 'hold', 'step-down', 'stop-severe', 'stop-futile'] as const);
/** A decision from {@link TITRATION_DECISIONS}. */
export type TitrationDecisionKind = (typeof TITRATION_DECISIONS)[number];

/** Stable ids of the engine's rules, one per branch (API, like issue codes). */
export const TITRATION_RULE_IDS = /* @__PURE__ */ Object.freeze([
  'titration.start',
  'titration.stop-severe',
  'titration.hold-after-severe-cleared',
  'titration.step-down-moderate',
  'titration.hold-response',
  'titration.stop-futile',
  'titration.hold-response-not-assessed',
  'titration.hold-at-maximum',
  'titration.escalate',
] as const);
/** A rule id from {@link TITRATION_RULE_IDS}. */
export type TitrationRuleId = (typeof TITRATION_RULE_IDS)[number];

/** The next session's dose and why. No decimal.js type: values are plain decimal strings. */
export interface TitrationDecision {
  readonly decision: TitrationDecisionKind;
  /** Which protocol parameter `dose` is for. */
  readonly param: 'rate' | 'total';
  /**
   * The next dose in the protocol parameter's unit. Absent for a stop, and for a start without a
   * rule start dose (the protocol's own value, or the clinician's, applies).
   */
  readonly dose?: Quantity;
  /** The last dose given (in the protocol parameter's unit), when the decision used one. */
  readonly lastDose?: Quantity;
  /** Set when a bound changed the dose: the protocol maximum, or the start as the step-down floor. */
  readonly bound?: 'maximum' | 'start';
  readonly rule: TitrationRuleId;
  /** Prose that cites the numbers used. */
  readonly reason: string;
  /** Whether the last session met the response criterion. */
  readonly responded: boolean;
  /** Assessed sessions since the last response (sessions whose response could not be judged are skipped). */
  readonly sessionsWithoutResponse: number;
  /** Sources of the rule parts the decision used. */
  readonly sources: readonly Source[];
}
