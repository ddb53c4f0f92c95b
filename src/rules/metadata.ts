/**
 * What several rules declare alike: the codes and severities of a catalogue limit's outcome, the
 * codes of patient plausibility, and where a refusal by either points in the input.
 */
import type { Severity } from '../catalogue/types.js';
import { limitCode } from '../checks/limits.js';
import { type CheckCode, LIMIT_CODES, type LimitCode, type PatientCode } from '../types/codes.js';
import type { Check } from '../types/plan.js';
import { MEASURES } from '../units/measure.js';
import { type CodeSeverity, type InputPath, type Rule, severitiesOf } from './rule.js';

/** A limit's outcome carries the limit's own severity: `..._soft_limit` is soft, `..._hard_limit` hard. */
function limitSeverities(): Record<LimitCode, Severity> {
  const out: Partial<Record<LimitCode, Severity>> = {};
  for (const m of MEASURES) for (const b of ['upper', 'lower'] as const) for (const s of ['soft', 'hard'] as const) out[limitCode(m, b, s)] = s;
  return out as Record<LimitCode, Severity>;
}

/** The severity of each catalogue limit's outcome code. */
export const LIMIT_SEVERITY: Readonly<Record<LimitCode, Severity>> = /* @__PURE__ */ limitSeverities();

/** The limit codes on the final concentration: a refusal by one points at the preparation. */
const CONCENTRATION_LIMIT_CODES: ReadonlySet<CheckCode> = /* @__PURE__ */ new Set(
  (['upper', 'lower'] as const).flatMap((b) => (['soft', 'hard'] as const).map((s) => limitCode('concentration', b, s))),
);

/** The codes an agent's limits rule can emit: each limit's outcome, an unknown earlier total, a conservative window, an unverified limit. */
export const AGENT_LIMIT_CODES = [...LIMIT_CODES, 'cumulative_dose_unknown', 'window_counted_conservatively', 'unverified_data'] as const;

/** Their severities: an unknown earlier total takes the limit's severity (a hard limit that cannot be evaluated refuses). */
export const AGENT_LIMIT_SEVERITY = {
  ...LIMIT_SEVERITY,
  cumulative_dose_unknown: ['hard', 'soft'],
  window_counted_conservatively: 'info',
  unverified_data: 'info',
} as const satisfies Record<(typeof AGENT_LIMIT_CODES)[number], CodeSeverity>;

/** Where a refusal by an agent limit points: an earlier session's unknown total at the history, a concentration at the preparation, else the dose. */
export function agentLimitPath(_facts: unknown, c: Check): InputPath {
  if (c.code === 'cumulative_dose_unknown') return ['history'];
  return CONCENTRATION_LIMIT_CODES.has(c.code) ? ['preparation'] : ['dose'];
}

/** The patient plausibility codes and their severities (the age's lower bound takes its limit's severity). */
export const PATIENT_SEVERITY = {
  weight_implausible: 'hard',
  weight_unusual: 'soft',
  height_implausible: 'hard',
  height_unusual: 'soft',
  age_implausible: 'hard',
  age_unusual: 'soft',
  creatinine_implausible: 'hard',
  creatinine_unusual: 'soft',
  patient_not_adult: ['hard', 'soft'],
} as const satisfies Record<PatientCode, CodeSeverity>;

const WEIGHT: InputPath = ['patient', 'weight', 'value'];
const HEIGHT: InputPath = ['patient', 'height', 'value'];
const AGE: InputPath = ['patient', 'ageYears'];
const CREATININE: InputPath = ['patient', 'creatinine', 'value'];

/** The patient field each plausibility code is about. */
const PATIENT_CODE_PATH: Readonly<Partial<Record<CheckCode, InputPath>>> = {
  weight_implausible: WEIGHT,
  weight_unusual: WEIGHT,
  height_implausible: HEIGHT,
  height_unusual: HEIGHT,
  age_implausible: AGE,
  age_unusual: AGE,
  creatinine_implausible: CREATININE,
  creatinine_unusual: CREATININE,
  patient_not_adult: AGE,
};

/** Where a refusal by a plausibility limit points: the patient field it read. */
export function patientPath(_facts: unknown, c: Check): InputPath {
  return PATIENT_CODE_PATH[c.code] ?? ['patient'];
}

/**
 * The codes and severities of rules that pass on other rules' findings (a combination carries each
 * component's own findings over): the union of those rules' codes, each with every severity they give it.
 */
export function unionOf(rules: readonly Pick<Rule<never>, 'codes' | 'severity'>[]): { codes: CheckCode[]; severity: Partial<Record<CheckCode, Severity[]>> } {
  const codes: CheckCode[] = [];
  const severity: Partial<Record<CheckCode, Severity[]>> = {};
  for (const r of rules) {
    for (const code of r.codes) {
      const seen = severity[code];
      if (seen === undefined) codes.push(code);
      severity[code] = [...new Set([...(seen ?? []), ...severitiesOf(r, code)])];
    }
  }
  return { codes, severity };
}
