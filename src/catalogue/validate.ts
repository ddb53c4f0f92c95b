/**
 * Validating a catalogue: the strict schema first, then the rules no schema can say (unique ids,
 * references that resolve, limits in order, protocol doses inside the agent's hard limits).
 * A catalogue that passes is deep-frozen and safe to plan against.
 */
import { type Dec, dec } from '../decimal/index.js';
import { catalogueSchema, mapCatalogueIssue } from '../schema/catalogue.js';
import type { Issue } from '../schema/issues.js';
import { type Measure, readMeasure } from '../units/measure.js';
import type { Agent, Catalogue, DoseParameter, Limit, PhasePattern, Protocol } from './types.js';

/** Deep-freezes a value in place and returns it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

type Path = (string | number)[];

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const i of ids) (seen.has(i) ? dup : seen).add(i);
  return [...dup];
}

const PARAM_MEASURES: Record<'rate' | 'total' | 'duration', readonly Measure[]> = {
  rate: ['dose-rate', 'dose-rate-per-kg'],
  total: ['session-dose', 'session-dose-per-kg'],
  duration: ['duration'],
};

const PATIENT_UNITS: Record<string, string> = { weight: 'kg', height: 'cm', age: 'a' };

/** Two limits on the same footing: same window, condition, care areas and phase. */
function sameScope(a: Limit, b: Limit): boolean {
  return (
    JSON.stringify(a.window ?? null) === JSON.stringify(b.window ?? null) &&
    a.condition === b.condition &&
    JSON.stringify(a.careAreas ?? null) === JSON.stringify(b.careAreas ?? null) &&
    a.appliesTo === b.appliesTo
  );
}

function checkLimits(limits: readonly Limit[], path: Path, issues: Issue[]): void {
  const read: { limit: Limit; measure: Measure; base: Dec; i: number }[] = [];
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
      // Limits only order against each other when they measure the same thing the same way.
      if (a.measure !== b.measure || a.i === b.i || !sameScope(a.limit, b.limit)) continue;
      const la = a.limit;
      const lb = b.limit;
      // soft inside hard: upper soft <= upper hard; lower soft >= lower hard; every lower <= every upper.
      const wrong =
        (la.bound === 'upper' && lb.bound === 'upper' && la.severity === 'soft' && lb.severity === 'hard' && a.base.gt(b.base)) ||
        (la.bound === 'lower' && lb.bound === 'lower' && la.severity === 'soft' && lb.severity === 'hard' && a.base.lt(b.base)) ||
        (la.bound === 'lower' && lb.bound === 'upper' && a.base.gt(b.base));
      if (wrong) {
        issues.push({
          code: 'limits_out_of_order',
          path: [...path, a.i],
          message: `Limit ${la.id} (${la.bound} ${la.severity} ${la.value} ${la.unit}) is out of order with ${lb.id} (${lb.bound} ${lb.severity} ${lb.value} ${lb.unit}).`,
        });
      }
    }
  }
}

function checkParam(
  p: Protocol,
  name: 'rate' | 'total' | 'duration',
  param: DoseParameter,
  agent: Agent | undefined,
  path: Path,
  issues: Issue[],
): void {
  const unit = readMeasure(dec(1), param.unit);
  if (!unit || !PARAM_MEASURES[name].includes(unit.measure)) {
    issues.push({
      code: 'parameter_unit_invalid',
      path: [...path, 'unit'],
      message: `Protocol ${p.id}: the ${name} unit "${param.unit}" must be one of the ${PARAM_MEASURES[name].join(' or ')} units.`,
    });
    return;
  }
  const v = (x: string | undefined) => (x === undefined ? undefined : dec(x));
  const [min, value, max] = [v(param.min), v(param.value), v(param.max)];
  if ((min && max && min.gt(max)) || (min && value && value.lt(min)) || (max && value && value.gt(max))) {
    issues.push({
      code: 'dose_range_out_of_order',
      path,
      message: `Protocol ${p.id}: the ${name} range is out of order (min ${param.min ?? '-'}, value ${param.value ?? '-'}, max ${param.max ?? '-'}).`,
    });
  }
  // The protocol's highest dose must not break a hard upper limit of the agent in the same measure.
  const top = max ?? value;
  if (!agent || top === undefined || name === 'duration') return;
  const topBase = readMeasure(top, param.unit);
  if (!topBase) return;
  for (const limit of agent.limits) {
    if (limit.severity !== 'hard' || limit.bound !== 'upper') continue;
    const lm = readMeasure(dec(limit.value), limit.unit);
    if (lm && lm.measure === topBase.measure && topBase.base.gt(lm.base)) {
      issues.push({
        code: 'dose_range_outside_hard_limit',
        path,
        message: `Protocol ${p.id}: its ${name} reaches ${top.toFixed()} ${param.unit}, above the hard limit ${limit.id} (${limit.value} ${limit.unit}) of ${agent.id}.`,
      });
    }
  }
}

/** A twice-weekly pattern's two day offsets must be strictly increasing, in a taper's phases too. */
function checkSchedulePattern(p: Protocol, path: Path, issues: Issue[]): void {
  const pattern = p.schedule.pattern;
  if (pattern === undefined) return;
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
}

/**
 * Validates untrusted catalogue data (for example an institution's formulary read from JSON).
 * @returns the catalogue, deep-frozen, or every problem found as coded issues.
 */
