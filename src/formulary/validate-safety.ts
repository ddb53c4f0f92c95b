/**
 * The safety nets a catalogue may tighten but never remove or loosen: the built-in agents' hard
 * limits and display units, and the patient plausibility limits (weight, height, age). An
 * institution's catalogue that drops or loosens one would let a plan through that the built-in
 * catalogue refuses, so it does not validate.
 */
import { belongsToProtocol } from '../catalogue/scope.js';
import { type Dec, dec } from '../decimal/index.js';
import type { Issue } from '../types/issues.js';
import { type Measure, readMeasure } from '../units/measure.js';
import type { Agent, Limit, Protocol } from '../catalogue/types.js';
import { ADULT_PATIENT_LIMITS } from '../patient/limits.js';
import { alendronate } from '../agents/alendronate.js';
import { clodronate } from '../agents/clodronate.js';
import { clonidine } from '../agents/clonidine.js';
import { dexmedetomidine } from '../agents/dexmedetomidine.js';
import { immuneGlobulin } from '../agents/immune-globulin.js';
import { ketamine } from '../agents/ketamine.js';
import { lidocaine } from '../agents/lidocaine.js';
import { magnesiumSulfate } from '../agents/magnesium-sulfate.js';
import { neridronate } from '../agents/neridronate.js';
import { pamidronate } from '../agents/pamidronate.js';
import { zoledronicAcid } from '../agents/zoledronic-acid.js';
import { covers } from './validate-limits.js';

type Path = (string | number)[];

/** The built-in agents, by id: an agent of the same id in any catalogue keeps their hard limits and display unit. */
export const BASELINE_AGENTS: ReadonlyMap<string, Agent> = new Map(
  [ketamine, lidocaine, magnesiumSulfate, dexmedetomidine, clonidine, immuneGlobulin, pamidronate, zoledronicAcid, neridronate, alendronate, clodronate].map(
    (a): [string, Agent] => [a.id, a],
  ),
);

/** The measure a patient limit bounds, read from its id (patient.weight.lower-hard). */
function patientKind(l: Limit): string | undefined {
  return l.id.split('.')[1];
}

/** Whether `candidate` is at least as strict as `baseline`: an upper limit no higher, a lower limit no lower. */
function isAsStrict(bound: 'upper' | 'lower', candidate: Dec, baseline: Dec): boolean {
  return bound === 'upper' ? candidate.lte(baseline) : candidate.gte(baseline);
}

/** One built-in hard limit and the catalogue's limits that could stand in for it, with their values. */
interface Baseline {
  readonly limit: Limit;
  readonly value: Dec;
  /** Indexes and values (in the built-in limit's units) of the catalogue's hard limits on the same thing. */
  readonly candidates: readonly { readonly i: number; readonly value: Dec }[];
}

/** How a limit is scoped, in words: its window, the patients it applies to, the segments it counts. */
function scopeOf(l: Limit): string {
  const window = l.window === undefined ? '' : l.window === 'course' ? ' over the course' : ` over ${l.window.hours} h`;
  const condition = l.condition === undefined ? '' : ` with ${l.condition}`;
  return `${window}${condition}${l.appliesTo === 'maintenance' ? ' (maintenance)' : ''}`;
}

/**
 * A built-in hard limit that no catalogue limit stands in for is `hard_limit_missing` (at `path`);
 * one whose stand-ins are all looser is `hard_limit_loosened` at each stand-in's value.
 */
function judgeBaseline(b: Baseline, owner: string, path: Path, limits: readonly Limit[]): Issue[] {
  const stated = `${b.limit.bound} hard limit ${b.limit.value} ${b.limit.unit}${scopeOf(b.limit)} (${b.limit.id})`;
  if (b.candidates.length === 0) {
    return [
      {
        code: 'hard_limit_missing',
        path,
        message: `${owner} has no hard limit in place of the built-in ${stated}; a catalogue may tighten a hard limit but not remove it.`,
        expected: `${b.limit.value} ${b.limit.unit}`,
      },
    ];
  }
  if (b.candidates.some((c) => isAsStrict(b.limit.bound, c.value, b.value))) return [];
  return b.candidates.map((c): Issue => ({
    code: 'hard_limit_loosened',
    path: [...path, c.i, 'value'],
    message: `${owner}: ${limits[c.i]?.id} (${limits[c.i]?.value} ${limits[c.i]?.unit}) is looser than the built-in ${stated}; a catalogue may tighten a hard limit but not loosen it.`,
    expected: `${b.limit.bound === 'upper' ? 'at most' : 'at least'} ${b.limit.value} ${b.limit.unit}`,
    received: `${limits[c.i]?.value} ${limits[c.i]?.unit}`,
  }));
}

/** The catalogue limits (hard, same measure and bound, in force wherever `base` is) that stand in for a built-in agent limit. */
function agentBaseline(base: Limit, limits: readonly Limit[]): Baseline | undefined {
  const b = readMeasure(dec(base.value), base.unit);
  if (!b) return undefined;
  const candidates = limits.flatMap((l, i) => {
    if (l.severity !== 'hard' || l.bound !== base.bound || !covers(l, base)) return [];
    const m = readMeasure(dec(l.value), l.unit);
    return m && m.measure === b.measure ? [{ i, value: m.base }] : [];
  });
  return { limit: base, value: b.base, candidates };
}

/**
 * An agent that has a built-in agent's id keeps that agent's display unit and every one of its
 * hard limits, at the same value or stricter, in force in every care area and for every patient.
 */
