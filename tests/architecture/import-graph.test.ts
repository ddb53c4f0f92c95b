// The layer test is only worth its green if its detector can go red: these run the parser, the layer
// check and the cycle finder on small made-up graphs where the answer is known.
import { describe, expect, it } from 'vitest';
import {
  type FolderEdge,
  type Layers,
  buildFolderGraph,
  edgeName,
  findCycles,
  folderOf,
  moduleSpecifiersOf,
  resolveSpecifier,
  unplacedFolders,
  upwardEdges,
} from './import-graph.js';

const edge = (from: string, to: string): FolderEdge => ({ from, to, imports: [] });
const names = (edges: readonly FolderEdge[]): string[] => edges.map((e) => edgeName(e.from, e.to));

describe('reading imports', () => {
  it('finds every import form, and nothing that only looks like one', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from './b.js';",
      "import './side-effect.js';",
      "import * as z from 'zod/mini';",
      "export { c } from './c.js';",
      "export type { D } from './d.js';",
      "export * as e from './e.js';",
      "import f = require('./f.js');",
      "type G = import('./g.js').G;",
      "const h = await import('./h.js');",
      'const text = "import { x } from \'./not-an-import.js\'";',
      "// import { y } from './not-an-import-either.js';",
      '/* export * from "./nor-this.js"; */',
    ].join('\n');
    expect(moduleSpecifiersOf('src/x/index.ts', text)).toEqual([
      './a.js',
      './b.js',
      './side-effect.js',
      'zod/mini',
      './c.js',
      './d.js',
      './e.js',
      './f.js',
      './g.js',
      './h.js',
    ]);
  });

  it('refuses a dynamic import it cannot place', () => {
    expect(() => moduleSpecifiersOf('src/x/a.ts', 'await import(name);')).toThrow(/computed specifier/);
  });

  it('resolves relative files, folder indexes and the package self-reference; skips other packages', () => {
    const known = new Set(['src/index.ts', 'src/units/index.ts', 'src/units/quantity.ts', 'src/plan/types.ts']);
    expect(resolveSpecifier('src/plan/types.ts', '../units/quantity.js', known)).toBe('src/units/quantity.ts');
    expect(resolveSpecifier('src/plan/types.ts', '../units/index.js', known)).toBe('src/units/index.ts');
    expect(resolveSpecifier('src/plan/types.ts', '../units', known)).toBe('src/units/index.ts');
    expect(resolveSpecifier('src/cli/main.ts', 'infusion-dose', known)).toBe('src/index.ts');
    expect(resolveSpecifier('src/plan/types.ts', 'decimal.js', known)).toBeUndefined();
    expect(resolveSpecifier('src/plan/types.ts', 'node:fs', known)).toBeUndefined();
    expect(() => resolveSpecifier('src/plan/types.ts', './missing.js', known)).toThrow(/cannot resolve/);
  });

  it('names a file by its top folder under src/, and the files in src/ itself api', () => {
    expect(folderOf('src/units/quantity.ts')).toBe('units');
    expect(folderOf('src/catalogue/deep/er.ts')).toBe('catalogue');
    expect(folderOf('src/index.ts')).toBe('api');
    expect(() => folderOf('tests/x.test.ts')).toThrow(/not under src/);
  });

  it('builds one folder edge per pair, with its file imports, and no edge inside a folder', () => {
    const files = new Map([
      ['src/index.ts', "export { plan } from './plan/plan.js';\nexport type { Q } from './units/q.js';"],
      ['src/plan/plan.ts', "import { q } from '../units/q.js';\nimport type { Q } from '../units/q.js';\nimport { t } from './types.js';"],
      ['src/plan/types.ts', "import type { Q } from '../units/q.js';"],
      ['src/units/q.ts', "import Decimal from 'decimal.js';"],
      ['src/cli/main.ts', "import { plan } from 'infusion-dose';"],
    ]);
    const graph = buildFolderGraph(files);
    expect(names(graph)).toEqual(['api -> plan', 'api -> units', 'cli -> api', 'plan -> units']);
    expect(graph.find((e) => e.from === 'plan')?.imports).toEqual([
      { from: 'src/plan/plan.ts', to: 'src/units/q.ts' },
      { from: 'src/plan/types.ts', to: 'src/units/q.ts' },
    ]);
  });
});

describe('the layer check', () => {
  const layers: Layers = [
    { name: 'core', folders: ['units'] },
    { name: 'stages', folders: ['pump', 'patient'] },
    { name: 'pipeline', folders: ['plan'] },
  ];

  it('passes imports down and within a layer, and fails each one that runs up', () => {
    const graph = [edge('plan', 'pump'), edge('pump', 'units'), edge('pump', 'patient'), edge('units', 'plan'), edge('patient', 'plan')];
    expect(names(upwardEdges(graph, layers))).toEqual(['units -> plan', 'patient -> plan']);
    expect(upwardEdges([edge('plan', 'units'), edge('patient', 'pump')], layers)).toEqual([]);
  });

  it('refuses a folder with no layer, and reports folders unplaced or placed twice', () => {
    expect(() => upwardEdges([edge('plan', 'newcomer')], layers)).toThrow(/no layer/);
    expect(unplacedFolders(['units', 'plan', 'newcomer'], layers)).toEqual(['newcomer']);
    expect(unplacedFolders(['units'], [...layers, { name: 'again', folders: ['units'] }])).toEqual(['units']);
  });
});

describe('the cycle finder', () => {
  it('finds no cycle in a graph without one', () => {
    expect(findCycles([edge('a', 'b'), edge('b', 'c'), edge('a', 'c')])).toEqual([]);
  });

  it('finds a two-folder cycle, a longer one and keeps them apart', () => {
    const graph = [edge('a', 'b'), edge('b', 'a'), edge('c', 'd'), edge('d', 'e'), edge('e', 'c'), edge('e', 'f'), edge('b', 'c')];
    expect(findCycles(graph)).toEqual([
      ['a', 'b'],
      ['c', 'd', 'e'],
    ]);
  });

  it('merges cycles that share a folder into one component', () => {
    expect(findCycles([edge('a', 'b'), edge('b', 'a'), edge('b', 'c'), edge('c', 'b')])).toEqual([['a', 'b', 'c']]);
  });

  it('with a listed edge set aside, finds only the cycles that other edges still close', () => {
    const graph = [edge('catalogue', 'agents'), edge('agents', 'catalogue'), edge('agents', 'units')];
    expect(findCycles(graph.filter((e) => edgeName(e.from, e.to) !== 'catalogue -> agents'))).toEqual([]);
    expect(findCycles(graph.filter((e) => edgeName(e.from, e.to) !== 'agents -> units'))).toEqual([['agents', 'catalogue']]);
  });
});
