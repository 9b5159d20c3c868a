/**
 * Rotations of the spatial part of a four-vector. Convention: R(θ, φ) = R_z(φ) R_y(θ), which carries the z axis
 * to the direction n̂(θ, φ) = (sin θ cos φ, sin θ sin φ, cos θ). So a momentum generated along (or about) z in
 * some frame is oriented along n̂ by R(θ, φ). Angles in rad; the energy component is copied unchanged.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireFinite } from '../core/validate.js';
import { requireFiniteFourVector, requireSource, type FourVector, type FourVectorSource, type ThreeVector } from './fourVector.js';

/**
 * Unit vector n̂ = (sin θ cos φ, sin θ sin φ, cos θ) from cos θ ∈ [−1, 1] and φ (rad).
 * @param cosTheta - cosine of the polar angle, [−1, 1]
 * @param phi - azimuth, rad (finite)
 * @example directionFromAngles(0, 0) // [1, 0, 0]
 */
export function directionFromAngles(cosTheta: number, phi: number): ThreeVector {
  if (typeof cosTheta !== 'number' || !(cosTheta >= -1 && cosTheta <= 1)) throw new ParameterError('cosTheta', cosTheta, '[-1, 1]');
  requireFinite('phi', phi);
  const s = Math.sqrt((1 - cosTheta) * (1 + cosTheta));
  return [s * Math.cos(phi), s * Math.sin(phi), cosTheta];
}

/**
 * Rotate the spatial part of p by R(θ, φ) = R_z(φ) R_y(θ) (z axis → n̂(θ, φ)). Allocation-free; in place allowed.
 * @param out - destination buffer
 * @param outOffset - index of the energy component in `out`
 * @param p - four-vector to rotate (tuple or buffer)
 * @param theta - polar angle of the new z axis, rad
 * @param phi - azimuth of the new z axis, rad
 * @param pOffset - offset of `p` (default 0)
 * @example
 * const out = new Float64Array(4);
 * rotateInto(out, 0, [1, 0, 0, 1], Math.PI / 2, 0); // out ≈ [1, 1, 0, 0]
 */
export function rotateInto(
  out: Float64Array,
  outOffset: number,
  p: FourVectorSource,
  theta: number,
  phi: number,
  pOffset = 0,
): void {
  if (!Number.isFinite(theta)) throw new ParameterError('theta', theta, 'a finite number');
  if (!Number.isFinite(phi)) throw new ParameterError('phi', phi, 'a finite number');
  rotateWithCosSin(out, outOffset, p, Math.cos(theta), Math.sin(theta), Math.cos(phi), Math.sin(phi), pOffset);
}

/**
 * Rotate the spatial part of p so that the z axis is carried to the direction d⃗ = (dx, dy, dz) (need not be
 * normalised, must be non-zero); the rotation is R(θ_d, φ_d) of {@link rotateInto}. Use it to go from a
 * helicity frame (z along a parent's flight direction) to the frame of that direction. Allocation-free.
 * @param out - destination buffer
 * @param outOffset - index of the energy component in `out`
 * @param p - four-vector to rotate
 * @param dx - x component of the target direction
 * @param dy - y component of the target direction
 * @param dz - z component of the target direction
 * @param pOffset - offset of `p` (default 0)
 * @example
 * const out = new Float64Array(4);
 * rotateToDirectionInto(out, 0, [1, 0, 0, 1], 0, 3, 0); // out ≈ [1, 0, 1, 0]
 */
export function rotateToDirectionInto(
  out: Float64Array,
  outOffset: number,
  p: FourVectorSource,
  dx: number,
  dy: number,
  dz: number,
  pOffset = 0,
): void {
  const rho = Math.sqrt(dx * dx + dy * dy);
  const norm = Math.sqrt(rho * rho + dz * dz);
  if (!(norm > 0) || !Number.isFinite(norm)) {
    throw new ParameterError('direction', norm, 'a finite, non-zero three-vector (dx, dy, dz)');
  }
  const cosPhi = rho > 0 ? dx / rho : 1;
  const sinPhi = rho > 0 ? dy / rho : 0;
  rotateWithCosSin(out, outOffset, p, dz / norm, rho / norm, cosPhi, sinPhi, pOffset);
}

/**
 * Tuple version of {@link rotateInto}.
 * @param p - four-vector
 * @param theta - polar angle of the new z axis, rad
 * @param phi - azimuth of the new z axis, rad
 * @example rotate([1, 0, 0, 1], Math.PI / 2, Math.PI / 2) // ≈ [1, 0, 1, 0]
 */
export function rotate(p: FourVectorSource, theta: number, phi: number): FourVector {
  const out = new Float64Array(4);
  rotateInto(out, 0, p, theta, phi);
  return [out[0]!, out[1]!, out[2]!, out[3]!];
}

/** R_z(φ) R_y(θ) applied to the spatial part, from precomputed cosines and sines. @internal */
export function rotateWithCosSin(
  out: Float64Array,
  o: number,
  p: FourVectorSource,
  cosT: number,
  sinT: number,
  cosP: number,
  sinP: number,
  pOffset: number,
): void {
  requireSource('p', p);
  if (!(out instanceof Float64Array)) throw new ParameterError('out', out, 'a Float64Array');
  const e = p[pOffset]!;
  const x = p[pOffset + 1]!;
  const y = p[pOffset + 2]!;
  const z = p[pOffset + 3]!;
  const x1 = x * cosT + z * sinT;
  const z1 = z * cosT - x * sinT;
  const x2 = x1 * cosP - y * sinP;
  const y2 = x1 * sinP + y * cosP;
  if (!(o >= 0 && o + 4 <= out.length && (o | 0) === o)) {
    throw new ParameterError('outOffset', o, `an integer in [0, ${out.length - 4}]`);
  }
  if (!Number.isFinite(e + x2 + y2 + z1)) {
    requireFiniteFourVector('p', p, pOffset);
    throw new ParameterError('p', e, 'a four-vector whose rotation is finite');
  }
  out[o] = e;
  out[o + 1] = x2;
  out[o + 2] = y2;
  out[o + 3] = z1;
}
