/**
 * An independent check of what is actually running: the bag as made up and the number typed into
 * the pump, worked BACKWARDS to the dose the patient receives and compared with the order.
 *
 * Independence is the point. This file and its parts (`administration-*.ts`) share no arithmetic
 * with the planner: they import nothing from `plan/`, `pump/` or `compounding/`, only the
 * exact-decimal reader and the unit table. A mistake in the planner's forward calculation
 * (dose -> mL/h) therefore cannot hide itself here.
 *
 * Hazards it names (shared/reference/peers.md): the wrong-field error (41.7 mg/h typed as
 * 41.7 mL/h when 4.17 mL/h was right, ISMP), tenfold decimal slips, mcg/mg mix-ups, a bag whose
 * concentration is not the ordered (or standard) one, and a bag without the ordered agent.
 *
 * Input is parsed by a small strict reader (administration-reader.ts) rather than through
 * `schema/` (zod), so that the check also shares no parsing with the planner; it refuses the same
 * things the house style refuses: unknown keys, NaN, Infinity, exponent/hex/underscore strings,
 * unknown units.
 */
import type { AdministrationRequest } from '../types/requests.js';
import { REQUEST_BOUNDS } from '../types/input-limits.js';
import { type Dec, toPlainString } from '../decimal/index.js';
import { enter } from '../formulary/entry.js';
import { deepFreeze } from '../types/freeze.js';
import { type Quantity, doseUnitCode } from '../units/index.js';
import { type Backward, fromMgPerHour, inOrderMassPerHour, workBackwards } from './administration-backward.js';
import { findFindings, statusOf } from './administration-findings.js';
import { type Parsed, parse } from './administration-parse.js';
import type { AdministrationCheck, AdministrationFinding, AdministrationResult } from './administration-types.js';

export {
  ADMINISTRATION_FINDING_CODES,
  type AdministrationCheck,
  type AdministrationFinding,
  type AdministrationFindingCode,
  type AdministrationResult,
} from './administration-types.js';

const q = (value: Dec, unit: string): Quantity => ({ value: toPlainString(value), unit });

/**
 * Works backwards from what is in the bag and on the pump to the dose the patient receives, and
 * compares it with the order. A second, independent path: it never calls the planner.
 *
 * Backward formula: delivered mg/h = pump mL/h x (mg of the ordered agent in the bag / final mL).
 *
 * Tolerance rule: the delivered dose rate agrees with the order when |delivered / ordered - 1| is at
 * most the larger of (a) 1%, and (b) half the pump's 0.1 mL/h increment in mass terms,
 * 0.05 mL/h x concentration, relative to the ordered rate. (b) is the most a correctly rounded
 * pump rate can be off; (a) keeps a floor for fast rates, where (b) is tiny. Tenfold findings
 * start at ratio >= 10 x (1 - m) and <= 0.1 / (1 - m), with m = max(tolerance, 10%), so a slip on
 * top of ordinary rounding (a syringe's 0.1 mL on a small draw can be 2%) is still named as one.
 * The concentration agrees with the order's concentration within 1%.
 *
 * Findings: `wrong_field` (hard; a dose unit in the rate field, or the typed mL/h number equals
 * the order's dose number, written as typed, while the dose does not agree); `tenfold_high` /
 * `tenfold_low` (hard; the tenfold band above); `dose_mismatch_large` (hard; ratio at least 2 or
 * at most 0.5 and short of the tenfold band: a twofold error is stopped, not reviewed);
 * `unit_mix_up` (hard; ratio within a factor of 2 of 1000 or 0.001: mcg vs mg);
 * `concentration_mismatch` (soft); `dose_mismatch` (soft; a deviation beyond the tolerance with
 * the ratio strictly between 0.5 and 2); `agent_not_in_bag` (hard; the delivered dose is then 0
 * and the ratio findings are not added); `match` (info) when all agrees. The tenfold and large
 * findings carry the fold as measured in `factor` (delivered / ordered, or ordered / delivered
 * below the order; a whole number from 10 up, one decimal place below 10, half-up): a 49-fold
 * overdose reads 49, never "about 100".
 *
 * Per-kg orders use `patient.dosingWeight` when given (the planner may dose on ideal or adjusted
 * weight), otherwise `patient.weight`.
 *
 * @param input - `{ bag: { ingredients: [{ agent, amount }], finalVolume }, pumpRate, patient: { weight, dosingWeight? }, order: { agent, doseRate, concentration? } }`
 * @returns the check, or the coded issues that stop it. Never throws for bad input.
 * @example
 * verifyAdministration({
 *   bag: { ingredients: [{ agent: 'lidocaine', amount: { value: 1000, unit: 'mg' } }], finalVolume: { value: 100, unit: 'mL' } },
 *   pumpRate: { value: 41.7, unit: 'mL/h' },
 *   patient: { weight: { value: 70, unit: 'kg' } },
 *   order: { agent: 'lidocaine', doseRate: { value: 41.7, unit: 'mg/h' } },
 * }); // findings: wrong_field, tenfold_high (factor 10)
 */
export function verifyAdministration(input: AdministrationRequest): AdministrationResult {
  return deepFreeze(
    enter(
      input,
      (plain) => {
        const parsed = parse(plain);
        if (!parsed.ok) return parsed;
        const backward = workBackwards(parsed.value);
        return { ok: true, result: describeCheck(parsed.value, backward, findFindings(parsed.value, backward)) };
      },
      REQUEST_BOUNDS,
    ),
  );
}

/** The check as returned: every number with its unit, the findings and the status they give. */
function describeCheck({ pump, order }: Parsed, b: Backward, findings: readonly AdministrationFinding[]): AdministrationCheck {
  const orderUnit = doseUnitCode(order.unit);
  const massRateUnit = `${order.unit.mass}/h`;
  return {
    agent: order.agent,
    pumpRate: q(pump.mLh, 'mL/h'),
    concentration: q(b.concentration, 'mg/mL'),
    ordered: {
      doseRate: q(order.value, orderUnit),
      massRate: q(inOrderMassPerHour(b.orderedMgH, order.unit, b.kg), massRateUnit),
    },
    delivered: {
      doseRate: q(fromMgPerHour(b.deliveredMgH, order.unit, b.kg), orderUnit),
      massRate: q(inOrderMassPerHour(b.deliveredMgH, order.unit, b.kg), massRateUnit),
    },
    ratio: toPlainString(b.ratio),
    tolerance: {
      relative: toPlainString(b.tol),
      rule: 'max(1%, 0.05 mL/h (half the 0.1 mL/h pump increment) x concentration / ordered dose rate)',
    },
    findings,
    status: statusOf(findings),
  };
}
