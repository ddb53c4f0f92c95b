/**
 * The door: untrusted input enters here once, through one strict schema, and leaves as typed,
 * exact values or as a list of coded issues. Nothing past this file re-validates shapes.
 */
import * as z from 'zod/mini';
import { type Dec, type NumberProblem, readDecimal } from '../decimal/index.js';
import { creatinineMgDl } from '../patient/formulas.js';
import { SEXES, type Sex } from '../patient/weights.js';
import {
  DOSE_UNIT_CODES,
  type DoseUnit,
  type HeightUnit,
  type TimeUnit,
  type VolumeUnit,
  type WeightUnit,
  readDoseUnit,
  readHeightUnit,
  readTimeUnit,
  readVolumeUnit,
  readWeightUnit,
} from '../units/index.js';
import { type Issue, describeReceived } from './issues.js';
import { type HistorySession, isCalendarDate, parseHistory } from './history.js';
import { mapZodIssue } from './zod-issues.js';

const quantityShape = z.strictObject({ value: z.unknown(), unit: z.string() });

/** The shape of a plan request (numbers are checked after it, by {@link parsePlanInput}). */
export const inputShape = z.strictObject({
  patient: z.strictObject({
    weight: quantityShape,
    height: z.optional(quantityShape),
    sex: z.optional(z.string()),
    ageYears: z.optional(z.unknown()),
    creatinine: z.optional(quantityShape),
    risks: z.optional(z.array(z.enum(['thrombosis', 'renal-impairment']))),
  }),
  protocol: z.string(),
  session: z.unknown(),
  dose: z.optional(
    z.strictObject({
      rate: z.optional(quantityShape),
      loading: z.optional(quantityShape),
      total: z.optional(quantityShape),
      duration: z.optional(quantityShape),
    }),
  ),
  preparation: z.optional(
    z.strictObject({
      product: z.optional(z.string()),
      diluent: z.optional(z.string()),
      containerVolume: z.optional(quantityShape),
      overfill: z.optional(quantityShape),
      additiveVolume: z.optional(z.string()),
    }),
  ),
  pump: z.optional(
    z.strictObject({
      increment: z.optional(quantityShape),
      minRate: z.optional(quantityShape),
      maxRate: z.optional(quantityShape),
    }),
  ),
  careArea: z.optional(z.string()),
  date: z.optional(z.string()),
  readiness: z.optional(
    z.strictObject({ fastingHours: z.optional(z.unknown()), escort: z.optional(z.boolean()), ecgOnFile: z.optional(z.boolean()) }),
  ),
  acknowledgements: z.optional(z.array(z.strictObject({ code: z.string(), reason: z.string() }))),
  history: z.optional(z.array(z.unknown())),
  titration: z.optional(z.strictObject({ clearance: z.optional(z.strictObject({ reason: z.string() })) })),
});

/** An exact quantity after parsing. */
export interface Parsed<U> {
  readonly value: Dec;
  readonly unit: U;
}

/** The typed input past the door. */
export interface PlanInput {
  readonly patient: {
    readonly weight: Parsed<WeightUnit>;
    readonly height?: Parsed<HeightUnit>;
    readonly sex?: Sex;
    readonly ageYears?: Dec;
    /** Serum creatinine in mg/dL. */
    readonly creatinineMgDl?: Dec;
    /** Risks that lower a product's maximum rate (immune globulin). */
    readonly risks?: readonly ('thrombosis' | 'renal-impairment')[];
  };
  readonly protocol: string;
  readonly session: number;
  readonly dose: {
    readonly rate?: Parsed<DoseUnit>;
    readonly loading?: Parsed<DoseUnit>;
    readonly total?: Parsed<DoseUnit>;
    readonly duration?: Parsed<TimeUnit>;
  };
  readonly preparation: {
    readonly product?: string;
    readonly diluent?: string;
    readonly containerVolume?: Parsed<VolumeUnit>;
    readonly overfill?: Parsed<VolumeUnit>;
    readonly additiveVolume?: 'add' | 'withdraw-equal';
  };
  readonly pump: {
    readonly increment?: Parsed<'mL/h'>;
    readonly minRate?: Parsed<'mL/h'>;
    readonly maxRate?: Parsed<'mL/h'>;
  };
  readonly acknowledgements: readonly { readonly code: string; readonly reason: string }[];
  /** The care area whose limits apply (limits without care areas apply everywhere). */
  readonly careArea?: string;
  /** The date of this session (YYYY-MM-DD), for limits counted over a window with earlier sessions. */
  readonly date?: string;
  /** Earlier sessions, oldest first. */
  readonly history: readonly HistorySession[];
  /** A clinician's clearance to dose again after a severe adverse event, with its reason. */
  readonly titrationClearance?: { readonly reason: string };
  /** What is known of the pre-infusion requirements. */
  readonly readiness: { readonly fastingHours?: Dec; readonly escort?: boolean; readonly ecgOnFile?: boolean };
}

