/**
 * Body-size formulas: BMI, ideal (Devine), adjusted and lean (Janmahasatian) body weight, and the
 * choice of dosing weight. All exact decimal arithmetic; inputs already in kg and cm.
 */
import { Dec, dec, maxDec } from '../decimal/index.js';
import type { Source, WeightBasis, WeightRule } from '../catalogue/types.js';
import { CM_PER_INCH } from '../units/index.js';

/** Sex as the body-size formulas use it. */
export const SEXES = Object.freeze(['female', 'male'] as const);
/** A sex from {@link SEXES}. */
export type Sex = (typeof SEXES)[number];

/** A patient after parsing: weight in kg, height in cm. */
export interface BodySize {
  readonly weightKg: Dec;
  readonly heightCm?: Dec;
  readonly sex?: Sex;
}

export const DEVINE_1974 = {
  citation: 'Devine BJ, Drug Intell Clin Pharm 1974;8:650-655 (via GlobalRPh IBW/AjBW calculator; NBA BloodSTAR)',
  grade: 'guideline',
  verified: true,
} as const satisfies Source;

export const DEVINE_BELOW_60_IN = {
  citation: 'GlobalRPh "intuitive method" (subtract 2.3 kg per inch under 60 in); calculatorhub clamps instead. The formula is not validated under 60 in.',
  grade: 'secondary',
  verified: false,
} as const satisfies Source;

export const ADJUSTED_WEIGHT = {
  citation: 'GlobalRPh (Bauer 2001; Winter 2004); NBA BloodSTAR dose-determining weight',
  grade: 'guideline',
  verified: true,
  note: 'AdjBW = IBW + 0.4 x (TBW - IBW).',
} as const satisfies Source;

export const JANMAHASATIAN_2005 = {
  citation: 'Janmahasatian S et al., Clin Pharmacokinet 2005;44:1051 (via tools.gera.services calculator)',
  grade: 'secondary',
  verified: true,
} as const satisfies Source;

const INCHES_AT_60 = dec(60);

/** Height in inches (exact: 1 in = 2.54 cm). */
export function heightInches(heightCm: Dec): Dec {
  return heightCm.div(dec(CM_PER_INCH));
}

/** BMI in kg/m2 = kg / (cm / 100)^2. */
export function bodyMassIndex(weightKg: Dec, heightCm: Dec): Dec {
  const m = heightCm.div(100);
  return weightKg.div(m.mul(m));
}

/**
 * Ideal body weight (Devine): 50 kg (male) or 45.5 kg (female) + 2.3 kg per inch over 60 in.
 * Under 60 in the same line is continued (2.3 kg less per inch), and the caller reports that the
 * formula is not validated there.
 */
export function idealBodyWeight(heightCm: Dec, sex: Sex): Dec {
  const base = sex === 'male' ? dec(50) : dec('45.5');
  // kg = kg + kg/in x in
  return base.add(dec('2.3').mul(heightInches(heightCm).sub(INCHES_AT_60)));
}

/** Adjusted body weight: IBW + 0.4 x (TBW - IBW). */
export function adjustedBodyWeight(weightKg: Dec, ibwKg: Dec): Dec {
  return ibwKg.add(dec('0.4').mul(weightKg.sub(ibwKg)));
}

/** Lean body weight (Janmahasatian): 9270 x TBW / (6680 + 216 x BMI) male, (8780 + 244 x BMI) female. */
export function leanBodyWeight(weightKg: Dec, heightCm: Dec, sex: Sex): Dec {
  const bmi = bodyMassIndex(weightKg, heightCm);
  const denominator = sex === 'male' ? dec(6680).add(dec(216).mul(bmi)) : dec(8780).add(dec(244).mul(bmi));
  return dec(9270).mul(weightKg).div(denominator);
}

/** What the dosing-weight choice needs that the input lacks. */
export type WeightNeed = 'height' | 'sex';

/** The dosing weight chosen for a plan, with every figure behind it. */
export interface DosingWeightResult {
  readonly kg: Dec;
  /** The basis actually used (an ideal-weight rule falls back to actual weight when that is lower). */
  readonly basis: WeightBasis;
  readonly requested: WeightBasis;
  readonly reason: string;
  readonly source: Source;
  readonly formula: string;
  readonly actualKg: Dec;
  readonly idealKg?: Dec;
  readonly adjustedKg?: Dec;
  readonly leanKg?: Dec;
  readonly bmi?: Dec;
  /** True when height is under 60 in and Devine was extrapolated. */
  readonly extrapolated: boolean;
}

