/**
 * Lorentz invariants and simple magnitudes of four-vectors (metric (+, −, −, −), GeV). Each function reads a
 * four-vector at an offset, so it works on a {@link FourVector} tuple and on a `Float64Array` buffer alike.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireFiniteFourVector, requireSource, type FourVectorSource } from './fourVector.js';

/** Relative size of a negative m² accepted as round-off and clamped to 0 (relative to E² + |p|²). */
const NEGATIVE_MASS2_TOLERANCE = 1e-12;

/**
 * Minkowski product p·q = E_p E_q − p⃗·q⃗, GeV².
 * @param p - first four-vector (tuple or buffer)
 * @param q - second four-vector
 * @param pOffset - offset of `p` (default 0)
 * @param qOffset - offset of `q` (default 0)
 * @example dot([5, 0, 0, 3], [1, 0, 0, 1]) // 2
 */
export function dot(p: FourVectorSource, q: FourVectorSource, pOffset = 0, qOffset = 0): number {
  requireSource('p', p);
  requireSource('q', q);
  const r =
    p[pOffset]! * q[qOffset]! -
    p[pOffset + 1]! * q[qOffset + 1]! -
    p[pOffset + 2]! * q[qOffset + 2]! -
    p[pOffset + 3]! * q[qOffset + 3]!;
  if (!Number.isFinite(r)) {
    requireFiniteFourVector('p', p, pOffset);
    requireFiniteFourVector('q', q, qOffset);
    throw new ParameterError('p', r, 'four-vectors whose product is finite');
  }
  return r;
}

/**
 * Invariant mass squared m² = E² − |p⃗|², GeV² (may be negative for a space-like vector).
 * @param p - four-vector (tuple or buffer)
 * @param offset - offset of `p` (default 0)
 * @example invariantMassSquared([5, 0, 0, 3]) // 16
 */
export function invariantMassSquared(p: FourVectorSource, offset = 0): number {
  return dot(p, p, offset, offset);
}

/**
 * Invariant mass m = √(E² − |p⃗|²), GeV. A negative m² within 10⁻¹²·(E² + |p⃗|²) of zero is round-off and gives 0;
 * a clearly space-like vector throws a ParameterError naming `p`.
 * @param p - four-vector (tuple or buffer)
 * @param offset - offset of `p` (default 0)
 * @example invariantMass([5, 0, 0, 3]) // 4
 */
export function invariantMass(p: FourVectorSource, offset = 0): number {
  const m2 = dot(p, p, offset, offset);
  if (m2 >= 0) return Math.sqrt(m2);
  const e = p[offset]!;
  const scale = 2 * e * e - m2;
  if (-m2 <= NEGATIVE_MASS2_TOLERANCE * scale) return 0;
  throw new ParameterError('p', m2, 'a time-like or light-like four-vector (E² − |p|² ≥ 0)');
}

/**
 * Invariant mass of the pair p + q, √((p + q)²), GeV (round-off handled as in {@link invariantMass}).
 * @param p - first four-vector
 * @param q - second four-vector
 * @param pOffset - offset of `p` (default 0)
 * @param qOffset - offset of `q` (default 0)
 * @example pairInvariantMass([1, 0, 0, 1], [1, 0, 0, -1]) // 2
 */
export function pairInvariantMass(p: FourVectorSource, q: FourVectorSource, pOffset = 0, qOffset = 0): number {
  requireSource('p', p);
  requireSource('q', q);
  const sum: [number, number, number, number] = [0, 0, 0, 0];
  for (let k = 0; k < 4; k++) sum[k] = p[pOffset + k]! + q[qOffset + k]!;
  if (!sum.every((x) => typeof x === 'number' && Number.isFinite(x))) {
    requireFiniteFourVector('p', p, pOffset);
    requireFiniteFourVector('q', q, qOffset);
    throw new ParameterError('p', sum[0], 'four-vectors whose sum is finite');
  }
  return invariantMass(sum);
}

/**
 * Magnitude of the three-momentum |p⃗|, GeV.
 * @param p - four-vector (tuple or buffer)
 * @param offset - offset of `p` (default 0)
 * @example momentumMagnitude([5, 0, 0, 3]) // 3
 */
export function momentumMagnitude(p: FourVectorSource, offset = 0): number {
  requireSource('p', p);
  const r = Math.hypot(p[offset + 1]!, p[offset + 2]!, p[offset + 3]!);
  if (!Number.isFinite(r)) {
    requireFiniteFourVector('p', p, offset);
    throw new ParameterError('p', r, 'a four-vector whose |p| is finite');
  }
  return r;
}

/**
 * Transverse momentum (with respect to the z axis) p_T = √(px² + py²), GeV.
 * @param p - four-vector (tuple or buffer)
 * @param offset - offset of `p` (default 0)
 * @example transverseMomentum([13, 3, 4, 12]) // 5
 */
export function transverseMomentum(p: FourVectorSource, offset = 0): number {
  requireSource('p', p);
  const r = Math.hypot(p[offset + 1]!, p[offset + 2]!);
  if (!Number.isFinite(r)) {
    requireFiniteFourVector('p', p, offset);
    throw new ParameterError('p', r, 'a four-vector whose p_T is finite');
  }
  return r;
}
