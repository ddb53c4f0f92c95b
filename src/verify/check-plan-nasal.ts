/**
 * checkPlan for a nasal-spray plan: every number the plan states is worked out again from the four a
 * pharmacist acts on (concentration, volume per spray, dose, doses a day) and the bottle (volume,
 * priming sprays), with its own arithmetic, sharing none with the nasal planner:
 *
 * - mg per spray = mg/mL x mL per spray; sprays per dose = dose / mg per spray, a whole number;
 * - the nostrils: the larger half first (ceil and floor of half the sprays), adding up to the dose;
 * - sprays a day = sprays per dose x doses a day; mg a day = dose x doses a day, at most the
 *   prescriber's maximum;
 * - priming mL = priming sprays x mL per spray; usable mL = bottle - priming; whole sprays =
 *   floor(usable / mL per spray); whole doses = floor(sprays / sprays per dose); left over = sprays -
 *   doses x sprays per dose; mg in the doses = doses x dose; days = floor(doses / doses a day), and
 *   not rounded (6 places).
 *
 * Every one of these is a count or a product of the plan's own decimals, so it is exact: a stated
 * value agrees when it is equal (the unrounded days to their 6 printed places).
 */
import { type Dec, dec } from '../decimal/index.js';
import type { NasalSprayPlan } from '../nasal/types.js';
import type { Quantity } from '../units/index.js';
import { show } from './check-plan-approx.js';
import { Checker, type Path } from './check-plan-read.js';
import type { CheckPlanCode, CheckPlanResult } from './check-plan-types.js';
import { frozenCopy } from '../types/freeze.js';

const PLAIN_DECIMAL = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** Reads a stated value in the one unit the nasal plan writes it in; `null` (and a disagreement) otherwise. */
function read(c: Checker, q: Quantity | undefined, unit: string, path: Path): Dec | null {
  if (q === undefined || typeof q.value !== 'string' || q.unit !== unit || !PLAIN_DECIMAL.test(q.value)) {
    c.flag('unreadable_quantity', path, `Expected a quantity in ${unit} here.`, q ?? null, null);
    return null;
  }
  return dec(q.value);
}

/** Flags `stated` unless it equals `recomputed` (both exact, compared at the 6 places a plan prints). */
function same(c: Checker, code: CheckPlanCode, path: Path, stated: Quantity, recomputed: Dec, what: string): void {
  const r = show(recomputed);
  if (PLAIN_DECIMAL.test(stated.value) && show(dec(stated.value)) === r) return;
  c.flag(code, path, `${what}: the plan states ${stated.value} ${stated.unit}, the re-calculation gives ${r} ${stated.unit}.`, stated, {
    value: r,
    unit: stated.unit,
  });
}

/** The inputs the plan echoes, read once. */
interface Inputs {
  readonly concentration: Dec;
  readonly actuation: Dec;
  readonly dose: Dec;
  readonly perDay: Dec;
  readonly maxDaily: Dec;
  readonly bottle: Dec;
  readonly priming: Dec;
}

function readInputs(c: Checker, p: NasalSprayPlan): Inputs | null {
  const concentration = read(c, p.concentration, 'mg/mL', ['concentration']);
  const actuation = read(c, p.actuationVolume, 'mL', ['actuationVolume']);
  const dose = read(c, p.dose, 'mg', ['dose']);
  const perDay = read(c, p.dosesPerDay, '{dose}/d', ['dosesPerDay']);
  const maxDaily = read(c, p.maxDailyDose, 'mg/d', ['maxDailyDose']);
  const bottle = read(c, p.bottle.volume, 'mL', ['bottle', 'volume']);
  const priming = read(c, p.bottle.primingActuations, '{spray}', ['bottle', 'primingActuations']);
  if (concentration === null || actuation === null || dose === null || perDay === null || maxDaily === null || bottle === null || priming === null) return null;
  if (!actuation.gt(0) || !concentration.gt(0) || !perDay.gt(0)) {
    c.flag(
      'unreadable_quantity',
      ['actuationVolume'],
      'The concentration, the volume per spray and the doses a day must be above zero to check the plan.',
      p.actuationVolume,
      null,
    );
    return null;
  }
  return { concentration, actuation, dose, perDay, maxDaily, bottle, priming };
}

