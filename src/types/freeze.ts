/**
 * Deep freezing: every constant the library exports and every result a public function returns is
 * frozen all the way down, so a caller cannot rewrite a shared value (a pump range, a code list, a
 * citation) and change what the next call plans or says.
 */

/** Deep-freezes a value in place and returns it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * A deep-frozen copy of plain data (objects, arrays, primitives), for a result that quotes parts of
 * the caller's own input: the caller's objects stay as they were, unfrozen.
 */
export function frozenCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  const copy: unknown = Array.isArray(value) ? value.map(frozenCopy) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, frozenCopy(v)]));
  return Object.freeze(copy) as T;
}

/**
 * A deep copy of plain data, not frozen: for a result the caller owns and is meant to fill in (the
 * FHIR resource of `toFhir`, whose subject a caller replaces). It shares no object with its source.
 */
export function plainCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  const copy: unknown = Array.isArray(value) ? value.map(plainCopy) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainCopy(v)]));
  return copy as T;
}
