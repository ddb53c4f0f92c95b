/**
 * The titration engine: the next session's dose from a protocol's titration rule and the patient's
 * earlier sessions. One engine, one order of rules:
 *
 * 1. no history                         -> `start` at the rule's start dose (or none: the protocol's own value applies)
 * 2. a severe adverse event, any session -> `stop-severe`; with a clinician's clearance, `hold` at the last tolerated dose
 * 3. a moderate event in the last session -> `step-down` by `stepDown` (or `step`), never below the start
 * 4. the last session responded         -> `hold` at the last dose given
 * 5. `futilityAfter` assessed sessions in a row without response -> `stop-futile`
 * 6. the last session's response could not be judged (no scores, or stopped early) -> `hold`
 * 7. otherwise (tolerated, no response) -> `escalate` by `step`, never above the protocol maximum
 *
 * Exact decimals throughout, in the measure's base unit (mg/kg/h, mg/h, mg/kg or mg); values leave
 * as plain decimal strings in the protocol parameter's unit. Pure: no clock, no mutation.
 */
import { type Dec, maxDec, minDec, toPlainString } from '../decimal/index.js';
import type { DoseParameter, Source } from '../catalogue/types.js';
import type { HistorySession, IssuePath } from '../schema/history.js';
import type { Issue, Issues } from '../schema/issues.js';
import { doseUnitCode } from '../units/index.js';
import { readMeasure } from '../units/measure.js';
import { type Assessment, assess, countWithoutResponse } from './assess.js';
import { prepareRule } from './prepare.js';
import type { SourcedQuantity, TitrationDecision, TitrationRule } from './types.js';

/** Options for {@link decideNextDose}. */
export interface DecideOptions {
  /** A clinician's clearance to continue after a severe adverse event, with the reason recorded. */
  readonly clinicianClearance?: { readonly reason: string };
  /** Where the history sits in the caller's input, for issue paths; `['history']` by default. */
  readonly historyPath?: IssuePath;
}

/** The engine's result: a decision, or the coded issues that kept it from deciding. */
export type TitrationResult = { readonly ok: true; readonly value: TitrationDecision } | { readonly ok: false; readonly issues: Issues };

function fail(issues: Issue[]): TitrationResult {
  return { ok: false, issues: issues as unknown as Issues };
}

function label(s: HistorySession): string {
  return `Session ${s.session} (${s.date})`;
}

function hasSeverity(s: HistorySession, severity: 'moderate' | 'severe'): boolean {
  return s.adverseEvents.some((e) => e.severity === severity);
}

function eventsText(s: HistorySession, severity: 'moderate' | 'severe'): string {
  return s.adverseEvents
    .filter((e) => e.severity === severity)
    .map((e) => e.kind)
    .join(', ');
}

/**
 * Decides the next session's dose from a titration rule, the protocol parameter it titrates (whose
 * `max` is the ceiling) and the earlier sessions, oldest first, as returned by `parseHistory`.
 * Pass the sessions of this course only: every session given counts. Never throws for a parsed
 * history; problems that keep it from deciding (a history dose in a unit of another kind, no dose
 * recorded, escalation without a protocol maximum, a blank clearance reason) come back as issues.
 *
 * @param rule - The protocol's titration rule.
 * @param protocolParam - The protocol's dose parameter named by `rule.param` (its unit is the output unit).
 * @param history - Parsed earlier sessions, oldest first.
 * @param options - A clinician's clearance after a severe event; the history's path for issues.
 * @returns `{ ok: true, value }` with the decision, or `{ ok: false, issues }`.
 * @example
 * decideNextDose(REMA_2012_TITRATION, ketamineEscalationRema2012.rate, sessions);
 * // { ok: true, value: { decision: 'escalate', dose: { value: '0.4', unit: 'mg/kg/h' }, rule: 'titration.escalate', ... } }
 */
