// The result checker of the public-API fuzz: a call either returns finite numbers (or the documented typed
// values: null/undefined, strings, booleans, typed arrays and plain objects of those, functions that obey the
// same rule) or throws ParameterError / KinematicsError / ConvergenceError. Anything else is an "escape".
import { ConvergenceError, KinematicsError, ParameterError } from '../../src/core/errors.js';
import { EXTRA_KEYS } from './arbitraries.js';

/** Fragments of engine messages that betray an unvalidated input reaching JavaScript itself. */
const ENGINE_MESSAGES = ['undefined is not', 'Cannot read properties', 'is not a function', 'is not iterable', 'Cannot convert'];

/** Thrown by the checker: the escape, with the function, the input and the original error. */
export class Escape extends Error {
  /** What went wrong, without the input (e.g. `threw TypeError: Cannot read properties of undefined`). */
  readonly problem: string;

  constructor(where: string, problem: string, options?: { cause: unknown }) {
    super(`${where}: ${problem}`, options);
    this.name = 'Escape';
    this.problem = problem;
  }
}

/** Per-function tallies, printed at the end of the suite. */
export interface Tally {
  cases: number;
  returned: number;
  typedErrors: number;
  ms: number;
  slowestMs: number;
}

export const tallies = new Map<string, Tally>();

export function totalCases(): number {
  let n = 0;
  for (const t of tallies.values()) n += t.cases;
  return n;
}

/** Printable form of an argument list (for escape messages and the regression list). */
export function render(value: unknown, depth = 0): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
  if (value === undefined || value === null || typeof value !== 'object') return String(value);
  if (depth > 3) return '…';
  if (ArrayBuffer.isView(value)) {
    const a = value as unknown as ArrayLike<number>;
    const head = Array.from({ length: Math.min(a.length, 8) }, (_, i) => render(a[i], depth + 1));
    return `${value.constructor.name}(${a.length})[${head.join(', ')}${a.length > 8 ? ', …' : ''}]`;
  }
  if (Array.isArray(value)) {
    const head = value.slice(0, 8).map((v) => render(v, depth + 1));
    return `[${head.join(', ')}${value.length > 8 ? `, …(${value.length})` : ''}]`;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return `[${(value as object).constructor?.name ?? 'object'}]`;
  const entries = Object.keys(value).slice(0, 40).map((k) => `${k}: ${render((value as Record<string, unknown>)[k], depth + 1)}`);
  return `{ ${entries.join(', ')} }`;
}

/** Check a thrown value: one of the three typed errors, ParameterError naming a parameter, no engine message. */
export function checkError(where: string, error: unknown): void {
  const typed = error instanceof ParameterError || error instanceof KinematicsError || error instanceof ConvergenceError;
  if (!typed) {
    const kind = error instanceof Error ? error.name : typeof error;
    throw new Escape(where, `threw ${kind}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (error instanceof ParameterError && !(typeof error.parameter === 'string' && error.parameter.trim() !== '')) {
    throw new Escape(where, `ParameterError without a parameter name: ${error.message}`, { cause: error });
  }
  const message = String(error.message);
  for (const fragment of ENGINE_MESSAGES) {
    if (message.includes(fragment)) throw new Escape(where, `${error.name} with an engine message: ${message}`, { cause: error });
  }
}

/** Arguments tried on every function found inside a result (interpolators, RandomStream.next, R(√s), ...). */
const PROBES: readonly (readonly unknown[])[] = [[], [0.5], [1], [0], [-1], [1e308], [Number.NaN], [Infinity], ['x'], [undefined], [null], [{}]];

/** Walk a returned value; throw an {@link Escape} at the first non-finite number or unexpected type. */
export function checkValue(where: string, value: unknown, probe = true, seen = new Set<object>()): void {
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value) && !(allowInfinite && !Number.isNaN(value))) throw new Escape(where, `= ${value}`);
      return;
    case 'string':
    case 'boolean':
    case 'undefined':
      return;
    case 'function':
      // The caller's own functions (a density, an R(√s)) may be handed back inside a result: not probed.
      if (probe && !callerOwned.has(value as object)) probeFunction(where, value as (...a: unknown[]) => unknown);
      return;
    case 'bigint':
    case 'symbol':
      throw new Escape(where, `is a ${typeof value}`);
    case 'object':
      break;
  }
  // The caller's own objects handed back by reference (a target, a geometry, a model inside a result) are theirs.
  if (value === null || seen.has(value as object) || callerOwned.has(value as object)) return;
  seen.add(value as object);
  if (value instanceof Promise) throw new Escape(where, 'is a Promise');
  if (value instanceof Error) throw new Escape(where, 'is an Error returned instead of thrown');
  if (ArrayBuffer.isView(value)) {
    if (value instanceof Float64Array || value instanceof Float32Array) {
      for (let i = 0; i < value.length; i++) {
        const x = value[i] as number;
        if (!Number.isFinite(x) && !(allowInfinite && !Number.isNaN(x))) throw new Escape(`${where}[${i}]`, `= ${x}`);
      }
    } else if (value instanceof BigInt64Array || value instanceof BigUint64Array) {
      throw new Escape(where, `is a ${value.constructor.name}`);
    }
    return;
  }
  if (value instanceof Map) {
    for (const [k, v] of value) {
      checkValue(`${where}.key(${String(k)})`, k, probe, seen);
      checkValue(`${where}.get(${String(k)})`, v, probe, seen);
    }
    return;
  }
  if (value instanceof Set) {
    for (const v of value) checkValue(`${where}.has(…)`, v, probe, seen);
    return;
  }
  if (isGenerator(value)) {
    // A generator function's result (the event writers' chunks): errors surface while it is consumed.
    for (let k = 0; k < 1000; k++) {
      let step: IteratorResult<unknown>;
      try {
        step = value.next();
      } catch (error) {
        checkError(`${where}.next() #${k}`, error);
        return;
      }
      if (step.done === true) return;
      checkValue(`${where}.next() #${k}`, step.value, probe, seen);
    }
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkValue(`${where}[${i}]`, v, probe, seen));
    return;
  }
  for (const key of Object.keys(value)) {
    if (!EXTRA_KEYS.includes(key)) checkValue(`${where}.${key}`, (value as Record<string, unknown>)[key], probe, seen);
  }
}

