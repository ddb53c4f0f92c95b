/**
 * The shapes of the catalogue's clinical data: agents, products, limits and protocols.
 * Every number in these records is a string in a stated unit and carries a {@link Source}.
 */

import type { TitrationRule } from './titration.js';
import type { CitedPattern } from './schedule-pattern.js';

export { PATTERN_KINDS } from './schedule-pattern.js';
export type {
  CitedPattern,
  ConsecutiveDaysRepeatedPattern,
  DailyPattern,
  EveryNDaysPattern,
  MonthlyPattern,
  PatternCitation,
  PatternKind,
  PhasePattern,
  SchedulePattern,
  TaperPattern,
  TwiceWeeklyPattern,
  WeeklyPattern,
} from './schedule-pattern.js';

/** Evidence grades, as in the project's reference data. */
export const EVIDENCE_GRADES = Object.freeze(['label', 'guideline', 'RCT', 'obs', 'review', 'hosp', 'secondary', 'weak', 'standard', 'derived'] as const);
/** An evidence grade from {@link EVIDENCE_GRADES}. */
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

/** Where a number comes from, how strong that source is, and whether it could be checked. */
export interface Source {
  /** Citation as it appears in the reference data. */
  readonly citation: string;
  readonly grade: EvidenceGrade;
  /** `false` for values the reference marks [UNVERIFIED] or [CONFLICT]; a plan that uses one says so. */
  readonly verified: boolean;
  /** The [CONFLICT] the reference records, when there is one. */
  readonly conflict?: string;
  /** How a derived value was worked out, or other context. */
  readonly note?: string;
}

/** A number with its unit, as the data states it. */
export interface DataQuantity {
  readonly value: string;
  readonly unit: string;
}

/** Which body weight a per-kg dose is multiplied by. */
export const WEIGHT_BASES = Object.freeze(['actual', 'ideal', 'adjusted', 'lean'] as const);
/** A dosing-weight basis from {@link WEIGHT_BASES}. */
export type WeightBasis = (typeof WEIGHT_BASES)[number];

/** A dosing-weight rule with the reason the plan will quote. */
export interface WeightRule {
  readonly basis: WeightBasis;
  readonly reason: string;
  readonly source: Source;
}

/** Severity of a rule: `info` never blocks, `soft` needs an acknowledgement, `hard` refuses. */
export const SEVERITIES = Object.freeze(['info', 'soft', 'hard'] as const);
/** A severity from {@link SEVERITIES}. */
export type Severity = (typeof SEVERITIES)[number];

/**
 * A dose or preparation limit. The unit says what is measured: mass/time is a dose rate,
 * mass/kg/time a dose rate per kg, mass a session amount, mass/kg a session amount per kg,
 * mass/volume a final concentration, time an infusion duration.
 */
export interface Limit {
  readonly id: string;
  /**
   * Care areas the limit applies to, as in smart-pump drug libraries (for example an outpatient
   * infusion suite and a monitored unit). Absent: it applies everywhere.
   */
  readonly careAreas?: readonly string[];
  /**
   * `maintenance`: a dose-rate limit that does not apply to a protocol's loading dose, which has
   * its own range on the protocol (for example a maintenance range in mcg/kg/h). Absent: the limit
   * applies to every segment, a loading dose included.
   */
  readonly appliesTo?: 'maintenance';
  /**
   * For a session-dose limit: the window it counts over, in hours (24, 48 ...), or the whole
   * course. The planner adds the doses of earlier sessions of the same agent dated within the window
   * (dates are whole days: a 24 h window is the session's own day, 48 h that day and the day before).
   */
  readonly window?: { readonly hours: string } | 'course';
  /**
   * Protocols the limit belongs to (ids of this agent's protocols): a limit that is one protocol's own
   * (RCH's 500 mg per chronic-pain session) applies only to plans of those protocols. Absent: every
   * protocol of the agent, a custom one included.
   */
  readonly protocols?: readonly string[];
  /** A limit that applies only when the patient has this risk (for example severe renal impairment). */
  readonly condition?: PatientRisk;
  readonly bound: 'upper' | 'lower';
  readonly severity: 'soft' | 'hard';
  readonly value: string;
  readonly unit: string;
  readonly source: Source;
}

