/**
 * Double-exponential (tanh–sinh) quadrature for integrands with integrable end-point singularities.
 *
 * @module
 */
import { ConvergenceError } from '../errors.js';
import { requireFinite, requireFunction } from '../validate.js';
import { nonFiniteIntegrand } from './gaussKronrod.js';
import { resolveQuadratureOptions, type QuadratureOptions, type QuadratureResult } from './quadratureOptions.js';
import type { integrate } from './integrate.js';

const HALF_PI = 0.5 * Math.PI;
const EPS = Number.EPSILON;
/** Largest level (step 2^−L in t) ever used; the node cache of level 14 holds ≈ 10⁵ nodes. */
const MAX_LEVEL = 14;
/** At level 0, terms below this fraction of ε·Σ|terms| mark where a side's sum is truncated. */
const NEGLIGIBLE = 1e-4 * EPS;

/**
 * Nodes of one level for t > 0: at level 0, t = 1, 2, 3, …; at level L ≥ 1, t = (2k + 1)/2^L (the new
 * points). `gap[k]` = 1 − tanh(π/2·sinh t) (distance to the end point in units of the half-length, computed
 * without cancellation) and `weight[k]` = (π/2)·cosh t / cosh²(π/2·sinh t). Ends where the gap underflows.
 */
interface Level {
  readonly t: Float64Array;
  readonly gap: Float64Array;
  readonly weight: Float64Array;
}

const levels: Level[] = [];

function buildLevel(level: number): Level {
  const step = level === 0 ? 1 : 2 ** -level;
  const first = step; // level 0: t = 1, 2, ...; level L: t = step, 3·step, ...
  const stride = level === 0 ? 1 : 2 * step;
  const t: number[] = [];
  const gap: number[] = [];
  const weight: number[] = [];
  for (let k = 0; ; k++) {
    const tk = first + k * stride;
    const u = HALF_PI * Math.sinh(tk);
    const e = Math.exp(-2 * u); // e^{−2u}
    const g = (2 * e) / (1 + e);
    const w = (HALF_PI * Math.cosh(tk) * 4 * e) / ((1 + e) * (1 + e));
    if (!(g > 0) || !(w > 0)) break;
    t.push(tk);
    gap.push(g);
    weight.push(w);
  }
  return { t: Float64Array.from(t), gap: Float64Array.from(gap), weight: Float64Array.from(weight) };
}

function getLevel(level: number): Level {
  let l = levels[level];
  if (l === undefined) {
    for (let i = levels.length; i <= level; i++) levels[i] = buildLevel(i);
    l = levels[level] as Level;
  }
  return l;
}

/**
 * Definite integral ∫ₐᵇ f(x) dx by tanh–sinh (double-exponential) quadrature, for integrands with
 * integrable singularities or infinite derivatives at one or both end points (x^−α with α < 1, ln x,
 * √(x − a) thresholds).
 *
 * Method: H. Takahasi and M. Mori, "Double exponential formulas for numerical integration",
 * Publ. RIMS Kyoto Univ. 9 (1974) 721. The substitution x = c + h·tanh(π/2·sinh t) (c, h the centre and
 * half-length) makes the integrand decay double-exponentially in t; the trapezoidal rule in t with step
 * 2^−L is refined level by level (re-using all previous points) until two successive levels differ by at most
 * max(absTol, relTol·|I|). Distances to the end points are computed as h·(1 − tanh), without cancellation, and
 * the end points themselves are never evaluated; nodes that round onto an end point are dropped, so put a
 * singularity at 0 (or write the integrand in the distance to it) for full accuracy. Each side's sum is
 * truncated where the level-0 terms become negligible. The returned error estimate is the difference of the
 * last two levels (the true error is typically its square), plus the round-off level. Not meant for interior
 * peaks or oscillations (the nodes crowd at the ends): use {@link integrate} for those, or split the interval.
 *
 * Domain: a, b finite (a > b gives −∫_b^a; a = b gives 0). Defaults: relTol 1e-10, absTol 0;
 * `maxSubdivisions` is the maximum number of step halvings (default 12, at most 14).
 *
 * @param f - integrand; called only at interior points, possibly very close to a or b
 * @param a - lower limit (finite)
 * @param b - upper limit (finite)
 * @param options - tolerances and level limit, see {@link QuadratureOptions}
 * @returns value, error estimate and number of evaluations
 * @throws ParameterError naming `f`, `a`, `b` or the offending option
 * @throws ConvergenceError when f returns NaN/±Infinity (naming the point) or the levels do not converge
 * @example
 * integrateTanhSinh((x) => 1 / Math.sqrt(x), 0, 1).value // 2 (to ~1e-15)
 */