function checkAgentAgainstBuiltin(agent: Agent, ai: number): Issue[] {
  const builtin = BASELINE_AGENTS.get(agent.id);
  if (!builtin) return [];
  const issues: Issue[] = [];
  if (agent.massUnit !== builtin.massUnit) {
    issues.push({
      code: 'mass_unit_mismatch',
      path: ['agents', ai, 'massUnit'],
      message: `Agent ${agent.id} doses are written in ${builtin.massUnit}, as in the built-in catalogue; "${agent.massUnit}" would show them in another unit.`,
      expected: builtin.massUnit,
      received: agent.massUnit,
    });
  }
  for (const base of builtin.limits) {
    if (base.severity !== 'hard') continue;
    const b = agentBaseline(base, agent.limits);
    if (b) issues.push(...judgeBaseline(b, `Agent ${agent.id}`, ['agents', ai, 'limits'], agent.limits));
  }
  return issues;
}

/** The measures of how much of an agent is given: a hard upper limit on one of them is its dose ceiling. */
const DOSE_MEASURES: readonly Measure[] = ['dose-rate', 'dose-rate-per-kg', 'session-dose', 'session-dose-per-kg'];

/**
 * An agent a protocol plans has at least one hard upper limit on a dose or dose rate in force in
 * every care area for every patient; without one, nothing but soft findings stands between an
 * ordering slip and the pump. `hard_limit_missing` at the agent's limits.
 */
function checkAgentHasHardCeiling(agent: Agent, ai: number, protocols: readonly Protocol[]): Issue[] {
  const planned = protocols.filter((p) => p.agent === agent.id);
  if (planned.length === 0) return [];
  // Each protocol needs a ceiling of its own: a limit that belongs to other protocols is not one.
  const ceilingFor = (p: Protocol) =>
    agent.limits.some((l) => {
      const m = readMeasure(dec(l.value), l.unit);
      return (
        l.severity === 'hard' &&
        l.bound === 'upper' &&
        l.careAreas === undefined &&
        l.condition === undefined &&
        belongsToProtocol(l, p.id) &&
        m &&
        DOSE_MEASURES.includes(m.measure)
      );
    });
  if (planned.every(ceilingFor)) return [];
  return [
    {
      code: 'hard_limit_missing',
      path: ['agents', ai, 'limits'],
      message: `Agent ${agent.id} is planned by a protocol but has no hard upper limit on its dose or dose rate that applies in every care area to every patient.`,
    },
  ];
}

/**
 * Every catalogue bounds the patient's weight, height and age with a hard lower and a hard upper
 * limit, each at least as strict as the built-in adult limit (a 0.5 kg or a 2,000 kg patient is a
 * unit or typing slip, never a dose to plan), and puts each soft patient limit inside the hard ones.
 */
export function checkPatientLimitsSafety(limits: readonly Limit[]): Issue[] {
  const issues: Issue[] = [];
  for (const base of ADULT_PATIENT_LIMITS) {
    if (base.severity !== 'hard') continue;
    const kind = patientKind(base);
    const candidates = limits.flatMap((l, i) =>
      l.severity === 'hard' && l.bound === base.bound && patientKind(l) === kind && l.unit === base.unit ? [{ i, value: dec(l.value) }] : [],
    );
    issues.push(...judgeBaseline({ limit: base, value: dec(base.value), candidates }, 'The catalogue', ['patientLimits'], limits));
  }
  return [...issues, ...patientSoftOutsideHard(limits)];
}

/** A soft patient limit outside a hard one on the same measure can never be reached: `limits_out_of_order`. */
function patientSoftOutsideHard(limits: readonly Limit[]): Issue[] {
  const issues: Issue[] = [];
  limits.forEach((s, i) => {
    if (s.severity !== 'soft') return;
    const hard = limits.find(
      (h) => h.severity === 'hard' && h.bound === s.bound && patientKind(h) === patientKind(s) && !isAsStrict(s.bound, dec(s.value), dec(h.value)),
    );
    if (hard) {
      issues.push({
        code: 'limits_out_of_order',
        path: ['patientLimits', i],
        message: `Patient limit ${s.id} (${s.value} ${s.unit}) lies outside the hard limit ${hard.id} (${hard.value} ${hard.unit}).`,
      });
    }
  });
  return issues;
}

/**
 * The lightest adult the catalogue plans for without an acknowledgement: its highest soft lower
 * weight limit, else its highest hard one; `undefined` when it has neither (already an issue).
 * Weight-dependent catalogue checks are made at this weight.
 */
export function lightestWeightKg(limits: readonly Limit[]): Dec | undefined {
  const lower = (severity: 'soft' | 'hard') =>
    limits.filter((l) => patientKind(l) === 'weight' && l.bound === 'lower' && l.severity === severity && l.unit === 'kg').map((l) => dec(l.value));
  const pick = (xs: Dec[]) => xs.reduce<Dec | undefined>((m, x) => (m === undefined || x.gt(m) ? x : m), undefined);
  return pick(lower('soft')) ?? pick(lower('hard'));
}

/**
 * The safety nets of one agent: the built-in agent's hard limits and display unit when it has a
 * built-in id, and a hard dose ceiling when a protocol plans it (reported once: a built-in hard
 * limit found missing already says so).
 */
export function checkAgentSafety(agent: Agent, ai: number, protocols: readonly Protocol[]): Issue[] {
  const builtin = checkAgentAgainstBuiltin(agent, ai);
  if (builtin.some((i) => i.code === 'hard_limit_missing')) return builtin;
  return [...builtin, ...checkAgentHasHardCeiling(agent, ai, protocols)];
}
