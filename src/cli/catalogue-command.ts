/** `infusion-dose catalogue`: the built-in agents and protocols, with sources and evidence grades. */
import { BUILTIN_CATALOGUE, type DoseParameter, type Protocol, type Source, getProtocol, listAgents, listProtocols } from 'infusion-dose';
import { EXIT } from './issues.js';
import { type Io, toJson } from './io.js';
import { refuse } from './refuse.js';

/** Flags of `catalogue`. */
export interface CatalogueFlags {
  readonly protocol?: string;
  readonly json?: boolean;
}

function src(s: Source): string {
  return `${s.citation} [${s.grade}${s.verified ? '' : ', UNVERIFIED'}]`;
}

function param(name: string, p: DoseParameter | undefined): string[] {
  if (p === undefined) return [];
  const parts = [
    ...(p.value !== undefined ? [`${p.value} ${p.unit}`] : ['clinician supplies']),
    ...(p.min !== undefined ? [`min ${p.min} ${p.unit}`] : []),
    ...(p.max !== undefined ? [`max ${p.max} ${p.unit}`] : []),
  ];
  return [`  ${name}: ${parts.join('; ')}`, `    source: ${src(p.source)}`];
}

function renderProtocol(p: Protocol): string {
  const lines = [
    `${p.name}`,
    `  id: ${p.id}  version: ${p.version}`,
    `  agent: ${p.agent}  indication: ${p.indication}  regimen: ${p.regimen}`,
    `  source: ${src(p.source)}`,
    ...param('rate', p.rate),
    ...param('total', p.total),
    ...param('duration', p.duration),
    `  schedule: ${p.schedule.description}`,
  ];
  for (const c of p.caps) lines.push(`  cap ${c.id}: ${c.value} ${c.unit}`, `    source: ${src(c.source)}`);
  for (const n of p.notes) lines.push(`  note: ${n.text}`, `    source: ${src(n.source)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `catalogue`.
 *
 * @returns 0, or 2 for an unknown `--protocol`.
 */
export function runCatalogue(flags: CatalogueFlags, io: Io): number {
  const json = flags.json === true;
  if (flags.protocol !== undefined) {
    const p = getProtocol(flags.protocol);
    if (p === undefined) {
      const known = listProtocols().map((x) => x.id);
      return refuse(
        io,
        'catalogue',
        [
          {
            code: 'unknown_protocol',
            path: ['protocol'],
            message: `No protocol "${flags.protocol}" in the built-in catalogue: use one of the ids listed by \`infusion-dose catalogue\`.`,
            expected: known.join(', '),
            received: JSON.stringify(flags.protocol),
          },
        ],
        json,
        true,
      );
    }
    io.out(json ? toJson(p) : renderProtocol(p));
    return EXIT.ok;
  }
  const agents = listAgents();
  const protocols = listProtocols();
  if (json) {
    io.out(
      toJson({
        catalogue: { id: BUILTIN_CATALOGUE.id, version: BUILTIN_CATALOGUE.version },
        agents: agents.map((a) => ({ id: a.id, name: a.name, massUnit: a.massUnit, products: a.products.map((x) => x.id), source: a.source })),
        protocols: protocols.map((p) => ({ id: p.id, version: p.version, name: p.name, agent: p.agent, indication: p.indication, source: p.source })),
      }),
    );
    return EXIT.ok;
  }
  const lines = [`Catalogue ${BUILTIN_CATALOGUE.id} version ${BUILTIN_CATALOGUE.version}`, '', `Agents (${agents.length})`];
  for (const a of agents) {
    lines.push(`  ${a.id}: ${a.name}`, `    source: ${src(a.source)}`, `    products: ${a.products.map((x) => x.id).join(', ')}`);
  }
  lines.push('', `Protocols (${protocols.length})`);
  for (const p of protocols) {
    lines.push(`  ${p.id} (version ${p.version}): ${p.name}`, `    agent ${p.agent}; ${p.indication}`, `    source: ${src(p.source)}`);
  }
  lines.push('', 'Details of one protocol: infusion-dose catalogue --protocol <id>');
  io.out(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
