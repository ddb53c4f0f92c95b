/**
 * The earlier sessions as the decisions read them: the last session, its assessed response, and the
 * doses given, in the protocol parameter's base unit. Pure: the history is never changed.
 */
import type { Dec } from '../decimal/index.js';
import type { HistorySession, IssuePath } from '../schema/history.js';
import { doseUnitCode } from '../units/index.js';
import { readMeasure } from '../units/measure.js';
import { type Assessment, assess, countWithoutResponse } from './assess.js';
import type { PreparedRule } from './prepare.js';
import type { Read } from './result.js';
import { label, show } from './wording.js';

/** A non-empty history, read once for the decisions. */
export interface Course {
  readonly prepared: PreparedRule;
  /** Earlier sessions of this course, oldest first; never empty. */
  readonly history: readonly HistorySession[];
  /** Where the history sits in the caller's input, for issue paths. */
  readonly path: IssuePath;
  readonly clearance: { readonly reason: string } | undefined;
  readonly lastIndex: number;
  readonly last: HistorySession;
  readonly lastAssessment: Assessment;
  /** The first fields of every decision made from a history. */
  readonly summary: { readonly param: 'rate' | 'total'; readonly responded: boolean; readonly sessionsWithoutResponse: number };
}

/** A dose of the titrated parameter given in session `index`, in base units. */
export interface GivenDose {
  readonly index: number;
  readonly dose: Dec;
}

type RecordedDose = NonNullable<HistorySession['given']['rate']>;

/** Reads a non-empty history against a prepared rule. */
export function readCourse(
  prepared: PreparedRule,
  history: readonly HistorySession[],
  path: IssuePath,
  clearance: { readonly reason: string } | undefined,
): Course {
  const lastIndex = history.length - 1;
  const assessments = history.map((s) => assess(s, prepared.rule.response, prepared.threshold));
  const lastAssessment = assessments[lastIndex] as Assessment;
  const summary = {
    param: prepared.rule.param,
    responded: lastAssessment.status === 'responded',
    sessionsWithoutResponse: countWithoutResponse(assessments),
  } as const;
  return { prepared, history, path, clearance, lastIndex, last: history[lastIndex] as HistorySession, lastAssessment, summary };
}

/** Whether the session recorded an adverse event of this severity. */
export function hasSeverity(s: HistorySession, severity: 'moderate' | 'severe'): boolean {
  return s.adverseEvents.some((e) => e.severity === severity);
}

/** The titrated dose recorded in session `i`, in base units, if its unit is the same kind as the protocol's. */
export function readGiven(c: Course, i: number, g: RecordedDose): Read<Dec> {
  const { rule, param, measure } = c.prepared;
  const unit = doseUnitCode(g.unit);
  const m = readMeasure(g.value, unit);
  if (m === undefined || m.measure !== measure) {
    return {
      ok: false,
      issue: {
        code: 'titration_unit_mismatch',
        path: [...c.path, i, 'given', rule.param, 'unit'],
        message: `This protocol titrates its ${rule.param} in ${param.unit}; the ${rule.param} given in ${label(c.history[i] as HistorySession)} is in ${unit}, which is not the same kind of dose. Record it in ${param.unit} or an equivalent unit.`,
        expected: param.unit,
        received: unit,
      },
    };
  }
  return { ok: true, value: m.base };
}

/**
 * The last dose given: the newest session that recorded the titrated parameter. A completed last
 * session must have recorded it (a session stopped before anything ran may not have).
 */
export function findLastGiven(c: Course): Read<GivenDose> {
  const { rule, param } = c.prepared;
  for (let i = c.lastIndex; i >= 0; i -= 1) {
    const s = c.history[i] as HistorySession;
    const g = s.given[rule.param];
    if (g === undefined) {
      if (i === c.lastIndex && s.completed) break;
      continue;
    }
    const d = readGiven(c, i, g);
    return d.ok ? { ok: true, value: { index: i, dose: d.value } } : d;
  }
  return {
    ok: false,
    issue: {
      code: 'titration_dose_not_recorded',
      path: [...c.path, c.lastIndex, 'given', rule.param],
      message: `The titration needs the ${rule.param} given in the last session, and ${label(c.last)} recorded none. Record the ${rule.param} actually given, in ${param.unit}.`,
    },
  };
}

/**
 * The first dose of the course: the oldest session that recorded the titrated parameter. The last
 * dose given is one such session, so there always is one.
 */
export function findFirstGiven(c: Course, lastGiven: GivenDose): Read<GivenDose> {
  for (let i = 0; i < lastGiven.index; i += 1) {
    const g = (c.history[i] as HistorySession).given[c.prepared.rule.param];
    if (g !== undefined) {
      const d = readGiven(c, i, g);
      return d.ok ? { ok: true, value: { index: i, dose: d.value } } : d;
    }
  }
  return { ok: true, value: lastGiven };
}

/** The last dose given and its session, saying so when the last session recorded none. */
export function lastGivenText(c: Course, g: GivenDose): string {
  const { prepared: p, history, last, lastIndex } = c;
  return g.index === lastIndex
    ? `${show(p, g.dose)} in ${label(last)}`
    : `${show(p, g.dose)} in ${label(history[g.index] as HistorySession)} (${label(last)} recorded no ${p.rule.param})`;
}
