/**
 * Adaptive one-dimensional quadrature: Gauss–Kronrod G7K15 on a global, error-ordered queue of subintervals.
 *
 * @module
 */
import { ConvergenceError } from '../errors.js';
import { requireFinite, requireFunction } from '../validate.js';
import { applyGaussKronrod15 } from './gaussKronrod.js';
import { acquireWorkspace, growWorkspace, releaseWorkspace, siftDown, siftUp, type Workspace } from './intervalQueue.js';
import { resolveQuadratureOptions, type QuadratureOptions, type QuadratureResult } from './quadratureOptions.js';

const EPS = Number.EPSILON;

/**
 * Definite integral ∫ₐᵇ f(x) dx by adaptive Gauss–Kronrod quadrature.
 *
 * Method: QUADPACK QAG strategy (Piessens, de Doncker-Kapenga, Überhuber & Kahaner, "QUADPACK", Springer
 * 1983, §2.2 and routine QK15). The whole interval is integrated with the 7-point Gauss / 15-point Kronrod
 * pair; then, while the summed error estimate exceeds max(absTol, relTol·|I|, 100·ε·∫|f|), the subinterval
 * with the largest error (top of a binary heap) is bisected and both halves re-integrated. Subintervals that
 * can no longer be bisected in floating point are set aside. The error estimate of each subinterval is the
 * QUADPACK one (|K15 − G7| scaled, never below the round-off level), which is conservative for smooth
 * integrands. Integrable end-point singularities (x^−½, ln x) are handled by repeated bisection, but
 * {@link integrateTanhSinh} is far cheaper for them. The end points themselves are never evaluated.
 *
 * Domain: a, b finite (a > b gives −∫_b^a; a = b gives 0 with no evaluation); f must return finite numbers.
 * Defaults: relTol 1e-10, absTol 0, maxSubdivisions 2000 (number of subintervals).
 *
 * @param f - integrand; called only at interior points
 * @param a - lower limit (finite)
 * @param b - upper limit (finite)
 * @param options - tolerances and subdivision limit, see {@link QuadratureOptions}
 * @returns value, conservative absolute error estimate and number of evaluations
 * @throws ParameterError naming `f`, `a`, `b` or the offending option
 * @throws ConvergenceError when f returns NaN/±Infinity (the message names the point), or when the tolerance
 *   is not met within maxSubdivisions subintervals (`estimate` and `achievedError` carry the best result)
 * @example
 * integrate((t) => -Math.log1p(-t) / t, 0, 1).value // 1.64493406684803 ≈ π²/6 (to ~1e-13)
 */
export function integrate(
  f: (x: number) => number,
  a: number,
  b: number,
  options?: QuadratureOptions,
): QuadratureResult {
  requireFunction('f', f);
  requireFinite('a', a);
  requireFinite('b', b);
  const opts = resolveQuadratureOptions(options, 2000, 10_000_000);
  return integrateChecked(f, a, b, opts.relTol, opts.absTol, opts.maxSubdivisions);
}

/** {@link integrate} after validation (a, b finite; tolerances valid). Used by integrate2D. @internal */
export function integrateChecked(
  f: (x: number) => number,
  a: number,
  b: number,
  relTol: number,
  absTol: number,
  maxSubdivisions: number,
): QuadratureResult {
  if (a === b) return { value: 0, errorEstimate: 0, evaluations: 0 };
  const sign = a < b ? 1 : -1;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  if (!Number.isFinite(hi - lo)) throw new ConvergenceError('integrate', `the interval [${lo}, ${hi}] is too wide`);

  // Start with room for up to 512 subintervals; adapt() grows the workspace towards maxSubdivisions.
  const { ws, level } = acquireWorkspace(Math.min(maxSubdivisions, 512));
  try {
    return adapt(f, lo, hi, sign, relTol, absTol, maxSubdivisions, ws, level);
  } finally {
    releaseWorkspace();
  }
}

