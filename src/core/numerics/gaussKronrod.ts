/**
 * The 7-point Gauss / 15-point Kronrod rule pair (G7K15) applied to one interval, with the QUADPACK error
 * estimate. Used by the adaptive driver {@link integrate}.
 *
 * Nodes and weights: Kronrod extension of the 7-point Gauss–Legendre rule, as tabulated in R. Piessens,
 * E. de Doncker-Kapenga, C. Überhuber, D. Kahaner, "QUADPACK: A Subroutine Package for Automatic
 * Integration" (Springer 1983), routine QK15. The K15 rule is exact for polynomials of degree ≤ 22, the G7
 * rule for degree ≤ 13.
 *
 * @module
 */
import { ConvergenceError } from '../errors.js';

/** K15 abscissae on [−1, 1], non-negative half, largest first (index 7 is the centre). @internal */
export const KRONROD_NODES: Float64Array = Float64Array.of(
  0.991455371120812639206854697526329,
  0.949107912342758524526189684047851,
  0.864864423359769072789712788640926,
  0.741531185599394439863864773280788,
  0.586087235467691130294144845693013,
  0.405845151377397166906606412076961,
  0.207784955007898467600689403773245,
  0,
);

/** K15 weights matching {@link KRONROD_NODES}. @internal */
export const KRONROD_WEIGHTS: Float64Array = Float64Array.of(
  0.02293532201052922496373200805897,
  0.063092092629978553290700663189204,
  0.104790010322250183839876322541518,
  0.140653259715525918745189590510238,
  0.16900472663926790282658342659855,
  0.190350578064785409913256402421014,
  0.204432940075298892414161999234649,
  0.209482141084727828012999174891714,
);

/**
 * G7 weights of the Gauss nodes, which are the odd-indexed Kronrod nodes 1, 3, 5 and the centre 7.
 * @internal
 */
export const GAUSS_WEIGHTS: Float64Array = Float64Array.of(
  0.129484966168869693270611432679082,
  0.27970539148927666790146777142378,
  0.381830050505118944950369775488975,
  0.417959183673469387755102040816327,
);

const EPS = Number.EPSILON;
const TINY = Number.MIN_VALUE / (50 * EPS);

/** Where {@link applyGaussKronrod15} writes its three results. @internal */
export interface RuleSink {
  /** K15 estimate of ∫ f over each stored interval. */
  readonly value: Float64Array;
  /** QUADPACK error estimate of each stored interval. */
  readonly error: Float64Array;
  /** K15 estimate of ∫ |f| over each stored interval (the round-off scale). */
  readonly absValue: Float64Array;
  /** Scratch space for the 14 off-centre integrand values (length ≥ 14), private to one call depth. */
  readonly scratch: Float64Array;
}

/** Throw the ConvergenceError for a non-finite integrand value. @internal */
export function nonFiniteIntegrand(routine: string, x: number, fx: number): never {
  throw new ConvergenceError(routine, `the integrand returned ${fx} at x = ${x}`);
}

/**
 * Apply G7K15 to f on [a, b] (a < b) and store value, error estimate and ∫|f| in `sink` at `slot`.
 *
 * Error estimate (QUADPACK QK15): with I_K, I_G the two rules and R = ∫|f − I_K/(b−a)| (K15), the error is
 * R·min(1, (200|I_K − I_G|/R)^1.5), raised to at least 50·ε·∫|f| (the round-off level).
 * @internal
 */
export function applyGaussKronrod15(
  f: (x: number) => number,
  a: number,
  b: number,
  sink: RuleSink,
  slot: number,
  routine: string,
): void {
  const centre = 0.5 * (a + b);
  const halfLength = 0.5 * (b - a);
  const fc = f(centre);
  if (fc - fc !== 0) nonFiniteIntegrand(routine, centre, fc);
  let resK = fc * (KRONROD_WEIGHTS[7] as number);
  let resG = fc * (GAUSS_WEIGHTS[3] as number);
  let resAbs = Math.abs(resK);
  const fv = sink.scratch;
  for (let j = 0; j < 7; j++) {
    const dx = halfLength * (KRONROD_NODES[j] as number);
    const xl = centre - dx;
    const xr = centre + dx;
    const vl = f(xl);
    if (vl - vl !== 0) nonFiniteIntegrand(routine, xl, vl);
    const vr = f(xr);
    if (vr - vr !== 0) nonFiniteIntegrand(routine, xr, vr);
    const wk = KRONROD_WEIGHTS[j] as number;
    resK += wk * (vl + vr);
    resAbs += wk * (Math.abs(vl) + Math.abs(vr));
    if ((j & 1) === 1) resG += (GAUSS_WEIGHTS[j >> 1] as number) * (vl + vr);
    fv[2 * j] = vl;
    fv[2 * j + 1] = vr;
  }
  const mean = 0.5 * resK;
  let resAsc = (KRONROD_WEIGHTS[7] as number) * Math.abs(fc - mean);
  for (let j = 0; j < 7; j++) {
    resAsc +=
      (KRONROD_WEIGHTS[j] as number) * (Math.abs((fv[2 * j] as number) - mean) + Math.abs((fv[2 * j + 1] as number) - mean));
  }
  const scale = Math.abs(halfLength);
  const value = resK * halfLength;
  resAbs *= scale;
  resAsc *= scale;
  let err = Math.abs((resK - resG) * halfLength);
  if (resAsc !== 0 && err !== 0) {
    const ratio = (200 * err) / resAsc;
    err = resAsc * Math.min(1, ratio * Math.sqrt(ratio)); // ratio^1.5
  }
  if (resAbs > TINY) err = Math.max(50 * EPS * resAbs, err);
  if (!Number.isFinite(value) || !Number.isFinite(err)) {
    throw new ConvergenceError(routine, `the integral over [${a}, ${b}] overflows`);
  }
  sink.value[slot] = value;
  sink.error[slot] = err;
  sink.absValue[slot] = resAbs;
}
