/**
 * Regularised lower incomplete gamma function P(a, x) for the Tsai primary-electron spectrum (internal helper of
 * the thick-target model; the core layer has no special-function module yet).
 *
 * @module
 * @internal
 */

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln Γ(z) for z > 0: Stirling's asymptotic series with terms to 1/z¹¹ (Abramowitz & Stegun 6.1.41), applied at
 * z + n ≥ 10 after the recurrence Γ(z + n) = Γ(z)·z(z + 1)…(z + n − 1). Truncation error < 10⁻¹⁵.
 * @internal
 */
export function logGamma(z: number): number {
  let shift = 0;
  let product = 1;
  let w = z;
  while (w < 10) {
    product *= w;
    w += 1;
    shift += 1;
  }
  const inv = 1 / w;
  const inv2 = inv * inv;
  const series =
    inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 * (1 / 1680 - inv2 * (1 / 1188 - (inv2 * 691) / 360360)))));
  const stirling = (w - 0.5) * Math.log(w) - w + HALF_LOG_2PI + series;
  return shift === 0 ? stirling : stirling - Math.log(product);
}

/**
 * P(a, x) = γ(a, x)/Γ(a) for a ≥ 0, 0 ≤ x ≤ 200, by the convergent series
 * P = x^a e^(−x)/Γ(a + 1) · Σₙ xⁿ/((a + 1)…(a + n)) (Abramowitz & Stegun 6.5.29), all terms positive.
 * P(0, x) = 1 for x > 0 (the limit a → 0⁺); P(a, 0) = 0.
 * @internal
 */
export function regularizedLowerGamma(a: number, x: number): number {
  if (a === 0) return x > 0 ? 1 : 0;
  if (x === 0) return 0;
  let term = 1;
  let sum = 1;
  for (let n = 1; n < 2000; n++) {
    term *= x / (a + n);
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  const value = Math.exp(a * Math.log(x) - x - logGamma(a + 1)) * sum;
  return value > 1 ? 1 : value;
}
