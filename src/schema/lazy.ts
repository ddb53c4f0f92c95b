/**
 * Schemas built on first use, not at import. Building zod's schema objects is most of the library's
 * own load-time work, and a program that imports the package for one call (a plan, a format, a
 * catalogue check) needs only that call's schemas; so each schema is a builder run once, on the first
 * parse, and kept. The schema built is the one the eager code built: same checks, same messages, the
 * same parts shared, so validation is exactly as strict.
 */
import type * as z from 'zod/mini';

/**
 * A value built by `build` on the first call and kept; later calls return the same value.
 * @param build - the builder, run at most once
 * @returns the getter
 * @example const shape = memoise(() => z.string()); shape() === shape() // true
 */
export function memoise<T>(build: () => T): () => T {
  let built: { readonly value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}

/** A schema built on its first use: `safeParse` as zod's, and `get` for the schema itself (JSON Schema, types). */
export interface LazySchema<S extends z.ZodMiniType> {
  /** The schema, built on the first call and kept. */
  readonly get: () => S;
  /** The schema's own `safeParse`, building it first if need be. */
  readonly safeParse: S['safeParse'];
}

/** The schema inside a {@link LazySchema}, for `z.infer` and `z.input`. */
export type SchemaOf<L> = L extends LazySchema<infer S> ? S : never;

/**
 * A schema that `build` makes on its first use.
 * @param build - returns the schema; run at most once
 * @returns the lazy schema
 * @example const id = lazySchema(() => z.string()); id.safeParse('a').success // true
 */
export function lazySchema<S extends z.ZodMiniType>(build: () => S): LazySchema<S> {
  // Not memoise(): a schema is never undefined, so `??=` alone keeps it (fewer bytes in every bundle).
  let schema: S | undefined;
  const get = (): S => (schema ??= build());
  return { get, safeParse: ((data: unknown, params?: z.core.ParseContext<z.core.$ZodIssue>) => get().safeParse(data, params)) as S['safeParse'] };
}
