/**
 * One R4 MedicationAdministration read as the session it records: its status, its time as the
 * clinic's wall clock, the project's extensions (protocol, session number, relief) and each agent's
 * share of what was given (`./fhir-history-dose.ts`).
 *
 * Status (R4 medication-admin-status):
 * - `completed`: a session run to its end (`completed: true`);
 * - `stopped`: a session stopped early (`completed: false`); what was given, the reason
 *   (`statusReason` text, display or code) and its events still count;
 * - `entered-in-error` and `not-done`: left out with a note (`fhir_administration_left_out`): a record in
 *   error is no session, and "not done" means terminated before any effect on the patient;
 * - `in-progress`, `on-hold`, `unknown`: refused (`fhir_administration_not_final`): whether and how much
 *   was given is not known yet, and a next dose is not worked from a session that has not ended.
 *
 * Time: `effectivePeriod.start` or `effectiveDateTime`, read as written (date, or date and hour and
 * minute in the record's own offset: the clinic's wall clock, which is how the planner reads every time).
 *
 * @module
 */
import type { Issue } from '../types/issues.js';
import { isSessionTime } from '../dates/session-time.js';
import { FHIR_EXTENSIONS, findExtension } from './fhir-extensions.js';
import {
  type DosageRead,
  type Given,
  type Strength,
  givenFor,
  givesMass,
  isRec,
  issueAt,
  needsStrength,
  readDosage,
  readStrength,
} from './fhir-history-dose.js';

type Rec = Record<string, unknown>;
type Path = readonly (string | number)[];

/** One agent of a session: its protocol and its share of the dose, with where each came from. */
export interface ComponentRead {
  readonly protocol: string;
  readonly given: Given;
  /** Where the protocol was read (the administration's or the ingredient's extension). */
  readonly protocolPath: Path;
}

/** A session read from one administration. */
export interface AdministrationRead {
  readonly path: Path;
  readonly id: string | undefined;
  readonly subject: string | undefined;
  readonly date: string;
  /** Start and end instants (ms), when the record has a time: for placing pain scores before and after. */
  readonly start: number | undefined;
  readonly end: number | undefined;
  readonly completed: boolean;
  readonly stoppedReason: string | undefined;
  readonly session: number;
  readonly reliefPercent: number | undefined;
  readonly components: readonly ComponentRead[];
  readonly notes: readonly Issue[];
}

/** The outcome of reading one administration. */
export type AdministrationOutcome =
  | { readonly kind: 'session'; readonly value: AdministrationRead }
  | { readonly kind: 'left-out'; readonly id: string | undefined; readonly note: Issue }
  | { readonly kind: 'refused' };

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** A FHIR dateTime as the clinic's wall clock (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`) and its instant; undefined when not a full date. */
export function readTime(raw: unknown): { readonly wall: string; readonly at: number | undefined } | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = DATE_TIME.exec(raw);
  if (m === null) return undefined;
  const wall = m[2] !== undefined ? `${m[1] as string}T${m[2]}` : (m[1] as string);
  if (!isSessionTime(wall)) return undefined;
  const at = m[2] !== undefined ? Date.parse(raw) : undefined;
  return { wall, at: at !== undefined && Number.isFinite(at) ? at : undefined };
}

const LEFT_OUT = new Set(['entered-in-error', 'not-done']);
const NOT_FINAL = new Set(['in-progress', 'on-hold', 'unknown']);

/** The reason text of a stopped administration, if recorded. */
function reasonOf(a: Rec): string | undefined {
  const first: unknown = Array.isArray(a['statusReason']) ? a['statusReason'][0] : undefined;
  if (!isRec(first)) return undefined;
  if (typeof first['text'] === 'string' && first['text'].trim() !== '') return first['text'];
  const coding: unknown = Array.isArray(first['coding']) ? first['coding'][0] : undefined;
  if (!isRec(coding)) return undefined;
  const said = typeof coding['display'] === 'string' && coding['display'].trim() !== '' ? coding['display'] : coding['code'];
  return typeof said === 'string' && said.trim() !== '' ? said : undefined;
}

