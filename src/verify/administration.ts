/**
 * An independent check of what is actually running: the bag as made up and the number typed into
 * the pump, worked BACKWARDS to the dose the patient receives and compared with the order.
 *
 * Independence is the point. This file shares no arithmetic with the planner: it imports nothing
 * from `plan/`, `pump/` or `compounding/`, only the exact-decimal reader and the unit table. A
 * mistake in the planner's forward calculation (dose -> mL/h) therefore cannot hide itself here.
 *
 * Hazards it names (shared/reference/peers.md): the wrong-field error (41.7 mg/h typed as
 * 41.7 mL/h when 4.17 mL/h was right, ISMP), tenfold decimal slips, mcg/mg mix-ups, a bag whose
 * concentration is not the ordered (or standard) one, and a bag without the ordered agent.
 *
 * Input is parsed here by a small strict reader rather than through `schema/` (zod), so that the
 * check also shares no parsing with the planner; it refuses the same things the house style
 * refuses: unknown keys, NaN, Infinity, exponent/hex/underscore strings, unknown units.
 */
import { type Dec, dec, toPlainString } from '../decimal/index.js';
import { type DoseUnit, type Quantity, type TimeUnit, doseUnitCode, mgPer, perHour } from '../units/index.js';
import { parse } from './administration-parse.js';
import type { AdministrationFinding, AdministrationResult } from './administration-types.js';

export {
  ADMINISTRATION_FINDING_CODES,
  type AdministrationCheck,
  type AdministrationFinding,
  type AdministrationFindingCode,
  type AdministrationResult,
} from './administration-types.js';

// ------------------------------------------------------------------------------------------------
// Tolerance rule (documented in the README-style comment of verifyAdministration)

/** The pump's rate increment the tolerance allows for: 0.1 mL/h (BD Alaris module, the library's pumps). */
const PUMP_INCREMENT_ML_H = dec('0.1');
/** Half an increment: the most a correctly rounded pump rate can differ from the exact rate. */
const HALF_INCREMENT_ML_H = PUMP_INCREMENT_ML_H.div(2);
/** The floor of the tolerance: 1% of the ordered dose rate. */
const RELATIVE_FLOOR = dec('0.01');
/** "About 1000": a ratio within a factor of 2 of 1000 (or of 0.001) reads as mcg vs mg. */
const MIX_UP_BAND = dec('2');
const THOUSAND = dec('1000');
const TEN = dec('10');
/** The least margin below 10x (above 1/10) that still counts as a tenfold slip. */
const TENFOLD_MARGIN = dec('0.1');

// ------------------------------------------------------------------------------------------------
// The backward calculation

/** Dose rate in `unit` from a mass rate in mg/h: value = mg/h / (mg per mass unit) / kg / (per-hour factor). */
function fromMgPerHour(mgH: Dec, unit: DoseUnit & { per: TimeUnit }, kg: Dec): Dec {
  const perUnitMass = mgH.div(mgPer(unit.mass));
  const perKg = unit.perKg ? perUnitMass.div(kg) : perUnitMass;
  // perHour(1, per) is how many of this time unit's rate make one per-hour rate (60 for min, 1 for h).
  return perKg.div(perHour(dec(1), unit.per));
}

/** mg/h from a dose rate: mg/h = value x (mg per mass unit) [x kg] x (per-time -> per-hour). */
function toMgPerHour(value: Dec, unit: DoseUnit & { per: TimeUnit }, kg: Dec): Dec {
  const mg = value.mul(mgPer(unit.mass));
  return perHour(unit.perKg ? mg.mul(kg) : mg, unit.per);
}

/** Whether `typed` reads as `target` written to the typed number's places (at least one decimal place). */
function looksLike(typed: Dec, target: Dec): boolean {
  if (target.isZero()) return false;
  const places = Math.max(1, typed.decimalPlaces());
  return target.toDecimalPlaces(places).eq(typed.toDecimalPlaces(places));
}

