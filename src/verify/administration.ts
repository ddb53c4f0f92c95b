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
import { type Dec, dec, readDecimal, toPlainString } from '../decimal/index.js';
import type { Issue, Issues } from '../schema/issues.js';
import {
  type DoseUnit,
  type MassUnit,
  type Quantity,
  type TimeUnit,
  type VolumeUnit,
  doseUnitCode,
  kgPer,
  mLPer,
  mgPer,
  perHour,
  readDoseUnit,
  readMassUnit,
  readTimeUnit,
  readVolumeUnit,
  readWeightUnit,
} from '../units/index.js';

// ------------------------------------------------------------------------------------------------
// Public types

/** Codes of the findings, stable API. */
export const ADMINISTRATION_FINDING_CODES = [
  'match',
  'wrong_field',
  'tenfold_high',
  'tenfold_low',
  'unit_mix_up',
  'concentration_mismatch',
  'dose_mismatch',
  'agent_not_in_bag',
] as const;
/** A finding code from {@link ADMINISTRATION_FINDING_CODES}. */
export type AdministrationFindingCode = (typeof ADMINISTRATION_FINDING_CODES)[number];

/** One finding of the check. `hard`: stop the pump and re-check; `soft`: review; `info`: all agrees. */
export interface AdministrationFinding {
  readonly code: AdministrationFindingCode;
  readonly severity: 'hard' | 'soft' | 'info';
  readonly message: string;
  /** For tenfold findings: the power of ten the ratio is nearest to (10, 100, 1000 ...). */
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
export type AdministrationResult =
  | { readonly ok: true; readonly result: AdministrationCheck }
  | { readonly ok: false; readonly issues: Issues };

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
// Parsing at the door

interface Parsed {
  readonly ingredients: readonly { readonly agent: string; readonly mg: Dec }[];
  readonly finalVolumeMl: Dec;
  readonly pump: { readonly typed: Dec; readonly kind: 'volume' | 'dose'; readonly mLh: Dec };
  readonly weightKg: Dec;
  readonly dosingWeightKg: Dec | null;
  readonly order: {
    readonly agent: string;
    readonly value: Dec;
    readonly unit: DoseUnit & { readonly per: TimeUnit };
    readonly concentrationMgMl: Dec | null;
  };
}

type Path = readonly (string | number)[];

class Reader {
  readonly issues: Issue[] = [];

  add(code: string, path: Path, message: string, expected?: string, received?: string): void {
    const issue: Issue = {
      code,
      path,
      message,
      ...(expected === undefined ? {} : { expected }),
      ...(received === undefined ? {} : { received }),
    };
    this.issues.push(issue);
  }

  object(raw: unknown, path: Path, required: readonly string[], optional: readonly string[] = []): Record<string, unknown> | null {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      this.add('invalid_type', path, 'Expected an object here.', 'object', describe(raw));
      return null;
    }
    const rec = raw as Record<string, unknown>;
    const allowed = new Set([...required, ...optional]);
    for (const key of Object.keys(rec)) {
      if (!allowed.has(key)) this.add('unknown_key', [...path, key], `Unknown key "${key}": remove it (allowed: ${[...allowed].join(', ')}).`);
    }
    for (const key of required) {
      if (!has(rec, key) || rec[key] === undefined) this.add('missing', [...path, key], `"${key}" is required.`);
    }
    return rec;
  }

  text(raw: unknown, path: Path): string | null {
    if (typeof raw !== 'string' || raw.trim().length === 0) {
      this.add('invalid_type', path, 'Expected a non-empty string.', 'string', describe(raw));
      return null;
    }
    return raw;
  }

  /** A number, or a plain decimal string; positive (or, with `allowZero`, not negative). */
  amount(raw: unknown, path: Path, allowZero = false): Dec | null {
    const r = readDecimal(raw);
    if (!r.ok) {
      this.add(`invalid_number`, path, `Expected a finite number or a plain decimal string (${r.problem}).`, 'decimal', describe(raw));
      return null;
    }
    if (r.value.isNegative() || (!allowZero && r.value.isZero())) {
      this.add('not_positive', path, allowZero ? 'Must not be negative.' : 'Must be greater than zero.', allowZero ? '>= 0' : '> 0', describe(raw));
      return null;
    }
    return r.value;
  }

