/**
 * All roots of a function on a grid, by sign changes refined with Brent's method.
 *
 * @module
 */
import { ConvergenceError, ParameterError } from '../errors.js';
import { requireFunction } from '../validate.js';
import { brentChecked, resolveRootOptions, type RootOptions } from './brent.js';

/**
 * Every root of f signalled by a sign change (or an exact zero) on the grid, in ascending order.
 *
 * Method: f is evaluated at every grid point; each exact zero is a root, and each pair of consecutive points
 * with f of strictly opposite signs is refined with {@link brent} (Brent 1973, ch. 4). Roots between two grid
 * points of equal sign (double roots, or pairs of roots closer than the grid spacing) are not found: choose
 * the grid accordingly.
 *
 * Domain: grid of ≥ 2 finite, strictly ascending points; f finite at every point it is called.
 *
 * @param f - function whose roots are sought
 * @param grid - strictly ascending, finite sample points (at least two)
 * @param options - tolerances passed to each Brent refinement, see {@link RootOptions}
 * @returns the roots, ascending, without duplicates (empty when f has no sign change on the grid)
 * @throws ParameterError naming `grid` (too short, non-finite or not strictly ascending), `f` or an option
 * @throws ConvergenceError when f returns NaN/±Infinity or a refinement does not converge
 * @example
 * findRoots(Math.sin, [0.5, 2, 4, 6, 7]) // [π, 2π] (to ~1e-15)
 */
export function findRoots(f: (x: number) => number, grid: readonly number[], options?: RootOptions): number[] {
  requireFunction('f', f);
  if (!Array.isArray(grid) || grid.length < 2) {
    throw new ParameterError('grid', grid, 'an array of at least 2 strictly ascending finite numbers');
  }
  const n = grid.length;
  for (let i = 0; i < n; i++) {
    const x = grid[i];
    if (typeof x !== 'number' || !Number.isFinite(x) || (i > 0 && !(x > (grid[i - 1] as number)))) {
      throw new ParameterError('grid', grid, `strictly ascending finite numbers (element ${i} is ${String(x)})`);
    }
  }
  const opts = resolveRootOptions(options);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = grid[i] as number;
    const y = f(x);
    if (typeof y !== 'number' || y - y !== 0) {
      throw new ConvergenceError('findRoots', `f returned ${String(y)} at x = ${x}`);
    }
    values[i] = y;
  }
  const roots: number[] = [];
  for (let i = 0; i < n; i++) {
    const y = values[i] as number;
    const x = grid[i] as number;
    let root: number | undefined;
    if (y === 0) {
      root = x;
    } else if (i + 1 < n) {
      const y1 = values[i + 1] as number;
      if (y1 !== 0 && (y > 0) !== (y1 > 0)) root = brentChecked(f, x, grid[i + 1] as number, y, y1, opts);
    }
    // Brent may return a grid point when a root lies within the tolerance of it: keep each root once.
    if (root !== undefined && !(roots.length > 0 && root <= (roots[roots.length - 1] as number))) roots.push(root);
  }
  return roots;
}
