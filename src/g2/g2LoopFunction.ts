/**
 * The one-loop function F(r) of the lepton anomalous magnetic moment induced by a kinetically mixed vector.
 *
 * @module
 */
import { integrate } from '../core/numerics/index.js';
import { requireNonNegative } from '../core/validate.js';

/** Below this r the closed form is used (it cancels catastrophically for larger r: 1e-7 at r = 100). */
const CLOSED_FORM_MAX_R = 10;
/** Above this r the asymptotic series (six terms, truncation error < 1e-20 relative here) is used. */
const ASYMPTOTIC_MIN_R = 1e4;

/** The integrand 2z(1 − z)²/((1 − z)² + r z) of F(r). */
function integrand(z: number, r: number): number {
  const w = 1 - z;
  return (2 * z * w * w) / (w * w + r * z);
}

/**
 * Closed form of F(r) for 0 < r ≤ 10 (THEORY §4.1, verified there against quadrature), b = r − 2:
 *
 *     F(r) = 1 − 2r + 2r [ (b/2) ln r + (1 − b²/2) I(r) ],
 *     I(r) = (2/q) atan(q/r),  q = √(r(4 − r))     (r < 4)
 *     I(r) = (2/q) atanh(q/r), q = √(r(r − 4))     (r > 4),    I(4) = 1/2
 *
 * The two-arctangent (two-logarithm) forms of THEORY §4.1 are combined here with
 * atan x − atan y = atan((x − y)/(1 + xy)) (resp. the ln analogue), which removes their cancellation near r = 4.
 */
function closedForm(r: number): number {
  const b = r - 2;
  let i: number;
  if (r < 4) {
    const q = Math.sqrt(r * (4 - r));
    i = (2 / q) * Math.atan(q / r);
  } else if (r > 4) {
    const q = Math.sqrt(r * (r - 4));
    i = (2 / q) * Math.atanh(q / r);
  } else {
    i = 0.5;
  }
  return 1 - 2 * r + 2 * r * ((b / 2) * Math.log(r) + (1 - (b * b) / 2) * i);
}

/**
 * Asymptotic expansion of F(r) for r ≫ 1, L = ln r (derived for this library by expanding the closed form in
 * 1/r; the first two terms are those of THEORY §4.1):
 *
 *     F(r) = 2/(3r) + (25/6 − 2L)/r² + (97/5 − 12L)/r³ + (416/5 − 56L)/r⁴ + (7216/21 − 240L)/r⁵
 *            + (38953/28 − 990L)/r⁶ + O(L/r⁷)
 *
 * Relative truncation error ~ 1e-12 at r = 1e3, far below double precision for r ≥ 1e4.
 */
function asymptotic(r: number): number {
  const x = 1 / r;
  const l = Math.log(r);
  const c6 = 38953 / 28 - 990 * l;
  const c5 = 7216 / 21 - 240 * l;
  const c4 = 416 / 5 - 56 * l;
  const c3 = 97 / 5 - 12 * l;
  const c2 = 25 / 6 - 2 * l;
  return x * (2 / 3 + x * (c2 + x * (c3 + x * (c4 + x * (c5 + x * c6)))));
}

/**
 * F(r) by adaptive Gauss–Kronrod quadrature, split at z = 1/r where the integrand changes behaviour
 * (relative tolerance 1e-13).
 */
function quadrature(r: number): number {
  const f = (z: number): number => integrand(z, r);
  const split = Math.min(1, 1 / r);
  const options = { relTol: 1e-13 } as const;
  return integrate(f, 0, split, options).value + integrate(f, split, 1, options).value;
}

/**
 * {@link g2LoopFunction} without validation (the caller guarantees a finite r ≥ 0).
 *
 * @internal
 * @example
 * g2LoopFunctionUnchecked(0) // 1
 */
export function g2LoopFunctionUnchecked(r: number): number {
  if (r === 0) return 1;
  if (r <= CLOSED_FORM_MAX_R) return closedForm(r);
  if (r > ASYMPTOTIC_MIN_R) return asymptotic(r);
  return quadrature(r);
}

/**
 * One-loop function of the anomalous magnetic moment from a vector of mass m_V coupled vectorially to a
 * lepton of mass m_ℓ, with r = m_V²/m_ℓ² (dimensionless):
 *
 *     F(r) = ∫₀¹ dz 2z(1 − z)² / [(1 − z)² + r z],      Δa_ℓ = (α eps²/2π) F(r)
 *
 * Source: Pospelov, arXiv:0811.1030; Endo, Hamaguchi, Mishima, arXiv:1209.2558 eq. 6 (as cited in DarkCast's
 * limits/AMM.py); THEORY §4.1. F(0) = 1 (Schwinger-like limit), F(r) → 2/(3r) for r → ∞, decreasing in r.
 *
 * Evaluation: r = 0 → 1 exactly; 0 < r ≤ 10 closed form; 10 < r ≤ 1e4 adaptive Gauss–Kronrod quadrature split
 * at z = 1/r; r > 1e4 six-term asymptotic series. Accuracy ≲ 1e-12 relative throughout (tested against
 * mpmath values to 1e-9).
 *
 * @param r - m_V²/m_ℓ², finite and ≥ 0
 * @returns F(r) in (0, 1]
 * @throws ParameterError naming `r` if it is negative, NaN or infinite
 * @example
 * g2LoopFunction(1) // 0.2091995761561...
 */
export function g2LoopFunction(r: number): number {
  return g2LoopFunctionUnchecked(requireNonNegative('r', r));
}
