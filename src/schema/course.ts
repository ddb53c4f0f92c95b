/** The input door of course planning: one strict schema and its issue mapping. */
import * as z from 'zod/mini';
import { PATTERN_KINDS } from '../catalogue/types.js';
import { type Issue, describeReceived } from '../types/issues.js';
import { type SchemaOf, lazySchema } from './lazy.js';
import { patternShape, type phaseShape } from './pattern.js';

export { phaseShape } from './pattern.js';
import { mapZodIssue } from './zod-issues.js';

// ---------------------------------------------------------------------------------------------
// The door: one strict schema.

/** A course request (built on first use). */
export const courseInputShape = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    protocol: z.string(),
    startDate: z.string(),
    pattern: z.optional(patternShape.get()),
    sessionsGiven: z.optional(z.array(z.string()).check(z.maxLength(1000))),
    skipWeekends: z.optional(z.boolean()),
    /** The local time of day every planned session starts (`HH:MM`), so windowed limits count exactly. */
    sessionTime: z.optional(z.string()),
    /** The plan request for each session (patient, dose, preparation ...), to total the course. */
    infusion: z.optional(z.record(z.string(), z.unknown())),
  }),
);

/**
 * `infusion.__proto__` as an own key: the record schema drops it in silence, where every other door
 * refuses it as an unknown key (issue 12 item 4). Read from the raw input, as the schema never sees it.
 */
export function infusionProtoIssues(input: unknown): Issue[] {
  const infusion = input !== null && typeof input === 'object' ? (input as { infusion?: unknown }).infusion : undefined;
  if (infusion === null || typeof infusion !== 'object' || !Object.prototype.hasOwnProperty.call(infusion, '__proto__')) return [];
  return [{ code: 'unknown_key', path: ['infusion', '__proto__'], message: '"__proto__" is not a field here; remove it or check its spelling.' }];
}

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** Maps a course-input zod issue to library issues (`unknown_pattern`, `invalid_value` ...). */
export function mapCourseIssue(issue: z.core.$ZodIssue, input: unknown): Issue[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'invalid_union' && path[path.length - 1] === 'kind') {
    const received = valueAt(input, path);
    const inTaper = path.includes('phases');
    return [
      {
        code: 'unknown_pattern',
        path,
        message:
          inTaper && received === 'taper'
            ? 'A taper phase cannot itself be a taper; list its phases directly.'
            : `Unknown schedule pattern kind; use one of ${(inTaper ? PATTERN_KINDS.filter((k) => k !== 'taper') : PATTERN_KINDS).join(', ')}.`,
        expected: (inTaper ? PATTERN_KINDS.filter((k) => k !== 'taper') : PATTERN_KINDS).join(' | '),
        received: describeReceived(received),
      },
    ];
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const bound = issue.code === 'too_small' ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`;
    const what = issue.origin === 'array' ? `${bound} items` : bound;
    return [
      {
        code: 'invalid_value',
        path,
        message: `${path.join('.') || 'The value'} must be ${what}.`,
        expected: what,
        received: describeReceived(valueAt(input, path)),
      },
    ];
  }
  return mapZodIssue(issue);
}

/** A parsed pattern, before optional fields are normalised. */
export type ParsedPattern = NonNullable<z.infer<SchemaOf<typeof courseInputShape>>['pattern']>;
/** A parsed phase of a pattern. */
export type ParsedPhase = z.infer<SchemaOf<typeof phaseShape>>;
/** A course request past the strict schema, before dates, protocol and pattern are checked. */
export type ParsedCourseInput = z.infer<SchemaOf<typeof courseInputShape>>;
