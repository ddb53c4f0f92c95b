/**
 * Where this session sits in its course: the session number, the date, and the earlier sessions.
 * The history has its own door (./history.ts); its issues are passed on as they are.
 */
import { MAX_SESSION } from './constants.js';
import { type HistorySession, parseHistory } from './history.js';
import { isAfter, isSessionTime } from '../dates/session-time.js';
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
 */
export function readDateAndHistory(
  date: string | undefined,
  history: unknown[] | undefined,
  read?: readonly HistorySession[],
): Read<readonly HistorySession[]> {
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
  if (history === undefined) return { value: [], issues };
  const h = read !== undefined ? ({ ok: true, value: read } as const) : parseHistory(history, ['history']);
  if (!h.ok) return { value: [], issues: [...issues, ...h.issues] };
  if (date !== undefined && dateOk) {
    h.value.forEach((entry, i) => {
      if (isAfter(entry.date, date)) {
        issues.push({
          code: 'history_after_session',
          path: ['history', i, 'date'],
          message: `An earlier session is recorded on ${entry.date}, after this session (${date}). Correct the history or the session's date; a dose is never worked from sessions that have not happened.`,
          received: describeReceived(entry.date),
        });
      }
    });
  }
  return { value: h.value, issues };
}
