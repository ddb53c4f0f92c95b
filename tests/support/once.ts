/**
 * A value worked out on first use inside a test, then kept. Plans a test file needs in several
 * tests are made this way rather than at module or describe level: code run while the file loads
 * counts, for the mutation run, as "static" (every mutant it reaches re-runs the whole suite).
 */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
