/**
 * The order of an agent's limits: a soft limit sits inside every hard one in force wherever it is
 * (the same footing, or a wider one: all care areas, all patients, a longer window), and every
 * lower limit sits below every upper one on the same footing. A limit whose unit cannot be read is
 * reported here and left out of the ordering.
 */
import { type Dec, dec } from '../decimal/index.js';
import type { Issue } from '../types/issues.js';
import { type Measure, readMeasure } from '../units/measure.js';
import type { Agent, Limit, Protocol } from '../catalogue/types.js';

type Path = (string | number)[];

/** A limit whose unit was read, with its value in the measure's base unit and its index. */
interface ReadLimit {
  readonly limit: Limit;
  readonly measure: Measure;
  readonly base: Dec;
  readonly i: number;
}

/** Two limits on the same footing: same window, condition, care areas and phase. */
function sameScope(a: Limit, b: Limit): boolean {
  return (
    JSON.stringify(a.window ?? null) === JSON.stringify(b.window ?? null) &&
    a.condition === b.condition &&
    JSON.stringify(a.careAreas ?? null) === JSON.stringify(b.careAreas ?? null) &&
    JSON.stringify(a.protocols ?? null) === JSON.stringify(b.protocols ?? null) &&
    a.appliesTo === b.appliesTo
  );
}

/**
 * Whether `h` counts over a window at least as long as `s`: no window is the session alone, a
 * window in hours adds the sessions dated within it, `course` adds every session of the course.
 */
function windowAtLeast(h: Limit, s: Limit): boolean {
  if (h.window === 'course' || s.window === undefined) return true;
  if (s.window === 'course' || h.window === undefined) return false;
  return dec(h.window.hours).gte(dec(s.window.hours));
}

/**
 * Whether limit `h` is in force wherever `s` is, and judges at least what `s` judges: every care
 * area of `s` (a limit without care areas is everywhere), every patient `s` applies to (a limit
 * without a condition applies to all), every segment (a limit not for maintenance only counts the
 * loading dose too), and, for an upper limit, a window at least as long (a longer window adds
 * more sessions, so its total is never smaller). Lower limits compare only on the same window.
 */
export function covers(h: Limit, s: Limit): boolean {
  const areas = h.careAreas === undefined || (s.careAreas !== undefined && s.careAreas.every((c) => h.careAreas?.includes(c)));
  // A limit that belongs to some protocols covers only a limit on (some of) the same protocols.
  const protocols = h.protocols === undefined || (s.protocols !== undefined && s.protocols.every((p) => h.protocols?.includes(p)));
  const condition = h.condition === undefined || h.condition === s.condition;
  const phase = h.appliesTo === undefined || h.appliesTo === s.appliesTo;
  const window = h.bound === 'upper' ? windowAtLeast(h, s) : JSON.stringify(h.window ?? null) === JSON.stringify(s.window ?? null);
  return areas && protocols && condition && phase && window;
}

/** Whether `a` is out of order with `b`, two limits already known to measure the same thing. */
function isOutOfOrder(a: ReadLimit, b: ReadLimit): boolean {
  const la = a.limit;
  const lb = b.limit;
  // A soft limit sits inside every hard limit in force wherever it is: upper soft <= upper hard,
  // lower soft >= lower hard (a soft limit for one care area against a hard one for all included).
  if (la.bound === lb.bound && la.severity === 'soft' && lb.severity === 'hard' && covers(lb, la)) {
    return la.bound === 'upper' ? a.base.gt(b.base) : a.base.lt(b.base);
  }
  // Every lower limit sits below every upper limit on the same footing.
  return la.bound === 'lower' && lb.bound === 'upper' && sameScope(la, lb) && a.base.gt(b.base);
}

