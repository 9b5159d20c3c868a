/**
 * Angles and rapidities of four-vectors with respect to the z axis (the beam axis of the experiment). All
 * functions read a four-vector at an offset (tuple or buffer) and are accurate at small angles (atan2 forms, no
 * arccos of a number near 1), which matters for NA64 where the A′ angle is ~10⁻⁴ rad.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireFiniteFourVector, requireSource, type FourVectorSource } from './fourVector.js';

/**
 * Polar angle θ ∈ [0, π] of the three-momentum with respect to +z, in rad: θ = atan2(p_T, p_z).
 * A zero three-momentum gives 0.
 * @param p - four-vector (tuple or buffer)
 * @param offset - offset of `p` (default 0)
 * @example polarAngle([2, 1, 0, 1]) // π/4
 */
export function polarAngle(p: FourVectorSource, offset = 0): number {
  requireSource('p', p);
  const r = Math.atan2(Math.hypot(p[offset + 1]!, p[offset + 2]!), p[offset + 3]!);
  if (!Number.isFinite(r)) requireFiniteFourVector('p', p, offset);
  return r;
}

/**
 * Cosine of the polar angle, p_z/|p⃗| (1 for a zero three-momentum).
 * @param p - four-vector (tuple or buffer)
 * @param offset - offset of `p` (default 0)
 * @example cosPolarAngle([5, 0, 4, 3]) // 0.6
 */
export function cosPolarAngle(p: FourVectorSource, offset = 0): number {
  requireSource('p', p);
  const mag = Math.hypot(p[offset + 1]!, p[offset + 2]!, p[offset + 3]!);
  if (!Number.isFinite(mag)) requireFiniteFourVector('p', p, offset);
  return mag === 0 ? 1 : p[offset + 3]! / mag;
}

/**
 * Azimuthal angle φ ∈ (−π, π] about +z, rad: φ = atan2(p_y, p_x) (0 for p_T = 0).
 * @param p - four-vector (tuple or buffer)
 * @param offset - offset of `p` (default 0)
 * @example azimuthalAngle([1, 0, 1, 0]) // π/2
 */
export function azimuthalAngle(p: FourVectorSource, offset = 0): number {
  requireSource('p', p);
  const r = Math.atan2(p[offset + 2]!, p[offset + 1]!);
  if (!Number.isFinite(r)) requireFiniteFourVector('p', p, offset);
  return r;
}

/**
 * Rapidity y = ½ ln[(E + p_z)/(E − p_z)] (dimensionless). Requires E > |p_z| (a massless particle exactly
 * along the axis has infinite rapidity and throws a ParameterError naming `p`).
 * @param p - four-vector (tuple or buffer)
 * @param offset - offset of `p` (default 0)
 * @example rapidity([2, 0, 0, 1]) // 0.5493 (= artanh 0.5)
 */
export function rapidity(p: FourVectorSource, offset = 0): number {
  requireSource('p', p);
  const e = p[offset]!;
  const pz = p[offset + 3]!;
  if (!(e > Math.abs(pz)) || !Number.isFinite(e)) {
    requireFiniteFourVector('p', p, offset);
    throw new ParameterError('p', e, 'a four-vector with E > |p_z| (finite rapidity)');
  }
  const y = 0.5 * Math.log((e + pz) / (e - pz));
  if (!Number.isFinite(y)) throw new ParameterError('p', e, 'a four-vector whose rapidity is finite (E ± p_z not overflowing)');
  return y;
}

/**
 * Pseudorapidity η = −ln tan(θ/2) = asinh(p_z/p_T). Requires p_T > 0 (throws a ParameterError naming `p`).
 * @param p - four-vector (tuple or buffer)
 * @param offset - offset of `p` (default 0)
 * @example pseudorapidity([2, 1, 0, 0]) // 0
 */
export function pseudorapidity(p: FourVectorSource, offset = 0): number {
  requireSource('p', p);
  const pt = Math.hypot(p[offset + 1]!, p[offset + 2]!);
  if (!(pt > 0) || !Number.isFinite(pt)) {
    requireFiniteFourVector('p', p, offset);
    throw new ParameterError('p', pt, 'a four-vector with p_T > 0 (finite pseudorapidity)');
  }
  const r = Math.asinh(p[offset + 3]! / pt);
  if (!Number.isFinite(r)) {
    requireFiniteFourVector('p', p, offset);
    throw new ParameterError('p', pt, 'a four-vector with p_T large enough that p_z/p_T is finite');
  }
  return r;
}

/**
 * Opening angle between the three-momenta of p and q, rad ∈ [0, π], as atan2(|p⃗ × q⃗|, p⃗·q⃗) (accurate for
 * nearly collinear vectors). 0 if either three-momentum vanishes.
 * @param p - first four-vector
 * @param q - second four-vector
 * @param pOffset - offset of `p` (default 0)
 * @param qOffset - offset of `q` (default 0)
 * @example openingAngle([1, 1, 0, 0], [1, 0, 1, 0]) // π/2
 */
export function openingAngle(p: FourVectorSource, q: FourVectorSource, pOffset = 0, qOffset = 0): number {
  requireSource('p', p);
  requireSource('q', q);
  const ax = p[pOffset + 1]!;
  const ay = p[pOffset + 2]!;
  const az = p[pOffset + 3]!;
  const bx = q[qOffset + 1]!;
  const by = q[qOffset + 2]!;
  const bz = q[qOffset + 3]!;
  const cross = Math.hypot(ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx);
  const r = Math.atan2(cross, ax * bx + ay * by + az * bz);
  if (!Number.isFinite(r)) {
    requireFiniteFourVector('p', p, pOffset);
    requireFiniteFourVector('q', q, qOffset);
    throw new ParameterError('p', r, 'four-vectors with a finite opening angle');
  }
  return r;
}
