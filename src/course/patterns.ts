/**
 * Course schedule patterns as data, and the cited pattern for each protocol's schedule.
 *
 * A pattern says which days of a course carry a session, counted from a start date. It holds no
 * clinical number of its own: the counts come from the protocol's schedule text and its source.
 *
 * Semantics (day 0 is the start date; every pattern's sessions are strictly increasing):
 * - `twice-weekly`: in each of `weeks` active weeks, sessions on the two day offsets `days`
 *   (default `[0, 3]`: e.g. Monday and Thursday from a Monday, the most even split of 7 days). The
 *   offsets count from the start date, not from a Monday. Active weeks are `everyWeeks` apart
 *   (default 1; 2 = every other week). Span: `weeks x everyWeeks` weeks.
 * - `daily`: `days` sessions on consecutive days. Span: `days` days.
 * - `consecutive-days-repeated`: `repeats` blocks in all (not "extra" repeats: `repeats: 2` is
 *   the block and one repeat), each of `days` consecutive days, with `gapDays` days without a
 *   session between blocks. Span: `repeats x (days + gapDays)` days.
 * - `weekly`: `count` sessions 7 days apart. Span: `count` weeks.
 * - `monthly`: `count` sessions `everyMonths` calendar months apart (default 1), each computed
 *   from the start date with the end-of-month rule of `addMonths` (from 2026-01-31: 01-31, 02-28,
 *   03-31, 04-30). Span: `count x everyMonths` months.
 * - `every-n-days`: `count` sessions `n` days apart. Span: `count x n` days.
 * - `taper`: the phases one after another; each phase starts where the previous one's span ends
 *   (each phase lasts its stated time, as in "... for 1 month, then ..."). Phases may not be tapers.
 */
import type { Source } from '../catalogue/types.js';
import { deepFreeze } from '../catalogue/validate.js';
import { alendronateCrpsAdami1997 } from '../protocols/alendronate-crps-adami-1997.js';
import { clodronateCrpsVarenna2000 } from '../protocols/clodronate-crps-varenna-2000.js';
import { clonidineIv150300 } from '../protocols/clonidine-iv-150-300.js';
import { dexmedetomidineProceduralLabel } from '../protocols/dexmedetomidine-procedural-label.js';
import { ivigCrpsGoebel2010 } from '../protocols/ivig-crps-goebel-2010.js';
import { ivigCrpsLipsGoebel2014 } from '../protocols/ivig-crps-lips-goebel-2014.js';
import { ivigDpnJann2020 } from '../protocols/ivig-dpn-jann-2020.js';
import { ketamineBoosterGetson } from '../protocols/ketamine-booster-getson.js';
import { ketamineClinicCourse2x3 } from '../protocols/ketamine-clinic-course-2x3.js';
import { ketamineCrpsSchwartzman2009 } from '../protocols/ketamine-crps-schwartzman-2009.js';
import { ketamineDepressionSanacora2017 } from '../protocols/ketamine-depression-sanacora-2017.js';
import { ketamineEscalationRema2012 } from '../protocols/ketamine-escalation-rema-2012.js';
import { ketamineKitTankha2025 } from '../protocols/ketamine-kit-tankha-2025.js';
import { ketamineOutpatientGoldberg2005 } from '../protocols/ketamine-outpatient-goldberg-2005.js';
import { ketamineTestInfusionCohen2018 } from '../protocols/ketamine-test-infusion-cohen-2018.js';
import { lidocaine5mgkg40min } from '../protocols/lidocaine-5mgkg-40min.js';
import { lidocaineChronicPainRch } from '../protocols/lidocaine-chronic-pain-rch.js';
import { lidocainePerioperativeFoo2021 } from '../protocols/lidocaine-perioperative-foo-2021.js';
import { magnesiumCrpsCollins2009 } from '../protocols/magnesium-crps-collins-2009.js';
import { magnesiumPhnBrill2002 } from '../protocols/magnesium-phn-brill-2002.js';
import { magnesiumPhnKim2015 } from '../protocols/magnesium-phn-kim-2015.js';
import { neridronateCrpsVarenna2013 } from '../protocols/neridronate-crps-varenna-2013.js';
import { pamidronateCrps3day } from '../protocols/pamidronate-crps-3day.js';
import { pamidronateCrpsCortet1997 } from '../protocols/pamidronate-crps-cortet-1997.js';
import { pamidronateCrpsRobinson2004 } from '../protocols/pamidronate-crps-robinson-2004.js';
import { zoledronicAcid4mgByCrcl } from '../protocols/zoledronic-acid-4mg-by-crcl.js';
import { zoledronicAcidCrps5mg } from '../protocols/zoledronic-acid-crps-5mg.js';

