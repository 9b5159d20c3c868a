/**
 * Options and result types shared by the quadrature routines ({@link integrate}, {@link integrateTanhSinh},
 * {@link integrate2D}), and the validation of the options at the public boundary.
 *
 * @module
 */
import { ParameterError } from '../errors.js';
import { requireInteger, requireNonNegative, requireObject } from '../validate.js';

/** Tolerances and work limits of a quadrature. All fields are optional; see each routine for its defaults. */
export interface QuadratureOptions {
  /** Requested relative accuracy, |error| ≤ relTol·|I| (default 1e-10). Finite, ≥ 0. */
  readonly relTol?: number;
  /** Requested absolute accuracy, |error| ≤ absTol, in the units of the integral (default 0). Finite, ≥ 0. */
  readonly absTol?: number;
  /**
   * Work limit. Adaptive Gauss–Kronrod: the maximum number of subintervals (default 2000). Tanh–sinh: the
   * maximum number of halvings of the step (default 12, values above 14 are treated as 14).
   */
  readonly maxSubdivisions?: number;
}

/** Outcome of a quadrature that reached its tolerance. */
export interface QuadratureResult {
  /** The integral estimate (finite). */
  readonly value: number;
  /** Estimated absolute error of {@link QuadratureResult.value} (finite, ≥ 0; conservative). */
  readonly errorEstimate: number;
  /** Number of integrand evaluations used. */
  readonly evaluations: number;
}

/** Validated tolerances, with defaults filled in. @internal */
export interface ResolvedQuadratureOptions {
  /** Relative tolerance. */
  readonly relTol: number;
  /** Absolute tolerance. */
  readonly absTol: number;
  /** Work limit (meaning depends on the routine). */
  readonly maxSubdivisions: number;
}

/** Default relative tolerance of all quadrature routines. @internal */
export const DEFAULT_REL_TOL = 1e-10;

/**
 * Validate a {@link QuadratureOptions} object (which may be `undefined`) and fill in the defaults.
 * Throws a ParameterError naming `options`, `options.relTol`, `options.absTol` or `options.maxSubdivisions`.
 * @internal
 */
export function resolveQuadratureOptions(
  options: QuadratureOptions | undefined,
  defaultMaxSubdivisions: number,
  maxAllowedSubdivisions: number,
): ResolvedQuadratureOptions {
  if (options === undefined) {
    return { relTol: DEFAULT_REL_TOL, absTol: 0, maxSubdivisions: defaultMaxSubdivisions };
  }
  const o = requireObject('options', options);
  const relTolRaw = o['relTol'];
  const absTolRaw = o['absTol'];
  const maxRaw = o['maxSubdivisions'];
  const relTol = relTolRaw === undefined ? DEFAULT_REL_TOL : requireNonNegative('options.relTol', relTolRaw);
  if (relTol >= 1) throw new ParameterError('options.relTol', relTol, '[0, 1)');
  const absTol = absTolRaw === undefined ? 0 : requireNonNegative('options.absTol', absTolRaw);
  const maxSubdivisions =
    maxRaw === undefined ? defaultMaxSubdivisions : requireInteger('options.maxSubdivisions', maxRaw, 1, 10_000_000);
  return { relTol, absTol, maxSubdivisions: Math.min(maxSubdivisions, maxAllowedSubdivisions) };
}
