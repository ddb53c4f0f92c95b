/**
 * The requests every public function takes, as TypeScript types: a typed caller gets a compile error
 * for a misspelt field or a unit the door does not read, and autocompletion for the rest. The runtime
 * door is unchanged and still reads everything: a value typed `any` (the output of `JSON.parse`) still
 * compiles, and a value typed `unknown` goes through the same door with a cast (`value as PlanRequest`),
 * where it is refused with coded issues if it is not one. The zod shapes in `src/schema` are the one
 * source of the field names; tests/types/requests.test-d.ts checks that these types name exactly the
 * same fields at every level.
 *
 * @module
 */
import type { PatientRisk } from '../catalogue/types.js';
import type { CreatinineUnit, HeightSpelling, MassSpelling, TimeSpelling, VolumeSpelling, WeightSpelling } from '../units/index.js';
import type { CheckCode } from './codes.js';

/**
 * A number as the door takes it: a JavaScript number, or a plain decimal string (`"70.5"`). Both are
 * read exactly; a string keeps digits a number would lose. No exponent, hex, spaces or bare points.
 */
export type DecimalInput = number | string;

/** A value and its unit. */
export interface QuantityInput<U extends string = string> {
  /** The value: a number, or a plain decimal string such as `"70.5"`. */
  readonly value: DecimalInput;
  /** The unit, one of the units this field takes. */
  readonly unit: U;
}

/** Body weight: kilograms or avoirdupois pounds (`lb` and the UCUM `[lb_av]` are the same unit). */
export type WeightUnitInput = WeightSpelling;
/** Height: centimetres or international inches (`in` and the UCUM `[in_i]`). */
export type HeightUnitInput = HeightSpelling;
/** Mass: `ug` is the UCUM code for microgram; `mcg` is read as the same unit. */
export type MassUnitInput = MassSpelling;
/** Volume. */
export type VolumeUnitInput = VolumeSpelling;
/** Time. */
export type TimeUnitInput = TimeSpelling;
/** A dose (`mg`, `mg/kg`) or a dose rate (`mg/h`, `mg/kg/h`, `ug/kg/min` ...). */
export type DoseUnitInput = MassUnitInput | `${MassUnitInput}/kg` | `${MassUnitInput}/${TimeUnitInput}` | `${MassUnitInput}/kg/${TimeUnitInput}`;
/** Serum creatinine: mg/dL, or umol/L (converted to mg/dL with the cited factor). */
export type CreatinineUnitInput = CreatinineUnit;
/** A patient risk the label's adjustments and contraindications read ({@link PATIENT_RISKS}). */
export type PatientRiskInput = PatientRisk;

/** The patient. Weight is always needed; the rest only where a protocol's rule needs it. */
export interface PatientInput {
  /** Actual body weight. */
  readonly weight: QuantityInput<WeightUnitInput>;
  /** Height, for ideal or adjusted body weight and body-surface area. */
  readonly height?: QuantityInput<HeightUnitInput>;
  /** `female` or `male`: the body-size formulas are defined for these. */
  readonly sex?: 'female' | 'male';
  /** Age in whole or decimal years, for the label's age adjustments and Cockcroft-Gault. */
  readonly ageYears?: DecimalInput;
  /** Serum creatinine, for creatinine clearance and the renal rules. */
  readonly creatinine?: QuantityInput<CreatinineUnitInput>;
  /** Conditions the label's adjustments and contraindications read. */
  readonly risks?: readonly PatientRiskInput[];
}

/** The clinician's dose, where the protocol leaves a choice (values outside its range are findings). */
export interface DoseInput {
  /** The maintenance dose rate (`mg/kg/h`, `ug/kg/h` ...). */
  readonly rate?: QuantityInput<DoseUnitInput>;
  /** A loading dose (`mg/kg`, `mg`). */
  readonly loading?: QuantityInput<DoseUnitInput>;
  /** A whole-session dose (`mg/kg`, `g/kg`, `mg`). */
  readonly total?: QuantityInput<DoseUnitInput>;
  /** The infusion's duration. */
  readonly duration?: QuantityInput<TimeUnitInput>;
}

/** How the bag is made: a listed product, a stocked diluent and bag size, and the additive's handling. */
export interface PreparationInput {
  /** A product id of the agent (vial or premix); the protocol's first listed product when absent. */
  readonly product?: string;
  /** A diluent id (`sodium-chloride-0.9`, `glucose-5` ...). */
  readonly diluent?: string;
  /** The bag or syringe size. */
  readonly containerVolume?: QuantityInput<VolumeUnitInput>;
  /** The diluent bag's overfill, when the pharmacy knows it. */
  readonly overfill?: QuantityInput<VolumeUnitInput>;
  /** `add` the additive's volume to the bag, or `withdraw-equal` the same volume of diluent first. */
  readonly additiveVolume?: 'add' | 'withdraw-equal';
}

