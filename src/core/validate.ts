/**
 * Input validation at the public boundary. Each helper returns the value with a narrowed type or throws a
 * {@link ParameterError} naming the parameter, the value and the allowed range. JavaScript callers may pass
 * anything, so every helper first checks the JavaScript type.
 *
 * @module
 */
import { ParameterError } from './errors.js';

/**
 * Throw the ParameterError for `name`; when `name` itself is not a non-empty string (a JavaScript caller's
 * mistake), the error names `name` instead, so that every ParameterError names a parameter.
 */
function fail(name: unknown, value: unknown, allowed: string): never {
  if (typeof name !== 'string' || name.trim() === '') throw new ParameterError('name', name, 'a non-empty string (the parameter name)');
  throw new ParameterError(name, value, allowed);
}

/** A finite number (not NaN, not ±Infinity, and of JavaScript type `number`). */
export function requireFinite(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(name, value, 'a finite number');
  }
  return value;
}

/** A finite number > 0. */
export function requirePositive(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !(value > 0)) {
    fail(name, value, 'a finite number > 0');
  }
  return value;
}

/** A finite number >= 0. */
export function requireNonNegative(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !(value >= 0)) {
    fail(name, value, 'a finite number >= 0');
  }
  return value;
}

/** Options of {@link requireInRange}: which ends of the interval are open (excluded). */
export interface RangeOptions {
  /** Exclude the lower end (default false). */
  readonly lowerOpen?: boolean;
  /** Exclude the upper end (default false). */
  readonly upperOpen?: boolean;
}

/** A finite number in [lower, upper] (ends open as requested). */
export function requireInRange(
  name: string,
  value: unknown,
  lower: number,
  upper: number,
  options: RangeOptions = {},
): number {
  const lowerOpen = options?.lowerOpen ?? false;
  const upperOpen = options?.upperOpen ?? false;
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (lowerOpen ? value > lower : value >= lower) &&
    (upperOpen ? value < upper : value <= upper);
  if (!ok) {
    const range = `${lowerOpen ? '(' : '['}${lower}, ${upper}${upperOpen ? ')' : ']'}`;
    fail(name, value, range);
  }
  return value as number;
}

/** The kinetic mixing eps, which must lie in the open interval (0, 1). */
export function requireEpsilon(name: string, value: unknown): number {
  return requireInRange(name, value, 0, 1, { lowerOpen: true, upperOpen: true });
}

/** An integer in [lower, upper]. */
export function requireInteger(name: string, value: unknown, lower: number, upper: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < lower || value > upper) {
    fail(name, value, `an integer in [${lower}, ${upper}]`);
  }
  return value;
}

/** A plain (non-null, non-array) object, e.g. an options argument. */
export function requireObject(name: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(name, value, 'an object');
  }
  return value as Record<string, unknown>;
}

/**
 * A function.
 * @typeParam F - the function type the caller expects
 */
export function requireFunction<F extends (...args: never[]) => unknown>(name: string, value: unknown): F {
  if (typeof value !== 'function') fail(name, value, 'a function');
  return value as F;
}

/** One of a fixed set of string literals. */
export function requireOneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  if (!Array.isArray(allowed)) throw new ParameterError('allowed', allowed, 'an array of strings');
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(name, value, `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
  }
  return value as T;
}

/** A boolean. */
export function requireBoolean(name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') fail(name, value, 'true or false');
  return value;
}
