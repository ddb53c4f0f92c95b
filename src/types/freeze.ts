/**
 * Deep freezing: every constant the library exports and every result a public function returns is
 * frozen all the way down, so a caller cannot rewrite a shared value (a pump range, a code list, a
 * citation) and change what the next call plans or says.
 */

/**
 * Deep-freezes a value in place and returns it. A frozen object is taken as frozen all the way down
 * (every frozen value the library builds is deep-frozen: the catalogue, its prepared parts, the
 * exported constants), so the walk stops there. Keys by `for...in`: Object.values allocated an array
 * per object, and this walk was about a sixth of a plan's time. The values walked are plain objects
 * and arrays, whose prototypes have no enumerable keys, so `for...in` sees their own keys only.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const k in value) deepFreeze(value[k]);
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
