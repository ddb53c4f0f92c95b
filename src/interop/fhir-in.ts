/**
 * FHIR R4 in: a patient's Observations and a draft MedicationRequest read into a `planInfusion`
 * request.
 *
 * Observations by LOINC code: 29463-7 body weight, 8302-2 body height, 2160-0 serum creatinine. Per
 * code the latest valid one is used: status final, amended or corrected; a `valueQuantity` in UCUM
 * with a plain number; an `effectiveDateTime` (or `issued`). Units are passed on exactly: kg and
 * [lb_av], cm and [in_i], mg/dL and umol/L go to the planner as they are (the planner converts lb,
 * in and umol/L with its cited factors: 0.45359237 kg/lb, 2.54 cm/in, 88.4 umol/L per mg/dL); g and
 * m are written as kg and cm by an exact decimal shift. An observation older than the caller's
 * `maxAgeDays` before `now` is stale: it is not used and is reported. No valid weight refuses (no
 * plan without a weight); a missing or stale height or creatinine is reported and left out, so a
 * protocol that needs one is refused by the planner with its own code.
 *
 * The draft MedicationRequest names the protocol by `instantiatesCanonical` or `instantiatesUri`
 * (the last path segment is the protocol id). Its last Dosage's `ordered` doseAndRate, when in a
 * dose unit (mass per kg, per time), becomes the clinician's dose (`dose.rate` or `dose.total`).
 *
 * With the Patient resource, `gender` female or male becomes the sex and `birthDate` (a full date) the
 * age in whole years at `now`; other genders and partial dates are not used (a protocol that needs
 * them is refused by the planner with its own code).
 *
 * Stays with the caller: fetching the resources and the patient's identity. The titration history
 * (MedicationAdministration records) is read by `historyFromFhir` (`./fhir-history.ts`).
 *
 * @module
 */
import type { PlanRequest } from '../types/requests.js';
import { readDecimal } from '../decimal/index.js';
import { guard, snapshot } from '../schema/guard.js';
import { frozenCopy } from '../types/freeze.js';
import { REQUEST_BOUNDS, checkBounds } from '../types/input-limits.js';
import type { Issue, Issues } from '../types/issues.js';

/** The input of {@link fromFhir}. */
export interface FromFhirInput {
  /** FHIR R4 Observation resources of the patient. */
  readonly observations: readonly unknown[];
  /** The draft FHIR R4 MedicationRequest. */
  readonly medicationRequest: unknown;
  /** The time the order is checked at (FHIR dateTime); the library has no clock. */
  readonly now: string;
  /** Observations older than this many days before `now` are stale. Absent: none is stale. */
  readonly maxAgeDays?: number;
  /** The session number of the request; default 1. */
  readonly session?: number;
  /** Optional: the FHIR R4 Patient; `gender` (female or male) becomes the sex, `birthDate` the age in whole years at `now`. */
  readonly patient?: unknown;
}

/** The result of {@link fromFhir}: a planInfusion request and what was not used, or the issues that stop one. */
export type FromFhirResult =
  { readonly ok: true; readonly request: PlanRequest; readonly notes: readonly Issue[] } | { readonly ok: false; readonly issues: Issues };

const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const VALID_STATUS = new Set(['final', 'amended', 'corrected']);
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
const PROTOCOL_ID = /^[a-z0-9][a-z0-9.-]*$/;
const DAY_MS = 86_400_000;

type Measure = 'weight' | 'height' | 'creatinine';
const MEASURES: Readonly<Record<Measure, { readonly loinc: string; readonly units: Readonly<Record<string, { unit: string; shift: number }>> }>> = {
  weight: { loinc: '29463-7', units: { kg: { unit: 'kg', shift: 0 }, g: { unit: 'kg', shift: -3 }, '[lb_av]': { unit: '[lb_av]', shift: 0 } } },
  height: { loinc: '8302-2', units: { cm: { unit: 'cm', shift: 0 }, m: { unit: 'cm', shift: 2 }, '[in_i]': { unit: '[in_i]', shift: 0 } } },
  creatinine: { loinc: '2160-0', units: { 'mg/dL': { unit: 'mg/dL', shift: 0 }, 'umol/L': { unit: 'umol/L', shift: 0 } } },
};

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const note = (code: Issue['code'], path: readonly (string | number)[], message: string): Issue => ({ code, path, message });

/** An observation's time in ms, or undefined. */
function timeOf(o: Rec): number | undefined {
  const t = typeof o['effectiveDateTime'] === 'string' ? o['effectiveDateTime'] : o['issued'];
  if (typeof t !== 'string' || !DATE_TIME.test(t)) return undefined;
  const ms = Date.parse(t);
  return Number.isFinite(ms) ? ms : undefined;
}

/** The measure an Observation is of (by LOINC code), if one of the three. */
function measureOf(o: Rec): Measure | undefined {
  const coding = isRec(o['code']) && Array.isArray(o['code']['coding']) ? (o['code']['coding'] as unknown[]) : [];
  return (Object.keys(MEASURES) as Measure[]).find((m) => coding.some((c) => isRec(c) && c['system'] === LOINC && c['code'] === MEASURES[m].loinc));
}