/**
 * Patient states a rule can depend on. A severe state implies the milder one: a patient with
 * `severe-renal-impairment` also has `renal-impairment` for every rule that reads it.
 */
export const PATIENT_RISKS = Object.freeze([
  'thrombosis',
  'renal-impairment',
  'severe-renal-impairment',
  'hepatic-impairment',
  'severe-hepatic-impairment',
] as const);
/** A patient state from {@link PATIENT_RISKS}. */
export type PatientRisk = (typeof PATIENT_RISKS)[number];

/**
 * A dose adjustment or contraindication a label (or the agent's guideline) states for a patient
 * state: age over a threshold, or a renal or hepatic risk. What it asks for:
 * `contraindicated` refuses (hard); `maximum-loading` is a soft finding above the stated loading
 * dose (per kg of dosing weight); `minimum-duration` a soft finding under the stated duration;
 * `review` a soft finding that asks the clinician to weigh a reduction the source does not quantify.
 */
export interface PatientAdjustment {
  readonly id: string;
  readonly when: { readonly ageOver: string } | { readonly risk: PatientRisk };
  readonly action:
    | { readonly kind: 'contraindicated' }
    | { readonly kind: 'review' }
    | { readonly kind: 'maximum-loading'; readonly value: string; readonly unit: string }
    | { readonly kind: 'minimum-duration'; readonly value: string; readonly unit: string };
  /** Protocols it belongs to (a trial's exclusion); absent: every protocol of the agent. */
  readonly protocols?: readonly string[];
  /** What the source says, as the finding quotes it. */
  readonly text: string;
  readonly source: Source;
}

/** Code systems a product or agent code may be in: the FHIR URIs of the US NDC and of RxNorm. */
export const PRODUCT_CODE_SYSTEMS = Object.freeze(['http://hl7.org/fhir/sid/ndc', 'http://www.nlm.nih.gov/research/umls/rxnorm'] as const);
/** A code system from {@link PRODUCT_CODE_SYSTEMS}. */
export type ProductCodeSystem = (typeof PRODUCT_CODE_SYSTEMS)[number];

/**
 * A code that names a product (or an agent) in another system, cited like every other number: an NDC
 * as the reference gives it (openFDA product NDC, labeler-product, e.g. `0409-2051`), an RxNorm
 * concept where the reference gives one. A product without a code in the reference has none.
 */
export interface ProductCode {
  readonly system: ProductCodeSystem;
  readonly code: string;
  readonly source: Source;
}

/** Diluents the catalogue knows. */
export interface Diluent {
  readonly id: string;
  readonly name: string;
  /** Nominal bag volumes stocked, in mL. */
  readonly bagVolumes: readonly string[];
  readonly source: Source;
}

/** A commercial product: a vial, ampoule or ready-to-use bag. */
export interface Product {
  readonly id: string;
  readonly agent: string;
  readonly name: string;
  readonly form: 'vial' | 'ampoule' | 'premix';
  /** Strength in mg/mL. */
  readonly strength: DataQuantity;
  /** Volume of one container in mL; absent when the reference does not state it (vials are then not counted). */
  readonly volume?: DataQuantity;
  readonly multiDose: boolean;
  /** What the label says about diluting it for IV use. */
  readonly dilution: 'required' | 'allowed' | 'not-recommended' | 'ready-to-use';
  /** The label's rate ramp, for products given by a stepped rate (immune globulin). */
  readonly ramp?: RateRamp;
  /**
   * The product family whose vial sizes a whole-vial dose chooses among (same product and strength),
   * and whether sizes may be combined in one dose (`mixSizes`), with the source that says so.
   */
  readonly family?: { readonly id: string; readonly mixSizes: boolean; readonly source: Source };
  /** Codes of this product in other systems (NDC, RxNorm), each with its source; absent when the reference gives none. */
  readonly codes?: readonly ProductCode[];
  readonly source: Source;
}

/**
 * A label's infusion-rate ramp: start at `start`, step up through `steps` (each after the previous
 * rate has run `everyMinutes`), never above `max` (or `maxAtRisk` for a patient at risk of
 * thrombosis or renal injury). Rates are per kg of dosing weight, in `unit`.
 */
export interface RateRamp {
  readonly unit: 'mg/kg/min' | 'mL/kg/min' | 'mg/kg/h' | 'mL/kg/h';
  readonly start: string;
  readonly steps: readonly string[];
  readonly everyMinutes: string;
  readonly max: string;
  readonly maxAtRisk?: string;
  readonly source: Source;
}

