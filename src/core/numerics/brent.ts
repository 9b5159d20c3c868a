/**
 * Brent's bracketing root finder.
 *
 * @module
 */
import { ConvergenceError, ParameterError } from '../errors.js';
import { requireFinite, requireFunction, requireInteger, requireNonNegative, requireObject } from '../validate.js';

/** Tolerances and work limit of the root finders {@link brent} and {@link findRoots}. */
export interface RootOptions {
  /** Absolute tolerance on the root, in the units of x (default 0: only the relative tolerance applies). */
  readonly absTol?: number;
  /** Relative tolerance on the root (default 4·2⁻⁵², i.e. close to full double precision). */
  readonly relTol?: number;
  /** Maximum number of function evaluations after the two end points (default 5000; reached only for multiple roots near 0 without an absTol). */
  readonly maxIterations?: number;
}

/** Validated root-finder options. @internal */
export interface ResolvedRootOptions {
  /** Absolute tolerance. */
  readonly absTol: number;
  /** Relative tolerance. */
  readonly relTol: number;
  /** Iteration cap. */
  readonly maxIterations: number;
}

const EPS = Number.EPSILON;
/** Bisect when the bracket has not halved for this many iterations (bounds the worst case). */
const STALL_LIMIT = 4;
/** Smallest positive normal double: an absolute floor of the tolerance, so roots at 0 terminate. */
const MIN_NORMAL = 2.2250738585072014e-308;

/** Validate {@link RootOptions} (possibly undefined) and fill in the defaults. @internal */
export function resolveRootOptions(options: RootOptions | undefined): ResolvedRootOptions {
  if (options === undefined) return { absTol: 0, relTol: 4 * EPS, maxIterations: 5000 };
  const o = requireObject('options', options);
  const absTol = o['absTol'] === undefined ? 0 : requireNonNegative('options.absTol', o['absTol']);
  const relTol = o['relTol'] === undefined ? 4 * EPS : requireNonNegative('options.relTol', o['relTol']);
  if (relTol >= 1) throw new ParameterError('options.relTol', relTol, '[0, 1)');
  const maxIterations =
    o['maxIterations'] === undefined ? 5000 : requireInteger('options.maxIterations', o['maxIterations'], 1, 1_000_000);
  return { absTol, relTol, maxIterations };
}

function evaluate(f: (x: number) => number, x: number): number {
  const y = f(x);
  if (typeof y !== 'number' || y - y !== 0) {
    throw new ConvergenceError('brent', `f returned ${String(y)} at x = ${x}`);
  }
  return y;
}

/**
 * A root of f in the bracket [a, b], where f(a) and f(b) have opposite signs (or one of them is zero).
 *
 * Method: R. P. Brent, "Algorithms for Minimization without Derivatives" (Prentice-Hall 1973), ch. 4
 * (procedure *zero*): inverse quadratic interpolation or secant steps, replaced by bisection whenever they would
 * leave the bracket or shrink too slowly (Brent's conditions), and, as an extra safeguard against the slow
 * approach to multiple roots, whenever the bracket has not halved for 4 iterations: superlinear for simple
 * roots, never slower than ~4× bisection. The bracket always contains a sign change; iteration
 * stops when its half-width is below 2ε|x| + ½·max(absTol, relTol·|x|, 2.2e-308) or f(x) = 0 exactly.
 *
 * Domain: a, b finite (either order); f continuous on the bracket and finite at every point it is called.
 *
 * @param f - function whose zero is sought
 * @param a - one end of the bracket
 * @param b - other end of the bracket
 * @param options - tolerances and iteration cap, see {@link RootOptions}
 * @returns x with |x − root| within the tolerance (an end point if f vanishes there)
 * @throws ParameterError naming `bracket` when f(a), f(b) are both non-zero and of the same sign; naming `f`,
 *   `a`, `b` or an option for invalid input
 * @throws ConvergenceError when f returns NaN/±Infinity (naming the point) or maxIterations is exceeded
 * @example
 * brent((x) => x * x - 2, 0, 2) // 1.414213562373095 (√2 to 1 ulp)
 */
export function brent(f: (x: number) => number, a: number, b: number, options?: RootOptions): number {
  requireFunction('f', f);
  requireFinite('a', a);
  requireFinite('b', b);
  const opts = resolveRootOptions(options);
  return brentChecked(f, a, b, evaluate(f, a), evaluate(f, b), opts);
}

/** {@link brent} after validation, with f(a), f(b) already known (used by findRoots). @internal */
export function brentChecked(
  f: (x: number) => number,
  a: number,
  b: number,
  fa: number,
  fb: number,
  opts: ResolvedRootOptions,
): number {
  if (fa === 0) return a;
  if (fb === 0) return b;
  if ((fa > 0) === (fb > 0)) {
    throw new ParameterError(
      'bracket',
      `[${a}, ${b}]`,
      `with f(a), f(b) of opposite sign or zero (f(${a}) = ${fa}, f(${b}) = ${fb})`,
    );
  }
  const absFloor = 0.5 * Math.max(opts.absTol, 2 * MIN_NORMAL);
  let c = a;
  let fc = fa;
  let d = b - a; // last step
  let e = d; // step before last
  let widthRef = Math.abs(b - a); // bracket width when it last halved
  let stalled = 0; // iterations since then
  for (let iteration = 0; ; iteration++) {
    if ((fb > 0) === (fc > 0)) {
      // Keep the sign change between b and c.
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      // b is always the best estimate.
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * EPS * Math.abs(b) + Math.max(absFloor, 0.5 * opts.relTol * Math.abs(b));
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (iteration >= opts.maxIterations) {
      throw new ConvergenceError(
        'brent',
        `${opts.maxIterations} iterations (maxIterations) left the bracket [${Math.min(b, c)}, ${Math.max(b, c)}]`,
        b,
        Math.abs(c - b),
      );
    }
    const width = Math.abs(c - b);
    if (width <= 0.5 * widthRef) {
      widthRef = width;
      stalled = 0;
    } else {
      stalled++;
    }
    if (stalled >= STALL_LIMIT || Math.abs(e) < tol || Math.abs(fa) <= Math.abs(fb)) {
      // Bisection: interpolation stalled (slow, e.g. multiple root), the previous step was too small, or
      // it did not improve.
      d = m;
      e = m;
    } else {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * m * s; // secant
        q = 1 - s;
      } else {
        const qa = fa / fc; // inverse quadratic interpolation through a, b, c
        const r = fb / fc;
        p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < 3 * m * q - Math.abs(tol * q) && p < Math.abs(0.5 * e * q)) {
        e = d;
        d = p / q; // accept the interpolation
      } else {
        d = m;
        e = m;
      }
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = evaluate(f, b);
  }
}
