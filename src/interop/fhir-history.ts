/**
 * FHIR R4 in: a patient's MedicationAdministration records (with the pain-score Observations and the
 * AdverseEvents that belong to them) read into the `history` the planner takes.
 *
 * One history entry per agent of each session: a one-agent administration gives one entry under the
 * protocol of its `protocol` extension; a combination bag (a contained Medication whose ingredients
 * each carry the `protocol` extension, as `toFhir` writes it) gives one entry per ingredient, each
 * with that agent's share of the volume given (strength x volume) and the session's pain, relief and
 * adverse events. The session number and the relief come from the project's extensions
 * (`./fhir-extensions.ts`); what R4 itself says is read as `./fhir-history-admin.ts`,
 * `./fhir-history-dose.ts` and `./fhir-history-links.ts` describe.
 *
 * The entries leave sorted oldest first and are checked by the planner's own history door before they
 * are returned, so a history this function returns is one the planner accepts; a problem it finds is
 * reported at the FHIR path it came from. Nothing is guessed: a missing extension, an unknown unit, an
 * administration still in progress, an adverse event that cannot be placed, records of two patients
 * refuse; what is left out on purpose (records in error, not done; pain scores not usable) is a note.
 *
 * Stays with the caller: fetching the resources (all of the patient's course), time zones (a time is
 * read as written, in its own offset, as the clinic's wall clock), per-kg rates of a combination bag
 * (shared as mass per time: a protocol titrated per kg refuses such an entry with the planner's code).
 *
 * @module
 */
import type { HistoryEntryInput } from '../types/requests.js';
import type { Issue, Issues } from '../types/issues.js';
import { guard, snapshot } from '../schema/guard.js';
import { frozenCopy } from '../types/freeze.js';
import { FHIR_HISTORY_BOUNDS, checkBounds } from '../types/input-limits.js';
import { parseHistory } from '../schema/history.js';
import { type AdministrationRead, type ComponentRead, readAdministration } from './fhir-history-admin.js';
import { isRec, issueAt } from './fhir-history-dose.js';
import { type EventRead, type PainRead, linkEvents, linkPain } from './fhir-history-links.js';

type Path = readonly (string | number)[];

/** The input of {@link historyFromFhir}. */
export interface HistoryFromFhirInput {
  /** FHIR R4 MedicationAdministration resources: the sessions of the patient's course, in any order. */
  readonly administrations: readonly unknown[];
  /** Optional FHIR R4 Observations: pain scores (LOINC 72514-3) linked by `partOf`; others are passed over. */
  readonly observations?: readonly unknown[];
  /** Optional FHIR R4 AdverseEvents, linked by `suspectEntity.instance`. */
  readonly adverseEvents?: readonly unknown[];
}

/**
 * The result of {@link historyFromFhir}: the history (oldest first) with a list of notes per entry
 * (`entryNotes[i]` belongs to `history[i]`) and notes on what was left out; or the issues that stop it.
 */
export type HistoryFromFhirResult =
  | {
      readonly ok: true;
      readonly history: readonly HistoryEntryInput[];
      readonly entryNotes: readonly (readonly Issue[])[];
      readonly notes: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: Issues };

/** One entry before sorting, with where each of its fields came from. */
interface Built {
  readonly entry: HistoryEntryInput;
  readonly session: AdministrationRead;
  readonly component: ComponentRead;
  readonly pain: PainRead;
  readonly events: readonly EventRead[];
  readonly notes: readonly Issue[];
}

function outline(raw: unknown): Issue[] {
  if (!isRec(raw)) return [issueAt('invalid_type', [], 'Pass { administrations, observations?, adverseEvents? }.')];
  const issues: Issue[] = [];
  if (!Array.isArray(raw['administrations']))
    issues.push(issueAt('invalid_type', ['administrations'], 'administrations must be a list of FHIR MedicationAdministrations.'));
  for (const key of ['observations', 'adverseEvents'] as const) {
    if (raw[key] !== undefined && !Array.isArray(raw[key])) issues.push(issueAt('invalid_type', [key], `${key} must be a list of FHIR resources when given.`));
  }
  const extra = Object.keys(raw).filter((k) => !['administrations', 'observations', 'adverseEvents'].includes(k));
  for (const k of extra) issues.push(issueAt('unknown_key', [k], `Unknown key "${k}": pass administrations, observations and adverseEvents only.`));
  return issues;
}

/** Ids must be unique to link by, and every record must be of one patient. */
function checkIdentity(sessions: readonly AdministrationRead[], issues: Issue[]): Map<string, number> {
  const byId = new Map<string, number>();
  sessions.forEach((s, i) => {
    if (s.id === undefined) return;
    if (byId.has(s.id))
      issues.push(
        issueAt(
          'fhir_administration_invalid',
          [...s.path, 'id'],
          `The id "${s.id}" is used by two administrations; Observations and AdverseEvents could not be linked.`,
        ),
      );
    else byId.set(s.id, i);
  });
  const subjects = [...new Set(sessions.flatMap((s) => (s.subject !== undefined ? [s.subject] : [])))];
  if (subjects.length > 1) {
    const s = sessions.find((x) => x.subject !== undefined && x.subject !== subjects[0]) as AdministrationRead;
    issues.push(
      issueAt(
        'fhir_subject_mismatch',
        [...s.path, 'subject'],
        `The administrations are of more than one patient (${subjects.slice(0, 3).join(', ')}): give one patient's records.`,
      ),
    );
  }
  return byId;
}