/**
 * Objects and functions reachable from the arguments of the call being checked (set by {@link callAndCheck}):
 * what a result holds by reference from them is the caller's data, not the library's output.
 */
let callerOwned = new WeakSet<object>();
/** Whether ±Infinity is a documented value of the result being checked (set by {@link callAndCheck}). */
let allowInfinite = false;

function collectOwned(value: unknown, into: WeakSet<object>, depth = 0): void {
  if (typeof value === 'function') into.add(value);
  if (typeof value !== 'object' || value === null || depth > 6 || into.has(value)) return;
  into.add(value);
  if (ArrayBuffer.isView(value)) return;
  for (const v of Object.values(value)) collectOwned(v, into, depth + 1);
}

function isGenerator(value: object): value is Iterator<unknown> {
  return Object.prototype.toString.call(value) === '[object Generator]';
}

function probeFunction(where: string, fn: (...a: unknown[]) => unknown): void {
  for (const args of PROBES) {
    const call = `${where}(${args.map((a) => render(a)).join(', ')})`;
    let result: unknown;
    try {
      result = fn(...args);
    } catch (error) {
      checkError(call, error);
      continue;
    }
    checkValue(call, result, false);
  }
}

/**
 * Call `fn(...args)` and check the outcome; `outArgs` are the indices of output buffers that a successful call
 * must leave finite; with `passThrough` the result is the caller's argument (or a plain copy) and is not walked.
 * Counts the case in {@link tallies}.
 */
export function callAndCheck(
  name: string,
  fn: (...a: unknown[]) => unknown,
  args: readonly unknown[],
  outArgs: readonly number[] = [],
  passThrough?: number,
  infiniteAllowed?: (args: readonly unknown[]) => boolean,
): void {
  let tally = tallies.get(name);
  if (tally === undefined) {
    tally = { cases: 0, returned: 0, typedErrors: 0, ms: 0, slowestMs: 0 };
    tallies.set(name, tally);
  }
  tally.cases++;
  const where = `${name}(${args.map((a) => render(a)).join(', ')})`;
  callerOwned = new WeakSet<object>();
  for (const a of args) collectOwned(a, callerOwned);
  // Output buffers: snapshot them, so that only the elements a call writes are checked.
  const before = outArgs.map((i) => (args[i] instanceof Float64Array ? (args[i] as Float64Array).slice() : undefined));
  const start = performance.now();
  let result: unknown;
  let threw = false;
  let error: unknown;
  try {
    result = fn(...args);
  } catch (e) {
    threw = true;
    error = e;
  }
  const ms = performance.now() - start;
  tally.ms += ms;
  if (ms > tally.slowestMs) tally.slowestMs = ms;
  if (threw) {
    tally.typedErrors++;
    checkError(where, error);
    return;
  }
  tally.returned++;
  allowInfinite = infiniteAllowed?.(args) ?? false;
  try {
    if (passThrough === undefined) checkValue(`${where} → result`, result);
  } finally {
    allowInfinite = false;
  }
  outArgs.forEach((i, k) => {
    const out = args[i];
    const old = before[k];
    if (!(out instanceof Float64Array) || old === undefined) return;
    for (let j = 0; j < out.length; j++) {
      if (!Object.is(out[j], old[j]) && !Number.isFinite(out[j])) throw new Escape(where, `wrote argument ${i}[${j}] = ${out[j]}`);
    }
  });
}
