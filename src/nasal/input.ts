/**
 * The door of the nasal-spray calculator: untrusted input through one strict schema, then each
 * quantity read into its working unit (mg/mL, mL, mg) or refused with a coded issue.
 */
import { type Acknowledgement, checkAcknowledgements, readAcknowledgements } from '../schema/acknowledgement.js';
import { NUMBER_PROBLEM_CODES } from '../types/issue-codes.js';
import { type Dec, type NumberProblem, readDecimal } from '../decimal/index.js';
import { type Issue, describeReceived } from '../types/issues.js';
import { nasalInputShape } from '../schema/nasal.js';
import { mapZodIssue, withoutEchoes } from '../schema/zod-issues.js';
import { mLPer, mgPer, readMassUnit, readVolumeUnit } from '../units/index.js';
import { NASAL_UNSOURCED } from './data.js';

/** A nasal-spray request past the door: every quantity in its working unit. */
export interface NasalInput {
  /** mg/mL */
  readonly concentration: Dec;
  /** mL */
  readonly actuationVolume: Dec;
  /** mg */
  readonly dose: Dec;
  readonly dosesPerDay: number;
  /** mL */
  readonly bottleVolume: Dec;
  /** mg per day */
  readonly maxDailyDose: Dec;
  readonly primingActuations: number | undefined;
  readonly acknowledgements: readonly Acknowledgement[];
}

/** A path into the input. */
export type Path = readonly (string | number)[];

const NUMBER_MESSAGES: Record<NumberProblem, string> = {
  not_a_number: 'Give a finite number or a plain decimal string such as "100" or "0.1".',
  not_finite: 'Infinity is not a quantity; give a finite number.',
  not_plain_decimal: 'Write a plain decimal such as "0.1": no exponent (1e3), hex (0x10), underscores (1_000), spaces, or a bare leading point (.1).',
  empty_string: 'The value is empty; give a number such as "100".',
};

function readPositive(raw: unknown, path: Path, issues: Issue[]): Dec | undefined {
  const r = readDecimal(raw);
  if (!r.ok) {
    issues.push({ code: NUMBER_PROBLEM_CODES[r.problem], path, message: NUMBER_MESSAGES[r.problem], received: describeReceived(raw) });
    return undefined;
  }
  if (r.value.lte(0)) {
    issues.push({ code: 'not_positive', path, message: 'This value must be greater than zero.', received: r.value.toFixed() });
    return undefined;
  }
  return r.value;
}

/** Reads `mass/volume` (e.g. `mg/mL`, `g/L`) into mg/mL. */
function readConcentration(raw: { value: unknown; unit: string }, path: Path, issues: Issue[]): Dec | undefined {
  const parts = raw.unit.split('/');
  const mass = parts.length === 2 ? readMassUnit(parts[0] as string) : undefined;
  const volume = parts.length === 2 ? readVolumeUnit(parts[1] as string) : undefined;
  if (mass === undefined || volume === undefined) {
    issues.push({
      code: 'unknown_unit',
      path: [...path, 'unit'],
      message: `"${raw.unit}" is not a concentration unit; use mg/mL (a 15% w/v solution is 150 mg/mL).`,
      expected: 'mg/mL',
      received: describeReceived(raw.unit),
    });
  }
  const value = readPositive(raw.value, [...path, 'value'], issues);
  if (mass === undefined || volume === undefined || value === undefined) return undefined;
  // mg/mL = value x (mg per mass unit) / (mL per volume unit)
  return value.mul(mgPer(mass)).div(mLPer(volume));
}

/** Reads a volume into mL. */
function readVolume(raw: { value: unknown; unit: string }, path: Path, issues: Issue[]): Dec | undefined {
  const unit = readVolumeUnit(raw.unit);
  if (unit === undefined) {
    issues.push({
      code: 'unknown_unit',
      path: [...path, 'unit'],
      message: `"${raw.unit}" is not a volume unit; use mL.`,
      expected: 'mL',
      received: describeReceived(raw.unit),
    });
  }
  const value = readPositive(raw.value, [...path, 'value'], issues);
  if (unit === undefined || value === undefined) return undefined;
  return value.mul(mLPer(unit));
}

/** Reads a mass into mg (`mg`, `g`, `ug`/`mcg`). */
function readMass(raw: { value: unknown; unit: string }, path: Path, issues: Issue[]): Dec | undefined {
  const unit = readMassUnit(raw.unit);
  if (unit === undefined) {
    issues.push({
      code: 'unknown_unit',
      path: [...path, 'unit'],
      message: `"${raw.unit}" is not a mass unit; use mg.`,
      expected: 'mg',
      received: describeReceived(raw.unit),
    });
  }
  const value = readPositive(raw.value, [...path, 'value'], issues);
  if (unit === undefined || value === undefined) return undefined;
  return value.mul(mgPer(unit));
}

/**
 * Reads a whole number (a JSON number with no fraction) no smaller than `min`. A missing value never
 * reaches it: the shape refuses a missing `dosesPerDay` (code `required`), and an absent
 * `primingActuations` is not read.
 */
