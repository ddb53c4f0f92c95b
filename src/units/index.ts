/**
 * The closed set of units the library reads and writes, with exact conversion factors.
 *
 * Output units are UCUM codes (`ug`, `mg/h`, `mL/h`, `[lb_av]` ...). On input the common clinical
 * spellings are accepted as well: `mcg` for microgram (UCUM reads `mcg` as something else, so it
 * is never written), `lb` for the avoirdupois pound and `in` for the international inch.
 */
import { Dec, dec } from '../decimal/index.js';

/** Mass units (UCUM codes). */
export const MASS_UNITS = ['g', 'mg', 'ug'] as const;
/** A mass unit. */
export type MassUnit = (typeof MASS_UNITS)[number];

/** Volume units (UCUM codes). */
export const VOLUME_UNITS = ['mL', 'L'] as const;
/** A volume unit. */
export type VolumeUnit = (typeof VOLUME_UNITS)[number];

/** Time units (UCUM codes). */
export const TIME_UNITS = ['min', 'h'] as const;
/** A time unit. */
export type TimeUnit = (typeof TIME_UNITS)[number];

/** Body-weight units (UCUM codes): kilogram and avoirdupois pound. */
export const WEIGHT_UNITS = ['kg', '[lb_av]'] as const;
/** A body-weight unit. */
export type WeightUnit = (typeof WEIGHT_UNITS)[number];

/** Height units (UCUM codes): centimetre and international inch. */
export const HEIGHT_UNITS = ['cm', '[in_i]'] as const;
/** A height unit. */
export type HeightUnit = (typeof HEIGHT_UNITS)[number];

/** Exact factors to the base unit of each dimension (mg, mL, h, kg, cm), as strings. */
const MASS_TO_MG: Record<MassUnit, string> = { g: '1000', mg: '1', ug: '0.001' };
const VOLUME_TO_ML: Record<VolumeUnit, string> = { mL: '1', L: '1000' };
/** Minutes in one unit of time: exact integers, so per-time conversions are exact multiplications. */
const TIME_IN_MIN: Record<TimeUnit, string> = { h: '60', min: '1' };
/** 1 lb = 0.45359237 kg exactly (international yard and pound agreement, 1959). */
export const KG_PER_LB = '0.45359237';
const WEIGHT_TO_KG: Record<WeightUnit, string> = { kg: '1', '[lb_av]': KG_PER_LB };
/** 1 in = 2.54 cm exactly (same agreement). */
export const CM_PER_INCH = '2.54';
const HEIGHT_TO_CM: Record<HeightUnit, string> = { cm: '1', '[in_i]': CM_PER_INCH };

/** A mass unit as the door reads it: a UCUM code, or `mcg` for the microgram. */
export type MassSpelling = 'g' | 'mg' | 'ug' | 'mcg';
/** A volume unit as the door reads it (`ml` is read as `mL`). */
export type VolumeSpelling = 'mL' | 'ml' | 'L';
/** A time unit as the door reads it. */
export type TimeSpelling = 'h' | 'min';
/** A body-weight unit as the door reads it (`lb` is the UCUM `[lb_av]`). */
export type WeightSpelling = 'kg' | 'lb' | '[lb_av]';
/** A height unit as the door reads it (`in` is the UCUM `[in_i]`). */
export type HeightSpelling = 'cm' | 'in' | '[in_i]';

/**
 * Spellings accepted on input, mapped to the UCUM code the library writes. Each table is keyed by its
 * spelling type, so a table and its type (which the request types and the JSON Schemas use) name
 * exactly the same spellings: a spelling added to one and not the other does not compile.
 */
const MASS_SPELLINGS: Record<MassSpelling, MassUnit> = { g: 'g', mg: 'mg', ug: 'ug', mcg: 'ug' };
const VOLUME_SPELLINGS: Record<VolumeSpelling, VolumeUnit> = { mL: 'mL', ml: 'mL', L: 'L' };
const TIME_SPELLINGS: Record<TimeSpelling, TimeUnit> = { h: 'h', min: 'min' };
const WEIGHT_SPELLINGS: Record<WeightSpelling, WeightUnit> = { kg: 'kg', lb: '[lb_av]', '[lb_av]': '[lb_av]' };
const HEIGHT_SPELLINGS: Record<HeightSpelling, HeightUnit> = { cm: 'cm', in: '[in_i]', '[in_i]': '[in_i]' };
/** Serum creatinine units the door reads (umol/L is converted to mg/dL with the cited factor). */
export const CREATININE_UNITS = Object.freeze(['mg/dL', 'umol/L'] as const);
/** A serum creatinine unit. */
export type CreatinineUnit = (typeof CREATININE_UNITS)[number];

