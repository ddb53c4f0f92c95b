/**
 * Decision 3: a moderate adverse event in the last session steps the dose down by the rule's step
 * down (or its step), never below the start and never above the last dose or the maximum.
 */
import { type Dec, maxDec, minDec } from '../decimal/index.js';
import type { HistorySession } from '../schema/history.js';
import { type Course, type GivenDose, findFirstGiven, findLastGiven, hasSeverity, lastGivenText } from './course.js';
import { type DecidedResult, type Read, decided, refuse } from './result.js';
import { capText, doseIn, eventsText, label, show } from './wording.js';

/** The lowest dose a step down may reach, and how the reason names it. */
interface Floor {
  readonly dose: Dec;
  readonly name: string;
}

/** The stepped-down dose and the bounds that shaped it. */
interface StepDown {
  /** The last dose minus the step down, before any bound. */
  readonly wanted: Dec;
  readonly dose: Dec;
  readonly floored: boolean;
  readonly capped: boolean;
}

/** `step-down` after a moderate event in the last session; `undefined` when it had none. */
export function decideStepDown(c: Course): DecidedResult | undefined {
  if (!hasSeverity(c.last, 'moderate')) return undefined;
  const found = findLastGiven(c);
  if (!found.ok) return refuse(found.issue);
  const lg = found.value;
  const floor = findFloor(c, lg);
  if (!floor.ok) return refuse(floor.issue);
  const { prepared: p } = c;
  const lowered = lowerByStep(c, lg, floor.value);
  const next = doseIn(p, lowered.dose);
  const last = doseIn(p, lg.dose);
  return decided(
    {
      ...c.summary,
      decision: 'step-down',
      dose: next.quantity,
      lastDose: last.quantity,
      ...(lowered.capped ? { bound: 'maximum' as const } : lowered.floored ? { bound: 'start' as const } : {}),
      rule: 'titration.step-down-moderate',
      reason: explainStepDown(c, lg, floor.value, lowered),
      sources: [p.rule.source, (p.rule.stepDown ?? p.rule.step).source],
    },
    next,
    last,
  );
}

/** The start: the rule's, else the protocol's own value, else the course's first recorded dose. */
function findFloor(c: Course, lg: GivenDose): Read<Floor> {
  const { start, protocolValue } = c.prepared;
  if (start !== undefined) return { ok: true, value: { dose: start, name: "the rule's start dose" } };
  if (protocolValue !== undefined) return { ok: true, value: { dose: protocolValue, name: "the protocol's own dose" } };
  const first = findFirstGiven(c, lg);
  if (!first.ok) return first;
  const name = `the first dose of the course (${label(c.history[first.value.index] as HistorySession)})`;
  return { ok: true, value: { dose: first.value.dose, name } };
}

function lowerByStep(c: Course, lg: GivenDose, floor: Floor): StepDown {
  const { stepDown: step, max } = c.prepared;
  const wanted = lg.dose.minus(step);
  // Never above the last dose: when the start is above it, the dose stays where it was.
  const bounded = minDec(maxDec(wanted, floor.dose), lg.dose);
  const capped = max !== undefined && bounded.gt(max);
  return { wanted, dose: capped ? (max as Dec) : bounded, floored: wanted.lt(floor.dose), capped };
}

function explainStepDown(c: Course, lg: GivenDose, floor: Floor, down: StepDown): string {
  const { prepared: p, last } = c;
  const step = p.rule.stepDown ?? p.rule.step;
  let reason =
    `${label(last)} recorded a moderate adverse event (${eventsText(last, 'moderate')}). ` +
    `Step down by ${step.value} ${step.unit} from the last dose, ${lastGivenText(c, lg)}`;
  if (down.floored) {
    reason += `: ${show(p, down.wanted)} would be below ${floor.name}, ${show(p, floor.dose)}, so the start binds`;
    reason += lg.dose.lte(floor.dose) ? ` and the dose stays at the last dose, ${show(p, down.dose)}. Review whether to continue.` : `: ${show(p, down.dose)}.`;
  } else {
    reason += `: ${show(p, down.dose)}.`;
  }
  if (down.capped) reason += ` The protocol maximum of ${capText(p)} binds.`;
  return reason;
}