const NUMBER_MESSAGES: Record<NumberProblem, string> = {
  not_a_number: 'Give a finite number or a plain decimal string such as "70" or "70.5".',
  not_finite: 'Infinity is not a quantity; give a finite number.',
  not_plain_decimal:
    'Write a plain decimal such as "70.5": no exponent (1e3), hex (0x10), underscores (1_000), spaces, or a bare leading point (.5).',
  empty_string: 'The value is empty; give a number such as "70".',
};

type Path = readonly (string | number)[];

function readNumber(raw: unknown, path: Path, issues: Issue[]): Dec | undefined {
  const r = readDecimal(raw);
  if (r.ok) return r.value;
  issues.push({
    code: r.problem === 'not_finite' ? 'not_finite' : r.problem === 'empty_string' ? 'empty_number' : r.problem === 'not_plain_decimal' ? 'not_plain_decimal' : 'not_a_number',
    path,
    message: NUMBER_MESSAGES[r.problem],
    received: describeReceived(raw),
  });
  return undefined;
}

function readQuantity<U>(
  raw: { value: unknown; unit: string },
  path: Path,
  readUnit: (s: string) => U | undefined,
  expected: string,
  issues: Issue[],
): Parsed<U> | undefined {
  const unit = readUnit(raw.unit);
  if (unit === undefined) {
    issues.push({
      code: 'unknown_unit',
      path: [...path, 'unit'],
      message: `"${raw.unit}" is not a unit this field takes; use one of: ${expected}.`,
      expected,
      received: describeReceived(raw.unit),
    });
  }
  const value = readNumber(raw.value, [...path, 'value'], issues);
  if (unit === undefined || value === undefined) return undefined;
  return { value, unit };
}

import { MAX_SESSION } from './constants.js';
export { MAX_SESSION };

const ML_PER_H = (s: string) => (s === 'mL/h' ? ('mL/h' as const) : undefined);
const CREATININE_UNIT = (s: string): 'mg/dL' | 'umol/L' | undefined => (s === 'mg/dL' || s === 'umol/L' ? s : undefined);

/**
 * Parses untrusted input into a {@link PlanInput}, or returns every problem found.
 * Never throws for bad input.
 */
