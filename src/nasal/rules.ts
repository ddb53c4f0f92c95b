/**
 * The nasal-spray checks (per-dose limits, the prescriber's daily maximum, priming) and the
 * refusals (a dose that is not whole sprays, a hard-limit finding, a bottle too small for a dose).
 */
import { type Dec, dec } from '../decimal/index.js';
import type { Rule } from '../rules/table.js';
import type { Check } from '../types/plan.js';
import type { Issue } from '../types/issues.js';
import type { Quantity } from '../units/index.js';
import { quantity } from '../units/quantity.js';
import { NASAL_DOSE_LIMITS, NASAL_UNSOURCED } from './data.js';
import type { SprayDose } from './dose.js';
import type { Path } from './input.js';
import { SPRAY } from './units.js';

/** The per-dose limits, in data order (on the dose as ordered: identical to delivered when it is whole sprays). */
export function doseLimitChecks(dose: Dec): Check[] {
  return NASAL_DOSE_LIMITS.map((limit) => {
    const value = dec(limit.value);
    const passed = dose.lte(value);
    return {
      code: `nasal_dose_above_${limit.severity}_limit`,
      rule: limit.id,
      severity: limit.severity,
      passed,
      agent: 'ketamine',
      observed: quantity(dose, 'mg'),
      limit: quantity(value, limit.unit),
      source: limit.source,
      message: passed
        ? `The dose is within the ${limit.severity} limit of ${limit.value} ${limit.unit} per administration.`
        : limit.severity === 'hard'
          ? `The dose exceeds ${limit.value} ${limit.unit} per administration, the dose of the only repeated intranasal trial, which was stopped for poor tolerability; this cannot be overridden.`
          : `The dose exceeds ${limit.value} ${limit.unit} per administration, the highest single intranasal racemic dose in the trials found; acknowledge with a reason to proceed.`,
    };
  });
}

/** The daily total against the prescriber's maximum (mg/d), a hard check. */
export function dailyDoseCheck(dailyDose: Dec, maxDailyDose: Dec): Check {
  const passed = dailyDose.lte(maxDailyDose);
  const unsourced = NASAL_UNSOURCED.find((u) => u.input === 'maxDailyDose')?.why ?? '';
  const max = quantity(maxDailyDose, 'mg/d');
  return {
    code: 'daily_dose_above_prescriber_limit',
    rule: 'input.maxDailyDose',
    severity: 'hard',
    passed,
    agent: 'ketamine',
    observed: quantity(dailyDose, 'mg/d'),
    limit: max,
    message: passed
      ? `The daily total is within the prescriber's maximum of ${max.value} mg/d. ${unsourced}`
      : `The daily total (dose x doses per day) exceeds the prescriber's maximum of ${max.value} mg/d; lower the dose or the doses per day. ${unsourced}`,
  };
}

/** A note when no priming was stated, so the bottle counts are the most it can give. */
export function primingNotStatedCheck(): Check {
  return {
    code: 'priming_not_stated',
    rule: 'input.primingActuations',
    severity: 'info',
    passed: false,
    message: `No priming actuations were given, so none are counted and the bottle counts below are the most it can give. ${
      NASAL_UNSOURCED.find((u) => u.input === 'primingActuations')?.why ?? ''
    }`,
  };
}

/** The refusal of a dose that is not a whole number of sprays, with the whole-spray doses either side. */
export function notWholeSpraysIssue(orderedDose: Dec, sprays: SprayDose): Issue {
  const { spraysExact, mgPerSpray } = sprays;
  const below = spraysExact.floor();
  const above = spraysExact.ceil();
  const alternatives: Record<string, { sprays: Quantity; dose: Quantity }> = {};
  if (below.gte(1)) alternatives['below'] = { sprays: quantity(below, SPRAY), dose: quantity(below.mul(mgPerSpray), 'mg') };
  alternatives['above'] = { sprays: quantity(above, SPRAY), dose: quantity(above.mul(mgPerSpray), 'mg') };
  const options = Object.values(alternatives)
    .map((a) => `${a.dose.value} mg (${a.sprays.value} spray${a.sprays.value === '1' ? '' : 's'})`)
    .join(' or ');
  return {
    code: 'dose_not_whole_sprays',
    path: ['dose', 'value'],
    message: `${quantity(orderedDose, 'mg').value} mg is ${quantity(spraysExact, SPRAY).value} sprays of ${quantity(mgPerSpray, 'mg').value} mg; a pump gives whole sprays only. Nearest whole-spray doses: ${options}. Choose one, or change the concentration.`,
    observed: quantity(spraysExact, SPRAY),
    mgPerSpray: quantity(mgPerSpray, `mg/${SPRAY}`),
    ...alternatives,
  };
}

const CHECK_PATH: Record<string, Path> = {
  nasal_dose_above_hard_limit: ['dose', 'value'],
  daily_dose_above_prescriber_limit: ['dosesPerDay'],
};

/** Failed hard checks as issues, each with the input path it concerns. */
export function hardFailureIssues(checks: readonly Check[]): Issue[] {
  return checks.filter((c) => c.severity === 'hard' && !c.passed).map((c) => ({ ...c, path: CHECK_PATH[c.code] ?? [] }));
}

/** The refusal of a bottle that, after priming, holds fewer sprays than one dose. */
export function bottleTooSmallIssue(spraysAvailable: Dec, spraysPerDose: Dec): Issue {
  return {
    code: 'bottle_too_small_for_one_dose',
    path: ['bottleVolume', 'value'],
    message: `After priming, the bottle gives ${spraysAvailable.toFixed()} whole sprays, fewer than the ${spraysPerDose.toFixed()} one dose needs. Dispense a larger bottle.`,
    observed: quantity(spraysAvailable, SPRAY),
    limit: quantity(spraysPerDose, SPRAY),
  };
}

/** What the nasal dose rules read: the dose, and the daily dose against the prescriber's maximum. */
export interface NasalDosePhase {
  readonly dose: Dec;
  readonly dailyDose: Dec;
  readonly maxDailyDose: Dec;
}

/** What the nasal bottle rules read. */
export interface NasalBottlePhase {
  readonly primingStated: boolean;
}

/** The nasal spray's rules, phase by phase, run by the planners' one evaluator (`judge`). */
export const NASAL_RULES = {
  dose: [
    { id: 'nasal.dose-limits', evaluate: ({ dose }) => doseLimitChecks(dose) },
    { id: 'nasal.daily-dose', evaluate: ({ dailyDose, maxDailyDose }) => [dailyDoseCheck(dailyDose, maxDailyDose)] },
  ] satisfies readonly Rule<NasalDosePhase>[],
  bottle: [
    { id: 'nasal.priming', evaluate: ({ primingStated }) => (primingStated ? [] : [primingNotStatedCheck()]) },
  ] satisfies readonly Rule<NasalBottlePhase>[],
} as const;
