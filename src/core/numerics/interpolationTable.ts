/**
 * Validation and interval search shared by the interpolators ({@link linearInterpolator},
 * {@link logLogInterpolator}).
 *
 * @module
 */
import { ParameterError } from '../errors.js';

/**
 * Validate a table: xs strictly ascending finite (and > 0 when `positive`), ys finite (and > 0 when
 * `positive`), same length ≥ 2. Returns private copies. Errors name `xs` or `ys`. @internal
 */
export function validateTable(
  xs: readonly number[],
  ys: readonly number[],
  positive: boolean,
): { readonly xs: Float64Array; readonly ys: Float64Array } {
  const need = positive ? 'finite numbers > 0' : 'finite numbers';
  if (!Array.isArray(xs) || xs.length < 2) {
    throw new ParameterError('xs', xs, `an array of at least 2 strictly ascending ${need}`);
  }
  if (!Array.isArray(ys) || ys.length !== xs.length) {
    throw new ParameterError('ys', ys, `an array of ${need} with the same length as xs (${xs.length})`);
  }
  const n = xs.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const xi = xs[i];
    if (typeof xi !== 'number' || !Number.isFinite(xi) || (positive && !(xi > 0))) {
      throw new ParameterError('xs', xs, `strictly ascending ${need} (element ${i} is ${String(xi)})`);
    }
    if (i > 0 && !(xi > (x[i - 1] as number))) {
      throw new ParameterError('xs', xs, `strictly ascending ${need} (element ${i} = ${xi} ≤ element ${i - 1})`);
    }
    const yi = ys[i];
    if (typeof yi !== 'number' || !Number.isFinite(yi) || (positive && !(yi > 0))) {
      throw new ParameterError('ys', ys, `${need} (element ${i} is ${String(yi)})`);
    }
    x[i] = xi;
    y[i] = yi;
  }
  return { xs: x, ys: y };
}

/**
 * Index k of the interval [xs[k], xs[k+1]] holding x (the last interval for x = xs[n−1]); throws a
 * ParameterError naming `x` when x is not a number within [xs[0], xs[n−1]]. @internal
 */
export function findInterval(xs: Float64Array, x: number): number {
  const n = xs.length;
  const first = xs[0] as number;
  const last = xs[n - 1] as number;
  if (typeof x !== 'number' || !(x >= first && x <= last)) {
    throw new ParameterError('x', x, `[${first}, ${last}] (the tabulated range)`);
  }
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) <= x) lo = mid;
    else hi = mid;
  }
  return lo;
}
