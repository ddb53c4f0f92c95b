/**
 * The nasal-spray checks (per-dose limits, the prescriber's daily maximum, priming) and the
 * refusals (a dose that is not whole sprays, a hard-limit finding, a bottle too small for a dose).
 */
import { type Dec, dec } from '../decimal/index.js';
import { type RefusalPaths, refusalsOf } from '../rules/table.js';
import { at, rulesOf } from '../rules/rule.js';
import type { Check } from '../types/plan.js';
import type { Issue } from '../types/issues.js';
import type { Quantity } from '../units/index.js';
import { quantity } from '../units/quantity.js';
import { NASAL_DOSE_LIMITS, NASAL_UNSOURCED } from './data.js';
import type { SprayDose } from './dose.js';
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

/** Failed hard checks as issues, each with the input path its rule gives. */
export function hardFailureIssues(checks: readonly Check[], paths: RefusalPaths): Issue[] {
  return refusalsOf(checks, paths);
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

const doseRule = /* @__PURE__ */ rulesOf<NasalDosePhase>();
const bottleRule = /* @__PURE__ */ rulesOf<NasalBottlePhase>();

/** The nasal spray's rules, phase by phase, run by the planners' one evaluator (`judge`). */
export const NASAL_RULES = {
  dose: [
    /* @__PURE__ */ doseRule({
      id: 'nasal.dose-limits',
      codes: ['nasal_dose_above_soft_limit', 'nasal_dose_above_hard_limit'],
      severity: { nasal_dose_above_soft_limit: 'soft', nasal_dose_above_hard_limit: 'hard' },
      path: at('dose', 'value'),
      reads: ['dose'],
      source: "Each per-dose limit's own source (NASAL_DOSE_LIMITS).",
      evaluate: ({ dose }) => doseLimitChecks(dose),
    }),
    /* @__PURE__ */ doseRule({
      id: 'nasal.daily-dose',
      codes: ['daily_dose_above_prescriber_limit'],
      severity: 'hard',
      path: at('dosesPerDay'),
      reads: ['dailyDose', 'maxDailyDose'],
      source: "The prescriber's maximum, given in the input (no source gives a default).",
      evaluate: ({ dailyDose, maxDailyDose }) => [dailyDoseCheck(dailyDose, maxDailyDose)],
    }),
  ],
  bottle: [
    /* @__PURE__ */ bottleRule({
      id: 'nasal.priming',
      codes: ['priming_not_stated'],
      severity: 'info',
      path: at('primingActuations'),
      reads: ['primingStated'],
      source: 'None: a note that no priming was given (no source gives a default).',
      evaluate: ({ primingStated }) => (primingStated ? [] : [primingNotStatedCheck()]),
    }),
  ],
} as const;
