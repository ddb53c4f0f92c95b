/**
 * The checks on one protocol that no schema can say: the agent, products and diluent it names
 * exist, its preparation can be made, its regimen has its parameters, its dose ranges are in order
 * and inside the agent's hard limits, its loading dose, phases and caps are usable, and its clearance
 * bands cover every clearance once.
 */
import { belongsToProtocol } from '../catalogue/scope.js';
import { checkAdjuncts } from './validate-adjuncts.js';
import { checkClearanceBands } from './validate-bands.js';
import { type Dec, dec } from '../decimal/index.js';
import type { Issue } from '../types/issues.js';
import { type Measure, readMeasure } from '../units/measure.js';
import type { Agent, DoseParameter, PhasePattern, Protocol } from '../catalogue/types.js';

type Path = (string | number)[];
type ParamName = 'rate' | 'total' | 'duration';

const PARAM_MEASURES: Record<ParamName, readonly Measure[]> = {
  rate: ['dose-rate', 'dose-rate-per-kg'],
  total: ['session-dose', 'session-dose-per-kg'],
  duration: ['duration'],
};

/** Every problem with protocol `p`, found at index `pi` of the catalogue's protocols, in reporting order. */
export function checkProtocol(p: Protocol, pi: number, agents: readonly Agent[], diluentIds: ReadonlySet<string>): Issue[] {
  const path: Path = ['protocols', pi];
  const agent = agents.find((a) => a.id === p.agent);
  return [
    ...checkReferences(p, agent, diluentIds, path),
    ...checkPreparation(p, path),
    ...checkRegimen(p, path),
    ...(['rate', 'total', 'duration'] as const).flatMap((name) => {
      const param = p[name];
      return param ? checkDoseParameter(p, name, param, agent, [...path, name]) : [];
    }),
    ...checkLoading(p, path),
    // A loading dose is a total over a duration, and is held to the agent's hard limits as the session's total is.
    ...(p.loading
      ? [
          ...checkDoseParameter(p, 'total', p.loading.total, agent, [...path, 'loading', 'total']),
          ...checkDoseParameter(p, 'duration', p.loading.duration, agent, [...path, 'loading', 'duration']),
        ]
      : []),
    ...checkPhases(p, path),
    ...checkClearanceBands(p, path),
    ...checkSchedulePattern(p, path),
    ...checkCaps(p, path),
    ...checkAdjuncts(p, path),
  ];
}

/** A twice-weekly pattern's two day offsets must be strictly increasing, in a taper's phases too. */
function checkSchedulePattern(p: Protocol, path: Path): Issue[] {
  const pattern = p.schedule.pattern;
  if (pattern === undefined) return [];
  const issues: Issue[] = [];
  const check = (phase: PhasePattern, at: Path): void => {
    if (phase.kind !== 'twice-weekly' || phase.days === undefined || phase.days[0] < phase.days[1]) return;
    issues.push({
      code: 'invalid_pattern',
      path: [...at, 'days'],
      message: `Protocol ${p.id}: the two day offsets of a twice-weekly pattern must be different and in increasing order, e.g. [0, 3].`,
      received: JSON.stringify(phase.days),
    });
  };
  const at: Path = [...path, 'schedule', 'pattern'];
  if (pattern.kind === 'taper') pattern.phases.forEach((phase, i) => check(phase, [...at, 'phases', i]));
  else check(pattern, at);
  return issues;
}

/** The agent, products and diluent the protocol names must exist (and belong to its agent). */
function checkReferences(p: Protocol, agent: Agent | undefined, diluentIds: ReadonlySet<string>, path: Path): Issue[] {
  const issues: Issue[] = [];
  if (!agent) {
    issues.push({ code: 'unknown_agent', path: [...path, 'agent'], message: `Protocol ${p.id} names unknown agent "${p.agent}".` });
  }
  p.preparation.products.forEach((id, i) => {
    if (agent && !agent.products.some((x) => x.id === id)) {
      issues.push({
        code: 'unknown_product',
        path: [...path, 'preparation', 'products', i],
        message: `Protocol ${p.id} names product "${id}", which ${agent.id} does not have.`,
      });
    }
  });
  const dil = p.preparation.diluent;
  if (dil !== undefined && (!diluentIds.has(dil) || (agent && !agent.diluents.some((d) => d.id === dil)))) {
    issues.push({
      code: 'unknown_diluent',
      path: [...path, 'preparation', 'diluent'],
      message: `Protocol ${p.id} names diluent "${dil}", which is unknown or not listed for its agent.`,
    });
  }
  return issues;
}