/** A clinical note on an agent (contraindication, monitoring, incompatibility, precaution). */
export interface AgentNote {
  readonly kind: 'contraindication' | 'monitoring' | 'incompatibility' | 'precaution' | 'compatibility';
  readonly text: string;
  readonly source: Source;
}

/** A fixed-dose premedication or adjunct a protocol gives with the infusion. */
export interface Adjunct {
  readonly drug: string;
  /** The dose, or a range (`value` absent) the clinician chooses from; absent when the source gives none. */
  readonly dose?: { readonly value?: string; readonly min?: string; readonly max?: string; readonly unit: string };
  readonly route: 'IV' | 'PO';
  readonly when: string;
  readonly optional: boolean;
  readonly source: Source;
}

/** Something that must be true before the infusion starts (fasting, an escort home, an ECG). */
export interface Requirement {
  readonly id: 'fasting' | 'escort' | 'ecg';
  readonly text: string;
  /** For fasting: the minimum hours. */
  readonly hours?: string;
  readonly source: Source;
}

/** The mass unit an agent is shown in, and where that convention comes from. */
export interface AgentDisplayUnit {
  readonly unit: 'g' | 'mg' | 'ug';
  readonly source: Source;
}

/** One agent with its products, diluents, limits and notes. */
export interface Agent {
  readonly id: string;
  readonly name: string;
  /** Mass unit doses of this agent are written in (UCUM code). */
  readonly massUnit: 'g' | 'mg' | 'ug';
  /**
   * The mass unit every quantity of this agent is shown in (`ug` is shown as mcg), with its source.
   * Omitted in an institution's catalogue: the agent is shown in its {@link Agent.massUnit}.
   */
  readonly displayUnit?: AgentDisplayUnit;
  readonly weight: WeightRule;
  readonly products: readonly Product[];
  readonly diluents: readonly { readonly id: string; readonly source: Source }[];
  readonly limits: readonly Limit[];
  readonly notes: readonly AgentNote[];
  /** Pre-infusion requirements for every protocol of this agent. */
  readonly requirements?: readonly Requirement[];
  /** Dose adjustments and contraindications by age, renal or hepatic state. */
  readonly adjustments?: readonly PatientAdjustment[];
  readonly controlledSubstance?: string;
  /** Codes of the agent (the ingredient) in other systems, each with its source; absent when the reference gives none. */
  readonly codes?: readonly ProductCode[];
  readonly source: Source;
}

/**
 * One dose parameter of a protocol. With `value` the protocol states the dose; without it the
 * clinician must supply one. A clinician's dose outside `min`..`max` is a soft finding.
 */
export interface DoseParameter {
  readonly unit: string;
  readonly value?: string;
  readonly min?: string;
  readonly max?: string;
  /** The usual dose, for the tenfold-error check (a dose 10 times it is refused). */
  readonly usual?: string;
  readonly source: Source;
}

/** A ceiling the protocol applies to the computed dose: it binds, and the plan shows that it did. */
export interface ProtocolCap {
  readonly id: string;
  readonly value: string;
  /** mass/time (e.g. mg/h) caps the dose rate; mass (e.g. mg) caps the session amount. */
  readonly unit: string;
  readonly source: Source;
}

/** How the bag or syringe is made up. */
export interface PreparationRule {
  /**
   * `whole-bag`: the session's dose in a bag of stated volume, run over the session.
   * `standard-concentration`: a fixed concentration; the rate follows from the dose.
   */
  readonly style: 'whole-bag' | 'standard-concentration';
  /**
   * Products that may be drawn up, in order of preference. The plan uses the one whose measurable
   * volume comes closest to the ordered amount (the first on a tie), unless the input names one.
   */
  readonly products: readonly string[];
  /** Diluent id; absent when the product is given undiluted (a neat syringe or a premix). */
  readonly diluent?: string;
  /** Container volume in mL; absent when the clinician must choose it. */
  readonly containerVolume?: string;
  readonly containerKind: 'bag' | 'syringe';
  /** For `standard-concentration`: the concentration in mg/mL. */
  readonly concentration?: string;
  /** How the additive's own volume is handled. */
  readonly additiveVolume: 'add' | 'withdraw-equal';
  readonly source: Source;
}