/** The history entry of one agent of one session. */
function entryOf(s: AdministrationRead, c: ComponentRead, pain: PainRead, events: readonly EventRead[]): HistoryEntryInput {
  const { before, after } = pain;
  return {
    date: s.date,
    protocol: c.protocol,
    session: s.session,
    given: c.given,
    ...(before !== undefined && after !== undefined ? { pain: { before: before.value, after: after.value } as HistoryEntryInput['pain'] } : {}),
    ...(s.reliefPercent !== undefined ? { reliefPercent: s.reliefPercent } : {}),
    adverseEvents: events.map((e) => ({ kind: e.kind, severity: e.severity })),
    completed: s.completed,
    ...(s.stoppedReason !== undefined ? { stoppedReason: s.stoppedReason } : {}),
  } as HistoryEntryInput;
}

/** The notes of one session: its own, and a pain score without its pair. */
function sessionNotes(s: AdministrationRead, pain: PainRead, events: readonly EventRead[]): Issue[] {
  const notes = [...s.notes];
  if ((pain.before === undefined) !== (pain.after === undefined)) {
    const has = pain.before !== undefined ? 'before' : 'after';
    notes.push(
      issueAt(
        'fhir_observation_missing',
        s.path,
        `Only a pain score ${has} the session is linked: pain is not recorded for it, so its response is not judged from pain.`,
      ),
    );
  }
  for (const e of events)
    if (e.kind.startsWith('not coded'))
      notes.push(issueAt('missing', [...e.path, 'event'], 'The event has no text or coding: its kind is recorded as not coded.'));
  return notes;
}

/** Where a problem the history door found in entry `b` came from in the FHIR input. */
function originOf(b: Built, rest: readonly (string | number)[]): Path {
  const [field, sub] = rest;
  const at = b.session.path;
  if (field === 'pain') return (sub === 'before' ? b.pain.before?.path : sub === 'after' ? b.pain.after?.path : undefined) ?? at;
  if (field === 'protocol') return b.component.protocolPath;
  if (field === 'session' || field === 'reliefPercent') return [...at, 'extension'];
  if (field === 'given') return [...at, 'dosage'];
  if (field === 'adverseEvents' && typeof sub === 'number') return b.events[sub]?.path ?? at;
  return at;
}

function historyOf(raw: Record<string, unknown>): HistoryFromFhirResult {
  const issues: Issue[] = [];
  const notes: Issue[] = [];
  const sessions: AdministrationRead[] = [];
  (raw['administrations'] as unknown[]).forEach((a, i) => {
    const read = readAdministration(a, ['administrations', i], issues);
    if (read.kind === 'session') sessions.push(read.value);
    else if (read.kind === 'left-out') notes.push(read.note);
  });
  const byId = checkIdentity(sessions, issues);
  const links = { byId, subject: sessions.find((s) => s.subject !== undefined)?.subject };
  const pain = linkPain((raw['observations'] as unknown[] | undefined) ?? [], sessions, links, notes);
  const events = linkEvents((raw['adverseEvents'] as unknown[] | undefined) ?? [], sessions.length, links, issues, notes);
  const [first, ...rest] = issues;
  if (first !== undefined) return { ok: false, issues: [first, ...rest] };
  const built: Built[] = sessions.flatMap((s, i) => {
    const p = pain[i] as PainRead;
    const e = events[i] as EventRead[];
    const n = sessionNotes(s, p, e);
    return s.components.map((c) => ({ entry: entryOf(s, c, p, e), session: s, component: c, pain: p, events: e, notes: n }));
  });
  // Oldest first by the wall-clock text (YYYY-MM-DD[THH:MM] sorts as it reads); a stable sort keeps a bag's agents together.
  built.sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : 0));
  const history = built.map((b) => b.entry);
  const door = parseHistory(history, ['history']);
  if (!door.ok) {
    const [f, ...more] = door.issues.map((i) => {
      const b = built[i.path[1] as number];
      return b === undefined ? i : { ...i, path: [...originOf(b, i.path.slice(2))] };
    });
    return { ok: false, issues: [f as Issue, ...more] };
  }
  return { ok: true, history, entryNotes: built.map((b) => b.notes), notes };
}

/**
 * Reads a patient's FHIR R4 MedicationAdministrations, with their pain-score Observations and
 * AdverseEvents, into the `history` of `planInfusion`, `planCombination` and `planCourse`: one entry
 * per agent of each session, oldest first, already accepted by the planner's history door.
 *
 * @param input - `{ administrations, observations?, adverseEvents? }`, untrusted JSON.
 * @returns `{ ok: true, history, entryNotes, notes }`, or, never thrown, `{ ok: false, issues }` with
 *   FHIR paths: `fhir_administration_invalid`, `fhir_administration_not_final`, `fhir_extension_missing`,
 *   `fhir_unit_unknown`, `fhir_multiple_agents`, `fhir_reference_unresolved`, `fhir_adverse_event_invalid`,
 *   `fhir_subject_mismatch`, the history door's codes (`pain_out_of_range`, `history_out_of_order` ...),
 *   the input limits' and the guard's codes, or `internal_error`.
 * @example
 * ```ts
 * const h = historyFromFhir({ administrations, observations, adverseEvents });
 * if (h.ok) { const plan = planInfusion({ ...request, history: h.history }); }
 * ```
 */
export function historyFromFhir(input: HistoryFromFhirInput): HistoryFromFhirResult {
  const out = guard((): HistoryFromFhirResult => {
    const read = snapshot(input, 2 * FHIR_HISTORY_BOUNDS.nodes);
    if (!read.ok) return read;
    const tooBig = checkBounds(read.value, FHIR_HISTORY_BOUNDS);
    if (tooBig) return { ok: false, issues: [tooBig] };
    const [first, ...rest] = outline(read.value);
    if (first !== undefined) return { ok: false, issues: [first, ...rest] };
    return historyOf(read.value as Record<string, unknown>);
  });
  return frozenCopy(out);
}