/** A string extension's value (the protocol id), or an issue. */
function readProtocol(element: unknown, path: Path, issues: Issue[]): string | undefined {
  const found = findExtension(element, FHIR_EXTENSIONS.protocol);
  if (found.found === 'one' && typeof found.extension['valueString'] === 'string' && found.extension['valueString'].trim() !== '')
    return found.extension['valueString'];
  issues.push(
    issueAt(
      'fhir_extension_missing',
      [...path, 'extension'],
      found.found === 'several'
        ? 'Give the protocol extension once.'
        : `Name the protocol with the extension ${FHIR_EXTENSIONS.protocol} (valueString: the protocol id); it is not guessed from the medication.`,
    ),
  );
  return undefined;
}

/** The session number from its extension, or an issue (it is not derived from the order of the records). */
function readSession(a: Rec, path: Path, issues: Issue[]): number | undefined {
  const found = findExtension(a, FHIR_EXTENSIONS.sessionNumber);
  if (found.found === 'one' && typeof found.extension['valuePositiveInt'] === 'number') return found.extension['valuePositiveInt'];
  issues.push(
    issueAt(
      'fhir_extension_missing',
      [...path, 'extension'],
      `Give the session number in its course with the extension ${FHIR_EXTENSIONS.sessionNumber} (valuePositiveInt, once); it is not derived from the order of the records.`,
    ),
  );
  return undefined;
}

/** Relief from its extension (range checked by the history door), undefined when not recorded. */
function readRelief(a: Rec, path: Path, issues: Issue[]): number | undefined {
  const found = findExtension(a, FHIR_EXTENSIONS.reliefPercent);
  if (found.found === 'none') return undefined;
  if (found.found === 'one' && typeof found.extension['valueDecimal'] === 'number') return found.extension['valueDecimal'];
  issues.push(
    issueAt(
      'fhir_extension_missing',
      [...path, 'extension'],
      `Give relief once, as the extension ${FHIR_EXTENSIONS.reliefPercent} with a valueDecimal from 0 to 100.`,
    ),
  );
  return undefined;
}

/** The Medication the administration gives, when it is contained (`medicationReference` `#id`). */
function containedMedication(a: Rec): { readonly medication: Rec; readonly path: Path } | undefined {
  const ref = isRec(a['medicationReference']) ? a['medicationReference']['reference'] : undefined;
  if (typeof ref !== 'string' || !ref.startsWith('#') || !Array.isArray(a['contained'])) return undefined;
  const index = a['contained'].findIndex((c: unknown) => isRec(c) && c['resourceType'] === 'Medication' && c['id'] === ref.slice(1));
  return index < 0 ? undefined : { medication: a['contained'][index] as Rec, path: ['contained', index] };
}

/** Each agent's protocol and share: per ingredient that names its protocol, or the administration's one agent. */
function readComponents(a: Rec, path: Path, dosage: DosageRead, issues: Issue[]): ComponentRead[] {
  const med = containedMedication(a);
  const ingredients: unknown[] = med !== undefined && Array.isArray(med.medication['ingredient']) ? med.medication['ingredient'] : [];
  const ingPath = (j: number): Path => [...path, ...(med?.path ?? []), 'ingredient', j];
  const named = ingredients.flatMap((ing, j) => (findExtension(ing, FHIR_EXTENSIONS.protocol).found !== 'none' ? [j] : []));
  const strengthOf = (j: number): Strength | undefined => (needsStrength(dosage) ? readStrength(ingredients[j], ingPath(j), issues) : undefined);
  if (named.length === 0) {
    // An ingredient is an agent unless it says it is not (isActive false, as toFhir writes the diluent): R4 leaves isActive optional.
    const active = ingredients.flatMap((ing, j) => (isRec(ing) && ing['isActive'] !== false ? [j] : []));
    if (active.length > 1) {
      // A bag of several agents with no agent named: one protocol for all would leave the others uncounted.
      for (const j of active) readProtocol(ingredients[j], ingPath(j), issues);
      return [];
    }
    const protocol = readProtocol(a, path, issues);
    if (needsStrength(dosage) && active.length === 0) {
      const where = med === undefined ? [...path, 'medicationReference'] : [...path, ...med.path, 'ingredient'];
      issues.push(
        issueAt('fhir_reference_unresolved', where, 'A volume given needs the contained Medication with exactly one active ingredient and its strength.'),
      );
      return [];
    }
    const strength = active[0] !== undefined ? strengthOf(active[0]) : undefined;
    return protocol === undefined ? [] : [{ protocol, given: givenFor(dosage, strength), protocolPath: [...path, 'extension'] }];
  }
  // Every active ingredient of a bag whose agents are named must name its protocol: an agent left out would go uncounted.
  ingredients.forEach((ing, j) => {
    if (isRec(ing) && ing['isActive'] !== false && !named.includes(j)) readProtocol(ing, ingPath(j), issues);
  });
  if (named.length > 1 && givesMass(dosage)) {
    issues.push(
      issueAt(
        'fhir_multiple_agents',
        [...path, 'dosage'],
        'A bag of several agents is given as a volume (mL, mL/h): a mass does not say which agent it is of.',
      ),
    );
    return [];
  }
  return named.flatMap((j) => {
    const protocol = readProtocol(ingredients[j], ingPath(j), issues);
    return protocol === undefined ? [] : [{ protocol, given: givenFor(dosage, strengthOf(j)), protocolPath: [...ingPath(j), 'extension'] }];
  });
}

