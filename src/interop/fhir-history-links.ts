/**
 * The Observations and AdverseEvents that belong to a session, linked to its MedicationAdministration
 * by reference (never by time alone, which cannot tell two sessions on one day apart):
 *
 * - Pain: an Observation of LOINC 72514-3 (Pain severity - 0-10 verbal numeric rating [Score] -
 *   Reported), status final, amended or corrected, whose `partOf` references the administration. Its
 *   `effectiveDateTime` places it: at or before the session's start it is the score before (the
 *   latest such), at or after its end the score after (the earliest such). The value is
 *   `valueInteger` or `valueQuantity.value` with no unit or a unitless one (`{score}`, `1`), 0 to 10
 *   (checked by the history door). A score during the
 *   session, without a time, or unlinked is not used (a note); a session with only one of the two
 *   has no pain recorded (a note), so its response is not judged.
 * - Adverse events: an R4 AdverseEvent with `actuality` actual whose `suspectEntity.instance`
 *   references the administration; `severity` from the R4 adverse-event-severity code system (mild,
 *   moderate, severe); the kind from `event` (text, else the first coding's display or code). A
 *   potential event (a near miss) is not an event of the session (a note). An event that cannot be
 *   linked, or has no severity, refuses: a severe event left out would let the next dose escalate.
 *   An event of a bag of several agents is an event of each of them.
 *
 * @module
 */
import type { Issue } from '../types/issues.js';
import { ADVERSE_EVENT_SEVERITIES, type AdverseEventSeverity } from '../schema/history.js';
import type { AdministrationRead } from './fhir-history-admin.js';
import { readTime } from './fhir-history-admin.js';
import { isRec, issueAt } from './fhir-history-dose.js';

type Rec = Record<string, unknown>;
type Path = readonly (string | number)[];

/** The LOINC code of the 0-10 pain score. */
export const PAIN_LOINC = '72514-3';
/** The R4 code system of AdverseEvent.severity. */
export const ADVERSE_EVENT_SEVERITY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/adverse-event-severity';
const LOINC = 'http://loinc.org';
const VALID_STATUS = new Set(['final', 'amended', 'corrected']);
const SCORE_UNITS = new Set(['{score}', '1']);

/** What a resource is linked by: the sessions by administration id, and their patient (when they name one). */
export interface Links {
  readonly byId: ReadonlyMap<string, number>;
  readonly subject: string | undefined;
}

/** A pain score as read (its range is checked by the history door) and where it came from. */
export interface Score {
  readonly value: unknown;
  readonly at: number;
  readonly path: Path;
}
/** The scores placed before and after one session. */
export interface PainRead {
  before?: Score;
  after?: Score;
}
/** One adverse event of a session. */
export interface EventRead {
  readonly kind: string;
  readonly severity: AdverseEventSeverity;
  readonly path: Path;
}

/** The id a reference names, when it is to a MedicationAdministration (relative, absolute or versioned). */
export function administrationId(ref: unknown): string | undefined {
  const r = isRec(ref) ? ref['reference'] : undefined;
  if (typeof r !== 'string') return undefined;
  const m = /(?:^|\/)MedicationAdministration\/([A-Za-z0-9.-]{1,64})(?:\/_history\/[^/]+)?$/.exec(r);
  return m?.[1];
}

/** Whether a resource names a patient other than the administrations' one (when both name one). */
function otherPatient(r: Rec, subject: string | undefined): boolean {
  const own = isRec(r['subject']) ? r['subject']['reference'] : undefined;
  return subject !== undefined && typeof own === 'string' && own !== subject;
}

/** The sessions an element's references point at, by administration id. */
function linked(refs: unknown, byId: ReadonlyMap<string, number>): { readonly found: number[]; readonly unresolved: string[] } {
  const found: number[] = [];
  const unresolved: string[] = [];
  for (const ref of Array.isArray(refs) ? refs : []) {
    const id = administrationId(ref);
    if (id === undefined) continue;
    const i = byId.get(id);
    if (i === undefined) unresolved.push(id);
    else if (!found.includes(i)) found.push(i);
  }
  return { found, unresolved };
}

function isPainScore(o: Rec): boolean {
  const coding: unknown[] = isRec(o['code']) && Array.isArray(o['code']['coding']) ? o['code']['coding'] : [];
  return coding.some((c) => isRec(c) && c['system'] === LOINC && c['code'] === PAIN_LOINC);
}

/** Why a pain observation is not used, or its session, time and value. */
function readScore(o: Rec, path: Path, links: Links): { readonly note: string } | { readonly session: number; readonly score: Score } {
  const { byId, subject } = links;
  if (!VALID_STATUS.has(String(o['status']))) return { note: 'Not used: the status is not final, amended or corrected.' };
  if (otherPatient(o, subject)) return { note: `Not used: the score is of another patient than ${String(subject)}.` };
  const { found } = linked(o['partOf'], byId);
  const [session, ...others] = found;
  if (session === undefined || others.length > 0)
    return { note: 'Not used: partOf must reference exactly one of the sessions given (a MedicationAdministration with its id).' };
  const at = readTime(o['effectiveDateTime'])?.at;
  if (at === undefined) return { note: 'Not used: a pain score needs an effectiveDateTime with a time, to place it before or after the session.' };
  const vq = isRec(o['valueQuantity']) ? o['valueQuantity'] : undefined;
  // A score has no unit (UCUM {score} or 1); a length (a 100 mm visual analogue scale) is another scale.
  if (vq !== undefined && vq['code'] !== undefined && !SCORE_UNITS.has(String(vq['code'])))
    return { note: 'Not used: a 0-10 score has no unit ({score} or 1).' };
  const value = vq !== undefined ? vq['value'] : o['valueInteger'];
  if (value === undefined) return { note: 'Not used: no valueQuantity.value or valueInteger.' };
  return { session, score: { value, at, path: [...path, isRec(o['valueQuantity']) ? 'valueQuantity' : 'valueInteger'] } };
}