function readWhole(raw: unknown, path: Path, min: number, what: string, issues: Issue[]): number | undefined {
  if (typeof raw !== 'number') {
    issues.push({
      code: 'invalid_type',
      path,
      message: `${what} must be a whole number (a JSON number).`,
      expected: 'integer',
      received: describeReceived(raw),
    });
    return undefined;
  }
  if (Number.isNaN(raw)) {
    issues.push({ code: 'not_a_number', path, message: NUMBER_MESSAGES.not_a_number, received: 'NaN' });
    return undefined;
  }
  if (!Number.isFinite(raw)) {
    issues.push({ code: 'not_finite', path, message: NUMBER_MESSAGES.not_finite, received: describeReceived(raw) });
    return undefined;
  }
  if (!Number.isSafeInteger(raw)) {
    issues.push({ code: 'not_an_integer', path, message: `${what} must be a whole number, not ${raw}.`, expected: 'integer', received: describeReceived(raw) });
    return undefined;
  }
  if (raw < min) {
    issues.push({
      code: min > 0 ? 'not_positive' : 'negative_value',
      path,
      message: `${what} must be ${min > 0 ? 'at least 1' : 'zero or more'}.`,
      received: describeReceived(raw),
    });
    return undefined;
  }
  return raw;
}

/**
 * The volumes one actuation of a metered nasal pump can deliver, mL (issue 12 item 5: 1e-10 mL was
 * accepted and gave 2,000,000,000 sprays a dose). The trade pages (NASAL_PUMP_TRADE_PAGES) give
 * 0.045 to 0.14 mL; the bounds are set a little over twice outside that, so only a slip of unit or
 * decimal place is refused: a design choice, not a published range.
 */
export const ACTUATION_VOLUME_ML = { min: '0.02', max: '0.3' } as const;

/** The actuation volume has no default: no source gives one (see `NASAL_UNSOURCED`). */
function readActuationVolume(raw: { value: unknown; unit: string } | undefined, issues: Issue[]): Dec | undefined {
  if (raw !== undefined) {
    const ml = readVolume(raw, ['actuationVolume'], issues);
    if (ml === undefined || (ml.gte(ACTUATION_VOLUME_ML.min) && ml.lte(ACTUATION_VOLUME_ML.max))) return ml;
    issues.push({
      code: 'actuation_volume_implausible',
      path: ['actuationVolume', 'value'],
      message: `One actuation of a metered nasal pump delivers about 0.045 to 0.14 mL (pump makers' pages); ${ml.toFixed()} mL is outside ${ACTUATION_VOLUME_ML.min} to ${ACTUATION_VOLUME_ML.max} mL. Check the value and its unit.`,
      expected: `${ACTUATION_VOLUME_ML.min} to ${ACTUATION_VOLUME_ML.max} mL`,
      received: `${ml.toFixed()} mL`,
    });
    return undefined;
  }
  const why = NASAL_UNSOURCED.find((u) => u.input === 'actuationVolume')?.why ?? '';
  issues.push({
    code: 'actuation_volume_required',
    path: ['actuationVolume'],
    message: `Give the volume one actuation of the dispensed pump delivers, in mL; there is no default. ${why}`,
    expected: 'mL',
  });
  return undefined;
}

/**
 * Reads untrusted nasal-spray input: the strict shape first, then every quantity and count.
 * @returns the input in working units, or every issue found (in input order).
 */
export function parseNasalInput(raw: unknown): { ok: true; value: NasalInput } | { ok: false; issues: Issue[] } {
  const shape = nasalInputShape.safeParse(raw, { reportInput: true });
  if (!shape.success) return { ok: false, issues: withoutEchoes(shape.error.issues).flatMap(mapZodIssue) };
  const s = shape.data;
  const issues: Issue[] = [];

  const concentration = readConcentration(s.concentration, ['concentration'], issues);
  const actuationVolume = readActuationVolume(s.actuationVolume, issues);
  const dose = readMass(s.dose, ['dose'], issues);
  const dosesPerDay = readWhole(s.dosesPerDay, ['dosesPerDay'], 1, 'dosesPerDay', issues);
  const bottleVolume = readVolume(s.bottleVolume, ['bottleVolume'], issues);
  const maxDailyDose = readMass(s.maxDailyDose, ['maxDailyDose'], issues);
  const primingActuations =
    s.primingActuations === undefined ? undefined : readWhole(s.primingActuations, ['primingActuations'], 0, 'primingActuations', issues);
  const acknowledgements = readAcknowledgements(s.acknowledgements);
  issues.push(...checkAcknowledgements(acknowledgements));

  if (
    issues.length > 0 ||
    concentration === undefined ||
    actuationVolume === undefined ||
    dose === undefined ||
    dosesPerDay === undefined ||
    bottleVolume === undefined ||
    maxDailyDose === undefined
  ) {
    return { ok: false, issues };
  }
  return {
    ok: true,
    value: { concentration, actuationVolume, dose, dosesPerDay, bottleVolume, maxDailyDose, primingActuations, acknowledgements },
  };
}