/** The record's status as a session's outcome, or why it is left out or refused. */
function readStatus(a: Rec, path: Path, issues: Issue[]): { completed: boolean } | { leftOut: Issue } | undefined {
  const status = a['status'];
  if (status === 'completed') return { completed: true };
  if (status === 'stopped') return { completed: false };
  if (typeof status === 'string' && LEFT_OUT.has(status)) {
    return {
      leftOut: issueAt(
        'fhir_administration_left_out',
        [...path, 'status'],
        status === 'not-done' ? 'Left out: not done, so nothing was given.' : 'Left out: entered in error, so it records no session.',
      ),
    };
  }
  issues.push(
    typeof status === 'string' && NOT_FINAL.has(status)
      ? issueAt(
          'fhir_administration_not_final',
          [...path, 'status'],
          `A ${status} administration has not ended: record it as completed or stopped before the next dose is planned from it.`,
        )
      : issueAt('fhir_administration_invalid', [...path, 'status'], 'status must be an R4 medication-admin-status code.'),
  );
  return undefined;
}

/** The session's time: effectivePeriod.start (end for the after-score), or effectiveDateTime. */
function readWhen(a: Rec, path: Path, issues: Issue[]): { date: string; start: number | undefined; end: number | undefined } | undefined {
  const period = isRec(a['effectivePeriod']) ? a['effectivePeriod'] : undefined;
  const start = readTime(period !== undefined ? period['start'] : a['effectiveDateTime']);
  if (start === undefined) {
    issues.push(
      issueAt(
        'fhir_administration_invalid',
        [...path, period !== undefined ? 'effectivePeriod' : 'effectiveDateTime'],
        'The session needs its date: effectiveDateTime or effectivePeriod.start, a full date.',
      ),
    );
    return undefined;
  }
  const end = period !== undefined ? readTime(period['end'])?.at : start.at;
  return { date: start.wall, start: start.at, end };
}

/** Reads one administration; pushes its issues and says whether it is a session, left out, or refused. */
export function readAdministration(raw: unknown, path: Path, issues: Issue[]): AdministrationOutcome {
  if (!isRec(raw) || raw['resourceType'] !== 'MedicationAdministration') {
    issues.push(issueAt('fhir_administration_invalid', path, 'Give FHIR R4 MedicationAdministration resources.'));
    return { kind: 'refused' };
  }
  const id = typeof raw['id'] === 'string' ? raw['id'] : undefined;
  const before = issues.length;
  const status = readStatus(raw, path, issues);
  if (status !== undefined && 'leftOut' in status) return { kind: 'left-out', id, note: status.leftOut };
  const when = readWhen(raw, path, issues);
  const session = readSession(raw, path, issues);
  const reliefPercent = readRelief(raw, path, issues);
  const dosage = readDosage(raw['dosage'], [...path, 'dosage'], issues);
  const components = readComponents(raw, path, dosage, issues);
  if (issues.length > before || status === undefined || when === undefined || session === undefined) return { kind: 'refused' };
  const stoppedReason = status.completed ? undefined : reasonOf(raw);
  const subject = isRec(raw['subject']) && typeof raw['subject']['reference'] === 'string' ? raw['subject']['reference'] : undefined;
  const notes =
    !status.completed && stoppedReason === undefined ? [issueAt('missing', [...path, 'statusReason'], 'Stopped with no reason recorded (statusReason).')] : [];
  return {
    kind: 'session',
    value: { path, id, subject, ...when, completed: status.completed, stoppedReason, session, reliefPercent, components, notes },
  };
}
