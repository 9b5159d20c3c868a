// One row of the public-API fuzz table: how to build valid-looking arguments for an exported function, how
// many cases to run (heavy functions get few), and which arguments are output buffers.
import fc from 'fast-check';

export interface FuzzEntry {
  /** Valid-looking arguments; the suite adds one mutation per case (see arbitraries.ts `fuzzed`). */
  readonly args: fc.Arbitrary<readonly unknown[]>;
  /** Cases to run. */
  readonly runs: number;
  /** Indices of output buffers (Float64Array) whose written elements must be finite. */
  readonly out?: readonly number[];
  /**
   * Index of an argument the function returns unchanged or as a plain copy (validators, `define…Geometry`):
   * that result is the caller's data and is not walked.
   */
  readonly passThrough?: number;
  /**
   * When it returns true for a case's arguments, ±Infinity (never NaN) is a documented value of the result, e.g.
   * the bounds of SurvivalTerms "may be +∞ only when λ₁ underflows the division" (experiments/types.ts).
   */
  readonly infiniteAllowed?: (args: readonly unknown[]) => boolean;
}

/** Runs for light functions (closed forms, validators). */
export const LIGHT = 1500;
/** Runs for functions with a loop over a table or a small quadrature. */
export const MEDIUM = 600;
/** Runs for quadrature-heavy functions. */
export const HEAVY = 300;

/** A table row from argument arbitraries. */
export function entry(runs: number, ...args: fc.Arbitrary<unknown>[]): FuzzEntry {
  return { args: fc.tuple(...args), runs };
}

/** A table row for an `...Into` function whose output buffers are the arguments at `out`. */
export function intoEntry(runs: number, out: readonly number[], ...args: fc.Arbitrary<unknown>[]): FuzzEntry {
  return { args: fc.tuple(...args), runs, out };
}