/** Nearest power of ten to `x` (x > 0), as 10^k. */
function nearestPowerOfTen(x: Dec): Dec {
  return TEN.pow(x.log(10).toDecimalPlaces(0));
}

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
 * `tenfold_low` (hard; with the nearest power of ten as `factor`); `unit_mix_up` (hard; ratio
 * within a factor of 2 of 1000 or 0.001: mcg vs mg); `concentration_mismatch` (soft);
 * `dose_mismatch` (soft; any other deviation beyond the tolerance); `agent_not_in_bag` (hard; the
 * delivered dose is then 0 and the ratio findings are not added); `match` (info) when all agrees.
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
export function verifyAdministration(input: unknown): AdministrationResult {
  const parsed = parse(input);
  if (!parsed.ok) return parsed;
  const { ingredients, finalVolumeMl, pump, weightKg, dosingWeightKg, order } = parsed.value;
  const kg = dosingWeightKg ?? weightKg;
  const orderUnit = doseUnitCode(order.unit);
  const massRateUnit = `${order.unit.mass}/h`;

  // mg of the ordered agent: every ingredient of that agent, summed.
  const inBag = ingredients.filter((i) => i.agent === order.agent);
  const agentMg = inBag.reduce((sum, i) => sum.add(i.mg), dec(0));
  // mg/mL = mg / mL
  const concentration = agentMg.div(finalVolumeMl);
  // mg/h = mL/h x mg/mL
  const deliveredMgH = pump.mLh.mul(concentration);
  const orderedMgH = toMgPerHour(order.value, order.unit, kg);
  const ratio = deliveredMgH.div(orderedMgH);

  // Tolerance: max(1%, 0.05 mL/h x mg/mL / ordered mg/h).
  const incrementShare = HALF_INCREMENT_ML_H.mul(concentration).div(orderedMgH);
  const tol = incrementShare.gt(RELATIVE_FLOOR) ? incrementShare : RELATIVE_FLOOR;
  const agrees = ratio.sub(1).abs().lte(tol);

  const findings: AdministrationFinding[] = [];

  if (inBag.length === 0) {
    findings.push({
      code: 'agent_not_in_bag',
      // The wrong bag is hanging: as serious as a tenfold slip.
      severity: 'hard',
      path: ['bag', 'ingredients'],
      message: `The bag lists no ${order.agent}: the patient receives none of the ordered agent. Check that the right bag is hung.`,
    });
  } else {
    // Wrong field: a dose unit in the rate field, or the ordered dose's number typed as mL/h.
    const orderedMassRate = fromMgPerHour(orderedMgH, { ...order.unit, perKg: false, per: 'h' }, kg);
    const typedLikeDose = [order.value, orderedMassRate, orderedMgH].some((t) => looksLike(pump.typed, t));
    // At 1 mg (or 1 mcg) per mL the dose's number IS the right rate: that is no wrong-field entry.
    const rightRates = [concentration, order.concentrationMgMl].flatMap((c) => (c === null || c.isZero() ? [] : [orderedMgH.div(c)]));
    const typedLikeRate = rightRates.some((t) => looksLike(pump.typed, t));
    if (pump.kind === 'dose') {
      findings.push({
        code: 'wrong_field',
        severity: 'hard',
        path: ['pumpRate', 'unit'],
        message: `A dose (${toPlainString(pump.typed)}) was entered in the pump's rate field, which the pump reads as ${toPlainString(pump.mLh)} mL/h. Enter the rate in mL/h.`,
      });
    } else if (typedLikeDose && !typedLikeRate && !agrees) {
      findings.push({
        code: 'wrong_field',
        severity: 'hard',
        path: ['pumpRate', 'value'],
        message: `The pump rate ${toPlainString(pump.typed)} mL/h is the ordered dose's number (${toPlainString(order.value)} ${orderUnit}), not the rate in mL/h.`,
      });
    }

    // Tenfold band: 10x (or 1/10) less a margin of max(tol, 10%), so a slip on top of ordinary
    // rounding (pump increment, measurable syringe volume) is still named as the slip it is.
    const margin = tol.gt(TENFOLD_MARGIN) ? tol : TENFOLD_MARGIN;
    const tenHigh = TEN.mul(dec(1).sub(margin));
    const tenLow = dec(1).div(TEN).div(dec(1).sub(margin));
    if (ratio.gte(tenHigh)) {
      const factor = larger(nearestPowerOfTen(ratio), TEN);
      findings.push({
        code: 'tenfold_high',
        severity: 'hard',
        factor: toPlainString(factor),
        message: `The patient would receive ${toPlainString(ratio)} times the ordered dose (about ${toPlainString(factor)}-fold): stop and re-check the rate and the bag.`,
      });
    } else if (ratio.lte(tenLow)) {
      const factor = ratio.isZero() ? null : larger(dec(1).div(nearestPowerOfTen(ratio)), TEN);
      findings.push({
        code: 'tenfold_low',
        severity: 'hard',
        ...(factor === null ? {} : { factor: toPlainString(factor) }),
        message: `The patient would receive ${toPlainString(ratio)} of the ordered dose${factor === null ? '' : ` (about 1/${toPlainString(factor)})`}: stop and re-check the rate and the bag.`,
      });
    }
    const nearThousand = ratio.gte(THOUSAND.div(MIX_UP_BAND)) && ratio.lte(THOUSAND.mul(MIX_UP_BAND));
    const nearThousandth = ratio.gte(dec(1).div(THOUSAND).div(MIX_UP_BAND)) && ratio.lte(dec(1).div(THOUSAND).mul(MIX_UP_BAND));
    if (nearThousand || nearThousandth) {
      findings.push({
        code: 'unit_mix_up',
        severity: 'hard',
        message: `The delivered dose is about ${nearThousand ? '1000 times' : '1/1000 of'} the order: mcg and mg are likely confused (in the bag label, the order or the pump).`,
      });
    }
    if (!agrees && ratio.gt(tenLow) && ratio.lt(tenHigh)) {
      findings.push({
        code: 'dose_mismatch',
        severity: 'soft',
        message: `Delivered ${toPlainString(fromMgPerHour(deliveredMgH, order.unit, kg))} ${orderUnit} against ${toPlainString(order.value)} ${orderUnit} ordered (ratio ${toPlainString(ratio)}; tolerance ${toPlainString(tol.mul(100))}%).`,
      });
    }
  }

  if (order.concentrationMgMl !== null) {
    const off = order.concentrationMgMl.isZero() ? dec(1) : concentration.div(order.concentrationMgMl).sub(1).abs();
    if (inBag.length > 0 && off.gt(RELATIVE_FLOOR)) {
      findings.push({
        code: 'concentration_mismatch',
        severity: 'soft',
        path: ['order', 'concentration'],
        message: `The bag holds ${toPlainString(concentration)} mg/mL of ${order.agent}; the order says ${toPlainString(order.concentrationMgMl)} mg/mL.`,
      });
    }
  }

  if (findings.length === 0) {
    findings.push({ code: 'match', severity: 'info', message: 'The dose from the bag and the pump rate agrees with the order.' });
  }
  const status = findings.some((f) => f.severity === 'hard') ? 'stop' : findings.some((f) => f.severity === 'soft') ? 'review' : 'match';

  return {
    ok: true,
    result: {
      agent: order.agent,
      pumpRate: q(pump.mLh, 'mL/h'),
      concentration: q(concentration, 'mg/mL'),
      ordered: {
        doseRate: q(order.value, orderUnit),
        massRate: q(fromMgPerHour(orderedMgH, { ...order.unit, perKg: false, per: 'h' }, kg), massRateUnit),
      },
      delivered: {
        doseRate: q(fromMgPerHour(deliveredMgH, order.unit, kg), orderUnit),
        massRate: q(fromMgPerHour(deliveredMgH, { ...order.unit, perKg: false, per: 'h' }, kg), massRateUnit),
      },
      ratio: toPlainString(ratio),
      tolerance: {
        relative: toPlainString(tol),
        rule: 'max(1%, 0.05 mL/h (half the 0.1 mL/h pump increment) x concentration / ordered dose rate)',
      },
      findings,
      status,
    },
  };
}

/** The larger of two decimals. */
function larger(a: Dec, b: Dec): Dec {
  return a.gte(b) ? a : b;
}
