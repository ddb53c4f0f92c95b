// The folder-level import graph of src/ and the two checks run on it: imports that run up a declared
// layer order, and cycles. Imports are read with the TypeScript parser, not a regular expression, so
// `import type`, `export ... from`, `export * as`, side-effect imports, dynamic `import()` and
// `import('x').T` types all count, and text that only looks like an import (in a string or a comment)
// does not.
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import ts from 'typescript';

/** The package's own name: src/cli imports the library by it (a self-reference), meaning src/index.ts. */
export const PACKAGE_NAME = 'infusion-dose';

/** The node for the files directly in src/ (index.ts, calculator.ts): the public surface. */
export const ROOT_FOLDER = 'api';

/** One import statement (or dynamic import) between two files, as paths from the repository root. */
export interface FileImport {
  readonly from: string;
  readonly to: string;
}

/** A folder-level edge and the file-level imports that make it. */
export interface FolderEdge {
  readonly from: string;
  readonly to: string;
  readonly imports: readonly FileImport[];
}

/** A folder-level edge written `from -> to`, the form the ratchet lists use. */
export type EdgeName = `${string} -> ${string}`;

export function edgeName(from: string, to: string): EdgeName {
  return `${from} -> ${to}`;
}

/** Every module specifier a TypeScript file names, in source order. */
export function moduleSpecifiersOf(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const specifier = specifierOf(node);
    if (specifier !== undefined) found.push(specifier);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function specifierOf(node: ts.Node): string | undefined {
  // import x from 'm'; import type { T } from 'm'; import 'm'; export { x } from 'm'; export * as n from 'm'
  if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier !== undefined) {
    return ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : undefined;
  }
  // import x = require('m')
  if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
    const expression = node.moduleReference.expression;
    return ts.isStringLiteral(expression) ? expression.text : undefined;
  }
  // await import('m')
  if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
    const [argument] = node.arguments;
    if (argument !== undefined && ts.isStringLiteralLike(argument)) return argument.text;
    throw new Error(`a dynamic import with a computed specifier cannot be placed in the graph: ${node.getText()}`);
  }
  // type T = import('m').T
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
    return node.argument.literal.text;
  }
  return undefined;
}

/**
 * The file a specifier names, among the known files, or undefined for a package outside the project
 * (zod, node:fs). A relative specifier that names no known file is an error, never skipped silently.
 */
export function resolveSpecifier(fromFile: string, specifier: string, known: ReadonlySet<string>): string | undefined {
  if (specifier === PACKAGE_NAME) return 'src/index.ts';
  if (specifier.startsWith(`${PACKAGE_NAME}/`)) throw new Error(`${fromFile}: deep self-import ${specifier} is not in the package exports`);
  if (!specifier.startsWith('.')) return undefined;
  const target = posix.normalize(posix.join(posix.dirname(fromFile), specifier));
  const stem = target.replace(/\.(?:js|mjs|ts|mts)$/, '');
  for (const candidate of [`${stem}.ts`, `${stem}/index.ts`, target]) if (known.has(candidate)) return candidate;
  throw new Error(`${fromFile}: cannot resolve ${specifier} to a file under src/`);
}

/** The graph node of a file under src/: its top folder, or ROOT_FOLDER for a file directly in src/. */
export function folderOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] !== 'src' || parts.length < 2) throw new Error(`${file} is not under src/`);
  return parts.length === 2 ? ROOT_FOLDER : (parts[1] as string);
}

/** The TypeScript files under a folder, as paths from `root` with forward slashes, sorted. */
export function listSourceFiles(root: string, folder = 'src'): string[] {
  return readdirSync(`${root}${folder}`, { recursive: true, encoding: 'utf8' })
    .map((file) => `${folder}/${file.replaceAll('\\', '/')}`)
    .filter((file) => file.endsWith('.ts'))
    .sort();
}

/** The folder-level graph: one edge per pair of different folders with at least one import between them. */
export function buildFolderGraph(files: ReadonlyMap<string, string>): FolderEdge[] {
  const known = new Set(files.keys());
  const edges = new Map<EdgeName, FileImport[]>();
  for (const [from, text] of files) {
    for (const specifier of moduleSpecifiersOf(from, text)) {
      const to = resolveSpecifier(from, specifier, known);
      if (to === undefined || folderOf(from) === folderOf(to)) continue;
      const name = edgeName(folderOf(from), folderOf(to));
      const imports = edges.get(name) ?? [];
      if (!imports.some((i) => i.from === from && i.to === to)) imports.push({ from, to });
      edges.set(name, imports);
    }
  }
  return [...edges]
    .map(([name, imports]) => {
      const [from, to] = name.split(' -> ') as [string, string];
      return { from, to, imports };
    })
    .sort((a, b) => edgeName(a.from, a.to).localeCompare(edgeName(b.from, b.to)));
}

/** Reads every TypeScript file under src/ and builds its folder graph. */
export function readFolderGraph(root: string): FolderEdge[] {
  const files = new Map(listSourceFiles(root).map((file) => [file, readFileSync(`${root}${file}`, 'utf8')] as const));
  return buildFolderGraph(files);
}

/** A layer order, bottom first: a folder may import its own layer and those below it. */
export type Layers = readonly { readonly name: string; readonly folders: readonly string[] }[];

/** Folders that appear in the graph but in no layer, and folders placed in more than one. */
export function unplacedFolders(folders: Iterable<string>, layers: Layers): string[] {
  const placed = layers.flatMap((layer) => layer.folders);
  const twice = placed.filter((folder, index) => placed.indexOf(folder) !== index);
  return [...new Set([...folders].filter((folder) => !placed.includes(folder)).concat(twice))].sort();
}

/** The edges that run from a lower layer to a higher one. */
export function upwardEdges<E extends { readonly from: string; readonly to: string }>(edges: readonly E[], layers: Layers): E[] {
  const rank = new Map(layers.flatMap((layer, index) => layer.folders.map((folder) => [folder, index] as const)));
  return edges.filter((edge) => {
    const from = rank.get(edge.from);
    const to = rank.get(edge.to);
    if (from === undefined || to === undefined) throw new Error(`${edgeName(edge.from, edge.to)}: a folder with no layer`);
    return to > from;
  });
}

/**
 * The cycles of a directed graph, as its strongly connected components of two or more nodes (Tarjan),
 * each sorted, the list sorted by first node. Every folder in a component can reach every other.
 */
export function findCycles(edges: readonly { readonly from: string; readonly to: string }[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    next.set(from, [...(next.get(from) ?? []), to]);
    if (!next.has(to)) next.set(to, []);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) as number);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node) as number, low.get(target) as number));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node) as number, index.get(target) as number));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) components.push(component.sort());
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) connect(node);
  return components.sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

/** One line per edge with the file-level imports under it, for a failure message a person can act on. */
export function describeEdges(edges: readonly FolderEdge[]): string {
  return edges.map((edge) => [`${edgeName(edge.from, edge.to)}:`, ...edge.imports.map((i) => `    ${i.from} imports ${i.to}`)].join('\n')).join('\n');
}