/**
 * Chooses the dosing weight for a rule. Returns the missing inputs when the rule needs height or
 * sex the patient record lacks.
 */
export function chooseDosingWeight(
  rule: WeightRule,
  body: BodySize,
): { ok: true; value: DosingWeightResult } | { ok: false; missing: readonly [WeightNeed, ...WeightNeed[]] } {
  if (rule.basis === 'actual') return { ok: true, value: actualWeight(rule, body) };
  if (body.heightCm === undefined) return { ok: false, missing: body.sex === undefined ? ['height', 'sex'] : ['height'] };
  if (body.sex === undefined) return { ok: false, missing: ['sex'] };
  const figures = heightBasedFigures(rule, body.weightKg, body.heightCm, body.sex);
  if (rule.basis === 'lean') return { ok: true, value: leanWeight(rule, body.heightCm, body.sex, figures) };
  return { ok: true, value: idealOrAdjustedWeight(rule, body.sex, figures) };
}

/** Actual weight needs neither height nor sex; BMI is shown when the height is known. */
function actualWeight(rule: WeightRule, body: BodySize): DosingWeightResult {
  const actual = body.weightKg;
  const extra: { bmi?: Dec } = body.heightCm ? { bmi: bodyMassIndex(actual, body.heightCm) } : {};
  return {
    kg: actual,
    basis: 'actual',
    requested: 'actual',
    reason: rule.reason,
    source: rule.source,
    formula: 'dosing weight = actual body weight',
    actualKg: actual,
    extrapolated: false,
    ...extra,
  };
}

/** What every height-based choice shows, whichever weight it settles on. */
interface HeightBasedFigures {
  readonly requested: WeightBasis;
  readonly source: Source;
  readonly actualKg: Dec;
  readonly idealKg: Dec;
  readonly bmi: Dec;
  readonly extrapolated: boolean;
}

function heightBasedFigures(rule: WeightRule, actual: Dec, height: Dec, sex: Sex): HeightBasedFigures {
  const ideal = idealBodyWeight(height, sex);
  const bmi = bodyMassIndex(actual, height);
  const extrapolated = heightInches(height).lt(INCHES_AT_60);
  return { requested: rule.basis, source: rule.source, actualKg: actual, idealKg: ideal, bmi, extrapolated };
}

function leanWeight(rule: WeightRule, height: Dec, sex: Sex, common: HeightBasedFigures): DosingWeightResult {
  const lean = leanBodyWeight(common.actualKg, height, sex);
  return {
    ...common,
    kg: lean,
    basis: 'lean',
    leanKg: lean,
    reason: rule.reason,
    formula: sex === 'male' ? 'LBW = 9270 x TBW / (6680 + 216 x BMI)' : 'LBW = 9270 x TBW / (8780 + 244 x BMI)',
  };
}

function idealOrAdjustedWeight(rule: WeightRule, sex: Sex, common: HeightBasedFigures): DosingWeightResult {
  const actual = common.actualKg;
  const ideal = common.idealKg;
  const devine = sex === 'male' ? 'IBW = 50 kg + 2.3 kg x (height in - 60)' : 'IBW = 45.5 kg + 2.3 kg x (height in - 60)';
  // Ideal and adjusted weight are only used when the patient weighs more than the ideal weight;
  // otherwise actual weight is used (GlobalRPh).
  if (actual.lte(ideal)) {
    return {
      ...common,
      kg: actual,
      basis: 'actual',
      reason: `${rule.reason} Actual weight is not above ideal weight, so actual weight is used.`,
      formula: `${devine}; actual weight <= IBW, so dosing weight = actual weight`,
    };
  }
  if (rule.basis === 'ideal') return { ...common, kg: ideal, basis: 'ideal', reason: rule.reason, formula: devine };
  const adjusted = adjustedBodyWeight(actual, ideal);
  return {
    ...common,
    kg: maxDec(adjusted, ideal),
    basis: 'adjusted',
    adjustedKg: adjusted,
    reason: rule.reason,
    formula: `${devine}; AdjBW = IBW + 0.4 x (TBW - IBW)`,
  };
}
