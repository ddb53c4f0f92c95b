/**
 * The checks on a protocol that keep an agent's hard limits meaningful: its caps sit at or below
 * them, its stated and clearance-band doses do not break them for an ordinary adult (a fixed dose
 * against a per-kg limit is judged at the catalogue's lightest usual weight), its bag is one the
 * diluent is stocked in, and its agent's mass unit shows its doses without a run of leading zeros.
 */
import { belongsToProtocol } from '../catalogue/scope.js';
import { type Dec, dec } from '../decimal/index.js';
import type { Issue } from '../types/issues.js';
import { type Measure, fromMgTo, readMeasure } from '../units/measure.js';
import type { Agent, Diluent, DoseParameter, Limit, Protocol } from '../catalogue/types.js';

type Path = (string | number)[];

/** The per-kg measure a fixed dose is compared with at a weight. */
const PER_KG: Partial<Record<Measure, Measure>> = { 'dose-rate': 'dose-rate-per-kg', 'session-dose': 'session-dose-per-kg' };

/**
 * The agent's hard upper limits in force in every care area for every patient, read into base units
 * (limits whose unit cannot be read are reported elsewhere). A protocol serves every care area and
 * patient, so a limit for one care area or one risk is not a fault in it: that limit refuses the
 * plans it applies to.
 */
function hardUpper(agent: Agent, protocol: Protocol): { limit: Limit; measure: Measure; base: Dec }[] {
  return agent.limits.flatMap((limit) => {
    if (limit.severity !== 'hard' || limit.bound !== 'upper' || limit.careAreas !== undefined || limit.condition !== undefined) return [];
    // A limit that belongs to other protocols is not this protocol's.
    if (!belongsToProtocol(limit, protocol.id)) return [];
    const m = readMeasure(dec(limit.value), limit.unit);
    return m ? [{ limit, ...m }] : [];
  });
}

/**
 * Every problem with protocol `p` (index `pi`) that would leave one of its agent's hard limits
 * without effect or its bag unmade; `lightKg` is the catalogue's lightest usual adult weight.
 */
export function checkProtocolSafety(p: Protocol, pi: number, agent: Agent | undefined, diluents: readonly Diluent[], lightKg: Dec | undefined): Issue[] {
  const path: Path = ['protocols', pi];
  return [...(agent ? [...checkCaps(p, agent, path), ...checkDosesAtWeight(p, agent, lightKg, path)] : []), ...checkBagStocked(p, diluents, path)];
}

/** A cap above a hard limit on the same measure never binds before the limit refuses: `cap_above_hard_limit`. */
function checkCaps(p: Protocol, agent: Agent, path: Path): Issue[] {
  const limits = hardUpper(agent, p);
  return p.caps.flatMap((c, ci) => {
    const m = readMeasure(dec(c.value), c.unit);
    const broken = m ? limits.find((l) => l.measure === m.measure && m.base.gt(l.base)) : undefined;
    if (!broken) return [];
    return [
      {
        code: 'cap_above_hard_limit',
        path: [...path, 'caps', ci, 'value'],
        message: `Protocol ${p.id}: cap ${c.id} (${c.value} ${c.unit}) is above the hard limit ${broken.limit.id} (${broken.limit.value} ${broken.limit.unit}) of ${agent.id}; a cap must sit at or below it.`,
        expected: `at most ${broken.limit.value} ${broken.limit.unit}`,
        received: `${c.value} ${c.unit}`,
      },
    ];
  });
}

/** The doses a protocol states in a fixed (not per-kg) unit: its top rate and total, and its highest clearance-band dose. */
function fixedDoses(p: Protocol): { at: Path; value: Dec; unit: string }[] {
  const doses: { at: Path; value: Dec; unit: string }[] = [];
  for (const name of ['rate', 'total'] as const) {
    const param: DoseParameter | undefined = p[name];
    const top = param?.max ?? param?.value;
    if (param && top !== undefined) doses.push({ at: [name], value: dec(top), unit: param.unit });
  }
  const bands = p.clearanceBands;
  bands?.bands.forEach((b, bi) => {
    if (b.dose !== undefined) doses.push({ at: ['clearanceBands', 'bands', bi, 'dose'], value: dec(b.dose), unit: bands.unit });
  });
  return doses;
}

/**
 * A fixed dose must not break a hard limit of its agent: one in the same measure at any weight
 * (clearance-band doses; rate and total are checked with their ranges), one per kg at the lightest
 * usual adult weight (mg/kg = mg / kg). `dose_range_outside_hard_limit` at the dose.
 */