function adapt(
  f: (x: number) => number,
  lo: number,
  hi: number,
  sign: number,
  relTol: number,
  absTol: number,
  maxIntervals: number,
  workspace: Workspace,
  level: number,
): QuadratureResult {
  let ws = workspace;
  let { lower, upper, value, error, absValue, heap } = ws;
  lower[0] = lo;
  upper[0] = hi;
  applyGaussKronrod15(f, lo, hi, ws, 0, 'integrate');
  let evaluations = 15;
  let total = value[0] as number;
  let totalErr = error[0] as number;
  let totalAbs = absValue[0] as number;
  if (totalErr <= Math.max(absTol, relTol * Math.abs(total), 100 * EPS * totalAbs)) {
    return { value: sign * total, errorEstimate: totalErr, evaluations };
  }
  heap[0] = 0;
  let heapSize = 1;
  let count = 1; // subintervals stored (slots 0..count-1)
  let frozenErr = 0; // error of subintervals too small to bisect

  while (count < maxIntervals && heapSize > 0) {
    const slot = heap[0] as number;
    const a1 = lower[slot] as number;
    const b2 = upper[slot] as number;
    const mid = 0.5 * (a1 + b2);
    if (!(mid > a1 && mid < b2) || b2 - a1 <= 100 * EPS * Math.max(Math.abs(a1), Math.abs(b2))) {
      // Cannot bisect further in floating point: set aside.
      frozenErr += error[slot] as number;
      heapSize--;
      heap[0] = heap[heapSize] as number;
      if (heapSize > 0) siftDown(heap, error, heapSize, 0);
      // Hopeless once the set-aside error alone exceeds the tolerance.
      if (frozenErr > Math.max(absTol, relTol * Math.abs(total), 100 * EPS * totalAbs)) break;
      continue;
    }
    if (count === heap.length) {
      ws = growWorkspace(ws, count, maxIntervals, level);
      ({ lower, upper, value, error, absValue, heap } = ws);
    }
    const oldValue = value[slot] as number;
    const oldErr = error[slot] as number;
    const oldAbs = absValue[slot] as number;
    const other = count++;
    upper[slot] = mid;
    lower[other] = mid;
    upper[other] = b2;
    applyGaussKronrod15(f, a1, mid, ws, slot, 'integrate');
    applyGaussKronrod15(f, mid, b2, ws, other, 'integrate');
    evaluations += 30;
    total += (value[slot] as number) + (value[other] as number) - oldValue;
    totalErr += (error[slot] as number) + (error[other] as number) - oldErr;
    totalAbs += (absValue[slot] as number) + (absValue[other] as number) - oldAbs;
    siftDown(heap, error, heapSize, 0);
    siftUp(heap, error, heapSize, other);
    heapSize++;
    if (totalErr <= Math.max(absTol, relTol * Math.abs(total), 100 * EPS * totalAbs)) {
      // Re-sum exactly (the running sums drift by round-off) and confirm.
      total = 0;
      totalErr = 0;
      totalAbs = 0;
      for (let i = 0; i < count; i++) {
        total += value[i] as number;
        totalErr += error[i] as number;
        totalAbs += absValue[i] as number;
      }
      if (totalErr <= Math.max(absTol, relTol * Math.abs(total), 100 * EPS * totalAbs)) {
        return { value: sign * total, errorEstimate: totalErr, evaluations };
      }
    }
  }
  total = 0;
  totalErr = 0;
  for (let i = 0; i < count; i++) {
    total += value[i] as number;
    totalErr += error[i] as number;
  }
  const reason =
    heapSize === 0 || frozenErr > 0
      ? `round-off limits the accuracy (subintervals narrower than the floating-point resolution carry error ${frozenErr})`
      : `${count} subintervals (maxSubdivisions) did not reach the tolerance`;
  throw new ConvergenceError(
    'integrate',
    `${reason}; estimate ${sign * total} ± ${totalErr} after ${evaluations} evaluations`,
    sign * total,
    totalErr,
  );
}
