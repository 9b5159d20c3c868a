/**
 * Deep freezing of model objects: every model the library returns is immutable all the way down (arrays of
 * states, couplings and matrix rows included), so that later layers can share it safely.
 *
 * @module
 */

/**
 * Freeze a plain object or array and everything reachable from it, in place, and return it typed as deeply
 * read-only data. Only plain data (objects, arrays, numbers, strings) is expected.
 * @param value - the freshly built object (not shared with the caller before freezing)
 * @returns the same object, frozen
 * @example deepFreeze({ a: [1, 2] }).a // frozen array [1, 2]
 */
export function deepFreeze<T>(value: T): T {
  // Typed arrays (which cannot be frozen) can only arrive in fields a caller added to a model: left as they are.
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