export function parsePlanInput(raw: unknown): { ok: true; value: PlanInput } | { ok: false; issues: Issue[] } {
  const shape = inputShape.safeParse(raw, { reportInput: true });
  if (!shape.success) return { ok: false, issues: shape.error.issues.flatMap(mapZodIssue) };
  const s = shape.data;
  const issues: Issue[] = [];

  const weight = readQuantity(s.patient.weight, ['patient', 'weight'], readWeightUnit, 'kg, lb', issues);
  const height = s.patient.height
    ? readQuantity(s.patient.height, ['patient', 'height'], readHeightUnit, 'cm, in', issues)
    : undefined;
  let sex: Sex | undefined;
  if (s.patient.sex !== undefined) {
    if ((SEXES as readonly string[]).includes(s.patient.sex)) sex = s.patient.sex as Sex;
    else
      issues.push({
        code: 'invalid_value',
        path: ['patient', 'sex'],
        message: 'sex must be "female" or "male" (the body-size formulas are defined for these).',
        expected: SEXES.join(', '),
        received: describeReceived(s.patient.sex),
      });
  }
  const ageYears = s.patient.ageYears === undefined ? undefined : readNumber(s.patient.ageYears, ['patient', 'ageYears'], issues);
  if (ageYears && ageYears.lt(0))
    issues.push({ code: 'negative_value', path: ['patient', 'ageYears'], message: 'Age cannot be negative.' });
  const creatinine = s.patient.creatinine
    ? readQuantity(s.patient.creatinine, ['patient', 'creatinine'], CREATININE_UNIT, 'mg/dL, umol/L', issues)
    : undefined;
  if (creatinine && creatinine.value.lte(0))
    issues.push({ code: 'not_positive', path: ['patient', 'creatinine', 'value'], message: 'Serum creatinine must be greater than zero.' });

  let session: number | undefined;
  if (typeof s.session !== 'number' || !Number.isInteger(s.session) || s.session < 1 || s.session > MAX_SESSION) {
    issues.push({
      code: s.session === undefined ? 'required' : 'invalid_session',
      path: ['session'],
      message: `session is the 1-based number of this infusion in the course: a whole number from 1 to ${MAX_SESSION}.`,
      received: describeReceived(s.session),
    });
  } else session = s.session;

  const doseUnits = DOSE_UNIT_CODES.join(', ');
  const dose = {
    rate: s.dose?.rate ? readQuantity(s.dose.rate, ['dose', 'rate'], readDoseUnit, doseUnits, issues) : undefined,
    loading: s.dose?.loading ? readQuantity(s.dose.loading, ['dose', 'loading'], readDoseUnit, doseUnits, issues) : undefined,
    total: s.dose?.total ? readQuantity(s.dose.total, ['dose', 'total'], readDoseUnit, doseUnits, issues) : undefined,
    duration: s.dose?.duration
      ? readQuantity(s.dose.duration, ['dose', 'duration'], readTimeUnit, 'min, h', issues)
      : undefined,
  };

  const p = s.preparation ?? {};
  let additiveVolume: 'add' | 'withdraw-equal' | undefined;
  if (p.additiveVolume !== undefined) {
    if (p.additiveVolume === 'add' || p.additiveVolume === 'withdraw-equal') additiveVolume = p.additiveVolume;
    else
      issues.push({
        code: 'invalid_value',
        path: ['preparation', 'additiveVolume'],
        message: 'additiveVolume is "add" (the additive adds to the bag volume) or "withdraw-equal" (an equal volume of diluent is withdrawn first).',
        expected: 'add, withdraw-equal',
        received: describeReceived(p.additiveVolume),
      });
  }
  const containerVolume = p.containerVolume
    ? readQuantity(p.containerVolume, ['preparation', 'containerVolume'], readVolumeUnit, 'mL, L', issues)
    : undefined;
  const overfill = p.overfill
    ? readQuantity(p.overfill, ['preparation', 'overfill'], readVolumeUnit, 'mL, L', issues)
    : undefined;

  const pumpIn = s.pump ?? {};
  const increment = pumpIn.increment ? readQuantity(pumpIn.increment, ['pump', 'increment'], ML_PER_H, 'mL/h', issues) : undefined;
  const minRate = pumpIn.minRate ? readQuantity(pumpIn.minRate, ['pump', 'minRate'], ML_PER_H, 'mL/h', issues) : undefined;
  const maxRate = pumpIn.maxRate ? readQuantity(pumpIn.maxRate, ['pump', 'maxRate'], ML_PER_H, 'mL/h', issues) : undefined;

  const fastingHours =
    s.readiness?.fastingHours === undefined ? undefined : readNumber(s.readiness.fastingHours, ['readiness', 'fastingHours'], issues);
  if (fastingHours && fastingHours.lt(0))
    issues.push({ code: 'negative_value', path: ['readiness', 'fastingHours'], message: 'Fasting hours cannot be negative.' });
  const acknowledgements = s.acknowledgements ?? [];
  acknowledgements.forEach((a, i) => {
    if (a.reason.trim().length === 0)
      issues.push({
        code: 'acknowledgement_reason_required',
        path: ['acknowledgements', i, 'reason'],
        message: `Acknowledging "${a.code}" needs a reason; it is recorded in the plan.`,
      });
  });

  if (s.date !== undefined && !isCalendarDate(s.date)) {
    issues.push({ code: 'invalid_date', path: ['date'], message: 'date is a calendar date written YYYY-MM-DD.', received: describeReceived(s.date) });
  }
  let history: readonly HistorySession[] = [];
  if (s.history !== undefined) {
    const h = parseHistory(s.history, ['history']);
    if (h.ok) history = h.value;
    else issues.push(...h.issues);
  }

  // Positive-value checks for preparation and pump settings (the patient's own values are checked
  // against plausibility limits later, with their sources).
  const positives: [Parsed<unknown> | undefined, Path][] = [
    [containerVolume, ['preparation', 'containerVolume', 'value']],
    [increment, ['pump', 'increment', 'value']],
    [minRate, ['pump', 'minRate', 'value']],
    [maxRate, ['pump', 'maxRate', 'value']],
    [dose.rate, ['dose', 'rate', 'value']],
    [dose.loading, ['dose', 'loading', 'value']],
    [dose.total, ['dose', 'total', 'value']],
    [dose.duration, ['dose', 'duration', 'value']],
  ];
  for (const [q, path] of positives) {
    if (q && q.value.lte(0))
      issues.push({ code: 'not_positive', path, message: 'This value must be greater than zero.', received: q.value.toFixed() });
  }
  if (overfill && overfill.value.lt(0))
    issues.push({ code: 'negative_value', path: ['preparation', 'overfill', 'value'], message: 'Overfill cannot be negative.' });

  if (issues.length > 0 || weight === undefined || session === undefined) {
    return { ok: false, issues };
  }
  const patient: PlanInput['patient'] = {
    weight,
    ...(height ? { height } : {}),
    ...(sex ? { sex } : {}),
    ...(ageYears ? { ageYears } : {}),
    ...(creatinine ? { creatinineMgDl: creatinineMgDl(creatinine.value, creatinine.unit) } : {}),
    ...(s.patient.risks !== undefined ? { risks: s.patient.risks } : {}),
  };
  return {
    ok: true,
    value: {
      patient,
      protocol: s.protocol,
      session,
      dose: {
        ...(dose.rate ? { rate: dose.rate } : {}),
        ...(dose.loading ? { loading: dose.loading } : {}),
        ...(dose.total ? { total: dose.total } : {}),
        ...(dose.duration ? { duration: dose.duration } : {}),
      },
      preparation: {
        ...(p.product !== undefined ? { product: p.product } : {}),
        ...(p.diluent !== undefined ? { diluent: p.diluent } : {}),
        ...(containerVolume ? { containerVolume } : {}),
        ...(overfill ? { overfill } : {}),
        ...(additiveVolume ? { additiveVolume } : {}),
      },
      pump: {
        ...(increment ? { increment } : {}),
        ...(minRate ? { minRate } : {}),
        ...(maxRate ? { maxRate } : {}),
      },
      acknowledgements,
      ...(s.careArea !== undefined ? { careArea: s.careArea } : {}),
      history,
      ...(s.date !== undefined ? { date: s.date } : {}),
      ...(s.titration?.clearance !== undefined ? { titrationClearance: s.titration.clearance } : {}),
      readiness: {
        ...(fastingHours !== undefined ? { fastingHours } : {}),
        ...(s.readiness?.escort !== undefined ? { escort: s.readiness.escort } : {}),
        ...(s.readiness?.ecgOnFile !== undefined ? { ecgOnFile: s.readiness.ecgOnFile } : {}),
      },
    },
  };
}