/** The spray and the dose: mg per spray, whole sprays per dose, the nostrils, the day's sprays and mg. */
function checkDose(c: Checker, p: NasalSprayPlan, x: Inputs): Dec {
  // mg/{spray} = mg/mL x mL/{spray}
  const mgPerSpray = x.concentration.mul(x.actuation);
  same(c, 'spray_amount_mismatch', ['mgPerSpray'], p.mgPerSpray, mgPerSpray, 'mg per spray (concentration x volume per spray)');
  // {spray} = mg / (mg/{spray})
  const sprays = x.dose.div(mgPerSpray);
  if (!sprays.isInteger()) {
    c.flag(
      'dose_not_whole_sprays',
      ['dose'],
      `The dose ${p.dose.value} mg is ${show(sprays)} sprays of ${show(mgPerSpray)} mg, not a whole number.`,
      p.dose,
      null,
    );
  }
  same(c, 'sprays_per_dose_mismatch', ['spraysPerDose'], p.spraysPerDose, sprays, 'Sprays per dose (dose / mg per spray)');
  same(c, 'sprays_per_dose_mismatch', ['nostrils', 'first'], p.nostrils.first, sprays.div(2).ceil(), 'Sprays in the first nostril (the larger half)');
  same(c, 'sprays_per_dose_mismatch', ['nostrils', 'second'], p.nostrils.second, sprays.div(2).floor(), 'Sprays in the second nostril (the smaller half)');
  same(c, 'daily_dose_mismatch', ['spraysPerDay'], p.spraysPerDay, sprays.mul(x.perDay), 'Sprays a day (sprays per dose x doses a day)');
  // mg/d = mg x {dose}/d
  const daily = x.dose.mul(x.perDay);
  same(c, 'daily_dose_mismatch', ['dailyDose'], p.dailyDose, daily, 'Daily dose (dose x doses a day)');
  if (daily.gt(x.maxDaily)) {
    c.flag(
      'daily_dose_above_maximum',
      ['dailyDose'],
      `The daily dose ${show(daily)} mg is above the prescriber's maximum of ${p.maxDailyDose.value} mg a day.`,
      p.dailyDose,
      {
        value: show(daily),
        unit: 'mg/d',
      },
    );
  }
  return sprays;
}

/** The bottle: priming, usable volume, whole sprays and doses, what is left over, the days it lasts. */
function checkBottle(c: Checker, p: NasalSprayPlan, x: Inputs, sprays: Dec): void {
  const b = p.bottle;
  const at = (key: string): Path => ['bottle', key];
  // mL = {spray} x mL/{spray}
  const primingVolume = x.priming.mul(x.actuation);
  same(c, 'bottle_count_mismatch', at('primingVolume'), b.primingVolume, primingVolume, 'Priming volume (priming sprays x volume per spray)');
  const usable = x.bottle.sub(primingVolume);
  same(c, 'bottle_count_mismatch', at('usableVolume'), b.usableVolume, usable, 'Usable volume (bottle - priming)');
  const available = usable.gt(0) ? usable.div(x.actuation).floor() : dec(0);
  same(c, 'bottle_count_mismatch', at('spraysAvailable'), b.spraysAvailable, available, 'Whole sprays in the usable volume');
  if (!sprays.gt(0)) return;
  const doses = available.div(sprays).floor();
  same(c, 'bottle_count_mismatch', at('dosesPerBottle'), b.dosesPerBottle, doses, 'Whole doses in the bottle');
  same(c, 'bottle_count_mismatch', at('leftoverSprays'), b.leftoverSprays, available.sub(doses.mul(sprays)), 'Sprays left over');
  same(c, 'bottle_count_mismatch', at('amountInDoses'), b.amountInDoses, doses.mul(x.dose), 'mg in the whole doses');
  same(c, 'bottle_count_mismatch', at('daysPerBottle'), b.daysPerBottle, doses.div(x.perDay).floor(), 'Whole days of full dosing');
  same(c, 'bottle_count_mismatch', at('daysPerBottleExact'), b.daysPerBottleExact, doses.div(x.perDay), 'Days of full dosing, not rounded');
}

/**
 * Re-derives a nasal-spray plan.
 * @param plan - a nasal-spray plan, read
 * @returns agreement, or the disagreements
 */
export function checkNasal(plan: NasalSprayPlan): CheckPlanResult {
  const c = new Checker();
  const inputs = readInputs(c, plan);
  if (inputs !== null) checkBottle(c, plan, inputs, checkDose(c, plan, inputs));
  return frozenCopy(c.disagreements.length === 0 ? { ok: true } : { ok: false, disagreements: c.disagreements });
}