/** The pump: its rate step and its rate range, in mL/h. */
export interface PumpInput {
  /** The pump's rate step (at most 1 mL/h). */
  readonly increment?: QuantityInput<'mL/h'>;
  /** The lowest rate the pump runs at (the library's default range when absent). */
  readonly minRate?: QuantityInput<'mL/h'>;
  /** The highest rate the pump runs at (the library's default range when absent). */
  readonly maxRate?: QuantityInput<'mL/h'>;
}

/** What was confirmed before the session, for the protocol's requirements. */
export interface ReadinessInput {
  /** Hours since the patient last ate. */
  readonly fastingHours?: DecimalInput;
  /** An escort home is arranged. */
  readonly escort?: boolean;
  /** A recent ECG is on file. */
  readonly ecgOnFile?: boolean;
}

/** An acknowledgement of a soft finding: its code and why; optionally who and when. */
export interface AcknowledgementInput {
  /** The code of the soft finding, as the plan's `needsAcknowledgement` lists it. */
  readonly code: CheckCode;
  /** Why it is acceptable; recorded in the plan. */
  readonly reason: string;
  /** Who acknowledged it. */
  readonly by?: string;
  /** When: `YYYY-MM-DD` or an RFC 3339 date-time. */
  readonly at?: string;
}

/** An adverse event of an earlier session. */
export interface AdverseEventInput {
  /** What happened (free text, e.g. `hypertension`). */
  readonly kind: string;
  /** How severe it was: a severe event stops escalation until a clinician clears it. */
  readonly severity: 'mild' | 'moderate' | 'severe';
}

/** One earlier session of the agent, as given: what drives titration, windows and intervals. */
export interface HistoryEntryInput {
  /** `YYYY-MM-DD`, or with a local time `YYYY-MM-DDTHH:MM`. */
  readonly date: string;
  /** The protocol it was given under (any protocol of the same agent counts in a window). */
  readonly protocol: string;
  /** Its session number in that course. */
  readonly session: number;
  /** What was given: the dose rate and/or the session total. */
  readonly given: { readonly rate?: QuantityInput<DoseUnitInput>; readonly total?: QuantityInput<DoseUnitInput> };
  /** Pain scores (0-10) before and after. */
  readonly pain?: { readonly before: DecimalInput; readonly after: DecimalInput };
  /** Pain relief, percent (0-100). */
  readonly reliefPercent?: DecimalInput;
  /** Adverse events of that session. */
  readonly adverseEvents?: readonly AdverseEventInput[];
  /** Whether the session ran to its end. */
  readonly completed: boolean;
  /** Why it stopped early. */
  readonly stoppedReason?: string;
}

/** The request of {@link planInfusion}. */
export interface PlanRequest {
  readonly patient: PatientInput;
  /** A protocol id of the catalogue (`listProtocols()`). */
  readonly protocol: string;
  /** The 1-based number of this session in its course. */
  readonly session: number;
  /** The clinician's dose choices. */
  readonly dose?: DoseInput;
  /** How the bag is made. */
  readonly preparation?: PreparationInput;
  /** The pump's rate step and range. */
  readonly pump?: PumpInput;
  /** A care area of the catalogue whose limits apply. */
  readonly careArea?: string;
  /** This session's date, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (needed by windowed limits). */
  readonly date?: string;
  /** What was confirmed before the session. */
  readonly readiness?: ReadinessInput;
  /** Acknowledgements of the plan's soft findings, each with its reason. */
  readonly acknowledgements?: readonly AcknowledgementInput[];
  /** The earlier sessions of this agent. */
  readonly history?: readonly HistoryEntryInput[];
  /** A clinician's clearance to go on after a severe adverse event, with the reason. */
  readonly titration?: {
    /** The clearance: the titration holds at the last dose given instead of stopping. */
    readonly clearance?: {
      /** Why the clinician cleared it; recorded in the plan. */
      readonly reason: string;
    };
  };
}

/** One agent of a combination bag. */
export interface CombinationComponentInput {
  /** The protocol the agent is dosed by. */
  readonly protocol: string;
  /** That protocol's dose choices. */
  readonly dose?: DoseInput;
  /** The agent's product. */
  readonly product?: string;
}

/** The request of {@link planCombination}: several agents in one bag, one pump rate. */
export interface CombinationRequest {
  /** The patient. */
  readonly patient: PatientInput;
  /** The 1-based number of this session in its course. */
  readonly session: number;
  /** Two or more components, each agent once. */
  readonly components: readonly CombinationComponentInput[];
  /** The shared bag: size, overfill, additive handling, diluent. */
  readonly preparation?: Omit<PreparationInput, 'product'>;
  /** The pump's rate step and range. */
  readonly pump?: PumpInput;
  /** Acknowledgements of the bag's soft findings, each with its reason. */
  readonly acknowledgements?: readonly AcknowledgementInput[];
  /** A care area of the catalogue whose limits apply. */
  readonly careArea?: string;
  /** This session's date, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (needed by windowed limits). */
  readonly date?: string;
  /** The earlier sessions of these agents. */
  readonly history?: readonly HistoryEntryInput[];
}

