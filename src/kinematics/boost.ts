/**
 * Lorentz boosts of four-vectors (active: a particle at rest acquires velocity β). Allocation-free kernels
 * `…Into(out, outOffset, p, …, pOffset)` write four numbers into a caller-owned Float64Array (in place is
 * allowed: `out === p` with equal offsets); the tuple versions wrap them.
 *
 * Formulas (standard, e.g. Jackson, Classical Electrodynamics, eq. 11.19; PDG Review "Kinematics" §49.1):
 * E′ = γ(E + β⃗·p⃗), p⃗′ = p⃗ + [γ²/(γ + 1) (β⃗·p⃗) + γE] β⃗, with γ = 1/√(1 − β²). Units: GeV; β dimensionless.
 *
 * Precision: a boost is exact to a few ulp of the result, but a round trip (boost, then inverse) is conditioned like
 * γ²: it is the identity to ~10⁻¹⁴ for γ ≲ 3 and to ~ε·γ² for large γ (a parent's mass M² = E² − |P|² is itself only
 * known to ε·E² from its four-momentum in double precision).
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireFiniteFourVector, requireSource, type FourVector, type FourVectorSource, type ThreeVector } from './fourVector.js';

/**
 * Boost the four-vector p by the velocity β⃗ = (betaX, betaY, betaZ), |β| < 1, writing the result at
 * `out[outOffset..outOffset+3]`. Allocation-free.
 * @param out - destination buffer
 * @param outOffset - index of the energy component in `out`
 * @param p - four-vector to boost (tuple or buffer)
 * @param betaX - x component of the boost velocity
 * @param betaY - y component of the boost velocity
 * @param betaZ - z component of the boost velocity
 * @param pOffset - offset of `p` (default 0)
 * @example
 * const out = new Float64Array(4);
 * boostInto(out, 0, [1, 0, 0, 0], 0, 0, 0.6); // out = [1.25, 0, 0, 0.75]
 */
export function boostInto(
  out: Float64Array,
  outOffset: number,
  p: FourVectorSource,
  betaX: number,
  betaY: number,
  betaZ: number,
  pOffset = 0,
): void {
  const b2 = betaX * betaX + betaY * betaY + betaZ * betaZ;
  if (!(b2 < 1)) throw new ParameterError('beta', Math.sqrt(b2), '[0, 1) (|β| of the boost)');
  requireSource('p', p);
  const e = p[pOffset]!;
  const x = p[pOffset + 1]!;
  const y = p[pOffset + 2]!;
  const z = p[pOffset + 3]!;
  const gamma = 1 / Math.sqrt(1 - b2);
  const bp = betaX * x + betaY * y + betaZ * z;
  const c = ((gamma * gamma) / (gamma + 1)) * bp + gamma * e;
  writeChecked(out, outOffset, gamma * (e + bp), x + c * betaX, y + c * betaY, z + c * betaZ, p, pOffset);
}

/**
 * Boost along z by velocity β_z ∈ (−1, 1): E′ = γ(E + β p_z), p_z′ = γ(p_z + βE). Allocation-free.
 * @param out - destination buffer
 * @param outOffset - index of the energy component in `out`
 * @param p - four-vector to boost (tuple or buffer)
 * @param betaZ - boost velocity along +z
 * @param pOffset - offset of `p` (default 0)
 * @example
 * const out = new Float64Array(4);
 * boostZInto(out, 0, [1, 0, 0, 0], 0.6); // out = [1.25, 0, 0, 0.75]
 */
export function boostZInto(out: Float64Array, outOffset: number, p: FourVectorSource, betaZ: number, pOffset = 0): void {
  if (!(betaZ > -1 && betaZ < 1)) throw new ParameterError('betaZ', betaZ, '(-1, 1)');
  const gamma = 1 / Math.sqrt((1 - betaZ) * (1 + betaZ));
  requireSource('p', p);
  const e = p[pOffset]!;
  const z = p[pOffset + 3]!;
  writeChecked(out, outOffset, gamma * (e + betaZ * z), p[pOffset + 1]!, p[pOffset + 2]!, gamma * (z + betaZ * e), p, pOffset);
}

/**
 * Transform p from the rest frame of `parent` to the frame in which `parent` has the given four-momentum
 * (axes parallel). With P = parent, M = √(P²): E′ = (E_P E + P⃗·p⃗)/M, p⃗′ = p⃗ + P⃗ [P⃗·p⃗/(M(E_P + M)) + E/M].
 * This form needs no β or γ and stays accurate for very large boosts (NA64: γ ~ 10⁴). Allocation-free.
 * @param out - destination buffer
 * @param outOffset - index of the energy component in `out`
 * @param p - four-vector in the parent rest frame
 * @param parent - parent four-momentum (time-like, E > 0)
 * @param pOffset - offset of `p` (default 0)
 * @param parentOffset - offset of `parent` (default 0)
 * @example
 * const out = new Float64Array(4);
 * boostFromRestFrameInto(out, 0, [1, 0, 0, 0], [5, 0, 0, 3]); // out = [1.25, 0, 0, 0.75]
 */
export function boostFromRestFrameInto(
  out: Float64Array,
  outOffset: number,
  p: FourVectorSource,
  parent: FourVectorSource,
  pOffset = 0,
  parentOffset = 0,
): void {
  restFrameTransform(out, outOffset, p, parent, pOffset, parentOffset, 1);
}

