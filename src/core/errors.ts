/**
 * The library's typed errors. Every public function validates its inputs and throws one of these; no NaN or
 * Infinity ever leaves the library.
 *
 * (Errors are the one place where classes are used: JavaScript's `instanceof` and stack traces need them.)
 *
 * @module
 */

/**
 * A parameter has the wrong type or lies outside its allowed domain. The message names the parameter, the
 * value received and the allowed range, e.g. `epsilon = 2 is outside the allowed range (0, 1)`.
 */
export class ParameterError extends RangeError {
  /** Name of the offending parameter, as the caller spelled it (e.g. `"massGeV"`). */
  readonly parameter: string;
  /** The value received (any JavaScript value, kept for inspection). */
  readonly value: unknown;
  /** Human-readable description of the allowed domain, e.g. `"(0, 1)"` or `"a finite number > 0"`. */
  readonly allowed: string;

  /**
   * @param parameter - name of the parameter
   * @param value - the value received
   * @param allowed - description of the allowed range
   */
  constructor(parameter: string, value: unknown, allowed: string) {
    super(`${parameter} = ${describeValue(value)} is outside the allowed range ${allowed}`);
    this.name = 'ParameterError';
    this.parameter = parameter;
    this.value = value;
    this.allowed = allowed;
  }
}

/** A decay channel or process that is kinematically closed was asked for directly. */
export class KinematicsError extends Error {
  /** The process, e.g. `"A' -> mu+ mu-"`. */
  readonly process: string;

  /**
   * @param process - the process that is closed
   * @param reason - why it is closed (e.g. `"m_A' = 0.1 GeV < 2 m_mu = 0.2113 GeV"`)
   */
  constructor(process: string, reason: string) {
    super(`${process} is kinematically closed: ${reason}`);
    this.name = 'KinematicsError';
    this.process = process;
  }
}

/** Quadrature or root finding did not reach its requested tolerance. */
export class ConvergenceError extends Error {
  /** The numerical routine that failed (e.g. `"integrate"`, `"brent"`). */
  readonly routine: string;
  /** The best estimate reached (finite) or `undefined` when none exists. */
  readonly estimate: number | undefined;
  /** The error (absolute) actually achieved, when known. */
  readonly achievedError: number | undefined;

  /**
   * @param routine - name of the routine
   * @param detail - what went wrong
   * @param estimate - best estimate reached, if any
   * @param achievedError - absolute error achieved, if known
   */
  constructor(routine: string, detail: string, estimate?: number, achievedError?: number) {
    super(`${routine} did not converge: ${detail}`);
    this.name = 'ConvergenceError';
    this.routine = routine;
    this.estimate = estimate;
    this.achievedError = achievedError;
  }
}

/** Short printable form of any value for an error message. */
function describeValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `array(${value.length})`;
  return typeof value;
}