/** The pattern kinds. */
export const PATTERN_KINDS = [
  'twice-weekly',
  'daily',
  'consecutive-days-repeated',
  'weekly',
  'monthly',
  'every-n-days',
  'taper',
] as const;
/** A pattern kind from {@link PATTERN_KINDS}. */
export type PatternKind = (typeof PATTERN_KINDS)[number];

/** Two sessions a week on two day offsets (0-6 from the start of each active week). */
export interface TwiceWeeklyPattern {
  readonly kind: 'twice-weekly';
  readonly weeks: number;
  /** Day offsets within each active week, strictly increasing, 0-6. Default `[0, 3]`. */
  readonly days?: readonly [number, number];
  /** Weeks between active weeks: 1 every week (default), 2 every other week. */
  readonly everyWeeks?: number;
}
/** One session a day on consecutive days. */
export interface DailyPattern {
  readonly kind: 'daily';
  readonly days: number;
}
/** Blocks of consecutive days, `repeats` blocks in all, `gapDays` days apart. */
export interface ConsecutiveDaysRepeatedPattern {
  readonly kind: 'consecutive-days-repeated';
  readonly days: number;
  /** Number of blocks in all (2 = a block and one repeat). */
  readonly repeats: number;
  readonly gapDays: number;
}
/** One session a week. */
export interface WeeklyPattern {
  readonly kind: 'weekly';
  readonly count: number;
}
/** One session every `everyMonths` calendar months (default 1), end-of-month rule as `addMonths`. */
export interface MonthlyPattern {
  readonly kind: 'monthly';
  readonly count: number;
  readonly everyMonths?: number;
}
/** One session every `n` days. */
export interface EveryNDaysPattern {
  readonly kind: 'every-n-days';
  readonly n: number;
  readonly count: number;
}
/** A pattern that can be a phase of a taper: anything but a taper. */
export type PhasePattern =
  | TwiceWeeklyPattern
  | DailyPattern
  | ConsecutiveDaysRepeatedPattern
  | WeeklyPattern
  | MonthlyPattern
  | EveryNDaysPattern;
/** Phases one after another, each starting where the previous one's span ends. */
export interface TaperPattern {
  readonly kind: 'taper';
  readonly phases: readonly PhasePattern[];
}
/** A course schedule pattern. */
export type SchedulePattern = PhasePattern | TaperPattern;

/** The default day offsets of a twice-weekly pattern (an even 3 + 4 day split of the week). */
export const DEFAULT_TWICE_WEEKLY_DAYS = [0, 3] as const;

/** A protocol's schedule as a pattern, with the minimum interval between sessions, each sourced. */
export interface CitedSchedule {
  readonly pattern: SchedulePattern;
  /** Shortest allowed time between consecutive sessions, in hours (sessions are whole days apart). */
  readonly minIntervalHours: number;
  /** Where the pattern comes from; `verified: false` where the text had to be interpreted. */
  readonly source: Source;
  /** How the minimum interval was found (the reference states none: all are 'derived'). */
  readonly minIntervalSource: Source;
  /**
   * `true` when the protocol's session count is per visit and its source sets no course length
   * (boosters, repeats at the specialist's decision): the course-length check is then a note.
   */
  readonly openEnded: boolean;
}

