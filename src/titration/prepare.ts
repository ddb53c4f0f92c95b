/**
 * The titration rule and the protocol parameter it titrates, read once into exact decimals in the
 * measure's base unit (mg/kg/h, mg/h, mg/kg or mg). These are data checks, not input checks: every
 * problem comes back at once, in a fixed order, so the decisions only ever see a readable rule. The
 * clearance reason is checked here too, so a blank one is refused even when no severe event needs it.
 */
import { isBlankText } from '../types/text.js';
import { type Dec, dec, readDecimal } from '../decimal/index.js';
import type { DoseParameter } from '../catalogue/types.js';
import type { IssuePath } from '../schema/history.js';
import type { Issue, Issues } from '../types/issues.js';
import { type Measure, readMeasure } from '../units/measure.js';
import type { Read } from './result.js';
import type { SourcedQuantity, TitrationRule } from '../catalogue/titration.js';

const MEASURES_FOR: Record<TitrationRule['param'], readonly Measure[]> = {
  rate: ['dose-rate', 'dose-rate-per-kg'],
  total: ['session-dose', 'session-dose-per-kg'],
};

/** A rule and its protocol parameter in base units, as every decision reads them. */
export interface PreparedRule {
  readonly rule: TitrationRule;
  /** The protocol's dose parameter named by `rule.param`; its unit is the output unit. */
  readonly param: DoseParameter;
  /** One protocol unit in base units: a base value / factor is the value in the protocol's unit. */
  readonly factor: Dec;
  /** The protocol unit's measure; a dose in the history must be of the same one. */
  readonly measure: Measure | undefined;
  readonly step: Dec;
  /** The rule's own step down, else the step. */
  readonly stepDown: Dec;
  readonly start: Dec | undefined;
  readonly threshold: Dec;
  /** The protocol maximum, the ceiling of every proposed dose. */
  readonly max: Dec | undefined;
  /** The protocol's own dose, the step-down floor when the rule gives no start. */
  readonly protocolValue: Dec | undefined;
}

/** A prepared rule, or every issue found in the rule, the parameter and the clearance. */
export type Prepared = { readonly ok: true; readonly value: PreparedRule } | { readonly ok: false; readonly issues: Issues };

/**
 * Reads a titration rule and the protocol parameter it titrates, and checks the clinician's
 * clearance reason when one is given.
 */
export function prepareRule(rule: TitrationRule, param: DoseParameter, clearance: { readonly reason: string } | undefined): Prepared {
  const issues: Issue[] = [];
  const keep = (r: Read<Dec>): Dec | undefined => {
    if (r.ok) return r.value;
    issues.push(r.issue);
    return undefined;
  };
  const factor = keep(readTitrated(rule, '1', param.unit, ['protocol', rule.param, 'unit']));
  const measure = readMeasure(dec(1), param.unit)?.measure;
  const sameKind = (q: SourcedQuantity, path: IssuePath): Dec | undefined => keep(readSameKind(rule, param, measure, q, path));
  const step = sameKind(rule.step, ['titration', 'step']);
  const stepDown = rule.stepDown !== undefined ? sameKind(rule.stepDown, ['titration', 'stepDown']) : step;
  const start = rule.start !== undefined ? sameKind(rule.start, ['titration', 'start']) : undefined;
  issues.push(...checkSteps(rule, step, stepDown), ...checkFutility(rule), ...checkClearance(clearance));
  const threshold = keep(readPlain(rule.response.threshold, ['titration', 'response', 'threshold']));
  issues.push(...checkThreshold(threshold));
  const max = param.max !== undefined ? keep(readTitrated(rule, param.max, param.unit, ['protocol', rule.param, 'max'])) : undefined;
  const protocolValue = param.value !== undefined ? keep(readTitrated(rule, param.value, param.unit, ['protocol', rule.param, 'value'])) : undefined;
  const [first, ...rest] = issues;
  if (first !== undefined) return { ok: false, issues: [first, ...rest] };
  // keep() records an issue for each value it cannot read, so with no issue every value was read.
  if (factor === undefined || step === undefined || stepDown === undefined || threshold === undefined)
    throw new Error('titration rule unread without an issue');
  return { ok: true, value: { rule, param, factor, measure, step, stepDown, start, threshold, max, protocolValue } };
}

