/**
 * Where this session sits in its course: the session number, the date, and the earlier sessions.
 * The history has its own door (./history.ts); its issues are passed on as they are.
 */
import { MAX_SESSION } from './constants.js';
import { parseHistory } from './history.js';
import { type HistoryView, firstAfter, viewOfHistory } from './history-view.js';
import { isSessionTime } from '../dates/session-time.js';
import { type Issue, describeReceived } from '../types/issues.js';

type Read<T> = { readonly value: T; readonly issues: Issue[] };

/** Reads the 1-based session number; `value` is undefined when it is missing or not a whole number in range. */
export function readSession(raw: unknown): Read<number | undefined> {
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw <= MAX_SESSION) return { value: raw, issues: [] };
  return {
    value: undefined,
    issues: [
      {
        code: raw === undefined ? 'required' : 'invalid_session',
        path: ['session'],
        message: `session is the 1-based number of this infusion in the course: a whole number from 1 to ${MAX_SESSION}.`,
        received: describeReceived(raw),
      },
    ],
  };
}

/**
 * Checks the session's date and reads the earlier sessions (none when `history` is absent). An
 * earlier session recorded after this one cannot be true: it is refused before it can drive a dose.
 * `read` is the history already read and prepared (a course reads it once for all its sessions, and
 * then gives it here in place of `history`).
 */
export function readDateAndHistory(date: string | undefined, history: unknown[] | undefined, read?: HistoryView): Read<HistoryView> {
  const issues: Issue[] = [];
  const dateOk = date === undefined || isSessionTime(date);
  if (!dateOk) {
    issues.push({
      code: 'invalid_date',
      path: ['date'],
      message: 'date is a calendar date written YYYY-MM-DD, or with a local time YYYY-MM-DDTHH:MM.',
      received: describeReceived(date),
    });
  }
  if (read === undefined && history === undefined) return { value: viewOfHistory(), issues };
  let view = read;
  if (view === undefined) {
    const h = parseHistory(history, ['history']);
    if (!h.ok) return { value: viewOfHistory(), issues: [...issues, ...h.issues] };
    view = viewOfHistory(h.value);
  }
  if (date !== undefined && dateOk) {
    // The history's dates strictly increase, so the entries after this session are its last ones, found by binary search.
    for (let i = firstAfter(view, date); i < view.sessions.length; i += 1) {
      const entry = view.sessions[i] as HistoryView['sessions'][number];
      issues.push({
        code: 'history_after_session',
        path: ['history', i, 'date'],
        message: `An earlier session is recorded on ${entry.date}, after this session (${date}). Correct the history or the session's date; a dose is never worked from sessions that have not happened.`,
        received: describeReceived(entry.date),
      });
    }
  }
  return { value: view, issues };
}