/** Each conversion factor read once: a factor is one of the constant strings above, and a Dec is immutable. */
const FACTORS: Record<string, Dec> = {};

function factor(f: string): Dec {
  return (FACTORS[f] ??= dec(f));
}

function lookup<T extends string>(table: Record<string, T>, spelling: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, spelling) ? table[spelling] : undefined;
}

/** Reads a mass unit spelling (`mcg` and `ug` both mean microgram). */
export function readMassUnit(spelling: string): MassUnit | undefined {
  return lookup(MASS_SPELLINGS, spelling);
}
/** Reads a volume unit spelling. */
export function readVolumeUnit(spelling: string): VolumeUnit | undefined {
  return lookup(VOLUME_SPELLINGS, spelling);
}
/** Reads a time unit spelling. */
export function readTimeUnit(spelling: string): TimeUnit | undefined {
  return lookup(TIME_SPELLINGS, spelling);
}
/** Reads a body-weight unit spelling (`lb` is the avoirdupois pound). */
export function readWeightUnit(spelling: string): WeightUnit | undefined {
  return lookup(WEIGHT_SPELLINGS, spelling);
}
/** Reads a height unit spelling (`in` is the international inch). */
export function readHeightUnit(spelling: string): HeightUnit | undefined {
  return lookup(HEIGHT_SPELLINGS, spelling);
}

/** mg in one unit of `u`. */
export function mgPer(u: MassUnit): Dec {
  return factor(MASS_TO_MG[u]);
}
/** mL in one unit of `u`. */
export function mLPer(u: VolumeUnit): Dec {
  return factor(VOLUME_TO_ML[u]);
}
/** Converts a time in `u` to hours: h = min / 60 (exact for whole hours; 40 significant digits otherwise). */
export function toHours(value: Dec, u: TimeUnit): Dec {
  return value.mul(dec(TIME_IN_MIN[u])).div(60);
}
/** Converts a rate per `u` to a rate per hour: exact (x 60 for per-minute, x 1 for per-hour). */
export function perHour(value: Dec, u: TimeUnit): Dec {
  return value.mul(dec(60)).div(dec(TIME_IN_MIN[u]));
}
/** kg in one unit of `u`. */
export function kgPer(u: WeightUnit): Dec {
  return factor(WEIGHT_TO_KG[u]);
}
/** cm in one unit of `u`. */
export function cmPer(u: HeightUnit): Dec {
  return factor(HEIGHT_TO_CM[u]);
}

/**
 * A dose unit: a mass, optionally per kg of dosing weight, optionally per unit of time.
 * Covers mg, mg/kg, mg/h, mg/kg/h, ug/kg/min, g/kg ... (18 UCUM codes in all).
 */
export interface DoseUnit {
  readonly mass: MassUnit;
  readonly perKg: boolean;
  readonly per: TimeUnit | null;
}

/** The UCUM code of a dose unit, e.g. `ug/kg/min`. */
export function doseUnitCode(u: DoseUnit): string {
  return [u.mass, u.perKg ? 'kg' : null, u.per].filter((p) => p !== null).join('/');
}

/**
 * Reads a dose unit such as `mg/kg/h`, `mcg/kg/min`, `ug/kg/min`, `mg/kg`, `mg/h` or `mg`.
 * Anything else (including `mg/kg/hr`, `µg` and `units`) is not a dose unit of this library.
 */
export function readDoseUnit(spelling: string): DoseUnit | undefined {
  // Mass, then an optional `kg`, then an optional time: anything left over is refused at the end.
  const parts = spelling.split('/');
  const mass = readMassUnit(parts[0] as string);
  if (mass === undefined) return undefined;
  let i = 1;
  let perKg = false;
  if (parts[i] === 'kg') {
    perKg = true;
    i += 1;
  }
  let per: TimeUnit | null = null;
  if (i < parts.length) {
    const t = readTimeUnit(parts[i] as string);
    if (t === undefined) return undefined;
    per = t;
    i += 1;
  }
  if (i !== parts.length) return undefined;
  return { mass, perKg, per };
}

/** Every dose unit code the library knows, for documentation and error messages. */
export const DOSE_UNIT_CODES: readonly string[] = Object.freeze(
  MASS_UNITS.flatMap((mass) => [false, true].flatMap((perKg) => ([null, 'min', 'h'] as const).map((per) => doseUnitCode({ mass, perKg, per })))),
);

/** A quantity as the library writes it: a plain decimal string and a UCUM unit code. */
export interface Quantity {
  readonly value: string;
  readonly unit: string;
}
