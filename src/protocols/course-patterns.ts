/**
 * Helpers for writing a protocol's schedule pattern: the derived minimum-interval sources many
 * records share, and the single-session and daily patterns.
 *
 * The minimum interval between sessions is derived from the words of each schedule (the reference
 * states none), and its source says so.
 */
import type { CitedPattern, Source } from '../catalogue/types.js';

const DERIVED = 'derived' as const;

/** Minimum interval of one session a calendar day: what a course of dated sessions can express. */
export function oneADayInterval(of: Source, why: string, verified = true): Source {
  return {
    citation: of.citation,
    grade: DERIVED,
    verified,
    note: `Derived, not a published number: ${why} The floor is 24 h because a course places at most one session on a calendar day.`,
  };
}

/** Minimum interval of a single-session protocol: the reference gives no repeat interval. */
function noRepeatInterval(of: Source): Source {
  return oneADayInterval(
    of,
    'the reference gives one session and no repeat interval, so a real minimum before a repeat is not known; 24 h only keeps two sessions off the same day. Check the interval before repeating.',
    false,
  );
}

/** One session, with a minimum interval that only keeps a repeat off the same day. */
export function singleSessionPattern(of: Source, note: string): CitedPattern {
  return {
    kind: 'daily',
    days: 1,
    minIntervalHours: 24,
    source: { ...of, note },
    minIntervalSource: noRepeatInterval(of),
    openEnded: false,
  };
}

/** `days` sessions on consecutive days, 24 h apart. */
export function dailyPattern(days: number, of: Source, note: string): CitedPattern {
  return {
    kind: 'daily',
    days,
    minIntervalHours: 24,
    source: { ...of, note },
    minIntervalSource: oneADayInterval(of, 'a daily schedule puts consecutive sessions 1 day apart.'),
    openEnded: false,
  };
}