const DERIVED = 'derived' as const;

/** Minimum interval of one session a calendar day: what a course of dated sessions can express. */
function oneADay(of: Source, why: string, verified = true): Source {
  return {
    citation: of.citation,
    grade: DERIVED,
    verified,
    note: `Derived, not a published number: ${why} The floor is 24 h because a course places at most one session on a calendar day.`,
  };
}

/** Minimum interval of a single-session protocol: the reference gives no repeat interval. */
function noRepeatInterval(of: Source): Source {
  return oneADay(
    of,
    'the reference gives one session and no repeat interval, so a real minimum before a repeat is not known; 24 h only keeps two sessions off the same day. Check the interval before repeating.',
    false,
  );
}

function single(of: Source, note: string): CitedSchedule {
  return {
    pattern: { kind: 'daily', days: 1 },
    minIntervalHours: 24,
    source: { ...of, note },
    minIntervalSource: noRepeatInterval(of),
    openEnded: false,
  };
}

function daily(days: number, of: Source, note: string): CitedSchedule {
  return {
    pattern: { kind: 'daily', days },
    minIntervalHours: 24,
    source: { ...of, note },
    minIntervalSource: oneADay(of, 'a daily schedule puts consecutive sessions 1 day apart.'),
    openEnded: false,
  };
}

const getsonSource = ketamineBoosterGetson.schedule.source;

/**
 * The Getson (Drexel) booster taper after discharge: "1-2 boosters a week, tapered to 2 a week
 * every other week for 1 month, then 1 every other week for 1 month, monthly x 3, then every 3
 * months". Encoded as four phases (see the source note for each reading); `verified: false`.
 */
export const GETSON_TAPER = deepFreeze({
  pattern: {
    kind: 'taper',
    phases: [
      { kind: 'twice-weekly', weeks: 2, everyWeeks: 2 },
      { kind: 'every-n-days', n: 14, count: 2 },
      { kind: 'monthly', count: 3 },
      { kind: 'monthly', count: 1, everyMonths: 3 },
    ],
  },
  minIntervalHours: 24,
  source: {
    ...getsonSource,
    verified: false,
    note:
      'Interpreted from a secondary text; the library had to choose: ' +
      '(1) the opening "1-2 boosters a week" has no stated length and is not planned: plan it separately (weekly or twice-weekly) and pass its dates as sessionsGiven; ' +
      '(2) "2 a week every other week for 1 month" is weeks 1 and 3 of a 4-week month (4 boosters), days 0 and 3 of each active week; ' +
      '(3) "1 every other week for 1 month" is 2 boosters 14 days apart over 4 weeks; ' +
      '(4) "monthly x 3" is 3 boosters a calendar month apart; ' +
      '(5) "then every 3 months" has no end: the first 3-monthly booster is planned (3 months after the first monthly one, where the monthly phase ends), and later ones are the clinician\'s to plan. ' +
      'Each phase starts where the previous one ends, so a month is 4 weeks in phases 2 and 3 and a calendar month after that.',
  },
  minIntervalSource: oneADay(
    getsonSource,
    '"2 a week" fixes only that the two boosters fall on different days.',
  ),
  openEnded: true,
} as const satisfies CitedSchedule);

/**
 * The cited pattern of every protocol with a schedule record, keyed by protocol id: the built-in
 * catalogue's protocols, and the neridronate, alendronate and clodronate records not yet in it.
 * Counts come from each protocol's `schedule`; the minimum interval is derived from the words of the
 * schedule (the reference states none), and says so.
 */