/** A course schedule pattern (the protocol's own when absent). */
export type PatternInput =
  | {
      /** Two sessions a week. */
      readonly kind: 'twice-weekly';
      /** Weeks the course runs (whole number, 1-52). */
      readonly weeks: number;
      /** The two weekdays, as offsets 0-6 from the start date. */
      readonly days?: readonly [number, number];
      /** Every this many weeks (whole number, 1-4). */
      readonly everyWeeks?: number;
    }
  | {
      /** One session a day. */
      readonly kind: 'daily';
      /** Days in a row (whole number, 1-366). */
      readonly days: number;
    }
  | {
      /** Blocks of consecutive days, repeated after a gap. */
      readonly kind: 'consecutive-days-repeated';
      /** Days in a block (whole number, 1-31). */
      readonly days: number;
      /** Blocks (whole number, 1-52). */
      readonly repeats: number;
      /** Days between blocks (whole number, 0-365). */
      readonly gapDays: number;
    }
  | {
      /** One session a week. */
      readonly kind: 'weekly';
      /** Sessions (whole number, 1-104). */
      readonly count: number;
    }
  | {
      /** One session a month. */
      readonly kind: 'monthly';
      /** Sessions (whole number, 1-120). */
      readonly count: number;
      /** Every this many months (whole number, 1-12). */
      readonly everyMonths?: number;
    }
  | {
      /** One session every n days. */
      readonly kind: 'every-n-days';
      /** Days between sessions (whole number, 1-365). */
      readonly n: number;
      /** Sessions (whole number, 1-366). */
      readonly count: number;
    }
  | {
      /** Phases one after another. */
      readonly kind: 'taper';
      /** The phases (1-12), each a pattern other than a taper. */
      readonly phases: readonly Exclude<PatternInput, { readonly kind: 'taper' }>[];
    };

/** The request of {@link planCourse}. */
export interface CourseRequest {
  /** A protocol id of the catalogue (`listProtocols()`). */
  readonly protocol: string;
  /** The first session's date, `YYYY-MM-DD`. */
  readonly startDate: string;
  /** The schedule pattern (the protocol's own when absent). */
  readonly pattern?: PatternInput;
  /** Dates of sessions already given in this course (`YYYY-MM-DD`). */
  readonly sessionsGiven?: readonly string[];
  /** Move sessions off Saturdays and Sundays. */
  readonly skipWeekends?: boolean;
  /** The local time (`HH:MM`) every planned session starts, so windowed limits count exactly. */
  readonly sessionTime?: string;
  /** The plan request of each session without protocol, session and date, to plan and total the course. */
  readonly infusion?: Omit<PlanRequest, 'protocol' | 'session' | 'date'>;
}

/** The request of {@link planNasalSpray}. */
export interface NasalSprayRequest {
  /** The compounded solution's strength (`mg/mL`). */
  readonly concentration: QuantityInput<`${MassUnitInput}/${VolumeUnitInput}`>;
  /** The volume one actuation of the dispensed pump delivers (no default). */
  readonly actuationVolume?: QuantityInput<VolumeUnitInput>;
  /** The prescribed dose. */
  readonly dose: QuantityInput<MassUnitInput>;
  /** Doses a day (whole number). */
  readonly dosesPerDay: number;
  /** The volume of solution in the bottle. */
  readonly bottleVolume: QuantityInput<VolumeUnitInput>;
  /** The prescriber's daily maximum. */
  readonly maxDailyDose: QuantityInput<MassUnitInput>;
  /** Actuations to prime the pump (whole number). */
  readonly primingActuations?: number;
  /** Acknowledgements of the spray's soft findings, each with its reason. */
  readonly acknowledgements?: readonly AcknowledgementInput[];
}

/**
 * The request of {@link verifyAdministration}: a bag as made and a pump as set, against the order.
 * Its quantities usually come from a plan's output (`Quantity`) or a pump's report, so each
 * takes any unit string here; the door reads the unit and refuses, with a coded issue, one that is
 * not a unit of the field (a dose-rate unit in `pumpRate` is reported as a wrong-field entry).
 */
export interface AdministrationRequest {
  /** The bag as made up. */
  readonly bag: {
    /** What went into the bag: each agent and its amount (`mg`, `g`, `ug`). */
    readonly ingredients: readonly {
      /** The agent id (`lidocaine`). */
      readonly agent: string;
      /** The amount of the agent in the bag. */
      readonly amount: QuantityInput;
    }[];
    /** The bag's final volume (`mL`, `L`). */
    readonly finalVolume: QuantityInput;
  };
  /** The rate set on the pump (`mL/h`). */
  readonly pumpRate: QuantityInput;
  /** Actual weight, and the dosing weight the order used when it is not the actual weight. */
  readonly patient: { readonly weight: QuantityInput; readonly dosingWeight?: QuantityInput };
  /** The order the bag and pump are checked against. */
  readonly order: {
    /** The ordered agent's id. */
    readonly agent: string;
    /** The ordered dose rate (`mg/h`, `mg/kg/h`, `ug/kg/min` ...). */
    readonly doseRate: QuantityInput;
    /** The concentration the order names (`mg/mL`, `ug/mL`), if any. */
    readonly concentration?: QuantityInput;
  };
}