function readPlain(value: string, path: IssuePath): Read<Dec> {
  const r = readDecimal(value);
  if (r.ok) return { ok: true, value: r.value };
  return { ok: false, issue: { code: 'titration_rule_invalid', path, message: `"${value}" is not a plain decimal.`, received: value } };
}

/** `value` `unit` in base units, if the unit measures what the rule titrates (a dose rate or a session dose). */
function readTitrated(rule: TitrationRule, value: string, unit: string, path: IssuePath): Read<Dec> {
  const v = readPlain(value, path);
  if (!v.ok) return v;
  const m = readMeasure(v.value, unit);
  if (m === undefined || !MEASURES_FOR[rule.param].includes(m.measure)) {
    return {
      ok: false,
      issue: {
        code: 'titration_rule_invalid',
        path,
        message: `The titration rule titrates the ${rule.param}, but ${value} ${unit} is not a ${rule.param === 'rate' ? 'dose rate' : 'session dose'}.`,
        received: unit,
      },
    };
  }
  return { ok: true, value: m.base };
}

/** A quantity of the rule in base units, if it is the same kind as the protocol's (per kg or not). */
function readSameKind(rule: TitrationRule, param: DoseParameter, measure: Measure | undefined, q: SourcedQuantity, path: IssuePath): Read<Dec> {
  const base = readTitrated(rule, q.value, q.unit, path);
  if (!base.ok) return base;
  if (readMeasure(dec(1), q.unit)?.measure !== measure) {
    return {
      ok: false,
      issue: {
        code: 'titration_rule_invalid',
        path,
        message: `The rule states ${q.value} ${q.unit}, but the protocol's ${rule.param} is in ${param.unit}; they must be the same kind (per kg or not).`,
        received: q.unit,
      },
    };
  }
  return base;
}

function checkSteps(rule: TitrationRule, step: Dec | undefined, stepDown: Dec | undefined): Issue[] {
  const issues: Issue[] = [];
  if (step !== undefined && step.lte(0))
    issues.push({ code: 'titration_rule_invalid', path: ['titration', 'step'], message: 'The escalation step must be greater than zero.' });
  // A rule without its own step down uses the step: a zero step is reported once, at the step.
  if (rule.stepDown !== undefined && stepDown !== undefined && stepDown.lte(0))
    issues.push({ code: 'titration_rule_invalid', path: ['titration', 'stepDown'], message: 'The step down must be greater than zero.' });
  return issues;
}

function checkFutility(rule: TitrationRule): Issue[] {
  if (rule.futilityAfter !== undefined && (!Number.isInteger(rule.futilityAfter) || rule.futilityAfter < 1))
    return [{ code: 'titration_rule_invalid', path: ['titration', 'futilityAfter'], message: 'futilityAfter must be a whole number of sessions, 1 or more.' }];
  return [];
}

/** The reason is recorded in the plan, so a clearance without one is refused. */
function checkClearance(clearance: { readonly reason: string } | undefined): Issue[] {
  if (clearance !== undefined && isBlankText(clearance.reason))
    return [
      {
        code: 'clearance_reason_required',
        path: ['clinicianClearance', 'reason'],
        message: 'Clearing a patient to continue after a severe adverse event needs a reason; it is recorded in the plan.',
      },
    ];
  return [];
}

function checkThreshold(threshold: Dec | undefined): Issue[] {
  if (threshold !== undefined && threshold.lt(0))
    return [{ code: 'titration_rule_invalid', path: ['titration', 'response', 'threshold'], message: 'The response threshold cannot be negative.' }];
  return [];
}
