/**
 * Rules on the dose adjustments and contraindications an agent's label (or guideline) states for
 * the patient's age or renal or hepatic state. A contraindication refuses; an adjustment the plan
 * does not follow, or a reduction the source asks the clinician to weigh, needs acknowledgement.
 * Where an adjustment depends on age and the age is not given, the plan asks for it (soft): the
 * label adjusts by age, so a clinic records the age or says why not. Where a contraindication
 * depends on age, a missing age refuses instead: a hard limit that cannot be evaluated is a refusal,
 * and leaving the age out must not turn a contraindication into an acknowledgement.
 */
import type { Dec } from '../decimal/index.js';
import type { PatientAdjustment } from '../catalogue/types.js';
import type { ExactAdjustment } from '../prepare/exact.js';
import type { Check } from '../types/plan.js';
import { quantity } from '../units/quantity.js';

/** What the adjustment rules read. */
export interface AdjustmentFacts {
  readonly agent: string;
  /** The agent's adjustments that belong to the protocol, with their numbers read when it was prepared. */
  readonly adjustments: readonly ExactAdjustment[];
  readonly ageYears: Dec | undefined;
  /** The patient's states, severe ones with the milder ones they imply. */
  readonly risks: ReadonlySet<string>;
  /** The loading dose per kg of dosing weight, in mg/kg (absent: no loading dose). */
  readonly loadingMgPerKg: Dec | undefined;
  /** The infusion time in hours. */
  readonly durationH: Dec;
}

/** The finding code for an adjustment, by the state it reads. */
function codeFor(a: PatientAdjustment): Check['code'] {
  if ('ageOver' in a.when) return 'adjustment_for_age';
  if (a.action.kind === 'contraindicated') return 'contraindicated_for_patient';
  return a.when.risk.includes('renal') ? 'adjustment_for_renal_impairment' : 'adjustment_for_hepatic_impairment';
}

/** The patient state in words, for the message. */
function stateText(a: PatientAdjustment): string {
  return 'ageOver' in a.when ? `age over ${a.when.ageOver}` : a.when.risk.replace(/-/g, ' ');
}

/** Whether the adjustment's state holds for this patient (an age-based one needs the age). */
function holds({ adjustment: a, ageOver }: ExactAdjustment, f: AdjustmentFacts): boolean {
  if (ageOver !== undefined) return f.ageYears !== undefined && f.ageYears.gt(ageOver);
  return 'risk' in a.when && f.risks.has(a.when.risk);
}

/** One adjustment whose state holds, judged against the plan. */
function judgeAdjustment({ adjustment: a, value }: ExactAdjustment, f: AdjustmentFacts): Check | undefined {
  const base = { code: codeFor(a), rule: a.id, agent: f.agent, source: a.source } as const;
  const state = stateText(a);
  const act = a.action;
  if (act.kind === 'contraindicated') {
    return { ...base, severity: 'hard', passed: false, message: `${a.text} (${state}): the source contraindicates it, so the plan is refused.` };
  }
  if (act.kind === 'review') {
    return { ...base, severity: 'soft', passed: false, message: `${a.text} (${state}). Review the dose and acknowledge with a reason.` };
  }
  const m = value?.read;
  if (!value || !m) return undefined;
  if (act.kind === 'maximum-loading') {
    if (f.loadingMgPerKg === undefined) return undefined;
    // Both in mg/kg; shown in the label's unit (mcg/kg for dexmedetomidine): ug/kg = mg/kg x value / base.
    const shown = f.loadingMgPerKg.mul(value.stated).div(m.base);
    const passed = f.loadingMgPerKg.lte(m.base);
    return {
      ...base,
      severity: 'soft',
      passed,
      observed: quantity(shown, act.unit),
      limit: quantity(value.stated, act.unit),
      message: passed
        ? `The loading dose is within the ${act.value} ${act.unit} the source gives for ${state}.`
        : `${a.text}; this plan gives ${quantity(shown, act.unit).value} ${act.unit} (${state}). Lower the loading dose or acknowledge with a reason.`,
    };
  }
  const passed = f.durationH.gte(m.base);
  return {
    ...base,
    severity: 'soft',
    passed,
    observed: quantity(f.durationH, 'h'),
    limit: quantity(m.base, 'h'),
    message: passed
      ? `The infusion time is at least the ${act.value} ${act.unit} the source gives for ${state}.`
      : `${a.text}; this plan runs over ${quantity(f.durationH, 'h').value} h (${state}). Lengthen the infusion or acknowledge with a reason.`,
  };
}

/**
 * The finding that asks for the age an adjustment depends on: hard, on the first contraindication by
 * age when there is one (it cannot be judged, so the plan is refused), else soft on the first adjustment.
 */
function ageRequired(needing: readonly PatientAdjustment[], agent: string): Check | undefined {
  const contraindication = needing.find((a) => a.action.kind === 'contraindicated');
  const a = contraindication ?? needing[0];
  if (a === undefined) return undefined;
  const base = { code: 'age_required_for_adjustment', rule: `${a.id}.age`, passed: false, agent, source: a.source } as const;
  return contraindication
    ? {
        ...base,
        severity: 'hard',
        message: `${a.text} (${stateText(a)}); the patient's age is not given, so the contraindication cannot be judged and the plan is refused. Give ageYears.`,
      }
    : {
        ...base,
        severity: 'soft',
        message: `${a.text}; the patient's age is not given, so the adjustment cannot be judged. Give ageYears or acknowledge with a reason.`,
      };
}

/**
 * Every adjustment of the agent that belongs to this protocol (filtered when it was prepared), judged for this patient: the state
 * holds (a finding), the age it needs is missing (one finding asking for it, where the first such adjustment stands), or neither (nothing).
 */
export function adjustmentChecks(f: AdjustmentFacts): Check[] {
  const checks: Check[] = [];
  const needingAge: PatientAdjustment[] = [];
  let askAt = 0;
  for (const a of f.adjustments) {
    if (a.ageOver !== undefined && f.ageYears === undefined) {
      if (needingAge.length === 0) askAt = checks.length;
      needingAge.push(a.adjustment);
      continue;
    }
    if (!holds(a, f)) continue;
    const c = judgeAdjustment(a, f);
    if (c) checks.push(c);
  }
  const asked = ageRequired(needingAge, f.agent);
  if (asked) checks.splice(askAt, 0, asked);
  return checks;
}
