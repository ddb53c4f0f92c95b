/**
 * The patient part of a plan request: weight, height, sex, age, creatinine and risks. Only shapes
 * and signs are checked here; plausibility limits, with their sources, are applied by the planner.
 */
import type * as z from 'zod/mini';
import type { Dec } from '../decimal/index.js';
import { creatinineMgDl } from '../patient/formulas.js';
import { SEXES, type Sex } from '../patient/weights.js';
import { CREATININE_UNITS, type CreatinineUnit, readHeightUnit, readWeightUnit } from '../units/index.js';
import type { PlanInput, inputShape } from './input.js';
import type { SchemaOf } from './lazy.js';
import { readNumber, readQuantity } from './input-read.js';
import { type Issue, describeReceived } from '../types/issues.js';

type RawPatient = z.infer<SchemaOf<typeof inputShape>>['patient'];

const CREATININE_UNIT = (s: string): CreatinineUnit | undefined => ((CREATININE_UNITS as readonly string[]).includes(s) ? (s as CreatinineUnit) : undefined);

/**
 * Reads the patient; `value` is undefined when the weight could not be read (an issue says why).
 * The patient is built even when other fields have issues; the caller discards it then.
 */
export function readPatient(raw: RawPatient): { readonly value: PlanInput['patient'] | undefined; readonly issues: Issue[] } {
  const issues: Issue[] = [];
  const weight = readQuantity(raw.weight, ['patient', 'weight'], readWeightUnit, 'kg, lb', issues);
  const height = raw.height ? readQuantity(raw.height, ['patient', 'height'], readHeightUnit, 'cm, in', issues) : undefined;
  const sex = readSex(raw.sex, issues);
  const ageYears = readAge(raw.ageYears, issues);
  const creatinine = raw.creatinine ? readQuantity(raw.creatinine, ['patient', 'creatinine'], CREATININE_UNIT, CREATININE_UNITS.join(', '), issues) : undefined;
  if (creatinine && creatinine.value.lte(0))
    issues.push({ code: 'not_positive', path: ['patient', 'creatinine', 'value'], message: 'Serum creatinine must be greater than zero.' });
  if (weight === undefined) return { value: undefined, issues };
  const value: PlanInput['patient'] = {
    weight,
    ...(height ? { height } : {}),
    ...(sex ? { sex } : {}),
    ...(ageYears ? { ageYears } : {}),
    ...(creatinine ? { creatinineMgDl: creatinineMgDl(creatinine.value, creatinine.unit) } : {}),
    ...(raw.risks !== undefined ? { risks: raw.risks } : {}),
  };
  return { value, issues };
}

function readSex(raw: string | undefined, issues: Issue[]): Sex | undefined {
  if (raw === undefined) return undefined;
  if ((SEXES as readonly string[]).includes(raw)) return raw as Sex;
  issues.push({
    code: 'invalid_value',
    path: ['patient', 'sex'],
    message: 'sex must be "female" or "male" (the body-size formulas are defined for these).',
    expected: SEXES.join(', '),
    received: describeReceived(raw),
  });
  return undefined;
}

function readAge(raw: unknown, issues: Issue[]): Dec | undefined {
  const ageYears = raw === undefined ? undefined : readNumber(raw, ['patient', 'ageYears'], issues);
  if (ageYears && ageYears.lt(0)) issues.push({ code: 'negative_value', path: ['patient', 'ageYears'], message: 'Age cannot be negative.' });
  return ageYears;
}