  /** A `{ value, unit }` pair; returns the raw unit string for the caller to read. */
  quantity(raw: unknown, path: Path, allowZero = false): { value: Dec; unit: string } | null {
    const rec = this.object(raw, path, ['value', 'unit']);
    if (rec === null) return null;
    const value = has(rec, 'value') ? this.amount(rec['value'], [...path, 'value'], allowZero) : null;
    const unit = has(rec, 'unit') ? this.text(rec['unit'], [...path, 'unit']) : null;
    if (value === null || unit === null) return null;
    return { value, unit };
  }

  unknownUnit(path: Path, unit: string, expected: string): void {
    this.add('unknown_unit', [...path, 'unit'], `Unit "${unit}" is not accepted here.`, expected, JSON.stringify(unit));
  }
}

function has(rec: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(rec, key);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value === 'number') return String(value);
  return typeof value;
}

/** Reads `mass/volume` (mg/mL, mcg/mL ...) to mg per mL. */
function readConcentrationUnit(spelling: string): { mass: MassUnit; volume: VolumeUnit } | undefined {
  const parts = spelling.split('/');
  if (parts.length !== 2) return undefined;
  const mass = readMassUnit(parts[0] as string);
  const volume = readVolumeUnit(parts[1] as string);
  return mass === undefined || volume === undefined ? undefined : { mass, volume };
}

/** Reads `volume/time` (mL/h, mL/min) for the pump rate field. */
function readVolumeRateUnit(spelling: string): { volume: VolumeUnit; per: TimeUnit } | undefined {
  const parts = spelling.split('/');
  if (parts.length !== 2) return undefined;
  const volume = readVolumeUnit(parts[0] as string);
  const per = readTimeUnit(parts[1] as string);
  return volume === undefined || per === undefined ? undefined : { volume, per };
}