/** A loading dose given over a short first segment before the maintenance regimen. */
export interface LoadingDose {
  /** Amount, per kg or absolute (e.g. 1 ug/kg). */
  readonly total: DoseParameter;
  /** Time it is given over (e.g. 10 min). */
  readonly duration: DoseParameter;
}

/**
 * A fixed pump-rate phase of a whole-bag infusion (e.g. 300 mL/h for 10 min, then 200 mL/h). A
 * phase without `duration` runs until the bag is empty and must be last.
 */
export interface RatePhase {
  readonly rate: DataQuantity;
  readonly duration?: DataQuantity;
}

/**
 * Dose by creatinine-clearance band (Cockcroft-Gault): the first band whose range holds the
 * patient's clearance gives the session dose; a band with no dose means "not recommended".
 * Ranges are in mL/min: `min` inclusive and `max` exclusive unless `minExclusive` or `maxInclusive`
 * says otherwise (the Zometa table puts exactly 60 mL/min in the 50-60 band and above 60 in the next).
 */
export interface ClearanceBands {
  readonly bands: readonly {
    readonly min?: string;
    readonly max?: string;
    readonly minExclusive?: boolean;
    readonly maxInclusive?: boolean;
    readonly dose?: string;
  }[];
  /** Unit of the band doses, e.g. `mg`. */
  readonly unit: string;
  /** Weight used in Cockcroft-Gault. */
  readonly weight: WeightBasis;
  readonly source: Source;
}

/** A course schedule as the source states it, and the pattern its dated sessions follow. */
export interface ScheduleRule {
  readonly sessions: number;
  readonly description: string;
  readonly source: Source;
  /**
   * The schedule as a pattern of dated sessions, with the minimum interval between sessions, each
   * sourced. Absent: a course of this protocol cannot be planned from the protocol alone
   * (`planCourse` refuses it with `no_schedule_pattern`); a single session can still be planned.
   */
  readonly pattern?: CitedPattern;
}

/**
 * A dosing protocol. Two of `rate`, `total` and `duration` are given by `regimen`; the third is
 * derived: `rate-duration` (total = rate x duration), `total-duration` (rate = total / duration),
 * `total-rate` (duration = total / rate).
 */
export interface Protocol {
  readonly id: string;
  readonly version: string;
  readonly name: string;
  readonly agent: string;
  readonly indication: string;
  readonly regimen: 'rate-duration' | 'total-duration' | 'total-rate';
  readonly rate?: DoseParameter;
  readonly total?: DoseParameter;
  readonly duration?: DoseParameter;
  readonly caps: readonly ProtocolCap[];
  /** A loading dose before the maintenance regimen (its own first pump segment). */
  readonly loading?: LoadingDose;
  /** Fixed pump-rate phases for a whole-bag infusion, in place of one constant rate. */
  readonly phases?: readonly RatePhase[];
  /** Session dose by creatinine clearance, in place of `total`. */
  readonly clearanceBands?: ClearanceBands;
  /**
   * Whole containers only: the dose is rounded to whole vials of the product family (immune
   * globulin). Rounding further from the order than `tolerance.percent` (of the order, either way)
   * needs an acknowledgement; twice the order or more, half or less, or across a limit the order
   * respects, is refused.
   */
  readonly wholeVials?: { readonly source: Source; readonly tolerance: { readonly percent: string; readonly source: Source } };
  readonly weight?: WeightRule;
  readonly preparation: PreparationRule;
  readonly schedule: ScheduleRule;
  /** How the dose changes with earlier sessions and responses, evaluated by the titration engine. */
  readonly titration?: TitrationRule;
  /** Premedication and adjuncts given with the infusion. */
  readonly adjuncts?: readonly Adjunct[];
  /** Pre-infusion requirements beyond the agent's own. */
  readonly requirements?: readonly Requirement[];
  readonly notes: readonly AgentNote[];
  readonly source: Source;
}

/** The whole catalogue: what a calculator plans against. */
export interface Catalogue {
  readonly id: string;
  readonly version: string;
  readonly agents: readonly Agent[];
  readonly diluents: readonly Diluent[];
  readonly protocols: readonly Protocol[];
  /** Patient-level plausibility limits (adult weight, height, age). */
  readonly patientLimits: readonly Limit[];
}