/** The value as the planner takes it (exact), or undefined when the quantity is not valid UCUM. */
function valueOf(o: Rec, m: Measure): { value: string; unit: string } | undefined {
  const q = o['valueQuantity'];
  if (!isRec(q) || q['system'] !== UCUM || typeof q['code'] !== 'string') return undefined;
  const u = Object.hasOwn(MEASURES[m].units, q['code']) ? MEASURES[m].units[q['code']] : undefined;
  const v = readDecimal(q['value']);
  if (u === undefined || !v.ok || v.value.lte(0)) return undefined;
  // g -> kg and m -> cm: an exact shift of the decimal point.
  return { value: v.value.mul(10 ** u.shift).toFixed(), unit: u.unit };
}

interface Found {
  readonly value: { value: string; unit: string };
  readonly at: number;
  readonly index: number;
}

/** The latest valid observation per measure, and notes for what was not valid. */
function latest(observations: readonly unknown[], notes: Issue[]): Map<Measure, Found> {
  const best = new Map<Measure, Found>();
  observations.forEach((o, index) => {
    if (!isRec(o) || o['resourceType'] !== 'Observation') return;
    const m = measureOf(o);
    if (m === undefined) return;
    const at = timeOf(o);
    const value = valueOf(o, m);
    if (!VALID_STATUS.has(String(o['status'])) || at === undefined || value === undefined) {
      notes.push(
        note(
          'fhir_observation_invalid',
          ['observations', index],
          `This ${m} observation is not used: it needs status final/amended/corrected, a time, and a positive UCUM valueQuantity in a unit this reader converts.`,
        ),
      );
      return;
    }
    const prev = best.get(m);
    if (prev === undefined || at > prev.at) best.set(m, { value, at, index });
  });
  return best;
}

