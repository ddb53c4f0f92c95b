/**
 * What a limit or cap measures, read from its unit, with its value in the library's base units
 * (mg, mL, h, kg). `mg/min` and `mg/h` are both a dose rate; `mg/kg` is a session amount per kg.
 */
import { Dec, dec } from '../decimal/index.js';
import { mgPer, mLPer, perHour, readDoseUnit, readMassUnit, readTimeUnit, readVolumeUnit, toHours } from './index.js';

/** Measures a limit can be set on. */
export const MEASURES = ['dose-rate', 'dose-rate-per-kg', 'session-dose', 'session-dose-per-kg', 'concentration', 'duration'] as const;
/** A measure from {@link MEASURES}. */
export type Measure = (typeof MEASURES)[number];

/** Base unit of each measure, as a UCUM code. */
export const MEASURE_BASE_UNIT: Record<Measure, string> = {
  'dose-rate': 'mg/h',
  'dose-rate-per-kg': 'mg/kg/h',
  'session-dose': 'mg',
  'session-dose-per-kg': 'mg/kg',
  concentration: 'mg/mL',
  duration: 'h',
};

/** A value in a measure's base unit. */
export interface MeasuredValue {
  readonly measure: Measure;
  readonly base: Dec;
}

/**
 * Reads `value` in `unit` as a measure in base units, or `undefined` when the unit is not one a
 * limit can use.
 * @example readMeasure('150', 'mg/min') // { measure: 'dose-rate', base: 9000 (mg/h) }
 */
export function readMeasure(value: Dec, unit: string): MeasuredValue | undefined {
  const dose = readDoseUnit(unit);
  if (dose) {
    // mg/h = value x (mg per mass unit) / (h per time unit)
    const mg = value.mul(mgPer(dose.mass));
    const base = dose.per ? perHour(mg, dose.per) : mg;
    const measure: Measure = dose.per ? (dose.perKg ? 'dose-rate-per-kg' : 'dose-rate') : dose.perKg ? 'session-dose-per-kg' : 'session-dose';
    return { measure, base };
  }
  const [m, v, extra] = unit.split('/');
  if (m !== undefined && v !== undefined && extra === undefined) {
    const mass = readMassUnit(m);
    const vol = readVolumeUnit(v);
    // mg/mL = value x (mg per mass unit) / (mL per volume unit)
    if (mass && vol) return { measure: 'concentration', base: value.mul(mgPer(mass)).div(mLPer(vol)) };
  }
  const t = readTimeUnit(unit);
  if (t) return { measure: 'duration', base: toHours(value, t) };
  return undefined;
}

/** Converts a base-unit value of a dose measure to the given mass unit (and per-time in hours). */
export function fromMgTo(baseMg: Dec, massUnit: 'g' | 'mg' | 'ug'): Dec {
  return baseMg.div(mgPer(massUnit));
}

/** Hours to minutes. */
export function hoursToMinutes(h: Dec): Dec {
  return h.mul(dec(60));
}
