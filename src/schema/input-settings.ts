/**
 * The dose, preparation and pump parts of a plan request: each quantity read with the units its
 * field takes, then the signs that no unit check can catch (a zero rate, a negative overfill).
 */
import type * as z from 'zod/mini';
import { DOSE_UNIT_CODES, readDoseUnit, readTimeUnit, readVolumeUnit } from '../units/index.js';
import type { Parsed, PlanInput, inputShape } from './input.js';
import type { SchemaOf } from './lazy.js';
import { type Path, readQuantity } from './input-read.js';
import { type Issue, describeReceived } from '../types/issues.js';

type RawInput = z.infer<SchemaOf<typeof inputShape>>;
type Read<T> = { readonly value: T; readonly issues: Issue[] };

const ML_PER_H = (s: string) => (s === 'mL/h' ? ('mL/h' as const) : undefined);

/** The dose units a dose field takes, for the message of a unit it does not (joined once, not per request). */
const DOSE_UNITS = DOSE_UNIT_CODES.join(', ');

/** Reads the clinician's dose: rate, loading dose, session total and duration, each optional. */
export function readDose(raw: RawInput['dose']): Read<PlanInput['dose']> {
  const issues: Issue[] = [];
  const rate = raw?.rate ? readQuantity(raw.rate, ['dose', 'rate'], readDoseUnit, DOSE_UNITS, issues) : undefined;
  const loading = raw?.loading ? readQuantity(raw.loading, ['dose', 'loading'], readDoseUnit, DOSE_UNITS, issues) : undefined;
  const total = raw?.total ? readQuantity(raw.total, ['dose', 'total'], readDoseUnit, DOSE_UNITS, issues) : undefined;
  const duration = raw?.duration ? readQuantity(raw.duration, ['dose', 'duration'], readTimeUnit, 'min, h', issues) : undefined;
  const value = {
    ...(rate ? { rate } : {}),
    ...(loading ? { loading } : {}),
    ...(total ? { total } : {}),
    ...(duration ? { duration } : {}),
  };
  return { value, issues };
}

/** Reads the preparation choices: product, diluent, container volume, overfill and additive handling. */
export function readPreparation(raw: NonNullable<RawInput['preparation']>): Read<PlanInput['preparation']> {
  const issues: Issue[] = [];
  const additiveVolume = readAdditiveVolume(raw.additiveVolume, issues);
  const containerVolume = raw.containerVolume
    ? readQuantity(raw.containerVolume, ['preparation', 'containerVolume'], readVolumeUnit, 'mL, L', issues)
    : undefined;
  const overfill = raw.overfill ? readQuantity(raw.overfill, ['preparation', 'overfill'], readVolumeUnit, 'mL, L', issues) : undefined;
  const value = {
    ...(raw.product !== undefined ? { product: raw.product } : {}),
    ...(raw.diluent !== undefined ? { diluent: raw.diluent } : {}),
    ...(containerVolume ? { containerVolume } : {}),
    ...(overfill ? { overfill } : {}),
    ...(additiveVolume ? { additiveVolume } : {}),
  };
  return { value, issues };
}

function readAdditiveVolume(raw: string | undefined, issues: Issue[]): 'add' | 'withdraw-equal' | undefined {
  if (raw === undefined) return undefined;
  if (raw === 'add' || raw === 'withdraw-equal') return raw;
  issues.push({
    code: 'invalid_value',
    path: ['preparation', 'additiveVolume'],
    message: 'additiveVolume is "add" (the additive adds to the bag volume) or "withdraw-equal" (an equal volume of diluent is withdrawn first).',
    expected: 'add, withdraw-equal',
    received: describeReceived(raw),
  });
  return undefined;
}

/** Reads the pump's rate increment and rate range, all in mL/h. */
export function readPump(raw: NonNullable<RawInput['pump']>): Read<PlanInput['pump']> {
  const issues: Issue[] = [];
  const increment = raw.increment ? readQuantity(raw.increment, ['pump', 'increment'], ML_PER_H, 'mL/h', issues) : undefined;
  const minRate = raw.minRate ? readQuantity(raw.minRate, ['pump', 'minRate'], ML_PER_H, 'mL/h', issues) : undefined;
  const maxRate = raw.maxRate ? readQuantity(raw.maxRate, ['pump', 'maxRate'], ML_PER_H, 'mL/h', issues) : undefined;
  const value = {
    ...(increment ? { increment } : {}),
    ...(minRate ? { minRate } : {}),
    ...(maxRate ? { maxRate } : {}),
  };
  return { value, issues };
}

/**
 * The coarsest pump rate increment accepted, mL/h: ten times the reference's 0.1 mL/h rounding
 * convention (clinical-dosing.md, "Rounding convention"). A coarser step cannot set a rate near the
 * order in the usual 1-999 mL/h range (a 49 mL/h step doubled a 25 mL/h order).
 */
export const MAX_PUMP_INCREMENT_ML_H = '1';

function incrementTooCoarse(received: string): Issue {
  return {
    code: 'increment_too_coarse',
    path: ['pump', 'increment', 'value'],
    message: `A pump rate increment above ${MAX_PUMP_INCREMENT_ML_H} mL/h cannot set a rate close to the order; give the pump's real step (usually 0.1 mL/h).`,
    expected: `at most ${MAX_PUMP_INCREMENT_ML_H} mL/h`,
    received,
  };
}

/**
 * Positive-value checks for preparation and pump settings and the dose (the patient's own values
 * are checked against plausibility limits later, with their sources); overfill may be zero.
 */
export function checkSettingSigns(dose: PlanInput['dose'], preparation: PlanInput['preparation'], pump: PlanInput['pump']): Issue[] {
  const positives: [Parsed<unknown> | undefined, Path][] = [
    [preparation.containerVolume, ['preparation', 'containerVolume', 'value']],
    [pump.increment, ['pump', 'increment', 'value']],
    [pump.minRate, ['pump', 'minRate', 'value']],
    [pump.maxRate, ['pump', 'maxRate', 'value']],
    [dose.rate, ['dose', 'rate', 'value']],
    [dose.loading, ['dose', 'loading', 'value']],
    [dose.total, ['dose', 'total', 'value']],
    [dose.duration, ['dose', 'duration', 'value']],
  ];
  const issues: Issue[] = [];
  for (const [q, path] of positives) {
    if (q && q.value.lte(0)) issues.push({ code: 'not_positive', path, message: 'This value must be greater than zero.', received: q.value.toFixed() });
  }
  // Issue 12 item 5: the reference rounds pump rates to 0.1 mL/h; ten times that is the coarsest step accepted.
  if (pump.increment && pump.increment.value.gt(MAX_PUMP_INCREMENT_ML_H)) issues.push(incrementTooCoarse(pump.increment.value.toFixed()));
  const overfill = preparation.overfill;
  if (overfill && overfill.value.lt(0))
    issues.push({ code: 'negative_value', path: ['preparation', 'overfill', 'value'], message: 'Overfill cannot be negative.' });
  return issues;
}
