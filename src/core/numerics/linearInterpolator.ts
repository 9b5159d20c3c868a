/**
 * Piecewise-linear interpolation of a table.
 *
 * @module
 */
import { findInterval, validateTable } from './interpolationTable.js';

/**
 * A function interpolating the table (xs, ys) linearly between neighbouring points.
 *
 * Method: y = y_k + (x − x_k)·(y_{k+1} − y_k)/(x_{k+1} − x_k) on [x_k, x_{k+1}], with the interval found by
 * bisection; exact at the nodes. The table is copied, so later changes of the arrays do not affect the
 * interpolator. No extrapolation.
 *
 * Domain: xs strictly ascending, finite, length ≥ 2; ys finite, same length. The returned function accepts
 * x ∈ [xs[0], xs[n−1]].
 *
 * @param xs - abscissae, strictly ascending
 * @param ys - ordinates
 * @returns x ↦ interpolated y; throws a ParameterError naming `x` outside the tabulated range
 * @throws ParameterError naming `xs` or `ys` for an invalid table
 * @example
 * const f = linearInterpolator([0, 1, 3], [0, 2, 0]);
 * f(0.5) // 1
 * f(2)   // 1
 */
export function linearInterpolator(xs: readonly number[], ys: readonly number[]): (x: number) => number {
  const table = validateTable(xs, ys, false);
  const tx = table.xs;
  const ty = table.ys;
  return (x: number): number => {
    const k = findInterval(tx, x);
    const x0 = tx[k] as number;
    const y0 = ty[k] as number;
    if (x === x0) return y0;
    const x1 = tx[k + 1] as number;
    const y1 = ty[k + 1] as number;
    if (x === x1) return y1;
    const y = y0 + ((x - x0) * (y1 - y0)) / (x1 - x0);
    if (Number.isFinite(y)) return y;
    // Abscissae or ordinates near the largest double: the same interpolation without overflowing differences.
    const t = (x / 2 - x0 / 2) / (x1 / 2 - x0 / 2);
    return y0 * (1 - t) + y1 * t;
  };
}
