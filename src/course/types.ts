/** The public shapes of a planned course and its result. */
import type { SchedulePattern } from '../catalogue/types.js';
import type { Check } from '../types/plan.js';
import type { Issues } from '../types/issues.js';
import type { Quantity } from '../units/index.js';
import type { IsoDate, Weekday } from '../dates/index.js';

/** One dated session of a course. */
export interface CourseSession {
  /** 1-based number within the planned course (sessions already given are not counted). */
  readonly number: number;
  readonly date: IsoDate;
  readonly weekday: Weekday;
  /** For a taper: the 0-based phase the session belongs to. */
  readonly phase?: number;
  /** The date the pattern gave, when `skipWeekends` moved the session off a weekend. */
  readonly movedFrom?: IsoDate;
  /** `true` when the end-of-month rule put a monthly session on a month's last day. */
  readonly monthEndClamped?: true;
}

/** A course check: a {@link Check} that may name the two sessions it compares. */
export interface CourseCheck extends Check {
  /** The two consecutive session dates an interval check compares. */
  readonly between?: readonly [IsoDate, IsoDate];
}

/** A planned course. */
export interface Course {
  readonly protocol: string;
  readonly pattern: SchedulePattern;
  /** Where the pattern came from: the protocol's cited schedule or the input. */
  readonly patternFrom: 'protocol' | 'input';
  readonly minIntervalHours: number;
  readonly sessions: readonly CourseSession[];
  readonly sessionsGiven: readonly IsoDate[];
  /** The local time of day each planned session starts (`HH:MM`), when the request gave one. */
  readonly sessionTime?: string;
  readonly checks: readonly CourseCheck[];
  readonly catalogue: { readonly id: string; readonly version: string };
  /**
   * With `infusion`: each session planned at its date and number (no earlier responses are known,
   * so titrated doses are the protocol's or the clinician's), and the course total per agent.
   */
  readonly totals?: {
    readonly perSession: readonly { readonly number: number; readonly date: IsoDate; readonly dose: Quantity; readonly status: string }[];
    readonly course: Quantity;
  };
}

/** The result of {@link planCourse}. */
export type CourseResult = { readonly ok: true; readonly course: Course } | { readonly ok: false; readonly issues: Issues };