function parse(input: unknown): { ok: true; value: Parsed } | { ok: false; issues: Issues } {
  const r = new Reader();
  const root = r.object(input, [], ['bag', 'pumpRate', 'patient', 'order']);

  // Bag
  let ingredients: { agent: string; mg: Dec }[] | null = null;
  let finalVolumeMl: Dec | null = null;
  const bag = root !== null && has(root, 'bag') ? r.object(root['bag'], ['bag'], ['ingredients', 'finalVolume']) : null;
  if (bag !== null) {
    if (has(bag, 'ingredients')) {
      const raw = bag['ingredients'];
      if (!Array.isArray(raw)) {
        r.add('invalid_type', ['bag', 'ingredients'], 'Expected an array of ingredients.', 'array', describe(raw));
      } else if (raw.length === 0) {
        r.add('empty_bag', ['bag', 'ingredients'], 'The bag must list at least one ingredient.');
      } else {
        const list: { agent: string; mg: Dec }[] = [];
        raw.forEach((item: unknown, i: number) => {
          const path = ['bag', 'ingredients', i];
          const ing = r.object(item, path, ['agent', 'amount']);
          if (ing === null) return;
          const agent = has(ing, 'agent') ? r.text(ing['agent'], [...path, 'agent']) : null;
          const q = has(ing, 'amount') ? r.quantity(ing['amount'], [...path, 'amount']) : null;
          let mass: MassUnit | undefined;
          if (q !== null) {
            mass = readMassUnit(q.unit);
            if (mass === undefined) r.unknownUnit([...path, 'amount'], q.unit, 'mg, g, mcg or ug');
          }
          // mg = amount x (mg per unit)
          if (agent !== null && q !== null && mass !== undefined) list.push({ agent, mg: q.value.mul(mgPer(mass)) });
        });
        ingredients = list;
      }
    }
    if (has(bag, 'finalVolume')) {
      const q = r.quantity(bag['finalVolume'], ['bag', 'finalVolume']);
      if (q !== null) {
        const v = readVolumeUnit(q.unit);
        if (v === undefined) r.unknownUnit(['bag', 'finalVolume'], q.unit, 'mL');
        // mL = volume x (mL per unit)
        else finalVolumeMl = q.value.mul(mLPer(v));
      }
    }
  }

  // Pump rate: a volume rate is what the field expects; a dose unit there is the wrong-field error.
  let pump: Parsed['pump'] | null = null;
  if (root !== null && has(root, 'pumpRate')) {
    const q = r.quantity(root['pumpRate'], ['pumpRate'], true);
    if (q !== null) {
      const vr = readVolumeRateUnit(q.unit);
      const du = readDoseUnit(q.unit);
      if (vr !== undefined) {
        // mL/h = value x (mL per unit) x (per-time -> per-hour)
        pump = { typed: q.value, kind: 'volume', mLh: perHour(q.value.mul(mLPer(vr.volume)), vr.per) };
      } else if (du !== undefined && du.per !== null) {
        // The pump's rate field is mL/h: whatever unit the person meant, the pump runs value mL/h.
        pump = { typed: q.value, kind: 'dose', mLh: q.value };
      } else {
        r.unknownUnit(['pumpRate'], q.unit, 'mL/h (or a dose-rate unit, which is reported as a wrong-field entry)');
      }
    }
  }

  // Patient
  let weightKg: Dec | null = null;
  let dosingWeightKg: Dec | null = null;
  const patient = root !== null && has(root, 'patient') ? r.object(root['patient'], ['patient'], ['weight'], ['dosingWeight']) : null;
  if (patient !== null) {
    for (const key of ['weight', 'dosingWeight'] as const) {
      if (!has(patient, key) || patient[key] === undefined) continue;
      const q = r.quantity(patient[key], ['patient', key]);
      if (q === null) continue;
      const w = readWeightUnit(q.unit);
      if (w === undefined) {
        r.unknownUnit(['patient', key], q.unit, 'kg or lb');
        continue;
      }
      // kg = value x (kg per unit)
      const kg = q.value.mul(kgPer(w));
      if (key === 'weight') weightKg = kg;
      else dosingWeightKg = kg;
    }
  }

  // Order
  let order: Parsed['order'] | null = null;
  const o = root !== null && has(root, 'order') ? r.object(root['order'], ['order'], ['agent', 'doseRate'], ['concentration']) : null;
  if (o !== null) {
    const agent = has(o, 'agent') ? r.text(o['agent'], ['order', 'agent']) : null;
    let rate: { value: Dec; unit: DoseUnit & { per: TimeUnit } } | null = null;
    if (has(o, 'doseRate')) {
      const q = r.quantity(o['doseRate'], ['order', 'doseRate']);
      if (q !== null) {
        const du = readDoseUnit(q.unit);
        if (du === undefined || du.per === null) r.unknownUnit(['order', 'doseRate'], q.unit, 'a dose rate such as mg/h, mg/kg/h, mcg/kg/min');
        else rate = { value: q.value, unit: { mass: du.mass, perKg: du.perKg, per: du.per } };
      }
    }
    let concentrationMgMl: Dec | null = null;
    let concentrationOk = true;
    if (has(o, 'concentration') && o['concentration'] !== undefined) {
      const q = r.quantity(o['concentration'], ['order', 'concentration']);
      concentrationOk = false;
      if (q !== null) {
        const cu = readConcentrationUnit(q.unit);
        if (cu === undefined) r.unknownUnit(['order', 'concentration'], q.unit, 'mg/mL or mcg/mL');
        else {
          // mg/mL = value x (mg per mass unit) / (mL per volume unit)
          concentrationMgMl = q.value.mul(mgPer(cu.mass)).div(mLPer(cu.volume));
          concentrationOk = true;
        }
      }
    }
    if (agent !== null && rate !== null && concentrationOk) order = { agent, value: rate.value, unit: rate.unit, concentrationMgMl };
  }

  const first = r.issues[0];
  if (first !== undefined) return { ok: false, issues: [first, ...r.issues.slice(1)] };
  if (ingredients === null || finalVolumeMl === null || pump === null || weightKg === null || order === null) {
    // Unreachable: every null above has recorded an issue. Kept as a refusal, not a throw.
    return { ok: false, issues: [{ code: 'invalid_input', path: [], message: 'The input could not be read.' }] };
  }
  return { ok: true, value: { ingredients, finalVolumeMl, pump, weightKg, dosingWeightKg, order } };
}

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
