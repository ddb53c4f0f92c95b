/**
 * The public shape of {@link verifyAdministration}'s answer: its finding codes and the check it
 * returns. Kept apart so the findings and the result can be built without importing the entry point.
 */
import type { Issues } from '../types/issues.js';
import type { Quantity } from '../units/index.js';

/** Codes of the findings, stable API. */
export const ADMINISTRATION_FINDING_CODES = /* @__PURE__ */ Object.freeze([
  'match',
  'wrong_field',
  'tenfold_high',
  'tenfold_low',
  'unit_mix_up',
  'concentration_mismatch',
  'dose_mismatch',
  'dose_mismatch_large',
  'agent_not_in_bag',
] as const);
/** A finding code from {@link ADMINISTRATION_FINDING_CODES}. */
export type AdministrationFindingCode = (typeof ADMINISTRATION_FINDING_CODES)[number];

/** One finding of the check. `hard`: stop the pump and re-check; `soft`: review; `info`: all agrees. */
export interface AdministrationFinding {
  readonly code: AdministrationFindingCode;
  readonly severity: 'hard' | 'soft' | 'info';
  readonly message: string;
  /**
   * For `tenfold_high`, `tenfold_low` and `dose_mismatch_large`: the fold as measured, delivered /
   * ordered above the order and ordered / delivered below it (`'49'` for a 49.2x overdose, `'2.5'`
   * for 0.4 of the order), a whole number from 10 up and one decimal place below 10, half-up. It is
   * never rounded to a power of ten.
   */
  readonly factor?: string;
  /** The input field the finding is about, as keys. */
  readonly path?: readonly (string | number)[];
}

/** What the check worked out, every number with its unit. */
export interface AdministrationCheck {
  readonly agent: string;
  /** The rate the pump runs at. A dose unit in the rate field is read as the pump reads it: mL/h. */
  readonly pumpRate: Quantity;
  /** Concentration of the ordered agent in the bag (all its ingredients summed), mg/mL. */
  readonly concentration: Quantity;
  readonly ordered: {
    /** The order's dose rate as written (UCUM unit). */
    readonly doseRate: Quantity;
    /** The same per hour, in the order's mass unit (ug/h, mg/h or g/h), per-kg multiplied out. */
    readonly massRate: Quantity;
  };
  readonly delivered: {
    /** What the patient receives, in the order's unit. */
    readonly doseRate: Quantity;
    /** What the patient receives per hour, in the order's mass unit. */
    readonly massRate: Quantity;
  };
  /** delivered / ordered (1 = exactly as ordered). */
  readonly ratio: string;
  /** The accepted deviation of the ratio from 1, and how it was chosen. */
  readonly tolerance: { readonly relative: string; readonly rule: string };
  /** Never empty: `match` alone when everything agrees. */
  readonly findings: readonly AdministrationFinding[];
  /** `stop` when a hard finding fired, `review` for soft ones only, `match` when all agrees. */
  readonly status: 'match' | 'review' | 'stop';
}

/** The result of {@link verifyAdministration}. */
export type AdministrationResult = { readonly ok: true; readonly result: AdministrationCheck } | { readonly ok: false; readonly issues: Issues };