function checkDosesAtWeight(p: Protocol, agent: Agent, lightKg: Dec | undefined, path: Path): Issue[] {
  const limits = hardUpper(agent, p);
  const issues: Issue[] = [];
  for (const d of fixedDoses(p)) {
    const m = readMeasure(d.value, d.unit);
    if (!m) continue;
    const isBand = d.at[0] === 'clearanceBands';
    for (const l of limits) {
      const perKg = PER_KG[m.measure] === l.measure && lightKg !== undefined && lightKg.gt(0);
      const observed = perKg ? m.base.div(lightKg) : isBand && l.measure === m.measure ? m.base : undefined;
      if (observed === undefined || observed.lte(l.base)) continue;
      issues.push({
        code: 'dose_range_outside_hard_limit',
        path: [...path, ...d.at],
        message: `Protocol ${p.id}: its dose ${d.value.toFixed()} ${d.unit}${perKg ? ` for a ${lightKg.toFixed()} kg adult` : ''} breaks the hard limit ${l.limit.id} (${l.limit.value} ${l.limit.unit}) of ${agent.id}.`,
      });
    }
  }
  return issues;
}

/** A bag the protocol names must be one its diluent is stocked in, or the bag made is not the bag planned. */
function checkBagStocked(p: Protocol, diluents: readonly Diluent[], path: Path): Issue[] {
  const { containerKind, containerVolume, diluent } = p.preparation;
  const stock = diluents.find((d) => d.id === diluent);
  if (containerKind !== 'bag' || containerVolume === undefined || !stock) return [];
  if (stock.bagVolumes.some((v) => dec(v).eq(dec(containerVolume)))) return [];
  return [
    {
      code: 'bag_volume_not_stocked',
      path: [...path, 'preparation', 'containerVolume'],
      message: `Protocol ${p.id}: a ${containerVolume} mL bag of ${stock.id} is not stocked (bag volumes: ${stock.bagVolumes.join(', ')} mL).`,
      expected: stock.bagVolumes.join(', '),
      received: containerVolume,
    },
  ];
}

/**
 * The smallest dose a display may show in an agent's mass unit: 0.1. Below it the number needs
 * two or more zeros after the point (0.0125 g/h for 12.5 mg/h), the tenfold slip the reference
 * records as a known smart-pump hazard (ISMP 2020 Smart Pump Guidelines, cited in
 * shared/reference section 9, "Rounding convention"); the threshold itself is this library's choice.
 */
const SMALLEST_DISPLAYED = dec('0.1');

/** The lowest dose `param` states (min, else value, else usual), as shown in `massUnit` for a `kg` patient; `undefined` for no mass dose. */
function lowestShown(param: DoseParameter | undefined, massUnit: Agent['massUnit'], kg: Dec): { low: string; shown: Dec; perHour: boolean } | undefined {
  const low = param?.min ?? param?.value ?? param?.usual;
  if (!param || low === undefined) return undefined;
  const m = readMeasure(dec(low), param.unit);
  if (!m || m.measure === 'concentration' || m.measure === 'duration') return undefined;
  // mg (or mg/h) = mg/kg (or mg/kg/h) x kg; then in the agent's unit.
  const mg = m.measure === 'dose-rate-per-kg' || m.measure === 'session-dose-per-kg' ? m.base.mul(kg) : m.base;
  return { low, shown: fromMgTo(mg, massUnit), perHour: m.measure.startsWith('dose-rate') };
}

/**
 * An agent's mass unit must show each of its protocols' lowest stated doses (rate and total; per
 * kg at the lightest usual adult weight) as at least 0.1 of the unit: `mass_unit_mismatch` once
 * per agent, at its massUnit, naming the first dose that would not.
 */
export function checkDisplayUnit(agent: Agent, ai: number, protocols: readonly Protocol[], lightKg: Dec | undefined): Issue[] {
  if (lightKg === undefined) return [];
  for (const p of protocols.filter((x) => x.agent === agent.id)) {
    for (const name of ['rate', 'total'] as const) {
      const d = lowestShown(p[name], agent.massUnit, lightKg);
      if (!d || d.shown.gte(SMALLEST_DISPLAYED)) continue;
      return [
        {
          code: 'mass_unit_mismatch',
          path: ['agents', ai, 'massUnit'],
          message: `Agent ${agent.id}: protocol ${p.id}'s ${name} of ${d.low} ${p[name]?.unit} would show as ${d.shown.toFixed()} ${agent.massUnit}${d.perHour ? '/h' : ''} for a ${lightKg.toFixed()} kg adult; write its doses in a smaller mass unit.`,
          received: agent.massUnit,
        },
      ];
    }
  }
  return [];
}