export function decideNextDose(
  rule: TitrationRule,
  protocolParam: DoseParameter,
  history: readonly HistorySession[],
  options: DecideOptions = {},
): TitrationResult {
  const hp = options.historyPath ?? ['history'];
  const prepared = prepareRule(rule, protocolParam, options.clinicianClearance);
  if (!prepared.ok) return prepared;
  const { factor: paramFactor, measure: paramMeasure, step, stepDown, start, threshold, max, protocolValue } = prepared.value;
  const issues: Issue[] = [];

  const show = (base: Dec): string => `${toPlainString(base.div(paramFactor))} ${protocolParam.unit}`;
  const quantityOf = (base: Dec) => ({ value: toPlainString(base.div(paramFactor)), unit: protocolParam.unit });
  const capText = (): string => (protocolParam.max !== undefined ? `${protocolParam.max} ${protocolParam.unit}` : '');

  // --- 1. No history: start.
  if (history.length === 0) {
    const sources: Source[] = [rule.source];
    if (start === undefined) {
      return {
        ok: true,
        value: {
          decision: 'start',
          param: rule.param,
          rule: 'titration.start',
          reason: `No earlier sessions: this is the first. The titration rule gives no start dose, so the protocol's own ${rule.param} (or the clinician's) applies.`,
          responded: false,
          sessionsWithoutResponse: 0,
          sources,
        },
      };
    }
    sources.push((rule.start as SourcedQuantity).source);
    const capped = max !== undefined && start.gt(max);
    const dose = capped ? (max as Dec) : start;
    return {
      ok: true,
      value: {
        decision: 'start',
        param: rule.param,
        dose: quantityOf(dose),
        ...(capped ? { bound: 'maximum' as const } : {}),
        rule: 'titration.start',
        reason: capped
          ? `No earlier sessions: start. The rule's start ${show(start)} is above the protocol maximum of ${capText()}; the maximum binds: ${show(dose)}.`
          : `No earlier sessions: start at ${show(dose)}, the rule's start dose.`,
        responded: false,
        sessionsWithoutResponse: 0,
        sources,
      },
    };
  }

  const lastIndex = history.length - 1;
  const last = history[lastIndex] as HistorySession;
  const assessments = history.map((s) => assess(s, rule.response, threshold));
  const lastAssessment = assessments[lastIndex] as Assessment;
  const responded = lastAssessment.status === 'responded';
  const sessionsWithoutResponse = countWithoutResponse(assessments);
  const base = { param: rule.param, responded, sessionsWithoutResponse } as const;

  /** The dose of the titrated parameter given in session `i`, in base units, or an issue. */
  const givenBase = (i: number): Dec | undefined => {
    const g = (history[i] as HistorySession).given[rule.param];
    if (g === undefined) return undefined;
    const unit = doseUnitCode(g.unit);
    const m = readMeasure(g.value, unit);
    if (m === undefined || m.measure !== paramMeasure) {
      issues.push({
        code: 'titration_unit_mismatch',
        path: [...hp, i, 'given', rule.param, 'unit'],
        message: `This protocol titrates its ${rule.param} in ${protocolParam.unit}; the ${rule.param} given in ${label(history[i] as HistorySession)} is in ${unit}, which is not the same kind of dose. Record it in ${protocolParam.unit} or an equivalent unit.`,
        expected: protocolParam.unit,
        received: unit,
      });
      return undefined;
    }
    return m.base;
  };

  /**
   * The last dose given: the newest session that recorded the titrated parameter. A completed last
   * session must have recorded it (a session stopped before anything ran may not have).
   */
  const lastGiven = (): { index: number; dose: Dec } | undefined => {
    for (let i = lastIndex; i >= 0; i -= 1) {
      const s = history[i] as HistorySession;
      if (s.given[rule.param] === undefined) {
        if (i === lastIndex && s.completed) break;
        continue;
      }
      const d = givenBase(i);
      return d === undefined ? undefined : { index: i, dose: d };
    }
    issues.push({
      code: 'titration_dose_not_recorded',
      path: [...hp, lastIndex, 'given', rule.param],
      message: `The titration needs the ${rule.param} given in the last session, and ${label(last)} recorded none. Record the ${rule.param} actually given, in ${protocolParam.unit}.`,
    });
    return undefined;
  };
  const lastGivenText = (g: { index: number; dose: Dec }): string =>
    g.index === lastIndex ? `${show(g.dose)} in ${label(last)}` : `${show(g.dose)} in ${label(history[g.index] as HistorySession)} (${label(last)} recorded no ${rule.param})`;

  // --- 2. A severe adverse event in any earlier session.
  const severe = history.map((s, i) => ({ s, i })).filter(({ s }) => hasSeverity(s, 'severe'));
  if (severe.length > 0) {
    const severeText = severe.map(({ s }) => `${label(s)}: ${eventsText(s, 'severe')}`).join('; ');
    if (options.clinicianClearance === undefined) {
      return {
        ok: true,
        value: {
          ...base,
          decision: 'stop-severe',
          rule: 'titration.stop-severe',
          reason: `A severe adverse event was recorded (${severeText}). Titration stops; no dose is proposed. A clinician may clear the patient to continue, with a reason, to hold at the last tolerated dose.`,
          sources: [rule.source],
        },
      };
    }
    // Tolerated: a session that recorded the titrated dose with no moderate or severe event.
    let tolerated: { index: number; dose: Dec } | undefined;
    for (let i = lastIndex; i >= 0 && tolerated === undefined; i -= 1) {
      const s = history[i] as HistorySession;
      if (s.given[rule.param] === undefined || hasSeverity(s, 'severe') || hasSeverity(s, 'moderate')) continue;
      const d = givenBase(i);
      if (d === undefined) return fail(issues);
      tolerated = { index: i, dose: d };
    }
    if (tolerated === undefined) {
      issues.push({
        code: 'titration_no_tolerated_dose',
        path: [...hp],
        message: `A clinician cleared the patient after a severe adverse event (${severeText}), but no earlier session recorded a ${rule.param} given without a moderate or severe event. The clinician must choose the dose.`,
      });
      return fail(issues);
    }
    const lg = lastGiven();
    if (lg === undefined) return fail(issues);
    // Never above the last dose given or the maximum: a severe event never leads to a higher dose.
    let dose = minDec(tolerated.dose, lg.dose);
    const capped = max !== undefined && dose.gt(max);
    if (capped) dose = max as Dec;
    const toleratedText = `${show(tolerated.dose)} in ${label(history[tolerated.index] as HistorySession)}`;
    return {
      ok: true,
      value: {
        ...base,
        decision: 'hold',
        dose: quantityOf(dose),
        lastDose: quantityOf(lg.dose),
        ...(capped ? { bound: 'maximum' as const } : {}),
        rule: 'titration.hold-after-severe-cleared',
        reason:
          `A severe adverse event was recorded (${severeText}); a clinician cleared the patient to continue: "${options.clinicianClearance.reason}". ` +
          `Hold at the last tolerated dose, ${toleratedText}` +
          (dose.lt(tolerated.dose) ? `, lowered to ${show(dose)}${capped ? `, the protocol maximum of ${capText()}` : ', the last dose given'}` : '') +
          '. No escalation after a severe event.',
        sources: [rule.source],
      },
    };
  }

  // --- 3. A moderate adverse event in the last session: step down, never below the start.
  if (hasSeverity(last, 'moderate')) {
    const lg = lastGiven();
    if (lg === undefined) return fail(issues);
    // The start: the rule's, else the protocol's own value, else the course's first recorded dose.
    let floor = start;
    let floorName = "the rule's start dose";
    if (floor === undefined && protocolValue !== undefined) {
      floor = protocolValue;
      floorName = "the protocol's own dose";
    }
    if (floor === undefined) {
      const first = history.findIndex((s) => s.given[rule.param] !== undefined);
      floor = givenBase(first);
      if (floor === undefined) return fail(issues);
      floorName = `the first dose of the course (${label(history[first] as HistorySession)})`;
    }
    const down = rule.stepDown ?? rule.step;
    const wanted = lg.dose.minus(stepDown);
    const floored = wanted.lt(floor);
    // Never above the last dose: when the start is above it, the dose stays where it was.
    let dose = minDec(maxDec(wanted, floor), lg.dose);
    const capped = max !== undefined && dose.gt(max);
    if (capped) dose = max as Dec;
    const sources = [rule.source, down.source];
    let reason =
      `${label(last)} recorded a moderate adverse event (${eventsText(last, 'moderate')}). ` +
      `Step down by ${down.value} ${down.unit} from the last dose, ${lastGivenText(lg)}`;
    if (floored) {
      reason += `: ${show(wanted)} would be below ${floorName}, ${show(floor)}, so the start binds`;
      reason += lg.dose.lte(floor) ? ` and the dose stays at the last dose, ${show(dose)}. Review whether to continue.` : `: ${show(dose)}.`;
    } else {
      reason += `: ${show(dose)}.`;
    }
    if (capped) reason += ` The protocol maximum of ${capText()} binds.`;
    return {
      ok: true,
      value: {
        ...base,
        decision: 'step-down',
        dose: quantityOf(dose),
        lastDose: quantityOf(lg.dose),
        ...(capped ? { bound: 'maximum' as const } : floored ? { bound: 'start' as const } : {}),
        rule: 'titration.step-down-moderate',
        reason,
        sources,
      },
    };
  }

  // Hold at the last dose given (never above the maximum), for a response or a response not judged.
  const holdAt = (lg: NonNullable<ReturnType<typeof lastGiven>>, id: TitrationDecision['rule'], why: string, after: string): TitrationResult => {
    const capped = max !== undefined && lg.dose.gt(max);
    return {
      ok: true,
      value: {
        ...base,
        decision: 'hold',
        dose: quantityOf(capped ? (max as Dec) : lg.dose),
        lastDose: quantityOf(lg.dose),
        ...(capped ? { bound: 'maximum' as const } : {}),
        rule: id,
        reason: `${why} Hold at the last dose, ${lastGivenText(lg)}${capped ? `, lowered to the protocol maximum of ${capText()}` : ''}${after}`,
        sources: [rule.source, rule.response.source],
      },
    };
  };

  // --- 4. Responded: hold at the last dose given.
  if (responded) {
    const lg = lastGiven();
    if (lg === undefined) return fail(issues);
    return holdAt(lg, 'titration.hold-response', `${label(last)} responded (${lastAssessment.text}) with no moderate or severe adverse event.`, '.');
  }

  // --- 5. Futility: too many assessed sessions in a row without response.
  if (rule.futilityAfter !== undefined && sessionsWithoutResponse >= rule.futilityAfter) {
    return {
      ok: true,
      value: {
        ...base,
        decision: 'stop-futile',
        rule: 'titration.stop-futile',
        reason:
          `${sessionsWithoutResponse} assessed session${sessionsWithoutResponse === 1 ? '' : 's'} in a row without a response (the last: ${lastAssessment.text}); ` +
          `the rule stops after ${rule.futilityAfter}. No dose is proposed.`,
        sources: [rule.source, rule.response.source, ...(rule.futilitySource !== undefined ? [rule.futilitySource] : [])],
      },
    };
  }

  const lg = lastGiven();
  if (lg === undefined) return fail(issues);

  // --- 6. Response not judged: hold, never escalate on missing data.
  if (lastAssessment.status === 'not-assessed') {
    return holdAt(lg, 'titration.hold-response-not-assessed', `The response to ${label(last)} cannot be judged: ${lastAssessment.text}.`, '; record the response to titrate.');
  }

  // --- 7. Tolerated, no response: escalate by one step, never above the maximum.
  if (max === undefined) {
    issues.push({
      code: 'titration_maximum_required',
      path: ['protocol', rule.param, 'max'],
      message: `${label(last)} did not respond (${lastAssessment.text}), but the protocol states no maximum ${rule.param}, so the engine will not escalate. The clinician must choose the dose.`,
    });
    return fail(issues);
  }
  const stepText = `${rule.step.value} ${rule.step.unit}`;
  if (lg.dose.gte(max)) {
    return {
      ok: true,
      value: {
        ...base,
        decision: 'hold',
        dose: quantityOf(max),
        lastDose: quantityOf(lg.dose),
        bound: 'maximum',
        rule: 'titration.hold-at-maximum',
        reason:
          `${label(last)} did not respond (${lastAssessment.text}), but the last dose, ${lastGivenText(lg)}, is ${lg.dose.gt(max) ? 'above' : 'at'} the protocol maximum of ${capText()}. ` +
          `No escalation: hold at the maximum, ${show(max)}.`,
        sources: [rule.source, rule.response.source, protocolParam.source],
      },
    };
  }
  const wanted = lg.dose.plus(step);
  const capped = wanted.gt(max);
  const dose = capped ? max : wanted;
  return {
    ok: true,
    value: {
      ...base,
      decision: 'escalate',
      dose: quantityOf(dose),
      lastDose: quantityOf(lg.dose),
      ...(capped ? { bound: 'maximum' as const } : {}),
      rule: 'titration.escalate',
      reason:
        `${label(last)} was tolerated without a response (${lastAssessment.text}). Escalate by ${stepText} from ${lastGivenText(lg)}` +
        (capped
          ? `: ${show(wanted)} would pass the protocol maximum of ${capText()}, so the maximum binds: ${show(dose)}.`
          : `: ${show(dose)}.`),
      sources: [rule.source, rule.step.source, rule.response.source, ...(capped ? [protocolParam.source] : [])],
    },
  };
}
