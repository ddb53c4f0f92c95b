/**
 * How checkPlan reads the plan's quantities (units through the unit table only) and records what
 * does not agree. Each step of the re-calculation starts its own {@link Checker} and returns its
 * list, so a step depends on its arguments alone and the steps' lists join in the order they ran.
 */
import { type Dec, dec } from '../decimal/index.js';
import {
  type Quantity,
  kgPer,
  mLPer,
  mgPer,
  perHour,
  readDoseUnit,
  readMassUnit,
  readTimeUnit,
  readVolumeUnit,
  readWeightUnit,
  toHours,
} from '../units/index.js';
import { type Approx, HALF_UNIT, STATED_SLACK, show } from './check-plan-approx.js';
import type { CheckPlanCode, PlanDisagreement } from './check-plan-types.js';

/** What a stated quantity measures; each kind has one base unit (see {@link baseFactor}). */
export type Kind = 'volume' | 'mass' | 'time' | 'weight' | 'concentration' | 'volume-rate' | 'dose-rate' | 'dose-rate-per-kg' | 'dose-per-kg';

/** Where in the plan, as keys. */
export type Path = readonly (string | number)[];

/** What one step of the re-calculation found. */
export interface Found {
  readonly disagreements: readonly PlanDisagreement[];
}

/** Hours in one unit of time. */
function hoursIn(spelling: string): Dec | undefined {
  const t = readTimeUnit(spelling);
  return t === undefined ? undefined : toHours(dec(1), t);
}

/** The factor from `unit` to the base unit of `kind` (mg, mL, h, kg, mg/mL, mL/h, mg/h, mg/kg/h, mg/kg). */
function baseFactor(unit: string, kind: Kind): Dec | undefined {
  return FACTORS[kind](unit);
}

/** The factor from a unit of each kind to its base unit; `undefined` when the unit is not of that kind. */
const FACTORS: { readonly [K in Kind]: (unit: string) => Dec | undefined } = {
  volume: (unit) => {
    const v = readVolumeUnit(unit);
    return v === undefined ? undefined : mLPer(v);
  },
  mass: (unit) => {
    const m = readMassUnit(unit);
    return m === undefined ? undefined : mgPer(m);
  },
  time: hoursIn,
  weight: (unit) => {
    const w = readWeightUnit(unit);
    return w === undefined ? undefined : kgPer(w);
  },
  concentration: concentrationFactor,
  'volume-rate': volumeRateFactor,
  'dose-rate': (unit) => doseFactor(unit, 'dose-rate'),
  'dose-rate-per-kg': (unit) => doseFactor(unit, 'dose-rate-per-kg'),
  'dose-per-kg': (unit) => doseFactor(unit, 'dose-per-kg'),
};

/** The factor from a concentration unit (mass/volume) to mg/mL. */
function concentrationFactor(unit: string): Dec | undefined {
  const parts = unit.split('/');
  if (parts.length !== 2) return undefined;
  const m = readMassUnit(parts[0] as string);
  const v = readVolumeUnit(parts[1] as string);
  return m === undefined || v === undefined ? undefined : mgPer(m).div(mLPer(v));
}

/** The factor from a volume-rate unit (volume/time) to mL/h. */
function volumeRateFactor(unit: string): Dec | undefined {
  const parts = unit.split('/');
  if (parts.length !== 2) return undefined;
  const v = readVolumeUnit(parts[0] as string);
  const t = readTimeUnit(parts[1] as string);
  return v === undefined || t === undefined ? undefined : perHour(mLPer(v), t);
}

/** The factor from a dose unit to mg/h, mg/kg/h or mg/kg; `undefined` when the unit is not of that kind. */
function doseFactor(unit: string, kind: 'dose-rate' | 'dose-rate-per-kg' | 'dose-per-kg'): Dec | undefined {
  const d = readDoseUnit(unit);
  if (d === undefined) return undefined;
  const wantPerKg = kind !== 'dose-rate';
  const wantPer = kind !== 'dose-per-kg';
  if (d.perKg !== wantPerKg || (d.per !== null) !== wantPer) return undefined;
  return d.per === null ? mgPer(d.mass) : perHour(mgPer(d.mass), d.per);
}

const PLAIN_DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** The disagreements one step has found, and how it reads and compares the plan's stated values. */
export class Checker {
  readonly disagreements: PlanDisagreement[] = [];

  /** A stated quantity in base units, with the half-unit error of its printing; `null` (and a disagreement) if unreadable. */
  read(q: Quantity | null | undefined, kind: Kind, path: Path): Approx | null {
    if (q === null || q === undefined || typeof q.value !== 'string' || typeof q.unit !== 'string') {
      this.flag('unreadable_quantity', path, `Expected a ${kind} quantity here.`, null, null);
      return null;
    }
    const f = baseFactor(q.unit, kind);
    if (f === undefined || !PLAIN_DECIMAL.test(q.value)) {
      this.flag('unreadable_quantity', path, `"${q.value} ${q.unit}" is not a ${kind} the check can read.`, q, null);
      return null;
    }
    return { v: dec(q.value).mul(f), e: HALF_UNIT.mul(f) };
  }

  /**
   * Compares a stated quantity with a recomputed one (base units). Agrees when the difference is
   * within the recomputed bound plus {@link STATED_SLACK} in the stated unit.
   */
  compare(code: CheckPlanCode, path: Path, stated: Quantity | null | undefined, kind: Kind, recomputed: Approx, what: string): void {
    const s = this.read(stated, kind, path);
    if (s === null || stated === null || stated === undefined) return;
    const f = baseFactor(stated.unit, kind) as Dec;
    const tol = recomputed.e.add(STATED_SLACK.mul(f));
    const diff = s.v.sub(recomputed.v).abs();
    if (diff.lte(tol)) return;
    const r = { value: show(recomputed.v.div(f)), unit: stated.unit };
    this.flag(
      code,
      path,
      `${what}: the plan states ${stated.value} ${stated.unit}, the re-calculation gives ${r.value} ${r.unit} (difference ${show(diff.div(f))}, tolerance ${show(tol.div(f))} ${stated.unit}).`,
      stated,
      r,
    );
  }

  flag(code: CheckPlanCode, path: Path, message: string, planValue: Quantity | null, recomputed: Quantity | null): void {
    this.disagreements.push({ code, path, message, planValue, recomputed });
  }

  /** Appends what a sub-step found, after what this step found so far, and hands the sub-step's result on. */
  absorb<T extends Found>(step: T): T {
    this.disagreements.push(...step.disagreements);
    return step;
  }
}
