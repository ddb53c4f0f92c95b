// The dependency direction of STYLE.md, held by a test: the top folders of src/ are placed in layers,
// bottom first, and an import may go to its own layer or down, never up, and never round a cycle.
// Today's code breaks that in known places; those are listed below and may only be removed.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type EdgeName, type Layers, describeEdges, edgeName, findCycles, readFolderGraph, unplacedFolders, upwardEdges } from './import-graph.js';

/**
 * The intended layer order, bottom first: STYLE.md's "core at the bottom, then catalogue, prepare, stages
 * and rules, pipeline, present, api; cli, interop and format outside", written with today's folders.
 * Files directly in src/ (index.ts) are the folder `api`. Placements that differ from a literal reading
 * of STYLE.md, on purpose:
 * - types/ (the public plan and issue types) sits just above the catalogue shapes: every stage, rule,
 *   presenter and checkPlan returns or reads them, and they import nothing but units and catalogue types;
 * - patient/ (plausibility limits and body-size formulas) sits with the data, below the door, which
 *   reads SEXES and the creatinine conversion from it;
 * - formulary/ (the built-in catalogue and catalogue validation) sits above the data and the door: it
 *   assembles agents and protocols and runs the zod catalogue schema;
 * - present/ sits below pipeline/: each pipeline step asks a presenter to write its working from stage
 *   values, and a presenter never reaches back into the pipeline;
 * - verify/ sits beside the planners' inputs, not above them: checkPlan is an independent second check
 *   that reads core and public types only.
 */
const LAYERS: Layers = [
  // decimal.js stays behind decimal/; units are the closed set of units and their exact factors.
  { name: 'core', folders: ['decimal', 'units', 'dates'] },
  // The shapes of agents, products, protocols and titration rules: types only.
  { name: 'catalogue types', folders: ['catalogue'] },
  { name: 'public types', folders: ['types'] },
  { name: 'clinical data', folders: ['agents', 'protocols', 'patient'] },
  // The only importer of zod: untrusted input in, typed values and coded issues out.
  { name: 'input door', folders: ['schema'] },
  { name: 'formulary', folders: ['formulary'] },
  { name: 'arithmetic', folders: ['compounding', 'pump'] },
  { name: 'rules on limits', folders: ['checks', 'titration'] },
  { name: 'prepared protocol', folders: ['prepare'] },
  { name: 'stages and rules', folders: ['stages', 'rules'] },
  { name: 'presenters', folders: ['present'] },
  { name: 'pipeline', folders: ['pipeline'] },
  // planInfusion, planCombination, the calculator; planCourse (over planInfusion); planNasalSpray.
  { name: 'planners', folders: ['plan'] },
  { name: 'planners over planners', folders: ['course', 'nasal'] },
  // Readers of a finished plan: the independent re-check, display and FHIR.
  { name: 'readers of a plan', folders: ['verify', 'format', 'interop'] },
  { name: 'public api', folders: ['api'] },
  // Node-only code, which imports the library by its published name.
  { name: 'command line', folders: ['cli'] },
];

/**
 * KNOWN_UPWARD_IMPORTS: every folder edge that runs up LAYERS today, and why. Empty since the folder
 * moves that made the graph acyclic; it stays as the place a reviewer would see one added.
 *
 * THIS LIST MUST ONLY SHRINK. Never add an entry: move the type or module down instead.
 */
const KNOWN_UPWARD_IMPORTS: readonly { readonly edge: EdgeName; readonly cause: string }[] = [];

const root = fileURLToPath(new URL('../../', import.meta.url));
const graph = readFolderGraph(root);
const folders = new Set(graph.flatMap((edge) => [edge.from, edge.to]));
const known = new Set(KNOWN_UPWARD_IMPORTS.map((entry) => entry.edge));

describe('layers of src/', () => {
  it('places every folder in exactly one layer, and names only folders that exist', () => {
    expect(unplacedFolders(folders, LAYERS)).toEqual([]);
    expect(LAYERS.flatMap((layer) => layer.folders).filter((folder) => !folders.has(folder))).toEqual([]);
  });

  it('has no import that runs up the layers, except the known ones', () => {
    const added = upwardEdges(graph, LAYERS).filter((edge) => !known.has(edgeName(edge.from, edge.to)));
    const names = added.map((edge) => edgeName(edge.from, edge.to));
    expect(names, `new upward imports; move the code or the type down instead:\n${describeEdges(added)}\n`).toEqual([]);
  });

  it('lists each known upward import once, and only while it still exists', () => {
    const upward = new Set(upwardEdges(graph, LAYERS).map((edge) => edgeName(edge.from, edge.to)));
    expect(new Set(known).size).toBe(KNOWN_UPWARD_IMPORTS.length);
    const gone = [...known].filter((edge) => !upward.has(edge));
    expect(gone, 'these edges are gone or no longer run up: delete them from KNOWN_UPWARD_IMPORTS').toEqual([]);
  });

  it('has no cycle between folders once the known upward imports are set aside', () => {
    const rest = graph.filter((edge) => !known.has(edgeName(edge.from, edge.to)));
    const cycles = findCycles(rest);
    const inCycles = rest.filter((edge) => cycles.some((cycle) => cycle.includes(edge.from) && cycle.includes(edge.to)));
    expect(cycles, `folder cycles:\n${describeEdges(inCycles)}\n`).toEqual([]);
  });
});