/** A whole bag needs a diluent; a diluted standard concentration needs its concentration; whole vials need a neat standard concentration. */
function checkPreparation(p: Protocol, path: Path): Issue[] {
  const issues: Issue[] = [];
  const dil = p.preparation.diluent;
  if (p.preparation.style === 'whole-bag' && dil === undefined) {
    issues.push({ code: 'preparation_invalid', path: [...path, 'preparation'], message: `Protocol ${p.id}: a whole-bag preparation needs a diluent.` });
  }
  if (p.preparation.style === 'standard-concentration' && dil !== undefined && p.preparation.concentration === undefined) {
    issues.push({
      code: 'preparation_invalid',
      path: [...path, 'preparation'],
      message: `Protocol ${p.id}: a diluted standard-concentration preparation needs its concentration (mg/mL).`,
    });
  }
  // Whole vials are drawn only for a neat standard concentration (src/compounding/standard.ts): in a
  // diluted or whole bag the amount is rounded to a measurable volume, not to whole vials.
  if (p.wholeVials !== undefined && (p.preparation.style !== 'standard-concentration' || dil !== undefined)) {
    issues.push({
      code: 'preparation_invalid',
      path: [...path, 'wholeVials'],
      message: `Protocol ${p.id}: whole vials are drawn only for a standard concentration given neat (no diluent); remove wholeVials or the diluent.`,
    });
  }
  return issues;
}

/** The two parameters the regimen takes must be given (clearance bands give a total, phases a duration). */
function checkRegimen(p: Protocol, path: Path): Issue[] {
  const issues: Issue[] = [];
  const needed = { 'rate-duration': ['rate', 'duration'], 'total-duration': ['total', 'duration'], 'total-rate': ['total', 'rate'] }[p.regimen] as ParamName[];
  for (const name of needed) {
    const supplied = (name === 'total' && p.clearanceBands) || (name === 'duration' && p.phases);
    if (!p[name] && !supplied) {
      issues.push({ code: 'regimen_parameter_missing', path: [...path, name], message: `Protocol ${p.id}: a ${p.regimen} regimen needs a ${name}.` });
    }
  }
  return issues;
}

/** A dose parameter's unit fits its name, its range is in order, and its top stays inside the agent's hard limits. */
function checkDoseParameter(p: Protocol, name: ParamName, param: DoseParameter, agent: Agent | undefined, path: Path): Issue[] {
  const unit = readMeasure(dec(1), param.unit);
  if (!unit || !PARAM_MEASURES[name].includes(unit.measure)) {
    return [
      {
        code: 'parameter_unit_invalid',
        path: [...path, 'unit'],
        message: `Protocol ${p.id}: the ${name} unit "${param.unit}" must be one of the ${PARAM_MEASURES[name].join(' or ')} units.`,
      },
    ];
  }
  const v = (x: string | undefined) => (x === undefined ? undefined : dec(x));
  const [min, value, max] = [v(param.min), v(param.value), v(param.max)];
  const issues: Issue[] = isOutOfOrder(min, value, max)
    ? [
        {
          code: 'dose_range_out_of_order',
          path,
          message: `Protocol ${p.id}: the ${name} range is out of order (min ${param.min ?? '-'}, value ${param.value ?? '-'}, max ${param.max ?? '-'}).`,
        },
      ]
    : [];
  // The protocol's highest dose must not break a hard upper limit of the agent in the same measure.
  const top = max ?? value;
  if (!agent || top === undefined || name === 'duration') return issues;
  return [...issues, ...checkAgainstHardLimits(p, name, param, top, agent, path)];
}

