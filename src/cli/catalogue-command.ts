/** `infusion-dose catalogue`: the built-in agents and protocols, with sources and evidence grades. */
import type { Catalogue, DoseParameter, Protocol, Source } from 'infusion-dose';
import { checkCatalogueFile, inCatalogue, loadCatalogue } from './catalogue-file.js';
import { EXIT } from './issues.js';
import { type Io, toJson } from './io.js';
import { refuse } from './refuse.js';

/** Flags of `catalogue`. */
export interface CatalogueFlags {
  readonly protocol?: string;
  readonly catalogue?: string;
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
export async function runCatalogue(flags: CatalogueFlags, io: Io): Promise<number> {
  const json = flags.json === true;
  const catalogue = await loadCatalogue(flags.catalogue);
  if (flags.protocol !== undefined) {
    const p = catalogue.protocols.find((x) => x.id === flags.protocol);
    if (p === undefined) {
      const issue = {
        code: 'unknown_protocol',
        path: ['protocol'],
        message: `No protocol "${flags.protocol}" in catalogue ${catalogue.id} ${catalogue.version}.`,
        received: JSON.stringify(flags.protocol),
      };
      return refuse(io, 'catalogue', [issue], json, true, { catalogue });
    }
    io.out(json ? toJson(p) : renderProtocol(p));
    return EXIT.ok;
  }
  return listCatalogue(catalogue, json, io);
}

/** The agents and protocols of a catalogue, as text or JSON. */
function listCatalogue(catalogue: Catalogue, json: boolean, io: Io): number {
  const { agents, protocols } = catalogue;
  if (json) {
    io.out(
      toJson({
        catalogue: { id: catalogue.id, version: catalogue.version },
        agents: agents.map((a) => ({ id: a.id, name: a.name, massUnit: a.massUnit, products: a.products.map((x) => x.id), source: a.source })),
        protocols: protocols.map((p) => ({ id: p.id, version: p.version, name: p.name, agent: p.agent, indication: p.indication, source: p.source })),
      }),
    );
    return EXIT.ok;
  }
  const lines = [`Catalogue ${catalogue.id} version ${catalogue.version}`, '', `Agents (${agents.length})`];
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

/**
 * Runs `catalogue validate FILE`: the file through the library's catalogue validation, every problem
 * listed at once (the schema's problems; then, once the shape is right, every rule the schema cannot
 * state: unique ids, references that resolve, limits in order, doses inside the hard limits).
 *
 * @returns 0 for a valid catalogue, 1 for one with problems, 2 when the file cannot be read or is not JSON.
 */
export async function runCatalogueValidate(file: string, flags: { readonly json?: boolean }, io: Io): Promise<number> {
  const checked = await checkCatalogueFile(file);
  const json = flags.json === true;
  if (checked.ok) {
    const { id, version, agents, protocols } = checked.catalogue;
    const summary = { id, version, agents: agents.length, protocols: protocols.length };
    io.out(
      json
        ? toJson({ ok: true, valid: true, catalogue: summary })
        : `${file}: valid catalogue ${id} version ${version} (${agents.length} agents, ${protocols.length} protocols).\n`,
    );
    return EXIT.ok;
  }
  const issues = inCatalogue(checked.issues);
  if (json) io.out(toJson({ ok: true, valid: false, issues }));
  else {
    const lines = [`${file}: NOT a valid catalogue (${issues.length} problem${issues.length === 1 ? '' : 's'}):`];
    for (const i of issues) lines.push(`  ${i.code} at ${i.path.join('.')}: ${i.message}`);
    io.out(`${lines.join('\n')}\n`);
  }
  return EXIT.attention;
}
