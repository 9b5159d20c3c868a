/**
 * Two-dimensional quadrature over x ∈ [x0, x1], y between two (possibly x-dependent) limits, by nested
 * adaptive Gauss–Kronrod.
 *
 * @module
 */
import { ConvergenceError, ParameterError } from '../errors.js';
import { requireFinite, requireFunction } from '../validate.js';
import { integrateChecked } from './integrate.js';
import { resolveQuadratureOptions, type QuadratureOptions, type QuadratureResult } from './quadratureOptions.js';
import type { integrate } from './integrate.js';

/** A y limit: a constant or a function of x. */
type Limit = number | ((x: number) => number);

function checkLimit(name: string, limit: unknown): Limit {
  if (typeof limit === 'function') return limit as (x: number) => number;
  return requireFinite(name, limit);
}

function limitAt(name: string, limit: Limit, x: number): number {
  if (typeof limit === 'number') return limit;
  const y = limit(x);
  if (typeof y !== 'number' || !Number.isFinite(y)) {
    throw new ParameterError(name, y, `a finite number (the limit returned it at x = ${x})`);
  }
  return y;
}

/**
 * Double integral ∫_{x0}^{x1} dx ∫_{y0(x)}^{y1(x)} dy f(x, y).
 *
 * Method: iterated one-dimensional adaptive quadrature ({@link integrate}, QUADPACK QAG with G7K15;
 * Piessens et al. 1983). The outer integral over x is adaptive with the requested tolerances; each inner
 * integral over y is computed with relTol/10 and absTol/(10·|x1 − x0|), so that the inner errors contribute at
 * most a tenth of the requested error. The returned error estimate is the outer estimate plus |x1 − x0| times
 * the largest inner estimate (conservative). Triangles, Dalitz regions and other domains bounded by two
 * curves y0(x), y1(x) are covered by passing functions; y1(x) < y0(x) contributes with a negative sign as in
 * one dimension. Integrable singularities on the boundary are allowed (they cost subdivisions).
 *
 * Domain: x0, x1 finite; y0, y1 finite numbers or functions returning finite numbers on (x0, x1).
 * Defaults as for {@link integrate} (relTol 1e-10, absTol 0, maxSubdivisions 2000 per one-dimensional
 * integral).
 *
 * @param f - integrand f(x, y)
 * @param x0 - lower x limit
 * @param x1 - upper x limit
 * @param y0 - lower y limit: a number or a function of x
 * @param y1 - upper y limit: a number or a function of x
 * @param options - tolerances of the outer integral, see {@link QuadratureOptions}
 * @returns value, error estimate and the total number of evaluations of f
 * @throws ParameterError naming `f`, `x0`, `x1`, `y0`, `y1` (also when a limit function returns a non-finite
 *   value) or an option
 * @throws ConvergenceError when f returns a non-finite value or an inner or outer integral does not converge
 * @example
 * // area of the triangle 0 ≤ y ≤ x ≤ 1 weighted by x·y: ∫₀¹ x·x²/2 dx = 1/8
 * integrate2D((x, y) => x * y, 0, 1, 0, (x) => x).value // 0.125 (to rounding)
 */
export function integrate2D(
  f: (x: number, y: number) => number,
  x0: number,
  x1: number,
  y0: number | ((x: number) => number),
  y1: number | ((x: number) => number),
  options?: QuadratureOptions,
): QuadratureResult {
  requireFunction('f', f);
  requireFinite('x0', x0);
  requireFinite('x1', x1);
  const lower = checkLimit('y0', y0);
  const upper = checkLimit('y1', y1);
  const opts = resolveQuadratureOptions(options, 2000, 10_000_000);
  const width = Math.abs(x1 - x0);
  const innerRelTol = opts.relTol / 10;
  const innerAbsTol = width > 0 ? opts.absTol / (10 * width) : 0;
  let evaluations = 0;
  let maxInnerError = 0;
  let xNow = 0;
  const g = (y: number): number => {
    const v = f(xNow, y);
    if (v - v !== 0) {
      throw new ConvergenceError('integrate2D', `the integrand returned ${v} at (x, y) = (${xNow}, ${y})`);
    }
    return v;
  };
  const outer = integrateChecked(
    (x) => {
      const ya = limitAt('y0', lower, x);
      const yb = limitAt('y1', upper, x);
      xNow = x;
      const r = integrateChecked(g, ya, yb, innerRelTol, innerAbsTol, opts.maxSubdivisions);
      evaluations += r.evaluations;
      if (r.errorEstimate > maxInnerError) maxInnerError = r.errorEstimate;
      return r.value;
    },
    x0,
    x1,
    opts.relTol,
    opts.absTol,
    opts.maxSubdivisions,
  );
  return { value: outer.value, errorEstimate: outer.errorEstimate + width * maxInnerError, evaluations };
}