export function validateCatalogue(raw: unknown): { ok: true; catalogue: Catalogue } | { ok: false; issues: Issue[] } {
  const parsed = catalogueSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.flatMap((i) => mapCatalogueIssue(i, raw)) };
  // The schema output is a fresh object: freezing it never touches the caller's data.
  const cat = parsed.data as unknown as Catalogue;
  const issues: Issue[] = [];

  const dupGroups: [string, readonly string[], Path][] = [
    ['agent', cat.agents.map((a) => a.id), ['agents']],
    ['product', cat.agents.flatMap((a) => a.products.map((p) => p.id)), ['agents']],
    ['protocol', cat.protocols.map((p) => p.id), ['protocols']],
    ['diluent', cat.diluents.map((d) => d.id), ['diluents']],
    ['limit', [...cat.agents.flatMap((a) => a.limits.map((l) => l.id)), ...cat.patientLimits.map((l) => l.id)], ['agents']],
  ];
  for (const [what, ids, path] of dupGroups) {
    for (const d of duplicates(ids)) {
      issues.push({ code: 'duplicate_id', path, message: `The ${what} id "${d}" is used more than once.`, received: d });
    }
  }

  const diluentIds = new Set(cat.diluents.map((d) => d.id));
  cat.agents.forEach((agent, ai) => {
    agent.products.forEach((product, pi) => {
      if (product.agent !== agent.id) {
        issues.push({
          code: 'product_agent_mismatch',
          path: ['agents', ai, 'products', pi, 'agent'],
          message: `Product ${product.id} names agent "${product.agent}" but is listed under ${agent.id}.`,
        });
      }
      if (product.strength.unit !== 'mg/mL' || dec(product.strength.value).lte(0)) {
        issues.push({
          code: 'product_strength_invalid',
          path: ['agents', ai, 'products', pi, 'strength'],
          message: `Product ${product.id}: strength must be a positive value in mg/mL.`,
        });
      }
      if (product.volume && (product.volume.unit !== 'mL' || dec(product.volume.value).lte(0))) {
        issues.push({
          code: 'product_volume_invalid',
          path: ['agents', ai, 'products', pi, 'volume'],
          message: `Product ${product.id}: volume must be a positive value in mL.`,
        });
      }
      if (product.form === 'premix' && !product.volume) {
        issues.push({
          code: 'product_volume_invalid',
          path: ['agents', ai, 'products', pi, 'volume'],
          message: `Premix ${product.id} needs its bag volume.`,
        });
      }
    });
    agent.diluents.forEach((d, di) => {
      if (!diluentIds.has(d.id)) {
        issues.push({ code: 'unknown_diluent', path: ['agents', ai, 'diluents', di, 'id'], message: `Agent ${agent.id} lists unknown diluent "${d.id}".` });
      }
    });
    checkLimits(agent.limits, ['agents', ai, 'limits'], issues);
  });

  cat.patientLimits.forEach((l, i) => {
    const kind = l.id.split('.')[1] ?? '';
    if (!l.id.startsWith('patient.') || PATIENT_UNITS[kind] !== l.unit) {
      issues.push({
        code: 'patient_limit_invalid',
        path: ['patientLimits', i],
        message: `Patient limit ${l.id} must be named patient.weight.*, patient.height.* or patient.age.* in kg, cm or a.`,
      });
    }
  });

  cat.protocols.forEach((p, pi) => {
    const path: Path = ['protocols', pi];
    const agent = cat.agents.find((a) => a.id === p.agent);
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
    const needed = { 'rate-duration': ['rate', 'duration'], 'total-duration': ['total', 'duration'], 'total-rate': ['total', 'rate'] }[p.regimen] as ('rate' | 'total' | 'duration')[];
    for (const name of needed) {
      const supplied = (name === 'total' && p.clearanceBands) || (name === 'duration' && p.phases);
      if (!p[name] && !supplied) {
        issues.push({ code: 'regimen_parameter_missing', path: [...path, name], message: `Protocol ${p.id}: a ${p.regimen} regimen needs a ${name}.` });
      }
    }
    for (const name of ['rate', 'total', 'duration'] as const) {
      const param = p[name];
      if (param) checkParam(p, name, param, agent, [...path, name], issues);
    }
    if (p.loading && p.preparation.style !== 'standard-concentration') {
      issues.push({ code: 'preparation_invalid', path: [...path, 'loading'], message: `Protocol ${p.id}: a loading dose needs a standard-concentration preparation.` });
    }
    if (p.phases) {
      const open = p.phases.filter((ph) => ph.duration === undefined).length;
      const last = p.phases[p.phases.length - 1];
      if (p.preparation.style !== 'whole-bag' || p.preparation.additiveVolume !== 'withdraw-equal' || p.preparation.containerVolume === undefined) {
        issues.push({ code: 'preparation_invalid', path: [...path, 'phases'], message: `Protocol ${p.id}: fixed-rate phases need a whole bag of stated volume made up with withdraw-equal.` });
      }
      if (open !== 1 || last?.duration !== undefined || p.phases.some((ph) => ph.rate.unit !== 'mL/h')) {
        issues.push({ code: 'phases_invalid', path: [...path, 'phases'], message: `Protocol ${p.id}: phases are rates in mL/h; every phase but the last has a duration.` });
      }
    }
    checkSchedulePattern(p, path, issues);
    p.caps.forEach((c, ci) => {
      const m = readMeasure(dec(c.value), c.unit);
      if (!m || m.measure === 'concentration' || m.measure === 'duration') {
        issues.push({ code: 'cap_unit_invalid', path: [...path, 'caps', ci, 'unit'], message: `Cap ${c.id}: a cap must be on a dose rate or a session dose.` });
      }
    });
  });

  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, catalogue: deepFreeze(cat) };
}