/** Places each linked pain score before or after its session. */
export function linkPain(observations: readonly unknown[], sessions: readonly AdministrationRead[], links: Links, notes: Issue[]): PainRead[] {
  const pain: PainRead[] = sessions.map(() => ({}));
  observations.forEach((o, k) => {
    const path: Path = ['observations', k];
    if (!isRec(o) || o['resourceType'] !== 'Observation' || !isPainScore(o)) return;
    const read = readScore(o, path, links);
    if ('note' in read) {
      notes.push(issueAt('fhir_observation_invalid', path, read.note));
      return;
    }
    const s = sessions[read.session] as AdministrationRead;
    const p = pain[read.session] as PainRead;
    const { score } = read;
    if (s.start !== undefined && score.at <= s.start) {
      if (p.before === undefined || score.at > p.before.at) p.before = score;
    } else if (s.end !== undefined && score.at >= s.end) {
      if (p.after === undefined || score.at < p.after.at) p.after = score;
    } else {
      notes.push(
        issueAt('fhir_observation_invalid', path, 'Not used: the score is not before the session starts or after it ends (or the session has no time).'),
      );
    }
  });
  return pain;
}

/** The severity from the R4 adverse-event-severity code system. */
function severityOf(ae: Rec): AdverseEventSeverity | undefined {
  const coding: unknown[] = isRec(ae['severity']) && Array.isArray(ae['severity']['coding']) ? ae['severity']['coding'] : [];
  const codes = coding.flatMap((c) => (isRec(c) && c['system'] === ADVERSE_EVENT_SEVERITY_SYSTEM && typeof c['code'] === 'string' ? [c['code']] : []));
  const known = ADVERSE_EVENT_SEVERITIES.filter((s) => codes.includes(s));
  // Two different severities on one event cannot be read as one.
  return known.length === 1 && codes.length === 1 ? known[0] : undefined;
}

/** The event's kind as people wrote it: `event.text`, else the first coding's display or code. */
function kindOf(ae: Rec): string | undefined {
  const e = isRec(ae['event']) ? ae['event'] : undefined;
  if (e === undefined) return undefined;
  if (typeof e['text'] === 'string' && e['text'].trim() !== '') return e['text'];
  const c: unknown = Array.isArray(e['coding']) ? e['coding'][0] : undefined;
  if (!isRec(c)) return undefined;
  const said = typeof c['display'] === 'string' && c['display'].trim() !== '' ? c['display'] : c['code'];
  return typeof said === 'string' && said.trim() !== '' ? said : undefined;
}

/** Reads one AdverseEvent: its sessions, severity and kind, or the issue that refuses it. */
function readEvent(ae: unknown, path: Path, links: Links): Issue | { readonly note: Issue } | { readonly sessions: number[]; readonly event: EventRead } {
  const { byId, subject } = links;
  if (!isRec(ae) || ae['resourceType'] !== 'AdverseEvent') return issueAt('fhir_adverse_event_invalid', path, 'Give FHIR R4 AdverseEvent resources.');
  if (otherPatient(ae, subject))
    return issueAt('fhir_subject_mismatch', [...path, 'subject'], `The event is of another patient than the administrations (${String(subject)}).`);
  if (ae['actuality'] === 'potential')
    return { note: issueAt('fhir_adverse_event_invalid', [...path, 'actuality'], 'Not counted: a potential event did not happen.') };
  if (ae['actuality'] !== 'actual') return issueAt('fhir_adverse_event_invalid', [...path, 'actuality'], 'actuality must be actual or potential.');
  const suspects: unknown[] = Array.isArray(ae['suspectEntity']) ? ae['suspectEntity'] : [];
  const { found, unresolved } = linked(
    suspects.map((s) => (isRec(s) ? s['instance'] : undefined)),
    byId,
  );
  if (found.length === 0 || unresolved.length > 0) {
    const which =
      unresolved.length > 0
        ? `MedicationAdministration/${unresolved.join(', ')} is not among the sessions given (or is left out)`
        : 'it names no MedicationAdministration';
    return issueAt(
      'fhir_reference_unresolved',
      [...path, 'suspectEntity'],
      `This event cannot be placed: ${which}. Link it by suspectEntity.instance to a session given.`,
    );
  }
  const severity = severityOf(ae);
  if (severity === undefined) {
    return issueAt(
      'fhir_adverse_event_invalid',
      [...path, 'severity'],
      `severity must be one code of ${ADVERSE_EVENT_SEVERITY_SYSTEM}: mild, moderate or severe.`,
    );
  }
  return { sessions: found, event: { kind: kindOf(ae) ?? `not coded (adverseEvents ${String(path[1])})`, severity, path } };
}

/** Each session's adverse events; pushes an issue for an event that cannot be placed or read. */
export function linkEvents(events: readonly unknown[], sessionCount: number, links: Links, issues: Issue[], notes: Issue[]): EventRead[][] {
  const out: EventRead[][] = Array.from({ length: sessionCount }, () => []);
  events.forEach((ae, k) => {
    const read = readEvent(ae, ['adverseEvents', k], links);
    if ('code' in read) issues.push(read);
    else if ('note' in read) notes.push(read.note);
    else for (const i of read.sessions) (out[i] as EventRead[]).push(read.event);
  });
  return out;
}
