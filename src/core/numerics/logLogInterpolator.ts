/**
 * Monotone cubic (PCHIP) interpolation in log–log space, for cross sections, widths and limit curves that
 * behave like power laws between tabulated points.
 *
 * @module
 */
import { findInterval, validateTable } from './interpolationTable.js';

/**
 * Shape-preserving slopes of the Hermite cubic through (u_k, v_k): weighted harmonic mean of neighbouring
 * secants inside (zero at local extrema), three-point formula limited to preserve shape at the ends.
 */
function monotoneSlopes(u: Float64Array, v: Float64Array): Float64Array {
  const n = u.length;
  const h = new Float64Array(n - 1);
  const delta = new Float64Array(n - 1);
  for (let k = 0; k < n - 1; k++) {
    h[k] = (u[k + 1] as number) - (u[k] as number);
    delta[k] = ((v[k + 1] as number) - (v[k] as number)) / (h[k] as number);
  }
  const d = new Float64Array(n);
  if (n === 2) {
    d[0] = delta[0] as number;
    d[1] = delta[0] as number;
    return d;
  }
  for (let k = 1; k < n - 1; k++) {
    const dl = delta[k - 1] as number;
    const dr = delta[k] as number;
    if (dl * dr <= 0) continue; // local extremum or flat piece: zero slope
    const hl = h[k - 1] as number;
    const hr = h[k] as number;
    const w1 = 2 * hr + hl;
    const w2 = hr + 2 * hl;
    d[k] = (w1 + w2) / (w1 / dl + w2 / dr);
  }
  d[0] = endSlope(h[0] as number, h[1] as number, delta[0] as number, delta[1] as number);
  d[n - 1] = endSlope(h[n - 2] as number, h[n - 3] as number, delta[n - 2] as number, delta[n - 3] as number);
  return d;
}

/** Non-centred three-point end slope, set to 0 if it opposes the end secant and limited to 3× it. */
function endSlope(h0: number, h1: number, d0: number, d1: number): number {
  const s = ((2 * h0 + h1) * d0 - h0 * d1) / (h0 + h1);
  if (Math.sign(s) !== Math.sign(d0)) return 0;
  if (Math.sign(d0) !== Math.sign(d1) && Math.abs(s) > Math.abs(3 * d0)) return 3 * d0;
  return s;
}

/**
 * A function interpolating positive data (xs, ys) by a monotone piecewise cubic in (ln x, ln y).
 *
 * Method: piecewise cubic Hermite interpolation of v = ln y against u = ln x with shape-preserving slopes:
 * F. N. Fritsch and R. E. Carlson, "Monotone piecewise cubic interpolation", SIAM J. Numer. Anal. 17 (1980)
 * 238 (monotonicity conditions), with the weighted-harmonic-mean slopes of F. N. Fritsch and J. Butland,
 * SIAM J. Sci. Stat. Comput. 5 (1984) 300 (the PCHIP scheme). Consequences: a power law y = C·x^p is
 * reproduced exactly (to rounding); monotone data give a monotone interpolant; no overshoot at local
 * extrema; the interpolant is C¹. Exact at the nodes. The table is copied. No extrapolation.
 *
 * Domain: xs strictly ascending, finite, > 0, length ≥ 2; ys finite and > 0, same length. The returned
 * function accepts x ∈ [xs[0], xs[n−1]] and returns values > 0.
 *
 * @param xs - abscissae (> 0, strictly ascending), e.g. masses in GeV
 * @param ys - ordinates (> 0), e.g. cross sections in cm²
 * @returns x ↦ interpolated y; throws a ParameterError naming `x` outside the tabulated range
 * @throws ParameterError naming `xs` or `ys` for an invalid table
 * @example
 * const f = logLogInterpolator([1, 10, 100], [1, 100, 10000]); // y = x²
 * f(3) // 9 (to rounding)
 */
export function logLogInterpolator(xs: readonly number[], ys: readonly number[]): (x: number) => number {
  const table = validateTable(xs, ys, true);
  const tx = table.xs;
  const ty = table.ys;
  const n = tx.length;
  const u = tx.map(Math.log);
  const v = ty.map(Math.log);
  const d = monotoneSlopes(u, v);
  // Per interval: v(s) = v_k + s·(d_k + s·(c2_k + s·c3_k)), s = ln x − u_k.
  const c2 = new Float64Array(n - 1);
  const c3 = new Float64Array(n - 1);
  for (let k = 0; k < n - 1; k++) {
    const h = (u[k + 1] as number) - (u[k] as number);
    const delta = ((v[k + 1] as number) - (v[k] as number)) / h;
    const dk = d[k] as number;
    const dk1 = d[k + 1] as number;
    c2[k] = (3 * delta - 2 * dk - dk1) / h;
    c3[k] = (dk + dk1 - 2 * delta) / (h * h);
  }
  return (x: number): number => {
    const k = findInterval(tx, x);
    if (x === tx[k]) return ty[k] as number;
    if (x === tx[k + 1]) return ty[k + 1] as number;
    const s = Math.log(x) - (u[k] as number);
    return Math.exp((v[k] as number) + s * ((d[k] as number) + s * ((c2[k] as number) + s * (c3[k] as number))));
  };
}