export const SCHEDULES: Readonly<Record<string, CitedSchedule>> = deepFreeze({
  [ketamineCrpsSchwartzman2009.id]: daily(10, ketamineCrpsSchwartzman2009.schedule.source, 'Daily x 10 days.'),
  [ketamineDepressionSanacora2017.id]: {
    pattern: { kind: 'every-n-days', n: 2, count: 6 },
    minIntervalHours: 24,
    source: {
      ...ketamineDepressionSanacora2017.schedule.source,
      verified: false,
      note:
        '"6 infusions over 2 weeks (3 a week)" [weak]; Murrough 2013 "6 over 12 days" [UNVERIFIED]. No weekdays are given: encoded as every other day x 6 (days 0-10). ' +
        'From a Monday with skipWeekends this gives Monday, Wednesday and Friday for 2 weeks.',
    },
    minIntervalSource: oneADay(
      ketamineDepressionSanacora2017.schedule.source,
      '"3 a week" fixes only that sessions fall on different days (every other day is the encoding, not the source).',
      false,
    ),
    openEnded: false,
  },
  [ketamineClinicCourse2x3.id]: {
    pattern: { kind: 'twice-weekly', weeks: 3 },
    minIntervalHours: 24,
    source: {
      ...ketamineClinicCourse2x3.schedule.source,
      note: '2 infusions a week x 3 weeks (6 in all). The page names no weekdays: the day offsets [0, 3] are the library default and may be changed.',
    },
    minIntervalSource: oneADay(ketamineClinicCourse2x3.schedule.source, '"2 a week" fixes only that the two sessions fall on different days.'),
    openEnded: false,
  },
  [magnesiumCrpsCollins2009.id]: daily(5, magnesiumCrpsCollins2009.schedule.source, 'Daily x 5 consecutive days.'),
  [lidocaineChronicPainRch.id]: {
    ...single(lidocaineChronicPainRch.schedule.source, 'Per session; repeated at the specialist\'s decision (no course length, no interval).'),
    openEnded: true,
  },
  [clonidineIv150300.id]: single(
    clonidineIv150300.schedule.source,
    'Single dose. Repeats within 24 h (to at most 750 mcg in 24 h) are a dose question outside course planning, which places one session a day.',
  ),
  [dexmedetomidineProceduralLabel.id]: single(dexmedetomidineProceduralLabel.schedule.source, 'One sedation session.'),
  [ketamineBoosterGetson.id]: GETSON_TAPER,
  [ketamineEscalationRema2012.id]: {
    ...daily(3, ketamineEscalationRema2012.schedule.source, ''),
    source: {
      ...ketamineEscalationRema2012.schedule.source,
      verified: false,
      note: '"Consecutive days" at 0.2, 0.4 and 0.6 mg/kg/h: 3 daily sessions, one per reported step. The abstract calls the course "multi-day outpatient" and gives no length.',
    },
  },
  [ketamineKitTankha2025.id]: daily(5, ketamineKitTankha2025.schedule.source, '5 consecutive days.'),
  [ketamineOutpatientGoldberg2005.id]: {
    pattern: { kind: 'consecutive-days-repeated', days: 5, repeats: 2, gapDays: 2 },
    minIntervalHours: 24,
    source: {
      ...ketamineOutpatientGoldberg2005.schedule.source,
      note: '"10 daily treatments over 2 consecutive weeks": 10 sessions in 14 days, read as 5 consecutive days, 2 days off, 5 consecutive days (Monday to Friday twice from a Monday). The source does not name the days off.',
    },
    minIntervalSource: oneADay(ketamineOutpatientGoldberg2005.schedule.source, 'daily treatments are 1 day apart.'),
    openEnded: false,
  },
  [ketamineTestInfusionCohen2018.id]: single(ketamineTestInfusionCohen2018.schedule.source, 'One infusion, then reassess before a series.'),
  [lidocaine5mgkg40min.id]: single(lidocaine5mgkg40min.schedule.source, 'Single test or treatment infusion.'),
  [lidocainePerioperativeFoo2021.id]: single(lidocainePerioperativeFoo2021.schedule.source, 'One perioperative infusion.'),
  [magnesiumPhnBrill2002.id]: single(magnesiumPhnBrill2002.schedule.source, 'Single dose.'),
  [magnesiumPhnKim2015.id]: {
    pattern: { kind: 'every-n-days', n: 2, count: 3 },
    minIntervalHours: 48,
    source: { ...magnesiumPhnKim2015.schedule.source, note: 'Every other day x 3.' },
    minIntervalSource: {
      citation: magnesiumPhnKim2015.schedule.source.citation,
      grade: DERIVED,
      verified: magnesiumPhnKim2015.schedule.source.verified,
      note: 'Derived, not a published number: "every other day" puts sessions 2 days (48 h) apart.',
    },
    openEnded: false,
  },
  [pamidronateCrps3day.id]: daily(3, pamidronateCrps3day.schedule.source, '3 consecutive days.'),
  [pamidronateCrpsCortet1997.id]: daily(
    3,
    pamidronateCrpsCortet1997.schedule.source,
    'Daily for 1 to 3 days; the clinician decides how many (pass a daily pattern of 1 or 2 days for fewer).',
  ),
  [pamidronateCrpsRobinson2004.id]: single(pamidronateCrpsRobinson2004.schedule.source, 'Once.'),
  [zoledronicAcid4mgByCrcl.id]: single(zoledronicAcid4mgByCrcl.schedule.source, 'One dose; the repeat interval is not in the reference.'),
  [zoledronicAcidCrps5mg.id]: single(zoledronicAcidCrps5mg.schedule.source, 'Once.'),
  [ivigCrpsGoebel2010.id]: daily(
    2,
    ivigCrpsGoebel2010.schedule.source,
    '0.25 g/kg a day x 2, read as 2 consecutive days. A single course, repeated only with more than 30% relief.',
  ),
  [ivigCrpsLipsGoebel2014.id]: {
    pattern: { kind: 'every-n-days', n: 21, count: 2 },
    minIntervalHours: 504,
    source: {
      ...ivigCrpsLipsGoebel2014.schedule.source,
      note: 'Day 1 and day 22: 21 days apart. The optional open-label doses on days 43 and 64 are not planned; pass { kind: "every-n-days", n: 21, count: 4 } to plan them.',
    },
    minIntervalSource: {
      citation: ivigCrpsLipsGoebel2014.schedule.source.citation,
      grade: DERIVED,
      verified: true,
      note: 'Derived, not a published number: the trial gave doses on day 1 and day 22, 21 days (504 h) apart; the source states no minimum, so the trial interval is used.',
    },
    openEnded: false,
  },
  [ivigDpnJann2020.id]: daily(5, ivigDpnJann2020.schedule.source, 'Daily x 5 days.'),
  [neridronateCrpsVarenna2013.id]: {
    pattern: { kind: 'every-n-days', n: 3, count: 4 },
    minIntervalHours: 72,
    source: {
      ...neridronateCrpsVarenna2013.schedule.source,
      note: 'Four 100 mg infusions; the interval is [UNVERIFIED]: "often every 3 days (days 1, 4, 7, 10)".',
    },
    minIntervalSource: {
      citation: neridronateCrpsVarenna2013.schedule.source.citation,
      grade: DERIVED,
      verified: false,
      note: 'Derived from the [UNVERIFIED] "every 3 days": 72 h.',
    },
    openEnded: false,
  },
  [alendronateCrpsAdami1997.id]: daily(3, alendronateCrpsAdami1997.schedule.source, 'Daily x 3 days.'),
  [clodronateCrpsVarenna2000.id]: daily(10, clodronateCrpsVarenna2000.schedule.source, 'Daily x 10 days.'),
});

/**
 * The cited schedule of a protocol, or `undefined` when there is none.
 * @example citedSchedule('ketamine-clinic-course-2x3')?.pattern // { kind: 'twice-weekly', weeks: 3 }
 */
export function citedSchedule(protocolId: string): CitedSchedule | undefined {
  return Object.hasOwn(SCHEDULES, protocolId) ? SCHEDULES[protocolId] : undefined;
}
