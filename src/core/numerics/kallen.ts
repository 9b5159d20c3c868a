/**
 * The Källén (triangle) function and its guarded square root, the kinematic building block of two-body
 * phase space.
 *
 * @module
 */
import { KinematicsError, ParameterError } from '../errors.js';
import { requireFinite } from '../validate.js';

/** Relative size of negative λ that is treated as round-off (see {@link sqrtKallen}). */
const ROUND_OFF = 1e-12;

/** λ with validated, finite arguments; exactly symmetric (arguments sorted, largest first). */
function lambda(a: number, b: number, c: number): number {
  // Sort so that x ≥ y ≥ z, then λ = (x − y − z)² − 4yz: no large cancellation when x dominates, and the
  // result does not depend on the argument order.
  let x = a;
  let y = b;
  let z = c;
  let t: number;
  if (y > x) { t = x; x = y; y = t; }
  if (z > x) { t = x; x = z; z = t; }
  if (z > y) { t = y; y = z; z = t; }
  const s = x - y - z;
  const value = s * s - 4 * y * z;
  if (!Number.isFinite(value)) {
    throw new ParameterError('a', a, `arguments small enough that λ(a, b, c) is finite (b = ${b}, c = ${c})`);
  }
  return value;
}

/**
 * Källén function λ(a, b, c) = a² + b² + c² − 2ab − 2ac − 2bc.
 *
 * Method: evaluated as (x − y − z)² − 4yz with the arguments sorted (x ≥ y ≥ z), which is exactly symmetric and
 * avoids the cancellation of the expanded form when one argument dominates. Source: G. Källén, "Elementary
 * Particle Physics" (Addison-Wesley 1964); the PDG Review "Kinematics" (two-body decays) writes the
 * two-body momentum as λ^{1/2}(s, m₁², m₂²)/(2√s).
 *
 * Domain: any finite a, b, c (typically squared masses in GeV², giving λ in GeV⁴). Near a threshold
 * s ≈ (m₁ + m₂)² the factorised form (s − (m₁+m₂)²)(s − (m₁−m₂)²) is more accurate if the masses are known.
 *
 * @param a - first argument (e.g. s, GeV²)
 * @param b - second argument (e.g. m₁², GeV²)
 * @param c - third argument (e.g. m₂², GeV²)
 * @returns λ(a, b, c) (may be negative: kinematically forbidden)
 * @throws ParameterError naming `a`, `b` or `c` when non-finite, or `a` when λ overflows
 * @example
 * kallen(10, 1, 4) // 100 + 1 + 16 − 20 − 80 − 8 = 9
 */
export function kallen(a: number, b: number, c: number): number {
  requireFinite('a', a);
  requireFinite('b', b);
  requireFinite('c', c);
  return lambda(a, b, c);
}

/**
 * √λ(a, b, c), guarded against round-off: λ ≥ 0 gives √λ; −10⁻¹²·(|a| + |b| + |c|)² ≤ λ < 0 (a point at
 * threshold that rounding pushed just below it) gives 0; a more negative λ means the configuration is
 * kinematically forbidden and throws.
 *
 * Method: {@link kallen}, then the clamp of ENGINEERING.md §4.5 rule 6. The two-body momentum in the rest frame
 * of a particle of mass M decaying to m₁, m₂ is p = √λ(M², m₁², m₂²)/(2M) (PDG Review "Kinematics").
 *
 * @param a - first argument (e.g. M², GeV²)
 * @param b - second argument (e.g. m₁², GeV²)
 * @param c - third argument (e.g. m₂², GeV²)
 * @returns √λ ≥ 0 (GeV² for squared-mass arguments)
 * @throws ParameterError naming `a`, `b` or `c` when non-finite
 * @throws KinematicsError('two-body phase space', …) when λ < −10⁻¹²·(|a| + |b| + |c|)²
 * @example
 * sqrtKallen(10, 1, 4) // 3
 * sqrtKallen(9, 1, 4)  // 0 (exactly at threshold, M = m₁ + m₂)
 */
export function sqrtKallen(a: number, b: number, c: number): number {
  requireFinite('a', a);
  requireFinite('b', b);
  requireFinite('c', c);
  const value = lambda(a, b, c);
  if (value >= 0) return Math.sqrt(value);
  const scale = Math.abs(a) + Math.abs(b) + Math.abs(c);
  if (value >= -ROUND_OFF * scale * scale) return 0;
  throw new KinematicsError(
    'two-body phase space',
    `λ(${a}, ${b}, ${c}) = ${value} < 0 (below threshold beyond round-off)`,
  );
}
