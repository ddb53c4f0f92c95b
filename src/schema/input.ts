/**
 * The door: untrusted input enters here once, through one strict schema, and leaves as typed,
 * exact values or as a list of coded issues. Nothing past this file re-validates shapes.
 * Each part of the request is read beside it: input-patient, input-settings (dose, preparation,
 * pump) and input-course (session, date, history).
 */
import * as z from 'zod/mini';
import type { Dec } from '../decimal/index.js';
import { PATIENT_RISKS, type PatientRisk } from '../catalogue/types.js';
import type { Sex } from '../patient/weights.js';
import type { DoseUnit, HeightUnit, TimeUnit, VolumeUnit, WeightUnit } from '../units/index.js';
import type { HistorySession } from './history.js';
import type { HistoryView, TimelinePrefix } from './history-view.js';
import { readDateAndHistory, readSession } from './input-course.js';
import { readPatient } from './input-patient.js';
import { readNumber } from './input-read.js';
import { checkSettingSigns, readDose, readPreparation, readPump } from './input-settings.js';
import { type Issue, type Issues, nonEmptyIssues } from '../types/issues.js';
import { mapZodIssues } from './zod-issues.js';
import { type Acknowledgement, acknowledgementShape, checkAcknowledgements, readAcknowledgements } from './acknowledgement.js';
import { type SchemaOf, lazySchema } from './lazy.js';

/** The shape of a plan request (numbers are checked after it, by {@link parsePlanInput}); built on first use. */
export const inputShape = /* @__PURE__ */ lazySchema(() => {
  const quantityShape = z.strictObject({ value: z.unknown(), unit: z.string() });
  return z.strictObject({
    patient: z.strictObject({
      weight: quantityShape,
      height: z.optional(quantityShape),
      sex: z.optional(z.string()),
      ageYears: z.optional(z.unknown()),
      creatinine: z.optional(quantityShape),
      risks: z.optional(z.array(z.enum(PATIENT_RISKS))),
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
    readiness: z.optional(z.strictObject({ fastingHours: z.optional(z.unknown()), escort: z.optional(z.boolean()), ecgOnFile: z.optional(z.boolean()) })),
    acknowledgements: z.optional(z.array(acknowledgementShape.get())),
    history: z.optional(z.array(z.unknown())),
    titration: z.optional(z.strictObject({ clearance: z.optional(z.strictObject({ reason: z.string() })) })),
  });
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
    /**
     * Patient states the rules read: thrombosis or renal risk lowers a product's maximum rate
     * (immune globulin); renal and hepatic states bring the label's dose adjustments and
     * contraindications. A severe state implies the milder one.
     */
    readonly risks?: readonly PatientRisk[];
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
  readonly acknowledgements: readonly Acknowledgement[];
  /** The care area whose limits apply (limits without care areas apply everywhere). */
  readonly careArea?: string;
  /** The date of this session (`YYYY-MM-DD`, or with a local time `YYYY-MM-DDTHH:MM`), for limits counted over a window with earlier sessions. */
  readonly date?: string;
  /** Earlier sessions, oldest first. */
  readonly history: readonly HistorySession[];
  /** The same sessions prepared once for the windows, the history rules and the titration (shared by a course's sessions). */
  readonly historyView: HistoryView;
  /**
   * Sessions a course plans (or records as given) before this one, counted by windowed limits only
   * (they drive no titration). Set by `planCourse`, never read from a request.
   */
  readonly plannedBefore?: TimelinePrefix;
  /** A clinician's clearance to dose again after a severe adverse event, with its reason. */
  readonly titrationClearance?: { readonly reason: string };
  /** What is known of the pre-infusion requirements. */
  readonly readiness: { readonly fastingHours?: Dec; readonly escort?: boolean; readonly ecgOnFile?: boolean };
}

import { MAX_SESSION } from './constants.js';
export { MAX_SESSION };

type RawInput = z.infer<SchemaOf<typeof inputShape>>;

/** Reads what is known of the pre-infusion requirements; fasting hours must be a number, not negative. */
function readReadiness(raw: RawInput['readiness']): { readonly value: PlanInput['readiness']; readonly issues: Issue[] } {
  const issues: Issue[] = [];
  const fastingHours = raw?.fastingHours === undefined ? undefined : readNumber(raw.fastingHours, ['readiness', 'fastingHours'], issues);
  if (fastingHours && fastingHours.lt(0))
    issues.push({ code: 'negative_value', path: ['readiness', 'fastingHours'], message: 'Fasting hours cannot be negative.' });
  const value = {
    ...(fastingHours !== undefined ? { fastingHours } : {}),
    ...(raw?.escort !== undefined ? { escort: raw.escort } : {}),
    ...(raw?.ecgOnFile !== undefined ? { ecgOnFile: raw.ecgOnFile } : {}),
  };
  return { value, issues };
}

/**
 * Parses untrusted input into a {@link PlanInput}, or returns every problem found.
 * Never throws for bad input. `readHistory` is `history` already read by {@link parseHistory} from the
 * same entries and prepared (a course reads it once for all its sessions, so its cost is linear, not sessions x history).
 */
export function parsePlanInput(raw: unknown, readHistory?: HistoryView): { ok: true; value: PlanInput } | { ok: false; issues: Issues } {
  const shape = inputShape.safeParse(raw, { reportInput: true });
  if (!shape.success) return { ok: false, issues: mapZodIssues(shape.error.issues) };
  const s = shape.data;
  const patient = readPatient(s.patient);
  const session = readSession(s.session);
  const dose = readDose(s.dose);
  const preparation = readPreparation(s.preparation ?? {});
  const pump = readPump(s.pump ?? {});
  const readiness = readReadiness(s.readiness);
  const acknowledgements = readAcknowledgements(s.acknowledgements);
  const history = readDateAndHistory(s.date, s.history, readHistory);
  // A fixed order, part by part with the sign checks last, so the same request always reports the same list.
  const issues: Issue[] = [
    ...patient.issues,
    ...session.issues,
    ...dose.issues,
    ...preparation.issues,
    ...pump.issues,
    ...readiness.issues,
    ...checkAcknowledgements(acknowledgements),
    ...history.issues,
    ...checkSettingSigns(dose.value, preparation.value, pump.value),
  ];
  const refused = nonEmptyIssues(issues);
  if (refused) return { ok: false, issues: refused };
  // Unreachable while every unread part reports an issue; a part left unread without one still refuses.
  if (patient.value === undefined) return { ok: false, issues: [{ code: 'invalid_input', path: ['patient'], message: 'The patient could not be read.' }] };
  if (session.value === undefined) return { ok: false, issues: [{ code: 'invalid_input', path: ['session'], message: 'The session could not be read.' }] };
  return {
    ok: true,
    value: {
      patient: patient.value,
      protocol: s.protocol,
      session: session.value,
      dose: dose.value,
      preparation: preparation.value,
      pump: pump.value,
      acknowledgements,
      ...(s.careArea !== undefined ? { careArea: s.careArea } : {}),
      history: history.value.sessions,
      historyView: history.value,
      ...(s.date !== undefined ? { date: s.date } : {}),
      ...(s.titration?.clearance !== undefined ? { titrationClearance: s.titration.clearance } : {}),
      readiness: readiness.value,
    },
  };
}
