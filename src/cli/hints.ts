/**
 * "Did you mean" for the command line: a refused protocol id, agent id or JSON key gets the one to
 * three closest names that exist (src/cli/suggest.ts), instead of a list of every id. Protocol and
 * agent ids come from the catalogue the command planned against; the JSON keys that exist at a place
 * come from the JSON Schema the package ships for that request (schemas/).
 */
import { readFileSync } from 'node:fs';
import { BUILTIN_CATALOGUE, type Catalogue } from 'infusion-dose';
import type { CliIssue } from './issues.js';
import { didYouMean } from './suggest.js';

/** What a command knows to suggest from. */
export interface Hints {
  /** The catalogue planned against (the built-in one when not given). */
  readonly catalogue?: Catalogue;
  /** The request's schema file in schemas/, e.g. `plan-input`. */
  readonly schema?: string;
}

type JsonSchema = {
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly $ref?: string;
  readonly $defs?: Readonly<Record<string, JsonSchema>>;
};

const SCHEMAS = new Map<string, JsonSchema | null>();

/** A shipped schema by name, read once; `null` when the package has no such file. */
function readSchema(name: string): JsonSchema | null {
  if (!SCHEMAS.has(name)) {
    try {
      SCHEMAS.set(name, JSON.parse(readFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url), 'utf8')) as JsonSchema);
    } catch {
      SCHEMAS.set(name, null);
    }
  }
  return SCHEMAS.get(name) ?? null;
}

/** The schemas a node stands for: itself, what its `$ref` points to, and the branches of any/one/allOf. */
function branches(node: JsonSchema, root: JsonSchema, depth = 0): JsonSchema[] {
  if (depth > 8) return [];
  const ref = node.$ref?.startsWith('#/$defs/') === true ? root.$defs?.[node.$ref.slice('#/$defs/'.length)] : undefined;
  const alternatives = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? []), ...(ref !== undefined ? [ref] : [])];
  return [node, ...alternatives.flatMap((b) => branches(b, root, depth + 1))];
}

/**
 * The keys a schema allows in the object at `path` (array indexes step into `items`).
 *
 * @returns The keys, or an empty list when the schema does not say (an open value, or no schema).
 */
export function keysAt(schemaName: string, path: readonly (string | number)[]): string[] {
  const root = readSchema(schemaName);
  if (root === null) return [];
  let nodes: JsonSchema[] = [root];
  for (const step of path) {
    nodes = nodes.flatMap((n) => branches(n, root)).flatMap((n) => (typeof step === 'number' ? (n.items ?? []) : (n.properties?.[step] ?? [])));
  }
  return [...new Set(nodes.flatMap((n) => branches(n, root)).flatMap((n) => Object.keys(n.properties ?? {})))];
}

/** The id a refusal received, as typed (issues carry it JSON-quoted). */
function receivedText(issue: CliIssue): string | undefined {
  if (issue.received === undefined) return undefined;
  try {
    const v = JSON.parse(issue.received) as unknown;
    return typeof v === 'string' ? v : undefined;
  } catch {
    return issue.received;
  }
}

/** An unknown protocol: the library's message without its list of ids, and the closest ids instead. */
function protocolHint(issue: CliIssue, catalogue: Catalogue): CliIssue {
  const typed = receivedText(issue);
  if (typed === undefined) return issue;
  const ids = catalogue.protocols.map((p) => p.id);
  const base = issue.message.replace(/;\s*known:[\s\S]*$/, '.');
  // The library's `expected` lists ids too; the suggestions are in the message, so it is dropped rather than said twice.
  const { expected: _listed, ...rest } = issue;
  return { ...rest, message: `${base}${didYouMean(typed, ids)} \`infusion-dose catalogue\` lists all ${ids.length}.` };
}

/** An unknown key: the closest keys the schema allows at that place. */
function keyHint(issue: CliIssue, schema: string): CliIssue {
  const key = issue.path[issue.path.length - 1];
  if (typeof key !== 'string') return issue;
  const hint = didYouMean(key, keysAt(schema, issue.path.slice(0, -1)));
  return hint === '' ? issue : { ...issue, message: `${issue.message}${hint}` };
}

/** An unknown agent in a request: the closest agent ids of the catalogue. */
function agentHint(issue: CliIssue, catalogue: Catalogue): CliIssue {
  const typed = receivedText(issue);
  if (typed === undefined) return issue;
  const hint = didYouMean(
    typed,
    catalogue.agents.map((a) => a.id),
  );
  return hint === '' ? issue : { ...issue, message: `${issue.message}${hint}` };
}

/**
 * Adds "did you mean" to the issues that name something unknown.
 *
 * @param issues - The issues as refused.
 * @param hints - The catalogue and the request's schema.
 * @returns The same issues, in the same order and with the same codes and paths.
 */
export function withHints(issues: readonly CliIssue[], hints: Hints = {}): CliIssue[] {
  const catalogue = hints.catalogue ?? BUILTIN_CATALOGUE;
  return issues.map((issue) => {
    if (issue.code === 'unknown_protocol') return protocolHint(issue, catalogue);
    if (issue.code === 'unknown_agent') return agentHint(issue, catalogue);
    if (issue.code === 'unknown_key' && hints.schema !== undefined) return keyHint(issue, hints.schema);
    return issue;
  });
}