/** The protocol id the draft order instantiates. */
function protocolOf(mr: Rec): string | undefined {
  const refs = [
    ...(Array.isArray(mr['instantiatesCanonical']) ? mr['instantiatesCanonical'] : []),
    ...(Array.isArray(mr['instantiatesUri']) ? mr['instantiatesUri'] : []),
  ];
  for (const r of refs) {
    if (typeof r !== 'string') continue;
    const id = r
      .split(/[/#|]/)
      .filter((s) => s !== '')
      .at(-1);
    if (id !== undefined && PROTOCOL_ID.test(id)) return id;
  }
  return undefined;
}

/** The clinician's dose from the last Dosage's `ordered` entry, when it is in a dose unit. */
function doseOf(mr: Rec): Rec | undefined {
  const dosages = Array.isArray(mr['dosageInstruction']) ? (mr['dosageInstruction'] as unknown[]) : [];
  const last = dosages.at(-1);
  const entries = isRec(last) && Array.isArray(last['doseAndRate']) ? (last['doseAndRate'] as unknown[]) : [];
  const ordered = entries.find((e) => isRec(e) && JSON.stringify(e['type'] ?? '').includes('"ordered"'));
  if (!isRec(ordered)) return undefined;
  const q = (k: string) => {
    const v = ordered[k];
    return isRec(v) && v['system'] === UCUM && typeof v['code'] === 'string' && /g/.test(v['code']) && !v['code'].startsWith('mL')
      ? { value: v['value'], unit: v['code'] }
      : undefined;
  };
  const rate = q('rateQuantity');
  const total = q('doseQuantity');
  return rate !== undefined || total !== undefined ? { ...(rate !== undefined ? { rate } : {}), ...(total !== undefined ? { total } : {}) } : undefined;
}

/** Sex from `gender` (female or male only) and age in whole years at `now` from a full `birthDate`. */
function demographicsOf(p: Rec | undefined, now: number): Rec {
  if (p === undefined) return {};
  const out: Rec = {};
  if (p['gender'] === 'female' || p['gender'] === 'male') out['sex'] = p['gender'];
  const birth = typeof p['birthDate'] === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(p['birthDate']) : null;
  if (birth !== null) {
    const today = new Date(now);
    const [y, m, d] = [Number(birth[1]), Number(birth[2]), Number(birth[3])];
    // Whole years: the year difference, less one before this year's birthday.
    const beforeBirthday = today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d);
    const age = today.getUTCFullYear() - y - (beforeBirthday ? 1 : 0);
    if (age >= 0 && age < 150) out['ageYears'] = age;
  }
  return out;
}

interface ReadInput {
  readonly patient: Rec | undefined;
  readonly obs: readonly unknown[];
  readonly mr: Rec;
  readonly now: number;
  readonly maxAgeDays: number | undefined;
  readonly session: number;
}

/** The issues of the input's outline, in the order of its fields. */
function outlineIssues(raw: Rec): Issue[] {
  const issues: Issue[] = [];
  const mr = raw['medicationRequest'];
  const max = raw['maxAgeDays'];
  const session = raw['session'] ?? 1;
  if (!Array.isArray(raw['observations'])) issues.push(note('invalid_type', ['observations'], 'observations must be a list of FHIR Observations.'));
  if (!isRec(mr) || mr['resourceType'] !== 'MedicationRequest')
    issues.push(note('invalid_type', ['medicationRequest'], 'medicationRequest must be a FHIR MedicationRequest.'));
  if (!(typeof raw['now'] === 'string' && DATE_TIME.test(raw['now']) && Number.isFinite(Date.parse(raw['now'])))) {
    issues.push(note('invalid_date', ['now'], 'now must be a FHIR dateTime such as 2026-01-05T09:30:00Z.'));
  }
  if (max !== undefined && !(typeof max === 'number' && Number.isFinite(max) && max > 0))
    issues.push(note('invalid_value', ['maxAgeDays'], 'maxAgeDays must be a positive number.'));
  if (!(typeof session === 'number' && Number.isSafeInteger(session) && session >= 1))
    issues.push(note('invalid_session', ['session'], 'session must be a whole number from 1.'));
  return issues;
}

function readInput(raw: unknown): { readonly ok: true; readonly input: ReadInput } | { readonly ok: false; readonly issues: Issues } {
  if (!isRec(raw)) return { ok: false, issues: [note('invalid_type', [], 'Pass { observations, medicationRequest, now }.')] };
  const [first, ...rest] = outlineIssues(raw);
  if (first !== undefined) return { ok: false, issues: [first, ...rest] };
  const input: ReadInput = {
    patient: isRec(raw['patient']) && raw['patient']['resourceType'] === 'Patient' ? raw['patient'] : undefined,
    obs: raw['observations'] as unknown[],
    mr: raw['medicationRequest'] as Rec,
    now: Date.parse(raw['now'] as string),
    maxAgeDays: raw['maxAgeDays'] as number | undefined,
    session: (raw['session'] ?? 1) as number,
  };
  return { ok: true, input };
}

function requestOf(raw: unknown): FromFhirResult {
  const read = readInput(raw);
  if (!read.ok) return read;
  const { input } = read;
  const notes: Issue[] = [];
  const found = latest(input.obs, notes);
  const patient: Rec = {};
  let weightIssue: Issue | undefined;
  for (const m of ['weight', 'height', 'creatinine'] as const) {
    const f = found.get(m);
    const stale = f !== undefined && input.maxAgeDays !== undefined && input.now - f.at > input.maxAgeDays * DAY_MS;
    const problem =
      f === undefined
        ? note('fhir_observation_missing', ['observations'], `No valid ${m} observation (LOINC ${MEASURES[m].loinc}).`)
        : stale
          ? note('fhir_observation_stale', ['observations', f.index], `The latest ${m} is older than ${String(input.maxAgeDays)} days: not used.`)
          : undefined;
    if (problem !== undefined) notes.push(problem);
    else if (f !== undefined) patient[m] = f.value;
    if (m === 'weight') weightIssue = problem;
  }
  const protocol = protocolOf(input.mr);
  const blocking = [
    ...(weightIssue !== undefined ? [weightIssue] : []),
    ...(protocol === undefined
      ? [
          note(
            'fhir_protocol_missing',
            ['medicationRequest', 'instantiatesCanonical'],
            'The draft order names no protocol (instantiatesCanonical or instantiatesUri).',
          ),
        ]
      : []),
  ];
  const [first, ...rest] = blocking;
  if (first !== undefined) return { ok: false, issues: [first, ...rest] };
  const dose = doseOf(input.mr);
  return {
    ok: true,
    // Built from the observations' UCUM units and values as read; planInfusion's door checks every one.
    request: {
      patient: { ...patient, ...demographicsOf(input.patient, input.now) },
      protocol,
      session: input.session,
      ...(dose !== undefined ? { dose } : {}),
    } as unknown as PlanRequest,
    notes,
  };
}

/**
 * Reads a patient's FHIR Observations and a draft MedicationRequest into a `planInfusion` request.
 *
 * @param input - `{ observations, medicationRequest, now, maxAgeDays?, session? }`.
 * @returns `{ ok: true, request, notes }` (notes: observations missing, stale or invalid, not used), or,
 *   never thrown, `{ ok: false, issues }`: no valid current weight (`fhir_observation_missing`,
 *   `fhir_observation_stale`), no protocol (`fhir_protocol_missing`), `invalid_type`, `invalid_date`,
 *   `invalid_value`, `invalid_session`, the input limits' and the guard's codes, or `internal_error`.
 * @example
 * ```ts
 * const r = fromFhir({ observations, medicationRequest: draft, now: '2026-01-05T09:30:00Z', maxAgeDays: 30 });
 * if (r.ok) { const plan = planInfusion(r.request); }
 * ```
 */
export function fromFhir(input: FromFhirInput): FromFhirResult {
  const out = guard((): FromFhirResult => {
    const read = snapshot(input, 2 * REQUEST_BOUNDS.nodes);
    if (!read.ok) return read;
    const tooBig = checkBounds(read.value, REQUEST_BOUNDS);
    if (tooBig) return { ok: false, issues: [tooBig] };
    return requestOf(read.value);
  });
  return frozenCopy(out);
}