export function integrateTanhSinh(
  f: (x: number) => number,
  a: number,
  b: number,
  options?: QuadratureOptions,
): QuadratureResult {
  requireFunction('f', f);
  requireFinite('a', a);
  requireFinite('b', b);
  const opts = resolveQuadratureOptions(options, 12, MAX_LEVEL);
  if (a === b) return { value: 0, errorEstimate: 0, evaluations: 0 };
  const sign = a < b ? 1 : -1;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const half = 0.5 * (hi - lo);
  if (!Number.isFinite(half)) throw new ConvergenceError('integrateTanhSinh', `the interval [${lo}, ${hi}] is too wide`);
  const centre = lo + half;
  const maxLevel = opts.maxSubdivisions;

  // Level 0: centre and t = ±1, ±2, …; fixes the truncation of each side.
  const fc = f(centre);
  if (fc - fc !== 0) nonFiniteIntegrand('integrateTanhSinh', centre, fc);
  let sum = HALF_PI * fc; // Σ w·f over all nodes so far (times h·step gives the estimate)
  let sumAbs = Math.abs(sum);
  let evaluations = 1;
  let tMaxLeft = 0;
  let tMaxRight = 0;
  {
    const lv = getLevel(0);
    const termsL: number[] = [];
    const termsR: number[] = [];
    for (let k = 0; k < lv.t.length; k++) {
      const termL = term(f, lo, half, lv, k, -1);
      if (termL === undefined) break;
      termsL.push(termL);
      evaluations++;
    }
    for (let k = 0; k < lv.t.length; k++) {
      const termR = term(f, hi, half, lv, k, 1);
      if (termR === undefined) break;
      termsR.push(termR);
      evaluations++;
    }
    for (const x of termsL) { sum += x; sumAbs += Math.abs(x); }
    for (const x of termsR) { sum += x; sumAbs += Math.abs(x); }
    tMaxLeft = truncation(termsL, sumAbs, lv);
    tMaxRight = truncation(termsR, sumAbs, lv);
  }
  let estimate = half * sum;
  let previous = estimate;
  let diff = Infinity;
  for (let level = 1; level <= maxLevel; level++) {
    const lv = getLevel(level);
    for (let k = 0; k < lv.t.length && (lv.t[k] as number) <= tMaxLeft; k++) {
      const x = term(f, lo, half, lv, k, -1);
      if (x === undefined) break;
      sum += x;
      sumAbs += Math.abs(x);
      evaluations++;
    }
    for (let k = 0; k < lv.t.length && (lv.t[k] as number) <= tMaxRight; k++) {
      const x = term(f, hi, half, lv, k, 1);
      if (x === undefined) break;
      sum += x;
      sumAbs += Math.abs(x);
      evaluations++;
    }
    const step = 2 ** -level;
    estimate = half * step * sum;
    diff = Math.abs(estimate - previous);
    previous = estimate;
    const roundOff = 10 * EPS * half * step * sumAbs;
    const tol = Math.max(opts.absTol, opts.relTol * Math.abs(estimate), roundOff);
    if (level >= 2 && diff <= tol) {
      return { value: sign * estimate, errorEstimate: diff + roundOff, evaluations };
    }
  }
  throw new ConvergenceError(
    'integrateTanhSinh',
    `${maxLevel} levels did not reach the tolerance; estimate ${sign * estimate}, last change ${diff}` +
      ' (an interior peak or oscillation: use integrate; or a singularity at a non-zero end point, where the' +
      ' floating-point resolution limits the accuracy: write the integrand in the distance to that end point)',
    sign * estimate,
    diff,
  );
}

/**
 * w·f at node k of a level on one side (side −1: near `end` = a, +1: near `end` = b), or undefined when the
 * node rounds onto the end point (and so do all further nodes of this level).
 */
function term(f: (x: number) => number, end: number, half: number, lv: Level, k: number, side: number): number | undefined {
  const x = end - side * half * (lv.gap[k] as number);
  if (x === end) return undefined;
  const fx = f(x);
  if (fx - fx !== 0) nonFiniteIntegrand('integrateTanhSinh', x, fx);
  return (lv.weight[k] as number) * fx;
}

/**
 * Largest t worth summing on one side: the t of the first negligible level-0 term (or of the first node that
 * rounded onto the end point, or of the last node).
 */
function truncation(terms: readonly number[], sumAbs: number, lv: Level): number {
  let last = -1;
  for (let k = 0; k < terms.length; k++) {
    if (Math.abs(terms[k] as number) > NEGLIGIBLE * sumAbs) last = k;
  }
  return lv.t[Math.min(last + 1, lv.t.length - 1)] as number;
}