/**
 * Transform p into the rest frame of `parent` (the inverse of {@link boostFromRestFrameInto}). Allocation-free.
 * @param out - destination buffer
 * @param outOffset - index of the energy component in `out`
 * @param p - four-vector in the current frame
 * @param parent - parent four-momentum in the current frame (time-like, E > 0)
 * @param pOffset - offset of `p` (default 0)
 * @param parentOffset - offset of `parent` (default 0)
 * @example
 * const out = new Float64Array(4);
 * boostToRestFrameInto(out, 0, [5, 0, 0, 3], [5, 0, 0, 3]); // out = [4, 0, 0, 0]
 */
export function boostToRestFrameInto(
  out: Float64Array,
  outOffset: number,
  p: FourVectorSource,
  parent: FourVectorSource,
  pOffset = 0,
  parentOffset = 0,
): void {
  restFrameTransform(out, outOffset, p, parent, pOffset, parentOffset, -1);
}

/**
 * Tuple version of {@link boostInto}.
 * @param p - four-vector
 * @param beta - boost velocity β⃗, |β| < 1
 * @example boost([1, 0, 0, 0], [0, 0, 0.6]) // [1.25, 0, 0, 0.75]
 */
export function boost(p: FourVectorSource, beta: ThreeVector): FourVector {
  if (typeof beta !== 'object' || beta === null) throw new ParameterError('beta', beta, 'a three-vector [βx, βy, βz]');
  const out = new Float64Array(4);
  boostInto(out, 0, p, beta[0], beta[1], beta[2]);
  return toTuple(out);
}

/**
 * Tuple version of {@link boostZInto}.
 * @param p - four-vector
 * @param betaZ - boost velocity along +z, (−1, 1)
 * @example boostZ([1, 0, 0, 0], 0.6) // [1.25, 0, 0, 0.75]
 */
export function boostZ(p: FourVectorSource, betaZ: number): FourVector {
  const out = new Float64Array(4);
  boostZInto(out, 0, p, betaZ);
  return toTuple(out);
}

/**
 * Tuple version of {@link boostFromRestFrameInto}.
 * @param p - four-vector in the parent rest frame
 * @param parent - parent four-momentum
 * @example boostFromRestFrame([1, 0, 0, 0], [5, 0, 0, 3]) // [1.25, 0, 0, 0.75]
 */
export function boostFromRestFrame(p: FourVectorSource, parent: FourVectorSource): FourVector {
  const out = new Float64Array(4);
  boostFromRestFrameInto(out, 0, p, parent);
  return toTuple(out);
}

/**
 * Tuple version of {@link boostToRestFrameInto}.
 * @param p - four-vector in the current frame
 * @param parent - parent four-momentum in the current frame
 * @example boostToRestFrame([5, 0, 0, 3], [5, 0, 0, 3]) // [4, 0, 0, 0]
 */
export function boostToRestFrame(p: FourVectorSource, parent: FourVectorSource): FourVector {
  const out = new Float64Array(4);
  boostToRestFrameInto(out, 0, p, parent);
  return toTuple(out);
}

function restFrameTransform(
  out: Float64Array,
  outOffset: number,
  p: FourVectorSource,
  parent: FourVectorSource,
  pOffset: number,
  parentOffset: number,
  sign: 1 | -1,
): void {
  requireSource('parent', parent);
  requireSource('p', p);
  const ep = parent[parentOffset]!;
  const px = sign * parent[parentOffset + 1]!;
  const py = sign * parent[parentOffset + 2]!;
  const pz = sign * parent[parentOffset + 3]!;
  const pm = Math.sqrt(px * px + py * py + pz * pz);
  const m2 = (ep - pm) * (ep + pm);
  if (!(ep > 0 && m2 > 0) || !Number.isFinite(m2)) {
    requireFiniteFourVector('parent', parent, parentOffset);
    throw new ParameterError('parent', m2, 'a time-like four-momentum with E > 0 (M² > 0)');
  }
  const m = Math.sqrt(m2);
  const e = p[pOffset]!;
  const x = p[pOffset + 1]!;
  const y = p[pOffset + 2]!;
  const z = p[pOffset + 3]!;
  const pp = px * x + py * y + pz * z;
  const c = pp / (m * (ep + m)) + e / m;
  writeChecked(out, outOffset, (ep * e + pp) / m, x + c * px, y + c * py, z + c * pz, p, pOffset);
}

/** Write four numbers after checking the destination range and that the result is finite. */
function writeChecked(
  out: Float64Array,
  o: number,
  e: number,
  x: number,
  y: number,
  z: number,
  p: FourVectorSource,
  pOffset: number,
): void {
  if (!(out instanceof Float64Array)) throw new ParameterError('out', out, 'a Float64Array');
  if (!(o >= 0 && o + 4 <= out.length && (o | 0) === o)) {
    throw new ParameterError('outOffset', o, `an integer in [0, ${out.length - 4}]`);
  }
  if (!Number.isFinite(e + x + y + z)) {
    requireFiniteFourVector('p', p, pOffset);
    throw new ParameterError('p', e, 'a four-vector whose boost is finite');
  }
  out[o] = e;
  out[o + 1] = x;
  out[o + 2] = y;
  out[o + 3] = z;
}

function toTuple(a: Float64Array): FourVector {
  return [a[0]!, a[1]!, a[2]!, a[3]!];
}