/** Whether a range's min is above its max, or its value outside them (each bound only when stated). */
function isOutOfOrder(min: Dec | undefined, value: Dec | undefined, max: Dec | undefined): boolean {
  if (min && max && min.gt(max)) return true;
  if (value === undefined) return false;
  return (min !== undefined && value.lt(min)) || (max !== undefined && value.gt(max));
}

/** The protocol's highest dose `top` (in the parameter's unit) against each hard upper limit of the agent in the same measure. */
function checkAgainstHardLimits(p: Protocol, name: ParamName, param: DoseParameter, top: Dec, agent: Agent, path: Path): Issue[] {
  const topBase = readMeasure(top, param.unit);
  if (!topBase) return [];
  const issues: Issue[] = [];
  for (const limit of agent.limits) {
    if (limit.severity !== 'hard' || limit.bound !== 'upper') continue;
    // A limit that belongs to other protocols does not bound this one.
    if (!belongsToProtocol(limit, p.id)) continue;
    const lm = readMeasure(dec(limit.value), limit.unit);
    if (lm && lm.measure === topBase.measure && topBase.base.gt(lm.base)) {
      issues.push({
        code: 'dose_range_outside_hard_limit',
        path,
        message: `Protocol ${p.id}: its ${name} reaches ${top.toFixed()} ${param.unit}, above the hard limit ${limit.id} (${limit.value} ${limit.unit}) of ${agent.id}.`,
      });
    }
  }
  return issues;
}

/** A loading dose runs as its own first pump segment, whose rate follows from the dose only at a standard concentration. */
function checkLoading(p: Protocol, path: Path): Issue[] {
  if (p.loading && p.preparation.style !== 'standard-concentration') {
    return [
      { code: 'preparation_invalid', path: [...path, 'loading'], message: `Protocol ${p.id}: a loading dose needs a standard-concentration preparation.` },
    ];
  }
  // The order step reads the loading dose's duration from the protocol only (no request field gives it).
  if (p.loading && p.loading.duration.value === undefined) {
    return [
      {
        code: 'regimen_parameter_missing',
        path: [...path, 'loading', 'duration', 'value'],
        message: `Protocol ${p.id}: a loading dose needs the value of its duration (the clinician cannot supply it).`,
      },
    ];
  }
  return [];
}

/** Fixed-rate phases run a whole bag of known volume; every phase but the last is timed, all in mL/h. */
function checkPhases(p: Protocol, path: Path): Issue[] {
  if (!p.phases) return [];
  const issues: Issue[] = [];
  const open = p.phases.filter((ph) => ph.duration === undefined).length;
  const last = p.phases[p.phases.length - 1];
  if (p.preparation.style !== 'whole-bag' || p.preparation.additiveVolume !== 'withdraw-equal' || p.preparation.containerVolume === undefined) {
    issues.push({
      code: 'preparation_invalid',
      path: [...path, 'phases'],
      message: `Protocol ${p.id}: fixed-rate phases need a whole bag of stated volume made up with withdraw-equal.`,
    });
  }
  // A duration no measure reads would be read as 0 h when the protocol is prepared (src/prepare/exact.ts).
  const unreadable = p.phases.some((ph) => ph.duration !== undefined && readMeasure(dec(ph.duration.value), ph.duration.unit)?.measure !== 'duration');
  if (open !== 1 || last?.duration !== undefined || unreadable || p.phases.some((ph) => ph.rate.unit !== 'mL/h')) {
    issues.push({
      code: 'phases_invalid',
      path: [...path, 'phases'],
      message: `Protocol ${p.id}: phases are rates in mL/h; every phase but the last has a duration in min or h.`,
    });
  }
  return issues;
}

/** A cap lowers a dose rate or a session dose, so it must be in one of their units. */
function checkCaps(p: Protocol, path: Path): Issue[] {
  const issues: Issue[] = [];
  p.caps.forEach((c, ci) => {
    const m = readMeasure(dec(c.value), c.unit);
    if (!m || m.measure === 'concentration' || m.measure === 'duration') {
      issues.push({ code: 'cap_unit_invalid', path: [...path, 'caps', ci, 'unit'], message: `Cap ${c.id}: a cap must be on a dose rate or a session dose.` });
    }
  });
  return issues;
}
