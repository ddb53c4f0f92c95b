// The dependency direction of STYLE.md, held by a test: the top folders of src/ are placed in layers,
// bottom first, and an import may go to its own layer or down, never up, and never round a cycle.
// Today's code breaks that in known places; those are listed below and may only be removed.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type EdgeName, type Layers, describeEdges, edgeName, findCycles, readFolderGraph, unplacedFolders, upwardEdges } from './import-graph.js';

/**
 * The intended layer order, bottom first: STYLE.md's "core at the bottom, then catalogue, prepare, stages
 * and rules, pipeline, present, api; cli, interop and format outside", written with today's folders.
 * Files directly in src/ (index.ts, calculator.ts) are the folder `api`. Two placements differ from a
 * literal reading of STYLE.md, on purpose:
 * - schema/ (the door) sits below prepare and the stages, where STYLE.md's layout lists it: the door
 *   makes the typed values (PlanInput, HistorySession, Issue) that every later layer consumes;
 * - present/ sits below pipeline/: each pipeline step asks a presenter to write its trace step from
 *   stage values, and a presenter must never reach back into the pipeline.
 */
const LAYERS: Layers = [
  // decimal.js stays behind decimal/; units are the closed set of units and their exact factors.
  { name: 'core', folders: ['decimal', 'units'] },
  // catalogue/types.ts: the shapes of agents, products and protocols (builtin.ts and validate*.ts belong higher).
  { name: 'catalogue types', folders: ['catalogue'] },
  { name: 'clinical data', folders: ['agents', 'protocols'] },
  // The only importer of zod: untrusted input in, typed values and coded issues out.
  { name: 'input door', folders: ['schema'] },
  { name: 'prepared protocol', folders: ['prepare'] },
  // verify is here, below the planner, on purpose: checkPlan is an independent second check of a plan
  // that shares no arithmetic with the planner; it may read core and public types only.
  { name: 'stages and rules', folders: ['patient', 'compounding', 'pump', 'titration', 'stages', 'checks', 'rules', 'verify'] },
  { name: 'presenters of the working', folders: ['present'] },
  { name: 'pipeline', folders: ['pipeline'] },
  // planInfusion, planCombination, planCourse (over planInfusion) and planNasal.
  { name: 'planners', folders: ['plan', 'course', 'nasal'] },
  // Readers of a finished plan: display and FHIR.
  { name: 'outside formats', folders: ['format', 'interop'] },
  { name: 'public api', folders: ['api'] },
  // Node-only code, which imports the library by its published name.
  { name: 'command line', folders: ['cli'] },
];

/**
 * KNOWN_UPWARD_IMPORTS: every folder edge that runs up LAYERS today, and why.
 *
 * THIS LIST MUST ONLY SHRINK. Remove an entry in the commit that removes the last import behind it (the
 * test fails while a listed edge no longer exists, so the list stays honest). Never add one: move the
 * type or module instead. Every folder cycle today closes through one of these edges, so with them set
 * aside the graph must have no cycle at all.
 */
const KNOWN_UPWARD_IMPORTS: readonly { readonly edge: EdgeName; readonly cause: string }[] = [
  // catalogue/ holds more than the types: builtin.ts assembles the built-in catalogue from the data and
  // validate*.ts run the zod schema. These edges put catalogue in a cycle with agents, protocols,
  // patient, schema and titration.
  { edge: 'catalogue -> agents', cause: 'catalogue/builtin.ts assembles the built-in catalogue from agents/*' },
  { edge: 'catalogue -> protocols', cause: 'catalogue/builtin.ts assembles the built-in catalogue from protocols/*' },
  { edge: 'catalogue -> patient', cause: 'catalogue/builtin.ts takes ADULT_PATIENT_LIMITS (data) from patient/limits.ts' },
  { edge: 'catalogue -> schema', cause: 'catalogue/validate.ts runs schema/catalogue.ts; validate*.ts return the Issue type of schema/issues.ts' },
  { edge: 'catalogue -> titration', cause: 'catalogue/types.ts: Protocol names the TitrationRule type of titration/types.ts' },
  // Titration rules are sourced data records, kept with the titration logic.
  { edge: 'protocols -> titration', cause: 'three protocols take their titration rule records from titration/rules.ts' },
  { edge: 'schema -> patient', cause: 'schema/input-patient.ts and input.ts read SEXES, Sex and creatinineMgDl from patient/' },
  { edge: 'prepare -> checks', cause: 'prepare/protocol.ts takes limitsForCareArea from checks/agent-limits.ts' },
  { edge: 'stages -> course', cause: 'stages/window.ts takes daysBetween from course/dates.ts' },
  // plan/ holds the planners, and also the public result types (Check, TraceStep, Plan in types.ts), the
  // dose stage (dose.ts) and the plan object (assemble.ts) that the layers below need.
  { edge: 'checks -> plan', cause: 'checks/*.ts return the Check type of plan/types.ts' },
  { edge: 'rules -> plan', cause: 'rules/*.ts return the Check type of plan/types.ts' },
  { edge: 'stages -> plan', cause: 'stages/pump-program.ts reads OrderedDose and ResolvedParam from plan/dose.ts' },
  { edge: 'verify -> plan', cause: 'verify/check-plan*.ts read the Plan type of plan/types.ts' },
  { edge: 'present -> plan', cause: 'present/trace-*.ts build TraceStep of plan/types.ts; trace-dose.ts reads plan/dose.ts types' },
  { edge: 'pipeline -> plan', cause: 'pipeline/ runs plan/dose.ts (orderDose, checkParam) and plan/assemble.ts; types of plan/types.ts' },
];

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
