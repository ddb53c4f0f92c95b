/**
 * Deep freezing: every constant the library exports and every result a public function returns is
 * frozen all the way down, so a caller cannot rewrite a shared value (a pump range, a code list, a
 * citation) and change what the next call plans or says.
 */

/**
 * Deep-freezes a value in place and returns it. A frozen object is taken as frozen all the way down
 * (every frozen value the library builds is deep-frozen: the catalogue, its prepared parts, the
 * exported constants), so the walk stops there.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) freezeWalk(value);
  return value;
}

/**
 * Freezes `o` and every object below it not yet frozen. Arrays by index and objects by `for...in`, with
 * the primitive check before the call: Object.values allocated an array per object, and this walk is
 * about a sixth of a plan's time otherwise. The results walked here are plain objects and arrays, whose
 * prototypes have no enumerable keys, so `for...in` sees exactly their own enumerable keys.
 */
function freezeWalk(o: object): void {
  Object.freeze(o);
  if (Array.isArray(o)) {
    for (let i = 0; i < o.length; i += 1) {
      const v: unknown = o[i];
      if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) freezeWalk(v);
    }
    return;
  }
  for (const k in o) {
    const v: unknown = (o as Record<string, unknown>)[k];
    if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) freezeWalk(v);
  }
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
