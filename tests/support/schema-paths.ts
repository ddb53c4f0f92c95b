// The property paths a JSON Schema names, for tests that compare schemas or check a path against one.

/** Every property path of a schema (`patient/weight/unit`), through `$ref`, `anyOf` and array items. */
export function keyPaths(schema: unknown, defs: Record<string, unknown>, prefix = '', seen: Set<string> = new Set()): Set<string> {
  const out = new Set<string>();
  const walk = (x: unknown, at: string, depth: number): void => {
    if (x === null || typeof x !== 'object' || depth > 12) return;
    const s = x as Record<string, unknown>;
    const ref = typeof s['$ref'] === 'string' ? s['$ref'].replace('#/$defs/', '') : undefined;
    if (ref !== undefined) {
      if (!seen.has(`${at}>${ref}`)) {
        seen.add(`${at}>${ref}`);
        walk(defs[ref], at, depth + 1);
      }
      return;
    }
    for (const branch of [...((s['anyOf'] as unknown[]) ?? []), ...((s['oneOf'] as unknown[]) ?? [])]) walk(branch, at, depth + 1);
    if (s['items'] !== undefined) walk(s['items'], at, depth + 1);
    for (const [k, v] of Object.entries((s['properties'] as Record<string, unknown>) ?? {})) {
      out.add(`${at}${k}`);
      walk(v, `${at}${k}/`, depth + 1);
    }
  };
  walk(schema, prefix, 0);
  return out;
}

/** The property paths of a whole schema, with its own `$defs` (or `definitions`), sorted. */
export const pathsOf = (s: Record<string, unknown>): string[] => [...keyPaths(s, (s['$defs'] ?? s['definitions'] ?? {}) as Record<string, unknown>)].sort();
