/**
 * verifyAdministration's backward calculation: from the bag as made up and the pump rate to the
 * dose the patient receives, set against the order, with the tolerance the comparison allows.
 */
import { type Dec, dec } from '../decimal/index.js';
import { type DoseUnit, type TimeUnit, mgPer, perHour } from '../units/index.js';
import type { Parsed } from './administration-parse.js';

// Tolerance rule (documented in the README-style comment of verifyAdministration)

/** The pump's rate increment the tolerance allows for: 0.1 mL/h (BD Alaris module, the library's pumps). */
const PUMP_INCREMENT_ML_H = dec('0.1');
/** Half an increment: the most a correctly rounded pump rate can differ from the exact rate. */
const HALF_INCREMENT_ML_H = PUMP_INCREMENT_ML_H.div(2);
/** The floor of the tolerance: 1% of the ordered dose rate. */
export const RELATIVE_FLOOR = dec('0.01');

/** What the bag and the pump deliver, set against the order. */
export interface Backward {
  /** The weight per-kg orders are dosed on: the dosing weight when given, otherwise the weight. */
  readonly kg: Dec;
  /** Whether the bag lists the ordered agent at all. */
  readonly inBag: boolean;
  /** Concentration of the ordered agent in the bag, mg/mL. */
  readonly concentration: Dec;
  readonly deliveredMgH: Dec;
  readonly orderedMgH: Dec;
  /** delivered / ordered. */
  readonly ratio: Dec;
  /** The accepted deviation of the ratio from 1. */
  readonly tol: Dec;
  /** Whether the ratio is within the tolerance of 1. */
  readonly agrees: boolean;
}

/** Dose rate in `unit` from a mass rate in mg/h: value = mg/h / (mg per mass unit) / kg / (per-hour factor). */
export function fromMgPerHour(mgH: Dec, unit: DoseUnit & { per: TimeUnit }, kg: Dec): Dec {
  const perUnitMass = mgH.div(mgPer(unit.mass));
  const perKg = unit.perKg ? perUnitMass.div(kg) : perUnitMass;
  // perHour(1, per) is how many of this time unit's rate make one per-hour rate (60 for min, 1 for h).
  return perKg.div(perHour(dec(1), unit.per));
}

/** A mass rate in mg/h, per hour in the order's mass unit (ug/h, mg/h or g/h), per-kg multiplied out. */
export function inOrderMassPerHour(mgH: Dec, unit: DoseUnit & { per: TimeUnit }, kg: Dec): Dec {
  return fromMgPerHour(mgH, { ...unit, perKg: false, per: 'h' }, kg);
}

/** mg/h from a dose rate: mg/h = value x (mg per mass unit) [x kg] x (per-time -> per-hour). */
function toMgPerHour(value: Dec, unit: DoseUnit & { per: TimeUnit }, kg: Dec): Dec {
  const mg = value.mul(mgPer(unit.mass));
  return perHour(unit.perKg ? mg.mul(kg) : mg, unit.per);
}

/** Backward formula: delivered mg/h = pump mL/h x (mg of the ordered agent in the bag / final mL). */
export function workBackwards({ ingredients, finalVolumeMl, pump, weightKg, dosingWeightKg, order }: Parsed): Backward {
  const kg = dosingWeightKg ?? weightKg;
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
  return { kg, inBag: inBag.length > 0, concentration, deliveredMgH, orderedMgH, ratio, tol, agrees };
}
