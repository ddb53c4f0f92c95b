/**
 * verifyAdministration's input door: the bag, the pump rate, the patient and the order, read into
 * base units (mg, mL, mL/h, kg) by the strict reader, or the coded issues that refuse the input.
 */
import type { Dec } from '../decimal/index.js';
import type { Issues } from '../types/issues.js';
import {
  type DoseUnit,
  type MassUnit,
  type TimeUnit,
  type VolumeUnit,
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
import { type Read, Reader, describe, has } from './administration-reader.js';

/** The input as read, in base units. */
export interface Parsed {
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

type Root = Record<string, unknown> | null;
type Ingredient = Parsed['ingredients'][number];

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

/** Reads a dose unit with a time (mg/h, mg/kg/h, mcg/kg/min): an order's dose rate. */
function readDoseRateUnit(spelling: string): (DoseUnit & { per: TimeUnit }) | undefined {
  const du = readDoseUnit(spelling);
  return du === undefined || du.per === null ? undefined : { mass: du.mass, perKg: du.perKg, per: du.per };
}

/** Reads the whole input; refuses it with every issue found, in the order of its fields. */
export function parse(input: unknown): { ok: true; value: Parsed } | { ok: false; issues: Issues } {
  const r = new Reader();
  const root = r.object(input, [], ['bag', 'pumpRate', 'patient', 'order']);
  const bag = r.absorb(parseBag(root));
  const pump = r.absorb(parsePumpRate(root));
  const patient = r.absorb(parsePatient(root));
  const order = r.absorb(parseOrder(root));

  const first = r.issues[0];
  if (first !== undefined) return { ok: false, issues: [first, ...r.issues.slice(1)] };
  const ingredients = bag?.ingredients ?? null;
  const finalVolumeMl = bag?.finalVolumeMl ?? null;
  const weightKg = patient?.weightKg ?? null;
  const dosingWeightKg = patient?.dosingWeightKg ?? null;
  if (ingredients === null || finalVolumeMl === null || pump === null || weightKg === null || order === null) {
    // Unreachable: every null above has recorded an issue. Kept as a refusal, not a throw.
    return { ok: false, issues: [{ code: 'invalid_input', path: [], message: 'The input could not be read.' }] };
  }
  return { ok: true, value: { ingredients, finalVolumeMl, pump, weightKg, dosingWeightKg, order } };
}

/** The bag: its ingredients in mg and its final volume in mL, each `null` when absent or refused. */
function parseBag(root: Root): Read<{ ingredients: Ingredient[] | null; finalVolumeMl: Dec | null }> {
  const r = new Reader();
  const bag = root !== null && has(root, 'bag') ? r.object(root['bag'], ['bag'], ['ingredients', 'finalVolume']) : null;
  if (bag === null) return r.none();
  const ingredients = has(bag, 'ingredients') ? r.absorb(parseIngredients(bag['ingredients'])) : null;
  let finalVolumeMl: Dec | null = null;
  if (has(bag, 'finalVolume')) {
    const v = r.measured(bag['finalVolume'], ['bag', 'finalVolume'], readVolumeUnit, 'mL');
    // mL = volume x (mL per unit)
    if (v !== null) finalVolumeMl = v.value.mul(mLPer(v.unit));
  }
  return r.done({ ingredients, finalVolumeMl });
}

/** A non-empty list of ingredients; the ones read, even when another was refused (its issue stops the check). */
function parseIngredients(raw: unknown): Read<Ingredient[]> {
  const r = new Reader();
  if (!Array.isArray(raw)) {
    r.add('invalid_type', ['bag', 'ingredients'], 'Expected an array of ingredients.', 'array', describe(raw));
    return r.none();
  }
  if (raw.length === 0) {
    r.add('empty_bag', ['bag', 'ingredients'], 'The bag must list at least one ingredient.');
    return r.none();
  }
  const list: Ingredient[] = [];
  raw.forEach((item: unknown, i: number) => {
    const ingredient = r.absorb(parseIngredient(item, i));
    if (ingredient !== null) list.push(ingredient);
  });
  return r.done(list);
}

/** One ingredient: its agent and its amount in mg. */
function parseIngredient(item: unknown, i: number): Read<Ingredient> {
  const r = new Reader();
  const path = ['bag', 'ingredients', i];
  const ing = r.object(item, path, ['agent', 'amount']);
  if (ing === null) return r.none();
  const agent = has(ing, 'agent') ? r.text(ing['agent'], [...path, 'agent']) : null;
  const amount = has(ing, 'amount') ? r.measured(ing['amount'], [...path, 'amount'], readMassUnit, 'mg, g, mcg or ug') : null;
  if (agent === null || amount === null) return r.none();
  // mg = amount x (mg per unit)
  return r.done({ agent, mg: amount.value.mul(mgPer(amount.unit)) });
}

/** The pump rate: a volume rate is what the field expects; a dose unit there is the wrong-field error. */
function parsePumpRate(root: Root): Read<Parsed['pump']> {
  const r = new Reader();
  if (root === null || !has(root, 'pumpRate')) return r.none();
  const q = r.quantity(root['pumpRate'], ['pumpRate'], true);
  if (q === null) return r.none();
  const vr = readVolumeRateUnit(q.unit);
  const du = readDoseUnit(q.unit);
  if (vr !== undefined) {
    // mL/h = value x (mL per unit) x (per-time -> per-hour)
    return r.done({ typed: q.value, kind: 'volume', mLh: perHour(q.value.mul(mLPer(vr.volume)), vr.per) });
  }
  if (du !== undefined && du.per !== null) {
    // The pump's rate field is mL/h: whatever unit the person meant, the pump runs value mL/h.
    return r.done({ typed: q.value, kind: 'dose', mLh: q.value });
  }
  r.unknownUnit(['pumpRate'], q.unit, 'mL/h (or a dose-rate unit, which is reported as a wrong-field entry)');
  return r.none();
}

/** The patient's weight and optional dosing weight, in kg. */
function parsePatient(root: Root): Read<{ weightKg: Dec | null; dosingWeightKg: Dec | null }> {
  const r = new Reader();
  const patient = root !== null && has(root, 'patient') ? r.object(root['patient'], ['patient'], ['weight'], ['dosingWeight']) : null;
  if (patient === null) return r.none();
  const kg = (key: 'weight' | 'dosingWeight'): Dec | null => {
    if (!has(patient, key)) return null;
    const w = r.measured(patient[key], ['patient', key], readWeightUnit, 'kg or lb');
    // kg = value x (kg per unit)
    return w === null ? null : w.value.mul(kgPer(w.unit));
  };
  const weightKg = kg('weight');
  return r.done({ weightKg, dosingWeightKg: kg('dosingWeight') });
}

/** The order: its agent, its dose rate, and the concentration it names, if any. */
function parseOrder(root: Root): Read<Parsed['order']> {
  const r = new Reader();
  const o = root !== null && has(root, 'order') ? r.object(root['order'], ['order'], ['agent', 'doseRate'], ['concentration']) : null;
  if (o === null) return r.none();
  const agent = has(o, 'agent') ? r.text(o['agent'], ['order', 'agent']) : null;
  const rate = has(o, 'doseRate') ? r.measured(o['doseRate'], ['order', 'doseRate'], readDoseRateUnit, 'a dose rate such as mg/h, mg/kg/h, mcg/kg/min') : null;
  let concentrationMgMl: Dec | null = null;
  let concentrationOk = true;
  if (has(o, 'concentration') && o['concentration'] !== undefined) {
    const c = r.measured(o['concentration'], ['order', 'concentration'], readConcentrationUnit, 'mg/mL or mcg/mL');
    concentrationOk = c !== null;
    // mg/mL = value x (mg per mass unit) / (mL per volume unit)
    if (c !== null) concentrationMgMl = c.value.mul(mgPer(c.unit.mass)).div(mLPer(c.unit.volume));
  }
  if (agent === null || rate === null || !concentrationOk) return r.none();
  return r.done({ agent, value: rate.value, unit: rate.unit, concentrationMgMl });
}