/** Checks that each limit's unit is a dose, dose-rate, concentration or duration unit, and that the limits are in order. */
export function checkLimits(limits: readonly Limit[], path: Path): Issue[] {
  const issues: Issue[] = [];
  const read: ReadLimit[] = [];
  limits.forEach((limit, i) => {
    const m = readMeasure(dec(limit.value), limit.unit);
    if (!m) {
      issues.push({
        code: 'limit_unit_invalid',
        path: [...path, i, 'unit'],
        message: `Limit ${limit.id}: "${limit.unit}" is not a dose, dose-rate, concentration or duration unit.`,
      });
      return;
    }
    read.push({ limit, measure: m.measure, base: m.base, i });
  });
  for (const a of read) {
    for (const b of read) {
      // Limits only order against each other when they measure the same thing.
      if (a.measure !== b.measure || a.i === b.i) continue;
      if (isOutOfOrder(a, b)) issues.push(outOfOrder(a, b, path));
    }
  }
  return issues;
}

function outOfOrder(a: ReadLimit, b: ReadLimit, path: Path): Issue {
  const la = a.limit;
  const lb = b.limit;
  return {
    code: 'limits_out_of_order',
    path: [...path, a.i],
    message: `Limit ${la.id} (${la.bound} ${la.severity} ${la.value} ${la.unit}) is out of order with ${lb.id} (${lb.bound} ${lb.severity} ${lb.value} ${lb.unit}).`,
  };
}

/**
 * Each protocol a limit is scoped to must be one of the catalogue's protocols of the same agent, or
 * one the built-in record of the agent names (a catalogue may reuse a built-in agent without all of
 * its protocols: the limit then applies to none of the plans it can make). `builtinNamed` holds those.
 */
export function checkLimitProtocols(agent: Agent, protocols: readonly Protocol[], path: Path, builtinNamed: ReadonlySet<string> = new Set()): Issue[] {
  const own = new Set([...protocols.filter((p) => p.agent === agent.id).map((p) => p.id), ...builtinNamed]);
  return agent.limits.flatMap((limit, li) =>
    (limit.protocols ?? []).flatMap((id, k): Issue[] =>
      own.has(id)
        ? []
        : [
            {
              code: 'unknown_protocol',
              path: [...path, li, 'protocols', k],
              message: `Limit ${limit.id} names "${id}", which is not a protocol of ${agent.id}.`,
              received: id,
            },
          ],
    ),
  );
}

/** The measure each adjustment's quantity must be read as. */
const ADJUSTMENT_MEASURE = { 'maximum-loading': 'session-dose-per-kg', 'minimum-duration': 'duration' } as const;

/** Each label adjustment's quantity must be a per-kg dose or a time, and its protocols the agent's own. */
export function checkAdjustments(agent: Agent, protocols: readonly Protocol[], path: Path, builtinNamed: ReadonlySet<string> = new Set()): Issue[] {
  const own = new Set([...protocols.filter((p) => p.agent === agent.id).map((p) => p.id), ...builtinNamed]);
  return (agent.adjustments ?? []).flatMap((a, i): Issue[] => {
    const issues: Issue[] = (a.protocols ?? []).flatMap((id, k): Issue[] =>
      own.has(id)
        ? []
        : [
            {
              code: 'unknown_protocol',
              path: [...path, i, 'protocols', k],
              message: `Adjustment ${a.id} names "${id}", which is not a protocol of ${agent.id}.`,
              received: id,
            },
          ],
    );
    const act = a.action;
    if (act.kind === 'maximum-loading' || act.kind === 'minimum-duration') {
      const m = readMeasure(dec(act.value), act.unit);
      if (m?.measure !== ADJUSTMENT_MEASURE[act.kind]) {
        issues.push({
          code: 'limit_unit_invalid',
          path: [...path, i, 'action', 'unit'],
          message: `Adjustment ${a.id}: "${act.unit}" is not a ${act.kind === 'maximum-loading' ? 'dose per kg' : 'duration'} unit.`,
        });
      }
    }
    return issues;
  });
}
